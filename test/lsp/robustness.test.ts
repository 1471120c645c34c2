// The server under hostile conditions: no network, odd Unicode and line endings, stale
// versions, cancelled requests, broken source folders.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'url';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { LARGE } from '../core/large';
import { LspClient, ROOT } from './lspClient';

describe('language server robustness', () => {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'resref-robust-'));
  const extra = path.join(ws, 'extra');
  fs.mkdirSync(extra);
  fs.writeFileSync(path.join(extra, 'a.md'), 'Resolution 10/1\n\nFirst copy\n\nThe Conference of the Parties,\n\n1. Decides one thing.\n');
  fs.writeFileSync(path.join(extra, 'b.md'), 'Resolution 10/1\n\nFirst copy\n\nThe Conference of the Parties,\n\n1. Decides another thing.\n');
  fs.writeFileSync(path.join(extra, 'gone.md'), 'Resolution 10/2\n\nTo be deleted\n\nThe Conference of the Parties,\n\n1. Decides.\n');
  fs.symlinkSync(path.join(ws, 'does-not-exist.md'), path.join(extra, 'dangling.md'));
  let client: LspClient;

  before(async () => {
    client = new LspClient(['--require', path.join(ROOT, 'test', 'lsp', 'no-network.cjs')]);
    await client.initialize(ws, { extraSourceFolders: [extra], debounceMs: 20, languages: ['markdown', 'plaintext'], unknownSeverity: 'information', enable: true });
  });
  after(async () => client.stop());

  it('keeps UTF-16 positions right after astral characters, BOM, NBSP and zero-width spaces', async () => {
    const uri = pathToFileURL(path.join(ws, 'astral.md')).toString();
    const text = '\uFEFF𝐀😀 note\u200b: resolution\u00a08/1, annex III and more';
    client.open(uri, text);
    const d = await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
    const start = text.indexOf('annex');
    assert.deepEqual(d.diagnostics[0].range, { start: { line: 0, character: start }, end: { line: 0, character: start + 'annex III'.length } });
  });

  it('handles CRLF and CR-only line endings', async () => {
    const uri = pathToFileURL(path.join(ws, 'crlf.txt')).toString();
    client.open(uri, 'one\r\ntwo\r\n\r\nresolution 8/1,\r\nannex III\rthree\r\rdecision 8/1', 'plaintext');
    const d = await client.diagnostics(uri, (p) => p.diagnostics.length >= 2);
    assert.deepEqual(
      d.diagnostics.map((x) => `${x.code} ${x.range.start.line}:${x.range.start.character}`),
      ['no-annex 4:0', 'wrong-kind 7:0'],
    );
  });

  it('answers requests for the newest version only', async () => {
    const uri = pathToFileURL(path.join(ws, 'moving.md')).toString();
    client.open(uri, 'resolution 8/1, paragraph 13');
    client.change(uri, 2, [{ text: 'resolution 9/3, PP 6' }]);
    const h = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 17 } });
    assert.match(h.contents.value, /Resolution 9\/3, PP 6/);
    const d = await client.diagnostics(uri, (p) => p.version === 2);
    assert.deepEqual(d.diagnostics, []);
    assert.ok(!client.published.some((p) => p.uri === uri && p.version === 1 && p.diagnostics.length > 0 && client.published.indexOf(p) > client.published.findIndex((q) => q.uri === uri && q.version === 2)), 'no stale result after the newer one');
  });

  it('cancels a cancelled request', async () => {
    // Enough drafts that finding references takes a while, so the cancellation arrives in time.
    const many = path.join(ws, 'many');
    fs.mkdirSync(many);
    const body = 'See resolution 8/1, paragraph 13 and paragraph 13 of resolution 8/1.\n\n'.repeat(400);
    for (let i = 0; i < 300; i++) fs.writeFileSync(path.join(many, `d${i}.md`), body);
    const uri = pathToFileURL(path.join(ws, 'refs.md')).toString();
    client.open(uri, 'resolution 8/1, paragraph 13');
    const source = new CancellationTokenSource();
    const p = client.conn.sendRequest('textDocument/references', { textDocument: { uri }, position: { line: 0, character: 27 }, context: { includeDeclaration: false } }, source.token);
    setTimeout(() => source.cancel(), 5);
    const result = await p.then(
      (r) => r,
      (e: { code?: number }) => e.code,
    );
    // Cancelled: either the error RequestCancelled (-32800) or an empty answer, never the full list.
    assert.ok(result === -32800 || result === null, `got ${Array.isArray(result) ? `${result.length} locations` : String(result)}`);
    // The same request, not cancelled, does find them all.
    const all = await client.request<unknown[]>('textDocument/references', { textDocument: { uri }, position: { line: 0, character: 27 }, context: { includeDeclaration: false } });
    assert.ok(all.length >= 300 * 800, String(all.length));
    fs.rmSync(many, { recursive: true, force: true });
  });

  it('reports broken source files with their name and line, and serves everything else', async () => {
    const stats = await client.request<{ loadErrors: string[]; instruments: number }>('resolutionReferences/stats', {});
    const errs = stats.loadErrors.join('\n');
    assert.match(errs, /dangling\.md.*cannot be read/);
    assert.match(errs, /b\.md:7: resolution 10\/1 is defined twice with different texts: .*; drafts are checked against the copy read first, .*a\.md:\d+ \(folders and files are read in name order\)/);
    assert.equal(stats.instruments, 18);
  });

  it('survives a source file deleted while indexed', async () => {
    fs.unlinkSync(path.join(extra, 'gone.md'));
    const uri = pathToFileURL(path.join(ws, 'after-delete.md')).toString();
    await new Promise((r) => setTimeout(r, 1200));
    client.open(uri, 'resolution 10/2 and resolution 8/1, paragraph 13');
    const d = await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
    assert.deepEqual(d.diagnostics.map((x) => x.code), ['unknown-instrument']);
  });

  it('answers a request without what it needs with InvalidParams saying what is missing, and goes on serving', async () => {
    // An independent probe got internal errors quoting JavaScript ("Cannot read properties of undefined"),
    // and a hover at line -1 answered as at the document's start.
    const uri = pathToFileURL(path.join(ws, 'params.md')).toString();
    client.open(uri, 'Recalling resolution 8/1, paragraph 13.');
    await client.diagnostics(uri);
    const refused = async (method: string, params: unknown, said: RegExp): Promise<void> => {
      await assert.rejects(client.request(method, params), (e: { code?: number; message?: string }) => {
        assert.equal(e.code, -32602, `${method}: ${e.message}`);
        assert.match(e.message ?? '', said);
        assert.doesNotMatch(e.message ?? '', /Cannot read|undefined/);
        return true;
      });
    };
    await refused('textDocument/hover', {}, /^textDocument\/hover: the parameters need “textDocument”/);
    await refused('textDocument/hover', { textDocument: { uri } }, /need “position”/);
    await refused('textDocument/hover', { textDocument: { uri }, position: { line: -1, character: -5 } }, /need “position”/);
    await refused('textDocument/codeAction', { textDocument: { uri }, range: null, context: { diagnostics: [] } }, /need “range”/);
    await refused('workspace/symbol', {}, /need “query”: string/);
    await refused('resolutionReferences/cite', {}, /need “ids”: string\[\]/);
    await refused('resolutionReferences/part', null, /need “id”: string/);
    await refused('workspace/executeCommand', { command: 'no.such.command' }, /unknown command “no\.such\.command”/);
    await refused('workspace/executeCommand', { command: 'resolutionReferences.agreedLanguage.showDiff', arguments: [] }, /needs one argument/);
    // Still serving.
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 36 } });
    assert.match(hover?.contents.value ?? '', /Resolution 8\/1, paragraph 13/);
  });

  it('made no network request', () => {
    assert.ok(client.logs.join('\n').includes('no-network stub loaded'), 'the stub that fails network access was loaded');
    assert.ok(!client.logs.join('\n').includes('NETWORK ACCESS ATTEMPTED'), client.logs.join('\n'));
  });
  it('survives drafts of one huge repeated construct and still answers elsewhere', async () => {
    // A 1 MB line of "(a), " once overflowed the parser's stack and killed the server on open.
    const other = pathToFileURL(path.join(ws, 'beside.md')).toString();
    client.open(other, 'resolution 8/1, paragraph 13');
    for (const [name, gen] of LARGE) {
      const uri = pathToFileURL(path.join(ws, `large-${LARGE.findIndex((x) => x[0] === name)}.md`)).toString();
      const text = `${gen(1_000_000)}\nresolution 9/3, PP 6\n`;
      client.open(uri, text);
      const d = await client.diagnostics(uri, () => true, 60000);
      assert.ok(!d.diagnostics.some((x: { code?: unknown }) => x.code === 'internal-error'), name);
      const lines = text.split('\n');
      const h = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line: lines.length - 2, character: 17 } });
      assert.match(h?.contents.value ?? '', /Resolution 9\/3, PP 6/, name);
      const h2 = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: other }, position: { line: 0, character: 26 } });
      assert.match(h2?.contents.value ?? '', /paragraph 13/, name);
      void client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
  });
});
