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
  type Middleware,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { onCrash } from './restartPolicy';
import { serverEnv } from './serverEnv';

export const SECTION = 'resolutionReferences';

export function checkedLanguages(): string[] {
  const langs = vscode.workspace.getConfiguration(SECTION).get<string[]>('languages');
  return Array.isArray(langs) && langs.length > 0 ? langs : ['markdown', 'plaintext'];
}

export interface ServerEvents {
  onRestarting(attempt: number, delayMs: number): void;
  onGaveUp(): void;
}


export function createClient(context: vscode.ExtensionContext, output: vscode.OutputChannel, events: ServerEvents, middleware?: Middleware): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const env = serverEnv(process.env);
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { env } },
    debug: { module, transport: TransportKind.ipc, options: { env, execArgv: ['--nolazy', '--inspect=6019'] } },
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
    middleware,
    errorHandler: {
      error: (): ErrorHandlerResult => ({ action: ErrorAction.Continue }),
      closed: (): CloseHandlerResult => {
        const decision = onCrash(crashes, Date.now());
        crashes = decision.crashes;
        if (decision.delayMs === undefined) {
          events.onGaveUp();
          return { action: CloseAction.DoNotRestart, handled: true };
        }
        const delay = decision.delayMs;
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
