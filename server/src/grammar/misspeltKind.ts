// "resolutoin 8/1, annex III", "decison 3/2": a kind word mistyped before a symbol. The grammar
// opens references at kind words, so such a citation was not seen at all and a check said
// nothing of it. Found after the scan, outside every reference it found, and said, with the
// word to write; nothing in it is checked until it is spelt right.

import type { Span } from './reference';

export interface MisspeltKind {
  /** The word as written. */
  word: Span;
  /** The word meant: "resolution", "decisions". */
  meant: string;
  /** The word and the symbol: what the finding covers. */
  span: Span;
  symbol: string;
}

const KIND_WORDS = ['resolution', 'resolutions', 'decision', 'decisions'];

// A word of 6–14 letters that starts as the kind words do, then the symbol ("No." may stand
// between). The kind words themselves are matched too and skipped: a negative lookahead at every
// word of prose costs more, and so did any first letter (65 → 17 ms over a 10 MB draft).
const WORD_THEN_SYMBOL = /\b([RrDd][A-Za-z]{5,13})[ \u00a0]+(?:[Nn]o\.?[ \u00a0]+)?(\d{1,2}\/\d{1,3})\b/g;

/** Damerau–Levenshtein distance up to `max` (more is reported as `max + 1`); the words are short. */
export function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push(new Array<number>(b.length + 1).fill(0));
    rows[i][0] = i;
  }
  for (let j = 0; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
    }
  }
  return rows[a.length][b.length];
}

/** The kind word `word` is a slip for, if it is one (not a kind word itself, nor another word). */
function meantBy(word: string): string | undefined {
  const w = word.toLowerCase();
  if (KIND_WORDS.includes(w)) return undefined;
  // The first letter is kept by almost every slip; "precision", "revision", "revolution" are words.
  let best: string | undefined;
  let bestD = 3;
  for (const k of KIND_WORDS) {
    if (k[0] !== w[0]) continue;
    const d = distance(w, k, 2);
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  if (best === undefined || REAL_WORDS.has(w)) return undefined;
  return /^[A-Z]/.test(word) ? best[0].toUpperCase() + best.slice(1) : best;
}

/** English words within two edits of a kind word, written before a number for reasons of their own. */
const REAL_WORDS = new Set(['revolution', 'resolute', 'delusion', 'division', 'divisions', 'derision', 'decisive', 'excision', 'recision', 'rescission']);

/** Walks the spans of the references found (in order) as matches come in text order: whether one meets a match. */
class FoundSpans {
  private f = 0;
  constructor(private readonly found: readonly Span[]) {}

  /** Whether a span found meets `start`–`end` (matches are asked about in text order). */
  meets(start: number, end: number): boolean {
    while (this.f < this.found.length && this.found[this.f].end <= start) this.f++;
    return this.f < this.found.length && this.found[this.f].start < end;
  }
}

/** Mistyped kind words before a symbol in `text`, outside the spans of the references found (`found`, in order). */
export function misspeltKinds(text: string, found: readonly Span[]): MisspeltKind[] {
  const out: MisspeltKind[] = [];
  // The symbol has a slash: one search for a character decides most blocks.
  if (!text.includes('/')) return out;
  const spans = new FoundSpans(found);
  WORD_THEN_SYMBOL.lastIndex = 0;
  for (let m = WORD_THEN_SYMBOL.exec(text); m; m = WORD_THEN_SYMBOL.exec(text)) {
    const meant = meantBy(m[1]);
    if (meant === undefined) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    if (spans.meets(start, end)) continue;
    out.push({ word: { start, end: start + m[1].length }, meant, span: { start, end }, symbol: m[2] });
  }
  return out;
}

export interface MisspeltSymbol {
  /** The letters before the first slash as written ("CTCO", "ctoc"). */
  prefix: Span;
  /** The whole symbol as written. */
  span: Span;
  /** The symbol meant: "CTOC/COP/2008/7". */
  meant: string;
  /** Written with spaces around its slashes ("CTOC / COP / 2008 / 7"), its letters right. */
  spaced?: true;
}

/** Parts of a symbol in the case the Conference's documents print them ("cop" COP, "wg.3" WG.3, "rev.2" Rev.2). */
const UPPER_PARTS = new Set(['cop', 'wg', 'crp', 'inf', 'l']);
const CAPITAL_PARTS = new Set(['rev', 'add', 'corr']);
function printedCase(rest: string): string {
  return rest.replace(/[A-Za-z]+/g, (w) => {
    const l = w.toLowerCase();
    return UPPER_PARTS.has(l) ? l.toUpperCase() : CAPITAL_PARTS.has(l) ? l[0].toUpperCase() + l.slice(1) : w;
  });
}

// "CTOC / COP / WG.3 / 2015 / 4": a symbol with spaces around its slashes (no citation was seen).
const SPACED_SYMBOL = /\bCTOC(?:[ \u00a0]*\/[ \u00a0]*[A-Za-z0-9.]*[A-Za-z0-9])+/g;

// A slash, two to four letters, a slash: the middle of a document symbol ("/COP/"). Sought by its
// slash (a native scan for one character) and checked backwards, not from every letter of prose.
const SYMBOL_MIDDLE = /\/([A-Za-z]{2,4})\/[A-Za-z0-9]/g;
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSymbolCode = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57) || c === 46 || c === 47;

/**
 * Document symbols of the Conference mistyped where the grammar reads them by their first
 * letters ("CTCO/COP/2008/7", "ctoc/cop/2008/7", "TOC/COP/…"): not seen at all, so a check said
 * nothing of them. Outside the references found (`found`, in order); said with the symbol to write.
 */
export function misspeltSymbols(text: string, found: readonly Span[]): MisspeltSymbol[] {
  const out: MisspeltSymbol[] = [];
  if (!text.includes('/')) return out;
  let spans = new FoundSpans(found);
  SYMBOL_MIDDLE.lastIndex = 0;
  for (let m = SYMBOL_MIDDLE.exec(text); m; m = SYMBOL_MIDDLE.exec(text)) {
    const slash = m.index;
    // Inside a reference found (every symbol read, "CTOC/COP/…"): nothing to say, and nothing to cut out.
    if (spans.meets(slash, slash + 1)) continue;
    let start = slash;
    while (start > 0 && slash - start < 6 && isLetter(text.charCodeAt(start - 1))) start--;
    const before = start > 0 ? text.charCodeAt(start - 1) : 32;
    const prefix = text.slice(start, slash);
    if (prefix.length < 3 || prefix.length > 5 || isSymbolCode(before) || prefix === 'CTOC') continue;
    if (distance(prefix.toUpperCase(), 'CTOC', 1) > 1 || distance(m[1].toUpperCase(), 'COP', 1) > 1) continue;
    let end = slash + 1;
    while (end < text.length && isSymbolCode(text.charCodeAt(end))) end++;
    while (end > slash && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 47)) end--;
    SYMBOL_MIDDLE.lastIndex = end;
    if (spans.meets(start, end)) continue;
    const rest = text.slice(slash, end);
    // A symbol has a number ("CTOC/COP/2008/7"); "TOC/COP/WG meeting" is prose.
    if (!/\d/.test(rest)) continue;
    out.push({ prefix: { start, end: slash }, span: { start, end }, meant: `CTOC${printedCase(rest)}` });
  }
  if (!text.includes('CTOC ') && !text.includes('CTOC\u00a0') && !text.includes('/ ') && !text.includes(' /')) return out;
  spans = new FoundSpans(found);
  SPACED_SYMBOL.lastIndex = 0;
  for (let m = SPACED_SYMBOL.exec(text); m; m = SPACED_SYMBOL.exec(text)) {
    if (!/[ \u00a0]/.test(m[0]) || !/^CTOC[ \u00a0]*\/[ \u00a0]*COP\b/.test(m[0]) || !/\d/.test(m[0])) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (spans.meets(start, end) || out.some((o) => o.span.start < end && start < o.span.end)) continue;
    out.push({ prefix: { start, end: start + 4 }, span: { start, end }, meant: m[0].replace(/[ \u00a0]+/g, ''), spaced: true });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

export interface IbidLocator {
  /** "ibid." as written. */
  word: Span;
  /** "ibid., annex III": the word and the locator after it. */
  span: Span;
  /** The locator as written ("annex III"). */
  locator: string;
}

// "ibid., annex III", "Ibid., para. 99": the citation before it, with a part of its own.
const IBID_LOCATOR = /\b(?:[Ii]bid|IBID)(?:em|EM)?\.?,?[ \u00a0]+((?:[Aa]nnex(?:es)?|[Pp]aras?\.|[Pp]aragraphs?|[Ss]ubparagraphs?|[Cc]hap\.|[Ss]ect\.|[Ss]ection)[ \u00a0]*[^\n\r;:)]{0,40}?)(?=[.;:)]?(?:[ \u00a0]|$))/g;

/**
 * "ibid." with a locator after it ("see also ibid., annex III"): it stands for the citation before
 * it, which the checker does not follow, so the part it names is not checked; said, never passed
 * over (the check counted nothing, and a draft with "ibid., annex III" of resolution 8/1 was clean).
 */
export function ibidLocators(text: string, found: readonly Span[]): IbidLocator[] {
  const out: IbidLocator[] = [];
  if (!text.includes('bid')) return out;
  const spans = new FoundSpans(found);
  IBID_LOCATOR.lastIndex = 0;
  for (let m = IBID_LOCATOR.exec(text); m; m = IBID_LOCATOR.exec(text)) {
    const start = m.index;
    if (spans.meets(start, start + m[0].length)) continue;
    const locator = m[1].replace(/[\s,]+$/, '');
    const word = /^[Ii]bid(?:em)?\.?/.exec(m[0])![0];
    out.push({ word: { start, end: start + word.length }, span: { start, end: start + m[0].length - (m[1].length - locator.length) }, locator });
  }
  return out;
}

export interface AnaphoricLocator {
  /** What a fix replaces: the words standing for the instrument ("the same resolution"), or the locator after "read in conjunction with". */
  word: Span;
  /** The locator and those words: what the finding covers. */
  span: Span;
  /** The locator as written ("paragraph 26"). */
  locator: string;
  /** "the same resolution" as written; undefined for a locator after "read in conjunction with", which names no instrument. */
  anaphor?: string;
  /** The kind the words name ("that decision"). */
  kind?: 'resolution' | 'decision';
  /** "… thereof", "… thereto" after a locator of no instrument: the citation's own, said so. */
  thereof?: boolean;
  /** "See in particular annex IX thereto." standing apart from any citation: it points back to one. */
  pointsBack?: boolean;
}

const SP = '[ \\u00a0]';
/** "26", "II", "1 (c)", "3, 5 and 7", "4 to 9": the labels of a locator. */
const LABELS = `(?:[0-9]{1,3}|[IVX]{1,5})(?:${SP}*\\([a-z]{1,4}\\))*(?:${SP}*(?:,|and|to|–|-)${SP}*(?:[0-9]{1,3}|[IVX]{1,5}|\\([a-z]{1,4}\\))(?:${SP}*\\([a-z]{1,4}\\))*)*(?![0-9A-Za-z])`;
const LOCATOR = `(?:(?:sub-?)?paragraphs?|paras?\\.|annex(?:es)?)${SP}+${LABELS}`;
/** "that resolution", "the same decision", "the above-mentioned resolution": an instrument named before, without its symbol. */
const ANAPHOR = `(?:that|the${SP}+(?:same|said|above-?mentioned|above${SP}+mentioned|aforementioned|aforesaid)|said|aforesaid)${SP}+(resolution|decision)\\b(?!${SP}*(?:[Nn]o\\.?${SP}*)?\\d)`;
// "paragraph 26 of the same resolution", "annex III to that resolution".
const LOCATOR_OF_ANAPHOR = new RegExp(`\\b(${LOCATOR})${SP}*,?${SP}*(?:of|to|in)${SP}+(${ANAPHOR})`, 'gi');
// "the above-mentioned resolution, in particular annex IV thereto", "the said resolution, paragraph 26".
const ANAPHOR_THEN_LOCATOR = new RegExp(`\\b(${ANAPHOR})${SP}*,?${SP}*(?:(?:and|in${SP}+particular|including|notably|especially|particularly),?${SP}+)?(${LOCATOR})(?:${SP}+(?:thereof|thereto))?`, 'gi');
// "…, read in conjunction with paragraph 26": a locator of no instrument, right after a citation.
// With "thereof" or "thereto" after it, the locator is the citation's own ("…, read in conjunction with paragraph 99 thereof").
const CONJOINED_LOCATOR = new RegExp(`^${SP}*,?${SP}*(?:read${SP}+(?:in${SP}+conjunction|together)|taken${SP}+together|in${SP}+conjunction)${SP}+with${SP}+(${LOCATOR}|\\([a-z]{1,4}\\))(?:${SP}+(thereof|thereto)\\b)?(?!${SP}*,?${SP}*(?:of|to|in|thereof|thereto)\\b|${SP}*,?${SP}*(?:resolution|decision)s?${SP})`, 'i');
/** What the passes below need, found by one native search: most blocks hold none of it. */
const MAY_POINT_BACK = /same|said|mentioned|that(?:[ \u00a0]+(?:resolution|decision))|conjunction|together/i;
/** What the last pass needs: "thereof", "thereto" (frequent in the sources: "annexed thereto"), looked for apart. */
const THERE = /[Tt]here(?:of|to)/;
// "Recalling resolution 8/1. See in particular annex IX thereto.": a locator pointing back past the citation.
// Found from the word after it: a search for the locator's pattern at every word was a per cent of a scan.
const THEREOF_ALL = /\b[Tt]here(?:of|to)\b/g;
const LOCATOR_BEFORE = new RegExp(`\\b(${LOCATOR})${SP}+$`, 'i');
/** The most characters a locator before "thereof" may take ("paragraphs 3, 5 and 7 (a)"). */
const LOCATOR_BEFORE_MAX = 60;

/**
 * Locators of an instrument named before without its symbol ("paragraph 26 of the same
 * resolution", "the above-mentioned resolution, in particular annex IV thereto", "…, read in
 * conjunction with paragraph 26"): the checker does not follow such words back, so the part
 * they name is not checked; said, never passed over (each was prose, and a paragraph the
 * instrument lacks passed with the check clean). `found`: the references found, in order.
 */
export function anaphoricLocators(text: string, found: readonly Span[]): AnaphoricLocator[] {
  const out: AnaphoricLocator[] = [];
  const there = THERE.test(text);
  if (!MAY_POINT_BACK.test(text)) return there ? pointingBack(text, found, out) : out;
  const kindOf = (w: string): 'resolution' | 'decision' => (/^r/i.test(w) ? 'resolution' : 'decision');
  let spans = new FoundSpans(found);
  LOCATOR_OF_ANAPHOR.lastIndex = 0;
  for (let m = LOCATOR_OF_ANAPHOR.exec(text); m; m = LOCATOR_OF_ANAPHOR.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (spans.meets(start, end)) continue;
    const at = end - m[2].length;
    out.push({ word: { start: at, end }, span: { start, end }, locator: m[1], anaphor: m[2], kind: kindOf(m[3]) });
  }
  // Each pass below skips what the ones before found, through a cursor (in text order): a block of
  // thousands of them stays linear.
  spans = new FoundSpans(found);
  let taken = new FoundSpans(out.map((o) => o.span));
  const second: AnaphoricLocator[] = [];
  ANAPHOR_THEN_LOCATOR.lastIndex = 0;
  for (let m = ANAPHOR_THEN_LOCATOR.exec(text); m; m = ANAPHOR_THEN_LOCATOR.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (spans.meets(start, end) || taken.meets(start, end)) continue;
    second.push({ word: { start, end: start + m[1].length }, span: { start, end }, locator: m[3], anaphor: m[1], kind: kindOf(m[2]) });
  }
  for (const o of second) out.push(o);
  if (/conjunction|together/i.test(text)) {
    out.sort((a, b) => a.span.start - b.span.start);
    taken = new FoundSpans(out.map((o) => o.span));
    spans = new FoundSpans(found);
    const third: AnaphoricLocator[] = [];
    for (const f of found) {
      const m = CONJOINED_LOCATOR.exec(text.slice(f.end, f.end + 160));
      if (!m) continue;
      const end = f.end + m[0].length;
      const start = f.end + m[0].lastIndexOf(m[1]);
      if (spans.meets(start, end) || taken.meets(start, end)) continue;
      third.push({ word: { start, end }, span: { start, end }, locator: m[1], thereof: m[2] !== undefined });
    }
    for (const o of third) out.push(o);
  }
  return there ? pointingBack(text, found, out) : out.sort((a, b) => a.span.start - b.span.start);
}

/** `out` and the locators with "thereof"/"thereto" apart from any citation and from `out`'s, in text order. */
function pointingBack(text: string, found: readonly Span[], out: AnaphoricLocator[]): AnaphoricLocator[] {
  out.sort((a, b) => a.span.start - b.span.start);
  const taken = new FoundSpans(out.map((o) => o.span));
  const spans = new FoundSpans(found);
  const fourth: AnaphoricLocator[] = [];
  THEREOF_ALL.lastIndex = 0;
  for (let t = THEREOF_ALL.exec(text); t; t = THEREOF_ALL.exec(text)) {
    const from = Math.max(0, t.index - LOCATOR_BEFORE_MAX);
    const m = LOCATOR_BEFORE.exec(text.slice(from, t.index));
    if (!m) continue;
    const start = from + m.index;
    const end = t.index + t[0].length;
    if (spans.meets(start, end) || taken.meets(start, end)) continue;
    fourth.push({ word: { start, end }, span: { start, end }, locator: m[1], thereof: true, pointsBack: true });
  }
  for (const o of fourth) out.push(o);
  return out.sort((a, b) => a.span.start - b.span.start);
}
