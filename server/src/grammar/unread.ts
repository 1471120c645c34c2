// The rule that keeps "ok" honest: locator material that touches a reference but that the
// grammar did not read is marked on the reference (`unread`), so the resolver reports it
// (`unread-locator`, status `partial`) instead of dropping it.
//
//   unreadAfter  = [ "," ] [ "and" | "or" ] [ introduction ] trigger { locatorToken } ;   (up to the next reference)
//   introduction = [ "(" ] introWord { introWord | "," | "." } ;   ("namely", "and its", "(see", "i.e.": then only a locator word triggers)
//   unreadBefore = { locatorToken | "of" | "to" | "the" } link ;   (the reference follows)
//   link         = "of" | "to"
//                | ( "in" | "from" | "within" | "under" | placing "in" | adopting "by" | link ( "the" | "both" | "either" )
//                  | "and" | "or" | "," ) ;   (these need a value; the last three only before a reference that opens with its locator)
//   placing      = [ "," ] [ "as" | ( "which" | "that" ) ( "is" | "are" ) ] ( "contained" | "set out" | "listed" | "referred to" | … ) ;
//   adopting     = [ "," ] [ "as" | … ] ( "adopted" | "made" | "formulated" | "issued" | "agreed" | "approved" | "endorsed" ) ;
//   trigger      = paraWord | recommendationWord | foreignWord | "annex" | "preambular" | "PP" | LABEL | NUM
//                | insertedSuffix ("bis" | "ter" | "quater" | …: "paragraph 3 bis")
//                | ( "to" | DASH ) SYMBOL   (a range of instruments not read as one: "resolutions 8/1 to 9/3")
//                | ORDINAL "preambular" | "(" ( paraWord | recommendationWord | "annex" | "PP" ) ;
//                | joiner ( NUM | LABEL )   (after a number or a label: "paragraph 3 until 9")
//   locatorToken = trigger words | NUM | LABEL | ROMAN | ORDINAL | CARDINAL | "st" | "nd" | "rd" | "th"
//                | "and" | "or" | "," | "." | DASH | "(" | ")" | joiner ;
//   joiner       = "until" | "till" | "plus" | "et" | "up to" | "as well as" | "and also" | "~" | "＋" | "－" | … ;
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

import { opensPartAfter } from './draftOutline';
import type { Reference, Span } from './reference';
import { distance } from './misspeltKind';
import { isSpaceCode, isWordCode, Tokens } from './tokens';
import { MONTH_WORDS, ORDINAL_SUFFIXES, PARA_WORDS, RECOMMENDATION_WORDS, ROMAN_RAW, TENS, ordinalWordValue } from './vocabulary';

/**
 * How far back from a reference unread locator material is looked for: longer than any
 * realistic chain ("subparagraph (iii) of subparagraph (q) of paragraph 12 of annex II to" is
 * 70 characters), short enough that prose before a reference is never tokenized twice over.
 */
export const LEADING_WINDOW = 200;

/** References whose verdict says what was checked; the others are not checked at all. */
const CHECKED_KINDS = new Set<Reference['kind']>(['cop', 'report', 'wg', 'symbol', 'compendium', 'session', 'self', 'internal']);

/**
 * Nouns of other citation systems the grammar has no rule for ("section II", "chapter 3"):
 * next to a reference they are locator material it did not read, never prose to skip.
 */
const FOREIGN_LOCATOR_WORDS = new Set([
  'section', 'sections', 'subsection', 'chapter', 'chapters', 'clause', 'clauses', 'item', 'items', 'point', 'points',
  'footnote', 'footnotes', 'appendix',
  // A COP instrument has no articles or rules: "resolution 8/1, article 3" is another text's, or a slip.
  'article', 'articles', 'art', 'rule', 'rules', 'page', 'pages', 'line', 'lines', 'indent', 'table', 'sub-item',
  // "pp. 3", "p. 12" are pages (the preambular paragraphs are "PP"); "second sentence", "first bullet".
  'pp', 'p', 'sentence', 'sentences', 'bullet', 'bullets',
  // Abbreviations and nouns drafters write for parts ("par. 25", "subpara. (c)", "rec. (p)",
  // "fn. 9", "letter (p)", "PPs 4 and 12", "attachment II", "8/1/Add.1").
  'par', 'paragr', 'subpara', 'subparas', 'sub-para', 'sub-paras', 'rec', 'recs', 'preamb', 'preamble', 'pps', 'ops', 'fn', 'fns',
  'letter', 'letters', 'attachment', 'attachments', 'enclosure', 'enclosures', 'part', 'parts', 'add', 'rev', 'corr',
  // "figure 1", "sect. 2", "chap. I", "annexure III".
  'figure', 'figures', 'fig', 'sect', 'sects', 'chap', 'chaps', 'annexure', 'annexures',
  // "lit. (o)", "litt. (a) and (b)", "cl. (z)": letters and clauses as other legal systems cite them.
  'lit', 'litt', 'cl',
  // "paragraph 1, sub (z)" (dropped, and ok; found by a probe).
  'sub',
]);

/**
 * Nouns of prose that name a part only with a number or an ordinal: "operative provision 25",
 * "the ninth recital" (not "the provisions of resolution 8/1").
 */
const NUMBERED_ONLY_WORDS = new Set(['provision', 'provisions', 'recital', 'recitals']);

/**
 * This grammar's own locator words, which a slip of one or two letters makes words it has no rule
 * for: "paragrpah 25 of", "anex III", "annexe III", "recomendation (z)". The reference was read
 * without them, and ok.
 */
const OWN_LOCATOR_WORDS = ['paragraph', 'paragraphs', 'subparagraph', 'subparagraphs', 'annex', 'annexes', 'recommendation', 'recommendations', 'preambular'];
/** Words within a slip of an own locator word that are words of their own. */
const NOT_SLIPS = new Set(['annexed', 'annexing', 'paragraphed', 'preamble', 'preambles']);

/**
 * A slip for one of `OWN_LOCATOR_WORDS`, only before a value ("anex III", "paragrpah 25"): the
 * first two letters as written, then at most one edit (two in words of eight letters or more).
 */
function slipOfOwnWord(tokens: Tokens, k: number, v: string): boolean {
  if (v.length < 4 || v.length > 16 || NOT_SLIPS.has(v)) return false;
  const n = k + 1;
  const valueNext = tokens.type(n) === 'num' || tokens.type(n) === 'plabel' || (tokens.type(n) === 'word' && /^(?:[IVXLC]{1,6}|[ivx]{1,4})$/.test(tokens.raw(n)!));
  if (!valueNext) return false;
  for (const w of OWN_LOCATOR_WORDS) {
    if (w.charCodeAt(0) !== v.charCodeAt(0) || w.charCodeAt(1) !== v.charCodeAt(1) || w === v) continue;
    if (distance(v, w, 2) <= (w.length >= 8 ? 2 : 1)) return true;
  }
  return false;
}

/** "annexI", "annex-III", "paragraph-25": an own locator word run together with its value. */
const RUN_TOGETHER = /^(?:annex|paragraph|para)-?(?:[IVXLC]{1,6}|\d{1,3})$/i;

/**
 * "paragraphs 3 et seq.", "3 ff.", "3 to 9 inclusive": the paragraphs after it, or a range
 * qualified in a way the grammar does not read.
 */
const FOLLOWING_WORDS = new Set(['seq', 'seqq', 'sqq', 'f', 'ff', 'passim', 'etc', 'inclusive', 'inclusively', 'onwards', 'onward']);

/**
 * Words and signs that join two numbers or labels in a way the grammar does not read as a list
 * or a range ("paragraphs 3 until 9", "(a) plus (c)", "3 ~ 5", "3 － 5" with a full-width
 * hyphen). Between values they are locator material: read as prose, "paragraphs 3 until 99 of
 * resolution 8/1" passed as resolution 8/1 alone, its paragraphs never checked.
 */
const UNREAD_JOINER_WORDS = new Set(['until', 'till', 'plus', 'through', 'thru']);
const UNREAD_JOINER_SIGNS = new Set(['~', '\uff5e', '\u301c', '\uff0b', '\uff0d']);

/** "one" to "ninety-nine": a number spelled out ("paragraph ninety-nine"). */
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const CARDINALS = new Set([
  ...UNITS,
  ...['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'hundred'],
  ...TENS.flatMap((t) => UNITS.map((u) => `${t}-${u}`)),
]);

/**
 * The tokens of a joining phrase that the grammar does not read, around token `k`: "up to",
 * "as well as", "and also". Each of its words is a joiner only inside the whole phrase, so
 * "as", "well" and "up" elsewhere stay prose.
 */
const JOINER_PHRASE_WORDS = new Set(['up', 'to', 'also', 'well', 'as', 'including']);

function inJoinerPhrase(tokens: Tokens, k: number): boolean {
  if (tokens.isWord(k, 'up')) return tokens.isWord(k + 1, 'to');
  // "3 through to 9", "3 to and including 9".
  if (tokens.isWord(k, 'to')) {
    // "(a) to (ab)": a range to a label the tokenizer does not make one of.
    if (tokens.isPunct(k + 1, '(') && tokens.type(k + 2) === 'word' && isLabelLike(tokens, k + 2)) return true;
    return tokens.isWord(k - 1, 'up') || tokens.isWord(k - 1, 'through') || tokens.isWord(k - 1, 'thru') || (tokens.isWord(k + 1, 'and') && tokens.isWord(k + 2, 'including'));
  }
  if (tokens.isWord(k, 'including')) return tokens.isWord(k - 1, 'and') && tokens.isWord(k - 2, 'to');
  if (tokens.isWord(k, 'also')) return tokens.isWord(k - 1, 'and') || tokens.isWord(k - 1, 'or');
  if (tokens.isWord(k, 'well')) return tokens.isWord(k - 1, 'as') && tokens.isWord(k + 1, 'as');
  if (tokens.isWord(k, 'as')) return (tokens.isWord(k + 1, 'well') && tokens.isWord(k + 2, 'as')) || (tokens.isWord(k - 1, 'well') && tokens.isWord(k - 2, 'as'));
  return false;
}

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

/** A full-width or ideographic comma ("resolution 8/1， paragraph 99"): a comma to the reader (what followed it was dropped, and ok). */
function isWideComma(tokens: Tokens, k: number): boolean {
  return tokens.isPunct(k, '\uff0c') || tokens.isPunct(k, '\u3001');
}

function roleOf(tokens: Tokens, k: number): Role {
  const ty = tokens.type(k);
  if (ty === 'num' || ty === 'plabel' || ty === 'slashnum') return 'value';
  // "resolutions 8/1 to 9/3": a range the grammar did not read as one (not one session's, or backwards).
  if (tokens.type(k + 1) === 'slashnum' && (ty === 'dash' || tokens.isWord(k, 'to') || tokens.isWord(k, 'through') || tokens.isWord(k, 'thru'))) return 'joiner';
  if (ty === 'dash') return 'joiner';
  if (ty === 'punct') {
    if (tokens.isPunct(k, ',') || tokens.isPunct(k, '.') || isWideComma(tokens, k)) return 'joiner';
    // "(h) & (p)", "(h) + (p)", "(h)/(p)": other ways of joining labels.
    if ((tokens.isPunct(k, '&') || tokens.isPunct(k, '+') || tokens.isPunct(k, '/')) && (tokens.type(k + 1) === 'plabel' || tokens.type(k + 1) === 'num' || tokens.type(k + 1) === 'slashnum' || tokens.type(k + 1) === 'word')) return 'joiner';
    if (UNREAD_JOINER_SIGNS.has(tokens.raw(k)!)) return 'joiner';
    // Full-width parentheses too ("annex I, （o)", as typed with an East Asian input method).
    if (tokens.isPunct(k, '(') || tokens.isPunct(k, '[') || tokens.isPunct(k, '\uff08')) return 'open';
    if (tokens.isPunct(k, ')') || tokens.isPunct(k, ']') || tokens.isPunct(k, '\uff09')) return 'close';
    // "§ 25", "¶ 25": the section and paragraph signs.
    if (tokens.isPunct(k, '§') || tokens.isPunct(k, '¶')) return 'keyword';
    // "annex Ⅲ to resolution 8/1": a Roman numeral of its own Unicode block (dropped, and ok; found by a probe).
    if (/^[\u2160-\u2188]$/.test(tokens.raw(k)!)) return 'value';
    return 'none';
  }
  if (ty !== 'word') return 'none';
  if (isHalfParenLabel(tokens, k)) return 'value';
  // "(P)", "(ZZ)", "(IX)": a label in capitals, which the tokenizer does not make a label of.
  if (tokens.isPunct(k - 1, '(') && tokens.isPunct(k + 1, ')') && /^(?:[A-Z]|([A-Z])\1|[IVXL]{2,6})$/.test(tokens.raw(k)!)) return 'value';
  // "(ab)", "(h bis)", "(h-1)", "(h.1)": a label the tokenizer does not make one of (only a letter,
  // a doubled letter or a small numeral is). After "(h), " the rest of a list was dropped, and
  // "resolution 8/1, annex I, (h), (ab) and (zz)" was ok as (h) alone.
  if (tokens.isPunct(k - 1, '(') && isLabelLike(tokens, k)) return 'value';
  // "99 (a of", "13 (a, b)", "annex I, (z": a letter opened as a label after a number (or where
  // a reference ends: the window's first token) and not closed, before what ends or joins labels
  // ("resolution 8/1 (a landmark text)" is prose).
  if (tokens.isPunct(k - 1, '(') && tokens.end(k) - tokens.start(k) <= 5 && (atWindowStart(tokens, k) || tokens.type(k - 2) === 'num' || tokens.type(k - 2) === 'plabel') && /^(?:[a-z]{1,2}|[ivx]{1,5})$/.test(tokens.raw(k)!) && unclosedLabelEnds(tokens, k + 1)) return 'value';
  // "annex I, z", "annex II, 1 z", "annex I, [z]" (negotiation brackets are read through), "item j":
  // a letter written as a label without its parentheses, before what ends or joins labels.
  // (Position and length first: this is asked of every word the rule reads, and `raw` makes a string.)
  if (tokens.end(k) - tokens.start(k) <= 2 && (k === 0 || tokens.isPunct(k - 1, ',') || tokens.isWord(k - 1, 'item') || tokens.isWord(k - 1, 'items') || LETTER_WORDS.has(tokens.value(k - 1) ?? '') || (tokens.isPunct(k - 1, '.') && LETTER_WORDS.has(tokens.value(k - 2) ?? ''))) && BARE_LETTER.test(tokens.raw(k)!) && !tokens.isRaw(k, 'pp') && unclosedLabelEnds(tokens, k + 1)) return 'value';
  const v = tokens.value(k)!;
  if ((v === 'item' || v === 'items') && tokens.type(k + 1) === 'word' && BARE_LETTER.test(tokens.raw(k + 1)!)) return 'keyword';
  // "resolution 8/1, No. 25", "annex I, No. (o)": a number or a letter the grammar does not read.
  if ((v === 'no' || v === 'nos') && tokens.isPunct(k + 1, '.') && tokens.start(k + 1) === tokens.end(k) && (tokens.type(k + 2) === 'num' || tokens.type(k + 2) === 'plabel')) return 'keyword';
  if (RUN_TOGETHER.test(tokens.raw(k)!) || slipOfOwnWord(tokens, k, v)) return 'keyword';
  if (NUMBERED_ONLY_WORDS.has(v) && (tokens.type(k + 1) === 'num' || tokens.type(k + 1) === 'plabel' || (tokens.type(k - 1) === 'word' && ordinalWordValue(tokens.value(k - 1)!) !== undefined))) return 'keyword';
  // "paragraph 13, chapeau": the opening words of a paragraph, a part the grammar does not read.
  if (v === 'chapeau' || v === 'chapeaux') return 'keyword';
  // "note 2": a note of the text, only with its number ("takes note of" is prose).
  // "notes 15 new ratifications" counts: a word after the number other than a joiner or a link.
  if ((v === 'note' || v === 'notes') && tokens.type(k + 1) === 'num' && !(tokens.type(k + 2) === 'word' && !/^(?:and|or|to|of)$/i.test(tokens.raw(k + 2)!))) return 'keyword';
  // "paragraph 13 (part)", "(in part)": only a part of it is meant.
  if (v === 'part' && tokens.isPunct(k + 1, ')') && (tokens.isPunct(k - 1, '(') || (tokens.isWord(k - 1, 'in') && tokens.isPunct(k - 2, '(')))) return 'value';
  if (POSITION_WORDS.has(v) && tokens.type(k + 1) === 'word' && (FOREIGN_LOCATOR_WORDS.has(tokens.value(k + 1)!) || PARA_WORDS.has(tokens.value(k + 1)!))) return 'value';
  if (PARA_WORDS.has(v) || RECOMMENDATION_WORDS.has(v) || FOREIGN_LOCATOR_WORDS.has(v) || v === 'annex' || v === 'annexes' || v === 'preambular' || tokens.isRaw(k, 'PP')) return 'keyword';
  // "section A", "chapter B", "sect. A": a capital letter names the part a foreign locator word opens.
  if (/^[A-Z]$/.test(tokens.raw(k)!) && k > 0) {
    const w = tokens.isPunct(k - 1, '.') && k > 1 && tokens.start(k - 1) === tokens.end(k - 2) ? k - 2 : k - 1;
    if (tokens.type(w) === 'word' && FOREIGN_LOCATOR_WORDS.has(tokens.value(w)!)) return 'value';
  }
  // "annex iii", "annex IIII", "annex XX": a numeral after "annex" that the grammar does not read.
  if (k > 0 && (tokens.isWord(k - 1, 'annex') || tokens.isWord(k - 1, 'annexes')) && /^(?:[ivxlc]{1,6}|[IVXLC]{1,6})$/.test(tokens.raw(k)!)) return 'value';
  if (ROMAN_RAW.test(tokens.raw(k)!) || ordinalWordValue(v) !== undefined || TENS.includes(v) || INSERTED_SUFFIXES.has(v) || FOLLOWING_WORDS.has(v)) return 'value';
  if (v === 'et' && tokens.type(k + 1) === 'word' && FOLLOWING_WORDS.has(tokens.value(k + 1)!)) return 'value';
  if (CARDINALS.has(v)) return 'value';
  // "paragraphs 3 and following": the paragraphs after it (not "the following paragraphs").
  // Right after a reference that ends in its item, "and" is the first token of the window (k - 2 is the item).
  if (v === 'following' && tokens.isWord(k - 1, 'and') && (atWindowStart(tokens, k) || tokens.type(k - 2) === 'num' || tokens.type(k - 2) === 'plabel')) return 'value';
  // "paragraphs 3 et 9" (French), "3 until 9", "3 up to 9".
  if (v === 'et' || UNREAD_JOINER_WORDS.has(v) || (JOINER_PHRASE_WORDS.has(v) && inJoinerPhrase(tokens, k))) return 'joiner';
  if (ORDINAL_SUFFIXES.includes(v) && k > 0 && tokens.type(k - 1) === 'num' && tokens.end(k - 1) === tokens.start(k)) return 'value';
  if (v === 'and' || v === 'or') return 'joiner';
  // "paragraphs from 3 to 99 of": a range the grammar does not read in this form.
  if (v === 'from' && (tokens.type(k + 1) === 'num' || tokens.type(k + 1) === 'plabel') && tokens.type(k - 1) === 'word' && (PARA_WORDS.has(tokens.value(k - 1)!) || RECOMMENDATION_WORDS.has(tokens.value(k - 1)!))) return 'joiner';
  return 'none';
}

/** Words before a letter written without its parentheses: "letter z", "lit. z" (dropped, and ok; found by a probe). */
const LETTER_WORDS: ReadonlySet<string> = new Set(['letter', 'lit', 'litt']);

/** A letter label as the paragraphs are lettered, (a)–(z) then (aa)–(zz), written without its parentheses ("on", "pp." are words). */
const BARE_LETTER = /^([a-z])\1?$/;

/** Whether the "(" before token `k` opens the window read after a reference, or follows only its comma. */
function atWindowStart(tokens: Tokens, k: number): boolean {
  return k < 2 || (k < 3 && tokens.isPunct(k - 2, ','));
}

/** What may follow a label left open ("(a" then ",", "and", "of", the end): not ")", nor a word of prose. */
function unclosedLabelEnds(tokens: Tokens, e: number): boolean {
  if (!tokens.has(e)) return true;
  if (tokens.isPunct(e, ',') || tokens.isPunct(e, ';') || tokens.isPunct(e, '.') || tokens.isPunct(e, ':')) return true;
  return tokens.isWord(e, 'and') || tokens.isWord(e, 'or') || tokens.isWord(e, 'of') || tokens.isWord(e, 'to');
}

/**
 * Signs that may stand tight after a reference and go on with more text without being part of
 * it: punctuation of the sentence, brackets, emphasis, and the joiners the rules read themselves.
 */
const TIGHT_SIGNS_READ = new Set([',', ';', ':', '.', '(', ')', '[', ']', '*', '_', '/', '&', '+', '?', '\u2026', '<', '>', "'", '|', '"']);

/** "last sentence", "final subparagraph": a position among the parts, as an ordinal gives it. */
const POSITION_WORDS = new Set(['last', 'final', 'penultimate']);

/** Words in parentheses that are no label: English words of two letters, and "(sic)". */
const NOT_LABELS = new Set(['sic', 'or', 'to', 'in', 'on', 'at', 'as', 'it', 'is', 'be', 'by', 'we', 'an', 'if', 'no', 'so', 'up', 'do', 'go', 'he', 'me', 'my', 'of', 'us', 'am', 'eg', 'ie', 'cf', 'ed', 'en', 'fr', 'es', 'ar', 'ru', 'zh']);

/**
 * After "(": one or two small letters closed at once ("(ab)"; "(all)", "(new)" are words), or a
 * letter that goes on as a label would ("h bis", "h-1", "h.1").
 */
function isLabelLike(tokens: Tokens, k: number): boolean {
  const raw = tokens.raw(k)!;
  if (!/^(?:[a-z]{1,2}|([a-z])\1\1)$/.test(raw) || NOT_LABELS.has(raw)) return false;
  if (tokens.isPunct(k + 1, ')')) return true;
  const n = k + 1;
  if (tokens.type(n) === 'word' && INSERTED_SUFFIXES.has(tokens.value(n)!)) return true;
  return (tokens.type(n) === 'dash' || tokens.isPunct(n, '.')) && tokens.start(n) === tokens.end(k) && (tokens.type(n + 1) === 'num' || tokens.type(n + 1) === 'word') && tokens.start(n + 1) === tokens.end(n);
}

/** "13 b)", "c) iv)": a letter or small numeral closed by a parenthesis that none opened. */
function isHalfParenLabel(tokens: Tokens, k: number): boolean {
  return tokens.type(k) === 'word' && tokens.isPunct(k + 1, ')') && tokens.start(k + 1) === tokens.end(k) && !tokens.isPunct(k - 1, '(') && /^(?:[a-z]|[ivx]{1,5})$/i.test(tokens.raw(k)!);
}

function hasTab(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 9) return true;
  return false;
}

/** Whether `ref` ends in a whole annex ("…, annex I"). */
function endsInWholeAnnex(ref: Reference): boolean {
  for (const it of ref.items) if (it.span.end === ref.span.end && it.annex && it.path.length === 0) return true;
  return false;
}

/** Whether `ref` ends in one of its locator items ("paragraph 3", "(c)"), not a symbol, a date or a title. */
function endsInItem(ref: Reference): boolean {
  for (const it of ref.items) if (it.span.end === ref.span.end) return true;
  return false;
}

/** "paragraphs 3 to 5 inclusive", "resolutions 8/1 to 8/4 inclusive": the word only restates a range that was read. */
function restatesRange(text: string, ref: Reference): boolean {
  if (ref.items.some((it) => it.to !== undefined)) return true;
  const end = ref.span.end;
  return /(?:\b(?:to|through|thru)|[-\u2013\u2014])\s*\(?[0-9A-Za-z/]{1,8}\)?$/.test(text.slice(Math.max(ref.span.start, end - 24), end));
}

/** Between a symbol and a possessive's apostrophe: nothing, emphasis, or what is blank as read. */
const MARKS_ONLY_BETWEEN = /^[ *_]*$/;

/** What may stand between a reference and a number in parentheses set beside it. */
const ASIDE_GAP = /^(?:[^\S\r\n\t]*|\r?\n|\r)$/;

/**
 * "resolution 8/1 (99).": a number in parentheses (at `k`) right after the instrument, ending the
 * clause, is a locator written so (it was dropped, and ok); one that goes on ("(1) to compile") is prose.
 */
function numberAside(tokens: Tokens, k: number, from: number, afterComma: boolean): boolean {
  // Right after it: spaces of any kind and number ("resolution 8/1  (99)"), or one line break,
  // also CRLF (each was prose, and ok); not a blank line, not a tab (a table's next cell).
  if (afterComma || !ASIDE_GAP.test(tokens.text.slice(from, tokens.start(k))) || tokens.value(k + 1)!.length > 3) return false;
  const e = k + 3;
  return !tokens.has(e) || tokens.isPunct(e, ',') || tokens.isPunct(e, '.') || tokens.isPunct(e, ';') || tokens.isPunct(e, ':') || tokens.isPunct(e, ')');
}

/** Whether unread material starts at `k` (the first token after the comma and "and"). */
function triggers(tokens: Tokens, k: number, afterComma: boolean, text: string, ref: Reference): boolean {
  const from = ref.span.end;
  const role = roleOf(tokens, k);
  if (role === 'keyword') return true;
  if (role === 'joiner' && tokens.type(k + 1) === 'slashnum') return true;
  // "(l) & (p)", "(h) + (p)", "(h)/(p)", "3 until 9", "3 up to 9": a label or number joined in
  // a way the grammar does not read. After a word or a sign the grammar has no rule for, only
  // where the reference ends in a number or a label: "resolution 8/1 until 2025" is prose.
  if (role === 'joiner' && !tokens.isPunct(k, ',') && !tokens.isPunct(k, '.')) {
    let e = k + 1;
    while (e < k + 3 && inJoinerPhrase(tokens, e)) e++;
    if (tokens.type(e) === 'plabel' || tokens.type(e) === 'num' || (tokens.isPunct(e, '(') && roleOf(tokens, e + 1) === 'value')) {
      const foreign = tokens.type(k) === 'word' ? !tokens.isWord(k, 'and') && !tokens.isWord(k, 'or') : UNREAD_JOINER_SIGNS.has(tokens.raw(k)!);
      if (!foreign || endsInItem(ref)) return true;
    }
  }
  // "8/1/Add.1": the symbol goes on right after what was read.
  if (tokens.isPunct(k, '/') && tokens.start(k) === from && tokens.type(k + 1) === 'word') return true;
  // "paragraph 3-bis"
  if (tokens.type(k) === 'dash' && tokens.type(k + 1) === 'word' && INSERTED_SUFFIXES.has(tokens.value(k + 1)!)) return true;
  // "paragraph 13 (and 99)", "[and 99]": one more, in brackets.
  if (role === 'open' && (tokens.isWord(k + 1, 'and') || tokens.isWord(k + 1, 'or')) && (roleOf(tokens, k + 2) === 'value' || roleOf(tokens, k + 2) === 'keyword') && endsInItem(ref)) return true;
  // "resolution 8/1 (and 3/2)": one more instrument, in brackets (it was dropped, and ok; found by a probe).
  if (role === 'open' && (tokens.isWord(k + 1, 'and') || tokens.isWord(k + 1, 'or')) && tokens.type(k + 2) === 'slashnum') return true;
  // "resolution 8/1, II.99": a compendium's dotted locator after the instrument (dropped, and ok; found by a probe).
  if (afterComma && tokens.type(k) === 'word' && ROMAN_RAW.test(tokens.raw(k)!) && tokens.isPunct(k + 1, '.') && tokens.start(k + 1) === tokens.end(k) && (tokens.type(k + 2) === 'num' || tokens.type(k + 2) === 'plabel') && tokens.start(k + 2) === tokens.end(k + 1)) return true;
  // "(annex II)", and "paragraph 3 (bis)", "(alt)"; "resolution 8/1, annex I, (1)": a number in
  // parentheses after a locator is one more ("…, in line with resolution 8/1, (1) to compile …"
  // enumerates the clauses of the sentence).
  if (role === 'open') return roleOf(tokens, k + 1) === 'keyword' || (tokens.type(k + 1) === 'word' && (INSERTED_SUFFIXES.has(tokens.value(k + 1)!) || roleOf(tokens, k + 1) === 'value')) || (tokens.type(k + 1) === 'num' && tokens.isPunct(k + 2, ')') && (endsInItem(ref) || numberAside(tokens, k, from, afterComma)));
  // "resolutions 8/1, paragraph 13, and 9/3, paragraph 4": an instrument after a checked
  // reference, joined by a comma or "and" only, belongs to a list the grammar did not read.
  // (k > 0: something stood between, a comma or "and"; a symbol right after is the tokenizer's own.)
  if (tokens.type(k) === 'slashnum' && k > 0) return true;
  // "resolution 8/1, annex I and III", "annex I–III": more annexes after one written under the
  // singular, which the grammar read as the first alone.
  if (endsInWholeAnnex(ref)) {
    // A numeral where the list would end or go on ("V. Smith noted", "I believe" are prose), and
    // a range written tight ("annex I - I am" is prose).
    const ends = (e: number, single: boolean): boolean =>
      !tokens.has(e) || tokens.isPunct(e, ',') || tokens.isPunct(e, ';') || tokens.isPunct(e, ')') || tokens.isWord(e, 'and') || tokens.isWord(e, 'or') || tokens.isWord(e, 'to') || tokens.isWord(e, 'of') ||
      // "III. The Conference" ends a sentence; "V. Smith" is an initial.
      (tokens.isPunct(e, '.') && !(single && tokens.type(e + 1) === 'word' && /^[A-Z][a-z]/.test(tokens.raw(e + 1)!)));
    const numeral = (e: number): boolean => tokens.type(e) === 'word' && ROMAN_RAW.test(tokens.raw(e)!) && ends(e + 1, tokens.raw(e)!.length === 1);
    if (numeral(k) && k > 0) return true;
    if (tokens.type(k) === 'dash' && tokens.start(k) === ref.span.end && tokens.start(k + 1) === tokens.end(k) && numeral(k + 1)) return true;
  }
  // "third annex", "para. 13 b)": an ordinal before "annex"; a letter closed by a parenthesis alone.
  if (role === 'value' && tokens.type(k) === 'word' && tokens.isWord(k + 1, 'annex')) return true;
  // On the next line "b)" opens a list item, as a label or number does there.
  if (isHalfParenLabel(tokens, k)) return !/[\n\r]/.test(text.slice(from, tokens.start(k)));
  // A label or a number right after the reference is a locator it did not read ("resolution
  // 8/1, 2", "resolution 8/1 (z)"); on the next line without a comma, it starts a list item.
  if (tokens.type(k) === 'plabel' || tokens.type(k) === 'num') return afterComma || !/[\n\r]/.test(text.slice(from, tokens.start(k)));
  // A bare letter label (roleOf) where the reference ends in its locator, on the same line.
  if (role === 'value' && tokens.type(k) === 'word' && BARE_LETTER.test(tokens.raw(k)!) && (endsInItem(ref) || endsInWholeAnnex(ref))) return !/[\n\r]/.test(text.slice(from, tokens.start(k)));
  if (role === 'value' && tokens.type(k) === 'word') {
    if ((tokens.isWord(k, 'inclusive') || tokens.isWord(k, 'inclusively')) && restatesRange(text, ref)) return false;
    if (INSERTED_SUFFIXES.has(tokens.value(k)!) || FOLLOWING_WORDS.has(tokens.value(k)!) || tokens.isWord(k, 'et')) return true;
    // "paragraph 13 and following": where the phrase ends there ("…and following the guidelines" is prose).
    if (tokens.isWord(k, 'following')) return endsInItem(ref) && (!tokens.has(k + 1) || tokens.type(k + 1) === 'punct');
    // An ordinal: only as "sixth preambular paragraph", "eighth and ninth preambular …", "second sentence".
    let e = k + 1;
    while ((roleOf(tokens, e) === 'value' && tokens.type(e) === 'word') || tokens.isWord(e, 'and') || tokens.isWord(e, 'or') || tokens.isPunct(e, ',')) e++;
    return tokens.isWord(e, 'preambular') || (tokens.type(e) === 'word' && FOREIGN_LOCATOR_WORDS.has(tokens.value(e)!));
  }
  return false;
}

/**
 * Words that introduce a part of the reference just cited: "resolution 8/1, namely paragraph
 * 99", "… and its annex III", "(see paragraph 99)", "…, i.e. paragraph 99", "… as well as
 * paragraph 99". The grammar reads a few of them ("in particular"); after the others the
 * locator was passed over as prose and the reference was ok.
 */
const INTRODUCERS = new Set([
  'its', 'whose', 'see', 'also', 'specifically', 'namely', 'particularly', 'especially', 'notably', 'including', 'mainly', 'chiefly',
  'principally', 'more', 'viz', 'in', 'at', 'particular', 'as', 'well', 'for', 'example', 'instance', 'cf', 'i', 'e', 'g', 'under', 'and', 'or', 'thereof',
  // "with particular reference to paragraph 99", "with regard to its annex III".
  'with', 'reference', 'regard', 'respect', 'to', 'the',
  // "(h) together with (z)".
  'together',
  // "most notably", "above all", "not least"; "in particular the provisions of paragraph 25".
  'most', 'above', 'all', 'not', 'least', 'provisions', 'provision', 'of',
  // A relative clause: "…, where in paragraph 99", "…, in which the Conference, in paragraph 99, requested"
  // ("which" only after "in", "under", "by": see `pastIntroduction`).
  'where', 'whereby', 'wherein', 'conference',
]);
/** How many tokens an introduction runs to ("as well as, in particular, its", "with particular reference to"). */
const INTRODUCTION_TOKENS_MAX = 8;

/**
 * The token after an introduction at `k` ("namely", "(see", "and its", "i.e.") when a locator
 * word follows it, else `k`: after an introduction only a locator word starts unread material,
 * so "resolution 8/1 in 2016" and "resolution 8/1 as amended" stay prose.
 */
function pastIntroduction(tokens: Tokens, k: number, labels = false): number {
  let m = tokens.isPunct(k, '(') ? k + 1 : k;
  const from = m;
  for (; m < from + INTRODUCTION_TOKENS_MAX; m++) {
    if (tokens.type(m) === 'word' && INTRODUCERS.has(tokens.value(m)!)) continue;
    if (tokens.isWord(m, 'which') && m > from && (tokens.isWord(m - 1, 'in') || tokens.isWord(m - 1, 'under') || tokens.isWord(m - 1, 'by'))) continue;
    // The dots of "i.e.", "e.g.", "viz.", "cf.".
    if (tokens.isPunct(m, '.') && m > from && tokens.type(m - 1) === 'word' && ABBREVIATION_DOTTED.has(tokens.value(m - 1)!)) continue;
    if (tokens.isPunct(m, ',') && m > from) continue;
    break;
  }
  // Only this grammar's own locator words: "(see chapter I, section A)" after "resolution 9/3" is
  // the report's chapter, "in particular chapter IV of the Convention" another text's.
  // After a reference that ends in a label or a number, one after the introduction is its like
  // ("(h), cf. (z)", "(h) together with (z)").
  const label = labels && (tokens.type(m) === 'plabel' || tokens.type(m) === 'num');
  return m > from && ((roleOf(tokens, m) === 'keyword' && !FOREIGN_LOCATOR_WORDS.has(tokens.value(m)!)) || label || ordinalThenLocator(tokens, m)) ? m : k;
}

/**
 * "third annex", "fifth preambular paragraph", "twenty-first paragraph", "21st paragraph" at `m`:
 * a part named by its ordinal, after an introduction ("resolution 8/1, its third annex": dropped,
 * and ok, where "the third annex to resolution 8/1" is read; found by a probe).
 */
function ordinalThenLocator(tokens: Tokens, m: number): boolean {
  let e = m;
  if (tokens.type(e) === 'word' && TENS.includes(tokens.value(e)!) && tokens.type(e + 1) === 'dash') e += 2;
  if (tokens.type(e) === 'num' && tokens.type(e + 1) === 'word' && ORDINAL_SUFFIXES.includes(tokens.value(e + 1)!)) e++;
  else if (!(tokens.type(e) === 'word' && ordinalWordValue(tokens.value(e)!) !== undefined)) return false;
  return tokens.isWord(e + 1, 'annex') || tokens.isWord(e + 1, 'paragraph') || tokens.isWord(e + 1, 'preambular') || tokens.isWord(e + 1, 'operative');
}

/**
 * Words of lead-ins other passes read, with their own messages and fixes: "read in conjunction
 * with paragraph 99" (`anaphoricLocators`), "ibid., annex III", "op. cit.".
 */
const LEADS_READ_ELSEWHERE = new Set(['conjunction', 'together', 'ibid', 'id', 'idem', 'op', 'loc', 'cit', 'supra']);

/** The most words an unlisted lead-in before a locator runs to ("which includes in particular"). */
const UNLISTED_LEAD_WORDS = 4;

/**
 * The locator word after an unlisted lead-in at `k` ("specially", "such as", "esp.", "among
 * others,"), when one follows it with its value ("paragraph 99", "annex IX"), else `k`. Words in
 * lower case only (a capital opens a name or a sentence), abbreviations' dots, and commas between.
 */
function pastUnlistedLead(tokens: Tokens, k: number): number {
  let m = tokens.isPunct(k, '(') ? k + 1 : k;
  let words = 0;
  for (; tokens.has(m) && words <= UNLISTED_LEAD_WORDS; m++) {
    if (tokens.type(m) === 'word' && LEADS_READ_ELSEWHERE.has(tokens.value(m)!)) return k;
    if (tokens.isLowerWord(m) && roleOf(tokens, m) !== 'keyword') {
      words++;
      continue;
    }
    // "esp.", "incl.", "i.a.": a dot written tight after a short word.
    if (tokens.isPunct(m, '.') && words > 0 && tokens.start(m) === tokens.end(m - 1) && tokens.type(m - 1) === 'word' && tokens.raw(m - 1)!.length <= 6) continue;
    if (tokens.isPunct(m, ',') && words > 0) continue;
    // "the latter's annex IX", "that resolution's annex IX": a possessive in the lead-in.
    if ((tokens.isPunct(m, "'") || tokens.raw(m) === '\u2019') && words > 0 && tokens.isWord(m + 1, 's') && tokens.start(m + 1) === tokens.end(m)) {
      m++;
      continue;
    }
    break;
  }
  if (words === 0 || words > UNLISTED_LEAD_WORDS) return k;
  if (ordinalThenLocator(tokens, m)) return m;
  if (roleOf(tokens, m) !== 'keyword' || FOREIGN_LOCATOR_WORDS.has(tokens.value(m)!) || roleOf(tokens, m + 1) !== 'value') return k;
  return m;
}

/**
 * "paragraphs 10 adn 99", "(h) und (zz)", "(l) zorbed and (zz)": right after a reference that ends
 * in an item, a word the grammar has no rule for, then a label of the item's form where the list
 * would end: a slip or another language's conjunction. The label's token, or -1. A year ("10 in
 * 2016") or a count ("10 by 3 votes") is prose.
 */
function wordBeforeOneMoreItem(tokens: Tokens, text: string, ref: Reference): number {
  if (!tokens.isLowerWord(0) || tokens.end(0) - tokens.start(0) > 8 || roleOf(tokens, 0) !== 'none') return -1;
  let e = 1;
  if (tokens.isWord(e, 'and') || tokens.isWord(e, 'or')) e++;
  const last = text.charCodeAt(ref.span.end - 1);
  const form = tokens.type(e) === 'plabel' ? last === 41 : tokens.type(e) === 'num' && tokens.end(e) - tokens.start(e) <= 3 && last >= 48 && last <= 57;
  if (!form) return -1;
  const ends = !tokens.has(e + 1) || tokens.isPunct(e + 1, ',') || tokens.isPunct(e + 1, ';') || tokens.isPunct(e + 1, '.') || tokens.isPunct(e + 1, ')') || tokens.isWord(e + 1, 'and') || tokens.isWord(e + 1, 'of');
  return ends ? e : -1;
}

/** The most words between a locator and its link that `asideBeforeLink` passes over ("in particular", "as revised"). */
const ASIDE_WORDS_MAX = 3;
/** Words that open a noun phrase of its own ("paragraph 5 and the annex of"): no aside. */
const OPENS_PHRASE = new Set(['the', 'a', 'an', 'and', 'or', 'its', 'their', 'this', 'that', 'which', 'who']);

/**
 * The token before an aside that ends at `b`, between a locator's value and its link ("99 in
 * particular of", "99 (as amended) of", "IX [sic] to"), when a value or a label stands before it;
 * else `b`. Words in lower case, or a bracketed group of a few words.
 */
function asideBeforeLink(tokens: Tokens, b: number): number {
  let s = b;
  // "paragraphs 5 and 2, resp., of": "respectively" abbreviated, which no rule pairs by.
  if (tokens.isPunct(s, '.') && tokens.isWord(s - 1, 'resp')) {
    s -= 2;
    if (tokens.isPunct(s, ',')) s--;
    return roleOf(tokens, s) === 'value' ? s : b;
  }
  if (tokens.isPunct(s, ')') || tokens.isPunct(s, ']')) {
    const open = tokens.isPunct(s, ')') ? '(' : '[';
    let e = s - 1;
    while (e > s - 2 - ASIDE_WORDS_MAX && e >= 0 && tokens.type(e) === 'word' && /^\p{L}/u.test(tokens.raw(e)!)) e--;
    if (e === s - 1 || !tokens.isPunct(e, open)) return b;
    s = e - 1;
  } else {
    let w = 0;
    while (w < ASIDE_WORDS_MAX && tokens.isLowerWord(s) && !OPENS_PHRASE.has(tokens.value(s)!) && roleOf(tokens, s) === 'none') {
      s--;
      w++;
    }
    if (w === 0) return b;
  }
  const role = roleOf(tokens, s);
  return role === 'value' || role === 'close' ? s : b;
}

/**
 * After an aside at the window's start ("(as amended)", "[sic]", "(Vienna)", "as amended", "zorbed"):
 * ", annex IX" or "of 21 October 2099", the last token of that part; else -1.
 */
function asideThenPart(tokens: Tokens): number {
  let q = 0;
  if (tokens.isPunct(0, '(') || tokens.isPunct(0, '[')) {
    const close = tokens.isPunct(0, '(') ? ')' : ']';
    q = 1;
    while (q <= ASIDE_WORDS_MAX + 1 && tokens.type(q) === 'word') q++;
    if (q === 1 || !tokens.isPunct(q, close)) return -1;
    q++;
  } else {
    while (q < ASIDE_WORDS_MAX && tokens.isLowerWord(q) && !tokens.isWord(q, 'of') && !OPENS_PHRASE.has(tokens.value(q)!) && roleOf(tokens, q) === 'none') q++;
    if (q === 0) return -1;
  }
  // A date: "of 21 October 2099", "of October 2099", "of 2099".
  if (tokens.isWord(q, 'of')) {
    let d = q + 1;
    if (tokens.type(d) === 'num' && tokens.end(d) - tokens.start(d) <= 2) d++;
    if (tokens.type(d) === 'word' && MONTH_WORDS.has(tokens.value(d)!)) d++;
    return d > q + 1 && tokens.type(d) === 'num' && tokens.end(d) - tokens.start(d) === 4 ? d : -1;
  }
  if (!tokens.isPunct(q, ',')) return -1;
  q++;
  if (roleOf(tokens, q) !== 'keyword' || FOREIGN_LOCATOR_WORDS.has(tokens.value(q)!) || roleOf(tokens, q + 1) !== 'value') return -1;
  let e = q + 1;
  while (tokens.has(e + 1) && (roleOf(tokens, e + 1) === 'value' || roleOf(tokens, e + 1) === 'keyword')) e++;
  return e;
}

/** Abbreviations written with dots in an introduction ("i.e.", "e.g.", "viz.", "cf."). */
const ABBREVIATION_DOTTED = new Set(['i', 'e', 'g', 'viz', 'cf']);

// One of each, reset for every reference: a new `Tokens` per reference (five typed arrays) was a
// fifth of the scan's time in the profile, with the collector's share on top.
const AFTER = new Tokens('', 0, 0);
const BEFORE = new Tokens('', 0, 0);

/**
 * Unread material right after `ref`, before `limit`; undefined if none. `text` is the block as
 * the rule reads it (`withoutMarkup`), `written` as it stands, for the marks around the reference.
 */
function unreadAfter(text: string, ref: Reference, limit: number, written = text): Span | undefined {
  const tokens = AFTER;
  tokens.reset(text, ref.span.end, limit);
  // "IV.c.i-iii": a compendium locator that goes on with no space after what the grammar read
  // (".i-iii") is the same locator, read only in part.
  // "annex I.z", "paragraph 3.b": the same after any checked reference, when a short label follows the dot.
  // "resolution 9/3 (8th COP, 2016)", "(COP/8)": a session in a parenthesis the claim rule did not
  // read ("(COP8)", "(8th COP)" it reads): the instrument was ok whatever session it named.
  const aside = sessionAside(tokens);
  if (aside > 0) return { start: tokens.start(0), end: tokens.end(aside) };
  // "resolution 8/1 (as amended), annex IX", "… as amended, annex IX", "its resolution 8/1 (Vienna)
  // of 21 October 2099": an aside after the instrument, then a locator or a date (dropped, and ok; found by a probe).
  const past = ref.kind === 'cop' && ref.items.length === 0 ? asideThenPart(tokens) : -1;
  if (past > 0) return { start: tokens.start(0), end: tokens.end(past) };
  const tightLabel = tokens.isPunct(0, '.') && tokens.start(0) === ref.span.end && tokens.has(1) && tokens.start(1) === tokens.end(0) && (tokens.type(1) === 'num' || (tokens.type(1) === 'word' && /^(?:[a-z]{1,2}|[ivx]{1,4}|[IVX]{1,4})$/.test(tokens.raw(1)!)));
  if ((ref.kind === 'compendium' || tightLabel) && tokens.isPunct(0, '.') && tokens.start(0) === ref.span.end && tokens.has(1) && tokens.start(1) === tokens.end(0) && tokens.type(1) !== 'punct') {
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
  // "resolution 8/1!9", "paragraph 9@9", "paragraph 1\u00AD9" (a soft hyphen, unseen): a sign written
  // tight between what was read and more of it. What the reader sees is not what was checked.
  if (tokens.type(0) === 'punct' && tokens.start(0) === ref.span.end && !TIGHT_SIGNS_READ.has(tokens.raw(0)!) && tokens.has(1) && tokens.start(1) === tokens.end(0) && (tokens.type(1) === 'num' || tokens.type(1) === 'word' || tokens.type(1) === 'slashnum')) {
    return { start: tokens.start(0), end: tokens.end(1) };
  }
  // "the report … (CTOC/COP/WG.3/2018/6), in particular paragraph 99 thereof": a reference in
  // parentheses; what follows the closing one is read as following the reference (it was dropped).
  // So is one in quotation marks or backticks: "“resolution 8/1”, annex III" (it was dropped).
  // A backtick or bracket around the reference is blank in `text`: the mark is looked for as written.
  const end = ref.span.end;
  const blanked = text.charCodeAt(end) !== written.charCodeAt(end);
  const marked = CLOSING_MARKS.has(written.charCodeAt(end)) && written.charCodeAt(end) !== 41 && ref.span.start > 0 && OPENING_MARKS.has(written.charCodeAt(ref.span.start - 1));
  const pastParenthesis = (tokens.isPunct(0, ')') && openedByParenthesis(text, ref.span.start)) || (marked && (blanked || tokens.start(0) === end));
  // "CTOC/COP/WG.3/2015/4., para. 2 (z)": a full stop written tight before a comma ends no sentence;
  // what follows is read as following the reference (it was dropped, and the reference ok).
  const strayStop = tokens.isPunct(0, '.') && tokens.start(0) === end && (tokens.isPunct(1, ',') || tokens.isPunct(1, ';')) && tokens.start(1) === tokens.end(0);
  let k = (pastParenthesis && !blanked) || strayStop ? 1 : 0;
  let afterComma = false;
  // "resolution 8/1's annexe IX": a possessive the grammar did not read a locator after opens one as
  // a comma does (what followed was dropped, and ok).
  const possessive = k === 0 && (tokens.isPunct(0, "'") || tokens.raw(0) === '’') && MARKS_ONLY_BETWEEN.test(text.slice(end, tokens.start(0))) && tokens.isWord(1, 's') && tokens.start(1) === tokens.end(0);
  if (possessive) {
    k = 2;
    afterComma = true;
  }
  // A colon is read over like a comma, but does not join what is on the next line (a list after it).
  // A semicolon too, after a reference that ends in its locator ("annex I, (h); annex III, 1 (c)",
  // as index-style citations list parts): what follows was dropped, and the reference ok.
  const listed = endsInItem(ref);
  let semicolon = false;
  // After the instrument itself, only before a locator word ("resolution 8/1; annex III").
  // "| Resolution 8/1 | Central authorities | Paragraph 99 |": a later cell of the row that opens
  // with a locator is the instrument's as much as the next one (it was dropped, and the row ok).
  if (tokens.isPunct(k, '|')) k = laterLocatorCell(text, tokens, k);
  // A slash or a brace between the reference and a locator word ("resolution 8/1 / paragraph 99",
  // "resolution 8/1 {paragraph 99}") joins them as a comma would (the locator was dropped, and ok).
  const slashed = (tokens.isPunct(0, '/') || tokens.isPunct(0, '{')) && roleOf(tokens, 1) === 'keyword';
  if (slashed && k === 0) k = 1;
  // "resolutions 8/1 and 9/3 and, in particular, paragraph 13 thereof": the part singled out after a
  // list, which the grammar reads after one instrument only (it was dropped, and the list ok).
  const singled = k === 0 && tokens.isWord(0, 'and') ? afterSinglingWords(tokens, 0) : 0;
  if (singled > 0 && roleOf(tokens, singled) === 'keyword') {
    k = singled;
    afterComma = true;
  }
  while (tokens.isPunct(k, ',') || isWideComma(tokens, k) || tokens.isPunct(k, ':') || (tokens.isPunct(k, ';') && (listed || roleOf(tokens, k + 1) === 'keyword')) || tableCellAfter(text, tokens, k)) {
    if (!tokens.isPunct(k, ':')) afterComma = true;
    if (tokens.isPunct(k, ';')) semicolon = true;
    k++;
  }
  // ", resp.", "(resp.)": "respectively" abbreviated, which no rule pairs by (the pairing was dropped, and ok; found by a probe).
  const resp = tokens.isPunct(k, '(') ? k + 1 : k;
  if (tokens.isWord(resp, 'resp') && tokens.isPunct(resp + 1, '.') && tokens.start(resp + 1) === tokens.end(resp)) {
    return { start: tokens.start(k), end: tokens.end(tokens.isPunct(resp + 2, ')') && resp > k ? resp + 2 : resp + 1) };
  }
  // "resolution 8/1, ninth session, paragraph 99", "… – ninth session", "…, October 2018": a
  // session or a date set beside the instrument, and a locator after it, were dropped (ok).
  if ((afterComma || tokens.isPunct(k - 1, ':') || tokens.type(k) === 'dash') && !pastParenthesis) {
    const at = tokens.type(k) === 'dash' ? k + 1 : k;
    const a = apposition(tokens, at);
    // Set beside the instrument, not the subject of the clause ("…, the ninth session considered").
    const beside = a >= 0 && (!tokens.has(a + 1) || tokens.isPunct(a + 1, ',') || tokens.isPunct(a + 1, ';') || tokens.isPunct(a + 1, '.') || tokens.isPunct(a + 1, ')') || tokens.isPunct(a + 1, ':'));
    if (beside && !hasTab(text, ref.span.end, tokens.end(a)) && !opensPartAfter(text, ref.span.end, tokens.start(at))) return { start: tokens.start(at), end: tokens.end(locatorAfter(tokens, a)) };
  }
  // "resolution 8/1 – paragraph 25", "… — particularly paragraph 99": a dash before a locator word.
  if (tokens.type(k) === 'dash' && (roleOf(tokens, k + 1) === 'keyword' || pastIntroduction(tokens, k + 1) > k + 1)) k++;
  if (tokens.isWord(k, 'and') || tokens.isWord(k, 'or')) k++;
  // "paragraph 13 and/or paragraph 99".
  if (tokens.isPunct(k, '/') && tokens.isWord(k + 1, 'or') && tokens.isWord(k - 1, 'and')) k += 2;
  // "paragraph 13 (in part)": only a part of it is meant.
  if (listed && tokens.isPunct(k, '(') && tokens.isWord(k + 1, 'in') && tokens.isWord(k + 2, 'part') && tokens.isPunct(k + 3, ')')) return { start: tokens.start(k), end: tokens.end(k + 3) };
  // "paragraphs 10 adn 99", "(h) und (zz)": a word between the list's last item and one more (the rest was dropped, and ok).
  if (k === 0 && listed) {
    const slip = wordBeforeOneMoreItem(tokens, text, ref);
    if (slip > 0) return { start: tokens.start(0), end: tokens.end(slip) };
  }
  // The introduction is part of what was not read ("namely paragraph 99", "(see paragraph 99)").
  const lead = k;
  k = pastIntroduction(tokens, k, listed);
  // Words this table does not list ("…, specially paragraph 99", "(esp. annex IX)", "…, zorbed annex
  // IX"): after a comma or an opening parenthesis, a few of them before a locator word and its
  // value open unread material too (the locator was dropped, and ok; found by a probe).
  if (k === lead && (afterComma || (tokens.isPunct(k, '(') && k === 0))) k = pastUnlistedLead(tokens, k);
  if (!tokens.has(k) || !triggers(tokens, k, afterComma, text, ref)) return undefined;
  // Past the parenthesis, or after "the present resolution", only a locator word opens material
  // ("…, in particular paragraph 99"): "(resolution 8/1), 85 reviews", "the present resolution:
  // (a) to collect data", "…, 30 days before the session" go on with prose.
  const selfAlone = (ref.kind === 'self' || ref.kind === 'internal') && ref.items.length === 0;
  if ((pastParenthesis || selfAlone) && roleOf(tokens, k) !== 'keyword') return undefined;
  if (hasTab(text, ref.span.end, tokens.start(k))) return undefined;
  // "Recalling resolution 8/1,\n13. Decides": a line that opens with a paragraph number, a
  // subparagraph label or an annex heading is the draft's next part, not more of this citation.
  if (opensPartAfter(text, ref.span.end, tokens.start(lead))) return undefined;
  const first = k;
  let last = -1;
  let depth = lead < k && tokens.isPunct(lead, '(') ? 1 : 0;
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
  // "…, held from 9 to 13 October 2017, 85 States parties participated": a number alone after
  // the comma, then a noun, counts something; no locator ("13 bis", "13 and 14", "13 of" are).
  if (afterComma && last === first && tokens.type(first) === 'num' && countedNoun(tokens, first + 1)) return undefined;
  // "…, as well as paragraph 2 of the Doha Declaration", "namely in paragraph 12 of its report":
  // introduced material that goes on to name its own document is that document's.
  // So does material after a semicolon ("…, paragraph 3; paragraph 5 of the Doha Declaration").
  // Not a chain of this grammar's own locators ("namely subparagraph (zz) of paragraph 99"): that
  // names no other document, it is the citation's (it was dropped, and ok).
  while ((lead < first || semicolon) && (tokens.isWord(last + 1, 'of') || tokens.isWord(last + 1, 'to') || tokens.isWord(last + 1, 'in'))) {
    const w = last + 2;
    if (!(roleOf(tokens, w) === 'keyword' && !FOREIGN_LOCATOR_WORDS.has(tokens.value(w)!))) return undefined;
    let e = w;
    while (tokens.has(e + 1) && (roleOf(tokens, e + 1) === 'value' || roleOf(tokens, e + 1) === 'keyword')) e++;
    last = e;
  }
  // "resolution 7/4 and its annex": the instrument's annex as a whole, no locator to check.
  if (lead < first && !hasValue) return undefined;
  return { start: tokens.start(possessive ? 0 : lead < first ? lead : first), end: tokens.end(last) };
}

/**
 * "| Resolution 8/1 | Annex I, (z) |": the next cell of a Markdown table row, when it opens with a
 * locator (a locator word, a label or a number), is the instrument's, as the thematic indexes
 * print them; it was passed over, and the row ok on the instrument alone. Not across a line.
 */
function tableCellAfter(text: string, tokens: Tokens, k: number): boolean {
  if (!tokens.isPunct(k, '|') || /[\n\r]/.test(text.slice(tokens.start(k), tokens.start(k + 1)))) return false;
  const next = k + 1;
  return roleOf(tokens, next) === 'keyword' || tokens.type(next) === 'plabel' || tokens.type(next) === 'num';
}

/**
 * The last token of a session or a date at token `k` ("ninth session", "the 9th session", "session
 * 8", "COP 8", "October 2018", "21 October 2018"), else -1.
 */
function apposition(tokens: Tokens, k: number): number {
  let e = tokens.isWord(k, 'the') ? k + 1 : k;
  const month = (x: number): boolean => tokens.type(x) === 'word' && MONTH_WORDS.has(tokens.value(x)!);
  const noun = (x: number): boolean => tokens.isWord(x, 'session') || tokens.isRaw(x, 'COP');
  if (tokens.type(e) === 'word' && ordinalWordValue(tokens.value(e)!) !== undefined) return noun(e + 1) ? e + 1 : -1;
  if (tokens.type(e) === 'num' && tokens.type(e + 1) === 'word' && ORDINAL_SUFFIXES.includes(tokens.value(e + 1)!) && tokens.end(e) === tokens.start(e + 1)) return noun(e + 2) ? e + 2 : -1;
  if (noun(e) && tokens.type(e + 1) === 'num') return e + 1;
  if (e !== k) return -1;
  if (tokens.type(e) === 'num' && month(e + 1) && tokens.type(e + 2) === 'num') return e + 2;
  if (month(e) && tokens.type(e + 1) === 'num') return e + 1;
  return -1;
}

/** Past token `a`, ", paragraph 99" (a locator word and its values): its last token, else `a`. */
function locatorAfter(tokens: Tokens, a: number): number {
  if (!tokens.isPunct(a + 1, ',') || roleOf(tokens, a + 2) !== 'keyword') return a;
  let last = a;
  let depth = 0;
  for (let e = a + 2; tokens.has(e); e++) {
    const role = roleOf(tokens, e);
    if (role === 'open') depth++;
    else if (role === 'close') {
      if (depth === 0) break;
      depth--;
      last = e;
    } else if (role === 'keyword' || role === 'value') last = e;
    else break;
  }
  return last;
}

/** How far a parenthesis after a reference is looked into for a session. */
const SESSION_ASIDE_TOKENS = 10;

/**
 * The closing parenthesis of "(…)" at token 0 when it names a session of the Conference: "COP"
 * and a number or an ordinal ("(COP/8)", "(8th COP, 2016)", "(the eighth COP)"), or "session" and
 * one; else -1.
 */
function sessionAside(tokens: Tokens): number {
  if (!tokens.isPunct(0, '(')) return -1;
  let noun = false;
  let value = false;
  for (let e = 1; e <= SESSION_ASIDE_TOKENS && tokens.has(e); e++) {
    if (tokens.isPunct(e, ')')) return noun && value ? e : -1;
    if (tokens.isPunct(e, '(')) return -1;
    const ty = tokens.type(e);
    if (ty === 'num') value = true;
    else if (ty === 'word') {
      const v = tokens.value(e)!;
      if (tokens.isRaw(e, 'COP') || v === 'session' || v === 'sessions') noun = true;
      else if (ordinalWordValue(v) !== undefined) value = true;
    }
  }
  return -1;
}

/** How many tokens of a table row after a reference are looked through for a cell with a locator. */
const ROW_TOKENS_MAX = 40;

/**
 * The "|" before the first cell of the row after token `k` (a "|") that opens with a locator, or
 * `k` when none does before the line ends.
 */
function laterLocatorCell(text: string, tokens: Tokens, k: number): number {
  for (let e = k; e < k + ROW_TOKENS_MAX && tokens.has(e + 1); e++) {
    if (/[\n\r]/.test(text.slice(tokens.end(e), tokens.start(e + 1)))) return k;
    // The next cell may open with a number ("| Decision 3/2 | 7 (c) |"); a later one only with a
    // locator word or a label (a year or a count there is a column of its own).
    if (tokens.isPunct(e, '|') && tableCellAfter(text, tokens, e) && (e === k || tokens.type(e + 1) !== 'num')) return e;
  }
  return k;
}

/** Whether an opening parenthesis stands right before `start` (spaces between). */
function openedByParenthesis(text: string, start: number): boolean {
  let q = start - 1;
  while (q >= 0 && isSpaceCode(text.charCodeAt(q))) q--;
  return q >= 0 && text.charCodeAt(q) === 40;
}

/**
 * What a number after a comma counts in the sources and drafts ("85 States parties", "72
 * countries", "85 per cent of"): a word of this list, never any capitalised word ("7 Decides",
 * "7 A and B" may be locator material glued to prose).
 */
const COUNTED = new Set(['states', 'state', 'parties', 'party', 'countries', 'country', 'delegations', 'delegation', 'participants', 'experts', 'members', 'member', 'representatives', 'observers', 'organizations', 'persons', 'people', 'cases', 'requests', 'responses', 'replies', 'per', 'percent', 'of']);

function countedNoun(tokens: Tokens, k: number): boolean {
  if (tokens.type(k) !== 'word') return false;
  const v = tokens.value(k)!;
  // "85 of the States parties": a count; "13 of annex I" is not.
  if (v === 'of') return tokens.isWord(k + 1, 'the') && tokens.type(k + 2) === 'word' && COUNTED.has(tokens.value(k + 2)!);
  return COUNTED.has(v);
}

/**
 * The words that link locator material to the reference after it. "of" and "to" are the
 * grammar's own ("paragraph 3 of", "annex II to"); after the others ("paragraph 3 from",
 * "recommendations (a) to (c) contained in") the material must hold a value, so "the
 * recommendations in resolution 9/3" stays prose. "the" counts after one of them ("paragraph
 * 99 of the Conference resolution 8/1").
 */
const LINK_WORDS = ['of', 'to', 'in', 'from', 'within', 'under', 'by', 'the', 'both', 'either'];
const LOOSE_LINK_WORDS = new Set(['in', 'from', 'within', 'under']);

/**
 * "contained in", "as set out in", ", which are contained in": what may stand between locator
 * material and "in". Read backwards from "in": the verb, then "as" or "which/that is/are", then
 * a comma.
 */
const PLACING_VERBS = new Set(['contained', 'listed', 'included', 'mentioned', 'reproduced', 'found', 'annexed', 'quoted', 'outlined', 'stipulated', 'specified', 'described', 'enumerated', 'reflected', 'embodied', 'enshrined']);
/** Two-word placing verbs, by their second word: "set out", "laid down", "set forth", "provided for", "referred to". */
const PLACING_PAIRS = new Map([['out', 'set'], ['down', 'laid'], ['forth', 'set'], ['for', 'provided'], ['to', 'referred']]);

/** Verbs before "by" that say who made the material: "recommendations (a) to (c) adopted by". */
const ADOPTING_VERBS = new Set(['adopted', 'made', 'formulated', 'issued', 'agreed', 'approved', 'endorsed']);

/**
 * Words a drafter puts between the link and the instrument ("paragraph 99 of the said resolution
 * 8/1", "of its own resolution", "of the 2016 resolution", "of COP resolution"): the grammar reads
 * none of them, so the locator before them was dropped and the instrument alone was ok.
 */
const MODIFIER_WORDS = ['said', 'aforesaid', 'aforementioned', 'abovementioned', 'above-mentioned', 'same', 'own', 'previous', 'earlier', 'former', 'latter', 'recent', 'landmark', 'draft', 'important', 'relevant', 'new', 'cop', 'untoc', 'our', 'her', 'their', "cop's", 'cop\u2019s'];
const MODIFIER_SET = new Set(MODIFIER_WORDS);
/** How many such words may stand there. */
const MODIFIERS_MAX = 2;

/** Whether token `k` is such a word, or a year ("the 2016 resolution"). */
function isModifier(tokens: Tokens, k: number): boolean {
  const ty = tokens.type(k);
  if (ty === 'num') return tokens.value(k)!.length === 4;
  return ty === 'word' && MODIFIER_SET.has(tokens.value(k)!);
}

/** Whether `text` from `s` to `e` spells one of `LINK_WORDS` or `MODIFIER_WORDS` (most words are too long or too short for any). */
function spellsLink(text: string, s: number, e: number): boolean {
  if (e - s < 2 || e - s > 15) return false;
  for (const w of LINK_WORDS) if (spells(text, s, e, w)) return true;
  for (const w of MODIFIER_WORDS) if (spells(text, s, e, w)) return true;
  return false;
}

/** Whether the ASCII letters of `text` from `s` to `e` spell `w` (lower-case), in any case. */
function spells(text: string, s: number, e: number, w: string): boolean {
  if (e - s !== w.length) return false;
  for (let o = 0; o < w.length; o++) if ((text.charCodeAt(s + o) | 32) !== w.charCodeAt(o)) return false;
  return true;
}

/**
 * Whether the last token of `from`–`to` can be a link word (`LINK_WORDS`), read from the
 * characters before `to` instead of tokenizing the whole window: after the spaces, a run of
 * ASCII letters that spells no link word, a digit or ",.;:" ends the last token, and that token
 * is no link. No skip of the tokenizer can hide that character (a tag or a label would have to
 * close after it, within the spaces) except a link wrapper "](…)", whose closing parenthesis is
 * looked for past `to`: with "](" in the window the tokens are read as before.
 */
export function mayEndWithLink(text: string, from: number, to: number, listed = false): boolean {
  let q = to - 1;
  while (q >= from && (text.charCodeAt(q) === 10 || isSpaceCode(text.charCodeAt(q)))) q--;
  if (q < from) return false;
  const c = text.charCodeAt(q);
  const lower = c | 32;
  if (listed && c === 44) return true;
  // A year may stand between the link and the instrument ("of the 2016 resolution 8/1").
  // Read from the character codes: this runs before every reference, and a slice and a pattern each time cost.
  const digit = (x: number): boolean => {
    const d = text.charCodeAt(x);
    return d >= 48 && d <= 57;
  };
  const before4 = text.charCodeAt(q - 4);
  const year = q - 3 > from && digit(q) && digit(q - 1) && digit(q - 2) && digit(q - 3) && !(before4 >= 48 && before4 <= 57) && before4 !== 47 && before4 !== 46;
  let ends = (!year && c >= 48 && c <= 57) || c === 44 || c === 46 || c === 59 || c === 58;
  if (lower >= 97 && lower <= 122) {
    let s = q;
    while (s > from && ((text.charCodeAt(s - 1) | 32) >= 97 && (text.charCodeAt(s - 1) | 32) <= 122)) s--;
    // A letter beyond ASCII, a hyphen or an apostrophe before the run may make the token
    // longer: only a run that starts the window or follows another character is decided here.
    const b = s > from ? text.charCodeAt(s - 1) : 32;
    const decided = s === from || !(isWordCode(b) || b === 45 || b === 39 || b === 0x2019);
    ends = decided && !spellsLink(text, s, q + 1) && !(listed && (spells(text, s, q + 1, 'and') || spells(text, s, q + 1, 'or')));
  }
  if (!ends) return true;
  for (let k = q - 1; k >= from; k--) if (text.charCodeAt(k) === 93 && text.charCodeAt(k + 1) === 40) return true;
  return false;
}

/** Whether `ref` opens with its locator ("paragraphs 3 and 4 of resolution 8/1"), which a list before it may share. */
function opensWithLocator(ref: Reference): boolean {
  // "paragraph 2 of the present resolution" names no instrument: it always opens with its locator.
  if (ref.kind === 'self' || ref.kind === 'internal') return ref.items.length > 0;
  return ref.items.length > 0 && ref.instruments.length > 0 && ref.items[0].span.start < ref.instruments[0].span.start;
}

function isLinkWord(tokens: Tokens, k: number): boolean {
  return tokens.isWord(k, 'of') || tokens.isWord(k, 'to') || (tokens.type(k) === 'word' && LOOSE_LINK_WORDS.has(tokens.value(k)!));
}

/** Unread material right before `ref`, after `floor` (the end of the reference before it). */
function unreadBefore(text: string, reference: Reference, floor: number): Span | undefined {
  // "paragraph 33 of (resolution 8/1)", "… of “resolution 8/1”", "… of `resolution 8/1`": a mark
  // that opens around the reference stands between it and its locator, which was dropped.
  let start = reference.span.start;
  while (start > floor && OPENING_MARKS.has(text.charCodeAt(start - 1))) start--;
  const ref = start === reference.span.start ? reference : { ...reference, span: { start, end: reference.span.end } };
  // Most gaps are decided within a few words of the reference: read a short window first, and
  // the whole one only if the rule looked as far back as the short one's first tokens.
  const short = unreadBeforeWithin(text, ref, floor, SHORT_WINDOW);
  return (short === WIDER ? (unreadBeforeWithin(text, ref, floor, LEADING_WINDOW) as Span | undefined) : short) ?? garbledBefore(text, ref, floor);
}

/** Words written with a full stop that may end locator material before "of": "et seq.", "ff.", "etc.", "ibid.". */
const ABBREVIATIONS_BEFORE_LINK = new Set(['seq', 'seqq', 'sqq', 'f', 'ff', 'etc', 'ibid', 'e', 'al']);

/** ( [ “ " ‘ ' « ` : marks that open around a reference. */
const OPENING_MARKS = new Set([40, 91, 0x201c, 34, 0x2018, 39, 0xab, 96]);
/** ) ] ” " ’ ' » ` : marks that close around one. */
const CLOSING_MARKS = new Set([41, 93, 0x201d, 34, 0x2019, 39, 0xbb, 96]);

/**
 * "paragraph No. 99 of", "paragraph 99a of", "paragraph x9 of", "paragraph “99” of": a locator
 * word and a number the grammar did not read for what stands between or around them. The rule
 * above stops at the first token that is no locator material, so the whole was dropped and
 * "paragraph No. 99 of resolution 8/1" was ok as the resolution.
 */
function garbledBefore(text: string, ref: Reference, floor: number): Span | undefined {
  if (!mayEndWithLink(text, Math.max(floor, ref.span.start - 8), ref.span.start)) return undefined;
  let from = Math.max(floor, ref.span.start - GARBLED_WINDOW);
  if (from > floor) while (from < ref.span.start && !isSpaceCode(text.charCodeAt(from))) from++;
  const tokens = BEFORE;
  tokens.reset(text, from, ref.span.start);
  let n = 0;
  while (tokens.has(n)) n++;
  const link = n - 1;
  if (!(tokens.isWord(link, 'of') || tokens.isWord(link, 'to'))) return undefined;
  let digits = false;
  let odd = false;
  for (let e = link - 1; e >= 0 && e >= link - GARBLED_TOKENS_MAX; e--) {
    const ty = tokens.type(e);
    if (roleOf(tokens, e) === 'keyword') return digits && odd && !FOREIGN_LOCATOR_WORDS.has(tokens.value(e)!) ? { start: tokens.start(e), end: tokens.end(link) } : undefined;
    if (ty === 'num') digits = true;
    else if (ty === 'quote' || (ty === 'punct' && !tokens.isPunct(e, ',') && !tokens.isPunct(e, ';') && !tokens.isPunct(e, '(') && !tokens.isPunct(e, ')')) || (ty === 'word' && (tokens.raw(e)!.length <= 2 || tokens.isWord(e, 'nos') || tokens.isWord(e, 'number')))) odd = true;
    else return undefined;
  }
  return undefined;
}

/** How far back, and over how many tokens, a garbled locator is looked for ("paragraph No. 99 of"). */
const GARBLED_WINDOW = 40;
const GARBLED_TOKENS_MAX = 5;

/** Characters read back first; the commonest chains ("paragraph 13 of", "(a) to (c) contained in") fit. */
const SHORT_WINDOW = 64;
/** What `unreadBeforeWithin` returns when its decision read tokens near the start of a window cut short. */
const WIDER = 'wider';

function unreadBeforeWithin(text: string, ref: Reference, floor: number, window: number): Span | undefined | typeof WIDER {
  let from = Math.max(floor, ref.span.start - window);
  const cut = from > floor && window < LEADING_WINDOW;
  // Start between tokens: at the first space of the window (or at the previous reference's end).
  if (from > floor) {
    while (from < ref.span.start && !/\s/.test(text[from])) from++;
  }
  const listed = opensWithLocator(ref);
  if (!mayEndWithLink(text, from, ref.span.start, listed)) return undefined;
  const tokens = BEFORE;
  tokens.reset(text, from, ref.span.start);
  let n = 0;
  while (tokens.has(n)) n++;
  // The link and the roles read up to four tokens before the one they decide.
  if (cut && n <= 8) return WIDER;
  let link = n - 1;
  // "paragraph 99 of the said resolution 8/1": words of no locator before the instrument.
  let modifiers = 0;
  while (modifiers < MODIFIERS_MAX && isModifier(tokens, link)) {
    link--;
    modifiers++;
  }
  if (modifiers > 0 && (tokens.isWord(link, 'its') || tokens.isWord(link, 'this'))) link--;
  // "paragraph 19 of both resolution 8/1 and resolution 9/3": the reference names the first.
  const both = (tokens.isWord(link, 'both') || tokens.isWord(link, 'either')) && isLinkWord(tokens, link - 1);
  if (both) link--;
  // "of the": only with a value ("paragraph 99 of the Conference resolution 8/1"); "the
  // recommendations of the Working Group …, (l)" names what the reference reads itself.
  const article = tokens.isWord(link, 'the') && (isLinkWord(tokens, link - 1) || tokens.isWord(link - 1, 'by'));
  if (article) link--;
  // "by" only after a verb that places the material ("recommendation (zz) adopted by the Working Group").
  // "agreed upon by": the verb one word further back.
  const upon = tokens.isWord(link, 'by') && tokens.isWord(link - 1, 'upon') ? 1 : 0;
  const by = tokens.isWord(link, 'by') && tokens.type(link - 1 - upon) === 'word' && ADOPTING_VERBS.has(tokens.value(link - 1 - upon)!);
  if (by) {
    link -= 1 + upon;
    if (tokens.isWord(link - 1, 'as')) link--;
    else if ((tokens.isWord(link - 1, 'is') || tokens.isWord(link - 1, 'are') || tokens.isWord(link - 1, 'was') || tokens.isWord(link - 1, 'were')) && (tokens.isWord(link - 2, 'which') || tokens.isWord(link - 2, 'that'))) link -= 2;
    if (tokens.isPunct(link - 1, ',')) link--;
  }
  // "the fifth preambular paragraph and paragraphs 3 and 4 of resolution 8/1": locators listed
  // before one the grammar read with its instrument; the list is not read item by item.
  const joined = !by && listed && (tokens.isWord(link, 'and') || tokens.isWord(link, 'or') || tokens.isPunct(link, ','));
  if (!by && !joined && (link < 1 || !isLinkWord(tokens, link))) return undefined;
  // After such words only "of" or "to" links, and only with a value ("paragraph 99 of the said").
  if (modifiers > 0 && (by || joined || both || !(tokens.isWord(link, 'of') || tokens.isWord(link, 'to')))) return undefined;
  const loose = modifiers > 0 || by || article || joined || both || (!tokens.isWord(link, 'of') && !tokens.isWord(link, 'to'));
  if (tokens.isWord(link, 'in')) {
    // "(a) to (c), which are contained in", "paragraph 3 as set out in": back over the phrase.
    let p = link - 1;
    const pair = tokens.type(p) === 'word' ? PLACING_PAIRS.get(tokens.value(p)!) : undefined;
    if (pair !== undefined && tokens.isWord(p - 1, pair)) p -= 2;
    else if (tokens.type(p) === 'word' && PLACING_VERBS.has(tokens.value(p)!)) p--;
    if (p < link - 1) {
      if (tokens.isWord(p, 'as')) p--;
      else if ((tokens.isWord(p, 'is') || tokens.isWord(p, 'are')) && (tokens.isWord(p - 1, 'which') || tokens.isWord(p - 1, 'that'))) p -= 2;
      if (tokens.isPunct(p, ',')) p--;
      link = p + 1;
    }
  }
  // "As noted in paragraph 5, in resolution 8/1 the Conference …": after a comma, "in", "from",
  // "within" and "under" open a clause of their own (unlike "annex I, paragraph 3, to").
  if (tokens.type(link) === 'word' && LOOSE_LINK_WORDS.has(tokens.value(link)!) && tokens.isPunct(link - 1, ',')) return undefined;
  // "paragraph 33 et seq. of", "paragraph 33 et seq., of": the full stop of an abbreviation before the link.
  let b = tokens.isPunct(link - 1, ',') ? link - 2 : link - 1;
  if (tokens.isPunct(b, '.') && tokens.type(b - 1) === 'word' && ABBREVIATIONS_BEFORE_LINK.has(tokens.value(b - 1)!)) b--;
  // "paragraph 99 in particular of", "paragraph 99 (as amended) of", "annex IX thereof to": a few
  // words or an aside between the locator and the link (the locator was dropped, and ok; found by a probe).
  const aside = asideBeforeLink(tokens, b);
  if (aside < b) b = aside;
  const before = roleOf(tokens, b);
  if (before !== 'value' && before !== 'keyword' && before !== 'close') return undefined;
  if (hasTab(text, tokens.end(link), ref.span.start)) return undefined;
  let first = link;
  let depth = 0;
  let named = false;
  /** A value anywhere in the material; and one nearer the link than any locator word ("paragraph 99 from", not "12 recommendations in"). */
  let valued = false;
  let valuedNear = false;
  let keywordSeen = false;
  /** Whether every locator word of the material is "recommendations": "the recommendations of the eighth meeting" cites them all. */
  let allRecommendations = true;
  for (let e = aside < link - 1 ? b : link - 1; e >= 0; e--) {
    if (cut && e <= 4) return WIDER;
    if (hasTab(text, tokens.end(e), tokens.start(e + 1))) break;
    const role = roleOf(tokens, e);
    const chainWord = tokens.isWord(e, 'of') || tokens.isWord(e, 'to') || tokens.isWord(e, 'the');
    // "paragraphs 10 nad 12 of": a slip between two values of the list (the list was dropped, and ok).
    const slip = role === 'none' && e > 0 && tokens.isLowerWord(e) && tokens.end(e) - tokens.start(e) <= 8 && roleOf(tokens, e - 1) === 'value' && roleOf(tokens, e + 1) === 'value' && !OPENS_PHRASE.has(tokens.value(e)!);
    if (role === 'none' && !chainWord && !slip) break;
    if (role === 'close') depth++;
    else if (role === 'open') {
      // "paragraph 99 (a of": a parenthesis opened after a value and never closed is locator
      // material the grammar could not read (the paragraph was dropped, and the instrument ok).
      if (depth === 0 && !(e > 0 && e + 1 < link && roleOf(tokens, e - 1) === 'value' && roleOf(tokens, e + 1) === 'value')) break;
      if (depth > 0) depth--;
    }
    if (role === 'keyword' || tokens.type(e) === 'plabel') named = true;
    if (role === 'value') {
      valued = true;
      if (!keywordSeen) valuedNear = true;
    }
    if (role === 'keyword') {
      keywordSeen = true;
      if (!tokens.isWord(e, 'recommendations')) allRecommendations = false;
    }
    if (role === 'keyword' || role === 'value' || role === 'open' || (tokens.isWord(e, 'the') && e + 1 < link)) first = e;
  }
  // "Welcoming the recommendations of the eighth meeting of the Working Group": all of them, no
  // locator left unread (it was a warning on correct text).
  if (!valued && keywordSeen && allRecommendations) return undefined;
  // A list before the reference may put its values first ("the fifth preambular paragraph and");
  // a loose link needs them after the noun: "one of the recommendations in", "12 recommendations,
  // which are contained in" count, they do not locate.
  if (first >= link || !named || (loose && !(joined ? valued : valuedNear))) return undefined;
  return { start: tokens.start(first), end: tokens.end(n - 1) };
}

/** After "and, in particular,", "and in particular", ", including," at `k`, the token after them; 0 when none stands there. */
function afterSinglingWords(tokens: Tokens, k: number): number {
  let j = k;
  if (tokens.isWord(j, 'and')) j++;
  if (tokens.isPunct(j, ',')) j++;
  if (tokens.isWord(j, 'in') && tokens.isWord(j + 1, 'particular')) j += 2;
  else if (tokens.isWord(j, 'including') || tokens.isWord(j, 'notably') || tokens.isWord(j, 'particularly') || tokens.isWord(j, 'especially')) j++;
  else return 0;
  if (tokens.isPunct(j, ',')) j++;
  return j;
}

/**
 * Marks on each checked reference the locator material next to it that the grammar did not
 * read, and widens the reference over it (so its range, its hover and its remembered verdict
 * include what was not understood). `from`–`to` is the block the references were found in.
 */
export function markUnread(written: string, refs: Reference[], from: number, to: number): Reference[] {
  const text = withoutMarkup(written);
  for (let r = 0; r < refs.length; r++) {
    const ref = refs[r];
    // "the present resolution" alone cites nothing that is checked, but a locator next to it
    // that was not read ("annex I, paragraph 4, to the present resolution") is said, not dropped.
    if (!CHECKED_KINDS.has(ref.kind)) continue;
    const floor = r > 0 ? refs[r - 1].span.end : from;
    const limit = r + 1 < refs.length ? refs[r + 1].span.start : to;
    const before = ref.span.start > floor ? (unreadBefore(text, ref, floor) ?? locatorBeforeAside(text, ref, floor)) : undefined;
    const after = limit > ref.span.end ? unreadAfterAll(text, written, ref, limit) : undefined;
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

/**
 * Negotiation brackets, code spans, ~~strikethrough~~ and ==highlight== marks, blank (the text
 * keeps its length, so every offset stays): the unread rule reads through them, as a reader of
 * the draft does. "resolution 8/1, `paragraph 99`", "…, ~~paragraph 99~~", "…, [in particular]
 * paragraph 99" were ok on the instrument alone, the paragraph never read. A footnote reference
 * "[^1]" and a link's "](" stay (the tokenizer reads them as transparent already), and so does
 * "[and 99]", which the rule reads as brackets.
 */
export function withoutMarkup(text: string): string {
  if (!MARKUP_SEEN.test(text)) return text;
  return text.replace(MARKUP, (m: string, kept: string | undefined) => (kept !== undefined ? m : ' '.repeat(m.length)));
}
const MARKUP_SEEN = /[`[\]]|~~|==/;
// "[and 99]" stays: the rule reads it as one more in brackets, "and" included, as "(and 99)".
const MARKUP = /(\[\^[\w-]{1,20}\]|\[\s*(?:and|or)\b[^\]\n\r]{0,60}\])|`+|~~+|==+|\[|\](?!\()/g;

/**
 * Unread material after `ref`, from its own end, and first a bracket written tight against it:
 * "resolution 8/1[x], paragraph 99", and "resolution [8/1][9/3]", an alternative of negotiation
 * (the second instrument is no part of the list the grammar read). A footnote "[^1]" is no such
 * bracket, nor a reference-style link "[resolution 8/1][1]" (after "]" only an instrument is).
 */
function unreadAfterAll(text: string, written: string, ref: Reference, limit: number): Span | undefined {
  const end = ref.span.end;
  const last = written.charCodeAt(end - 1);
  const tight = (last >= 48 && last <= 57) || (last >= 65 && last <= 90) || (last >= 97 && last <= 122) || last === 41;
  TIGHT_BRACKET.lastIndex = end;
  const m = tight ? TIGHT_BRACKET.exec(written) : null;
  if (!m || end + m[0].length > limit || (m[0].charCodeAt(0) === 93 && !/^\]\[\s*\d{1,2}\/\d{1,3}\s*\]/.test(m[0]))) return unreadAfter(text, ref, limit, written);
  const bracket = { start: end + (m[0].charCodeAt(0) === 93 ? 1 : 0), end: end + m[0].length };
  const more = bracket.end < limit ? unreadAfter(text, { ...ref, span: { start: ref.span.start, end: bracket.end } }, limit, written) : undefined;
  return { start: bracket.start, end: more ? more.end : bracket.end };
}
const TIGHT_BRACKET = /\]?\[(?!\^)[^\]\n\r[]{1,60}\]/y;

/**
 * "paragraph 99 (resolution 8/1)", "annex III (resolution 8/1)": a locator with the instrument
 * after it in parentheses, and nothing else in them. The grammar reads the instrument alone, and
 * it was ok; the locator is unread. Only this grammar's own locator words, with a value.
 */
function locatorBeforeAside(text: string, ref: Reference, floor: number): Span | undefined {
  let q = ref.span.start - 1;
  while (q > floor && isSpaceCode(text.charCodeAt(q))) q--;
  if (q <= floor || text.charCodeAt(q) !== 40) return undefined;
  // "paragraph 5 (resolution 8/1, paragraph 13)": the parenthesis names a paragraph of its own.
  if (ref.items.some((it) => it.path.length > 0)) return undefined;
  let r = ref.span.end;
  while (r < text.length && isSpaceCode(text.charCodeAt(r))) r++;
  if (text.charCodeAt(r) !== 41) return undefined;
  let from = Math.max(floor, q - SHORT_WINDOW);
  if (from > floor) while (from < q && !isSpaceCode(text.charCodeAt(from))) from++;
  const tokens = BEFORE;
  tokens.reset(text, from, q);
  let n = 0;
  while (tokens.has(n)) n++;
  const last = n - 1;
  if (last < 1 || tokens.end(last) > q || /[\n\r]/.test(text.slice(tokens.end(last), q))) return undefined;
  const lastRole = roleOf(tokens, last);
  if (lastRole !== 'value' && lastRole !== 'close') return undefined;
  for (let e = last; e >= 0; e--) {
    const role = roleOf(tokens, e);
    if (role === 'keyword') return FOREIGN_LOCATOR_WORDS.has(tokens.value(e)!) ? undefined : { start: tokens.start(e), end: tokens.end(last) };
    if (role === 'none') return undefined;
  }
  return undefined;
}
