// Agreed language through the real server over stdio, as Neovim or Helix use it: code lenses,
// the lens command, information diagnostics, the custom request, and the setting that turns
// lenses and diagnostics off.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'url';
import { LspClient } from './lspClient';

const EDITED = 'Urges Member States to afford one another, as appropriate, the greatest measure of assistance, in accordance with the provisions of the Convention;';
const DRAFT = `# Draft resolution\n\n1. *Urges* ${EDITED.slice('Urges '.length)}\n\n2. Decides to organize a seminar on the restoration of mangrove forests in coastal areas;\n`;

interface Lens {
  range: { start: { line: number; character: number } };
  command: { title: string; command: string; arguments: { citation: string; sourceText: string; draftText: string; id: string }[] };
}

describe('agreed language over LSP', () => {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'resref-agreed-lsp-'));
  const uri = pathToFileURL(path.join(ws, 'draft.md')).toString();
  let client: LspClient;
  const messages: string[] = [];
  const settings = { languages: ['markdown'], unknownSeverity: 'information', enable: true, debounceMs: 20, extraSourceFolders: [], agreedLanguage: true };

  before(async () => {
    client = new LspClient();
    client.conn.onNotification('window/showMessage', (p: { message: string }) => {
      messages.push(p.message);
    });
    client.conn.onRequest('workspace/codeLens/refresh', () => null);
    const init = await client.initialize(ws, settings);
    assert.deepEqual(init.capabilities.codeLensProvider, { resolveProvider: false });
    assert.deepEqual(init.capabilities.executeCommandProvider, { commands: ['resolutionReferences.agreedLanguage.showDiff'] });
    client.open(uri, DRAFT);
  });
  after(async () => {
    await client.stop();
  });

  it('puts a lens above the paragraph that follows agreed language, and none above the other', async () => {
    const lenses = await client.request<Lens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.equal(lenses.length, 1);
    assert.match(lenses[0].command.title, /^Follows resolution 8\/1, paragraph 2 · \d\d %$/);
    assert.deepEqual(lenses[0].range.start, { line: 2, character: 3 });
    const a = lenses[0].command.arguments[0];
    assert.equal(a.id, 'res_8-1__para_2');
    assert.equal(a.draftText, EDITED);
    assert.match(a.sourceText, /^Urges States parties to afford one another/);
  });

  it('runs the lens command on the server: it answers the diff and shows what changed', async () => {
    const [lens] = await client.request<Lens[]>('textDocument/codeLens', { textDocument: { uri } });
    const r = await client.request<{ citation: string; changes: string }>('workspace/executeCommand', { command: lens.command.command, arguments: lens.command.arguments });
    assert.equal(r.citation, 'resolution 8/1, paragraph 2');
    assert.match(r.changes, /inserted “, as appropriate,”/);
    for (let i = 0; i < 50 && messages.length === 0; i++) await new Promise((res) => setTimeout(res, 20));
    assert.match(messages[0], /^This paragraph follows resolution 8\/1, paragraph 2 \(\d\d %, data\/sources\/.*:\d+\) and changes: /);
  });

  it('publishes an information diagnostic on the first changed words', async () => {
    const p = await client.diagnostics(uri, (d) => d.diagnostics.some((x) => x.code === 'agreed-language'));
    const d = p.diagnostics.filter((x) => x.code === 'agreed-language');
    assert.equal(d.length, 1);
    assert.equal(d[0].severity, 3);
    assert.match(d[0].message, /^follows resolution 8\/1, paragraph 2 \(\d\d %\) but changes its wording: inserted “Member”/);
    assert.deepEqual(d[0].range, { start: { line: 2, character: 11 }, end: { line: 2, character: 17 } });
  });

  it('answers the custom request for a text and for a range of the draft', async () => {
    const byText = await client.request<{ id: string; score: number; diff: unknown[] }[]>('resolutionReferences/agreedLanguage', { text: EDITED, limit: 3 });
    assert.equal(byText[0].id, 'res_8-1__para_2');
    assert.ok(byText.length <= 3);
    const byRange = await client.request<{ id: string }[]>('resolutionReferences/agreedLanguage', { textDocument: { uri }, range: { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } } });
    assert.equal(byRange[0].id, 'res_8-1__para_2');
    const none = await client.request<unknown[]>('resolutionReferences/agreedLanguage', { text: 'Decides to organize a seminar on the restoration of mangrove forests in coastal areas;' });
    assert.deepEqual(none, []);
    await assert.rejects(client.request('resolutionReferences/agreedLanguage', { textDocument: { uri: 'file:///nowhere.md' } }), /is not open in the editor/);
  });

  it('the agreedLanguage setting turns lenses and diagnostics off', async () => {
    client.settings = { ...settings, agreedLanguage: false };
    // Only a publish made after the change counts: one made before the agreed-language pass had
    // finished also has none of its diagnostics (on a loaded machine the lenses were asked too early).
    const before = client.published.length;
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const p = await client.diagnostics(uri, (d) => client.published.indexOf(d) >= before && !d.diagnostics.some((x) => x.code === 'agreed-language'));
    assert.ok(p);
    assert.deepEqual(await client.request<Lens[]>('textDocument/codeLens', { textDocument: { uri } }), []);
  });
});
