// The stdio encoder writes exactly what vscode-jsonrpc's default encoder writes
// (JSON.stringify as UTF-8), for the service's real diagnostics and for odd messages.
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import type { Message } from 'vscode-languageserver/node';
import { encodeMessage } from '../../server/src/server/diagnosticsEncoder';
import { analyzeText, BlockCache } from '../../server/src/features/analyze';
import { LspDiagnosticsCache } from '../../server/src/service/lspDiagnostics';
import { DraftDocument } from '../../server/src/service/document';
import { index } from '../core/helpers';

const same = (msg: object): void => assert.equal(encodeMessage(msg as Message).toString('utf8'), JSON.stringify(msg));

describe('the stdio encoder', () => {
  it('encodes a publish of real diagnostics, then again after an edit reuses objects, exactly as JSON.stringify', () => {
    const text = 'Welcoming resolution 8/1, annex III, “its decision 8/1”\n\nand resolution 5/1, paragraph 1 (z) — résumé\u00a0ok\n';
    const doc = new DraftDocument('file:///a%20b/draft.md', 'markdown', 1, text);
    const cache = new LspDiagnosticsCache();
    const blocks = new BlockCache();
    const diagnostics = cache.diagnostics(doc, analyzeText(index(), text, blocks), 'information');
    assert.ok(diagnostics.length >= 3);
    const msg = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: doc.uri, version: 1, diagnostics } };
    same(msg);
    same(msg); // from the kept bytes
    const again = cache.diagnostics(doc, analyzeText(index(), text, blocks), 'information');
    assert.equal(again[0], diagnostics[0], 'unchanged blocks keep their Diagnostic objects');
    same({ ...msg, params: { ...msg.params, version: 2, diagnostics: again } });
  });

  it('leaves out undefined fields, keeps field order, and passes other messages through', () => {
    same({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///x"y', version: undefined, diagnostics: [] } });
    same({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { diagnostics: [{ message: 'm', code: undefined, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }], uri: 'u' } });
    // A left-out first field: no comma before the next one, at either level.
    same({ jsonrpc: undefined, method: 'textDocument/publishDiagnostics', params: { uri: undefined, version: () => 1, diagnostics: [null, 7, 'é', { message: 'm' }], extra: { a: [1] } } });
    same({ jsonrpc: '2.0', id: 3, result: { diagnostics: [1, 2] } });
    same({ jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: '“quoted” \u2028' } });
  });
});
