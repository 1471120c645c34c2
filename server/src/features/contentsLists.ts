// Contents lists: "3/4. Recommendations of the open-ended interim working group …" lines under a
// heading of decisions or resolutions ("Decisions adopted by the Conference at its third
// session") are references to those instruments, with their titles checked. Whether a line is
// one depends on the heading above it, which may sit in the block before: a pass after parsing,
// over the lines of a block with the heading that governs it.

import type { InstrumentKind } from '../model/types';
import type { Reference } from '../grammar/reference';
import { softWrapped } from '../grammar/draftOutline';

/** "3/4. Title": the symbol and the title of one contents line (the line may start with list markup). */
const LINE_RE = /^([ \t>*_#-]*)(\d{1,2})\/(\d{1,4})\.[ \t]+(\S.*?)[ \t]*$/gm;
const HEADING_RE = /\b(resolutions?|decisions?)\b/i;

export type ContentsKind = InstrumentKind | 'both';

/** The kind a heading line announces, if it is a heading of decisions or resolutions. */
export function headingKind(line: string): ContentsKind | undefined {
  const t = line.replace(/[*_#>]/g, '').trim();
  if (t.length === 0 || t.length > 200 || /[.;:,]$/.test(t) || /^\d{1,2}\/\d{1,4}\./.test(t)) return undefined;
  if (!HEADING_RE.test(t)) return undefined;
  // A heading starts with a capital, a numbering or the kind word: "B. Resolutions and decisions …".
  if (!/^(?:[A-Z]|[IVX]+\.|\d+\.)/.test(t)) return undefined;
  const res = /\bresolutions?\b/i.test(t);
  const dec = /\bdecisions?\b/i.test(t);
  return res && dec ? 'both' : res ? 'resolution' : 'decision';
}

/** Whether a block holds contents lines at all (cheap test before looking for a heading). */
export function hasContentsLines(block: string): boolean {
  // Every contents line has a slash: one search for a character decides most blocks.
  if (!block.includes('/')) return false;
  LINE_RE.lastIndex = 0;
  return LINE_RE.test(block);
}

/**
 * The heading that governs the first line of a block: the last line before it that is neither
 * blank nor itself a contents line (a list may have blank lines between its items).
 */
export function headingBefore(textBefore: string): string | undefined {
  // A contents line wrapped over two lines is one line ("4/2. Implementation of the provisions on⏎international cooperation").
  const lines = softWrapped(textBefore).split(/\r\n|\r|\n/);
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i].trim() === '') continue;
    LINE_RE.lastIndex = 0;
    if (LINE_RE.test(lines[i])) continue;
    return lines[i];
  }
  return undefined;
}

/**
 * The contents lines of one block, as references. `outer` is the heading line before the block;
 * a heading inside the block governs the lines after it. Lines that another reference already
 * covers are left alone; `kindOf` names the kind of a symbol under a heading of both kinds.
 */
/** Removes the references the grammar found inside the titles of contents lines: a title is quoted text. */
export function withoutTitleReferences(refs: Reference[]): Reference[] {
  const titles = refs.filter((r) => r.contentsLine && r.title).map((r) => r.title!.span);
  if (titles.length === 0) return refs;
  return refs.filter((r) => r.contentsLine || !titles.some((t) => r.span.start >= t.start && r.span.end <= t.end));
}

export function contentsReferences(block: string, outer: string | undefined, taken: Reference[], kindOf: (symbol: string) => InstrumentKind | undefined): Reference[] {
  const out: Reference[] = [];
  let kind = outer !== undefined ? headingKind(outer) : undefined;
  let lastLineEnd = 0;
  LINE_RE.lastIndex = 0;
  for (let m = LINE_RE.exec(block); m; m = LINE_RE.exec(block)) {
    // Headings between the previous contents line and this one.
    for (const l of block.slice(lastLineEnd, m.index).split(/\r\n|\r|\n/)) {
      if (l.trim() === '') continue;
      kind = headingKind(l);
    }
    lastLineEnd = m.index + m[0].length;
    if (!kind) continue;
    const symStart = m.index + m[1].length;
    const symbol = `${m[2]}/${m[3]}`;
    const symEnd = symStart + symbol.length;
    if (taken.some((r) => r.span.start < symEnd && r.span.end > symStart)) continue;
    const mentionKind = kind === 'both' ? kindOf(symbol) ?? 'resolution' : kind;
    const titleStart = lastLineEnd - m[4].length;
    out.push({
      kind: 'cop',
      span: { start: symStart, end: lastLineEnd },
      instruments: [{ kind: mentionKind, kindSpan: { start: symStart, end: symEnd }, symbol, session: Number(m[2]), number: Number(m[3]), span: { start: symStart, end: symEnd } }],
      items: [],
      title: { text: m[4].replace(/[*_]/g, '').replace(/\s+/g, ' ').trim(), span: { start: titleStart, end: lastLineEnd } },
      contentsLine: true,
    });
  }
  return out;
}
