// Completion, context-aware: instruments after "resolution ", annexes/paragraph/PP after an
// instrument and ", ", the items of an annex after "annex I, (", paragraphs after
// "paragraph ", the adoption date and title after "of ", and fuzzy search after "@".
// Each item replaces exactly the partly written component.

import { scanParsedOnly } from '../grammar/parser';
import type { DraftText } from './chunkedText';
import type { Reference, Span } from '../grammar/reference';
import { annexOf, type DatasetIndex } from '../index/datasetIndex';
import { annexLabel } from '../model/naming';
import { formatIsoDate, truncateWords } from '../model/text';
import type { Instrument, Part } from '../model/types';
import { capitalize, partMarkdown, structureSummary, type DescribeOptions } from './describe';
import { searchParts } from './search';
import { sessionCompletions } from './sessionCompletion';

export type CompletionKind = 'instrument' | 'annex' | 'paragraph' | 'keyword' | 'date' | 'title' | 'search';

export interface CompletionCandidate {
  label: string;
  kind: CompletionKind;
  detail?: string;
  documentation?: string;
  insertText: string;
  /** The text this item replaces. */
  replace: Span;
  sortText?: string;
  filterText?: string;
  /** Ask the editor for completions again after inserting (e.g. after "annex I, "). */
  retrigger?: boolean;
}

function flatten(parts: Part[]): Part[] {
  const out: Part[] = [];
  const walk = (ps: Part[]): void => {
    for (const p of ps) {
      out.push(p);
      walk(p.children);
    }
  };
  walk(parts);
  return out;
}

function labelOf(path: string[]): string {
  return path.map((x) => (/^\d+$/.test(x) ? x : `(${x})`)).join(' ');
}

/** Completions at `offset`, from the line before it (at most 400 characters of it). */
export function completionsAt(index: DatasetIndex, text: Pick<DraftText, 'slice'>, offset: number, opts: DescribeOptions = {}): CompletionCandidate[] {
  const from = Math.max(0, offset - 400);
  const near = text.slice(from, offset);
  const lineStart = from + near.lastIndexOf('\n') + 1;
  const prefix = text.slice(lineStart, offset);

  // "@electronic evidence": fuzzy search, inserting the canonical citation.
  // "@" then up to 40 characters of words: longer queries are not searches any more.
  const at = /(?:^|[\s(“"‘])@([A-Za-z][^@\n]{1,39})$/.exec(prefix);
  if (at) {
    const replace = { start: offset - at[1].length - 1, end: offset };
    return searchParts(index, at[1], 30).map((h, i) => ({
      label: h.part.citation,
      kind: 'search' as const,
      detail: truncateWords(h.part.text, 90),
      documentation: partMarkdown(index, h.part, opts),
      insertText: h.part.citation,
      replace,
      sortText: String(i).padStart(4, '0'),
      filterText: `@${at[1]}`,
    }));
  }

  // Sessions and Working Group meetings (sessionCompletion.ts).
  const sessions = sessionCompletions(index, prefix, offset, opts);
  if (sessions) return sessions;

  // "resolution 8/" or "decisions " → instruments of that kind.
  const kindM = /\b([Rr]esolutions\s+(?:\d{1,2}\/\d{1,4}(?:,\s*|\s+and\s+))*|[Dd]ecisions\s+(?:\d{1,2}\/\d{1,4}(?:,\s*|\s+and\s+))*|[Rr]esolution\s+|[Dd]ecision\s+)(\d{0,2}\/?\d{0,4})$/.exec(prefix);
  if (kindM && !/\b(?:General Assembly|Assembly|Council)\s+$/.test(prefix.slice(0, kindM.index))) {
    const kind = kindM[1].toLowerCase().startsWith('res') ? 'resolution' : 'decision';
    const replace = { start: offset - kindM[2].length, end: offset };
    return index.data.instruments
      .filter((i) => i.kind === kind)
      .map((i) => ({
        label: i.symbol,
        kind: 'instrument' as const,
        detail: i.title,
        documentation: `${capitalize(i.kind)} ${i.symbol}${i.adoption ? ` of ${formatIsoDate(i.adoption.iso)}` : ''}\n\n${structureSummary(i)}`,
        insertText: i.symbol,
        replace,
        sortText: `${String(i.session).padStart(2, '0')}${String(i.number).padStart(2, '0')}`,
      }));
  }

  // After a complete instrument reference: find the reference that ends right before the cursor.
  // The references as parsed, without the unread material a reference may be widened over:
  // the cursor sits right after what was parsed ("resolution 5/8, paragraph |").
  const refs = scanParsedOnly(prefix);
  const ref = [...refs].reverse().find((r) => r.kind === 'cop' && r.instruments.length === 1);
  if (!ref) return [];
  const m = ref.instruments[0];
  const inst = index.instrument(m.kind, m.symbol) ?? index.instrumentsWithSymbol(m.symbol)[0];
  if (!inst) return [];
  const tail = prefix.slice(ref.span.end);
  const abs = (n: number): number => lineStart + n;
  const lastItem = ref.items[ref.items.length - 1];
  const annexKey = lastItem?.annex?.key;

  // "resolution 8/1 of " → the adoption date, then ", entitled “…”".
  const ofM = /^\s+of\s+([\w ]*)$/.exec(tail);
  if (ofM && ref.items.length === 0) {
    const replace = { start: offset - ofM[1].length, end: offset };
    if (!inst.adoption) return [];
    const date = formatIsoDate(inst.adoption.iso);
    return [
      { label: date, kind: 'date', detail: `adoption date of ${inst.kind} ${inst.symbol}`, insertText: date, replace, documentation: `Stated at ${inst.adoption.foundAt.file}:${inst.adoption.foundAt.line}` },
      { label: `${date}, entitled “${inst.title}”`, kind: 'title', detail: 'date and title', insertText: `${date}, entitled “${inst.title}”`, replace },
    ];
  }
  const titleM = /^(,?\s*(?:e[a-z]*)?)$/.exec(tail);
  if (titleM && m.date && ref.items.length === 0 && !ref.title) {
    const replace = { start: offset - titleM[1].length, end: offset };
    return [{ label: `, entitled “${inst.title}”`, kind: 'title', detail: `title of ${inst.kind} ${inst.symbol}`, insertText: `, entitled “${inst.title}”`, replace, filterText: titleM[1] }];
  }

  // ", annex I, (" or ", annex I, " → the items of that annex.
  const itemM = /^\s*,\s*(\(?[a-z0-9]*\)?)$/.exec(tail);
  if (itemM && annexKey !== undefined && lastItem.path.length === 0) {
    const a = annexOf(inst, annexKey);
    if (!a) return [];
    const replace = { start: offset - itemM[1].length, end: offset };
    return flatten(a.items).map((p, i) => paragraphItem(index, p, replace, i, opts));
  }
  // ", paragraph " / ", para. " / ", subparagraph (" → the paragraphs (of the annex in force).
  const paraM = /^\s*,\s*(?:(?:sub)?paragraphs?|paras?\.)\s*(\(?[a-z0-9]*\)?)$/.exec(tail);
  if (paraM) {
    const list = annexKey !== undefined ? annexOf(inst, annexKey)?.items ?? [] : inst.paragraphs;
    const replace = { start: offset - paraM[1].length, end: offset };
    return flatten(list).map((p, i) => paragraphItem(index, p, replace, i, opts));
  }
  const ppM = /^\s*,\s*(?:PP|preambular paragraphs?)\s*(\d*)$/.exec(tail);
  if (ppM) {
    const replace = { start: offset - ppM[1].length, end: offset };
    return inst.preamble.map((p, i) => ({ ...paragraphItem(index, p, replace, i, opts), label: `PP ${p.num}`, insertText: p.num, filterText: p.num }));
  }
  const annexM = /^\s*,\s*annex\s*([IVX]*)$/.exec(tail);
  if (annexM) {
    const replace = { start: offset - annexM[0].replace(/^\s*,\s*/, '').length, end: offset };
    return inst.annexes.map((a, i) => annexItem(inst, a.key, a.heading, replace, i));
  }
  // ", " after the instrument → its annexes, "paragraph", "PP".
  const commaM = /^\s*,\s*([A-Za-z]*)$/.exec(tail);
  if (commaM && ref.items.length === 0) {
    const replace = { start: offset - commaM[1].length, end: offset };
    const out: CompletionCandidate[] = inst.annexes.map((a, i) => annexItem(inst, a.key, a.heading, replace, i));
    if (inst.paragraphs.length) out.push({ label: 'paragraph', kind: 'keyword', detail: `paragraphs ${structureSummary({ ...inst, preamble: [], annexes: [] }).replace(/^paragraphs /, '')}`, insertText: 'paragraph ', replace, sortText: '1', retrigger: true });
    if (inst.preamble.length) out.push({ label: 'PP', kind: 'keyword', detail: `preambular paragraphs PP 1–${inst.preamble.length}`, insertText: 'PP ', replace, sortText: '2', retrigger: true });
    return out;
  }
  void abs;
  return [];
}

function annexItem(inst: Instrument, key: string, heading: string, replace: Span, i: number): CompletionCandidate {
  return {
    label: annexLabel(key),
    kind: 'annex',
    detail: heading || `${annexLabel(key)} of ${inst.kind} ${inst.symbol}`,
    insertText: `${annexLabel(key)}, `,
    replace,
    sortText: `0${i}`,
    retrigger: true,
  };
}

function paragraphItem(index: DatasetIndex, p: Part, replace: Span, i: number, opts: DescribeOptions): CompletionCandidate {
  const label = labelOf(p.path);
  return {
    label,
    kind: 'paragraph',
    detail: truncateWords(p.text, 80),
    documentation: partMarkdown(index, p, { ...opts, maxText: 600 }),
    insertText: label,
    replace,
    sortText: String(i).padStart(4, '0'),
    filterText: label,
  };
}

export type { Reference };
