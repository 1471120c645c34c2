// The connection the server speaks over: stdio (Neovim, Helix, Emacs and the benchmark) with
// vscode-jsonrpc's reader and writer, the writer given our JSON encoder through its public
// `contentTypeEncoder` option (diagnosticsEncoder.ts), or IPC, sockets and pipes as
// vscode-languageserver picks them from the command line (VS Code; Node serialises those
// messages itself, with no such option).

import {
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  createConnection,
  type Connection,
} from 'vscode-languageserver/node';
import { diagnosticsEncoder } from './diagnosticsEncoder';

let shutdownRequested = false;
/** Called from the server's shutdown handler: a pipe closed after it is a clean exit. */
export function noteShutdown(): void {
  shutdownRequested = true;
}

export function serverConnection(argv: string[] = process.argv): Connection {
  if (argv.includes('--stdio')) {
    // Given a reader and a writer, vscode-languageserver no longer guards stdout or watches
    // stdin, so both are done here: stray console output must not corrupt the protocol, and
    // the server must not outlive an editor that closed the pipe.
    for (const k of ['log', 'info', 'warn', 'debug', 'trace'] as const) console[k] = (...args: unknown[]) => console.error(...args);
    const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout, { charset: 'utf-8', contentTypeEncoder: diagnosticsEncoder }));
    const gone = (): never => process.exit(shutdownRequested ? 0 : 1);
    process.stdin.on('end', gone);
    process.stdin.on('close', gone);
    return connection;
  }
  // IPC, sockets and pipes: vscode-languageserver picks them from the command line.
  return createConnection(ProposedFeatures.all);
}
