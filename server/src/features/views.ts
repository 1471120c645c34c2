// Data for the editor's views: the topics tree (both thematic indexes) and the documents tree.
// Plain JSON, so the LSP server can send it as the answer to a custom request.

import type { DatasetIndex, TopicEntry } from '../index/datasetIndex';
import { sourceNames } from '../index/sourceNames';
import { cite, citeFirst } from './citationStyle';
import { annexLabel, capitalizedOrdinal, GROUP_NAMES, meetingName, ordinal, thematicIndexName, workingGroupName } from '../model/naming';
import { toRoman, truncateWords } from '../model/text';
import type { Part, SourceLocation } from '../model/types';

export interface PartNode {
  id: string;
  label: string;
  citation: string;
  text: string;
  source: SourceLocation;
  /** The source named for people: "Resolution 9/3, annex I — line 40". */
  where: string;
  children: PartNode[];
}

export interface TopicEntryNode {
  /** What the entry resolves to, as people write it: "Resolution 8/1 — annex I (h), (i)". */
  label: string;
  /** The row of the index as printed (symbol and paragraph column), for the tooltip. */
  printed: string;
  description: string;
  /** What the index itself got wrong (the paragraphs listed are what it should list). */
  problems: string[];
  /** Where the reader read the row differently from its print, and how (audit notes). */
  repairs: string[];
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

function partNode(index: DatasetIndex, p: Part, label: string, depth: number, maxText = 400): PartNode {
  return {
    id: p.id,
    label,
    citation: cite(index, p),
    text: truncateWords(p.text, maxText),
    source: p.sources[0],
    where: sourceNames(index).where(p.sources[0]),
    children: depth > 0 ? p.children.map((c) => partNode(index, c, labelOf(c), depth - 1, maxText)) : [],
  };
}

/** "(n) States parties are invited to consider …": a row that its first words tell apart. */
function startOf(p: Part): string {
  const words = truncateWords(p.text.replace(/\s+/g, ' ').trim(), 70);
  const label = p.kind === 'instrument' ? capitalize(p.citation) : p.kind === 'meeting' || p.kind === 'annex' ? capitalize(p.citation) : labelOf(p);
  return words && p.kind !== 'instrument' && p.kind !== 'meeting' && p.kind !== 'annex' ? `${label} ${words}` : label;
}

function capitalize(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/**
 * An index entry named by what it resolves to: "Resolution 8/1 — annex I (h), (i); annex II 1 (d)",
 * "Working Group on International Cooperation, third meeting — (c), (d)". Undefined when the entry
 * resolves to nothing (the printed row is shown then).
 */
export function entryLabel(index: DatasetIndex, targets: string[]): string | undefined {
  const owners = new Map<string, { name: string; sections: Map<string, string[]> }>();
  for (const id of targets) {
    const part = index.part(id);
    if (!part) continue;
    const ctx = index.data.context.get(id) ?? {};
    const inst = ctx.instrument;
    const meeting = ctx.meeting;
    const ownerName = inst ? `${capitalize(inst.kind)} ${inst.symbol}` : meeting ? `Working Group on ${GROUP_NAMES[meeting.group]}, ${ordinal(meeting.number)} meeting` : capitalize(part.citation);
    const owner = owners.get(ownerName) ?? { name: ownerName, sections: new Map<string, string[]>() };
    owners.set(ownerName, owner);
    const section = inst && ctx.annex ? annexLabel(ctx.annex.key) : '';
    const labels = owner.sections.get(section) ?? [];
    owner.sections.set(section, labels);
    if (part.kind === 'instrument' || part.kind === 'annex' || part.kind === 'meeting') continue;
    labels.push(part.kind === 'pp' ? `PP ${part.num}` : pathLabel(part.path));
  }
  if (owners.size === 0) return undefined;
  return [...owners.values()]
    .map((o) => {
      const sections = [...o.sections.entries()].map(([sec, labels]) => [sec, labels.join(', ')].filter(Boolean).join(' '));
      const rest = sections.filter(Boolean).join('; ');
      return rest ? `${o.name} — ${rest}` : o.name;
    })
    .join(' · ');
}

function pathLabel(path: string[]): string {
  return path.map((x) => (/^\d+$/.test(x) ? x : `(${x.replace(/^pp/, 'PP ')})`)).join(' ');
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
          label: entryLabel(index, e.targets) ?? printedRow(e),
          printed: printedRow(e),
          description: e.notes.join('; '),
          problems: e.problems,
          // Marked too: the printed row alone does not say what was read.
          repairs: e.repairs,
          locator: e.locator,
          source: e.source,
          parts: e.targets.map((id) => index.part(id)).filter((p): p is Part => !!p).map((p) => ({ ...partNode(index, p, startOf(p), 0), children: [] })),
        })),
      })),
  }));
}

function printedRow(e: TopicEntry): string {
  return [e.instruments.join(', '), e.instruments.length ? e.paragraphs.replace(/\s*\([^()]{4,}(?:\([^()]*\)[^()]*)*\)/g, '') : '', !e.instruments.length ? `${e.symbol} ${e.paragraphs.replace(/\s*\([^()]{4,}\)/g, '')}` : ''].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim() || e.locator;
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
    const node = partNode(index, ip, `${inst.kind === 'resolution' ? 'Resolution' : 'Decision'} ${inst.symbol}`, 0);
    node.text = inst.title;
    if (inst.preamble.length) node.children.push({ id: `${inst.id}__preamble`, label: 'Preamble', citation: `${inst.kind} ${inst.symbol}, preamble`, text: `PP 1–${inst.preamble.length}`, source: inst.preamble[0].sources[0], where: sourceNames(index).where(inst.preamble[0].sources[0]), children: inst.preamble.map((p) => partNode(index, p, startOf(p), 0)) });
    if (inst.paragraphs.length) node.children.push({ id: `${inst.id}__body`, label: 'Paragraphs', citation: `${inst.kind} ${inst.symbol}`, text: '', source: inst.paragraphs[0].sources[0], where: sourceNames(index).where(inst.paragraphs[0].sources[0]), children: inst.paragraphs.map((p) => partNode(index, p, labelOf(p), 3)) });
    for (const a of inst.annexes) {
      const ap = index.part(a.id)!;
      node.children.push({ ...partNode(index, ap, annexLabel(a.key).replace(/^a/, 'A'), 0), children: a.items.map((p) => partNode(index, p, labelOf(p), 3)) });
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
          ...partNode(index, mp, `${toRoman(m.number)}. ${capitalizedOrdinal(m.number)} meeting${m.dates ? `, ${m.dates}` : ''}`, 0),
          children: m.recommendations.map((p) => partNode(index, p, labelOf(p), 3)),
          endorsedIn,
        };
      }),
  }));
  const reports = index.data.reports.map((r) => ({ ...partNode(index, index.part(r.id)!, r.subtitle, 0), children: r.paragraphs.map((p) => partNode(index, p, labelOf(p), 2)) }));
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
        const meetings = index.data.meetings.filter((m) => s.meetings.includes(m.id)).map((m) => partNode(index, index.part(m.id)!, `${meetingName(m.group, m.number)}${m.dates ? `, ${m.dates}` : ''}`, 0));
        return { label, instruments, session: partNode(index, index.part(s.id)!, label, 0), meetings };
      }),
    groups,
    reports,
  };
}

/** Every citable part with its citation (short and first-mention forms) and a preview: for the Insert Citation picker. */
export interface CitationEntry {
  id: string;
  /** The canonical citation, which place queries ("8/1 annex II") match. */
  citation: string;
  /** What is inserted: the short form of the citation style. */
  cite: string;
  /** The first-mention form, with date and title. */
  first: string;
  text: string;
  topics: string;
}

export function allCitations(index: DatasetIndex): CitationEntry[] {
  const out: CitationEntry[] = [];
  for (const p of index.data.parts.values()) {
    if (p.kind === 'report' || p.kind === 'meeting') continue;
    out.push({ id: p.id, citation: p.citation, cite: cite(index, p), first: citeFirst(index, p), text: truncateWords(p.text, 300), topics: (index.data.topicsByPart.get(p.id) ?? []).map((t) => t.topic.name).join(' · ') });
  }
  return out;
}
