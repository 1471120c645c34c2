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

/**
 * Arrays whose JSON is already known, without the brackets, as UTF-8 pieces to be joined by
 * commas: the server keeps runs of blocks' diagnostics encoded, so a publish after a keystroke
 * copies bytes instead of serialising, joining and encoding a thousand diagnostics again.
 */
const serialised = new WeakMap<object, readonly Uint8Array[]>();

/** Declares the JSON of `items`: their elements, comma-separated, without brackets, in pieces. */
export function withSerialised<T extends object>(items: T[], pieces: readonly Uint8Array[]): T[] {
  serialised.set(items, pieces.filter((p) => p.length > 0));
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
const COMMA = Buffer.from(',');

/** The message as UTF-8 JSON: exactly `JSON.stringify(msg)`, with known diagnostics spliced in. */
export function encodeMessage(msg: Message): Buffer {
  const params = (msg as { method?: string; params?: { diagnostics?: unknown } }).params;
  const pieces = params?.diagnostics && typeof params.diagnostics === 'object' ? serialised.get(params.diagnostics) : undefined;
  if (pieces === undefined || pieces.length === 0) return Buffer.from(JSON.stringify(msg), 'utf8');
  const shell = JSON.stringify({ ...msg, params: { ...params, diagnostics: [] } });
  // Strings in the shell are escaped, so the unescaped marker can only be the property itself.
  const at = shell.lastIndexOf(MARK) + MARK.length - 1;
  const parts: Uint8Array[] = [Buffer.from(shell.slice(0, at), 'utf8')];
  pieces.forEach((p, i) => {
    if (i > 0) parts.push(COMMA);
    parts.push(p);
  });
  parts.push(Buffer.from(shell.slice(at), 'utf8'));
  return Buffer.concat(parts);
}

const encoder: ContentTypeEncoder = {
  name: 'application/json',
  encode: (msg) => {
    try {
      return Promise.resolve(encodeMessage(msg));
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
