// Starts the bundled language server over IPC and keeps it running: a crash is restarted with
// back-off, and after repeated failures the user is told and offered a manual restart.

import * as path from 'path';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  RevealOutputChannelOn,
  TransportKind,
  type CloseHandlerResult,
  type ErrorHandlerResult,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';

export const SECTION = 'resolutionReferences';

export function checkedLanguages(): string[] {
  const langs = vscode.workspace.getConfiguration(SECTION).get<string[]>('languages');
  return Array.isArray(langs) && langs.length > 0 ? langs : ['markdown', 'plaintext'];
}

export interface ServerEvents {
  onRestarting(attempt: number, delayMs: number): void;
  onGaveUp(): void;
}

const MAX_RESTARTS = 5;

export function createClient(context: vscode.ExtensionContext, output: vscode.OutputChannel, events: ServerEvents): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  let crashes: number[] = [];
  let client: LanguageClient;
  const clientOptions: LanguageClientOptions = {
    documentSelector: checkedLanguages().flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    synchronize: { configurationSection: SECTION },
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    initializationOptions: { trusted: vscode.workspace.isTrusted },
    errorHandler: {
      error: (): ErrorHandlerResult => ({ action: ErrorAction.Continue }),
      closed: (): CloseHandlerResult => {
        const now = Date.now();
        crashes = crashes.filter((t) => now - t < 3 * 60 * 1000);
        crashes.push(now);
        if (crashes.length > MAX_RESTARTS) {
          events.onGaveUp();
          return { action: CloseAction.DoNotRestart, handled: true };
        }
        // Back off: 0.5 s, 1 s, 2 s, 4 s, 8 s between restarts.
        const delay = 500 * 2 ** (crashes.length - 1);
        events.onRestarting(crashes.length, delay);
        setTimeout(() => {
          void client.start().catch((e: unknown) => output.appendLine(`[client] restart failed: ${String(e)}`));
        }, delay);
        return { action: CloseAction.DoNotRestart, handled: true };
      },
    },
  };
  client = new LanguageClient('resolutionReferences', 'Resolution References', serverOptions, clientOptions);
  return client;
}
