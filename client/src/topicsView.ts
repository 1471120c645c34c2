// The Topics view: thematic index → topic → entry → the paragraphs it resolves to, with a
// fuzzy filter (fuse.js) over topics, entries, notes and citations.

import Fuse from 'fuse.js';
import * as vscode from 'vscode';
import type { PartNode, TopicEntryNode, TopicIndexNode, TopicNode } from './protocol';

export type TopicsItem =
  | { type: 'index'; node: TopicIndexNode }
  | { type: 'topic'; node: TopicNode }
  | { type: 'entry'; node: TopicEntryNode; topic: TopicNode }
  | { type: 'part'; node: PartNode };

/** A row of a tree for one part: its label (first words), the citation as description, the text and its source in the tooltip. */
export function partTreeItem(node: PartNode, label = node.label): vscode.TreeItem {
  const item = new vscode.TreeItem(label, node.children.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  item.id = undefined;
  item.description = label !== node.citation ? node.citation : undefined;
  const md = new vscode.MarkdownString(`**${capitalize(node.citation)}**\n\n${node.text}\n\n*${node.where}*`);
  item.tooltip = md;
  item.contextValue = 'part';
  item.iconPath = new vscode.ThemeIcon('symbol-string');
  item.command = { command: 'resolutionReferences.openPart', title: 'Open in source', arguments: [node] };
  return item;
}

function capitalize(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/** Whether the thematic indexes' own errors are marked (setting resolutionReferences.topics.showIndexErrors). */
function showIndexErrors(): boolean {
  return vscode.workspace.getConfiguration('resolutionReferences').get<boolean>('topics.showIndexErrors', true);
}

export class TopicsProvider implements vscode.TreeDataProvider<TopicsItem> {
  private readonly changed = new vscode.EventEmitter<TopicsItem | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private data: TopicIndexNode[] = [];
  private filtered: TopicIndexNode[] | undefined;
  filterText: string | undefined;

  constructor(private readonly load: () => Promise<TopicIndexNode[]>) {}

  async refresh(): Promise<void> {
    this.data = await this.load();
    if (this.filterText) this.applyFilter(this.filterText);
    this.changed.fire(undefined);
  }

  /** Narrows topics and entries by fuzzy search; an empty query clears the filter. */
  applyFilter(query: string | undefined): number {
    this.filterText = query && query.trim() ? query.trim() : undefined;
    void vscode.commands.executeCommand('setContext', 'resolutionReferences.topicsFiltered', !!this.filterText);
    if (!this.filterText) {
      this.filtered = undefined;
      this.changed.fire(undefined);
      return this.data.reduce((n, i) => n + i.topics.length, 0);
    }
    const rows = this.data.flatMap((idx) =>
      idx.topics.flatMap((t) => [
        { idx: idx.index, topic: t.id, entry: -1, text: t.name },
        ...t.entries.map((e, k) => ({ idx: idx.index, topic: t.id, entry: k, text: [e.label, e.description, ...e.parts.map((p) => `${p.citation} ${p.text}`)].join(' ') })),
      ]),
    );
    const fuse = new Fuse(rows, { keys: ['text'], threshold: 0.3, ignoreLocation: true });
    const hits = fuse.search(this.filterText);
    const keep = new Map<string, Set<number>>();
    for (const h of hits) {
      const set = keep.get(h.item.topic) ?? new Set<number>();
      if (h.item.entry >= 0) set.add(h.item.entry);
      keep.set(h.item.topic, set);
    }
    this.filtered = this.data.map((idx) => ({
      ...idx,
      topics: idx.topics
        .filter((t) => keep.has(t.id))
        .map((t) => {
          const entries = keep.get(t.id)!;
          return entries.size > 0 ? { ...t, entries: t.entries.filter((_, k) => entries.has(k)) } : t;
        }),
    }));
    this.changed.fire(undefined);
    return this.filtered.reduce((n, i) => n + i.topics.length, 0);
  }

  getTreeItem(el: TopicsItem): vscode.TreeItem {
    switch (el.type) {
      case 'index': {
        const item = new vscode.TreeItem(el.node.name, this.filterText ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
        item.description = `${el.node.topics.length} topics`;
        item.iconPath = new vscode.ThemeIcon('book');
        item.contextValue = 'topicIndex';
        return item;
      }
      case 'topic': {
        const item = new vscode.TreeItem(el.node.name, vscode.TreeItemCollapsibleState.Collapsed);
        const broken = showIndexErrors() ? el.node.entries.filter((e) => e.problems.length > 0).length : 0;
        const repaired = showIndexErrors() ? el.node.entries.filter((e) => e.problems.length === 0 && e.repairs.length > 0).length : 0;
        item.description = `${el.node.entries.length} entr${el.node.entries.length === 1 ? 'y' : 'ies'}${broken ? `, ${broken} with index errors` : ''}${repaired ? `, ${repaired} read differently from the print` : ''}`;
        item.iconPath = new vscode.ThemeIcon('tag');
        item.contextValue = 'topic';
        return item;
      }
      case 'entry': {
        const e = el.node;
        const item = new vscode.TreeItem(e.label, e.parts.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        item.description = e.description || undefined;
        const md = new vscode.MarkdownString(`**${el.topic.name}** — ${e.label}\n\nPrinted in the index as: ${e.printed}${e.description ? `\n\nSubtopics: ${e.description}` : ''}`);
        // The index's own errors and the rows read differently from their print: an icon on the
        // row, the explanation only here (and a setting hides both).
        const marked = e.problems.length > 0 && showIndexErrors();
        const repaired = e.repairs.length > 0 && showIndexErrors();
        if (marked) md.appendMarkdown(`\n\n$(warning) The index itself got this entry wrong; the paragraphs below are what it should list:\n\n${e.problems.map((p) => `- ${p}`).join('\n')}`);
        if (repaired) md.appendMarkdown(`\n\n$(info) Read differently from the print (\`resref audit\` lists every such row):\n\n${e.repairs.map((p) => `- ${p}`).join('\n')}`);
        md.supportThemeIcons = true;
        item.tooltip = md;
        item.iconPath = marked
          ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'))
          : repaired
            ? new vscode.ThemeIcon('info', new vscode.ThemeColor('problemsInfoIcon.foreground'))
            : new vscode.ThemeIcon('list-flat');
        item.contextValue = marked ? 'entryWithProblems' : 'entry';
        return item;
      }
      case 'part':
        return partTreeItem(el.node);
    }
  }

  getChildren(el?: TopicsItem): TopicsItem[] {
    const data = this.filtered ?? this.data;
    if (!el) return data.map((node) => ({ type: 'index', node }));
    switch (el.type) {
      case 'index':
        return (data.find((i) => i.index === el.node.index)?.topics ?? []).map((node) => ({ type: 'topic', node }));
      case 'topic':
        return el.node.entries.map((node) => ({ type: 'entry', node, topic: el.node }));
      case 'entry':
        return el.node.parts.map((node) => ({ type: 'part', node }));
      case 'part':
        return el.node.children.map((node) => ({ type: 'part', node }));
    }
  }
}
