// The VS Code client: starts the bundled server, draws the views, and adds the commands only
// an editor can offer. All resolution happens in the server.

import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { registerAgreedLanguage } from './agreedLanguage';
import { insertAtCursor, pickCitations } from './citationPicker';
import { DocumentsProvider } from './documentsView';
import { CitedProvider } from './citedView';
import { Notifications, Requests, type CitedInDraft, type Citation, type DocumentsTree, type PartNode, type Stats, type TopicIndexNode } from './protocol';
import { createClient, SECTION } from './serverClient';
import { SOURCE_SCHEME, SourceViewer, type SourceName } from './sourceView';
import { sourceMiddleware } from './sourceMiddleware';
import { TopicsProvider, type TopicsItem } from './topicsView';

export interface ResolutionReferencesApi {
  client: LanguageClient;
  topics: TopicsProvider;
  documents: DocumentsProvider;
  cited: CitedProvider;
  ready: Promise<void>;
}

let client: LanguageClient | undefined;

/** Ids of the last citations inserted, most recent first: the picker lists them first. */
const RECENT_KEY = 'resolutionReferences.recentCitations';

export async function activate(context: vscode.ExtensionContext): Promise<ResolutionReferencesApi> {
  const output = vscode.window.createOutputChannel('Resolution References', { log: true });
  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 90);
  status.name = 'Resolution References';
  status.text = '$(sync~spin) ResRef';
  status.tooltip = 'Resolution References: starting the language server';
  status.command = 'resolutionReferences.showOutput';
  status.show();
  context.subscriptions.push(output, status);

  // Sources open as read-only views named for their section (see sourceView.ts).
  let lcRef: LanguageClient | undefined;
  const viewer = new SourceViewer(context.extensionUri, async (file, line) => lcRef?.sendRequest<SourceName>(Requests.sourceName, { file, line }));
  context.subscriptions.push(viewer, vscode.workspace.registerTextDocumentContentProvider(SOURCE_SCHEME, viewer));
  const lc = createClient(context, output, {
    onRestarting(attempt, delay) {
      status.text = '$(sync~spin) ResRef';
      status.tooltip = `The language server stopped; restarting (attempt ${attempt}) in ${delay} ms`;
      void vscode.window.showWarningMessage(`Resolution References: the language server stopped and is being restarted (attempt ${attempt}).`);
    },
    onGaveUp() {
      status.text = '$(error) ResRef';
      status.tooltip = 'The language server stopped repeatedly and was not restarted';
      void vscode.window
        .showErrorMessage('Resolution References: the language server stopped 5 times in 3 minutes and was not restarted. Its log is in the “Resolution References” output.', 'Restart', 'Show log')
        .then((choice) => {
          if (choice === 'Restart') void vscode.commands.executeCommand('resolutionReferences.restartServer');
          if (choice === 'Show log') output.show();
        });
    },
  }, sourceMiddleware(viewer));
  client = lc;
  lcRef = lc;

  const topics = new TopicsProvider(() => lc.sendRequest<TopicIndexNode[]>(Requests.topics));
  const documents = new DocumentsProvider(() => lc.sendRequest<DocumentsTree>(Requests.documents));
  const topicsView = vscode.window.createTreeView('resolutionReferences.topics', { treeDataProvider: topics, showCollapseAll: true });
  const documentsView = vscode.window.createTreeView('resolutionReferences.documents', { treeDataProvider: documents, showCollapseAll: true });
  // "Cited in this draft": follows the active editor and its edits (the server reads the draft).
  const cited = new CitedProvider((uri) => lc.sendRequest<CitedInDraft | null>(Requests.citedIn, { textDocument: { uri } }));
  const citedView = vscode.window.createTreeView('resolutionReferences.cited', { treeDataProvider: cited, showCollapseAll: true });
  let citedTimer: NodeJS.Timeout | undefined;
  const refreshCited = (delay = 0): void => {
    if (citedTimer) clearTimeout(citedTimer);
    citedTimer = setTimeout(() => {
      void cited.refresh(vscode.window.activeTextEditor).then(() => {
        const n = cited.current?.groups.length ?? 0;
        citedView.message = cited.current ? (n ? undefined : 'This draft cites no instrument yet.') : 'Open a draft to see what it cites.';
      });
    }, delay);
  };
  context.subscriptions.push(
    topicsView,
    documentsView,
    citedView,
    vscode.window.onDidChangeActiveTextEditor(() => refreshCited(100)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) refreshCited(700);
    }),
  );

  const refreshAll = async (): Promise<void> => {
    const stats = await lc.sendRequest<Stats>(Requests.stats);
    status.text = `$(law) ${stats.instruments} COP instruments indexed`;
    const md = new vscode.MarkdownString(
      `**Resolution References**\n\n${stats.instruments} instruments · ${stats.meetings} Working Group meetings · ${stats.addressableParts} citable parts · ${stats.topics} topics (${stats.indexEntries} index entries) from ${stats.sources} documents, indexed in ${stats.indexMs} ms` +
        (stats.loadErrors.length ? `\n\n$(warning) ${stats.loadErrors.length} problem(s) in extra source folders: see Problems` : ''),
    );
    md.supportThemeIcons = true;
    status.tooltip = md;
    await Promise.all([topics.refresh(), documents.refresh()]);
    refreshCited();
  };

  const ready = (async () => {
    await lc.start();
    lc.onNotification(Notifications.indexChanged, () => void refreshAll());
    await refreshAll();
  })();
  ready.catch((e: unknown) => {
    status.text = '$(error) ResRef';
    output.appendLine(`[client] could not start the language server: ${String(e)}`);
  });
  context.subscriptions.push(
    lc.onDidChangeState((e) => {
      if (e.newState === State.Running) void refreshAll().catch(() => undefined);
    }),
  );

  registerAgreedLanguage(context, lc, ready);
  warnIfUntrustedFolders();
  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(() => void lc.sendNotification(Notifications.trust, { trusted: true })),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${SECTION}.topics.showIndexErrors`)) void topics.refresh();
      if (e.affectsConfiguration(`${SECTION}.languages`)) {
        void vscode.window.showInformationMessage('Resolution References: reload the window for the new list of checked languages to take effect.', 'Reload').then((c) => {
          if (c === 'Reload') void vscode.commands.executeCommand('workbench.action.reloadWindow');
        });
      }
    }),
  );

  const citationOf = (arg: unknown): string | undefined => {
    if (arg && typeof arg === 'object') {
      const a = arg as { node?: PartNode; citation?: string };
      if (a.node && 'citation' in a.node) return a.node.citation;
      if (typeof a.citation === 'string') return a.citation;
    }
    return undefined;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('resolutionReferences.insertCitation', async (arg?: unknown) => {
      let text = citationOf(arg);
      if (!text) {
        await ready;
        // { ids, firstMention } names the parts directly (tests, other extensions); else the picker.
        const given = arg && typeof arg === 'object' && Array.isArray((arg as { ids?: unknown }).ids) ? (arg as { ids: string[]; firstMention?: boolean }) : undefined;
        let ids = given?.ids;
        let firstMention = !!given?.firstMention;
        if (!ids) {
          const all = await lc.sendRequest<Citation[]>(Requests.citations);
          const picked = await pickCitations(all, context.globalState.get<string[]>(RECENT_KEY, []));
          ids = picked?.entries.map((e) => e.id);
          firstMention = !!picked?.firstMention;
        }
        if (!ids || ids.length === 0) return false;
        text = await lc.sendRequest<string>(Requests.cite, { ids, firstMention });
        const recent = [...ids, ...context.globalState.get<string[]>(RECENT_KEY, []).filter((id) => !ids!.includes(id))].slice(0, 20);
        await context.globalState.update(RECENT_KEY, recent);
      }
      if (text) return insertAtCursor(text);
      return false;
    }),
    vscode.commands.registerCommand('resolutionReferences.copyCitation', async (arg?: unknown) => {
      const text = citationOf(arg);
      if (!text) return;
      await vscode.env.clipboard.writeText(text);
      vscode.window.setStatusBarMessage(`Copied “${text}”`, 3000);
    }),
    vscode.commands.registerCommand('resolutionReferences.openSource', async (file?: string, line?: number) => {
      if (typeof file !== 'string' || typeof line !== 'number') return undefined;
      return viewer.open(file, line);
    }),
    vscode.commands.registerCommand('resolutionReferences.openPart', async (node?: PartNode) => {
      if (!node) return;
      if (node.source.file.startsWith('data/sources/')) return viewer.open(node.source.file, node.source.line);
      const uri = vscode.Uri.joinPath(context.extensionUri, ...node.source.file.split('/'));
      const target = node.source.file.startsWith('/') ? vscode.Uri.file(node.source.file) : uri;
      const pos = new vscode.Position(node.source.line - 1, Math.max(0, node.source.column - 1));
      await vscode.window.showTextDocument(target, { selection: new vscode.Range(pos, pos), preview: true });
    }),
    vscode.commands.registerCommand('resolutionReferences.copyTableOfAuthorities', async () => {
      await cited.refresh(vscode.window.activeTextEditor);
      const table = cited.current?.table;
      if (!table || !cited.current?.groups.length) {
        void vscode.window.showInformationMessage('Resolution References: the active draft cites no instrument, so there is no table of authorities to copy.');
        return undefined;
      }
      await vscode.env.clipboard.writeText(table);
      vscode.window.setStatusBarMessage(`Copied the table of authorities (${cited.current.groups.length} authorities)`, 3000);
      return table;
    }),
    vscode.commands.registerCommand('resolutionReferences.checkAllDrafts', async () => {
      await ready;
      const r = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Resolution References: checking drafts', cancellable: true },
        (_p, token) => lc.sendRequest<{ files: number; problems: number; errors: number }>(Requests.checkWorkspace, {}, token),
      );
      // The summary counts what the Problems panel shows for this extension (open drafts included), by file.
      const shown = vscode.languages.getDiagnostics().map(([uri, ds]) => [uri, ds.filter((d) => d.source === 'resref')] as const).filter(([, ds]) => ds.length > 0);
      const errors = shown.reduce((n, [, ds]) => n + ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length, 0);
      const total = shown.reduce((n, [, ds]) => n + ds.length, 0);
      const names = shown.map(([uri]) => vscode.workspace.asRelativePath(uri));
      const where = names.length ? ` in ${names.slice(0, 5).join(', ')}${names.length > 5 ? ` and ${names.length - 5} more` : ''}` : '';
      const message = `Checked ${r.files} draft${r.files === 1 ? '' : 's'}: ${errors} error${errors === 1 ? '' : 's'} and ${total - errors} other finding${total - errors === 1 ? '' : 's'}${where}.`;
      void vscode.window.showInformationMessage(message);
      return { ...r, shown: { errors, total, files: names }, message };
    }),
    vscode.commands.registerCommand('resolutionReferences.filterTopics', async (query?: string) => {
      const apply = (q: string): number => {
        const n = topics.applyFilter(q);
        topicsView.message = topics.filterText ? `Filtered by “${topics.filterText}”: ${n} topic${n === 1 ? '' : 's'}` : undefined;
        return n;
      };
      if (typeof query === 'string') return apply(query);
      const before = topics.filterText ?? '';
      // Narrows as you type; Escape restores the filter there was.
      const q = await vscode.window.showInputBox({
        title: 'Filter topics',
        prompt: 'Fuzzy filter over topics, entries, subtopic notes and citations (narrows as you type)',
        value: before,
        validateInput: (v) => {
          const n = apply(v);
          return v.trim() && n === 0 ? { message: 'No topic matches', severity: vscode.InputBoxValidationSeverity.Info } : undefined;
        },
      });
      return apply(q ?? before);
    }),
    vscode.commands.registerCommand('resolutionReferences.clearTopicsFilter', () => {
      topics.applyFilter(undefined);
      topicsView.message = undefined;
    }),
    vscode.commands.registerCommand('resolutionReferences.refreshViews', () => refreshAll()),
    vscode.commands.registerCommand('resolutionReferences.restartServer', async () => {
      await lc.restart();
    }),
    vscode.commands.registerCommand('resolutionReferences.showOutput', () => output.show()),
  );

  return { client: lc, topics, documents, cited, ready };
}

function warnIfUntrustedFolders(): void {
  if (vscode.workspace.isTrusted) return;
  const inspect = vscode.workspace.getConfiguration(SECTION).inspect<string[]>('extraSourceFolders');
  const fromWorkspace = [...(inspect?.workspaceValue ?? []), ...(inspect?.workspaceFolderValue ?? [])];
  if (fromWorkspace.length > 0) {
    void vscode.window.showInformationMessage(
      `Resolution References: this workspace is not trusted, so the extra source folders in its settings (${fromWorkspace.join(', ')}) are not read. Trust the workspace to index them.`,
      'Manage Workspace Trust',
    ).then((c) => {
      if (c) void vscode.commands.executeCommand('workbench.trust.manage');
    });
  }
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}

export type { TopicsItem };
