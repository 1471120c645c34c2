// Human descriptions of parts and instruments, shared by hover, completion and the views.

import { annexOf, labelReadingsAt, type DatasetIndex, type Topic } from '../index/datasetIndex';
import { sourceNames } from '../index/sourceNames';
import { annexLabel, meetingName, ordinal, sessionName } from '../model/naming';
import { formatIsoDate, toRoman, truncateWords } from '../model/text';
import type { Instrument, Part, Session } from '../model/types';
import { describeLabels } from '../resolver/resolve';

export function capitalize(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/** "PP 1–8 · paragraphs 1–20 · annex I (a)–(o) · annex II 1–3" */
export function structureSummary(inst: Instrument): string {
  const parts: string[] = [];
  if (inst.preamble.length > 0) parts.push(`PP 1–${inst.preamble.length}`);
  if (inst.paragraphs.length > 0) parts.push(`paragraphs ${describeLabels(inst.paragraphs)}`);
  for (const a of inst.annexes) {
    const items = a.items.length > 0 ? ` ${describeLabels(a.items)}` : '';
    parts.push(`${annexLabel(a.key)}${items}`);
  }
  return parts.join(' · ');
}

export function adoptionLine(inst: Instrument): string {
  const s = inst.sessionInfo;
  const session = `${ordinal(inst.session)} session${s.dates ? `, ${s.dates}` : ''}`;
  const adopted = inst.adoption ? `adopted ${formatIsoDate(inst.adoption.iso)}` : 'adoption date not stated in the sources';
  return `${adopted} · ${session}${inst.reportSymbol ? ` · report ${inst.reportSymbol}` : ''}`;
}

/** A source location named for people ("Resolution 9/3, annex I — line 40"), linked to its exact line. */
function link(index: DatasetIndex, root: string | undefined, file: string, line: number): string {
  const label = sourceNames(index).where({ file, line });
  if (!root) return label;
  return `[${label}](${fileUri(root, file)}#L${line})`;
}

export function fileUri(root: string, file: string): string {
  const abs = isAbsolute(file) ? file.replace(/\\/g, '/') : `${root.replace(/\\/g, '/').replace(/\/$/, '')}/${file}`;
  return `file://${abs.startsWith('/') ? '' : '/'}${abs.split('/').map(encodeURIComponent).join('/')}`;
}

function isAbsolute(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p);
}

export interface DescribeOptions {
  /** Absolute folder that `data/…` paths are relative to; links are made when given. */
  root?: string;
  maxText?: number;
}

export function instrumentMarkdown(index: DatasetIndex, inst: Instrument, opts: DescribeOptions = {}): string {
  const lines = [
    `**${capitalize(inst.kind)} ${inst.symbol}** — ${inst.title}`,
    '',
    adoptionLine(inst),
    '',
    structureSummary(inst),
    '',
    `Source: ${inst.sources.map((s) => link(index, opts.root, s.file, s.line)).join(' · ')}`,
  ];
  return lines.join('\n');
}

/** Heading, clean text, where it comes from, endorsement and topics: the hover of one part. */
/** A session: when and where, what it adopted, the Working Group meetings held during it, its report. */
export function sessionMarkdown(index: DatasetIndex, s: Session, opts: DescribeOptions = {}): string {
  const adopted = index.data.instruments.filter((i) => s.instruments.includes(i.id));
  const meetings = index.data.meetings.filter((m) => s.meetings.includes(m.id));
  const lines = [
    `**${capitalize(sessionName(s.number))}** (COP${s.number})`,
    '',
    `${s.dates ?? 'dates not stated in the sources'} · ${s.venue ? `held in ${s.venue}` : 'venue not stated in the sources'}${s.reportSymbol ? ` · report ${s.reportSymbol}` : ''}`,
    '',
    adopted.length ? `Adopted:\n${adopted.map((i) => `- ${capitalize(i.kind)} ${i.symbol}: ${i.title}`).join('\n')}` : 'Adopted: no instrument in the indexed documents',
  ];
  if (meetings.length) lines.push('', `Working Group meetings held during it: ${meetings.map((m) => `${meetingName(m.group, m.number)} (${m.dates ?? ''})`).join('; ')}`);
  lines.push('', `Source: ${s.sources.map((x) => link(index, opts.root, x.file, x.line)).join(' · ')}`);
  return lines.join('\n');
}

/** Recommendations listed under a meeting's lead-in in its hover (the longest list has 31). */
const MEETING_ITEMS_SHOWN = 12;

export function partMarkdown(index: DatasetIndex, part: Part, opts: DescribeOptions = {}): string {
  if (part.kind === 'session') {
    const s = index.data.context.get(part.id)?.session;
    if (s) return sessionMarkdown(index, s, opts);
  }
  if (part.kind === 'instrument') {
    const inst = index.data.instruments.find((i) => i.id === part.id);
    if (inst) return instrumentMarkdown(index, inst, opts);
  }
  const ctx = index.data.context.get(part.id) ?? {};
  const head: string[] = [`**${capitalize(part.citation)}**`];
  const inst = ctx.instrument;
  if (inst) {
    const date = inst.adoption ? ` of ${formatIsoDate(inst.adoption.iso)}` : '';
    head.push(`${capitalize(inst.kind)} ${inst.symbol}${date}, “${inst.title}”`);
  }
  if (ctx.annex && ctx.annex.heading) head.push(`${capitalize(annexLabel(ctx.annex.key))}: ${ctx.annex.heading}`);
  if (part.section) head.push(`Section: ${part.section}`);
  const out: string[] = [head.join('  \n'), ''];
  const text = truncateWords(part.text, opts.maxText ?? 1200);
  // A meeting printed with its recommendations and no lead-in has no text of its own: no empty quotation.
  if (text.trim()) out.push(text.split('\n').map((l) => `> ${l}`).join('\n'));
  if (part.children.length > 0 && part.kind !== 'annex' && part.kind !== 'report') {
    // A meeting's recommendations under its lead-in ("The following recommendations were
    // formulated …") are what a citation of it means: listed, the first of a long list.
    const shown = part.kind === 'meeting' ? part.children.slice(0, MEETING_ITEMS_SHOWN) : part.children;
    const rest = part.children.length - shown.length;
    const more = rest > 0 ? `\n- … and ${rest} more, to (${part.children[part.children.length - 1].num})` : '';
    if (out[out.length - 1] !== '') out.push('');
    out.push(`${shown.map((c) => `- (${c.num}) ${truncateWords(c.text, 160)}`).join('\n')}${more}`);
  }
  out.push('');
  out.push(`Source: ${part.sources.map((s) => link(index, opts.root, s.file, s.line)).join(' · ')}`);
  // The note names other lines by path (as `resref audit` prints it): named here as the hover names places.
  const place = (m: string): string => m.replace(/(data\/sources\/[^\s:;,]+):(\d+)/g, (_, file: string, line: string) => sourceNames(index).where({ file, line: Number(line) }));
  for (const s of part.sources) for (const a of labelReadingsAt(index.data, s)) out.push('', `Printed otherwise: ${sourceNames(index).where(s)} ${place(a.message)}`);
  const m = ctx.meeting;
  if (m) {
    const meeting = `${meetingName(m.group, m.number)} (${toRoman(m.number)}${m.dates ? `, ${m.dates}` : ''}${m.reportSymbol ? `, ${m.reportSymbol}` : ''})`;
    const endorsed = inst && ctx.annex ? `; endorsed in ${inst.kind} ${inst.symbol}, ${annexLabel(ctx.annex.key)}` : '';
    // The meeting itself is no recommendation (its text may say that none emanated from it).
    if (part.kind === 'meeting') out.push('', `Meeting: the ${meeting}${endorsed ? `; its recommendations${endorsed.slice(1)}` : ''}`);
    else out.push('', `Recommendation of the ${meeting}${endorsed}`);
  }
  if (part.aliases && part.aliases.length) out.push('', `Also cited as: ${part.aliases.join('; ')}`);
  const report = index.data.reports.flatMap((r) => r.reportsOn.filter((x) => x.paragraph === part.id).map((x) => index.part(x.reportParagraphId)!));
  if (report.length) out.push('', `Reported on in: ${report.map((p) => p.citation).join('; ')}`);
  const reported = index.data.reports.flatMap((r) => r.reportsOn.filter((x) => x.reportParagraphId === part.id && x.paragraph)).map((x) => index.part(x.paragraph!)!.citation);
  if (reported.length) out.push('', `Reports on: ${reported.join('; ')}`);
  const topics = index.data.topicsByPart.get(part.id) ?? [];
  if (topics.length) {
    out.push('', `Topics: ${topics.map((t) => `${t.topic.name} (${t.topic.index === 'IC' ? 'International Cooperation' : 'Technical Assistance'} index${disputedNote(t)})`).join('; ')}`);
  }
  return out.join('\n');
}

/**
 * A topic given to a part by one column of an index row that the other contradicts: said, with
 * the row, so that the topic is not taken for the index's word (`resref audit` lists the row).
 */
function disputedNote(t: { topic: Topic; entryIndex: number; disputed?: 'locator' | 'paragraph column' }): string {
  if (!t.disputed) return '';
  const e = t.topic.entries[t.entryIndex];
  // The columns can run to hundreds of characters: their opening words say which row it is.
  const column = `its paragraph column “${truncateWords(e.paragraphs, 70)}”`;
  const locator = `its locator “${truncateWords(e.locator, 70)}”`;
  const [given, other] = t.disputed === 'locator' ? [locator, column] : [column, locator];
  return `, doubtful: only ${given} gives this paragraph; ${other} does not (row at ${e.source.file}:${e.source.line})`;
}

/** Instrument of a part id, when it has one. */
export function instrumentOf(index: DatasetIndex, id: string): Instrument | undefined {
  return index.data.context.get(id)?.instrument;
}

export function annexItemsSummary(inst: Instrument, key: string): string {
  const a = annexOf(inst, key);
  return a ? describeLabels(a.items) : '';
}
