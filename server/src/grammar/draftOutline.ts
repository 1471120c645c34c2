// The structure of the draft itself, as its lines show it: operative paragraphs numbered "1.",
// "2.", …, subparagraphs "(a)", "(b)", … under them, and annexes headed "Annex" or "Annex I" on a
// line of their own. "Paragraph 7 of the present resolution" and "annex III to the present
// resolution" are checked against it (resolver/selfReference.ts). A draft is read as blocks
// (features/analyze.ts): each block's line heads are read once with the block and kept with it,
// so that after an edit the outline is folded again from the blocks, not read from the text.

import { holdsLineTerminator, letterAt, letterIndex, lineBreakAt, romanLabelValue, toRoman } from '../model/text';

/**
 * One line head of a block: "n7" (paragraph 7.), "s:b" (subparagraph (b)), "a:II" (annex II),
 * "a:" (Annex), "k:decision" (a title line: "Draft decision", "Austria: draft resolution", "Resolution 9/3").
 */
export type LineHead = string;

// Markdown may stand before a head ("> ", "## ", "**"); a head is a number and a full stop, a
// parenthesised letter or small Roman numeral, or "Annex" with an optional numeral and nothing
// else on its line but a full stop, or a colon or a dash and its title ("Annex:", "Annex I —
// Recommendations").
const HEAD = /^[\ufeff \t\u00a0>]*(?:#{1,6}[ \t\u00a0]+)?[*_]{0,3}[ \t\u00a0]*(?:(\d{1,3})\.(?=[ \t\u00a0*_]|$)|\(([a-z]{1,2}|[ivxl]{1,6})\)(?=[ \t\u00a0*_]|$)|[Aa][Nn][Nn][Ee][Xx](?:[ \t\u00a0]+([IVXLC]{1,6}|\d{1,2}))?[*_]{0,3}(?:[ \t\u00a0]*\.|[ \t\u00a0]*:(?:[ \t\u00a0]+[^\n\r]{1,120})?|[ \t\u00a0]+[–—-][ \t\u00a0]+[^\n\r]{1,120})?[ \t\u00a0]*[*_]{0,3}[ \t\u00a0]*$)/gm;
const HEAD_AT = new RegExp(HEAD.source, 'my');

/**
 * Whether the line that starts at `lineStart` opens a new part of the draft: an annex heading
 * ("Annex III", capitalised), or a paragraph number or label followed by a capital ("13. Decides",
 * "(a) To act"). A wrapped citation's next line ("(h) and (j)", "annex III") does not.
 */
function isLineHeadAt(text: string, lineStart: number): boolean {
  HEAD_AT.lastIndex = lineStart;
  const m = HEAD_AT.exec(text);
  if (!m) return false;
  const annex = /[Aa][Nn][Nn][Ee][Xx]/.exec(m[0]);
  if (annex) return annex[0].charCodeAt(0) === 65;
  let q = HEAD_AT.lastIndex;
  while (q < text.length && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 0xa0 || text.charCodeAt(q) === 9 || text.charCodeAt(q) === 42 || text.charCodeAt(q) === 95)) q++;
  const c = text.charAt(q);
  return c !== '' && c !== c.toLowerCase();
}

// A line that opens an item of its own: a Markdown list item, a contents line ("3/4. Title").
const ITEM_LINE = /[\ufeff \u00a0]*(?:>[ \u00a0>]*)?(?:[-+*•][ \u00a0]|\d{1,2}\/\d{1,4}\.[ \u00a0])/y;
// A line that stands apart from the lines before and after it: a heading, a table row, a code
// fence, a comment, a rule or setext underline, a blank line.
const APART_LINE = /[\ufeff \u00a0]*(?:>[ \u00a0>]*)?(?:#{1,6}(?:[ \u00a0]|$)|\||```|~~~|<!--|[-=*_ \u00a0]{3,}$|[ \t\u00a0]*$)/my;

/**
 * Whether a line break stands between `from` and `at` and the line after the last one opens a new
 * part of the draft (`isLineHeadAt`): what stands there is not more of a citation that ends at `from`.
 */
export function opensPartAfter(text: string, from: number, at: number): boolean {
  for (let q = at - 1; q >= from; q--) {
    const c = text.charCodeAt(q);
    if (c === 10 || c === 13) return isLineHeadAt(text, q + 1) || opensItemAt(text, q + 1);
  }
  return false;
}

/** Whether the line that starts at `lineStart` opens an item (a list item, a contents line) or stands apart (a heading, a table row). */
function opensItemAt(text: string, lineStart: number): boolean {
  ITEM_LINE.lastIndex = lineStart;
  if (ITEM_LINE.test(text)) return true;
  APART_LINE.lastIndex = lineStart;
  const m = APART_LINE.exec(text);
  return m !== null && m[0].trim() !== '';
}

// A title line ("Draft decision", "Austria and Italy: draft resolution", "Resolution 9/3"): read on a
// block's first line when it is short, not at every line start (the sponsor's prefix made the
// pattern read up to 80 characters of every line of prose).
// A sponsor before a colon only with "draft" after it ("Austria and Italy: draft resolution"), so
// that "Agenda item 3: resolution 8/1" or "Subject: decision" names nothing.
// "Revised draft resolution" and "Draft resolution submitted by the President" are title lines too
// (they were prose, and "the present decision" under them passed).
const TITLE = /^[\ufeff \t\u00a0>]*(?:#{1,6}[ \t\u00a0]+)?[*_]{0,3}[ \t\u00a0]*(?:[^\n\r:*]{1,80}:[ \t\u00a0]*(?:(?:[Rr]evised|REVISED)[ \t\u00a0]+)?(?:[Dd]raft|DRAFT)[ \t\u00a0]+|(?:(?:(?:[Rr]evised|REVISED)[ \t\u00a0]+)?(?:[Dd]raft|DRAFT)[ \t\u00a0]+)?)([Rr]esolution|[Dd]ecision|RESOLUTION|DECISION)(?:[ \t\u00a0]+[0-9IVXL]{1,4}(?:\/[0-9]{1,3})?)?(?:[ \t\u00a0]+(?:submitted|proposed|presented|SUBMITTED|PROPOSED|PRESENTED)[ \t\u00a0]+(?:by|BY)[ \t\u00a0]+[^\n\r*_]{1,80})?[ \t\u00a0]*[*_]{0,3}[ \t\u00a0]*$/;
const TITLE_MAX = 120;

/** The title head of a block whose first line is a title line. */
function titleHead(blockText: string): LineHead | undefined {
  const head = blockText.length > TITLE_MAX ? blockText.slice(0, TITLE_MAX + 1) : blockText;
  const eol = lineBreakAt(head);
  if (eol < 0 && head.length > TITLE_MAX) return undefined;
  const line = eol < 0 ? head : head.slice(0, eol);
  const m = TITLE.exec(line);
  return m ? `k:${m[1].toLowerCase()}|${line.replace(/^[\s>#*_\ufeff]+|[\s*_]+$/g, '')}` : undefined;
}

/**
 * "annex." or "annex:" in lower case alone on a line ends a hard-wrapped sentence ("contained in
 * the⏎annex."): only a capitalised "Annex" heads an annex with a stop, a colon or a title after it.
 */
function wrappedAnnex(m: RegExpExecArray): boolean {
  const w = m[0].search(/[Aa][Nn][Nn][Ee][Xx]/);
  return w >= 0 && m[0].charCodeAt(w) === 97 && /[.:–—-]/.test(m[0].slice(w + 5));
}

/** The line heads of one block, in order. */
export function lineHeadsOf(blockText: string): LineHead[] {
  // Read for every block of every draft: no object per head.
  const out: LineHead[] = [];
  const title = titleHead(blockText);
  if (title) out.push(title);
  // A block of one line (most paragraphs) has a head at its start or none: one anchored try,
  // not a search of the whole block for where a line could start.
  if (!holdsLineTerminator(blockText)) {
    HEAD_AT.lastIndex = 0;
    const m = HEAD_AT.exec(blockText);
    if (m && !wrappedAnnex(m)) out.push(headOf(m));
    return out;
  }
  HEAD.lastIndex = 0;
  for (let m = HEAD.exec(blockText); m; m = HEAD.exec(blockText)) {
    if (wrappedAnnex(m)) continue;
    out.push(headOf(m));
    // An empty match cannot happen (every alternative reads a character), but never loop on one.
    if (m[0].length === 0) HEAD.lastIndex++;
  }
  return out;
}

function headOf(m: RegExpExecArray): LineHead {
  if (m[1] !== undefined) return `n${Number(m[1])}`;
  if (m[2] !== undefined) return `s:${m[2]}`;
  return `a:${m[3] === undefined ? '' : /^\d/.test(m[3]) ? toRoman(Number(m[3])) : m[3]}`;
}

/** The line heads of one block with the offset of each line (the hover shows the line). */
export function lineHeadsAt(blockText: string): { head: LineHead; at: number }[] {
  const out: { head: LineHead; at: number }[] = [];
  const title = titleHead(blockText);
  if (title) out.push({ head: title, at: 0 });
  HEAD.lastIndex = 0;
  for (let m = HEAD.exec(blockText); m; m = HEAD.exec(blockText)) {
    if (wrappedAnnex(m)) continue;
    out.push({ head: headOf(m), at: m.index });
    if (m[0].length === 0) HEAD.lastIndex++;
  }
  return out;
}

/**
 * Where the draft holds what a self-reference's item names: the block and the index of the line
 * head (its paragraph number, subparagraph label or annex heading), read as `foldOutline` reads them.
 */
export function findInOutline(blocks: readonly (readonly LineHead[])[], annex: string | undefined, path: readonly string[]): { block: number; head: number } | undefined {
  // `null`: the operative part, before any annex heading ('' is an annex headed "Annex").
  const target = annex ?? null;
  let region: string | null = null;
  let paragraph: string | undefined;
  const want = path[0] === undefined ? undefined : `n${Number(path[0])}`;
  for (let b = 0; b < blocks.length; b++) {
    const heads = blocks[b];
    for (let h = 0; h < heads.length; h++) {
      const head = heads[h];
      if (head.startsWith('a:')) {
        region = head.slice(2);
        paragraph = undefined;
        if (region === target && want === undefined) return { block: b, head: h };
      } else if (region !== target) {
        continue;
      } else if (head.charCodeAt(0) === 110 /* n */) {
        paragraph = head;
        if (head === want && path.length === 1) return { block: b, head: h };
      } else if (paragraph === want && path.length === 2 && head === `s:${path[1]}`) {
        return { block: b, head: h };
      }
    }
  }
  return undefined;
}

/** The subparagraph labels at line starts under one paragraph. */
export interface SubList {
  /** First-level labels in sequence: (a), (b), … or (i), (ii), …. */
  labels: string[];
  /** A label out of sequence ("(c)" first, "(b)" after "(d)"): a list begun inside the paragraph's own line, or prose. */
  irregular?: string;
}

/** The numbered paragraphs of the operative part or of one annex. */
export interface OutlineRegion {
  /** Paragraph numbers in the order the draft gives them. */
  numbers: number[];
  subs: Map<number, SubList>;
  /** A number not greater than the one before it: the numbering starts again (several texts in one file?). */
  restart?: { after: number; at: number };
}

export interface DraftOutline {
  /** Paragraphs before the first annex heading. */
  operative: OutlineRegion;
  /** Annexes in the order of their headings ('' for "Annex" without a numeral). */
  annexes: string[];
  annex: Map<string, OutlineRegion>;
  /** An annex heading given twice ("Annex I" … "Annex I"). */
  repeatedAnnex?: string;
  /** What the draft is, from its title line before any annex ("Draft decision"), and that line. */
  kind?: 'resolution' | 'decision';
  title?: string;
  /** Another title line before any annex ("Draft resolution I" … "Draft decision"): several texts in one file. */
  secondTitle?: string;
}

function region(): OutlineRegion {
  return { numbers: [], subs: new Map() };
}

/** The label after `last` in its sequence: "b" after "a", "iv" after "iii". */
function nextLabel(last: string, roman: boolean): string | undefined {
  if (roman) {
    const v = romanLabelValue(last);
    return v === undefined ? undefined : toRoman(v + 1).toLowerCase();
  }
  const i = letterIndex(last);
  return i === undefined ? undefined : letterAt(i + 1);
}

function addSub(list: SubList | undefined, label: string): SubList {
  if (!list) return label === 'a' || label === 'i' ? { labels: [label] } : { labels: [], irregular: label };
  if (list.irregular !== undefined) return list;
  const roman = list.labels[0] === 'i';
  const last = list.labels[list.labels.length - 1];
  if (label === nextLabel(last, roman)) list.labels.push(label);
  // "(i)", "(ii)" under "(a)": a second level, which is not read.
  else if (!roman && romanLabelValue(label) !== undefined) return list;
  else list.irregular = label;
  return list;
}

/** The outline from the line heads of the draft's blocks, in order. */
export function foldOutline(blocks: readonly (readonly LineHead[])[]): DraftOutline {
  const outline: DraftOutline = { operative: region(), annexes: [], annex: new Map() };
  let current = outline.operative;
  let paragraph: number | undefined;
  for (const heads of blocks) {
    for (const h of heads) {
      if (h.charCodeAt(0) === 110 /* n */) {
        const n = Number(h.slice(1));
        const last = current.numbers[current.numbers.length - 1];
        if (last !== undefined && n <= last && !current.restart) current.restart = { after: last, at: n };
        current.numbers.push(n);
        paragraph = n;
      } else if (h.startsWith('s:')) {
        // An annex lettered "(a)", "(b)", … with no numbered paragraph before: its own items, under 0.
        if (paragraph === undefined) {
          if (current !== outline.operative) current.subs.set(0, addSub(current.subs.get(0), h.slice(2)));
          continue;
        }
        current.subs.set(paragraph, addSub(current.subs.get(paragraph), h.slice(2)));
      } else if (h.startsWith('k:')) {
        // The first title line before any annex says what the draft is; an annex's ("Draft decision" annexed) does not.
        if (current !== outline.operative) continue;
        if (outline.kind === undefined) {
          outline.kind = h.startsWith('k:decision') ? 'decision' : 'resolution';
          outline.title = h.slice(h.indexOf('|') + 1);
        } else outline.secondTitle ??= h.slice(h.indexOf('|') + 1);
      } else {
        const key = h.slice(2);
        const seen = outline.annex.get(key);
        if (seen) outline.repeatedAnnex ??= key;
        else outline.annexes.push(key);
        current = seen ?? region();
        outline.annex.set(key, current);
        paragraph = undefined;
      }
    }
  }
  return outline;
}

/**
 * Where a point of the draft stands in its outline, as the line heads before it put it: in the
 * operative part (`annex` null) or in an annex ('' for one headed "Annex"), under which numbered
 * paragraph and which first-level subparagraph. "Paragraph 3 above" is checked from here.
 */
export interface Place {
  annex: string | null;
  paragraph?: number;
  sub?: string;
  /** The paragraph's subparagraphs are lettered with small Roman numerals ("(i)" first). */
  roman?: boolean;
  /** Under the subparagraph, in a second-level list ("(ii)" under "(a)"), which is not read. */
  deep?: boolean;
}

/** The start of a draft: before any heading. */
export const DRAFT_START: Place = { annex: null };

/** The place after the line heads `heads`, read as `foldOutline` reads them. */
export function placeAfter(place: Place, heads: readonly LineHead[]): Place {
  let p = place;
  for (const h of heads) {
    if (h.charCodeAt(0) === 110 /* n */) p = { annex: p.annex, paragraph: Number(h.slice(1)) };
    else if (h.startsWith('s:')) {
      if (p.paragraph === undefined) continue;
      const label = h.slice(2);
      if (p.sub === undefined) p = { ...p, sub: label, roman: label === 'i' };
      // "(i)" under "(a)": a second level, which the outline does not read either.
      else if (!p.roman && label !== nextLabel(p.sub, false) && romanLabelValue(label) !== undefined) p = p.deep ? p : { ...p, deep: true };
      else p = { annex: p.annex, paragraph: p.paragraph, sub: label, roman: p.roman };
    } else if (isAnnexHead(h)) p = { annex: h.slice(2) };
  }
  return p;
}

/** The outline region a place stands in (undefined for an annex the outline does not hold). */
export function regionOf(outline: DraftOutline, place: Place): OutlineRegion | undefined {
  return place.annex === null ? outline.operative : outline.annex.get(place.annex);
}

/** Whether a line head is an annex heading. */
export function isAnnexHead(h: LineHead): boolean {
  return h.charCodeAt(0) === 97 /* a */;
}

/** What the self-references' verdicts depend on: equal keys, equal verdicts. */
export function outlineKey(o: DraftOutline): string {
  const r = (x: OutlineRegion): string => `${x.numbers.join(',')}|${[...x.subs].map(([n, s]) => `${n}:${s.labels.join(',')}${s.irregular === undefined ? '' : `!${s.irregular}`}`).join(';')}|${x.restart ? `${x.restart.after}>${x.restart.at}` : ''}`;
  return `${o.kind ?? ''}${o.title ?? ''}|${o.secondTitle ?? ''}#${r(o.operative)}#${o.annexes.map((k) => `${k}=${r(o.annex.get(k)!)}`).join('#')}#${o.repeatedAnnex === undefined ? '' : `!${o.repeatedAnnex}`}`;
}

/**
 * For each offset of `at` (ascending), whether it stands inside quotation marks in `text`: “…”
 * or a pair of straight double quotes, counted from the start of `text`. One pass for all offsets.
 */
export function quotedAt(text: string, at: readonly number[]): boolean[] {
  const out: boolean[] = [];
  let curly = 0;
  let straight = false;
  let i = 0;
  for (const to of at) {
    for (; i < to && i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x201c) curly++;
      else if (c === 0x201d) curly = curly > 0 ? curly - 1 : 0;
      else if (c === 34) straight = !straight;
    }
    out.push(curly > 0 || straight);
  }
  return out;
}

// A line that opens with a label or a number as a list does ("(a) first", "b) Noting", "1) States"),
// not with one a wrapped citation goes on with ("(h) and (j)", "(a) of resolution 5/8", "(e)", "(c) (IX)").
const LABELLED_LINE = /[\ufeff \u00a0]*(?:>[ \u00a0>]*)?[*_]{0,3}(?:\((?:[a-z]{1,2}|[ivxl]{1,6}|\d{1,3})\)|(?:[a-z]{1,2}|[ivxl]{1,6}|\d{1,3})\)|\d{1,3}\.)[*_]{0,3}[ \u00a0]+[*_]{0,3}(?!(?:and|or|to|of|in|through|thereof|bis|ter|above|below|et|as|inclusive|until)(?![A-Za-z]))[A-Za-z\u00c0-\u024f]/y;
// A line that ends with a colon: what follows it is a list, not more of the line ("…resolution 8/1:⏎25 States").
const COLON_END = /:[ \u00a0*_]*$/;
// A quoted line's ">" marks, read past where a quotation's lines are one paragraph.
const QUOTE_MARKS = /[ \u00a0]*>[ \u00a0>]*/y;

/**
 * Whether the line from `start` to `end` stands apart from the lines before and after it. `tab`
 * is the first tab at or after `start` (-1: none), found by the caller once per stretch of text.
 */
function apartLine(text: string, start: number, end: number, tab: number): boolean {
  APART_LINE.lastIndex = start;
  // A tab separates the cells of a table's rows (the sources' contents and thematic index).
  return APART_LINE.test(text) || (tab >= 0 && tab < end);
}

/**
 * `text` (one block) as the grammar reads it: each line break that only wraps a paragraph (a
 * hard-wrapped draft, as Vim and Emacs write it) read as a space, so that no rule reads a
 * citation, a date or a sentence differently for where its lines were wrapped. A line break
 * stays where the line after it opens a part of the draft (`isLineHeadAt`: "13. Decides",
 * "(a) To", "Annex I") or an item (a list item, "(a) first", "b) Noting", a contents line);
 * after a colon and after a block's title line ("Draft resolution"); and before and after a line
 * that stands apart (a heading, a table row, a line with a tab). The same length as `text`, so
 * that every offset read in it is one of `text` ("\r\n" is two spaces; the ">" marks of a
 * quotation's wrapped line are spaces too).
 */
export function softWrapped(text: string): string {
  let nl = lineBreakAt(text);
  if (nl < 0) return text;
  let out: string[] | undefined;
  QUOTE_MARKS.lastIndex = 0;
  let quoted = QUOTE_MARKS.test(text);
  let lineStart = 0;
  // A title line ("Draft resolution", "Resolution 9/3"), not a paragraph that opens with "resolution 8/1".
  const first = text.search(/[A-Za-z]/);
  let tab = text.indexOf('\t');
  let prevApart = apartLine(text, 0, nl, tab) || (first >= 0 && first < nl && text.charCodeAt(first) <= 90 && titleHead(text) !== undefined);
  while (nl >= 0) {
    const next = text.charCodeAt(nl) === 13 && text.charCodeAt(nl + 1) === 10 ? nl + 2 : nl + 1;
    let end = next;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    if (tab >= 0 && tab < next) tab = text.indexOf('\t', next);
    const apart = apartLine(text, next, end, tab);
    QUOTE_MARKS.lastIndex = next;
    const marks = QUOTE_MARKS.exec(text);
    LABELLED_LINE.lastIndex = next;
    // A line that opens a quotation, or leaves one, is read as it stands; a quotation's lines wrap within it.
    const soft = end > next && !prevApart && !apart && quoted === (marks !== null) && !LABELLED_LINE.test(text) && !isLineHeadAt(text, next) && !opensItemAt(text, next) && !COLON_END.test(text.slice(Math.max(lineStart, nl - 8), nl));
    if (soft) {
      out ??= text.split('');
      for (let q = nl; q < next; q++) out[q] = ' ';
      if (marks) for (let q = next; q < next + marks[0].length; q++) out[q] = ' ';
    }
    prevApart = apart;
    quoted = marks !== null;
    lineStart = next;
    nl = end < text.length ? end : -1;
  }
  return out ? out.join('') : text;
}
