// Diagnostics after incremental edits: the server reuses each unchanged block's diagnostics
// (moved by whole lines when lines were added above it). After every edit, what the editor receives must equal a fresh analysis of the
// whole text, converted to lines and columns independently.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeText } from '../../server/src/features/analyze';
import { diagnosticsOf, type UnknownSeverity } from '../../server/src/features/diagnostics';
import { rng } from '../bench/corpus';
import { index as loadIndex } from '../core/helpers';
import { LspClient, type Published } from './lspClient';

const PARAGRAPHS = [
  'Recalling its decision 8/1 of 21 October 2016, and resolution 8/1, annex II, 1 (c),',
  'Noting paragraph 13 of resolution 8/1 and resolution 8/1, annex III,',
  'Welcoming resolution 9/3, annex I, (j), and resolution 7/3, annex I, 26,',
  'Recalling decision 3/2, paragraph 40, and resolution 5/6, PP 12,',
  'Taking note of resolution 99/1 and the report CTOC/COP/2016/15,',
  'Plain text without any reference at all.',
  'Bearing in mind resolution 8/1, annex II, 1 (c) and (z), of the Conference of the Parties,',
  // A line of spaces between blank lines, and a contents list whose heading is further up.
  ' ',
  'Resolutions adopted by the Conference at its third session',
  '3/2. Implementation of the provisions on international cooperation in the United Nations Convention against Transnational Organized Crime',
];
const INSERTS = ['x', ' ', '\n', '\n\n', 'resolution 8/1, annex IV', ', para. 99', '“', '\r\n', 'decision 2/6 and 3/4'];

function expected(text: string, unknownSeverity: UnknownSeverity): string[] {
  const doc = TextDocument.create('file:///x.md', 'markdown', 1, text);
  const sev: Record<string, number> = { error: 1, warning: 2, information: 3, hint: 4 };
  return diagnosticsOf(analyzeText(loadIndex(), text), { unknownSeverity }).map((d) => {
    const s = doc.positionAt(d.span.start);
    const e = doc.positionAt(d.span.end);
    return `${s.line}:${s.character}-${e.line}:${e.character} ${sev[d.severity]} ${d.code} ${d.message}`;
  });
}
const got = (p: Published): string[] =>
  p.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${d.code} ${d.message}`);

describe('diagnostics after incremental edits', () => {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'resref-inc-'));
  const file = path.join(ws, 'draft.md');
  const uri = pathToFileURL(file).toString();
  let client: LspClient;
  let text = Array.from({ length: 30 }, (_, i) => PARAGRAPHS[i % PARAGRAPHS.length]).join('\n\n');

  before(async () => {
    fs.writeFileSync(file, text);
    client = new LspClient();
    // Agreed language has its own incremental test (agreedLanguage.test.ts); here the references' diagnostics.
    await client.initialize(ws, { unknownSeverity: 'information', languages: ['markdown'], enable: true, extraSourceFolders: [], debounceMs: 0, agreedLanguage: false });
    client.open(uri, text);
    await client.diagnostics(uri, (p) => p.version === 1);
  });
  after(async () => client.stop());

  it('equal a fresh analysis after each of 80 random single-range edits', async () => {
    const r = rng(11);
    const doc = TextDocument.create(uri, 'markdown', 1, text);
    for (let v = 2; v <= 81; v++) {
      const a = Math.floor(r() * text.length);
      const del = r() < 0.3 ? Math.floor(r() * 40) : 0;
      const ins = r() < 0.8 ? INSERTS[Math.floor(r() * INSERTS.length)] : '';
      const forward = { start: doc.positionAt(a), end: doc.positionAt(Math.min(text.length, a + del)) };
      // Some editors send a range end first: the same edit.
      const range = r() < 0.25 ? { start: forward.end, end: forward.start } : forward;
      TextDocument.update(doc, [{ range: forward, text: ins }], v);
      text = doc.getText();
      client.change(uri, v, [{ range, text: ins }]);
      const p = await client.diagnostics(uri, (x) => x.version === v);
      assert.deepEqual(got(p), expected(text, 'information'), `after edit ${v} (${JSON.stringify(ins)} at ${a}, deleting ${del})`);
    }
  });

  it('follow a change of the severity of unknown references without an edit', async () => {
    client.settings = { ...client.settings, unknownSeverity: 'off' };
    const before = client.published.length;
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const p = await client.diagnostics(uri, () => client.published.length > before);
    assert.deepEqual(got(p), expected(text, 'off'));
    assert.ok(!got(p).some((d) => d.includes('unknown-instrument')));
  });
});
