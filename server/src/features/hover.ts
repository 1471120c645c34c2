// Hover: exactly the cited part under the cursor, as Markdown, with the findings of that part
// only (one item of a list shows its own findings, not its neighbours').

import type { Span } from '../grammar/reference';
import type { DatasetIndex } from '../index/datasetIndex';
import type { Problem } from '../resolver/resolve';
import type { Analysis } from './analyze';
import { capitalize, instrumentMarkdown, partMarkdown, type DescribeOptions } from './describe';
import { locate } from './locate';
import { selfPlaces } from './selfPlace';

export interface HoverResult {
  markdown: string;
  span: Span;
}

const MAX_TARGETS = 6;

const SEVERITY_WORD: Record<Problem['severity'], string> = { error: 'Error', warning: 'Warning', information: 'Note' };

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** A finding as the hover shows it: its severity and message; the code is the diagnostic's. */
function findingMarkdown(index: DatasetIndex, p: Problem): string {
  const line = `**${SEVERITY_WORD[p.severity]}:** ${p.message}`;
  // The covered list stays out of the message (short in Problems) and is given here, on request.
  if (p.code === 'unknown-instrument') return `${line}  \nThe indexed documents cover ${index.coverage()}.`;
  return line;
}

function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}

export function hoverAt(index: DatasetIndex, analysis: Analysis, offset: number, opts: DescribeOptions = {}): HoverResult | undefined {
  const hit = locate(analysis, offset);
  if (!hit) return undefined;
  const { resolution } = hit;
  const attr = resolution.reference.attribution;
  if (resolution.status === 'external' && attr) {
    // Another body's instrument: say whose, and why, so a wrong attribution is visible.
    const whose = attr.body === 'another body' ? 'not an instrument of the Conference of the Parties' : `an instrument of the ${attr.body}, not of the Conference of the Parties`;
    return { markdown: `**${capitalize(whose)}**, so it is not checked against the COP documents: ${attr.reason}.`, span: resolution.reference.span };
  }
  const all = resolution.problems;
  let mine: Problem[];
  const onTarget = hit.targets.filter((t) => offset >= t.span.start && offset <= t.span.end);
  if (hit.mention) {
    // "resolutions 5/1 and 10/4": each mention's span starts at the shared kind word, so a finding
    // belongs to the mention whose symbol (or date) it starts or ends in, or to the kind word.
    const m = hit.mention;
    const own = [{ start: m.span.end - m.symbol.length, end: m.span.end }, m.kindSpan, ...(m.date ? [m.date.span] : [])];
    const inside = (x: number, s: Span): boolean => x > s.start && x <= s.end;
    mine = all.filter((p) => own.some((s) => inside(p.span.end, s) || (p.span.start >= s.start && p.span.start < s.end && p.span.end <= s.end)));
  } else if (onTarget.length > 0) {
    mine = all.filter((p) => onTarget.some((t) => overlaps(p.span, t.span)));
  } else {
    const atCursor = all.filter((p) => offset >= p.span.start && offset <= p.span.end);
    mine = atCursor.length > 0 ? atCursor : all;
    // On a faulty component, its finding is the whole answer: the other items are not under the cursor.
    if (atCursor.length > 0) return { markdown: atCursor.map((p) => findingMarkdown(index, p)).join('\n\n'), span: atCursor[0].span };
  }
  const findings = mine.map((p) => findingMarkdown(index, p));
  if (hit.mention) {
    const inst = index.instrument(hit.mention.kind, hit.mention.symbol) ?? index.instrumentsWithSymbol(hit.mention.symbol)[0];
    const body = inst ? instrumentMarkdown(index, inst, opts) : '';
    const md = [...findings, body].filter(Boolean).join('\n\n');
    return md ? { markdown: md, span: hit.mention.span } : undefined;
  }
  const shown = hit.targets.slice(0, MAX_TARGETS).map((t) => partMarkdown(index, index.part(t.id)!, opts));
  if (hit.targets.length > MAX_TARGETS) shown.push(`… and ${hit.targets.length - MAX_TARGETS} more: ${hit.targets.slice(MAX_TARGETS).map((t) => t.citation).join('; ')}`);
  // The draft citing itself: the line it names, from the draft as it is now (the item under the cursor, else all).
  const places = selfPlaces(analysis, resolution);
  const under = places.filter((p) => offset >= p.item.span.start && offset <= p.item.span.end);
  for (const place of under.length > 0 ? under : places) shown.push(`In this draft:\n\n> ${escapeMarkdown(place.line)}`);
  if (resolution.status === 'external' && shown.length === 0) return undefined;
  // Whose it was read as, when the text around it decided ("the Working Group, at its eighth
  // session" after the group is named in full): shown so a wrong reading is visible.
  if (attr && resolution.status !== 'external' && shown.length > 0) shown.unshift(`*Read as the ${attr.body}'s: ${attr.reason}.*`);
  const md = [...findings, ...shown].join('\n\n---\n\n');
  if (!md) return undefined;
  // The range shown is one the cursor is in: the target's own words, else the whole reference
  // (on "CTOC/COP/WG.3/2015/4" in "…, para. 2 (h)" the range was "2 (h)").
  const one = hit.targets.length === 1 ? hit.targets[0].span : undefined;
  const span = one && offset >= one.start && offset <= one.end ? one : resolution.reference.span;
  return { markdown: md, span };
}
