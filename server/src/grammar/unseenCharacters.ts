// Characters an editor does not show (a soft hyphen pasted from a PDF or a word processor, a
// zero-width space, a direction mark) split a word for the grammar while the drafter sees it
// whole: "reso­lution 8/1" was no citation at all, and "of 22 Octo­ber 2016" no date, so a wrong
// date passed. Found after the scan, where the split word is one the grammar reads, and said,
// with a fix that deletes the character.

import { MONTH_WORDS } from './vocabulary';
import type { Span } from './reference';
import { BesideCitation } from './besideCitation';

/** The characters, by name, for messages. */
export const UNSEEN_NAMES: Record<string, string> = {
  '\u00ad': 'U+00AD SOFT HYPHEN',
  '\u200b': 'U+200B ZERO WIDTH SPACE',
  '\u200c': 'U+200C ZERO WIDTH NON-JOINER',
  '\u200d': 'U+200D ZERO WIDTH JOINER',
  '\u200e': 'U+200E LEFT-TO-RIGHT MARK',
  '\u200f': 'U+200F RIGHT-TO-LEFT MARK',
  '\u2060': 'U+2060 WORD JOINER',
  '\ufeff': 'U+FEFF ZERO WIDTH NO-BREAK SPACE',
};
/** The characters of `UNSEEN_NAMES`, as a class of a regular expression. */
export const UNSEEN_CLASS = '[\\u00ad\\u200b-\\u200f\\u2060\\ufeff]';
const UNSEEN_RE = new RegExp(UNSEEN_CLASS, 'g');
/** Whether a text holds one (one native search). */
export const HOLDS_UNSEEN = new RegExp(UNSEEN_CLASS);

/** `text` without them: what the reader sees. */
export function withoutUnseen(text: string): string {
  return text.replace(UNSEEN_RE, '');
}

/**
 * Letters or digits, an unseen character (or a run of them), letters or digits; or a word, a
 * space and such a run before a number ("resolution \u200f8/1": the symbol was not read).
 */
const SPLIT_RE = new RegExp(`[A-Za-z0-9/](?:[ \\u00a0]+)?${UNSEEN_CLASS}+(?=[A-Za-z0-9])`, 'g');

/**
 * Whether the word `joined` (its unseen characters taken out), standing at `start`–`end`, is one a
 * citation is made of, where it stands: a kind word or a locator word before a number, a month in
 * a date, "session" or "meeting" after an ordinal. The same words in prose ("inter­national
 * cooperation", "in Octo­ber") are not said: a pasted text has a soft hyphen in many a word.
 */
function inCitation(text: string, start: number, end: number, joined: string): boolean {
  const w = joined.toLowerCase();
  // A symbol: "8/\u00ad1".
  if (/^\d{1,2}\/\d{1,3}$/.test(joined)) return true;
  const after = text.slice(end, end + 16);
  const before = text.slice(Math.max(0, start - 24), start);
  if (KIND_WORDS.has(w) || LOCATOR_WORDS.has(w)) return /^[ \u00a0]+(?:[Nn]o\.?[ \u00a0]+)?(?:\d|\(|[IVX]+\b)/.test(after);
  if (MONTH_WORDS.has(w)) return /^[ \u00a0]+\d{4}\b/.test(after) || /\b\d{1,2}(?:st|nd|rd|th)?[ \u00a0]+$/.test(before);
  if (w === 'session' || w === 'sessions' || w === 'meeting' || w === 'meetings') return /(?:\d(?:st|nd|rd|th)|first|second|third|th)[ \u00a0]+$/i.test(before);
  // A number ("paragraphs 3 and 9\u00ad9", "of 1\u00ad9 October"), a session ("CO\u00adP8"), and the
  // words of an adoption phrase: "adop\u00adted at", "eigh\u00adth session" (the claim was not read, and ok).
  if (/^\d+$/.test(joined) || /^cop\d{1,2}$/.test(w)) return true;
  // An annex's numeral ("annex I\u200bII" was read as annex I, ok) and a label's ("(i\u00adi)").
  if (/^[ivx]+$/.test(w)) return /\bannex(?:es)?[ \u00a0]+$/i.test(before) || (before.endsWith('(') && after.startsWith(')'));
  if (w === 'adopted') return /^[ \u00a0]+(?:at|on|in|by|during)\b/i.test(after);
  if (/(?:st|nd|rd|th)$/.test(w)) return /^[ \u00a0]+(?:session|sessions|meeting|meetings|Conference|COP)\b/.test(after);
  return false;
}

const KIND_WORDS = new Set(['resolution', 'resolutions', 'decision', 'decisions']);
const LOCATOR_WORDS = new Set(['paragraph', 'paragraphs', 'subparagraph', 'subparagraphs', 'annex', 'annexes', 'recommendation', 'recommendations']);

export interface UnseenSplit {
  /** The word as written, with the character(s) in it. */
  word: Span;
  /** Where each unseen character stands. */
  chars: Span[];
  /** The word without them. */
  joined: string;
  /** The characters' names. */
  names: string[];
  /**
   * Between a kind word and its symbol inside a reference read through it ("resolution \u200b8/1"):
   * read as the drafter sees it; said so that it is deleted, not as unread.
   */
  readThrough?: true;
}

/**
 * Unseen characters inside words a citation is made of, outside the spans of `found` (in order):
 * the references whose findings name the character already.
 */
export function unseenSplits(text: string, found: readonly Span[], read: readonly Span[] = []): UnseenSplit[] {
  const out: UnseenSplit[] = [];
  let f = 0;
  const beside = new BesideCitation(text, read);
  SPLIT_RE.lastIndex = 0;
  for (let m = SPLIT_RE.exec(text); m; m = SPLIT_RE.exec(text)) {
    let start = m.index;
    while (start > 0 && (isAlnum(text.charCodeAt(start - 1)) || (text.charCodeAt(start) !== 47 && text.charCodeAt(start - 1) === 47 && isAlnum(text.charCodeAt(start - 2))))) start--;
    let end = m.index + m[0].length;
    // The word goes on past further unseen characters: "Oc­to­ber".
    for (;;) {
      while (end < text.length && isAlnum(text.charCodeAt(end))) end++;
      let q = end;
      while (q < text.length && UNSEEN_NAMES[text[q]] !== undefined) q++;
      if (q === end || q >= text.length || !isAlnum(text.charCodeAt(q))) break;
      end = q;
    }
    SPLIT_RE.lastIndex = end;
    while (f < found.length && found[f].end <= start) f++;
    if (f < found.length && found[f].start < end) continue;
    const written = text.slice(start, end);
    const joined = written.replace(UNSEEN_RE, '');
    const space = joined.search(/[ \u00a0]/);
    if (space >= 0) {
      // A word and a number apart: the word must open a citation and the number follow it.
      if (!KIND_WORDS.has(joined.slice(0, space).toLowerCase()) && !LOCATOR_WORDS.has(joined.slice(0, space).toLowerCase())) continue;
      if (!/^[ \u00a0]+\d/.test(joined.slice(space))) continue;
      // With the symbol: "resolution 8/1".
      while (end < text.length && (isAlnum(text.charCodeAt(end)) || text.charCodeAt(end) === 47)) end++;
      SPLIT_RE.lastIndex = end;
    } else if (!inCitation(text, start, end, joined) && !joinsCitation(text, start, end, joined.toLowerCase(), beside)) continue;
    const whole = text.slice(start, end).replace(UNSEEN_RE, '');
    const chars: Span[] = [];
    const names = new Set<string>();
    for (let p = start; p < end; p++) {
      const name = UNSEEN_NAMES[text[p]];
      if (name === undefined) continue;
      chars.push({ start: p, end: p + 1 });
      names.add(name);
    }
    const split: UnseenSplit = { word: { start, end }, chars, joined: whole, names: [...names] };
    if (space >= 0 && read.some((r) => r.start <= start && end <= r.end)) split.readThrough = true;
    out.push(split);
  }
  return out;
}

/**
 * Words that join a citation's parts, read by the grammar only whole: split by an unseen
 * character right after or before a citation ("resolution 8/1 o\u200bf 22 October 2016",
 * "paragraphs 13 an\u00add 99", "he\u00adld from …", "en\u00adtitled “…”"), the rest of it was
 * prose, its date or paragraph unchecked, and the citation ok.
 */
const JOINING_WORDS: ReadonlySet<string> = new Set([
  'of', 'to', 'in', 'on', 'at', 'and', 'or', 'its', 'the', 'by', 'with', 'from', 'between', 'during', 'held', 'dated', 'adopted', 'entitled', 'titled', 'contained',
  'particular', 'including', 'notably', 'conjunction', 'together', 'respectively', 'both', 'each', 'thereof', 'thereto', 'see', 'also', 'as', 'well', 'which', 'that',
]);
/** Words that close a citation: after one, nothing more need follow. */
const CLOSING_WORDS: ReadonlySet<string> = new Set(['respectively', 'thereof', 'thereto']);
/**
 * What a joining word after a citation leads to when it joins more of it: a figure, a quotation
 * mark, a parenthesis, a month, or (a few words on) a locator, kind, session or meeting word.
 * "… and taking note of the re⟨soft hyphen⟩port" leads to prose: nothing is said of it.
 */
const LEADS_TO_CITATION = /^[ \u00a0]*,?[ \u00a0]*(?:[A-Za-z]+[ \u00a0]+){0,3}?(?:[“"‘(]|\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:paragraphs?|subparagraphs?|annex(?:es)?|resolutions?|decisions?|sessions?|meetings?|preambular|recommendations?|COP|Working)\b)/;
/** Whether the joining word `w` at `start`–`end` joins the parts of a citation (see JOINING_WORDS). */
function joinsCitation(text: string, start: number, end: number, w: string, beside: BesideCitation): boolean {
  if (!JOINING_WORDS.has(w)) return false;
  const at = beside.at(start, end);
  if (at.before) return true;
  return at.after && (CLOSING_WORDS.has(w) || LEADS_TO_CITATION.test(text.slice(end, end + 60)));
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
}

/** The names of the unseen characters in `written`, once each. */
export function unseenIn(written: string): string[] {
  return [...new Set(written.match(UNSEEN_RE) ?? [])].map((c) => UNSEEN_NAMES[c]);
}

/**
 * A U+FFFD stands where a file had bytes that could not be read as text (a Windows-1252
 * no-break space or quotation mark in a file read as UTF-8): "resolution 8/1,\uFFFDparagraph 98"
 * was read as "resolution 8/1" alone, and ok. One inside a citation, touching one, or beside a
 * word or number a citation is made of is said where it stands; elsewhere (prose) it is the
 * file's warning alone.
 */
const REPLACEMENT_BESIDE = /(?:\b(?:resolutions?|decisions?|paragraphs?|subparagraphs?|annex(?:es)?|recommendations?|paras?|pp|op|COP|session|meeting)\.?[ \u00a0]*\uFFFD|\d\uFFFD|\uFFFD[ \u00a0]*(?:resolutions?|decisions?|paragraphs?|subparagraphs?|annex(?:es)?|recommendations?|paras?\b|\d|\((?:[a-z]{1,3}|[ivx]{1,5})\)))/gi;

/** How far from a citation a U+FFFD may hide part of it (its date, session or title), in characters. */
const REPLACEMENT_NEAR = 60;

/** Where such a U+FFFD stands, in order; `spans`: the citations found (in order). */
export function replacementsInCitations(text: string, spans: readonly Span[]): Span[] {
  const at = new Set<number>();
  REPLACEMENT_BESIDE.lastIndex = 0;
  for (let m = REPLACEMENT_BESIDE.exec(text); m; m = REPLACEMENT_BESIDE.exec(text)) at.add(m.index + m[0].indexOf('\uFFFD'));
  let s = 0;
  for (let p = text.indexOf('\uFFFD'); p >= 0; p = text.indexOf('\uFFFD', p + 1)) {
    while (s < spans.length && spans[s].end + REPLACEMENT_NEAR < p) s++;
    // Inside a citation, or near enough to hide a part of it: "8/1,\uFFFDparagraph", a title's
    // quotation marks, "adopted at its eighth\uFFFDsession".
    for (let k = s; k < spans.length && spans[k].start - REPLACEMENT_NEAR <= p; k++) {
      if (p < spans[k].start - REPLACEMENT_NEAR || p >= spans[k].end + REPLACEMENT_NEAR) continue;
      // On the citation's line: a line above or below is other text.
      const between = p < spans[k].start ? text.slice(p, spans[k].start) : p >= spans[k].end ? text.slice(spans[k].end, p) : '';
      if (!/[\n\r]/.test(between)) at.add(p);
    }
  }
  return [...at].sort((a, b) => a - b).map((p) => ({ start: p, end: p + 1 }));
}

/** A word a citation is made of, broken at a line's end by a hyphen, as text copied from a PDF is. */
export interface HyphenSplit {
  /** "reso-⏎lution", as written. */
  word: Span;
  /** "resolution". */
  joined: string;
  /** What the checker reads: "reso" and "lution". */
  parts: [string, string];
}

// The next line may go on inside a Markdown quotation ("> ").
const HYPHEN_SPLIT_RE = /([A-Za-z]+)-[ \t]*\r?\n[ \t]*(?:>[ \t>]*)?([a-z]+)/g;

/**
 * "Recalls reso-⏎lution 8/1, paragraph 99": the kind word, a locator word or a month broken at a
 * line's end by a hyphen (text pasted from a PDF) hid the citation, or a part of it, and nothing
 * was said. Found where the joined word is one a citation is made of, where it stands, and not
 * inside a citation found (`found`, in order).
 */
export function hyphenSplits(text: string, found: readonly Span[]): HyphenSplit[] {
  const out: HyphenSplit[] = [];
  let f = 0;
  HYPHEN_SPLIT_RE.lastIndex = 0;
  for (let m = HYPHEN_SPLIT_RE.exec(text); m; m = HYPHEN_SPLIT_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start > 0 && /[A-Za-z0-9]/.test(text[start - 1])) continue;
    while (f < found.length && found[f].end <= start) f++;
    if (f < found.length && found[f].start < end) continue;
    const joined = m[1] + m[2];
    if (!inCitation(text, start, end, joined)) continue;
    out.push({ word: { start, end }, joined, parts: [m[1], m[2]] });
  }
  return out;
}
