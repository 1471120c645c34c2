// Where a reference can start, found natively: one regular expression, compiled once from the
// parser's table of opening words (`OPENERS`), finds the words at which the parser must start;
// the parser runs only from there, and the prose between them is never tokenized.
//
// Exactness rests on two facts, both checked against the token-by-token scan by
// test/core/candidates.test.ts:
// - A word of lead 0 (a kind word, "paragraph", "annex", "part", …) or a `CTOC/` symbol is
//   found wherever it is a token: `wordAt` checks the tokenizer's word boundaries, and after
//   a match that is no token the search goes on from the next character. Rules tried
//   elsewhere fail without effect.
// - A word of lead n > 0 ("its", "Conference", …) opens a reference only n tokens or fewer
//   before a word of lead 0, so the scanner starts that many tokens back, or at such a word
//   the pattern also found.

import { isSpaceCode, isWordCode, LINK_LABEL_MAX, linkLabelEnd } from './tokens';

export interface OpeningWords {
  words: readonly string[];
  lead: number;
  /** Lead-0 words only: tokens back from the word that the scan must start (default: `near`). */
  reach?: number;
}


const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

export interface CandidatePattern {
  /** Global, case-insensitive. Group 1: a word of lead 0 or a symbol; group 2: a word of longer lead. */
  re: RegExp;
  /** Lead of the words of group 2, by lower-cased word. */
  leadOf: Map<string, number>;
  /** Words whose lead is at most this are covered by starting this many tokens back from every candidate. */
  near: number;
  /** How many runs back from the lead-0 word or symbol matched (group 1) the scan starts: `near`, or the word's `reach`. */
  reachOf: (match: string) => number;
}

// Every candidate is read from this many tokens back, so words of this lead or less ("the",
// "its": too common to look for) need no search of their own.
const NEAR = 4;

export function candidatePattern(openers: readonly OpeningWords[], near = NEAR): CandidatePattern {
  const strong: string[] = [];
  const far: string[] = [];
  const leadOf = new Map<string, number>();
  const reach = new Map<string, number>();
  for (const o of openers) {
    for (const w of o.words) {
      if (o.lead === 0 && o.reach !== undefined && o.reach > near) reach.set(w, o.reach);
      if (o.lead === 0) strong.push(w);
      else if (o.lead > near) {
        far.push(w);
        leadOf.set(w, o.lead);
      }
    }
  }
  // Longest first: "resolutions" before "resolution". The word boundaries are checked after a
  // match (`wordAt`): look-arounds made the pattern half as fast again.
  const alt = (ws: string[]): string => [...ws].sort((a, b) => b.length - a.length).map(escape).join('|');
  const source = `(CTOC/|${alt(strong)})${far.length ? `|(${alt(far)})` : ''}`;
  // Case-insensitive without the `u` flag matches only ASCII letters of either case to the
  // words' letters, as `Tokens.isWord` compares them.
  // Most candidates have no reach of their own: rejected by length before any lower-casing.
  const lengths = new Set([...reach.keys()].map((w) => w.length));
  const reachOf = (match: string): number => (lengths.has(match.length) ? (reach.get(match.toLowerCase()) ?? near) : near);
  return { re: new RegExp(source, 'gi'), leadOf, near, reachOf };
}

/**
 * Whether the word matched at `start`..`end` stands where the tokenizer makes a word token of
 * exactly it: not after a letter (the words sought start with a Latin letter, and no token
 * other than a word of letters ends before one), not followed by a letter, nor by a hyphen or
 * apostrophe and a letter (there the tokenizer's word goes on). A hyphen after a letter is no
 * boundary to rely on: in "CTOC/COP/2020/3.non-paragraph", "paragraph" is a token.
 */
export function wordAt(text: string, start: number, end: number): boolean {
  if (start > 0 && isWordCode(text.charCodeAt(start - 1))) return false;
  if (end >= text.length) return true;
  const c = text.charCodeAt(end);
  if (isWordCode(c)) return false;
  return !((c === 45 || c === 0x2019 || c === 39) && end + 1 < text.length && isWordCode(text.charCodeAt(end + 1)));
}

function isGap(c: number): boolean {
  return c === 10 || isSpaceCode(c);
}

/**
 * Positions where the token-by-token scan stands between tokens, found backwards: the
 * position after a space or line break that no token or transparent stretch spans (a label
 * "( a )" holds a space next to a parenthesis; a tag "<a x>" and a link target "](x y)" can
 * hold spaces and never a line break).
 */
export class SyncPoints {
  private text = '';
  private from = 0;
  private to = 0;
  private tags = false;
  private links = false;
  private labels = false;

  reset(text: string, from: number, to: number): void {
    this.text = text;
    this.from = from;
    this.to = to;
    const lt = text.indexOf('<', from);
    this.tags = lt >= 0 && lt < to;
    const ln = text.indexOf('](', from);
    this.links = ln >= 0 && ln < to;
    const lb = text.indexOf('][', from);
    this.labels = lb >= 0 && lb < to;
  }

  /** Whether the gap character at `p` is read between tokens. */
  private between(p: number): boolean {
    const t = this.text;
    if (t.charCodeAt(p - 1) === 40 || t.charCodeAt(p + 1) === 41) return false;
    if (this.tags) {
      for (let q = p - 1; q >= this.from && q >= p - 29; q--) {
        const c = t.charCodeAt(q);
        if (c === 62 || c === 10) break;
        if (c === 60) return false;
      }
    }
    if (this.links) {
      for (let q = p - 1; q > this.from && q >= p - 199; q--) {
        const c = t.charCodeAt(q);
        if (c === 41 || c === 10) break;
        if (c === 40 && t.charCodeAt(q - 1) === 93) return false;
      }
    }
    // Inside a reference-style link's label ("[resolution 9/3][res 93]"), transparent to the tokenizer.
    if (this.labels) {
      for (let q = p - 1; q > this.from && q >= p - LINK_LABEL_MAX; q--) {
        const c = t.charCodeAt(q);
        if (c === 93 || c === 10) break;
        if (c === 91 && t.charCodeAt(q - 1) === 93) return linkLabelEnd(t, q - 1, this.to) < 0;
      }
    }
    return true;
  }

  /** The last position between tokens at or before `x`, not before `lo` (itself between tokens). */
  atOrBefore(x: number, lo: number): number {
    const t = this.text;
    for (let p = x - 1; p >= lo; p--) if (isGap(t.charCodeAt(p)) && this.between(p)) return p + 1;
    return lo;
  }

  /** A position between tokens about `n` runs of non-space characters before `x`, not before `lo`. */
  runsBefore(x: number, n: number, lo: number): number {
    const t = this.text;
    let p = x - 1;
    for (let r = 0; r < n && p >= lo; r++) {
      while (p >= lo && isGap(t.charCodeAt(p))) p--;
      while (p >= lo && !isGap(t.charCodeAt(p))) p--;
    }
    return p < lo ? lo : this.atOrBefore(p + 1, lo);
  }

  get end(): number {
    return this.to;
  }
}
