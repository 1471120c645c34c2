// Agreed language in VS Code: the lens command opens the diff editor (the source paragraph, a
// read-only virtual document, beside the draft's paragraph), and "Find Agreed Language" shows
// the matches of the selection in a QuickPick and inserts the chosen paragraph's text or its
// citation. The matching itself happens in the server (resolutionReferences/agreedLanguage).

import * as vscode from 'vscode';
import type { LanguageClient, Middleware } from 'vscode-languageclient/node';

export const AGREED_SCHEME = 'resref-agreed';
/** The server's lens command (run over LSP by other editors). */
const SERVER_SHOW_DIFF = 'resolutionReferences.agreedLanguage.showDiff';
/** The same lens, drawn by VS Code itself. */
export const SHOW_DIFF = 'resolutionReferences.showAgreedLanguageDiff';
export const FIND = 'resolutionReferences.findAgreedLanguage';
const REQUEST = 'resolutionReferences/agreedLanguage';

export interface ShowDiffArgs {
  uri: string;
  id: string;
  citation: string;
  score: number;
  sourceText: string;
  draftText: string;
  source: { file: string; line: number };
}

export interface SimilarResult {
  id: string;
  citation: string;
  score: number;
  text: string;
  source: { file: string; line: number };
  diff: { op: 'equal' | 'insert' | 'delete'; text: string }[];
}

interface MatchPick extends vscode.QuickPickItem {
  result?: SimilarResult;
  insert?: 'text' | 'citation';
}

/** One clause a line, so that the diff editor lines up the two paragraphs clause by clause. */
export function byClause(text: string): string {
  return `${text.replace(/([,;:]) +/g, '$1\n')}\n`;
}

/** Read-only documents holding the two sides of a diff; their text lives in the URI's query. */
class AgreedLanguageDocuments implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  private next = 0;

  uriFor(name: string, text: string): vscode.Uri {
    const key = String(++this.next);
    if (this.texts.size > 200) this.texts.clear();
    this.texts.set(key, byClause(text));
    // "/" in a citation would be read as a folder: a look-alike slash keeps the name whole.
    return vscode.Uri.from({ scheme: AGREED_SCHEME, path: `/${name.replace(/\//g, '∕')}`, query: key });
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.query) ?? 'This comparison is no longer available; run the code lens again.';
  }
}

/** Lenses from the server run VS Code's own command, which draws the diff. */
export const agreedLanguageMiddleware: Middleware = {
  provideCodeLenses: async (document, token, next) => {
    const lenses = await next(document, token);
    for (const l of lenses ?? []) if (l.command?.command === SERVER_SHOW_DIFF) l.command.command = SHOW_DIFF;
    return lenses;
  },
};

export function registerAgreedLanguage(context: vscode.ExtensionContext, client: LanguageClient, ready: Promise<void>): void {
  const docs = new AgreedLanguageDocuments();
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(AGREED_SCHEME, docs),
    vscode.commands.registerCommand(SHOW_DIFF, async (a?: ShowDiffArgs) => {
      if (!a) return;
      const left = docs.uriFor(a.citation, a.sourceText);
      const right = docs.uriFor('draft paragraph', a.draftText);
      const pct = `${Math.round(a.score * 100)} %`;
      await vscode.commands.executeCommand('vscode.diff', left, right, `${a.citation} ↔ draft (${pct})`, { preview: true });
      return { left: left.toString(), right: right.toString() };
    }),
    vscode.commands.registerCommand(FIND, async (initial?: string) => {
      const editor = vscode.window.activeTextEditor;
      const selected = typeof initial === 'string' ? initial : editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : '';
      const text = selected.trim() ? selected : await vscode.window.showInputBox({ title: 'Find agreed language', prompt: 'Select a paragraph of the draft first, or type the wording to look for' });
      if (!text?.trim()) return undefined;
      await ready;
      const results = await client.sendRequest<SimilarResult[]>(REQUEST, { text, limit: 10 });
      return pickAndInsert(results);
    }),
  );
}

async function pickAndInsert(results: SimilarResult[]): Promise<string | undefined> {
  if (results.length === 0) {
    void vscode.window.showInformationMessage('No paragraph of the dataset is agreed language for this text.');
    return undefined;
  }
  // Per match, a separator naming it, then its two actions.
  const items: MatchPick[] = results.flatMap((r): MatchPick[] => [
    { label: `${r.citation} · ${Math.round(r.score * 100)} %`, kind: vscode.QuickPickItemKind.Separator },
    { label: '$(insert) Insert its text', detail: r.text, result: r, insert: 'text' },
    { label: '$(link) Insert its citation', description: r.citation, result: r, insert: 'citation' },
  ]);
  const chosen = await vscode.window.showQuickPick(items, { title: 'Find agreed language', placeHolder: `${results.length} paragraph${results.length === 1 ? '' : 's'} of the dataset, best first`, matchOnDetail: true });
  if (!chosen?.result) return undefined;
  const insert = chosen.insert === 'citation' ? chosen.result.citation : chosen.result.text;
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showWarningMessage('Open a draft and place the cursor where the text should go, then run “Find Agreed Language” again.');
    return undefined;
  }
  // The selection was the query: the chosen text replaces it; a citation goes after it.
  await editor.edit((b) => {
    for (const sel of editor.selections) {
      if (chosen.insert === 'citation') b.insert(sel.end, sel.isEmpty ? insert : ` ${insert}`);
      else b.replace(sel, insert);
    }
  });
  return insert;
}
