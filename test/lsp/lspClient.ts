// A plain LSP client over stdio (vscode-jsonrpc), driving the built server as an editor would.
import { spawn, type ChildProcess } from 'child_process';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export const ROOT = path.resolve(__dirname, '..', '..', '..');

export interface Published {
  uri: string;
  version?: number;
  diagnostics: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; severity: number; code: string; message: string }[];
}

export class LspClient {
  readonly proc: ChildProcess;
  readonly conn: MessageConnection;
  readonly published: Published[] = [];
  readonly logs: string[] = [];
  private waiters: { pred: (p: Published) => boolean; resolve: (p: Published) => void }[] = [];

  constructor(args: string[] = [], env: NodeJS.ProcessEnv = process.env) {
    this.proc = spawn(process.execPath, [...args, path.join(ROOT, 'bin', 'resref.js'), 'lsp', '--stdio'], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stderr!.on('data', (d) => this.logs.push(String(d)));
    // Writes after the server exited (an "exit" notification racing its shutdown) are not errors here.
    this.proc.stdin!.on('error', () => undefined);
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: Published) => {
      this.published.push(p);
      this.waiters = this.waiters.filter((w) => {
        if (w.pred(p)) {
          w.resolve(p);
          return false;
        }
        return true;
      });
    });
    this.conn.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
    });
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onNotification('$/progress', () => undefined);
    this.conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.settings));
    this.conn.listen();
  }

  settings: Record<string, unknown> = {};

  /** `workspaceCapabilities`: added to the client's workspace capabilities (e.g. `workspaceEdit: { documentChanges: true }`). */
  async initialize(workspace: string, settings: Record<string, unknown> = {}, workspaceCapabilities: Record<string, unknown> = {}): Promise<{ capabilities: Record<string, unknown>; serverInfo?: { name: string } }> {
    this.settings = settings;
    const r = await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).toString(),
      workspaceFolders: [{ uri: pathToFileURL(workspace).toString(), name: 'ws' }],
      capabilities: { workspace: { configuration: true, ...workspaceCapabilities }, window: { workDoneProgress: true }, textDocument: { hover: { contentFormat: ['markdown'] } } },
      initializationOptions: { trusted: true },
    });
    await this.conn.sendNotification('initialized', {});
    return r as { capabilities: Record<string, unknown> };
  }

  open(uri: string, text: string, languageId = 'markdown', version = 1): void {
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, changes: unknown[]): void {
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  diagnostics(uri: string, pred: (p: Published) => boolean = () => true, timeoutMs = 10000): Promise<Published> {
    const have = [...this.published].reverse().find((p) => p.uri === uri && pred(p));
    if (have) return Promise.resolve(have);
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no diagnostics for ${uri} in ${timeoutMs} ms; logs: ${this.logs.join('\n')}`)), timeoutMs);
      this.waiters.push({ pred: (p) => p.uri === uri && pred(p), resolve: (p) => (clearTimeout(t), resolve(p)) });
    });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.conn.sendRequest(method, params) as Promise<T>;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.conn.sendNotification('exit').catch(() => undefined);
    } catch {
      // already gone
    }
    // Let it exit by itself (it may be writing a CPU profile); kill it only if it does not.
    if (this.proc.exitCode === null && this.proc.signalCode === null) {
      await Promise.race([new Promise((r) => this.proc.once('exit', r)), new Promise((r) => setTimeout(r, 2000))]);
    }
    this.conn.dispose();
    this.proc.kill();
  }
}
