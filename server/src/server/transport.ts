// The connection the server speaks over. Over stdio (Neovim, Helix, Emacs and the benchmark)
// it writes with an encoder that splices in diagnostics already serialised: a 1 MB draft can
// carry a thousand diagnostics, and re-serialising all of them after every keystroke costs more
// than analysing the edit. Each block's diagnostics are serialised once, when the block changes.
// Over IPC (VS Code) Node serialises each message itself, so there is no such hook.

import {
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  createConnection,
  type Connection,
  type ContentTypeEncoder,
  type Message,
} from 'vscode-languageserver/node';

/** Arrays whose JSON text is already known, without the brackets. */
const serialised = new WeakMap<object, string>();

/** Declares the JSON of `items` (their elements, comma-separated, without brackets). */
export function withSerialised<T extends object>(items: T[], json: string): T[] {
  serialised.set(items, json);
  return items;
}

let splicing = false;
/** Whether the connection's encoder uses the JSON given with `withSerialised` (worth making it). */
export function splicesSerialised(): boolean {
  return splicing;
}

let shutdownRequested = false;
/** Called from the server's shutdown handler: a pipe closed after it is a clean exit. */
export function noteShutdown(): void {
  shutdownRequested = true;
}

const MARK = '"diagnostics":[]';

export function encodeMessage(msg: Message): string {
  const params = (msg as { method?: string; params?: { diagnostics?: unknown } }).params;
  const raw = params?.diagnostics && typeof params.diagnostics === 'object' ? serialised.get(params.diagnostics) : undefined;
  if (raw === undefined || raw === '') return JSON.stringify(msg);
  const shell = JSON.stringify({ ...msg, params: { ...params, diagnostics: [] } });
  // Strings in the shell are escaped, so the unescaped marker can only be the property itself.
  const at = shell.lastIndexOf(MARK);
  return `${shell.slice(0, at + MARK.length - 1)}${raw}${shell.slice(at + MARK.length - 1)}`;
}

const encoder: ContentTypeEncoder = {
  name: 'application/json',
  encode: (msg, options) => {
    try {
      return Promise.resolve(Buffer.from(encodeMessage(msg), (options.charset ?? 'utf-8') as BufferEncoding));
    } catch (e) {
      return Promise.reject(e);
    }
  },
};

export function serverConnection(argv: string[] = process.argv): Connection {
  if (argv.includes('--stdio')) {
    // Given a reader and a writer, vscode-languageserver no longer guards stdout or watches
    // stdin, so both are done here: stray console output must not corrupt the protocol, and
    // the server must not outlive an editor that closed the pipe.
    for (const k of ['log', 'info', 'warn', 'debug', 'trace'] as const) console[k] = (...args: unknown[]) => console.error(...args);
    const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout, { charset: 'utf-8', contentTypeEncoder: encoder }));
    splicing = true;
    const gone = (): never => process.exit(shutdownRequested ? 0 : 1);
    process.stdin.on('end', gone);
    process.stdin.on('close', gone);
    return connection;
  }
  // IPC, sockets and pipes: vscode-languageserver picks them from the command line.
  return createConnection(ProposedFeatures.all);
}
