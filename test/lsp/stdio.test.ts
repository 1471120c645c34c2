// End to end: the built server started over stdio (`resref lsp --stdio`) and a real LSP
// client: open a draft, then hover, definition, completion, diagnostics and a quick fix,
// asserting the text the server returns.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'url';
import { LspClient, ROOT } from './lspClient';

const DRAFT = [
  '# Draft resolution',
  '',
  'Recalling its decision 8/1 of 21 October 2016, and resolution 8/1, annex II, 1 (c),',
  '',
  'Noting paragraph 13 of resolution 8/1 and resolution 8/1, annex III,',
  '',
  'resolution 8/1, annex I, (',
].join('\n');

describe('language server over stdio', () => {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'resref-ws-'));
  const draftPath = path.join(ws, 'draft.md');
  fs.writeFileSync(draftPath, DRAFT);
  fs.writeFileSync(path.join(ws, 'other.txt'), 'As requested in paragraph 13 of resolution 8/1 and resolution 8/1, para. 13.\n');
  const uri = pathToFileURL(draftPath).toString();
  let client: LspClient;

  before(async () => {
    client = new LspClient();
    const init = await client.initialize(ws, { unknownSeverity: 'information', languages: ['markdown', 'plaintext'], enable: true, extraSourceFolders: [], debounceMs: 50 });
    assert.equal(init.serverInfo?.name, 'resref');
    client.open(uri, DRAFT);
  });
  after(async () => client.stop());

  it('publishes diagnostics on open with precise ranges and severities', async () => {
    const d = await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
    const got = d.diagnostics.map((x) => `${x.severity} ${x.code} ${x.range.start.line}:${x.range.start.character}-${x.range.end.character} ${x.message}`);
    assert.deepEqual(got, [
      '2 wrong-kind 2:14-22 8/1 is a resolution, not a decision: resolution 8/1, “Enhancing the effectiveness of central authorities in international cooperation in criminal matters to counter transnational organized crime”',
      '1 no-annex 4:58-67 resolution 8/1 has annexes I and II; there is no annex III',
    ]);
  });

  it('answers hover with the cited text', async () => {
    const h = await client.request<{ contents: { kind: string; value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 80 } });
    assert.equal(h.contents.kind, 'markdown');
    assert.match(h.contents.value, /^\*\*Resolution 8\/1, annex II, paragraph 1 \(c\)\*\*/);
    assert.match(h.contents.value, /States parties should enhance measures for the identification, tracing, freezing, seizure and recovery of proceeds of crime/);
  });

  it('answers definition with the source file, line and column', async () => {
    const locs = await client.request<{ uri: string; range: { start: { line: number; character: number } } }[]>('textDocument/definition', { textDocument: { uri }, position: { line: 4, character: 17 } });
    assert.deepEqual(
      locs.map((l) => `${path.basename(new URL(l.uri).pathname)}:${l.range.start.line + 1}:${l.range.start.character + 1}`),
      ['international-cooperation-compendium.txt:688:1', 'resolution-8-1.md:61:1'],
    );
    assert.ok(fs.existsSync(new URL(locs[0].uri)));
  });

  it('answers completion with the annex items and their text', async () => {
    const list = await client.request<{ isIncomplete: boolean; items: { label: string; documentation?: { value: string }; textEdit: { newText: string; range: { start: { character: number } } } }[] }>('textDocument/completion', { textDocument: { uri }, position: { line: 6, character: 26 } });
    assert.equal(list.isIncomplete, false);
    const items = list.items;
    assert.equal(items.length, 15);
    assert.equal(items[1].label, '(b)');
    assert.match(items[1].documentation!.value, /mainstream the topic of electronic evidence/);
    assert.equal(items[1].textEdit.newText, '(b)');
    assert.equal(items[1].textEdit.range.start.character, 25);
  });

  it('offers a quick fix that edits only the faulty component, and re-checks clean', async () => {
    const d = await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
    const wrongKind = d.diagnostics.find((x) => x.code === 'wrong-kind')!;
    const actions = await client.request<{ title: string; edit: { changes: Record<string, { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]> } }[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: wrongKind.range,
      context: { diagnostics: [wrongKind] },
    });
    assert.deepEqual(actions.map((a) => a.title), ['Change to “resolution”']);
    const [edit] = actions[0].edit.changes[uri];
    assert.deepEqual(edit, { range: { start: { line: 2, character: 14 }, end: { line: 2, character: 22 } }, newText: 'resolution' });
    client.change(uri, 2, [{ range: edit.range, text: edit.newText }]);
    const after2 = await client.diagnostics(uri, (p) => p.version === 2);
    assert.deepEqual(after2.diagnostics.map((x) => x.code), ['no-annex']);
  });

  it('finds references in the workspace’s drafts', async () => {
    const refs = await client.request<{ uri: string }[]>('textDocument/references', { textDocument: { uri }, position: { line: 4, character: 17 }, context: { includeDeclaration: false } });
    const files = refs.map((r) => path.basename(new URL(r.uri).pathname)).sort();
    assert.deepEqual(files, ['draft.md', 'other.txt', 'other.txt']);
  });

  it('returns document links to the cited lines', async () => {
    const links = await client.request<{ range: { start: { line: number } }; target: string }[]>('textDocument/documentLink', { textDocument: { uri } });
    const t = links.find((l) => l.range.start.line === 4)!;
    assert.match(t.target, /international-cooperation-compendium\.txt#L688$/);
  });

  it('finds paragraphs by fuzzy workspace symbol search', async () => {
    const syms = await client.request<{ name: string; location: { uri: string; range: { start: { line: number } } } }[]>('workspace/symbol', { query: 'electronic evidence' });
    assert.ok(syms.some((s) => s.name === 'resolution 8/1, annex I, paragraph (a)'), syms.map((s) => s.name).join('; '));
    const a = syms.find((s) => s.name === 'resolution 8/1, annex I, paragraph (a)')!;
    assert.equal(a.location.range.start.line, 709);
  });

  it('finds references from a paragraph in a data/ source file', async () => {
    const src = pathToFileURL(path.join(ROOT, 'data', 'sources', 'international-cooperation-compendium.txt')).toString();
    client.open(src, fs.readFileSync(new URL(src), 'utf8'), 'plaintext');
    const refs = await client.request<{ uri: string }[]>('textDocument/references', { textDocument: { uri: src }, position: { line: 687, character: 5 }, context: { includeDeclaration: false } });
    const files = refs.map((r) => path.basename(new URL(r.uri).pathname)).sort();
    // The compendium itself cites it too: "data identified in paragraph 13 of … resolution 8/1" (line 750).
    assert.deepEqual(files, ['draft.md', 'international-cooperation-compendium.txt', 'other.txt', 'other.txt']);
    void client.conn.sendNotification('textDocument/didClose', { textDocument: { uri: src } });
  });

  it('answers the custom requests for the views', async () => {
    const topics = await client.request<{ name: string; topics: unknown[] }[]>('resolutionReferences/topics', {});
    assert.deepEqual(topics.map((t) => t.name), ['International Cooperation thematic index', 'Technical Assistance thematic index']);
    const part = await client.request<{ citation: string; text: string }>('resolutionReferences/part', { id: 'wg_ta__mtg_VII__rec_26' });
    assert.equal(part.citation, 'resolution 7/3, annex I, paragraph 26');
  });

  it('logs its index counts and timing at start', () => {
    assert.ok(client.logs.some((l) => /indexed 16 instruments, 21 meetings, \d+ parts, \d+ topics from 5 documents/.test(l)), client.logs.join('\n'));
  });

  it('clears diagnostics when a document closes', async () => {
    void client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const cleared = await client.diagnostics(uri, (p) => p.diagnostics.length === 0);
    assert.deepEqual(cleared.diagnostics, []);
  });
});
