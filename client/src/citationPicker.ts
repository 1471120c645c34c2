// "Insert citation…": a QuickPick over every paragraph, fuzzy (fuse.js), with a text preview.

import Fuse from 'fuse.js';
import * as vscode from 'vscode';
import type { Citation } from './protocol';

interface CitationPick extends vscode.QuickPickItem {
  citation: Citation;
}

function toPick(c: Citation): CitationPick {
  return { label: c.citation, detail: c.text, description: c.topics || undefined, citation: c, alwaysShow: true };
}

/** Lets the user pick a citation; resolves to it, or undefined when dismissed. */
export function pickCitation(citations: Citation[], initial = ''): Promise<Citation | undefined> {
  const fuse = new Fuse(citations, {
    keys: [
      { name: 'citation', weight: 0.4 },
      { name: 'text', weight: 0.4 },
      { name: 'topics', weight: 0.2 },
    ],
    threshold: 0.35,
    ignoreLocation: true,
  });
  const qp = vscode.window.createQuickPick<CitationPick>();
  qp.title = 'Insert citation';
  qp.placeholder = 'Type words of the paragraph, its topic or its citation (e.g. “electronic evidence”, “8/1 annex II”)';
  qp.matchOnDescription = false;
  qp.matchOnDetail = false;
  const update = (value: string): void => {
    qp.items = value.trim() ? fuse.search(value, { limit: 60 }).map((r) => toPick(r.item)) : citations.slice(0, 60).map(toPick);
  };
  qp.onDidChangeValue(update);
  qp.value = initial;
  update(initial);
  return new Promise((resolve) => {
    qp.onDidAccept(() => {
      const chosen = qp.selectedItems[0]?.citation;
      qp.hide();
      resolve(chosen);
    });
    qp.onDidHide(() => {
      resolve(undefined);
      qp.dispose();
    });
    qp.show();
  });
}

/** Inserts at the cursor of the active editor; the only edit this extension makes by itself. */
export async function insertAtCursor(text: string): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showWarningMessage('Open a draft and place the cursor where the citation should go, then run “Insert citation” again.');
    return false;
  }
  return editor.edit((b) => {
    for (const sel of editor.selections) b.replace(sel, text);
  });
}
