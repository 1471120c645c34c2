// The language server: wires an LSP connection to the language service (service/service.ts),
// one handler per request, and holds nothing but the connection. Runs over IPC (VS Code client)
// or stdio (`resref lsp --stdio`, for Neovim, Helix, Emacs; see transport.ts), or a socket or a
// pipe when started with those arguments.

import * as fs from 'fs';
import * as path from 'path';
import { ErrorCodes, ResponseError, TextDocuments, type Connection, type TextDocumentIdentifier } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { findRoot, readDatasetSources } from '../index/loadDataset';
import { NodeWorkspace } from '../service/nodeWorkspace';
import { createResolutionService, workspaceFoldersOf, type Progress } from '../service/service';
import { noteShutdown, serverConnection } from './transport';
import { AGREED_LANGUAGE_REQUEST, type AgreedLanguageParams } from '../service/agreedLanguage';
import { needDocument, needFields, needPosition, needRange } from './params';

export function startServer(connection: Connection = serverConnection()): void {
  const root = findRoot(__dirname);
  const workspace = new NodeWorkspace();
  const service = createResolutionService({
    workspace,
    dataset: { root, sources: readDatasetSources(root) },
    settings: () => connection.workspace.getConfiguration('resolutionReferences'),
    logger: { info: (m) => connection.console.info(m) },
    timings: process.env.RESREF_TIMINGS === '1',
    // RESREF_WARMUP=0: no compiling the grammar while idle (to measure a first open without it).
    warmUp: process.env.RESREF_WARMUP !== '0',
  });
  const documents = new TextDocuments(service.documentConfiguration);

  /**
   * Runs `fn` on the open document the request names; what an editor sends for a closed one gets
   * `none`. Parameters without what the request needs (`need`) get InvalidParams.
   */
  const withDoc =
    <P extends { textDocument: TextDocumentIdentifier }, R, N>(none: N, fn: (doc: TextDocument, p: P) => Promise<R>, need: (p: unknown) => void = (p) => needDocument('request', p)) =>
    (p: P): Promise<R | N> | N => {
      need(p);
      const doc = documents.get(p.textDocument.uri);
      return doc ? fn(doc, p) : none;
    };

  const progress = async (title: string, message: string, cancellable: boolean): Promise<{ p?: Progress; done(): void }> => {
    const reporter = await connection.window.createWorkDoneProgress().catch(() => undefined);
    reporter?.begin(title, 0, message, cancellable);
    return {
      p: reporter && { report: (pct, msg) => (msg === undefined ? reporter.report(pct) : reporter.report(pct, msg)), get cancelled() { return reporter.token.isCancellationRequested; } },
      done: () => reporter?.done(),
    };
  };

  service.onDiagnostics((p) => connection.sendDiagnostics(p));
  service.onIndexChanged((e) => void connection.sendNotification('resolutionReferences/indexChanged', e));

  connection.onInitialize((params) => {
    workspace.workspaceFolders = workspaceFoldersOf(params);
    return { ...service.initialize(params), serverInfo: { name: 'resref', version: readVersion(root) } };
  });
  connection.onInitialized(async () => {
    const work = await progress('Resolution References', 'indexing the dataset', false);
    await service.initialized(work.p).finally(() => work.done());
  });
  connection.onDidChangeConfiguration((change) => service.didChangeConfiguration(change.settings));
  connection.onNotification('resolutionReferences/trust', (p: { trusted: boolean }) => service.setTrusted(!!p.trusted));

  documents.onDidOpen((e) => service.didOpen(e.document));
  documents.onDidChangeContent((e) => service.didChange(e.document));
  documents.onDidClose((e) => service.didClose(e.document.uri));

  connection.onHover(withDoc(null, (doc, p) => service.hover(doc, p.position), (p) => needPosition('textDocument/hover', p)));
  connection.onDefinition(withDoc(null, (doc, p) => service.definition(doc, p.position), (p) => needPosition('textDocument/definition', p)));
  connection.onCompletion(withDoc([], (doc, p) => service.completion(doc, p.position, p.context), (p) => needPosition('textDocument/completion', p)));
  connection.onCodeAction(withDoc([], (doc, p) => service.codeActions(doc, p.range, p.context ?? { diagnostics: [] }), (p) => needRange('textDocument/codeAction', p)));
  connection.onDocumentLinks(withDoc([], (doc) => service.documentLinks(doc), (p) => needDocument('textDocument/documentLink', p)));
  connection.onWorkspaceSymbol((p) => {
    needFields('workspace/symbol', p, { query: 'string' });
    return service.workspaceSymbols(p.query);
  });
  connection.onCodeLens(withDoc([], (doc) => service.codeLenses(doc), (p) => needDocument('textDocument/codeLens', p)));
  connection.onExecuteCommand((p) => {
    needFields('workspace/executeCommand', p, { command: 'string' });
    const r = service.executeCommand(p.command, p.arguments ?? []);
    if (r.error) throw new ResponseError(ErrorCodes.InvalidParams, `workspace/executeCommand: ${r.error}`);
    // A notification, not a request: editors without a message UI must not be kept waiting.
    if (r.message) void connection.sendNotification('window/showMessage', { type: 3, message: r.message });
    return r.result;
  });
  service.onCodeLensesChanged(() => void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined));
  connection.onReferences((p, token) => withDoc([], (doc) => service.references(doc, p.position, token), (q) => needPosition('textDocument/references', q))(p));

  // ---- custom requests for the client's views and the benchmark ----------------------
  connection.onRequest('resolutionReferences/topics', () => service.topics());
  connection.onRequest('resolutionReferences/documents', () => service.documents());
  connection.onRequest('resolutionReferences/citations', () => service.citations());
  connection.onRequest('resolutionReferences/part', (p: { id: string }) => {
    needFields('resolutionReferences/part', p, { id: 'string' });
    return service.part(p.id);
  });
  connection.onRequest('resolutionReferences/cite', (p: { ids: string[]; firstMention?: boolean }) => {
    needFields('resolutionReferences/cite', p, { ids: 'string[]' });
    return service.cite(p.ids, !!p.firstMention);
  });
  connection.onRequest('resolutionReferences/sourceName', (p: { file: string; line: number }) => {
    needFields('resolutionReferences/sourceName', p, { file: 'string', line: 'number' });
    return service.sourceName(p.file, p.line);
  });
  connection.onRequest('resolutionReferences/citedIn', withDoc(null, (doc) => service.citedIn(doc), (p) => needDocument('resolutionReferences/citedIn', p)));
  connection.onRequest('resolutionReferences/stats', () => service.stats());
  connection.onRequest('resolutionReferences/timings', () => service.timings());
  connection.onRequest(AGREED_LANGUAGE_REQUEST, (p: AgreedLanguageParams) => service.agreedLanguage(p));
  connection.onRequest('resolutionReferences/checkWorkspace', async (_p: unknown, token) => {
    const work = await progress('Checking drafts', 'listing the drafts of the workspace', true);
    return service.checkAllDrafts(token, work.p).finally(() => work.done());
  });

  connection.onShutdown(() => {
    noteShutdown();
    service.dispose();
    workspace.dispose();
  });
  documents.listen(connection);
  connection.listen();
}

function readVersion(root: string): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}
