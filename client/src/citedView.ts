// The "Cited in this draft" view: every instrument and part the active draft cites, grouped by
// instrument, with counts and findings; a click jumps to the citation. The server does the
// reading (resolutionReferences/citedIn); this only draws it and follows the active editor.

import * as vscode from 'vscode';
import type { CitedInDraft } from './protocol';

type Group = CitedInDraft['groups'][number];

export type CitedItem =
  | { type: 'group'; group: Group; uri: string }
  | { type: 'part'; part: Group['parts'][number]; uri: string }
  | { type: 'finding'; finding: Group['findings'][number]; uri: string };

const SEVERITY_ICON: Record<string, [string, string]> = {
  error: ['error', 'problemsErrorIcon.foreground'],
  warning: ['warning', 'problemsWarningIcon.foreground'],
  information: ['info', 'problemsInfoIcon.foreground'],
};

function jump(uri: string, range: vscode.Range | { start: { line: number; character: number }; end: { line: number; character: number } }): vscode.Command {
  const r = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  return { command: 'vscode.open', title: 'Go to the citation', arguments: [vscode.Uri.parse(uri), { selection: r, preserveFocus: false }] };
}

export class CitedProvider implements vscode.TreeDataProvider<CitedItem> {
  private readonly changed = new vscode.EventEmitter<CitedItem | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  /** What the active draft cites (undefined when no draft is active). */
  current: CitedInDraft | undefined;

  constructor(private readonly load: (uri: string) => Promise<CitedInDraft | null>) {}

  async refresh(editor: vscode.TextEditor | undefined): Promise<void> {
    const uri = editor && (editor.document.uri.scheme === 'file' || editor.document.uri.scheme === 'untitled') ? editor.document.uri.toString() : undefined;
    this.current = uri ? (await this.load(uri).catch(() => null)) ?? undefined : undefined;
    this.changed.fire(undefined);
  }

  getTreeItem(el: CitedItem): vscode.TreeItem {
    switch (el.type) {
      case 'group': {
        const g = el.group;
        const item = new vscode.TreeItem(g.label, vscode.TreeItemCollapsibleState.Collapsed);
        const findings = g.findings.length ? ` · ${g.findings.length} finding${g.findings.length === 1 ? '' : 's'}` : '';
        item.description = g.unknown ? `cited ${g.count}× · not among the indexed documents` : `cited ${g.count}×${findings}`;
        item.tooltip = new vscode.MarkdownString(`**${g.label}**${g.detail ? `\n\n${g.detail}` : ''}`);
        const worst = g.findings.find((f) => f.severity === 'error') ?? g.findings.find((f) => f.severity === 'warning');
        item.iconPath = g.unknown ? new vscode.ThemeIcon('question') : worst ? new vscode.ThemeIcon(SEVERITY_ICON[worst.severity][0], new vscode.ThemeColor(SEVERITY_ICON[worst.severity][1])) : new vscode.ThemeIcon('law');
        // A click opens the group (its parts and findings jump to the draft).
        item.contextValue = 'citedGroup';
        return item;
      }
      case 'part': {
        const p = el.part;
        const item = new vscode.TreeItem(p.citation, vscode.TreeItemCollapsibleState.None);
        item.description = `${p.count}×`;
        item.iconPath = new vscode.ThemeIcon('symbol-string');
        item.command = jump(el.uri, p.ranges[0]);
        return item;
      }
      case 'finding': {
        const f = el.finding;
        const item = new vscode.TreeItem(f.message, vscode.TreeItemCollapsibleState.None);
        item.description = f.code;
        item.tooltip = f.message;
        const [icon, color] = SEVERITY_ICON[f.severity] ?? SEVERITY_ICON.information;
        item.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
        item.command = jump(el.uri, f.range);
        return item;
      }
    }
  }

  getChildren(el?: CitedItem): CitedItem[] {
    const c = this.current;
    if (!c) return [];
    if (!el) return c.groups.map((group) => ({ type: 'group', group, uri: c.uri }));
    if (el.type !== 'group') return [];
    return [...el.group.findings.map((finding): CitedItem => ({ type: 'finding', finding, uri: el.uri })), ...el.group.parts.map((part): CitedItem => ({ type: 'part', part, uri: el.uri }))];
  }
}
