// A draft opened, edited and hovered before the server has finished starting (between
// `initialize` and the index being built): requests wait for the index, and nothing made
// against the empty index the server starts with is kept or published.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'url';
import { LspClient } from './lspClient';

describe('requests that arrive while the server starts', () => {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'resref-start-'));
  const uri = pathToFileURL(path.join(ws, 'draft.md')).toString();
  const client = new LspClient();
  after(async () => client.stop());

  it('are answered again from the built index, never from the empty one', async () => {
    client.settings = { unknownSeverity: 'information', languages: ['markdown'], enable: true, extraSourceFolders: [], debounceMs: 0 };
    await client.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(ws).toString(),
      capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true } },
      initializationOptions: { trusted: true },
    });
    // Before `initialized`: the server has not built its index yet.
    client.open(uri, 'Recalling resolution 8/1, annex II, 1 (c),');
    client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 9 } }, text: 'Noting' }]);
    const early = client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 12 } });
    await client.conn.sendNotification('initialized', {});
    // The early hover waited for the index instead of answering from the empty one.
    assert.match((await early)?.contents.value ?? '', /^\*\*Resolution 8\/1\*\*/);
    const d = await client.diagnostics(uri, (p) => p.version === 2);
    assert.deepEqual(d.diagnostics.map((x) => x.message), []);
    const h = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 12 } });
    assert.match(h?.contents.value ?? '', /^\*\*Resolution 8\/1\*\*/);
    assert.ok(!client.published.some((p) => p.diagnostics.some((x) => /not in the indexed documents/.test(x.message))), JSON.stringify(client.published));
  });
});
