// "Insert Citation…": a QuickPick over every citable part, like a reference manager: recent
// citations first, a query that names a place ("8/1 annex II") ranks its items first, then
// fuzzy matches (fuse.js) of citation, text and topics; several can be checked at once, and a
// button switches to the first-mention form (date and title).

import Fuse from 'fuse.js';
import * as vscode from 'vscode';
import { itemsInPlace } from '../../server/src/features/citationQuery';
import type { Citation } from './protocol';

interface CitationPick extends vscode.QuickPickItem {
  citation?: Citation;
}

export interface PickedCitations {
  entries: Citation[];
  firstMention: boolean;
}

const LIMIT = 60;

function toPick(c: Citation, firstMention: boolean): CitationPick {
  return { label: firstMention ? c.first : c.cite, detail: c.text, description: c.topics || undefined, citation: c, alwaysShow: true };
}

/** Lets the user pick one or more citations; resolves to them, or undefined when dismissed. */
export function pickCitations(citations: Citation[], recentIds: readonly string[], initial = ''): Promise<PickedCitations | undefined> {
  const fuse = new Fuse(citations, {
    keys: [
      { name: 'citation', weight: 0.4 },
      { name: 'text', weight: 0.4 },
      { name: 'topics', weight: 0.2 },
    ],
    threshold: 0.35,
    ignoreLocation: true,
  });
  const byId = new Map(citations.map((c) => [c.id, c]));
  const recent = recentIds.map((id) => byId.get(id)).filter((c): c is Citation => !!c);
  let firstMention = false;
  const toggle: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('calendar'), tooltip: 'First mention: with date and title' };
  const qp = vscode.window.createQuickPick<CitationPick>();
  qp.canSelectMany = true;
  qp.placeholder = 'Words of the paragraph, its topic or its citation (“electronic evidence”, “8/1 annex II”); check several to cite them together';
  qp.matchOnDescription = false;
  qp.matchOnDetail = false;
  qp.buttons = [toggle];
  const setTitle = (): void => {
    qp.title = firstMention ? 'Insert citation — first mention (date and title)' : 'Insert citation';
  };
  const update = (value: string): void => {
    const checked = new Set(qp.selectedItems.map((i) => i.citation?.id));
    let items: CitationPick[];
    if (!value.trim()) {
      const rest = citations.filter((c) => !recent.includes(c)).slice(0, LIMIT);
      items = [
        ...(recent.length ? [{ label: 'recent', kind: vscode.QuickPickItemKind.Separator } as CitationPick, ...recent.map((c) => toPick(c, firstMention))] : []),
        ...(recent.length ? [{ label: 'all', kind: vscode.QuickPickItemKind.Separator } as CitationPick] : []),
        ...rest.map((c) => toPick(c, firstMention)),
      ];
    } else {
      const inPlace = itemsInPlace(value, citations).slice(0, LIMIT);
      const seen = new Set(inPlace.map((c) => c.id));
      const fuzzy = fuse.search(value, { limit: LIMIT }).map((r) => r.item).filter((c) => !seen.has(c.id));
      items = [...inPlace, ...fuzzy].slice(0, LIMIT).map((c) => toPick(c, firstMention));
    }
    qp.items = items;
    qp.selectedItems = items.filter((i) => i.citation && checked.has(i.citation.id));
  };
  qp.onDidChangeValue(update);
  qp.onDidTriggerButton(() => {
    firstMention = !firstMention;
    setTitle();
    update(qp.value);
  });
  setTitle();
  qp.value = initial;
  update(initial);
  return new Promise((resolve) => {
    qp.onDidAccept(() => {
      // Checked items; else the highlighted one; else the top of the list (Enter on a query).
      const top = qp.items.find((i) => i.citation);
      const chosen = (qp.selectedItems.length ? qp.selectedItems : qp.activeItems.length ? qp.activeItems.slice(0, 1) : top ? [top] : []).map((i) => i.citation).filter((c): c is Citation => !!c);
      qp.hide();
      resolve(chosen.length ? { entries: chosen, firstMention } : undefined);
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
