// The Documents view: sessions → instruments → preamble / paragraphs / annexes → items, and
// Working Group meetings → recommendations (with the annex that endorsed them).

import * as vscode from 'vscode';
import type { DocumentsTree, PartNode } from './protocol';
import { partTreeItem } from './topicsView';

export type DocumentsItem =
  | { type: 'group'; label: string; children: DocumentsItem[]; icon: string }
  | { type: 'part'; node: PartNode; label: string; description?: string };

export class DocumentsProvider implements vscode.TreeDataProvider<DocumentsItem> {
  private readonly changed = new vscode.EventEmitter<DocumentsItem | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: DocumentsItem[] = [];

  constructor(private readonly load: () => Promise<DocumentsTree>) {}

  async refresh(): Promise<void> {
    const t = await this.load();
    const toItem = (node: PartNode, description?: string): DocumentsItem => ({ type: 'part', node, label: node.label, description });
    this.roots = [
      {
        type: 'group',
        label: 'Conference of the Parties',
        icon: 'law',
        children: t.sessions.map((s) => ({
          type: 'group',
          label: s.label,
          icon: 'calendar',
          children: [...s.instruments.map((i) => toItem(i, i.text)), ...(s.meetings ?? []).map((m) => toItem({ ...m, children: [] }, 'Working Group meeting held during the session'))],
        })),
      },
      ...t.groups.map(
        (g): DocumentsItem => ({
          type: 'group',
          label: g.label,
          icon: 'organization',
          children: g.meetings.map((m) => toItem(m, m.endorsedIn ? `endorsed in ${m.endorsedIn}` : m.children.length ? `${m.children.length} recommendations` : 'no recommendations')),
        }),
      ),
      ...t.reports.map((r) => toItem(r, r.text)),
    ];
    this.changed.fire(undefined);
  }

  getTreeItem(el: DocumentsItem): vscode.TreeItem {
    if (el.type === 'group') {
      const item = new vscode.TreeItem(el.label, vscode.TreeItemCollapsibleState.Collapsed);
      item.iconPath = new vscode.ThemeIcon(el.icon);
      return item;
    }
    const item = partTreeItem(el.node, el.label);
    item.description = el.description ?? (el.node.children.length === 0 ? el.node.text.slice(0, 80) : undefined);
    if (el.node.id.endsWith('__preamble') || el.node.id.endsWith('__body')) {
      item.command = undefined;
      item.contextValue = 'section';
    }
    return item;
  }

  getChildren(el?: DocumentsItem): DocumentsItem[] {
    if (!el) return this.roots;
    if (el.type === 'group') return el.children;
    return el.node.children.map((c) => ({ type: 'part', node: c, label: c.label }));
  }
}
