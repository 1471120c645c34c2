// Data for the editor's views: the topics tree (both thematic indexes) and the documents tree.
// Plain JSON, so the LSP server can send it as the answer to a custom request.

import type { DatasetIndex } from '../index/datasetIndex';
import { annexLabel, capitalizedOrdinal, meetingName, thematicIndexName, workingGroupName } from '../model/naming';
import { toRoman, truncateWords } from '../model/text';
import type { Part, SourceLocation } from '../model/types';

export interface PartNode {
  id: string;
  label: string;
  citation: string;
  text: string;
  source: SourceLocation;
  children: PartNode[];
}

export interface TopicEntryNode {
  label: string;
  description: string;
  problems: string[];
  locator: string;
  source: SourceLocation;
  parts: PartNode[];
}

export interface TopicNode {
  id: string;
  name: string;
  source: SourceLocation;
  entries: TopicEntryNode[];
}

export interface TopicIndexNode {
  index: 'IC' | 'TA';
  name: string;
  topics: TopicNode[];
}

function partNode(p: Part, label: string, depth: number, maxText = 400): PartNode {
  return {
    id: p.id,
    label,
    citation: p.citation,
    text: truncateWords(p.text, maxText),
    source: p.sources[0],
    children: depth > 0 ? p.children.map((c) => partNode(c, labelOf(c), depth - 1, maxText)) : [],
  };
}

function labelOf(p: Part): string {
  if (p.kind === 'pp') return `PP ${p.num}`;
  return /^\d+$/.test(p.num) ? p.num : `(${p.num})`;
}

export function topicsTree(index: DatasetIndex): TopicIndexNode[] {
  return (['IC', 'TA'] as const).map((g) => ({
    index: g,
    name: thematicIndexName(g),
    topics: index.data.topics
      .filter((t) => t.index === g)
      .map((t) => ({
        id: t.id,
        name: t.name,
        source: t.source,
        entries: t.entries.map((e) => ({
          label: [e.instruments.join(', '), e.instruments.length ? e.paragraphs.replace(/\s*\([^()]{4,}(?:\([^()]*\)[^()]*)*\)/g, '') : '', !e.instruments.length ? `${e.symbol} ${e.paragraphs.replace(/\s*\([^()]{4,}\)/g, '')}` : ''].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim() || e.locator,
          description: e.notes.join('; '),
          problems: e.problems,
          locator: e.locator,
          source: e.source,
          parts: e.targets.map((id) => index.part(id)).filter((p): p is Part => !!p).map((p) => partNode(p, p.citation, 0)),
        })),
      })),
  }));
}

export interface DocumentsTree {
  /** Sessions of the Conference: as the sources describe them, with what they adopted and the meetings held during them. */
  sessions: { label: string; instruments: PartNode[]; session?: PartNode; meetings?: PartNode[] }[];
  groups: { label: string; meetings: (PartNode & { endorsedIn?: string })[] }[];
  reports: PartNode[];
}

export function documentsTree(index: DatasetIndex): DocumentsTree {
  const sessions = new Map<number, PartNode[]>();
  for (const inst of index.data.instruments) {
    const ip = index.part(inst.id)!;
    const node = partNode(ip, `${inst.kind === 'resolution' ? 'Resolution' : 'Decision'} ${inst.symbol}`, 0);
    node.text = inst.title;
    if (inst.preamble.length) node.children.push({ id: `${inst.id}__preamble`, label: 'Preamble', citation: `${inst.kind} ${inst.symbol}, preamble`, text: `PP 1–${inst.preamble.length}`, source: inst.preamble[0].sources[0], children: inst.preamble.map((p) => partNode(p, `PP ${p.num}`, 0)) });
    if (inst.paragraphs.length) node.children.push({ id: `${inst.id}__body`, label: 'Paragraphs', citation: `${inst.kind} ${inst.symbol}`, text: '', source: inst.paragraphs[0].sources[0], children: inst.paragraphs.map((p) => partNode(p, labelOf(p), 3)) });
    for (const a of inst.annexes) {
      const ap = index.part(a.id)!;
      node.children.push({ ...partNode(ap, annexLabel(a.key).replace(/^a/, 'A'), 0), children: a.items.map((p) => partNode(p, labelOf(p), 3)) });
    }
    const list = sessions.get(inst.session) ?? [];
    list.push(node);
    sessions.set(inst.session, list);
  }
  const groups = (['IC', 'TA'] as const).map((g) => ({
    label: workingGroupName(g),
    meetings: index.data.meetings
      .filter((m) => m.group === g)
      .map((m) => {
        const mp = index.part(m.id)!;
        const endorsed = m.endorsedIn ? index.data.instruments.find((i) => i.id === m.endorsedIn!.instrumentId) : undefined;
        const endorsedIn = endorsed ? `${endorsed.kind} ${endorsed.symbol}, ${annexLabel(m.endorsedIn!.annexKey)}` : undefined;
        return {
          ...partNode(mp, `${toRoman(m.number)}. ${capitalizedOrdinal(m.number)} meeting${m.dates ? `, ${m.dates}` : ''}`, 0),
          children: m.recommendations.map((p) => partNode(p, labelOf(p), 3)),
          endorsedIn,
        };
      }),
  }));
  const reports = index.data.reports.map((r) => ({ ...partNode(index.part(r.id)!, r.subtitle, 0), children: r.paragraphs.map((p) => partNode(p, labelOf(p), 2)) }));
  return {
    sessions: [...new Set([...index.data.sessions.map((s) => s.number), ...sessions.keys()])]
      .sort((a, b) => a - b)
      .map((n) => {
        const instruments = sessions.get(n) ?? [];
        const s = index.session(n);
        const dates = s?.dates ?? index.data.instruments.find((i) => i.session === n)?.sessionInfo.dates;
        const adopted = index.data.instruments.filter((i) => i.session === n).map((i) => i.symbol);
        const label = `${toRoman(n)}. ${capitalizedOrdinal(n)} session${dates ? `, ${dates}` : ''}${s?.venue ? `, ${s.venue}` : ''}${adopted.length ? ` · adopted ${adopted.join(', ')}` : ''}`;
        if (!s) return { label, instruments };
        const meetings = index.data.meetings.filter((m) => s.meetings.includes(m.id)).map((m) => partNode(index.part(m.id)!, `${meetingName(m.group, m.number)}${m.dates ? `, ${m.dates}` : ''}`, 0));
        return { label, instruments, session: partNode(index.part(s.id)!, label, 0), meetings };
      }),
    groups,
    reports,
  };
}

/** Every paragraph with its citation and a preview: for the Insert citation picker. */
export function allCitations(index: DatasetIndex): { id: string; citation: string; text: string; topics: string }[] {
  const out: { id: string; citation: string; text: string; topics: string }[] = [];
  for (const p of index.data.parts.values()) {
    if (p.kind === 'report' || p.kind === 'meeting') continue;
    out.push({ id: p.id, citation: p.citation, text: truncateWords(p.text, 300), topics: (index.data.topicsByPart.get(p.id) ?? []).map((t) => t.topic.name).join(' · ') });
  }
  return out;
}
