// The rule that keeps "ok" honest: locator material that touches a reference but that the
// grammar did not read is marked on the reference (`unread`), so the resolver reports it
// (`unread-locator`, status `partial`) instead of dropping it.
//
//   unreadAfter  = [ "," ] [ "and" | "or" ] trigger { locatorToken } ;   (up to the next reference)
//   unreadBefore = { locatorToken | "of" | "to" | "the" } ( "of" | "to" ) ;   (the reference follows)
//   trigger      = paraWord | recommendationWord | foreignWord | "annex" | "preambular" | "PP" | LABEL | NUM
//                | insertedSuffix ("bis" | "ter" | "quater" | …: "paragraph 3 bis")
//                | ( "to" | DASH ) SYMBOL   (a range of instruments not read as one: "resolutions 8/1 to 9/3")
//                | ORDINAL "preambular" | "(" ( paraWord | recommendationWord | "annex" | "PP" ) ;
//   locatorToken = trigger words | NUM | LABEL | ROMAN | ORDINAL | "st" | "nd" | "rd" | "th"
//                | "and" | "or" | "," | "." | DASH | "(" | ")" ;
//   foreignWord  = "section" | "chapter" | "clause" | "item" | "point" | "footnote" | … ;
//
// Material counts only if it holds a value (a number, a label, an annex numeral or an ordinal)
// or a locator word of this grammar ("resolution 8/1, para."); the nouns of other citation
// systems count only with a value ("section II", not "points out"). Before the reference it must also hold a locator word or a label, so
// "2016 of resolution 8/1" or "chapter 3 of" stay prose. A label alone after a line break
// starts a list item, not a locator; a tab separates table cells, so nothing across one touches
// the reference (the thematic indexes print "Decision 3/2<TAB>(d)"). The rule runs on the text between references, after the
// scan, so it is the same whichever scanner found the references; it reads each gap once
// forward (after a reference) and at most `LEADING_WINDOW` characters back (before one).

import type { Reference, Span } from './reference';
import { isSpaceCode, Tokens } from './tokens';
import { ORDINAL_SUFFIXES, PARA_WORDS, RECOMMENDATION_WORDS, ROMAN_RAW, TENS, ordinalWordValue } from './vocabulary';

/**
 * How far back from a reference unread locator material is looked for: longer than any
 * realistic chain ("subparagraph (iii) of subparagraph (q) of paragraph 12 of annex II to" is
 * 70 characters), short enough that prose before a reference is never tokenized twice over.
 */
export const LEADING_WINDOW = 200;

/** References whose verdict says what was checked; the others are not checked at all. */
const CHECKED_KINDS = new Set<Reference['kind']>(['cop', 'report', 'wg', 'symbol', 'compendium', 'session']);

/**
 * Nouns of other citation systems the grammar has no rule for ("section II", "chapter 3"):
 * next to a reference they are locator material it did not read, never prose to skip.
 */
const FOREIGN_LOCATOR_WORDS = new Set([
  'section', 'sections', 'subsection', 'chapter', 'chapters', 'clause', 'clauses', 'item', 'items', 'point', 'points',
  'footnote', 'footnotes', 'appendix', 'page', 'pages', 'line', 'lines', 'indent', 'table', 'sub-item',
  // "pp. 3", "p. 12" are pages (the preambular paragraphs are "PP"); "second sentence", "first bullet".
  'pp', 'p', 'sentence', 'sentences', 'bullet', 'bullets',
  // Abbreviations and nouns drafters write for parts ("par. 25", "subpara. (c)", "rec. (p)",
  // "fn. 9", "letter (p)", "PPs 4 and 12", "attachment II", "8/1/Add.1").
  'par', 'paragr', 'subpara', 'subparas', 'sub-para', 'sub-paras', 'rec', 'recs', 'preamb', 'preamble', 'pps', 'ops', 'fn', 'fns',
  'letter', 'letters', 'attachment', 'attachments', 'enclosure', 'enclosures', 'part', 'parts', 'add', 'rev', 'corr',
]);

/** "paragraphs 3 et seq.", "3 ff.": the paragraphs after it, which the grammar does not read. */
const FOLLOWING_WORDS = new Set(['seq', 'seqq', 'sqq', 'ff', 'passim', 'etc']);

/**
 * "paragraph 3 bis", "paragraph 3 alt": a paragraph inserted (or an alternative to one) during negotiation. Adopted texts number theirs
 * without them, so after a reference the suffix is locator material the grammar did not read
 * (the reference would otherwise pass as paragraph 3), never prose.
 */
const INSERTED_SUFFIXES = new Set([
  // "paragraph 3 alt", "alt 1": an alternative text of a paragraph under negotiation, never in an adopted text.
  'alt',
  'bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies', 'novies', 'nonies', 'decies',
  'undecies', 'duodecies', 'terdecies', 'quaterdecies', 'quindecies', 'sexdecies', 'septdecies', 'octodecies', 'novodecies', 'vicies',
]);

type Role = 'keyword' | 'value' | 'joiner' | 'open' | 'close' | 'none';

function roleOf(tokens: Tokens, k: number): Role {
  const ty = tokens.type(k);
  if (ty === 'num' || ty === 'plabel' || ty === 'slashnum') return 'value';
  // "resolutions 8/1 to 9/3": a range the grammar did not read as one (not one session's, or backwards).
  if (tokens.type(k + 1) === 'slashnum' && (ty === 'dash' || tokens.isWord(k, 'to') || tokens.isWord(k, 'through') || tokens.isWord(k, 'thru'))) return 'joiner';
  if (ty === 'dash') return 'joiner';
  if (ty === 'punct') {
    if (tokens.isPunct(k, ',') || tokens.isPunct(k, '.')) return 'joiner';
    // "(h) & (p)", "(h) + (p)", "(h)/(p)": other ways of joining labels.
    if ((tokens.isPunct(k, '&') || tokens.isPunct(k, '+') || tokens.isPunct(k, '/')) && (tokens.type(k + 1) === 'plabel' || tokens.type(k + 1) === 'num' || tokens.type(k + 1) === 'slashnum' || tokens.type(k + 1) === 'word')) return 'joiner';
    if (tokens.isPunct(k, '(') || tokens.isPunct(k, '[')) return 'open';
    if (tokens.isPunct(k, ')') || tokens.isPunct(k, ']')) return 'close';
    // "§ 25", "¶ 25": the section and paragraph signs.
    if (tokens.isPunct(k, '§') || tokens.isPunct(k, '¶')) return 'keyword';
    return 'none';
  }
  if (ty !== 'word') return 'none';
  if (isHalfParenLabel(tokens, k)) return 'value';
  // "(P)", "(ZZ)", "(IX)": a label in capitals, which the tokenizer does not make a label of.
  if (tokens.isPunct(k - 1, '(') && tokens.isPunct(k + 1, ')') && /^(?:[A-Z]|([A-Z])\1|[IVXL]{2,6})$/.test(tokens.raw(k)!)) return 'value';
  const v = tokens.value(k)!;
  if (PARA_WORDS.has(v) || RECOMMENDATION_WORDS.has(v) || FOREIGN_LOCATOR_WORDS.has(v) || v === 'annex' || v === 'annexes' || v === 'preambular' || tokens.isRaw(k, 'PP')) return 'keyword';
  // "section A", "chapter B": a capital letter names the part a foreign locator word opens.
  if (/^[A-Z]$/.test(tokens.raw(k)!) && k > 0 && tokens.type(k - 1) === 'word' && FOREIGN_LOCATOR_WORDS.has(tokens.value(k - 1)!)) return 'value';
  if (ROMAN_RAW.test(tokens.raw(k)!) || ordinalWordValue(v) !== undefined || TENS.includes(v) || INSERTED_SUFFIXES.has(v) || FOLLOWING_WORDS.has(v)) return 'value';
  if (v === 'et' && tokens.type(k + 1) === 'word' && FOLLOWING_WORDS.has(tokens.value(k + 1)!)) return 'value';
  if (ORDINAL_SUFFIXES.includes(v) && k > 0 && tokens.type(k - 1) === 'num' && tokens.end(k - 1) === tokens.start(k)) return 'value';
  if (v === 'and' || v === 'or') return 'joiner';
  return 'none';
}

/** "13 b)", "c) iv)": a letter or small numeral closed by a parenthesis that none opened. */
function isHalfParenLabel(tokens: Tokens, k: number): boolean {
  return tokens.type(k) === 'word' && tokens.isPunct(k + 1, ')') && tokens.start(k + 1) === tokens.end(k) && !tokens.isPunct(k - 1, '(') && /^(?:[a-z]|[ivx]{1,5})$/i.test(tokens.raw(k)!);
}

function hasTab(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 9) return true;
  return false;
}

/** Whether unread material starts at `k` (the first token after the comma and "and"). */
function triggers(tokens: Tokens, k: number, afterComma: boolean, text: string, from: number): boolean {
  const role = roleOf(tokens, k);
  if (role === 'keyword') return true;
  if (role === 'joiner' && tokens.type(k + 1) === 'slashnum') return true;
  // "(l) & (p)", "(h) + (p)", "(h)/(p)": a label joined in a way the grammar does not read.
  if (role === 'joiner' && !tokens.isPunct(k, ',') && !tokens.isPunct(k, '.') && (tokens.type(k + 1) === 'plabel' || tokens.type(k + 1) === 'num')) return true;
  // "8/1/Add.1": the symbol goes on right after what was read.
  if (tokens.isPunct(k, '/') && tokens.start(k) === from && tokens.type(k + 1) === 'word') return true;
  // "paragraph 3-bis"
  if (tokens.type(k) === 'dash' && tokens.type(k + 1) === 'word' && INSERTED_SUFFIXES.has(tokens.value(k + 1)!)) return true;
  // "(annex II)", and "paragraph 3 (bis)", "(alt)".
  if (role === 'open') return roleOf(tokens, k + 1) === 'keyword' || (tokens.type(k + 1) === 'word' && (INSERTED_SUFFIXES.has(tokens.value(k + 1)!) || roleOf(tokens, k + 1) === 'value'));
  // "resolutions 8/1, paragraph 13, and 9/3, paragraph 4": an instrument after a checked
  // reference, joined by a comma or "and" only, belongs to a list the grammar did not read.
  // (k > 0: something stood between, a comma or "and"; a symbol right after is the tokenizer's own.)
  if (tokens.type(k) === 'slashnum' && k > 0) return true;
  // "third annex", "para. 13 b)": an ordinal before "annex"; a letter closed by a parenthesis alone.
  if (role === 'value' && tokens.type(k) === 'word' && tokens.isWord(k + 1, 'annex')) return true;
  // On the next line "b)" opens a list item, as a label or number does there.
  if (isHalfParenLabel(tokens, k)) return !/[\n\r]/.test(text.slice(from, tokens.start(k)));
  // A label or a number right after the reference is a locator it did not read ("resolution
  // 8/1, 2", "resolution 8/1 (z)"); on the next line without a comma, it starts a list item.
  if (tokens.type(k) === 'plabel' || tokens.type(k) === 'num') return afterComma || !/[\n\r]/.test(text.slice(from, tokens.start(k)));
  if (role === 'value' && tokens.type(k) === 'word') {
    if (INSERTED_SUFFIXES.has(tokens.value(k)!) || FOLLOWING_WORDS.has(tokens.value(k)!) || tokens.isWord(k, 'et')) return true;
    // An ordinal: only as "sixth preambular paragraph", "eighth and ninth preambular …", "second sentence".
    let e = k + 1;
    while ((roleOf(tokens, e) === 'value' && tokens.type(e) === 'word') || tokens.isWord(e, 'and') || tokens.isWord(e, 'or') || tokens.isPunct(e, ',')) e++;
    return tokens.isWord(e, 'preambular') || (tokens.type(e) === 'word' && FOREIGN_LOCATOR_WORDS.has(tokens.value(e)!));
  }
  return false;
}

// One of each, reset for every reference: a new `Tokens` per reference (five typed arrays) was a
// fifth of the scan's time in the profile, with the collector's share on top.
const AFTER = new Tokens('', 0, 0);
const BEFORE = new Tokens('', 0, 0);

/** Unread material right after `ref`, before `limit`; undefined if none. */
function unreadAfter(text: string, ref: Reference, limit: number): Span | undefined {
  const tokens = AFTER;
  tokens.reset(text, ref.span.end, limit);
  // "IV.c.i-iii": a compendium locator that goes on with no space after what the grammar read
  // (".i-iii") is the same locator, read only in part.
  if (ref.kind === 'compendium' && tokens.isPunct(0, '.') && tokens.start(0) === ref.span.end && tokens.has(1) && tokens.start(1) === tokens.end(0) && tokens.type(1) !== 'punct') {
    let e = 1;
    while (tokens.has(e + 1) && tokens.start(e + 1) === tokens.end(e) && !tokens.isPunct(e + 1, ',') && !tokens.isPunct(e + 1, ';') && !tokens.isPunct(e + 1, ')')) e++;
    return { start: tokens.start(0), end: tokens.end(e) };
  }
  // "resolution 8/1A", "para. 13b": a word written tight against the symbol or number read is
  // part of it, not prose.
  const lastRead = text.charCodeAt(ref.span.end - 1);
  if (tokens.type(0) === 'word' && tokens.start(0) === ref.span.end && ((lastRead >= 48 && lastRead <= 57) || lastRead === 41)) {
    return { start: tokens.start(0), end: tokens.end(0) };
  }
  let k = 0;
  let afterComma = false;
  // A colon is read over like a comma, but does not join what is on the next line (a list after it).
  while (tokens.isPunct(k, ',') || tokens.isPunct(k, ':')) {
    if (tokens.isPunct(k, ',')) afterComma = true;
    k++;
  }
  // "resolution 8/1 – paragraph 25": a dash before a locator word.
  if (tokens.type(k) === 'dash' && roleOf(tokens, k + 1) === 'keyword') k++;
  if (tokens.isWord(k, 'and') || tokens.isWord(k, 'or')) k++;
  if (!tokens.has(k) || !triggers(tokens, k, afterComma, text, ref.span.end)) return undefined;
  if (hasTab(text, ref.span.end, tokens.start(k))) return undefined;
  const first = k;
  let last = -1;
  let depth = 0;
  let hasValue = false;
  /** A word of this grammar ("paragraph", "annex", "PP"): locator material even without a value. */
  let hasOwnWord = false;
  for (let e = first; tokens.has(e); e++) {
    const role = roleOf(tokens, e);
    if (role === 'none' || (e > first && hasTab(text, tokens.end(e - 1), tokens.start(e)))) break;
    if (role === 'open') depth++;
    else if (role === 'close') {
      // "b)": the parenthesis that closes a label opened by none.
      if (depth === 0 && !(e > first && tokens.start(e) === tokens.end(e - 1) && tokens.type(e - 1) === 'word' && roleOf(tokens, e - 1) === 'value')) break;
      if (depth > 0) depth--;
      last = e;
    } else if (role === 'keyword' || role === 'value') {
      last = e;
      if (role === 'value') hasValue = true;
      // "PP" (upper case) is this grammar's preambular paragraph; "pp." lower case is pages.
      else if (!FOREIGN_LOCATOR_WORDS.has(tokens.value(e)!) || tokens.isRaw(e, 'PP')) hasOwnWord = true;
    }
  }
  if (last < first || !(hasValue || hasOwnWord)) return undefined;
  return { start: tokens.start(first), end: tokens.end(last) };
}

/**
 * Whether the last token of `from`–`to` can be "of" or "to" (the link `unreadBefore` needs),
 * read from the characters before `to` instead of tokenizing the whole window: after the
 * spaces, a letter other than f/o, a digit or ",.;:" ends the last token, and that token is no
 * "of"/"to". No skip of the tokenizer can hide that character (a tag or a label would have to
 * close after it, within the spaces) except a link wrapper "](…)", whose closing parenthesis is
 * looked for past `to`: with "](" in the window the tokens are read as before.
 */
export function mayEndWithLink(text: string, from: number, to: number): boolean {
  let q = to - 1;
  while (q >= from && (text.charCodeAt(q) === 10 || isSpaceCode(text.charCodeAt(q)))) q--;
  if (q < from) return false;
  const c = text.charCodeAt(q);
  const lower = c | 32;
  const ends = (lower >= 97 && lower <= 122 && lower !== 102 && lower !== 111) || (c >= 48 && c <= 57) || c === 44 || c === 46 || c === 59 || c === 58;
  if (!ends) return true;
  for (let k = q - 1; k >= from; k--) if (text.charCodeAt(k) === 93 && text.charCodeAt(k + 1) === 40) return true;
  return false;
}

/** Unread material right before `ref`, after `floor` (the end of the reference before it). */
function unreadBefore(text: string, ref: Reference, floor: number): Span | undefined {
  let from = Math.max(floor, ref.span.start - LEADING_WINDOW);
  // Start between tokens: at the first space of the window (or at the previous reference's end).
  if (from > floor) {
    while (from < ref.span.start && !/\s/.test(text[from])) from++;
  }
  if (!mayEndWithLink(text, from, ref.span.start)) return undefined;
  const tokens = BEFORE;
  tokens.reset(text, from, ref.span.start);
  let n = 0;
  while (tokens.has(n)) n++;
  const link = n - 1;
  if (link < 1 || !(tokens.isWord(link, 'of') || tokens.isWord(link, 'to'))) return undefined;
  // "annex I, paragraph 3, to resolution 8/1": a comma may stand before the link.
  const before = roleOf(tokens, tokens.isPunct(link - 1, ',') ? link - 2 : link - 1);
  if (before !== 'value' && before !== 'keyword' && before !== 'close') return undefined;
  if (hasTab(text, tokens.end(link), ref.span.start)) return undefined;
  let first = link;
  let depth = 0;
  let named = false;
  for (let e = link - 1; e >= 0; e--) {
    if (hasTab(text, tokens.end(e), tokens.start(e + 1))) break;
    const role = roleOf(tokens, e);
    const chainWord = tokens.isWord(e, 'of') || tokens.isWord(e, 'to') || tokens.isWord(e, 'the');
    if (role === 'none' && !chainWord) break;
    if (role === 'close') depth++;
    else if (role === 'open') {
      if (depth === 0) break;
      depth--;
    }
    if (role === 'keyword' || tokens.type(e) === 'plabel') named = true;
    if (role === 'keyword' || role === 'value' || role === 'open' || (tokens.isWord(e, 'the') && e + 1 < link)) first = e;
  }
  if (first >= link || !named) return undefined;
  return { start: tokens.start(first), end: tokens.end(link) };
}

/**
 * Marks on each checked reference the locator material next to it that the grammar did not
 * read, and widens the reference over it (so its range, its hover and its remembered verdict
 * include what was not understood). `from`–`to` is the block the references were found in.
 */
export function markUnread(text: string, refs: Reference[], from: number, to: number): Reference[] {
  for (let r = 0; r < refs.length; r++) {
    const ref = refs[r];
    if (!CHECKED_KINDS.has(ref.kind)) continue;
    const floor = r > 0 ? refs[r - 1].span.end : from;
    const limit = r + 1 < refs.length ? refs[r + 1].span.start : to;
    const before = ref.span.start > floor ? unreadBefore(text, ref, floor) : undefined;
    const after = limit > ref.span.end ? unreadAfter(text, ref, limit) : undefined;
    if (!before && !after) continue;
    // A rule may have marked what it read past ("held …" after two sessions).
    ref.unread = ref.unread ?? [];
    if (before) {
      ref.unread.push({ ...before, side: 'before' });
      ref.span = { start: before.start, end: ref.span.end };
    }
    if (after) {
      ref.unread.push({ ...after, side: 'after' });
      ref.span = { start: ref.span.start, end: after.end };
    }
  }
  return refs;
}
