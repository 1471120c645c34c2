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
import { agreedLanguageMiddleware } from './agreedLanguage';
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


/**
 * The settings of our section that the user set (user, workspace or folder level), without the
 * defaults VS Code would fill in: the server puts them over the workspace's `.resref.json`, so a
 * default must not hide a value the file sets. The server has the same defaults as package.json.
 */
export function explicitSettings(keys: readonly string[], scopeUri?: string): Record<string, unknown> {
  const cfg = vscode.workspace.getConfiguration(SECTION, scopeUri ? vscode.Uri.parse(scopeUri) : undefined);
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const i = cfg.inspect(key);
    const value = i?.workspaceFolderValue ?? i?.workspaceValue ?? i?.globalValue;
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** The settings package.json contributes to our section, without the section prefix. */
function settingKeys(context: vscode.ExtensionContext): string[] {
  const props = (context.extension.packageJSON as { contributes?: { configuration?: { properties?: Record<string, unknown> } } }).contributes?.configuration?.properties ?? {};
  return Object.keys(props)
    .filter((k) => k.startsWith(`${SECTION}.`))
    .map((k) => k.slice(SECTION.length + 1));
}

export function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, events: ServerEvents, extra: Middleware = {}): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const keys = settingKeys(context);
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
    middleware: {
      ...agreedLanguageMiddleware,
      ...extra,
      workspace: {
        configuration: (params, token, next) => {
          if (!params.items.some((item) => item.section === SECTION)) return next(params, token);
          return params.items.map((item) => (item.section === SECTION ? explicitSettings(keys, item.scopeUri) : null));
        },
      },
    },
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    initializationOptions: { trusted: vscode.workspace.isTrusted },
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
