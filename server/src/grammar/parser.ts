// The reference grammar: a recursive-descent parser over tokens (`Tokens`: made on demand,
// read by index through `type`, `value`, `raw`, `start`, `end`, `isWord`, `isPunct`). At a
// token that can start a reference (a word of `OPENERS`, or a symbol) it tries the rules
// below, each of which consumes what it recognises or fails without consuming. Rules, in EBNF:
//
//   reference    = preLocated | instrumentRef | workingGroup | compendium | report
//                | symbolRef | convention | selfRef
//                | sessionRef | meetingRef | subsidiary ;      (these three: sessionRules.ts, EBNF there)
//
//   preLocated   = [ bareLabels ( "of" | "in" | "to" ) ] locatorChain
//                  ( "above" | "below"                                          (internal: not checked)
//                  | ( "of" | "in" | "to" | "under" ) [ "the" | "said" | "that" | "the Conference's" ] target ) ;
//   bareLabels   = label [ label ] ;                 ("(q) of paragraph 2": at most BARE_LABEL_TOKENS_MAX,
//                                                     parenthesised first, not after a label or a list joiner)
//   locatorChain = group { ( "of" | "in" | "to" ) group } ;    (innermost first, read in one pass)
//   group        = [ "the" ] ORDINAL "preambular" "paragraph" | paraWord items | ppWord items
//                | "annex" [ ROMAN ]                            (an annex ends the chain)
//                | annexList ;                                  (so do several: "annexes I and III to")
//   annexList    = "annexes" ROMAN [ ( "to" | "through" | DASH ) ROMAN ] { [ "," ] [ "and" ] ROMAN [ … ] } ;
//   target       = selfRef | convention | "the" report | instrumentRef ;
//   instrumentRef= [ qualifier ] kindWord mention { listLink mention }
//                  [ "of the Conference of the Parties" [ CONFERENCE_TAIL ] ]
//                  [ "(" [ "see" ] SYMBOL docParts ")" ]                   (the report holding it: `document`)
//                  [ "(" "see" "part" ( "A" | "B" ) [ "," postLocators ] ")" ]
//                  [ [ "," ] [ "both" | "all" ] ( "entitled" | "titled" ) QUOTE … QUOTE   (at most TITLE_TOKENS_MAX)
//                  | [ "," ] [ "on" ] QUOTE … QUOTE | "(" QUOTE … QUOTE ")" ]   (no "entitled": `quotedTitle`)
//                  [ { [ "," ] QUOTE … QUOTE } [ "," ] "and" QUOTE … QUOTE [ [ "," ] "respectively" ] ]   (one title per instrument)
//                  [ postLocators [ [ "," ] ( "entitled" | "titled" ) QUOTE … QUOTE ] ] ;   (after a title: only after
//                                                                  "in particular" and the like; a title after an annex
//                                                                  may be the annex's heading or the instrument's title)
//   qualifier    = "its" | "Conference" [ "of the Parties" [ CONFERENCE_TAIL ] ]
//                | "General Assembly" | "Assembly" | "Economic and Social Council" [ ", in its" ]
//                | "Security Council" | "Human Rights Council" ;
//                | kindWord ( NUM [ ( "." | DASH | ":" ) NUM ] | ROMAN "/" NUM )   (no symbol: `unreadSymbol`, nothing checked)
//   mention      = SYMBOL_ ( [ ( "of" | [ "," ] [ "adopted" ] "on" ) NUM MONTH YEAR ]
//                            | ( "to" | "through" | DASH ) SYMBOL_ [ "of" NUM MONTH YEAR ] ) ;   (after a plural kind word: a
//                                                          range of one session, ascending, ≤ MAX_INSTRUMENT_RANGE)
//   SYMBOL_      = SLASHNUM | NUM ( "/" | "⁄" | "∕" | "／" ) NUM ;   ("8 / 1", "8⁄1": read as 8/1, the form written is reported)
//   listLink     = [ "," ] [ "and" | "or" ] ( SLASHNUM                      (after a plural kind word)
//                                           | "its" kindWord SLASHNUM ) ;
//   postLocators = ( "," postLocator | TIGHT_LABEL items ) { "," postLocator }
//                | "(" [ "annex" [ ROMAN ] "," ] ( paraWord | ppWord ) items ")" ;   ("(paras. 4 and 9)")
//   postLocator  = ORDINAL "preambular" "paragraph" | annexList (first, and last) | "annex" [ ROMAN ]
//                | paraWord items | ppWord items | items ;
//   paraWord     = [ "operative" ] ( "paragraph" | "paragraphs" | "para" | "paras" | "subparagraph" | …
//                | "recommendation" | "recommendations" ) [ "." ] ;
//   ppWord       = "preambular" ( "paragraph" | "paragraphs" ) | "PP" ;
//   items        = item { ( "," | "and" | "or" | ", and" ) item } ;
//   item         = label { label } [ ( DASH | "to" | "through" | "thru" ) label ] ;   label = NUM | "(" letters ")" ;
//   ORDINAL      = "first" … "nineteenth" | TENS_ORDINAL | TENS ( "-" | " " ) "first" … "ninth"
//                | NUM ( "st" | "nd" | "rd" | "th" ) ;          (1–99; the suffix written tight)
//   workingGroup = "Working Group" [ "of Government Experts" ] "on" ( "International Cooperation"
//                | "Technical Assistance" ) [ "," ] [ "at" ] [ "its" ] ORDINAL "meeting"
//                  [ heldAt ] [ "," [ "recommendation(s)" | "paragraph(s)" ] items ] ;
//   compendium   = [ groupName "compendium" [ "," ] ] [ "see" ]
//                  ( "part" ( "A" | "B" ) [ ":" | "." | "," (* before ROMAN *) ] | (* after groupName only *) ) compLocator ;
//   compLocator  = ROMAN { ROMAN | NUM | LABEL | letters | "annex" | "PP" | "and" | "." | "," | DASH } ;
//                  ("and" only before a numeral, a label or a lower-case item with no word after it: "III.3.c and d")
//   report       = "report of the Secretariat" [ description ] [ "," paraWord items ] ;
//                  (description: at most REPORT_DESCRIPTION_MAX tokens, parentheses skipped whole)
//   symbolRef    = SYMBOL [ DASH SYMBOL ] ( docParts | [ "," paraWord items ] ) ;
//   docParts     = "," docPart { "," docPart } ;                 (at most DOCUMENT_PARTS_MAX; read, never checked:
//   docPart      = ( "chap" [ "." ] | "chapter" | "sect" [ "." ] | "section" ) ( ROMAN | NUM | CAPITAL ) { "." … } ;
//                                                                  the sources give no document's chapters)
//   convention   = ( "article" | "articles" | "art" [ "." ] ) NUM { ( "," | "and" ) NUM }
//                  [ "," [ "in particular," ] paraWord items ] [ [ "," ] "of" … CONVENTION_TAIL ] ;
//   selfRef      = "the present" ( "resolution" | "decision" | "report" ) | "this" ( "resolution" | "decision" ) ;
//
// Disambiguation, in the order the rules apply:
//   - A rule is tried only at a word of OPENERS (or a symbol, or a parenthesised label that
//     starts bareLabels: a label opens nothing else); the first rule that matches wins
//     and the scan resumes after what it read. A failing rule that read a label list or a
//     locator chain marks those tokens: none of them can start a reference (`skipTo`), which
//     keeps every rule linear.
//   - Instruments: sessions above MAX_COP_SESSION or symbols of EXTERNAL_SYMBOL_MIN_LENGTH
//     characters or more are another body's unless "its"/"Conference" says otherwise; an
//     instrument right after an external one (gap under EXTERNAL_LIST_GAP_MAX) is external too.
//     Whose instrument the rest are is decided after parsing (see below).
//   - "resolution 8/1 and resolution 8/1, annex III" are two references; "its decision 4/2 …
//     and its resolution 5/8 …, both entitled" is one (the second "its" continues the list).
//   - A locator after a list of instruments applies to each of them.
//   - In a locator chain the outer groups must name one item each (their labels prefix the
//     inner ones: "subparagraph (q) of paragraph 2" is 2 (q)); an annex applies to every item.
//     Before an instrument, a chain that is only an annex gives its annex to the items written
//     after the instrument ("annex II to resolution 9/3, paragraph (q)").
//   - "subparagraph" after an item names that item's subparagraphs ("paragraph 13,
//     subparagraph (b)" is 13 (b)). A label after a line break or a tab ends an item.
//   - Without "part A/B", a compendium locator is tried as part B (instruments) and part A
//     (meetings); one holding "annex" or "PP" is part B only; readings naming different
//     parts are reported as ambiguous.
//   - A part A path "III.3.c" of a meeting whose recommendations are lettered is the report
//     paragraph 3 and recommendation (c): the paragraph is checked where a source gives the
//     meeting's report paragraphs (a footnote, index rows), else reported (`partial`).
//   - The unread rule (grammar/unread.ts, EBNF there): after either scan, locator material
//     touching a checked reference that no rule above read is marked on it; the reference's
//     range covers it and its verdict is `partial`, never `ok`.
//
// Ranges are kept in the tree ("(a)–(d)" is one item with `to`): the resolver expands them.
//
// Whose instrument a reference is ("its resolution 54/128" in text quoting the General
// Assembly) is not decided here: the grammar reads every text alike and marks only bodies
// written into the reference itself ("General Assembly resolution …"). A pass after parsing
// (grammar/attribution.ts) applies the rule, first match wins: (1) a body named just before
// the reference, (2) just after it ("…, of the Governing Council of …"), (3) the body the
// sentence, then the paragraph, is about (if it could have issued that number), (4) the body
// whose document the draft is (front matter `body:`, setting, opening line "The General
// Assembly,"), (5) the Conference, unless it cannot have issued the number (a session it has
// not held, a year/number symbol, a date before its first session): then another body.

import { fromRoman, fullMonthNames, parseDayMonthYear, MONTHS, toRoman } from '../model/text';
import type { GroupKey, InstrumentKind } from '../model/types';
import type { HeldAt, InstrumentMention, Label, LocatorItem, Reference, Span, UnreadSpan } from './reference';
import { candidatePattern, SyncPoints, wordAt } from './candidates';
import { opensPartAfter } from './draftOutline';
import { anotherConferenceAfter, CONFERENCE_TAIL, copRef, ourConventionAfter, heldAfterList, heldAt, holdingAt, ordinalList, otherBodyRef, sessionRef, bareSessionRef, SESSIONS_REACH, MAX_SESSIONS_LISTED } from './sessionRules';
import { isSpaceCode, Tokens, wordHash, wordShapes } from './tokens';
import { JOINED_IN_SERIES, MONTH_WORDS, NOT_PLACES, ORDINAL_SHAPES, ORDINAL_SUFFIXES, ordinalWordValue, PARA_WORDS, RECOMMENDATION_WORDS, ROMAN_RAW, TENS, UNIT_ORDINALS } from './vocabulary';
import { markUnread } from './unread';
import { plausibleNumbers } from './attribution';

/** Bodies whose numbering the checker knows: an instrument numbered otherwise after one of theirs is not theirs. */
const NUMBERING_BODIES = new Set(['General Assembly', 'Economic and Social Council', 'Security Council']);

interface KindWord {
  kind: InstrumentKind;
  plural: boolean;
  /** "res.", "dec.": abbreviated, with or without its full stop; singular and plural alike. */
  abbreviated?: true;
}
const KIND_WORDS = new Map<string, KindWord>([
  ['resolution', { kind: 'resolution', plural: false }],
  ['resolutions', { kind: 'resolution', plural: true }],
  ['decision', { kind: 'decision', plural: false }],
  ['decisions', { kind: 'decision', plural: true }],
  ['res', { kind: 'resolution', plural: true, abbreviated: true }],
  ['dec', { kind: 'decision', plural: true, abbreviated: true }],
]);
const KIND_SHAPES = wordShapes(KIND_WORDS.keys());
/** Written for the slash of a symbol: "/" with spaces, U+2044 fraction slash, U+2215 division slash, U+FF0F fullwidth solidus. */
const SLASH_LOOKALIKES = new Set(['/', '\u2044', '\u2215', '\uff0f']);
/** What joins the numbers of a mistyped symbol: "8.1", "8-1", "8\\1". */
const SYMBOL_JOINERS = new Set(['.', '-', '–', '—', '‐', '‑', '−', '\\', ':', ...SLASH_LOOKALIKES]);
/** Words before a kind word that make a bare number another numbering than the Conference's ("Assembly resolution 2200"). */
const OTHER_NUMBERING = new Set(['assembly', 'council', 'councils', 'commission', 'committee', 'board', 'draft', 'organization', 'court']);
/** Any upper-case Roman numeral as written (the locator reader says which it does not read). */
const ROMAN_LIKE = /^[IVXLC]{1,8}$/;
/** A lower-case item of a compendium locator, or a range of them: "c", "aa", "iii", "c-d", "i-iii". */
const COMPENDIUM_ITEM = /^(?:[a-z]{1,2}|[ivx]{3,5})(?:-(?:[a-z]{1,2}|[ivx]{3,5}))?$/;
/** A session written as a roman numeral ("resolution VIII/1"). */
const ROMAN_SYMBOL = /^[IVXL]{1,6}$/;
const MONTH_NAMES = [...MONTH_WORDS];
/** "Friday, 21 October 2016", "Fri., 21 October 2016": a weekday before a date, by its number (Sunday 0, as `Date.getUTCDay`). */
const WEEKDAYS = new Map([
  ...['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].map((d, i) => [d, i] as const),
  ...['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((d, i) => [d, i] as const),
  ['tues', 2] as const,
  ['thur', 4] as const,
  ['thurs', 4] as const,
]);
const WEEKDAY_FULL_NAMES = [...WEEKDAYS.keys()].filter((d) => d.length >= 6);
/** The first words of an adoption phrase, looked for after every instrument by shape first. */
const ADOPTION_SHAPES = wordShapes(['adopted', 'which', 'that', 'as', 'was', 'were', 'had', 'has']);
// Looked for before every date: by shape first, so that no word's lower-cased copy is made for it.
const WEEKDAY_SHAPES = wordShapes(WEEKDAYS.keys());
/** Month abbreviations, in the order of `MONTHS` ("may" is the month's name); "sept" last, for September. */
const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'sept'];
const CONVENTION_TAIL = new Set(['convention', 'protocol', 'protocols', 'conventions']);

/** A session claimed after an instrument: the ordinal (`span`) and the whole phrase ("adopted at its eighth session"). */
interface SessionClaim {
  number: number;
  span: Span;
  phrase: Span;
  next: number;
  /** "its eighth and ninth sessions[, respectively]": every ordinal; `span` covers them all. */
  list?: { ords: { number: number; span: Span }[]; respectively: boolean; span: Span };
  /** ", held in Vienna from … to …" after the session: checked as the session's (`span`: "fourth session [of the Conference]"). */
  held?: { held: HeldAt; span: Span };
  /** ", held in 2016 and 2018" after several sessions: not checked against each, unread. */
  heldUnread?: UnreadSpan;
  /** "adopted in Vienna at its eighth session": where, as written before the session. */
  venue?: { text: string; span: Span };
  /** Opened with "adopted": what follows may go on with the adoption's particulars. */
  adopted?: true;
  /** "adopted at its eighth session (Vienna, 21 October 2016)": one day in parentheses, the day of the adoption. */
  adoptionDay?: NonNullable<InstrumentMention['date']>;
}

/** What an instrument's particulars leave unread: a date (`dateList`: several), a plenary meeting, a session in other words, or (`plain`) anything else. */
type UnreadParticular = Span & { dateList?: UnreadSpan['dateList']; meeting?: true; session?: true; otherBody?: true; plain?: true; topic?: true };

/** An unread particular as the reference carries it: inside the citation (`date`), or plain material after what was read. */
function unreadSpanOf(u: UnreadParticular): UnreadSpan {
  if (u.plain) return { start: u.start, end: u.end, side: 'after', ...(u.topic && { topic: true as const }) };
  return { start: u.start, end: u.end, side: 'after', date: true, dateList: u.dateList, ...(u.meeting && { meeting: true as const }), ...(u.session && { session: true as const }), ...(u.otherBody && { otherBody: true as const }) };
}

/** A date after an instrument as `date` reads it (see there). */
interface DatePhrase {
  date?: NonNullable<InstrumentMention['date']>;
  dates?: NonNullable<InstrumentMention['date']>[];
  unread?: Span;
  listed?: true;
  /** The phrase opened with "adopted": what follows may go on with the adoption's particulars. */
  adopted?: true;
  next: number;
}

/** Words between "of the" and an instrument that only point back to it ("the said resolution 8/1"). */
const ANAPHORIC_WORDS = new Set(['said', 'aforesaid', 'aforementioned', 'abovementioned', 'above-mentioned', 'same']);

/** Capitalised words after "adopted in/at" that name no place. */
/** Words between the capitalised words of a place's name ("Rio de Janeiro", "Stratford upon Avon"). */
const PLACE_PARTICLES = new Set(['de', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'la', 'le', 'les', 'los', 'am', 'an', 'upon', 'on', 'sur', 'en']);
/** How many unknown words may stand inside an adoption phrase before its date or session ("adopted hastily on …"). */
const UNKNOWN_ADOPTION_WORDS_MAX = 3;
/** How far an adoption aside may run after what was read to its closing parenthesis ("(adopted …, as orally revised)"). */
const ASIDE_TOKENS_MAX = 30;
/** Particulars an adoption phrase may give (place, country, date, session, manner, meeting). */
const ADOPTION_PARTICULARS_MAX = 12;
/** Words of a place's name after its first ("Vienna International Centre", "Buenos Aires City"). */
const PLACE_WORDS_MAX = 4;

interface Attempt {
  ref: Reference;
  next: number;
  /** References read by the same rule after `ref` ("its fourth and fifth sessions": the fifth). */
  more?: Reference[];
}

/**
 * How many tokens of description "report of the Secretariat on …" may run before its ", para.":
 * the report's title is 27 words; a limit keeps a report opening without a paragraph from
 * reading a whole block (the linearity test's "report openings without a paragraph").
 */
const REPORT_DESCRIPTION_MAX = 40;

/**
 * Sessions above this are not the Conference's (it held its eleventh in 2024): "resolution
 * 45/116" without "its" or "Conference" is another body's. Raise it when the Conference passes it.
 */
const MAX_COP_SESSION = 20;
/**
 * "resolutions 8/1 to 8/4": a range of one session's instruments is read as each of them up to
 * this many (the Conference adopts fewer than ten a session); a longer one is not read as a range.
 */
const MAX_INSTRUMENT_RANGE = 30;
/** Words that open a locator after a compendium's name that its rule does not read ("part C", "p. 12", "section IV"). */
const FOREIGN_COMPENDIUM_WORDS = new Set(['part', 'parts', 'p', 'pp', 'page', 'pages', 'section', 'sections', 'chapter', 'chapters', 'item', 'items', 'annex', 'paragraph', 'paragraphs', 'para', 'paras', 'recommendation', 'recommendations']);
/** Words for a document's chapters and sections ("CTOC/COP/2016/15, chap. I, sect. A"). */
const DOCUMENT_PART_WORDS = new Set(['chap', 'chaps', 'chapter', 'chapters', 'sect', 'sects', 'section', 'sections']);
/** How many chapters and sections one document reference names ("chap. I, sect. A"), and how far one's value runs ("D.1.a"). */
const DOCUMENT_PARTS_MAX = 3;
const DOCUMENT_PART_TOKENS_MAX = 6;
/** How far such a locator runs ("part B, section IV, item g, p. 12"). */
const COMPENDIUM_TAIL_TOKENS_MAX = 12;
/** Words after "the report of the Secretariat" that say what it is on. */
const REPORT_SUBJECT_WORDS = new Set(['on', 'entitled', 'concerning', 'regarding', 'about', 'relating', 'pursuant', 'prepared', 'submitted']);
/** Words after it that say whom it is for (a session named then is the report's). */
const REPORT_ADDRESS_WORDS = new Set(['to', 'submitted', 'prepared', 'presented', 'for']);
/** "the twelfth annex": an ordinal this high names no annex of an instrument; left to the unread rule. */
const MAX_ORDINAL_ANNEX = 12;
const ANNEX_NUMBER_WORDS = new Map(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map((w, i) => [w, i + 1]));
/** "annexes I to III": annexes of one instrument are few; a longer range is not read as one. */
const MAX_ANNEX_RANGE = 10;
/** Symbols this long ("2014/17", "45/116") are other bodies' numbering: the Conference's are "8/1", "10/4". */
const EXTERNAL_SYMBOL_MIN_LENGTH = 7;
/** "…resolution 45/116, annex, and resolution 52/88": a gap this short still continues an external list. */
const EXTERNAL_LIST_GAP_MAX = 12;
/**
 * How many labels may stand with no word before a locator chain ("(q) (ii) of paragraph 2").
 * With "of" and the token looked at before them, that is 4 tokens before the locator word: the
 * candidate scan starts that far back (NEAR in candidates.ts), so it tries the first label
 * exactly where the token-by-token scan does.
 */
const BARE_LABEL_TOKENS_MAX = 2;
/** "the sixth, seventh and eighth preambular paragraphs": how many ordinals one list may give (the longest preamble has 26). */
const MAX_PP_LISTED = 10;
/** How far "(see part B, …" may run to its closing parenthesis ("(see part B, annex I, paragraphs 3 and 4)"). */
const SEE_PART_TOKENS_MAX = 30;
/** How far a title set off by emphasis may run, in characters (the longest title is 26 words). */
const TITLE_CHARS_MAX = 600;
/**
 * Words of a sentence, never of a title (titles are noun phrases: "Implementation of …",
 * "Enhancing …"): a quoted text holding one after an instrument may be words quoted from it.
 */
const SENTENCE_WORDS = /\b(?:is|are|was|were|shall|should|will|must|has|have|had|requests|request|requested|urges|urged|decides|decided|invites|invited|calls|called|encourages|encouraged|recommends|recommended|notes|noted|recognizes|recalls|reaffirms|welcomes|emphasizes|stresses)\b/i;
/** How many titles may follow the first for a list of instruments ("entitled “…”, “…” and “…”"). */
const MAX_TITLES_LISTED = 12;
/** How far after a parenthesised title its closing parenthesis is looked for ("(“…”, adopted in 2016)"), in tokens. */
const PAREN_TAIL_TOKENS_MAX = 12;
/** How many tokens a quoted title may run before its closing quote (the longest title is 26 words). */
const TITLE_TOKENS_MAX = 120;
/** How far "of the … Convention" may run after an article ("of the United Nations Convention against …"). */
const CONVENTION_NAME_TOKENS_MAX = 12;
/** Whether `a` becomes `b` by at most two insertions, deletions or substitutions (short words only). */
function withinTwoEdits(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length] <= 2;
}

/** ", both of", ", each adopted", ", both dated": before a date or session said of several instruments. */
const BOTH_BEFORE_PARTICULAR = /^[ \u00a0]*,?[ \u00a0]*(both|each)[ \u00a0]+(?:of|dated|adopted)?[ \u00a0]*$/i;
/** Between a symbol and the apostrophe of its possessive: nothing, or emphasis and what is blank as read (a footnote mark, a link's target). */
const MARKS_ONLY = /^[ *_]*$/;
/** ", adopted on ", ", adopted in " between an instrument and its date. */
const ADOPTED_ON_AFTER = /^[ \u00a0*_]*,[ \u00a0*_]*(?:(?:which|that)[ \u00a0]+was[ \u00a0]+)?adopted[ \u00a0]+(?:on|in)[ \u00a0*_]+$/i;
/** How many citations of a series a claim after the last is given back to. */
const MAX_SERIES_BACK = 12;
/** " and of ", ", and to ", " as well as of ": a locator before one instrument said of the next one too. */
const SHARED_LOCATOR_LINK = /^[ \u00a0*_]*,?[ \u00a0*_]*(?:and|or|as[ \u00a0]+well[ \u00a0]+as)(?:[ \u00a0]+also)?[ \u00a0]+(?:that[ \u00a0]+)?(of|to|in)(?:[ \u00a0]+the)?[ \u00a0*_]*$/i;
const BOTH_OPENS_PHRASE = /^[ \u00a0]*,?[ \u00a0]*(both|each)[ \u00a0]+adopted\b/i;

/** Where a sentence or a line opens (an indented or quoted block's start too), before the words of a claim about an adoption. */
const SENTENCE_OPENS = String.raw`(?:^[\s*_>#]*|[.;:!?][\s*_]+|\n[\s*_]*)`;
/** "the Conference (of the Parties) | the COP, [has] [also] " right before "adopted", at the end of what is read. */
const CONFERENCE_ADOPTS = String.raw`the[ \u00a0]+(?:Conference(?:[ \u00a0]+of[ \u00a0]+the[ \u00a0]+Parties)?|COP)[ \u00a0]*,?[ \u00a0]*(?:(?:has|had)[ \u00a0]+)?(?:(?:also|further|subsequently|formally|unanimously|then|thereby|later)[ \u00a0]+){0,2}$`;
/** "In October 2016, the Conference adopted": the date, at a sentence's start, before "adopted". */
// Also at the start of a clause after "that" ("Noting that, in October 2018, the Conference adopted":
// the date was not read, and a wrong one ok). A footnote mark after the date is blank as read
// ("On 21 October 2018¹, the Conference adopted": a space before the comma; the date was lost).
const DATE_BEFORE_ADOPTED = new RegExp(String.raw`(${SENTENCE_OPENS}(?:In|On)|\b[Tt]hat[ \u00a0]*,?[ \u00a0]*(?:in|on))[ \u00a0]+((?:\d{1,2}[ \u00a0]+)?[A-Z][a-z]+\.?[ \u00a0]+\d{4}|\d{4})[ \u00a0]*,?[ \u00a0]+${CONFERENCE_ADOPTS}`);
/**
 * "At its 2016 session, the Conference adopted", "At its session held in October 2016, the
 * Conference adopted", "At its session in Vienna in October 2018, …": a session named by its date
 * alone, at a sentence's start, before "adopted": its date is the adoption's (each was prose, and
 * a wrong year ok). Group 1: the year of "its 2016 session"; group 2: the date after "session".
 */
const SESSION_DATED_BEFORE_ADOPTED = new RegExp(String.raw`${SENTENCE_OPENS}A[Tt][ \u00a0]+(?:[Ii]ts|[Tt]he)[ \u00a0]+(?:(\d{4})[ \u00a0]+[Ss]ession|[Ss]ession[ \u00a0]*,?[ \u00a0]+(?:held[ \u00a0]+)?(?:in[ \u00a0]+[A-Z][a-z]+(?:[ \u00a0]+[A-Z][a-z]+)?[ \u00a0]*,?[ \u00a0]+)?(?:in|of|on)[ \u00a0]+((?:\d{1,2}[ \u00a0]+)?[A-Z][a-z]+\.?[ \u00a0]+\d{4}|\d{4}))[ \u00a0]*,[ \u00a0]+${CONFERENCE_ADOPTS}`);
/** The opening of SESSION_DATED_BEFORE_ADOPTED with dates in a form not read there ("At its session held from 15 to 19 October 2018, the Conference adopted"): group 1, said unread. */
const SESSION_UNREAD_DATES_BEFORE_ADOPTED = new RegExp(String.raw`${SENTENCE_OPENS}A[Tt][ \u00a0]+(?:[Ii]ts|[Tt]he)[ \u00a0]+[Ss]ession[ \u00a0]*,?[ \u00a0]+((?:held|convened|which[ \u00a0]+(?:was|took[ \u00a0]+place)|that[ \u00a0]+(?:was|took[ \u00a0]+place)|in|of|on|from|between)[^,.;:!?\n]{0,60}?\d{4})[ \u00a0]*,[ \u00a0]+${CONFERENCE_ADOPTS}`);
/** ", including", ", in particular", ", notably": between a session and an instrument singled out of those adopted at it. */
const SINGLED_AFTER_SESSION = /^[\s*_]*,[\s*_]*(?:including|in[\s*_]+particular|notably|particularly|especially|among[\s*_]+them|among[\s*_]+which)[\s*_]*,?[\s*_]*$/i;
/** The most characters ", in particular, " with its spacing and emphasis may take. */
const SINGLED_GAP_MAX = 40;
/** "the resolutions [it | the Conference] adopted at", "the decisions adopted by the Conference at": before that session. */
const ADOPTED_BEFORE_SESSION = /\b(?:resolutions|decisions|instruments)[\s*_]+(?:(?:that|which)[\s*_]+)?(?:(?:it|the[\s*_]+Conference(?:[\s*_]+of[\s*_]+the[\s*_]+Parties)?)[\s*_]+)?(?:(?:has|had)[\s*_]+)?adopted[\s*_]+(?:by[\s*_]+the[\s*_]+Conference(?:[\s*_]+of[\s*_]+the[\s*_]+Parties)?[\s*_]+)?(?:at|during)[\s*_]+$/i;
/** How far back those words are looked for. */
const ADOPTED_BEFORE_SESSION_CHARS = 90;
/** How far back that date is looked for ("On 19 September 2018, the Conference of the Parties "). */
const DATE_BEFORE_ADOPTED_CHARS = 120;

/** Adverbs between the Conference and "adopted" that leave the claim as it is ("also adopted"). */
const ADOPTION_ADVERBS = String.raw`(?:(?:has|had)[\s*_]+)?(?:(?:also|further|subsequently|formally|unanimously|then|thereby|later)[\s*_]+){0,2}`;
/** Between a session and "adopted": "[, the Conference (of the Parties) | the COP] [also] adopted". */
// Also ", at which it adopted", ", during which the Conference adopted" (the session was no claim, and a wrong one ok).
const ADOPTED_AFTER_SESSION = new RegExp(String.raw`^[\s*_]*,?[\s*_]*(?:(?:at|during)[\s*_]+which[\s*_]+(?:it|the[\s*_]+(?:Conference(?:[\s*_]+of[\s*_]+the[\s*_]+Parties)?|COP))[\s*_]+|the[\s*_]+(?:Conference(?:[\s*_]+of[\s*_]+the[\s*_]+Parties)?|COP)[\s*_]*,?[\s*_]*)?${ADOPTION_ADVERBS}$`, 'i');
/** How many words a topic after an instrument ("on central authorities") may run before its date or session. */
const TOPIC_WORDS_MAX = 24;
/** Locator words after a topic and a comma ("on central authorities, paragraph 99"). */
const TOPIC_LOCATOR_WORDS: ReadonlySet<string> = new Set([...PARA_WORDS, ...RECOMMENDATION_WORDS, 'annex', 'annexes', 'pp', 'section', 'part', 'chapter']);
/** How far a list of dates after an instrument may run ("of 10 October 2014, 21 October 2016 and 19 October 2018, respectively"). */
const DATE_LIST_TOKENS_MAX = 24;
/** Dates remembered with their ISO form; cleared when full (drafts cite a few dates over and over). */
const DATE_CACHE_MAX = 5000;

// Drafts repeat their dates: "21 October 2016" → its ISO form, made once.
const ISO_OF_DATE = new Map<string, string | undefined>();

/** Forgets the dates remembered so far (the server's warm-up reads the sources without leaving their dates behind). */
export function forgetDates(): void {
  ISO_OF_DATE.clear();
}


/**
 * The words that can open a reference, and the rule tried where one stands. `attempt` tries a
 * rule only at a word of this table (or a `CTOC/…` symbol), and the candidate scanner
 * (`candidates.ts`) finds where to parse from the same table: a new opening word goes here,
 * never into `attempt`, or the candidate scanner cannot know it.
 *
 * `lead` is 0 for a word that is looked for directly. Common words that open a reference only
 * when a word of lead 0 follows ("its resolution", "the present report", "International
 * Cooperation compendium, see Part A") give the most tokens from them to that word, counted
 * in tokens ("Economic and Social Council, in its resolution": 7): the scanner reads that far
 * back from each word it found. The equivalence test (test/core/candidates.test.ts) fails
 * when a lead is too short or a rule opens somewhere this table does not say.
 */
export interface Opener {
  words: readonly string[];
  lead: number;
  /**
   * For a word of lead 0: how many tokens before it a rule may open that reads up to it, when
   * more than the scan's usual few (candidates.ts, NEAR): the scan starts that far back from it.
   */
  reach?: number;
  rule: (parser: Parser, i: number) => Attempt | undefined;
}

export const OPENERS: readonly Opener[] = [
  {
    words: ['the', 'this'],
    // "the present resolution", "the fourth preambular paragraph", "the 11th session", "the meeting of the Working"
    lead: 4,
    rule: (parser, i) => parser.selfRef(i) ?? (parser.ordinalAt(i + 1) !== undefined ? parser.preLocated(i) : undefined) ?? sessionRef(parser, i),
  },
  // Sessions and meetings (sessionRules.ts): "session" and "meeting" open nothing by themselves
  // (the scan starts a few tokens back from them, at "the eighth"); "COP8" does.
  // "its tenth, eleventh and twelfth sessions", "the eighth and ninth meetings of the Working
  // Group": "its" or "the" stands further back than the scan reads from other candidates; from
  // these words it starts as far back as the longest list of sessions.
  { words: ['sessions', 'meeting', 'meetings'], lead: 0, reach: SESSIONS_REACH, rule: () => undefined },
  // "eighth session of the Conference", without an article: read from "session" back to its ordinal.
  { words: ['session'], lead: 0, reach: SESSIONS_REACH, rule: (parser, i) => bareSessionRef(parser, i) },
  { words: ['cop'], lead: 0, rule: (parser, i) => copRef(parser, i) },
  { words: ['implementation'], lead: 0, rule: (parser, i) => otherBodyRef(parser, i) },
  { words: [...PARA_WORDS, ...RECOMMENDATION_WORDS, 'pp', 'annex', 'annexes'], lead: 0, rule: (parser, i) => parser.preLocated(i) },
  // "the sixth, seventh and eighth preambular paragraphs of": "the" stands as far back as the longest list of ordinals.
  { words: ['preambular'], lead: 0, reach: 1 + 4 * MAX_PP_LISTED, rule: (parser, i) => parser.preLocated(i) },
  // "International Cooperation compendium, VII, annex, 23": "compendium" opens nothing by itself,
  // but the candidate scan starts a few tokens back from it, at "International".
  { words: ['compendium'], lead: 0, rule: () => undefined },
  { words: ['article', 'articles', 'art'], lead: 0, rule: (parser, i) => parser.convention(i) },
  { words: ['working'], lead: 0, rule: (parser, i) => parser.workingGroup(i) ?? otherBodyRef(parser, i) },
  // "the WG on International Cooperation at its tenth meeting"
  { words: ['wg'], lead: 0, rule: (parser, i) => parser.workingGroup(i) },
  { words: ['report'], lead: 0, rule: (parser, i) => parser.report(i) },
  { words: ['part'], lead: 0, rule: (parser, i) => parser.compendium(i) },
  { words: ['international', 'technical'], lead: 5, rule: (parser, i) => parser.compendium(i) }, // "… compendium, see Part"
  { words: ['see'], lead: 1, rule: (parser, i) => parser.compendium(i) },
  { words: [...KIND_WORDS.keys()], lead: 0, rule: (parser, i) => parser.instrumentRef(i) },
  { words: ['its'], lead: 4, rule: (parser, i) => parser.instrumentRef(i) ?? sessionRef(parser, i) }, // "its 11th session", "its fourth and fifth sessions"
  { words: ['assembly'], lead: 1, rule: (parser, i) => parser.instrumentRef(i) },
  { words: ['general', 'security'], lead: 2, rule: (parser, i) => parser.instrumentRef(i) },
  { words: ['human'], lead: 3, rule: (parser, i) => parser.instrumentRef(i) }, // "Human Rights Council resolution"
  { words: ['economic'], lead: 7, rule: (parser, i) => parser.instrumentRef(i) }, // "Economic and Social Council, in its resolution"
  { words: ['conference'], lead: 1 + 3 + CONFERENCE_TAIL.length, rule: (parser, i) => parser.instrumentRef(i) },
];

// Opening words by a hash of their lower-cased letters, so that a token is matched against the
// table without cutting its text out (`Tokens.wordHash`).
const OPENER_OF = new Map<number, { word: string; opener: Opener }[]>();
for (const o of OPENERS) {
  for (const w of o.words) {
    const h = wordHash(w);
    const list = OPENER_OF.get(h) ?? [];
    list.push({ word: w, opener: o });
    OPENER_OF.set(h, list);
  }
}

const OPENER_SHAPES = wordShapes(OPENERS.flatMap((o) => o.words));

/** The parser over the tokens of one block. Its rules are tried only where `OPENERS` says. */
export class Parser {
  readonly refs: Reference[] = [];
  /** Where the locator before another body's instrument stood (made only when one is read). */
  private locatedExternal?: Map<Reference, { span: Span; other: string }>;
  /** A failing rule may have read a label list: none of its tokens can start a reference. */
  private skipTo = 0;

  constructor(
    private readonly text: string,
    /** The tokens; `Tokens` makes them as far as the rules read. */
    public readonly tokens: Tokens,
  ) {}

  /** Today's scan, token by token: a rule is tried at every token. The oracle of `scan`. */
  run(): Reference[] {
    let i = 0;
    while (this.tokens.has(i)) i = this.step(i);
    return this.refs;
  }

  /**
   * Tries token `i` as the old scanner did and returns the next token to try: after the
   * reference found there, after a label list a failing rule read, or the next token.
   */
  step(i: number): number {
    this.skipTo = i + 1;
    const a = this.attempt(i);
    if (a) {
      // "At its eighth session, on 20 October 2016, the Conference adopted resolution 8/1": the
      // day read with the session is the adoption's (`adoptionDayBefore`), checked with the
      // instrument and no longer with the session. Marked once the instrument's reference is taken.
      const day = a.ref.instruments.length === 1 ? a.ref.instruments[0].date : undefined;
      const held = day && day.span.start < a.ref.span.start ? this.refs[this.refs.length - 1]?.session?.held?.date : undefined;
      if (held && day!.span.end === held.span.end && day!.span.start > held.span.start) held.adoption = true;
      this.refs.push(a.ref);
      if (a.more) for (const r of a.more) this.refs.push(r);
      return Math.max(a.next, i + 1);
    }
    return Math.max(this.skipTo, i + 1);
  }

  // ---- token helpers ---------------------------------------------------------------------
  /** Token `k` is a word, one of `values` if given. */
  // Fixed arity, not `...values`: a rest array per call was allocated on every token tried.
  private isWordAt(k: number, a?: string, b?: string, c?: string, d?: string): boolean {
    if (a === undefined) return this.tokens.type(k) === 'word';
    const t = this.tokens;
    return t.isWord(k, a) || (b !== undefined && (t.isWord(k, b) || (c !== undefined && (t.isWord(k, c) || (d !== undefined && t.isWord(k, d))))));
  }
  /** "resolution(s)", "decision(s)" at `k`, compared in place (no lower-cased copy of every word tried). */
  private kindWordAt(k: number): KindWord | undefined {
    if (!this.tokens.hasShape(k, KIND_SHAPES)) return undefined;
    for (const [w, kind] of KIND_WORDS) if (this.tokens.isWord(k, w)) return kind;
    return undefined;
  }
  /** After "No.", "no", "number" (or their plurals) before a symbol ("resolution No. 8/1"); else `k`. */
  private afterNumberWord(k: number, beforeAnyNumber = false): number {
    // "n°", "nº" (French, Spanish), "Nr." (German) as well: the citation was passed over with nothing said (found by a probe).
    const sign = this.isWordAt(k, 'n') && (this.isPunctAt(k + 1, '°') || this.isPunctAt(k + 1, 'º')) && this.tokens.start(k + 1) === this.tokens.end(k);
    if (!sign && !this.isWordAt(k, 'no', 'nos', 'number', 'numbers') && !this.isWordAt(k, 'nr')) return k;
    const dot = sign || (this.isPunctAt(k + 1, '.') && this.tokens.start(k + 1) === this.tokens.end(k)) ? 1 : 0;
    // `beforeAnyNumber`: also before numbers joined like a symbol that is none ("No. 8.1", "No. 8-1"),
    // which are then reported; not before a bare number ("the Court's decision no. 5" is prose).
    const n = k + 1 + dot;
    return this.symbolAt(n) || (beforeAnyNumber && this.joinedNumbersAt(n)) ? n : k;
  }
  /** Numbers joined tight like a symbol that is none: "8.1", "8-1" (the unread-symbol rule reports them). */
  private joinedNumbersAt(n: number): boolean {
    const t = this.tokens;
    return t.type(n) === 'num' && (t.type(n + 1) === 'punct' || t.type(n + 1) === 'dash') && t.start(n + 1) === t.end(n) && t.type(n + 2) === 'num' && t.start(n + 2) === t.end(n + 1);
  }
  /** The last token of the kind word at `k`: its full stop when abbreviated ("res."). */
  private kindEnd(k: number, kind: KindWord): number {
    return kind.abbreviated && this.isPunctAt(k + 1, '.') && this.tokens.end(k) === this.tokens.start(k + 1) ? k + 1 : k;
  }
  /** A word of `set` (its value looked up once per token, not compared word by word). */
  private isWordIn(k: number, set: ReadonlySet<string>): boolean {
    return this.tokens.type(k) === 'word' && set.has(this.tokens.value(k)!);
  }
  /** Token `k` is the punctuation `value`. */
  private isPunctAt(k: number, value: string): boolean {
    return this.tokens.isPunct(k, value);
  }
  /** A year: four digits that `dateLike` takes for one. */
  private isYearAt(k: number): boolean {
    return this.tokens.type(k) === 'num' && this.tokens.value(k)!.length === 4 && this.dateLike(k);
  }
  private isLabel(k: number): boolean {
    const ty = this.tokens.type(k);
    return ty === 'num' || ty === 'plabel';
  }
  private span(a: number, b: number): Span {
    return { start: this.tokens.start(a), end: this.tokens.end(b) };
  }
  /** Only spaces between two tokens (no tab, no line break, no punctuation). */
  private onlySpacesBetween(a: number, b: number): boolean {
    for (let k = this.tokens.end(a), e = this.tokens.start(b); k < e; k++) {
      const c = this.text.charCodeAt(k);
      if (c !== 32 && c !== 0xa0 && c !== 0x202f && c !== 42 && c !== 95) return false;
    }
    return true;
  }

  /**
   * An ordinal at token `k`: "sixth", "twenty-fifth", "twenty fifth", "25th" (the suffix
   * written tight against the number). Its value and the token after it.
   */
  ordinalAt(k: number): { value: number; next: number } | undefined {
    const ty = this.tokens.type(k);
    if (ty === 'num') {
      if (this.tokens.type(k + 1) === 'word' && ORDINAL_SUFFIXES.includes(this.tokens.value(k + 1)!) && this.tokens.end(k) === this.tokens.start(k + 1)) {
        return { value: Number(this.tokens.value(k)), next: k + 2 };
      }
      return undefined;
    }
    // Most words are no ordinal: rejected by length and first letter, without cutting them out.
    if (ty !== 'word' || !this.tokens.hasShape(k, ORDINAL_SHAPES)) return undefined;
    const v = this.tokens.value(k)!;
    const one = ordinalWordValue(v);
    if (one !== undefined) return { value: one, next: k + 1 };
    const tens = TENS.indexOf(v);
    if (tens >= 0) {
      const u = UNIT_ORDINALS.indexOf(this.tokens.value(k + 1) ?? '');
      if (this.tokens.type(k + 1) === 'word' && u >= 0 && u < 9) return { value: (tens + 2) * 10 + u + 1, next: k + 2 };
    }
    return undefined;
  }

  /**
   * "the sixth preambular paragraph", "25th preambular paragraph", and several: "the eighth and
   * ninth preambular paragraphs", "sixth, seventh and eighth preambular paragraphs" at `k` (the
   * "the" optional), each a PP item (a list was read as nothing, the reference ok without it).
   */
  private ordinalPreambular(k: number): { items: LocatorItem[]; next: number } | undefined {
    const s = this.isWordAt(k, 'the') ? k + 1 : k;
    const ords: { value: number; at: number; next: number }[] = [];
    let j = s;
    for (;;) {
      const ord = this.ordinalAt(j);
      if (!ord) return undefined;
      ords.push({ value: ord.value, at: j, next: ord.next });
      let q = ord.next;
      if (this.isPunctAt(q, ',')) q++;
      if (this.isWordAt(q, 'and', 'or')) q++;
      if (q === ord.next || ords.length === MAX_PP_LISTED || this.ordinalAt(q) === undefined) {
        j = ord.next;
        break;
      }
      j = q;
    }
    // The noun in either number: "eighth and ninth preambular paragraph" is a slip, not prose.
    if (!this.isWordAt(j, 'preambular') || !this.isWordAt(j + 1, 'paragraph', 'paragraphs')) return undefined;
    const items = ords.map((o, x) => {
      const label = { value: String(o.value), span: this.span(o.at, o.next - 1) };
      const span = ords.length === 1 ? this.span(s, j + 1) : x === ords.length - 1 ? this.span(o.at, j + 1) : label.span;
      return { span, pp: true, path: [label] } as LocatorItem;
    });
    return { items, next: j + 2 };
  }

  private attempt(i: number): Attempt | undefined {
    const type = this.tokens.type(i);
    if (type === 'symbol') return this.symbolRef(i);
    if (type === 'plabel') return this.labelLed(i);
    if (type !== 'word' || !this.tokens.hasShape(i, OPENER_SHAPES)) return undefined;
    const list = OPENER_OF.get(this.tokens.wordHash(i));
    if (list === undefined) return undefined;
    for (const { word, opener } of list) if (this.tokens.isWord(i, word)) return opener.rule(this, i);
    return undefined;
  }

  // ---- instruments ---------------------------------------------------------------------
  instrumentRef(i: number): Attempt | undefined {
    let j = i;
    let body: string | undefined;
    let explicitCop = false;
    if (this.isWordAt(j, 'its')) {
      explicitCop = true;
      j++;
    } else if (this.isWordAt(j, 'conference')) {
      explicitCop = true;
      j++;
      if (this.isWordAt(j, 'of') && this.isWordAt(j + 1, 'the') && this.isWordAt(j + 2, 'parties')) {
        j += 3;
        if (CONFERENCE_TAIL.every((x, o) => this.isWordAt(j + o, x))) j += CONFERENCE_TAIL.length;
      }
    } else if (this.isWordAt(j, 'general') && this.isWordAt(j + 1, 'assembly')) {
      body = 'General Assembly';
      j += 2;
    } else if (this.isWordAt(j, 'assembly')) {
      body = 'General Assembly';
      j++;
    } else if (this.isWordAt(j, 'economic') && this.isWordAt(j + 1, 'and') && this.isWordAt(j + 2, 'social') && this.isWordAt(j + 3, 'council')) {
      body = 'Economic and Social Council';
      j += 4;
      if (this.isPunctAt(j, ',') && this.isWordAt(j + 1, 'in') && this.isWordAt(j + 2, 'its')) j += 3;
    } else if (this.isWordAt(j, 'security') && this.isWordAt(j + 1, 'council')) {
      body = 'Security Council';
      j += 2;
    } else if (this.isWordAt(j, 'human') && this.isWordAt(j + 1, 'rights') && this.isWordAt(j + 2, 'council')) {
      body = 'Human Rights Council';
      j += 3;
    }
    const kind = this.kindWordAt(j);
    if (!kind) return undefined;
    // "res. 8/1", "dec. 3/2" only before a symbol: "Dec." is also December ("3 Dec. 2016", "Dec. 8/9"
    // after a day), and "Res." a journal's ("J. Environ. Res. 8/2").
    if (kind.abbreviated) {
      const after = this.kindEnd(j, kind) + 1;
      const symbolFollows = this.symbolAt(this.afterNumberWord(after)) !== undefined || this.joinedNumbersAt(this.afterNumberWord(after, true));
      // After a full stop only a journal's abbreviations ("J. Environ. Res.") are no kind word: after a
      // paragraph's number ("1. Res. 8/1"), a list's numeral ("I. res.") or "e.g." the citation was
      // passed over with nothing said (found by a probe).
      const stop = this.isPunctAt(j - 1, '.') && !(this.tokens.type(j - 2) === 'num' || (this.tokens.type(j - 2) === 'word' && (/^\p{Ll}/u.test(this.tokens.raw(j - 2)!) || /^[IVXL]{1,4}$/.test(this.tokens.raw(j - 2)!))));
      if (this.tokens.type(j - 1) === 'num' || stop || (body !== 'Security Council' && !symbolFollows)) return undefined;
    }
    if (body === 'Security Council') {
      // "Security Council resolution 2322 (2016)"
      let e = this.kindEnd(j, kind);
      const num = e + 1;
      if (this.tokens.type(num) === 'num') {
        e = num;
        if (this.isPunctAt(e + 1, '(') && this.tokens.type(e + 2) === 'num' && this.isPunctAt(e + 3, ')')) e += 3;
      }
      return { ref: this.blank('external', this.span(i, e), { body }), next: e + 1 };
    }
    const mentions: InstrumentMention[] = [];
    // "the Conference adopted resolution 9/3 at its eighth session", "… adopted its resolution 9/3
    // in 2016": a verb of adoption before the instrument makes the session or date after it a
    // claim about the adoption, as "resolution 9/3, adopted at …" is (both passed as prose, ok).
    const adoptedBefore = this.isWordAt(i - 1, 'adopted') || (this.isWordAt(i, 'its') && this.isWordAt(i - 1, 'adopted'));
    // Dates after a symbol that the grammar could not read ("of 22/10/2016"): unread, never dropped.
    const unreadDates: UnreadParticular[] = [];
    // Sessions claimed after an instrument, by the index of the mention they follow (applied to the list after the loop).
    const claims: { at: number; claim: SessionClaim }[] = [];
    let curKind = kind.kind;
    let kindTok = j;
    let kindEnd = this.kindEnd(j, kind);
    let k = this.afterNumberWord(kindEnd + 1);
    let reversed: Reference['openRange'];
    let singularList = false;
    for (;;) {
      const symAt = k;
      const sym = this.symbolAt(k);
      if (!sym) break;
      const { s, n } = sym;
      const m: InstrumentMention = {
        kind: curKind,
        kindSpan: { start: this.tokens.start(kindTok), end: this.tokens.end(kindEnd) },
        symbol: `${s}/${n}`,
        session: s,
        number: n,
        span: this.span(kindTok, sym.next - 1),
      };
      if (sym.written) m.written = sym.written;
      mentions.push(m);
      k = sym.next;
      // "resolution 9/3 on central authorities, adopted at its eighth session": the topic is
      // compared with the title by the resolver, the date or session after it is read and checked
      // (they were prose, and a wrong date after a topic ok).
      const topic = this.topicBeforeParticular(k);
      const afterTopic = topic > k;
      if (afterTopic) {
        unreadDates.push({ ...this.span(k, topic - 1), plain: true, topic: true });
        k = topic;
      }
      // "… on central authorities in 2016": after a topic, "in" and a year is the adoption's, as after "adopted".
      // After a plural list too ("adopted resolutions 8/1 and 9/3 in October 2016": every one of them, below).
      const d = (adoptedBefore || afterTopic) && (mentions.length === 1 || kind.plural) && this.isWordAt(k, 'in', 'on') ? this.dateOfAdoption(k) : this.date(k);
      if (d) {
        if (d.date) m.date = d.date;
        if (d.venue) m.venue = d.venue;
        if (d.unread) unreadDates.push(d.listed ? { ...d.unread, dateList: {} } : d.unread);
        if (d.dates) {
          const unread = this.pairDates(mentions, d.dates, d.next);
          if (unread) unreadDates.push(unread);
        }
        k = d.next;
      }
      // "…, adopted at its eighth session": also after a date ("of 21 October 2016, adopted at …").
      const claim = this.sessionClaim(k, adoptedBefore && mentions.length === 1 && !this.isPunctAt(k, ','));
      // "…, adopted at its 2018 session": the year of the session, checked as the year of adoption (it was prose, and ok).
      const yearSession = claim || m.date ? undefined : this.yearOfSessionAt(k);
      if (yearSession) {
        m.date = yearSession.date;
        k = yearSession.next;
      }
      if (claim) {
        claims.push({ at: mentions.length - 1, claim });
        k = claim.next;
        // The session's particulars end the citation: what follows them is not this list's.
        if (claim.held || claim.heldUnread) break;
      } else if (!d && kind.plural && (this.isWordAt(k, 'to', 'through', 'thru') || this.tokens.type(k) === 'dash') && this.symbolAt(k + 1)) {
        // "resolutions 8/1 to 8/4", "decisions 3/1–3/5": each instrument of the range, the ones
        // between on the "to" (or dash) for hover. Other ranges are left to the unread rule.
        const to = this.symbolAt(k + 1)!;
        const s2 = to.s;
        const n2 = to.n;
        if (s2 === s && n2 > n && n2 - n <= MAX_INSTRUMENT_RANGE) {
          for (let x = n + 1; x <= n2; x++) {
            const at = x === n2 ? k + 1 : k;
            const atEnd = x === n2 ? to.next - 1 : k;
            const mention: InstrumentMention = { kind: curKind, kindSpan: m.kindSpan, symbol: `${s}/${x}`, session: s, number: x, span: this.span(at, atEnd) };
            if (x === n2 && to.written) mention.written = to.written;
            mentions.push(mention);
          }
          k = to.next;
          const d2 = this.date(k);
          if (d2) {
            if (d2.date) mentions[mentions.length - 1].date = d2.date;
            if (d2.venue) mentions[mentions.length - 1].venue = d2.venue;
            if (d2.unread) unreadDates.push(d2.unread);
            k = d2.next;
          }
          const claim2 = this.sessionClaim(k);
          if (claim2) {
            claims.push({ at: mentions.length - 1, claim: claim2 });
            k = claim2.next;
          }
        } else if (s2 !== s || n2 !== n) {
          // "resolutions 8/2 to 8/1" (backwards), "resolutions 8/1 to 9/3" (across sessions),
          // "resolutions 8/1 to 8/90" (longer than any session's): not expanded. Both ends are
          // read and checked, and the range is reported for what it is, never half read.
          const mention: InstrumentMention = { kind: curKind, kindSpan: m.kindSpan, symbol: `${s2}/${n2}`, session: s2, number: n2, span: this.span(k + 1, to.next - 1) };
          if (to.written) mention.written = to.written;
          mentions.push(mention);
          const why = s2 < s || (s2 === s && n2 < n) ? 'reversed' : s2 > s ? 'sessions' : 'long';
          reversed = { span: { start: this.tokens.start(symAt), end: this.tokens.end(to.next - 1) }, from: m.symbol, to: mention.symbol, why };
          k = to.next;
        }
      }
      if (!(claim?.held || claim?.heldUnread)) k = this.adoptionTail(k, mentions[mentions.length - 1], mentions.length - 1, claims, unreadDates, d, claim);
      // Another instrument in the same list: ", 5/8", " and 5/8", " and its resolution 5/8".
      let q = k;
      if (this.isPunctAt(q, ',')) q++;
      if (this.isWordAt(q, 'and', 'or')) q++;
      if (q === k) break;
      // After a singular kind word only "and"/"or" make a list: "resolution 8/1, 24/7 support" is no list.
      if (this.symbolAt(q) && (kind.plural || (curKind === kind.kind && this.isWordAt(q - 1, 'and', 'or')))) {
        // "resolution 8/1 and 8/4": a list after a singular kind word is read (each checked),
        // and the kind word is reported, rather than the second symbol dropped.
        if (!kind.plural) singularList = true;
        k = q;
        continue;
      }
      let r = q;
      let its = false;
      if (this.isWordAt(r, 'its')) {
        r++;
        its = true;
      } else if (this.isWordAt(r, 'conference')) r++;
      const nk = this.kindWordAt(r);
      // "its decision 4/2 of … and its resolution 5/8 of …, both entitled": one citation of two
      // instruments. Without "its", "resolution 8/1 and resolution 8/1, annex III" are two.
      // After a named body ("General Assembly resolution 55/25 and its decision 3/2") "its" is the
      // draft's own body again: a new reference, attributed after parsing.
      if (nk && this.symbolAt(this.afterNumberWord(this.kindEnd(r, nk) + 1)) && its && !body) {
        curKind = nk.kind;
        kindTok = r;
        kindEnd = this.kindEnd(r, nk);
        k = this.afterNumberWord(kindEnd + 1);
        continue;
      }
      break;
    }
    if (mentions.length === 0) return body ? undefined : this.unreadSymbol(i, j, explicitCop, this.afterNumberWord(this.kindEnd(j, kind) + 1, true) - 1);
    const unreadClaims: UnreadSpan[] = [];
    // "The Conference, at its eighth session, adopted resolution 9/3": the session just before.
    // Of a list too ("…, the Conference adopted resolutions 8/1 and 9/3": each was adopted at it; the
    // list passed, ok, with 9/3 of the ninth session).
    if (adoptedBefore && claims.length === 0 && mentions.every((m) => !m.date)) {
      const listed = this.sessionBeforeAdopted(i) ? undefined : this.sessionsBeforeAdopted(i, k);
      if (listed) {
        const { list } = listed;
        const numbers = list!.ords.map((o) => o.number);
        mentions.forEach((m, x) => {
          // Paired one by one with ", respectively" after as many instruments; else each of one of them.
          const paired = list!.respectively && mentions.length === numbers.length ? list!.ords[x] : undefined;
          m.sessionClaim = paired ? { number: paired.number, span: paired.span, phrase: listed.phrase, paired: true } : { number: numbers[0], span: list!.span, phrase: listed.phrase, among: numbers, shared: true };
        });
        if (list!.respectively && mentions.length === numbers.length) k += 2;
      }
      const before = listed ? undefined : this.sessionBeforeAdopted(i);
      if (before) {
        claims.push({ at: mentions.length - 1, claim: before });
        // "At its eighth session, on 20 October 2016, the Conference adopted resolution 8/1": the
        // day is the adoption's, checked against it (it was checked as a day of the session only).
        const day = mentions.length === 1 ? this.adoptionDayBefore() : undefined;
        if (day) mentions[0].date = day;
      }
    }
    // "the resolutions it adopted at its ninth session, including resolution 8/1": an instrument
    // singled out of those adopted at a session (the session was not its claim, and a wrong one ok).
    if (!adoptedBefore && claims.length === 0 && mentions.every((m) => !m.date)) {
      const singled = this.sessionSingledOutOf(i);
      if (singled) claims.push({ at: mentions.length - 1, claim: singled });
    }
    // "In October 2016, the Conference adopted its resolution 9/3": the date the sentence opens with,
    // of every instrument of a list ("… adopted resolutions 8/1 and 9/3": the first only was checked).
    if (adoptedBefore && mentions.every((m) => !m.date)) {
      const d = this.dateBeforeAdopted(i - 1);
      if (d) for (const m of mentions) m.date = d;
      else {
        const u = this.sessionDatesUnreadBeforeAdopted(i - 1);
        if (u) unreadClaims.push(u);
      }
    }
    if (claims.length > 0) this.applyClaims(mentions, claims, unreadClaims);
    // Dates after a plural list apply to every instrument of it.
    const lastDate = mentions[mentions.length - 1].date;
    if (kind.plural && lastDate) {
      for (const m of mentions) if (!m.date) m.date = lastDate;
    } else if (lastDate && mentions.length > 1) this.adoptedOnAfterSeparateKinds(mentions.slice(0, -1), mentions[mentions.length - 1]);
    const lastVenue = mentions[mentions.length - 1].venue;
    if (kind.plural && lastVenue) for (const m of mentions) if (!m.venue) m.venue = lastVenue;
    let end = k - 1;
    // "of the Conference of the Parties [to the … Convention …]"
    // Another Conference ("of the Conference of the States Parties to the United Nations
    // Convention against Corruption", "… of the Parties to the Convention on Biological
    // Diversity") is not read as ours: the reference ends at the symbol, and the attribution
    // pass finds the body named just after it.
    if (this.isWordAt(k, 'of') && this.isWordAt(k + 1, 'the') && this.isWordAt(k + 2, 'conference')) {
      let c = k + 3;
      let ours = true;
      if (this.isWordAt(c, 'of') && this.isWordAt(c + 1, 'the') && this.isWordAt(c + 2, 'parties')) {
        c += 3;
        if (this.isWordAt(c, 'to')) {
          const tail = this.ourConventionAfter(c);
          if (tail === undefined) ours = false;
          else c = tail;
        }
      } else if (this.isWordAt(c, 'of') && (this.isWordAt(c + 1, 'states') || (this.isWordAt(c + 1, 'the') && this.isWordAt(c + 2, 'states')))) ours = false;
      if (ours) {
        k = c;
        end = k - 1;
        explicitCop = true;
        // "decision 3/2 of the Conference of the Parties of 18 October 2007": the date after the body.
        const last = mentions[mentions.length - 1];
        const d = last.date ? undefined : this.datePhrase(k, false);
        if (d && (d.date || d.unread) && !d.dates) {
          for (const x of kind.plural ? mentions : [last]) if (!x.date && d.date) x.date = d.date;
          if (d.unread) unreadDates.push(d.listed ? { ...d.unread, dateList: {} } : d.unread);
          k = d.next;
          end = k - 1;
        }
      }
    }
    const ref = this.blank('cop', { start: this.tokens.start(i), end: this.tokens.end(end) }, {});
    ref.instruments = mentions;
    if (unreadDates.length > 0) ref.unread = unreadDates.map(unreadSpanOf);
    if (unreadClaims.length > 0) (ref.unread ??= []).push(...unreadClaims);
    // "adopted at its fourth session, held in Vienna from …": the session, with what is said of it, checked too.
    const held = claims.length > 0 ? claims[claims.length - 1].claim : undefined;
    if (held?.held) ref.session = { number: held.number, span: held.held.span, held: held.held.held };
    if (held?.heldUnread) (ref.unread ??= []).push(held.heldUnread);
    if (reversed) ref.openRange = reversed;
    if (singularList) ref.singularList = true;
    // "resolution 8/1 (CTOC/COP/2016/15, chap. I), annex III": the report and its chapter that hold
    // the instrument, as UN footnotes cite it, are part of the citation, and the locator after them
    // is the instrument's (it was passed over after the parenthesis, and annex III ok).
    const doc = body ? undefined : this.documentInParens(k);
    if (doc) {
      ref.document = doc.document;
      (ref.unread ??= []).push(doc.part);
      k = doc.next;
      end = k - 1;
    }
    // "decision 3/2 of the Conference of the Parties (see part B), paragraph 99": the compendia's
    // pointer to their part B is part of the citation (checked: the instrument must be in a part
    // B), and what follows it is the instrument's locator, never dropped after a parenthesis.
    const see = this.seePart(k);
    if (see) {
      ref.seePart = see.see;
      if (see.items) ref.items = see.items;
      if (see.unread) ref.unread = [see.unread];
      k = see.next;
      end = k - 1;
    }
    const read = see?.items || see?.unread ? undefined : this.title(k);
    const title = read?.title ? read : undefined;
    const more = title ? this.moreTitles(title.next, title.bare === true) : undefined;
    if (more && more.titles.length + 1 !== mentions.length) {
      // "entitled “…” and “…”" with another number of instruments: which is whose is not known.
      const span = { start: title!.title!.span.start, end: more.titles[more.titles.length - 1].span.end };
      (ref.unread ??= []).push({ ...span, side: 'after', pairs: { what: 'titles', count: more.titles.length + 1, instruments: mentions.map((m) => `${m.kind} ${m.symbol}`) } });
      k = more.next;
      end = k - 1;
    } else if (title) {
      ref.title = title.title;
      if (more) ref.titles = [title.title!, ...more.titles];
      k = more ? more.next : title.next;
      end = k - 1;
      const after = this.particularsAfterTitle(k, ref, mentions);
      if (after !== undefined) {
        k = after;
        end = k - 1;
      }
    } else if (read?.unread) {
      // An unquoted title: the reference covers it, and the verdict says it was not checked.
      (ref.unread ??= []).push({ start: read.unread.start, end: read.unread.end, side: 'after' });
      k = read.next;
      end = k - 1;
    }
    if (body) {
      ref.kind = 'external';
      ref.body = body;
    } else if (!explicitCop && mentions.every((m) => m.session > MAX_COP_SESSION || m.symbol.length >= EXTERNAL_SYMBOL_MIN_LENGTH)) {
      ref.kind = 'external';
    } else if (!explicitCop && this.continuesExternal(i, mentions)) {
      ref.kind = 'external';
    }
    // After a title only a part singled out is the instrument's ("…, entitled “…”, in particular
    // paragraph 13 thereof", as preambles write it); other locator material there is unread.
    const singledOut = this.isPunctAt(k, ',') && this.afterSinglingOut(k + 1) > k + 1;
    if ((!title || singledOut) && !see?.items && !see?.unread) {
      const post = this.postLocators(k, end, mentions.length === 1);
      // "the report of the Secretariat on the implementation of resolution 8/1, in particular
      // paragraph 41 thereof": the report's paragraph or the resolution's? Not said, so not read
      // (it was the resolution's, and an error where the report's paragraph exists).
      const described = this.refs[this.refs.length - 1];
      if (post.items.length > 0 && singledOut && described?.kind === 'report' && described.report?.on?.some((x) => mentions.some((m) => m.symbol === x.symbol))) {
        const instruments = mentions.map((m) => `${m.kind} ${m.symbol}`);
        const thereof = this.isWordAt(post.next, 'thereof') ? post.next : post.next - 1;
        (ref.unread ??= []).push({ start: this.tokens.start(k + 1), end: this.tokens.end(thereof), side: 'after', pairs: { what: 'whose', count: 1, instruments } });
        k = thereof + 1;
        end = k - 1;
      } else if (post.items.length > 0 && mentions.length > 1 && this.isWordAt(k, 'and')) {
        // "resolution 8/1 and its decision 3/2 and the annex thereto": the annex of the last
        // instrument, or of each? Not read: said (it was given to each, and 8/1 called wrong).
        const instruments = mentions.map((m) => `${m.kind} ${m.symbol}`);
        (ref.unread ??= []).push({ start: this.tokens.start(k), end: this.tokens.end(post.next - 1), side: 'after', pairs: { what: 'annexes', count: 1, instruments } });
        k = post.next;
        end = k - 1;
      } else if (post.items.length > 0 && mentions.length > 1 && ref.kind === 'cop' && this.isWordAt(this.isPunctAt(post.next, ',') ? post.next + 1 : post.next, 'respectively')) {
        // "resolutions 8/1 and 9/3, paragraphs 13 and 2, respectively": one locator for each
        // instrument, in order, as before them (every locator was checked against every
        // instrument: a false error). With another count, which is whose is not known: said, and
        // none of the locators checked (the instruments are).
        const r = this.isPunctAt(post.next, ',') ? post.next + 1 : post.next;
        if (post.items.length === mentions.length) {
          ref.items = post.items;
          ref.itemsRespectively = true;
        } else {
          (ref.unread ??= []).push({ start: this.tokens.start(k + 1), end: this.tokens.end(r), side: 'after', pairs: { what: 'locators', count: post.items.length, instruments: mentions.map((m) => `${m.kind} ${m.symbol}`) } });
        }
        k = r + 1;
        end = k - 1;
        // "…, respectively, adopted at its eighth session", "…, respectively (COP8)": the list's.
        const tail = this.tailAfterLocators(k, ref, mentions, title !== undefined);
        if (tail !== k) {
          k = tail;
          end = k - 1;
        }
      } else if (post.items.length > 0) {
        ref.items = post.items;
        k = post.next;
        end = k - 1;
        const tail = this.tailAfterLocators(k, ref, mentions, title !== undefined);
        if (tail !== k) {
          k = tail;
          end = k - 1;
        }
      } else if (mentions.length > 1 && this.possessiveAt(k)) {
        // "resolutions 8/1 and 9/3’s annex III": the last instrument's, or each one's? Not read: said.
        const own = this.postLocators(k, end, true);
        if (own.items.length > 0) {
          (ref.unread ??= []).push({ start: this.tokens.start(k), end: this.tokens.end(own.next - 1), side: 'after' });
          k = own.next;
          end = k - 1;
        }
      }
    }
    ref.span.end = this.tokens.end(end);
    this.bothOverSeparateKinds(ref, i);
    this.adoptedWithThePrevious(ref, i);
    this.particularsOverSeries(ref, i);
    this.locatorOfAnotherBody(ref, i);
    return { ref, next: k };
  }

  /**
   * What follows an instrument's (or a list's) locators (`k`: the token after them): "resolution
   * 8/1, annex II, entitled “…”": the title, the annex's heading or the instrument's title (the
   * resolver takes either; it was passed over, and ok whatever it said), and the particulars after
   * it; else a session or a date said of the instruments (`particularsAfterLocator`). The token
   * after what was read: `k` when nothing was.
   */
  private tailAfterLocators(k: number, ref: Reference, mentions: InstrumentMention[], titled: boolean): number {
    const named = titled ? undefined : this.titleAfterLocator(k);
    if (named?.title) {
      ref.title = named.title;
      return this.particularsAfterTitle(named.next, ref, mentions) ?? named.next;
    }
    if (named?.unread) {
      (ref.unread ??= []).push({ start: named.unread.start, end: named.unread.end, side: 'after' });
      return named.next;
    }
    return this.particularsAfterLocator(k, ref) ?? k;
  }

  /**
   * "resolution 8/1, paragraph 13, adopted at its ninth session", "…, paragraph 13 (COP9)", "…,
   * annex II, adopted on 21 October 2017", "…, paragraph 13, entitled “…”": what is said of one
   * instrument after its locator is the instrument's, read and checked as right after its symbol
   * (it was dropped, and the verdict ok). The token after what was read, or undefined.
   */
  private particularsAfterLocator(k: number, ref: Reference): number | undefined {
    const all = ref.instruments;
    if (all.length === 0 || all.some((x) => x.date || x.sessionClaim) || ref.title || ref.session) return undefined;
    // Of a list ("resolutions 8/1 and 9/3, paragraphs 13 and 3, respectively, adopted at its eighth
    // session"): read for the last, then given to each as after the list's symbols (it was dropped, and ok).
    const at = all.length - 1;
    const m = all[at];
    // Read as after the symbol: a date, a session claim, then the rest of an adoption phrase
    // ("adopted at its nineth session" is unread there, as it is after the symbol: it was ok here).
    let next = k;
    const unreadParticulars: UnreadParticular[] = [];
    const claims: { at: number; claim: SessionClaim }[] = [];
    const found = this.date(next);
    const d = found && !found.dates ? found : undefined;
    if (d) {
      if (d.date) m.date = d.date;
      if (d.venue && !m.venue) m.venue = d.venue;
      if (d.unread) unreadParticulars.push(d.listed ? { ...d.unread, dateList: {} } : d.unread);
      next = d.next;
    } else if (found?.dates) {
      // "…, paragraphs 1 and 5, respectively, of 10 October 2014 and 21 October 2016, respectively":
      // one date each, as after the symbols (they were dropped, and ok).
      const unread = this.pairDates(all, found.dates, found.next);
      if (unread) unreadParticulars.push(unread);
      next = found.next;
    }
    const claim = this.sessionClaim(next);
    if (claim) {
      claims.push({ at, claim });
      next = claim.next;
    }
    if (!(claim?.held || claim?.heldUnread)) next = this.adoptionTail(next, m, at, claims, unreadParticulars, d, claim);
    // The date, as after a list's symbols: each instrument's under the same kind word; one under a
    // kind word of its own may be dated apart, so a mismatch is said not checked for it (`maybe`).
    const date = m.date;
    if (date) for (const x of all) if (x !== m && !x.date) x.date = x.kindSpan.start === m.kindSpan.start ? date : { ...date, maybe: { of: `${m.kind} ${m.symbol}` }, apart: true };
    if (m.venue) for (const x of all) if (!x.venue) x.venue = m.venue;
    if (claims.length > 0) {
      const unread: UnreadSpan[] = [];
      this.applyClaims(all, claims, unread);
      if (unread.length > 0) (ref.unread ??= []).push(...unread);
      const last = claims[claims.length - 1].claim;
      if (last.held) ref.session = { number: last.number, span: last.held.span, held: last.held.held };
      if (last.heldUnread) (ref.unread ??= []).push(last.heldUnread);
    }
    if (unreadParticulars.length > 0) (ref.unread ??= []).push(...unreadParticulars.map(unreadSpanOf));
    if (next === k) {
      // A title said to be one ("with the title “…”") is checked as a title; a quoted text alone after a
      // locator may be words quoted from that part ("…, annex II, “…”"): said unchecked unless it is
      // the title, never a wrong title.
      const worded = this.titleWording(this.isPunctAt(next, ',') ? next + 1 : next);
      const quoted = worded ? undefined : this.quotedTitle(next);
      if (worded) {
        ref.title = worded.title;
        next = worded.next;
      } else if (quoted?.title) {
        ref.title = { ...quoted.title, maybe: true };
        next = quoted.next;
      }
    }
    return next === k ? undefined : next;
  }

  /**
   * Dates listed "respectively" (ending before `next`) given one each to the undated instruments
   * listed before them, in order; counts that differ leave the dates unread (returned), never one
   * instrument with another's date.
   */
  private pairDates(mentions: InstrumentMention[], dates: NonNullable<InstrumentMention['date']>[], next: number): UnreadParticular | undefined {
    let from = mentions.length;
    while (from > 0 && !mentions[from - 1].date) from--;
    if (mentions.length - from === dates.length) {
      dates.forEach((x, o) => (mentions[from + o].date = x));
      return undefined;
    }
    return { start: dates[0].span.start, end: this.tokens.end(next - 1), dateList: { count: dates.length, instruments: mentions.slice(from).map((x) => `${x.kind} ${x.symbol}`) } };
  }

  /**
   * "decision 2/6 and decision 3/4, both of 18 October 2006": "both" (or "each") speaks of an
   * instrument cited before under a kind word of its own, which is another reference; the date or
   * session was checked for the last instrument only (the first passed, ok). Said on this one.
   */
  private bothOverSeparateKinds(ref: Reference, i: number): void {
    if (ref.kind !== 'cop' || ref.instruments.length !== 1) return;
    const m = ref.instruments[0];
    const said = m.date?.span ?? m.sessionClaim?.phrase;
    if (!said || said.start < m.span.end) return;
    // The claim's phrase may start with the word itself (", both adopted at …").
    const between = BOTH_BEFORE_PARTICULAR.exec(this.text.slice(m.span.end, said.start)) ?? BOTH_OPENS_PHRASE.exec(this.text.slice(m.span.end, said.end));
    if (!between) return;
    const prev = this.refs[this.refs.length - 1];
    if (!prev || prev.kind !== 'cop' || prev.instruments.length === 0 || !/^[ \u00a0]*,?[ \u00a0]*and[ \u00a0]+$/i.test(this.text.slice(prev.span.end, this.tokens.start(i)))) return;
    const start = m.span.end + between.index + between[0].indexOf(between[1]);
    const end = m.date ? m.date.span.end : m.sessionClaim!.phrase.end;
    const before = prev.instruments.map((x) => `${x.kind} ${x.symbol}`);
    (ref.unread ??= []).push({ start, end, side: 'after', pairs: { what: 'both', count: 1, instruments: [...before, `${m.kind} ${m.symbol}`] } });
  }

  /**
   * "resolution 9/3 and resolution 8/1, adopted at its eighth session" (or ", adopted on 21 October
   * 2016"): the claim or date may speak of both instruments, each under a kind word of its own and
   * so cited apart, or of the last alone. The ones before are given it as `maybe`, as within one
   * citation ("its resolution 9/3 and its resolution 8/1, adopted at …"): a mismatch is said not
   * checked for them, never passed (it was checked for 8/1 only, and ok).
   */
  private particularsOverSeries(ref: Reference, i: number): void {
    if (ref.kind !== 'cop' || ref.body || ref.instruments.length !== 1) return;
    const m = ref.instruments[0];
    const c = m.sessionClaim;
    const claim = c && !c.maybe && c.phrase.start >= m.span.end && !ref.unread?.some((u) => u.pairs?.what === 'both') ? c : undefined;
    let dated = true;
    let claimed = claim !== undefined;
    for (const prev of this.seriesBefore(i)) {
      // Each stops at a citation with particulars of its own: the series ends there.
      if (dated) dated = this.adoptedOnAfterSeparateKinds(prev.instruments, m);
      if (claimed) claimed = this.claimOverSeparateKinds(prev.instruments, m, claim!);
      if (!dated && !claimed) return;
    }
  }

  /** The citations of a series ending at token `i` ("resolution 9/3, resolution 8/4 and …"), nearest first: a bounded number, each of ours, without a title. */
  private *seriesBefore(i: number): Generator<Reference> {
    let next = this.tokens.start(i);
    for (let x = this.refs.length - 1, n = 0; x >= 0 && n < MAX_SERIES_BACK; x--, n++) {
      const prev = this.refs[x];
      if (prev.kind !== 'cop' || prev.body || prev.instruments.length === 0 || prev.title || prev.titles || prev.span.end > next || !JOINED_IN_SERIES.test(this.text.slice(prev.span.end, next))) return;
      yield prev;
      next = prev.span.start;
    }
  }

  /** The session claimed after `last` given to `before` as `maybe`; false when one of them has particulars of its own. */
  private claimOverSeparateKinds(before: readonly InstrumentMention[], last: InstrumentMention, c: NonNullable<InstrumentMention['sessionClaim']>): boolean {
    for (let y = before.length - 1; y >= 0; y--) {
      const p = before[y];
      if (p.date || p.sessionClaim) return false;
      p.sessionClaim = { number: c.number, span: c.span, phrase: c.phrase, shared: true, maybe: { of: `${last.kind} ${last.symbol}` } };
      if (c.among) p.sessionClaim.among = c.among;
    }
    return true;
  }

  /**
   * ", adopted on 21 October 2016" after `last`, written after instruments each under a kind word of
   * its own (`before`): it may speak of the last alone, so the others are given it as `maybe`: a
   * mismatch is said not checked for them, never passed (it was checked for the last alone, and ok).
   * False when one of them has particulars of its own (the series ends there).
   */
  private adoptedOnAfterSeparateKinds(before: readonly InstrumentMention[], last: InstrumentMention): boolean {
    const d = last.date;
    if (!d || d.maybe || d.span.start < last.span.end || !ADOPTED_ON_AFTER.test(this.text.slice(last.span.end, d.span.start))) return false;
    for (let x = before.length - 1; x >= 0; x--) {
      const m = before[x];
      if (m.date || m.sessionClaim || m.kindSpan.start === last.kindSpan.start) return false;
      m.date = { ...d, maybe: { of: `${last.kind} ${last.symbol}` }, apart: true };
    }
    return true;
  }

  /**
   * "In October 2016, the Conference adopted resolution 8/1 and decision 3/2", "At its eighth
   * session, the Conference adopted resolution 8/1 and decision 3/2": what the sentence says
   * before the verb dates (or places at a session) every instrument it adopted, also one under a
   * kind word of its own, which is another citation (it was checked for the first alone, and ok).
   */
  private adoptedWithThePrevious(ref: Reference, i: number): void {
    if (ref.kind !== 'cop' || ref.body || ref.instruments.some((m) => m.date || m.sessionClaim)) return;
    const prev = this.refs[this.refs.length - 1];
    if (!prev || prev.kind !== 'cop' || prev.body || prev.instruments.length === 0 || prev.span.end > this.tokens.start(i)) return;
    const last = prev.instruments[prev.instruments.length - 1];
    const date = last.date && last.date.span.start < prev.span.start ? last.date : undefined;
    const claim = last.sessionClaim && last.sessionClaim.phrase.start < prev.span.start ? last.sessionClaim : undefined;
    if ((!date && !claim) || !JOINED_IN_SERIES.test(this.text.slice(prev.span.end, this.tokens.start(i)))) return;
    // "… adopted resolution 8/1 and resolution 9/3 was adopted later": a clause of its own.
    const after = this.tokens.indexAt(ref.span.end, i);
    if (this.isWordAt(after, 'was', 'were', 'is', 'are') || this.isWordAt(after, 'has', 'had', 'will', 'would')) return;
    // No fix of the words, here or on the citations before: they are the others' too.
    for (const p of prev.instruments) {
      if (date && p.date && p.date.span.start === date.span.start) p.date = { ...p.date, apart: true };
      if (claim && p.sessionClaim && p.sessionClaim.phrase.start === claim.phrase.start) p.sessionClaim = { ...p.sessionClaim, apart: true };
    }
    for (const m of ref.instruments) {
      if (date) m.date = { ...date, apart: true };
      if (claim) m.sessionClaim = { ...claim, shared: true, apart: true };
    }
    // "… at its fourth and fifth sessions adopted decision 4/2 and resolution 5/8, respectively": the
    // sessions paired with the series, in order, when as many (each was of one of them).
    if (claim?.among && this.isPunctAt(this.tokens.indexAt(ref.span.end, i), ',') && this.isWordAt(this.tokens.indexAt(ref.span.end, i) + 1, 'respectively')) {
      // Gathered backwards, no more than the sessions listed (a longer series is not paired).
      const back: InstrumentMention[] = [];
      for (let x = this.refs.length - 1; x >= 0 && back.length <= claim.among.length; x--) {
        const r = this.refs[x];
        if (r.instruments.length > claim.among.length || !r.instruments.some((m) => m.sessionClaim?.phrase.start === claim.phrase.start)) break;
        for (let y = r.instruments.length - 1; y >= 0; y--) back.push(r.instruments[y]);
      }
      const series = back.reverse();
      for (const m of ref.instruments) series.push(m);
      if (series.length === claim.among.length) {
        series.forEach((m, x) => {
          m.sessionClaim = { number: claim.among![x], span: claim.span, phrase: claim.phrase, apart: true, paired: true };
        });
        ref.span = { start: ref.span.start, end: this.tokens.end(this.tokens.indexAt(ref.span.end, i) + 1) };
      }
    }
  }

  /**
   * "paragraph 99 of General Assembly resolution 55/25 and of resolution 8/1": the locator is said
   * of both, but another body's instrument and the Conference's are separate citations, so this
   * one was read without it (and ok, whatever paragraph it lacks). Said, as unread.
   */
  private locatorOfAnotherBody(ref: Reference, i: number): void {
    if (ref.kind !== 'cop' || ref.body || ref.instruments.length === 0) return;
    const prev = this.refs[this.refs.length - 1];
    const located = prev && this.locatedExternal?.get(prev);
    if (!prev || !located || prev.span.end > this.tokens.start(i)) return;
    const gap = SHARED_LOCATOR_LINK.exec(this.text.slice(prev.span.end, this.tokens.start(i)));
    if (!gap) return;
    const start = prev.span.end + gap.index + gap[0].length - gap[0].trimStart().length;
    const end = prev.span.end + gap[0].trimEnd().length;
    const locator = this.text.slice(located.span.start, located.span.end).replace(/[*_]/g, '').replace(/\s+/g, ' ').trim();
    const instruments = [located.other, ...ref.instruments.map((x) => `${x.kind} ${x.symbol}`)];
    (ref.unread ??= []).push({ start, end, side: 'before', pairs: { what: 'shared', count: 1, instruments, locator, link: gap[1].toLowerCase() } });
    // "… of General Assembly resolution 55/25 and of decision 3/2 and of resolution 8/1": the next one's too.
    this.locatedExternal!.set(ref, located);
  }

  /**
   * The symbol of an instrument at `k`: "8/1", or the same written with spaces around the slash
   * or with a look-alike of it ("8 / 1", "8⁄1" U+2044, "8∕1" U+2215, "8／1"), with `written` then
   * set to what was written. The drafter plainly means 8/1: it is read and checked as 8/1, and the
   * resolver says how it was written and what the usual form is (a style warning, never `ok`).
   * An unread finding instead would leave a wrong paragraph or date after it unchecked behind a
   * slip of typing, which a drafter would rather learn about at once.
   */
  private symbolAt(k: number): { s: number; n: number; next: number; written?: Span } | undefined {
    const ty = this.tokens.type(k);
    if (ty === 'slashnum') {
      const [s, n] = this.tokens.slashNumbers(k);
      // "8/01": read as 8/1 and said (symbol-form), as the documents print no leading zero.
      const st = this.tokens.start(k);
      const zero = this.text.charCodeAt(st) === 48 || this.text.charCodeAt(this.text.indexOf('/', st) + 1) === 48;
      return zero ? { s, n, next: k + 1, written: this.span(k, k) } : { s, n, next: k + 1 };
    }
    if (ty !== 'num' || this.tokens.type(k + 1) !== 'punct' || this.tokens.type(k + 2) !== 'num') return undefined;
    if (!SLASH_LOOKALIKES.has(this.tokens.raw(k + 1)!) || !this.onlySpacesBetween(k, k + 1) || !this.onlySpacesBetween(k + 1, k + 2)) return undefined;
    const a = this.tokens.value(k)!;
    const b = this.tokens.value(k + 2)!;
    // Symbol numbers are short; longer digit runs are someone else's numbering, not read as one.
    if (a.length > 4 || b.length > 4) return undefined;
    return { s: Number(a), n: Number(b), next: k + 3, written: this.span(k, k + 2) };
  }

  /**
   * "resolution 8.1", "decision 3-2", "resolution 8", "resolution VIII/1": a kind word of the
   * Conference followed by something number-like that is no symbol the grammar reads. Nothing
   * in it can be checked, and guessing the symbol would pass a typing slip off as a check: it is
   * a reference with no instrument whose verdict says what was not read (`unreadSymbol`).
   */
  private unreadSymbol(i: number, kindTok: number, explicitCop: boolean, kindEnd = kindTok): Attempt | undefined {
    const k = kindEnd + 1;
    if (!this.onlySpacesBetween(kindEnd, k)) return undefined;
    // "General Assembly resolution 2200 A (XXI)", "Commission resolution 5", "draft resolution 1": another body's numbering.
    if (!explicitCop && kindTok > 0 && this.isWordIn(kindTok - 1, OTHER_NUMBERING)) return undefined;
    let e: number;
    const ty = this.tokens.type(k);
    if (ty === 'num') {
      e = k;
      // "8.1", "8-1", "8.1.2", "8//1": numbers joined tight by dots, dashes or slash-like marks.
      for (;;) {
        let q = e + 1;
        while ((this.tokens.type(q) === 'punct' || this.tokens.type(q) === 'dash') && SYMBOL_JOINERS.has(this.tokens.raw(q)!) && this.tokens.end(q - 1) === this.tokens.start(q) && q - e <= 3) q++;
        if (q === e + 1 || this.tokens.type(q) !== 'num' || this.tokens.end(q - 1) !== this.tokens.start(q)) break;
        e = q;
      }
      // "resolution 1325 (2000)": the year in parentheses is part of the citation, so that a body
      // named after it ("… (2000) of the Security Council") is found just after the reference.
      if (e === k && this.isPunctAt(e + 1, '(') && this.tokens.type(e + 2) === 'num' && this.tokens.end(e + 2) - this.tokens.start(e + 2) === 4 && this.isPunctAt(e + 3, ')')) {
        const ref = this.blank('cop', this.span(i, e + 3), {});
        ref.unreadSymbol = { span: this.span(k, e), explicit: explicitCop };
        return { ref, next: e + 4 };
      }
      // "Security Council resolution 2322 (2016)" without its body: still not the Conference's symbol form.
    } else if (ty === 'word' && ROMAN_SYMBOL.test(this.tokens.raw(k)!) && this.tokens.type(k + 1) === 'punct' && SLASH_LOOKALIKES.has(this.tokens.raw(k + 1)!) && this.tokens.type(k + 2) === 'num' && this.tokens.end(k) === this.tokens.start(k + 1)) {
      e = k + 2;
    } else return undefined;
    const ref = this.blank('cop', this.span(i, e), {});
    ref.unreadSymbol = { span: this.span(k, e), explicit: explicitCop };
    return { ref, next: e + 1 };
  }

  /**
   * "(see part B)" after an instrument, as part A of the compendia points to it, or with the
   * locator inside: "(see part B, paragraph 99)". The part is checked (instruments are in part
   * B); a locator inside that is not read to the closing parenthesis is marked unread, never
   * dropped with the parenthesis.
   */
  private seePart(k: number): { see: NonNullable<Reference['seePart']>; items?: LocatorItem[]; unread?: UnreadSpan; next: number } | undefined {
    if (!(this.isPunctAt(k, '(') && this.isWordAt(k + 1, 'see') && this.isWordAt(k + 2, 'part') && (this.tokens.isRaw(k + 3, 'A') || this.tokens.isRaw(k + 3, 'B')))) return undefined;
    const letter = this.span(k + 3, k + 3);
    const part = this.tokens.raw(k + 3) as 'A' | 'B';
    const j = k + 4;
    if (this.isPunctAt(j, ')')) return { see: { part, span: this.span(k, j), letter }, next: j + 1 };
    if (!this.isPunctAt(j, ',')) return undefined;
    const post = this.postLocators(j, j - 1);
    if (post.items.length > 0 && this.isPunctAt(post.next, ')')) return { see: { part, span: this.span(k, post.next), letter }, items: post.items, next: post.next + 1 };
    for (let c = j + 1; this.tokens.has(c) && c <= j + SEE_PART_TOKENS_MAX; c++) {
      if (this.isPunctAt(c, '(')) return undefined;
      if (this.isPunctAt(c, ')')) {
        if (c === j + 1) return undefined;
        return { see: { part, span: this.span(k, c), letter }, unread: { start: this.tokens.start(j + 1), end: this.tokens.end(c - 1), side: 'after' }, next: c + 1 };
      }
    }
    return undefined;
  }

  /** "…General Assembly resolution 45/116, annex, and resolution 52/88": still the Assembly's. */
  private continuesExternal(i: number, mentions: readonly InstrumentMention[]): boolean {
    const prev = this.refs[this.refs.length - 1];
    if (!prev || prev.kind !== 'external') return false;
    // Not where that body cannot have numbered them ("Economic and Social Council resolution
    // 2014/17 and decision 3/2", "Security Council resolution 2322 (2016) and resolution 9/3"):
    // those are the Conference's (they were the Council's, and a wrong paragraph passed unchecked).
    if (prev.body && NUMBERING_BODIES.has(prev.body) && !plausibleNumbers(prev.body, mentions)) return false;
    const gap = this.text.slice(prev.span.end, this.tokens.start(i));
    return /^[\s,]*(?:and|or)?\s*$/.test(gap) && gap.length < EXTERNAL_LIST_GAP_MAX;
  }

  /**
   * The date written after an instrument's symbol: "of 21 October 2016", and as drafters also
   * write it, "(,) adopted on …", "(,) adopted in 2016", "(,) on …", "dated …", "(21 October 2016)", "of 21 Oct. 2016",
   * "of 21st October 2016", "of October 21, 2016", a year alone ("(2016)"). A date is always read and checked, never
   * passed over as prose (a wrong date would then be "ok"); one the grammar cannot read ("of
   * 22/10/2016", "of 22 October") is returned as `unread`, so the verdict says so.
   */
  private date(k: number): (DatePhrase & { venue?: NonNullable<InstrumentMention['venue']> }) | undefined {
    // "adopted in Vienna on 21 October 2017", "adopted at Vienna in 2017", "adopted in Vienna": the
    // place is read with the date (a wrong date after it was passed over as prose, and ok).
    const v = this.adoptedVenue(k);
    if (!v) return this.datePhrase(k, false);
    // "adopted in Vienna at its eighth session": the session claim reads it.
    if (this.isWordAt(v.next, 'at')) return undefined;
    const n = this.isPunctAt(v.next, ',') && (this.isWordAt(v.next + 1, 'on', 'in') || this.dateAt(v.next + 1)) ? v.next + 1 : v.next;
    const d = this.datePhrase(n, true);
    // "adopted in Vienna, on 15 October 2018 the Secretariat …": that date is the next clause's.
    const own = d && (n === v.next || !this.isWordAt(n, 'on') || this.clauseEndsAt(d.next));
    return d && own ? { ...d, venue: v.venue, adopted: true } : { venue: v.venue, next: v.next, adopted: true };
  }

  /**
   * What follows an adoption phrase, in any order and each once: a place, a date, a session, how
   * it was adopted ("adopted at COP8 on 21 October 2017", "adopted on 21 October 2016 at its ninth
   * session", "adopted in Vienna, Austria, at its ninth session", "adopted by consensus on …").
   * Each was prose after the first, and a wrong date or session after it ok. What no instrument's
   * form says ("from 17 to 21 October 2017": a session's dates; "at its 9th plenary meeting": no
   * source numbers those) is unread, never dropped. Undefined when nothing was read.
   */
  private adoptionParticulars(k: number, m: InstrumentMention, at: number, claims: { at: number; claim: SessionClaim }[], unread: UnreadParticular[], claimed: boolean): number | undefined {
    let read = false;
    for (let n = 0; n < ADOPTION_PARTICULARS_MAX; n++) {
      const p = this.isPunctAt(k, ',') ? k + 1 : k;
      const manner = this.mannerAfter(p);
      if (manner !== p) {
        // "adopted by consensus, entitled …": how it was adopted is read, so what follows is too.
        k = manner;
        read = true;
        continue;
      }
      const v = this.venueAt(p);
      if (v) {
        if (m.venue) break;
        m.venue = v.venue;
        k = v.next;
        read = true;
        continue;
      }
      // ", Geneva, 25 October 2016": a place between commas before a date, as a heading writes it
      // (after "adopted at COP8" it was prose, and a wrong place and day ok).
      // Not a weekday that opens the date ("…, adopted at COP8, Monday, 17 October 2016").
      if (!m.venue && !m.date && p === k + 1 && !this.dateAt(p)) {
        const bare = this.placeAt(p);
        if (bare && this.isPunctAt(bare.next, ',') && this.dateAt(bare.next + 1)) {
          m.venue = bare.venue;
          k = bare.next;
          read = true;
          continue;
        }
      }
      // "in Vienna, Austria": the country, with the place.
      if (m.venue && p === k + 1 && m.venue.span.end === this.tokens.end(k - 1) && this.placeWord(p) && !this.placeWord(p + 1)) {
        m.venue = this.placeText(m.venue.span.start, this.tokens.end(p));
        k = p + 1;
        read = true;
        continue;
      }
      const c = claimed ? undefined : this.sessionClaim(k, true);
      if (c) {
        claims.push({ at, claim: c });
        claimed = true;
        k = c.next;
        read = true;
        if (c.held || c.heldUnread) break;
        continue;
      }
      const d = m.date ? undefined : this.datePhrase(p, true);
      if (d && (d.date || d.unread) && (p === k || !this.isWordAt(p, 'on') || this.clauseEndsAt(d.next))) {
        if (d.date) m.date = d.date;
        if (d.unread) unread.push(d.listed ? { ...d.unread, dateList: {} } : d.unread);
        k = d.next;
        read = true;
        continue;
      }
      // "from 17 to 21 October 2017", "between 17 and 21 October 2017": a session's dates, not the day an instrument was adopted.
      if (this.isWordAt(p, 'from', 'between') && (this.dateLike(p + 1) || this.tokens.type(p + 1) === 'num')) {
        let e = p + 1;
        while (e - p < DATE_LIST_TOKENS_MAX && this.tokens.has(e + 1) && (this.dateLike(e + 1) || this.monthAt(e + 1) !== undefined || this.tokens.type(e + 1) === 'num' || this.tokens.type(e + 1) === 'dash' || this.isWordAt(e + 1, 'to', 'and'))) e++;
        unread.push(this.span(p, e));
        k = e + 1;
        read = true;
        continue;
      }
      if (this.isWordAt(p, 'at', 'during') && this.isWordAt(p + 1, 'its', 'the')) {
        // "at its 9th plenary meeting": the sources number no plenary meetings of the Conference.
        const o = this.ordinalAt(p + 2);
        const e = o && this.isWordAt(o.next, 'plenary') ? o.next + 1 : o?.next;
        if (e !== undefined && this.isWordAt(e, 'meeting')) {
          unread.push({ ...this.span(p, e), meeting: true });
          k = e + 1;
          read = true;
          continue;
        }
        // "at its nineth session", "at its resumed ninth session": a session in words the claim
        // does not read (it was prose, and a wrong one ok).
        // "at the eigth Conference [of the Parties]", "at the eigth COP" too.
        const conference = this.isWordAt(p + 1, 'the') ? this.conferenceNounEnd(p + 3) : -1;
        // "at its ninth sesion": "session" misspelt after an ordinal (the claim was dropped, and ok).
        const slip = this.ordinalAt(p + 2)?.next;
        const misspelt = slip !== undefined && this.tokens.type(slip) === 'word' && !this.isWordAt(slip, 'session', 'sessions') && withinTwoEdits(this.tokens.value(slip)!, 'session') ? slip : -1;
        const noun = this.isWordAt(p + 3, 'session', 'sessions') ? p + 3 : this.tokens.type(p + 3) === 'word' && this.isWordAt(p + 4, 'session', 'sessions') ? p + 4 : conference >= 0 ? conference : this.isWordAt(p + 1, 'the') && this.tokens.isRaw(p + 3, 'COP') ? p + 3 : misspelt;
        if (noun > 0 && this.tokens.type(p + 2) === 'word') {
          // "… of the Working Group on International Cooperation": another body's session, named with it.
          const other = this.otherBodyAfter(noun + 1);
          unread.push({ ...this.span(p, other ?? noun), session: true, ...(other !== undefined && { otherBody: true as const }) });
          k = (other ?? noun) + 1;
          read = true;
          continue;
        }
      }
      // "adopted hastily on 21 October 2017", "adopted by acclamation (sic) at its ninth session":
      // words the phrase does not know, then a date or a session: those words are unread, and
      // what follows them is read (it was dropped with them, and a wrong date ok).
      const skip = this.unknownBeforeParticular(p);
      if (skip > p) {
        unread.push({ ...this.span(p, skip - 1), plain: true });
        k = skip;
        read = true;
        continue;
      }
      break;
    }
    return read ? k : undefined;
  }

  /**
   * At `p`, at most a few words or parentheses the adoption phrase does not read, followed by a
   * date ("on 21 October 2017", "in 2017"), a session ("at its ninth session"), how it was adopted
   * or a place: the token after those words, else `p`. A comma, a semicolon, a full stop or a
   * clause's "and"/"which" ends the phrase first.
   */
  private unknownBeforeParticular(p: number): number {
    for (let q = p + 1; q <= p + UNKNOWN_ADOPTION_WORDS_MAX; q++) {
      const ty = this.tokens.type(q - 1);
      if (ty !== 'word' && !this.isPunctAt(q - 1, '(') && !this.isPunctAt(q - 1, ')')) return p;
      if (this.isWordAt(q - 1, 'and', 'or', 'which', 'that')) return p;
      const date = this.isWordAt(q, 'on', 'in', 'during') && (this.dateAt(q + 1) !== undefined || this.dateLike(q + 1));
      const session = this.isWordAt(q, 'at', 'during') && this.isWordAt(q + 1, 'its', 'the') && this.ordinalAt(q + 2) !== undefined;
      // Or another particular the phrase reads: how it was adopted, a place.
      if (date || session || this.mannerAfter(q) > q || this.venueAt(q) !== undefined) return q;
    }
    return p;
  }

  /** "in 2016", "on 19 October 2018" after an instrument that "adopted" stood before. */
  private dateOfAdoption(k: number): (DatePhrase & { venue?: NonNullable<InstrumentMention['venue']> }) | undefined {
    return this.datePhrase(k, true);
  }

  /**
   * "In October 2016, the Conference adopted", "On 19 October 2018, the Conference of the Parties
   * adopted": a date opening the sentence whose verb, at token `adopted`, adopts the instrument.
   * Only at the sentence's start: "… at its seventh meeting, in October 2016, the Conference
   * adopted" dates the meeting.
   */
  private dateBeforeAdopted(adopted: number): InstrumentMention['date'] {
    const end = this.tokens.start(adopted);
    const from = Math.max(0, end - DATE_BEFORE_ADOPTED_CHARS);
    const before = this.text.slice(from, end);
    const m = DATE_BEFORE_ADOPTED.exec(before);
    const dated = m ? undefined : SESSION_DATED_BEFORE_ADOPTED.exec(before);
    const said = m ? m[2] : dated ? (dated[1] ?? dated[2]) : undefined;
    if (!said) return undefined;
    const text = said.replace(/\s+/g, ' ');
    const at = m ? m.index + m[0].indexOf(m[2], m[1].length) : dated!.index + dated![0].lastIndexOf(said);
    const start = from + at;
    const span = { start, end: start + said.length };
    const parts = /^(?:(\d{1,2}) )?([A-Z][a-z]+)\.? (\d{4})$/.exec(fullMonthNames(text));
    if (!parts) return /^\d{4}$/.test(text) ? { text, year: text, span } : undefined;
    const month = MONTHS.indexOf(parts[2]) + 1;
    // "In Octobre 2016": a month the checker does not know is a date it cannot read, said as such.
    if (month === 0) return { text, span };
    if (!parts[1]) return { text, year: parts[3], month, span };
    return { text, iso: parseDayMonthYear(`${parts[1]} ${parts[2]} ${parts[3]}`), span };
  }

  /** The dates of "At its session held from 15 to 19 October 2018, the Conference adopted", in a form `dateBeforeAdopted` does not read: unread, never dropped. */
  private sessionDatesUnreadBeforeAdopted(adopted: number): UnreadSpan | undefined {
    const end = this.tokens.start(adopted);
    const from = Math.max(0, end - DATE_BEFORE_ADOPTED_CHARS);
    const m = SESSION_UNREAD_DATES_BEFORE_ADOPTED.exec(this.text.slice(from, end));
    if (!m) return undefined;
    const start = from + m.index + m[0].indexOf(m[1]);
    return { start, end: start + m[1].length, side: 'before', date: true, sessionDates: true };
  }

  /**
   * The session read just before "[, the Conference] adopted" ("The Conference, at its eighth
   * session, adopted resolution 9/3", "At its eighth session, the Conference adopted …"), as a
   * claim about the instrument adopted; undefined when none stands there.
   */
  private sessionBeforeAdopted(i: number): SessionClaim | undefined {
    const prev = this.sessionJustRead();
    if (!prev?.session) return undefined;
    const adopted = this.isWordAt(i - 1, 'adopted') ? i - 1 : i - 2;
    const gap = this.text.slice(prev.span.end, this.tokens.start(adopted));
    // "the Conference also adopted", "… unanimously adopted": the same claim.
    if (!ADOPTED_AFTER_SESSION.test(gap)) return undefined;
    return { number: prev.session.number, span: prev.session.span, phrase: prev.span, next: i };
  }

  /**
   * "the Conference at its fourth and fifth sessions adopted decision 4/2 and resolution 5/8[,
   * respectively]": the sessions listed just before "adopted", as a claim about the instruments
   * adopted: each must be of one of them, or, with "respectively" after as many instruments, of its
   * own (each part was checked alone, and a wrong session ok). `k`: the token after the instruments.
   */
  private sessionsBeforeAdopted(i: number, k: number): SessionClaim | undefined {
    const last = this.refs[this.refs.length - 1];
    if (!last || last.kind !== 'session' || !last.session || last.session.meeting || !last.listSpan) return undefined;
    const ords: { number: number; span: Span }[] = [{ number: last.session.number, span: last.session.span }];
    for (let x = this.refs.length - 1; x > 0 && this.refs[x].sameBodyAsPrevious && ords.length <= MAX_SESSIONS_LISTED; x--) {
      const r = this.refs[x - 1];
      if (r.kind !== 'session' || !r.session) return undefined;
      ords.unshift({ number: r.session.number, span: r.session.span });
    }
    const adopted = this.isWordAt(i - 1, 'adopted') ? i - 1 : i - 2;
    if (!ADOPTED_AFTER_SESSION.test(this.text.slice(last.span.end, this.tokens.start(adopted)))) return undefined;
    const respectively = this.isPunctAt(k, ',') && this.isWordAt(k + 1, 'respectively');
    return { number: ords[0].number, span: last.listSpan, phrase: last.listSpan, next: i, list: { ords, respectively, span: last.listSpan } };
  }

  /** The reference read last, when it is one session of the Conference on its own (no meeting, no list): what a claim after it can name. */
  private sessionJustRead(): Reference | undefined {
    const prev = this.refs[this.refs.length - 1];
    return prev && prev.kind === 'session' && prev.session && !prev.session.meeting && !prev.sameBodyAsPrevious && !prev.listSpan ? prev : undefined;
  }

  /**
   * The session of "the resolutions [it | the Conference] adopted at its ninth session, including
   * [its] resolution 8/1" (also "in particular", "notably", "among them"), as a claim about the
   * instrument at `i`; undefined when the words before and between are not these.
   */
  private sessionSingledOutOf(i: number): SessionClaim | undefined {
    const prev = this.sessionJustRead();
    if (!prev?.session) return undefined;
    const start = this.tokens.start(i);
    if (start - prev.span.end > SINGLED_GAP_MAX || !SINGLED_AFTER_SESSION.test(this.text.slice(prev.span.end, start))) return undefined;
    if (!ADOPTED_BEFORE_SESSION.test(this.text.slice(Math.max(0, prev.span.start - ADOPTED_BEFORE_SESSION_CHARS), prev.span.start))) return undefined;
    return { number: prev.session.number, span: prev.session.span, phrase: prev.span, next: i };
  }

  /**
   * The day written after the session just before "[, the Conference] adopted" ("At its eighth
   * session, on 20 October 2016, the Conference adopted …"), with no "held" (`dayOfAdoption`):
   * the day of the adoption. The session's reference no longer checks it (`HeldDate.adoption`,
   * marked by `step` once the instrument's reference is taken): the instrument's says whether it
   * is the day it was adopted.
   */
  private adoptionDayBefore(): InstrumentMention['date'] {
    const prev = this.refs[this.refs.length - 1];
    const d = prev?.session?.held?.date;
    if (!d || !this.dayOfAdoption(prev.session!.held!)) return undefined;
    const written = this.text.slice(d.span.start, d.span.end);
    const on = /^on\s+/.exec(written);
    if (!on) return undefined;
    return { text: d.text, iso: d.start, span: { start: d.span.start + on[0].length, end: d.span.end } };
  }

  /**
   * "…, entitled “…”, adopted at its ninth session", "…, entitled “…”, of 21 October 2017", "…
   * entitled “…” (adopted in Vienna on …)": an instrument's date, place and session after its
   * title, read as before it (they were prose, and a wrong session or date after a title ok, in
   * the commonest form of all). For one instrument; after a list, a session claim speaks of the
   * instruments as one before the titles would. The token after them, or undefined.
   */
  private particularsAfterTitle(k: number, ref: Reference, mentions: InstrumentMention[]): number | undefined {
    const at = mentions.length - 1;
    const m = mentions[at];
    const claims: { at: number; claim: SessionClaim }[] = [];
    const unread: UnreadParticular[] = [];
    let next = k;
    const d = mentions.length === 1 && !m.date ? this.date(next) : undefined;
    if (d && !d.dates && (d.date || d.venue || d.unread)) {
      if (d.date) m.date = d.date;
      if (d.venue) m.venue = d.venue;
      if (d.unread) unread.push(d.listed ? { ...d.unread, dateList: {} } : d.unread);
      next = d.next;
    }
    const c = mentions.some((x) => x.sessionClaim) ? undefined : this.sessionClaim(next);
    if (c) {
      claims.push({ at, claim: c });
      next = c.next;
    }
    if (mentions.length === 1 && !c?.held && !c?.heldUnread) next = this.adoptionTail(next, m, at, claims, unread, d, c);
    if (next === k) return undefined;
    const unreadClaims: UnreadSpan[] = [];
    if (claims.length > 0) this.applyClaims(mentions, claims, unreadClaims);
    const last = claims.length > 0 ? claims[claims.length - 1].claim : undefined;
    if (last?.held) ref.session = { number: last.number, span: last.held.span, held: last.held.held };
    if (last?.heldUnread) (ref.unread ??= []).push(last.heldUnread);
    for (const u of unread) (ref.unread ??= []).push(unreadSpanOf(u));
    for (const u of unreadClaims) (ref.unread ??= []).push(u);
    return next;
  }

  /**
   * After an instrument's date and session claim (`d`, `claim`; either may be absent), what may
   * follow them: an adoption aside ("(adopted …)"), then the rest of an adoption phrase's
   * particulars, in any order (`adoptionParticulars`). The token after what was read.
   */
  private adoptionTail(k: number, m: InstrumentMention, at: number, claims: { at: number; claim: SessionClaim }[], unread: UnreadParticular[], d: DatePhrase | undefined, claim: SessionClaim | undefined): number {
    const aside = this.adoptionAside(k, m, at, claims, unread);
    if (aside !== undefined) k = aside;
    const bare = !d && !claim && aside === undefined ? this.adoptedAt(k) : undefined;
    if (!d?.adopted && !claim?.adopted && bare === undefined) return k;
    const more = this.adoptionParticulars(bare ?? k, m, at, claims, unread, claim !== undefined);
    if (more !== undefined) return more;
    // "adopted by consensus" alone: read, so that a title or locator after it is the instrument's.
    return bare !== undefined && !this.isWordAt(bare - 1, 'adopted') ? bare : k;
  }

  /**
   * "Conference", "Conference of the Parties", "Conference of the Parties to the Convention" at
   * `c`, as a session's noun after an ordinal: its last token; -1 for another Conference ("of the
   * States Parties", "of the Parties to the Convention on Biological Diversity") or none.
   */
  private conferenceNounEnd(c: number): number {
    if (!this.tokens.isRaw(c, 'Conference')) return -1;
    const o = c + 1;
    let end = c;
    if (this.isWordAt(o, 'of') && this.isWordAt(o + 1, 'the') && this.isWordAt(o + 2, 'parties')) {
      end = o + 2;
      if (this.isWordAt(o + 3, 'to')) {
        const tail = this.ourConventionAfter(o + 3);
        if (tail === undefined) return -1;
        end = tail - 1;
      }
    }
    // Only where the noun ends the phrase: "the eighth Conference on Disarmament", "… of the States
    // Parties", "… of the Parties serving as the meeting of the Parties to the Kyoto Protocol" are another's.
    const n = end + 1;
    const ends = !this.tokens.has(n) || this.isPunctAt(n, ',') || this.isPunctAt(n, '.') || this.isPunctAt(n, ';') || this.isPunctAt(n, ')') || this.isPunctAt(n, ':') || this.isWordAt(n, 'in', 'at', 'held', 'and') || this.isWordAt(n, 'which');
    return ends ? end : -1;
  }

  /**
   * "COP9, 2018", "9th COP, 2018", "ninth session, 15 October 2018" at `k`, closed by `close`: the
   * session claimed, the date, and the closing sign's token; else undefined.
   */
  private sessionAndDate(k: number, close: string): { claim: SessionClaim; date: NonNullable<InstrumentMention['date']>; next: number } | undefined {
    let number: number | undefined;
    let q = -1;
    // What a fix of the session writes over: "COP8" whole, an ordinal alone ("8th COP": "9th COP").
    let claimed = -1;
    const c = this.copAt(k);
    if (c) {
      number = c.number;
      q = c.next;
      claimed = c.at;
    } else {
      const ord = this.ordinalAt(k);
      if (ord && (this.tokens.isRaw(ord.next, 'COP') || this.isWordAt(ord.next, 'session'))) {
        number = ord.value;
        q = ord.next + 1;
        claimed = ord.next - 1;
      }
    }
    if (number === undefined || !this.isPunctAt(q, ',') || anotherConferenceAfter(this, q)) return undefined;
    // "(COP8, Vienna, 21 October 2016)": the place between, the session's (it was read as a
    // session of its own with the day as its dates: a false wrong-date on the right day).
    const place = this.placeAt(q + 1);
    const at = place && this.isPunctAt(place.next, ',') ? place.next : q;
    // A full date, a month and year, or a year.
    const d = this.datePhrase(at + 1, true, true);
    if (!d?.date || !this.isPunctAt(d.next, close)) return undefined;
    const claim: SessionClaim = { number, span: this.span(k, claimed), phrase: this.span(k - 1, q - 1), next: q };
    if (at !== q) claim.venue = place!.venue;
    return { claim, date: d.date, next: d.next };
  }

  /** "COP8", "COP 8", "COP-8" at `c` (not another Conference's): the number, its token and the token after. */
  private copAt(c: number): { number: number; at: number; next: number } | undefined {
    if (!this.isWordAt(c, 'cop')) return undefined;
    const n = this.tokens.type(c + 1) === 'num' ? c + 1 : this.tokens.type(c + 1) === 'dash' && this.tokens.type(c + 2) === 'num' ? c + 2 : -1;
    return n < 0 || anotherConferenceAfter(this, n + 1) ? undefined : { number: Number(this.tokens.value(n)), at: n, next: n + 1 };
  }

  /**
   * An adoption phrase set off by parentheses, brackets or dashes right after the instrument:
   * "(adopted in Vienna on 21 October 2016)", "[adopted at its eighth session]", "— adopted at its
   * eighth session —", "(Vienna, 21 October 2016)". Read as without them (each was prose, and a
   * wrong date or session in it ok); the token after the closing sign, or undefined (and nothing
   * changed) when the phrase does not close there.
   */
  private adoptionAside(k: number, m: InstrumentMention, at: number, claims: { at: number; claim: SessionClaim }[], unread: UnreadParticular[]): number | undefined {
    // A dash: an em or en dash, tight or spaced ("8/1—adopted …—"), or a hyphen spaced or doubled ("8/1 -- adopted").
    const dash = this.tokens.type(k) === 'dash' && (this.tokens.raw(k) !== '-' || this.tokens.start(k) > this.tokens.end(k - 1));
    const open = this.isPunctAt(k, '(') ? ')' : this.isPunctAt(k, '[') ? ']' : dash ? 'dash' : undefined;
    if (!open) return undefined;
    const saved = { date: m.date, venue: m.venue, claims: claims.length, unread: unread.length };
    let e: number | undefined;
    const inner = open === 'dash' && this.tokens.type(k + 1) === 'dash' && this.tokens.start(k + 1) === this.tokens.end(k) ? k + 2 : k + 1;
    const adopted = this.adoptedAt(inner, true);
    // "(COP9, 2018)", "(9th COP, 2018)", "[ninth session, 15 October 2018]": the session and the date.
    const sd = adopted === undefined && open !== 'dash' && !m.date ? this.sessionAndDate(k + 1, open) : undefined;
    if (adopted !== undefined && !this.isPunctAt(inner, ',')) e = this.adoptionParticulars(adopted, m, at, claims, unread, false);
    else if (sd) {
      claims.push({ at, claim: sd.claim });
      m.date = sd.date;
      e = sd.next;
    } else if (open !== 'dash' && !m.date && !m.venue) {
      // "(Vienna, 21 October 2016)", "(Vienna, Austria, 21 October 2016)", "(Vienna, 2016)": a place and the date.
      const place = this.placeAt(k + 1);
      let q = place && this.isPunctAt(place.next, ',') ? place.next + 1 : -1;
      let venue = place?.venue;
      if (place && q > 0 && this.placeWord(q) && this.isPunctAt(q + 1, ',')) {
        venue = this.placeText(place.venue.span.start, this.tokens.end(q));
        q += 2;
      }
      // A full date, a month and year ("(Vienna, October 2018)") or a year; what looks like a date
      // and is not one the grammar reads ("(Vienna, 17–21 October 2018)") is unread (it was prose, and ok).
      const d = venue && q > 0 ? this.datePhrase(q, true, true) : undefined;
      if (venue && d?.date) {
        m.venue = venue;
        m.date = d.date;
        e = d.next;
      } else if (venue && d?.unread && this.isPunctAt(d.next, open)) {
        m.venue = venue;
        unread.push({ ...d.unread });
        e = d.next;
      }
    }
    // A dash closes with another, or where the clause ends (",", ";", "." or the paragraph's end).
    const closes = e !== undefined && (open === 'dash' ? this.tokens.type(e) === 'dash' || this.isPunctAt(e, ',') || this.isPunctAt(e, ';') || this.isPunctAt(e, '.') || !this.tokens.has(e) : this.isPunctAt(e, open));
    if (e !== undefined && closes) {
      if (open !== 'dash') return e + 1;
      if (this.tokens.type(e) !== 'dash') return e;
      return this.tokens.type(e + 1) === 'dash' && this.tokens.start(e + 1) === this.tokens.end(e) ? e + 2 : e + 1;
    }
    // "(adopted at its ninth session, see part B)": what was read stands, the rest up to the closing sign is unread.
    if (e !== undefined && open !== 'dash') {
      for (let c = e; c < e + ASIDE_TOKENS_MAX && this.tokens.has(c); c++) {
        if (this.isPunctAt(c, '(') || this.isPunctAt(c, '[')) break;
        if (this.isPunctAt(c, open)) {
          unread.push({ ...this.span(e, c - 1), plain: true });
          return c + 1;
        }
      }
    }
    m.date = saved.date;
    m.venue = saved.venue;
    claims.length = saved.claims;
    unread.length = saved.unread;
    return undefined;
  }

  /**
   * Whether the adoption phrase can go on at token `n` after a date written after a comma: the
   * clause ends there (",", ";", ".", ")" or the end) or another particular opens ("at its eighth
   * session", "in Vienna", "by consensus"); otherwise "…, adopted in Vienna, on 15 October 2018 the
   * Secretariat …" dates the clause after it.
   */
  private clauseEndsAt(n: number): boolean {
    return !this.tokens.has(n) || this.isPunctAt(n, ',') || this.isPunctAt(n, ';') || this.isPunctAt(n, '.') || this.isPunctAt(n, ')') || this.isPunctAt(n, ']') || this.isWordAt(n, 'at', 'in', 'during', 'by');
  }

  /**
   * "(,) adopted" at `k`, with how it was adopted ("by consensus", "without a vote",
   * "unanimously", "by acclamation"): the token after them, or undefined.
   */
  /** ", adopted at its 2018 session", ", adopted at the 2016 session of the Conference" at `k`: the year, as a date of adoption. */
  private yearOfSessionAt(k: number): { date: NonNullable<InstrumentMention['date']>; next: number } | undefined {
    let j = this.adoptedAt(k);
    if (j === undefined) return undefined;
    if (this.isWordAt(j, 'by') && this.isWordAt(j + 1, 'the') && this.isWordAt(j + 2, 'conference')) j += 3;
    if (!this.isWordAt(j, 'at', 'during') || !this.isWordAt(j + 1, 'its', 'the') || this.tokens.type(j + 2) !== 'num' || !this.isWordAt(j + 3, 'session')) return undefined;
    const year = this.tokens.value(j + 2)!;
    if (!/^(?:19|20)\d{2}$/.test(year)) return undefined;
    let next = j + 4;
    if (this.isWordAt(next, 'of') && this.isWordAt(next + 1, 'the') && this.isWordAt(next + 2, 'conference')) next += 3;
    return { date: { text: year, year, span: this.span(j + 2, j + 2) }, next };
  }

  private adoptedAt(k: number, clause = false): number | undefined {
    let j = this.isPunctAt(k, ',') ? k + 1 : k;
    // "resolutions 8/1 and 9/3, both adopted at its ninth session": the claim of each (after
    // "both" it was prose, and each instrument ok whatever session it named).
    if (j > k && this.isWordAt(j, 'both', 'each', 'all') && this.isWordAt(j + 1, 'adopted')) j++;
    // Asked after every instrument: most are followed by none of these words.
    if (!this.tokens.hasShape(j, ADOPTION_SHAPES)) return undefined;
    // ", which it adopted at …", ", which was adopted on …", ", as adopted at …", "(which the
    // Conference of the Parties adopted …)": the same claim.
    if ((j > k || clause) && this.isWordAt(j, 'which', 'that')) {
      j++;
      if (this.isWordAt(j, 'it', 'was')) j++;
      else if (this.isWordAt(j, 'the') && this.isWordAt(j + 1, 'conference')) j += this.isWordAt(j + 2, 'of') && this.isWordAt(j + 3, 'the') && this.isWordAt(j + 4, 'parties') ? 5 : 2;
    } else if ((j > k || clause) && this.isWordAt(j, 'as')) j++;
    // "Resolution 9/3 was adopted at the eighth session of the Conference": the claim of the
    // sentence's subject (it was prose, and a wrong session ok).
    else if (j === k && this.isWordAt(j, 'was', 'were', 'had', 'has') && this.subjectBefore(k)) {
      // "was adopted", "was also adopted", "had been adopted", "has been unanimously adopted".
      let q = j + 1;
      if (this.isWordAt(q, 'been')) q++;
      if (this.isWordAt(q, 'also', 'later', 'subsequently', 'formally') || (this.isWordAt(q, 'unanimously') && this.isWordAt(q + 1, 'adopted'))) q++;
      // "Since resolution 8/1 was adopted, at its ninth session the Conference …": the clause ends at the comma.
      if (this.isWordAt(q, 'adopted') && !this.isPunctAt(q + 1, ',')) j = q;
    }
    if (!this.isWordAt(j, 'adopted')) return undefined;
    return this.mannerAfter(j + 1);
  }

  /**
   * At `k`, a topic after an instrument ("on central authorities") followed by its date or its
   * session (", adopted at its eighth session", "of 22 October 2016", "adopted in 2016"): the
   * token where those start, else `k`. A topic runs a few words of prose, none that opens a
   * clause or another citation.
   */
  private topicBeforeParticular(k: number): number {
    if (!this.isWordAt(k, 'on')) return k;
    for (let q = k + 1; q <= k + 1 + TOPIC_WORDS_MAX; q++) {
      // ", adopted …", ", entitled …", ", paragraph 99", ", annex III", " (COP9)", "(CTOC/COP/…)": the instrument's particulars and locators.
      if (q > k + 1 && this.isPunctAt(q, ',') && (this.isWordAt(q + 1, 'adopted', 'entitled', 'of') || this.isWordIn(q + 1, TOPIC_LOCATOR_WORDS))) return q;
      if (q > k + 1 && this.isPunctAt(q, '(')) return q;
      if (this.tokens.type(q) !== 'word' || this.isWordAt(q, 'and', 'or', 'which', 'that') || this.isWordAt(q, 'who', 'where') || this.kindWordAt(q) !== undefined) return k;
      if (q > k + 1 && this.isWordAt(q, 'of') && this.date(q) !== undefined) return q;
      if (q > k + 1 && this.isWordAt(q, 'in') && this.dateOfAdoption(q) !== undefined) return q;
      if (q > k + 1 && this.isWordAt(q, 'of') && this.isWordAt(q + 1, 'the', 'its') && this.ordinalAt(q + 2) !== undefined) return q;
      if (q > k + 1 && this.isWordAt(q, 'adopted', 'held', 'entitled')) return q;
    }
    return k;
  }

  /**
   * At `k`, "of the" and a body's name in capitals ("of the Working Group on International
   * Cooperation", "of the General Assembly"), not the Conference's: the name's last token.
   */
  private otherBodyAfter(k: number): number | undefined {
    if (!this.isWordAt(k, 'of') || !this.isWordAt(k + 1, 'the')) return undefined;
    const cap = (q: number): boolean => this.tokens.type(q) === 'word' && /^[A-Z]/.test(this.tokens.raw(q)!);
    if (!cap(k + 2) || this.isWordAt(k + 2, 'conference', 'parties') || this.tokens.isRaw(k + 2, 'COP')) return undefined;
    let e = k + 2;
    for (let q = k + 3; q < k + 14; q++) {
      if (cap(q)) e = q;
      else if (!(this.isWordAt(q, 'on', 'of', 'and', 'for') || this.isWordAt(q, 'the', 'against', 'in')) || !cap(q + 1) && !this.isWordAt(q + 1, 'the')) break;
    }
    return e;
  }

  /**
   * Whether the instrument that ends before `k` opens its clause ("Resolution 9/3 was adopted …",
   * "Recalling that its resolution 9/3 was adopted …"): then "was adopted at …" is its own claim.
   * After a preposition it is another noun's ("The report on resolution 8/1 was adopted at …").
   */
  private subjectBefore(k: number): boolean {
    let q = k - 1;
    for (let n = 0; n < 5 && q >= 0 && this.tokens.has(q) && this.kindWordAt(q) === undefined; n++) q--;
    if (q < 0 || !this.tokens.has(q) || this.kindWordAt(q) === undefined) return false;
    if (this.isWordAt(q - 1, 'its')) q--;
    const start = this.tokens.start(q);
    const from = Math.max(0, start - 24);
    const before = this.text.slice(from, start);
    if (from === 0 && /^[\s*_>#-]*$/.test(before)) return true;
    return /(?:[.;:(\n]|\b(?:that|since|when|after|once|because|while|whereas|as|although|where|and))[\s*_]*$/i.test(before);
  }

  /** How an instrument was adopted, at `j` ("by consensus", "without a vote"): the token after it (`j` if none). */
  private mannerAfter(j: number): number {
    if (this.isWordAt(j, 'unanimously')) return j + 1;
    // "by the Conference (of the Parties)", "by it", "by a vote", "by vote", "with amendments".
    if (this.isWordAt(j, 'by') && this.isWordAt(j + 1, 'the') && this.isWordAt(j + 2, 'conference')) {
      // Another Conference ("of the States Parties to …", "of the Parties to the Convention on
      // Biological Diversity") adopted another body's instrument: not read as ours.
      const c = j + 3;
      if (this.isWordAt(c, 'of') && (this.isWordAt(c + 1, 'states') || (this.isWordAt(c + 1, 'the') && this.isWordAt(c + 2, 'states')))) return j;
      if (!(this.isWordAt(c, 'of') && this.isWordAt(c + 1, 'the') && this.isWordAt(c + 2, 'parties'))) return c;
      if (!this.isWordAt(c + 3, 'to')) return c + 3;
      const tail = this.ourConventionAfter(c + 3);
      return tail === undefined ? j : tail;
    }
    if (this.isWordAt(j, 'by') && this.isWordAt(j + 1, 'it', 'vote')) return j + 2;
    if (this.isWordAt(j, 'by') && this.isWordAt(j + 1, 'a') && this.isWordAt(j + 2, 'vote')) return j + 3;
    if (this.isWordAt(j, 'with') && this.isWordAt(j + 1, 'amendments')) return j + 2;
    if (this.isWordAt(j, 'in') && this.isWordAt(j + 1, 'plenary')) return j + 2;
    // "in (the) Committee of the Whole": where in the session, not a place.
    const c = this.isWordAt(j, 'in') ? (this.isWordAt(j + 1, 'the') ? j + 2 : j + 1) : -1;
    if (c > 0 && this.isWordAt(c, 'committee') && this.isWordAt(c + 1, 'of') && this.isWordAt(c + 2, 'the') && this.isWordAt(c + 3, 'whole')) return c + 4;
    if (this.isWordAt(j, 'by') && this.isWordAt(j + 1, 'consensus', 'acclamation')) return j + 2;
    if (this.isWordAt(j, 'without') && this.isWordAt(j + 1, 'a') && this.isWordAt(j + 2, 'vote')) return j + 3;
    return j;
  }

  /** "(,) adopted in Vienna", "adopted at Palermo", "adopted in New York" at `k`: the place and the token after it. */
  private adoptedVenue(k: number): { venue: NonNullable<InstrumentMention['venue']>; next: number } | undefined {
    const j = this.adoptedAt(k);
    const at = j === undefined ? undefined : this.venueAt(j);
    return at && { venue: at.venue, next: at.next };
  }

  /**
   * "in Vienna", "at Palermo", "in New York", "in Évian", "at the Vienna International Centre",
   * "in Rio de Janeiro", "in St. Petersburg" at `k`: capitalised words (any script's capitals)
   * that are no month and no word of a session claim ("at COP8", "in October 2016" are dates and
   * sessions, not places), with the particles of place names between them.
   */
  private venueAt(k: number): { venue: NonNullable<InstrumentMention['venue']>; next: number } | undefined {
    if (!this.isWordAt(k, 'in', 'at')) return undefined;
    return this.placeAt(this.isWordAt(k + 1, 'the') ? k + 2 : k + 1);
  }

  /** A place's name from `first` (see `venueAt`). */
  private placeAt(first: number): { venue: NonNullable<InstrumentMention['venue']>; next: number } | undefined {
    if (!this.placeWord(first)) return undefined;
    let e = first;
    for (let n = 0; n < PLACE_WORDS_MAX; n++) {
      // "St. Petersburg": an abbreviation's dot, written tight.
      const dot = this.isPunctAt(e + 1, '.') && this.tokens.start(e + 1) === this.tokens.end(e) && this.tokens.end(e) - this.tokens.start(e) <= 3 ? 1 : 0;
      let x = e + 1 + dot;
      // "Rio de Janeiro": a particle only between two capitalised words.
      if (this.isWordIn(x, PLACE_PARTICLES) && this.placeWord(x + 1) && this.closeTo(x - 1, x) && this.closeTo(x, x + 1)) x++;
      if (!this.placeWord(x) || !this.closeTo(x - 1, x)) break;
      e = x;
    }
    // "at the Ninth Session", "at the Eighth Meeting": a session or meeting in capitals, not a place.
    if (this.isWordAt(e + 1, 'session', 'sessions', 'meeting', 'meetings')) return undefined;
    return { venue: this.placeText(this.tokens.start(first), this.tokens.end(e)), next: e + 1 };
  }

  /** A place as written from `start` to `end`, its spaces and line breaks as one space ("New⏎York" is "New York"). */
  private placeText(start: number, end: number): NonNullable<InstrumentMention['venue']> {
    return { text: this.text.slice(start, end).replace(/\s+/g, ' '), span: { start, end } };
  }

  /** A capitalised word that may be (part of) a place's name. */
  private placeWord(x: number): boolean {
    if (this.tokens.type(x) !== 'word' || this.monthAt(x) !== undefined || NOT_PLACES.has(this.tokens.value(x)!.replace(/['’]s$/, '')) || this.kindWordAt(x) || this.ordinalAt(x) !== undefined) return false;
    const c = this.text.charAt(this.tokens.start(x));
    return c !== c.toLowerCase();
  }

  /** Tokens `a` and `b` with only spaces or a line break between them (a name broken across lines, CRLF or LF, or typed with two spaces). */
  private closeTo(a: number, b: number): boolean {
    if (this.tokens.start(b) - this.tokens.end(a) > 3) return false;
    for (let q = this.tokens.end(a); q < this.tokens.start(b); q++) {
      const c = this.text.charCodeAt(q);
      if (c !== 32 && c !== 0xa0 && c !== 10 && c !== 13) return false;
    }
    return true;
  }

  /** `bare`: the date stands at `k` with no word before it ("(Vienna, October 2018)" after the place). */
  private datePhrase(k: number, afterAdopted: boolean, bare = false): DatePhrase | undefined {
    const d = this.datePhraseRead(k, afterAdopted, bare);
    // An adoption phrase may go on after its date ("adopted on 21 October 2016 at its ninth session").
    if (d && (afterAdopted || (!this.isPunctAt(k, '(') && this.adoptedAt(k) !== undefined))) d.adopted = true;
    return d;
  }

  private datePhraseRead(k: number, afterAdopted: boolean, bare = false): DatePhrase | undefined {
    let j = k;
    let bareOn = false;
    const paren = this.isPunctAt(j, '(');
    if (paren) j++;
    else if (!bare) {
      const after = afterAdopted ? j : this.adoptedAt(j);
      if (!afterAdopted && after === undefined && this.isPunctAt(j, ',')) {
        j++;
        // "resolutions 5/8 and 6/1, both of 22 October 2010": the date of each.
        if (this.isWordAt(j, 'both', 'each', 'all') && this.isWordAt(j + 1, 'of', 'dated')) j++;
      }
      const adopted = after !== undefined;
      if (after !== undefined) j = after;
      // "adopted in Vienna, 21 October 2016": after the place, the date may stand alone.
      const alone = afterAdopted && this.dateAt(j) !== undefined;
      // "adopted in 2017", "adopted in October 2017": a claim about the date as much as "adopted on".
      if (!alone && !this.isWordAt(j, 'of', 'on', 'dated') && !(adopted && this.isWordAt(j, 'in', 'during') && (this.dateLike(j + 1) || this.misspeltMonthYear(j + 1) || this.qualifiedDateEnd(j + 1) >= 0))) return undefined;
      // "…, on 15 October 2018 the Secretariat convened …": a bare "on" dates the clause after it,
      // unless the date ends the citation ("resolution 5/8, on 22 October 2010,").
      bareOn = !adopted && this.isWordAt(j, 'on');
      if (!alone) j++;
      // "of the 18 October 2007", "of the 21st of October 2016".
      if (this.isWordAt(j, 'the') && this.dateAt(j + 1)) j++;
    }
    // "of mid-October 2016", "in late 2016", "(early October 2016)": a date the grammar does not
    // read so loosely, unread (it was prose, and a wrong year ok).
    const loose = this.qualifiedDateEnd(j);
    if (loose >= 0) {
      const e = paren && this.isPunctAt(loose + 1, ')') ? loose + 1 : loose;
      return { unread: this.span(paren || bare ? k : j - 1, e), next: e + 1 };
    }
    const at = this.dateAt(j);
    if (at && bareOn && this.tokens.has(at.next) && !this.isPunctAt(at.next, ',') && !this.isPunctAt(at.next, ';') && !this.isPunctAt(at.next, '.') && !this.isPunctAt(at.next, ')')) return undefined;
    // Dates listed after a list of instruments: "of 21 October 2016 and 19 October 2018,
    // respectively" pairs one full date with each (the caller pairs them, or leaves them unread
    // if the counts differ); any other list of dates is unread, never the last instrument's date.
    if (at && this.datesGoOn(at.next)) return (paren ? undefined : this.respectiveDates(j)) ?? this.listedDatesUnread(paren || bare ? k : j - 1, at.next - 1, paren);
    if (at && (!paren || this.isPunctAt(at.next, ')'))) return { date: this.fullDate(j, at), next: at.next + (paren ? 1 : 0) };
    // A month and year, "adopted in October 2016", "(Oct. 2016)": checked as such.
    const month = this.monthAt(j);
    if (month !== undefined) {
      let y = this.isPunctAt(j + 1, '.') && this.tokens.start(j + 1) === this.tokens.end(j) ? j + 2 : j + 1;
      if (this.isPunctAt(y, ',')) y++;
      const year = this.tokens.type(y) === 'num' && this.tokens.value(y)!.length === 4 && this.dateLike(y) ? this.tokens.value(y)! : undefined;
      const tight = this.tightAfterYear(y);
      if (year && !tight && this.datesGoOn(y + 1)) return this.listedDatesUnread(paren || bare ? k : j - 1, y, paren);
      if (year && !tight && (!paren || this.isPunctAt(y + 1, ')'))) {
        const span = this.span(j, y);
        const text = this.text.slice(span.start, span.end).replace(/\s+/g, ' ');
        return { date: { text, year, month: MONTHS.indexOf(month) + 1, span }, next: y + 1 + (paren ? 1 : 0) };
      }
    }
    // A year alone, "(2016)", "of 2016": the year of adoption, checked as such.
    const y = this.tokens.type(j) === 'num' && this.tokens.value(j)!.length === 4 && this.dateLike(j) ? this.tokens.value(j)! : undefined;
    const joined = this.tightAfterYear(j);
    if (y && !this.monthAt(j + 1) && !joined && this.datesGoOn(j + 1)) return (paren ? undefined : this.respectiveDates(j)) ?? this.listedDatesUnread(paren || bare ? k : j - 1, j, paren);
    if (y && !this.monthAt(j + 1) && !joined && (!paren || this.isPunctAt(j + 1, ')'))) {
      return { date: { text: y, year: y, span: this.span(j, j) }, next: j + 1 + (paren ? 1 : 0) };
    }
    // "of Octember 2016": a month misspelt before a year is a date all the same, unread (it was prose, and ok).
    if (this.misspeltMonthYear(j)) {
      const e = paren && this.isPunctAt(j + 2, ')') ? j + 2 : j + 1;
      return { unread: this.span(paren || bare ? k : j - 1, e), next: e + 1 };
    }
    // "of Funday, 21 October 2017": a weekday misspelt before a date; the date is unread with it (it was prose, and ok).
    if (this.tokens.type(j) === 'word' && !this.dateLike(j)) {
      const w = this.tokens.value(j)!;
      const n = this.isPunctAt(j + 1, ',') ? j + 2 : j + 1;
      const at = w.length >= 4 && WEEKDAY_FULL_NAMES.some((d) => withinTwoEdits(w, d)) ? this.plainDateAt(n) : undefined;
      if (at) return { unread: this.span(paren || bare ? k : j - 1, at.next - 1), next: at.next + (paren && this.isPunctAt(at.next, ')') ? 1 : 0) };
    }
    if (!this.dateLike(j)) return undefined;
    // What looks like a date and is not one the grammar reads: up to its end, unread.
    let e = j;
    while (e - j < 6 && this.dateGoesOn(e + 1, e === j)) e++;
    if (this.isPunctAt(e, '.') || this.isPunctAt(e, ',')) e--;
    if (paren && this.isPunctAt(e + 1, ')')) e++;
    return { unread: this.span(paren || bare ? k : j - 1, e), next: e + 1 };
  }

  /**
   * Whether the year at `y` goes on in a sign written tight ("2016-17", "2016/17", "2016.10"): no
   * year then. A full stop that ends the sentence ("… in October 2016.") is no such sign (the date
   * was said unread, on correct text).
   */
  private tightAfterYear(y: number): boolean {
    const t = this.tokens;
    if (!t.has(y + 1) || t.start(y + 1) !== t.end(y)) return false;
    if (t.type(y + 1) === 'dash' || this.isPunctAt(y + 1, '/')) return true;
    return this.isPunctAt(y + 1, '.') && t.has(y + 2) && t.start(y + 2) === t.end(y + 1);
  }

  /**
   * Whether more dates follow at `n` ("… and October 2018", "… and in 2018", "… to 2018", "…,
   * 2017 and 2018"): a list of dates, which only full dates with "respectively" pair one by one.
   */
  private datesGoOn(n: number): boolean {
    if (!(this.isWordAt(n, 'and', 'or', 'to') || this.tokens.type(n) === 'dash' || this.isPunctAt(n, ','))) return false;
    const d = this.isWordAt(n + 1, 'in', 'of') ? n + 2 : n + 1;
    return this.dateLike(d) || this.monthAt(d) !== undefined;
  }

  /** The dates from `from` (the word or parenthesis before the first) listed after `first`: unread. */
  private listedDatesUnread(from: number, first: number, paren: boolean): { unread: Span; listed: true; next: number } {
    let e = first;
    while (e - first < DATE_LIST_TOKENS_MAX && this.tokens.has(e + 1) && (this.dateLike(e + 1) || this.monthAt(e + 1) !== undefined || this.tokens.type(e + 1) === 'num' || this.tokens.type(e + 1) === 'dash' || this.isPunctAt(e + 1, ',') || this.isWordAt(e + 1, 'and', 'or', 'to', 'in') || this.isWordAt(e + 1, 'of', 'respectively'))) e++;
    while (e > first && (this.isPunctAt(e, ',') || this.isWordAt(e, 'and', 'or', 'to', 'in') || this.isWordAt(e, 'of'))) e--;
    if (paren && this.isPunctAt(e + 1, ')')) e++;
    return { unread: this.span(from, e), listed: true, next: e + 1 };
  }

  /**
   * "Octember 2016", "Ocotber 2016": a word that begins as a month does, or is two letters from
   * one, followed by a year.
   */
  private misspeltMonthYear(k: number): boolean {
    if (this.tokens.type(k) !== 'word' || this.tokens.type(k + 1) !== 'num' || this.tokens.value(k + 1)!.length !== 4 || !this.dateLike(k + 1)) return false;
    const w = this.tokens.value(k)!;
    if (w.length < 3 || w.length > 11) return false;
    return MONTH_WORDS.has(w) || MONTH_NAMES.some((m) => m.startsWith(w.slice(0, 3)) || withinTwoEdits(w, m));
  }

  /** The date read by `dateAt` at `j`, with its ISO form (remembered: drafts repeat their dates). */
  private fullDate(j: number, at: { day: number; month: string; year: string; next: number; weekday?: number }): NonNullable<InstrumentMention['date']> {
    const span = this.span(j, at.next - 1);
    const text = this.text.slice(span.start, span.end).replace(/\s+/g, ' ');
    if (at.weekday !== undefined) {
      const iso = parseDayMonthYear(`${at.day} ${at.month} ${at.year}`);
      return { text, iso, span, weekday: { day: at.weekday, span: this.span(j, j) } };
    }
    let iso = ISO_OF_DATE.get(text);
    if (iso === undefined && !ISO_OF_DATE.has(text)) {
      iso = parseDayMonthYear(`${at.day} ${at.month} ${at.year}`);
      if (ISO_OF_DATE.size > DATE_CACHE_MAX) ISO_OF_DATE.clear();
      ISO_OF_DATE.set(text, iso);
    }
    return { text, iso, span };
  }

  /**
   * "21 October 2016 and 19 October 2018, respectively", "10 October 2014, 21 October 2016 and
   * 19 October 2018 respectively" at `j`: full dates only, then "respectively".
   */
  private respectiveDates(j: number): { dates: NonNullable<InstrumentMention['date']>[]; next: number } | undefined {
    const dates: NonNullable<InstrumentMention['date']>[] = [];
    let p = j;
    for (;;) {
      const at = this.dateOrYearAt(p);
      if (!at || dates.length === MAX_INSTRUMENT_RANGE) return undefined;
      dates.push(at.date);
      p = at.next;
      // "… and of 19 October 2013, respectively": "of" may be said again before each date (the
      // second was dropped, and the first checked against every instrument).
      const of = (q: number): number => (this.isWordAt(q, 'of') ? q + 1 : q);
      const last = this.isWordAt(p, 'and') ? this.dateOrYearAt(of(p + 1)) : undefined;
      if (last) {
        dates.push(last.date);
        p = last.next;
        break;
      }
      if (!this.isPunctAt(p, ',')) return undefined;
      p = of(p + 1);
    }
    if (this.isPunctAt(p, ',')) p++;
    return this.isWordAt(p, 'respectively') ? { dates, next: p + 1 } : undefined;
  }

  /**
   * A full date, or a year alone ("of 2014 and 2016, respectively": each instrument's year of
   * adoption, checked as "(2016)" is; the list was said unread), at `p`.
   */
  private dateOrYearAt(p: number): { date: NonNullable<InstrumentMention['date']>; next: number } | undefined {
    const at = this.dateAt(p);
    if (at) return { date: this.fullDate(p, at), next: at.next };
    const y = this.tokens.type(p) === 'num' && this.tokens.value(p)!.length === 4 && this.dateLike(p) ? this.tokens.value(p)! : undefined;
    if (!y || this.monthAt(p + 1) || this.tightAfterYear(p)) return undefined;
    return { date: { text: y, year: y, span: this.span(p, p) }, next: p + 1 };
  }

  /**
   * The session an instrument is said to be of, right after its symbol: "(COP8)", "(COP 8)",
   * "(,) adopted at COP8", "(,) adopted at its / the eighth session [of the Conference]", "(,)
   * adopted by the Conference at its eighth session", "of the eighth session [of the
   * Conference]". Read so that it is checked (a wrong one was passed over as prose).
   */
  private sessionClaim(k: number, adoptedBefore = false): SessionClaim | undefined {
    const cop = (c: number) => this.copAt(c);
    if (this.isPunctAt(k, '(')) {
      const c = cop(k + 1);
      if (c) return this.isPunctAt(c.next, ')') ? { number: c.number, span: this.span(k + 1, c.next - 1), phrase: this.span(k, c.next), next: c.next + 1 } : undefined;
      // "(8th COP)", "(eighth session)", "(session 8)": the session by its ordinal or number.
      const ord = this.ordinalAt(k + 1);
      if (ord && (this.tokens.isRaw(ord.next, 'COP') || this.isWordAt(ord.next, 'session')) && this.isPunctAt(ord.next + 1, ')') && !anotherConferenceAfter(this, ord.next + 1)) {
        return { number: ord.value, span: this.span(k + 1, ord.next - 1), phrase: this.span(k, ord.next + 1), next: ord.next + 2 };
      }
      if (this.isWordAt(k + 1, 'session') && this.tokens.type(k + 2) === 'num' && this.isPunctAt(k + 3, ')')) {
        return { number: Number(this.tokens.value(k + 2)), span: this.span(k + 2, k + 2), phrase: this.span(k, k + 3), next: k + 4 };
      }
      return undefined;
    }
    // "resolution 9/3, COP8": the session alone after a comma, where the clause ends.
    if (this.isPunctAt(k, ',')) {
      const c = cop(k + 1);
      if (c && (!this.tokens.has(c.next) || this.isPunctAt(c.next, ',') || this.isPunctAt(c.next, ';') || this.isPunctAt(c.next, '.') || this.isPunctAt(c.next, ')'))) {
        return { number: c.number, span: this.span(k + 1, c.next - 1), phrase: this.span(k, c.next - 1), next: c.next };
      }
    }
    let j = k;
    const after = adoptedBefore ? (this.isPunctAt(j, ',') ? j + 1 : j) : this.adoptedAt(j);
    if (after === undefined && this.isPunctAt(j, ',')) j++;
    const adopted = after !== undefined;
    if (after !== undefined) j = after;
    if (adopted && this.isWordAt(j, 'by') && this.isWordAt(j + 1, 'the') && this.isWordAt(j + 2, 'conference')) j += 3;
    // "adopted in Vienna at its eighth session": the place is read and checked with the session.
    const place = adopted ? this.venueAt(j) : undefined;
    if (place && this.isWordAt(place.next, 'at')) j = place.next;
    const link = j;
    if (!this.isWordAt(j, 'at', 'of', 'from', 'during')) return undefined;
    // "of" only right after the symbol ("resolution 8/1 of the ninth session"), "from" also after
    // a comma ("its resolution 8/1, from its ninth session"); "at" and "during" only after
    // "adopted": "reviewed resolution 8/1 at its ninth session" says when it was reviewed.
    if (this.isWordAt(j, 'of') ? adopted || j !== k : this.isWordAt(j, 'from') ? adopted : !adopted) return undefined;
    j++;
    const from = this.isPunctAt(k, ',') ? k + 1 : k;
    // "adopted at COP8", "resolution 9/3 of COP 8", "… from COP 8".
    const c = cop(j);
    const venue = place && link === place.next ? place.venue : undefined;
    if (c) {
      // "adopted at COP8 in Vienna": the place after the session, read with it.
      const after = venue ? undefined : this.venueAt(c.next);
      const v = venue ?? after?.venue;
      const next = after ? after.next : c.next;
      return { number: c.number, span: this.span(j, c.next - 1), phrase: this.span(from, next - 1), next, ...(v && { venue: v }), ...(adopted && { adopted: true as const }) };
    }
    if (!this.isWordAt(j, 'its', 'the')) return undefined;
    const ord = this.ordinalAt(j + 1);
    if (!ord) return undefined;
    // "adopted at its eighth and ninth sessions[, respectively]": one session for each instrument before it.
    // "adopted at the 9th COP": the Conference's session by its ordinal.
    // "adopted at the eighth Conference [of the Parties]": the session by its ordinal too (the
    // Conference meets once a session); the last token of the noun, or -1.
    const conferenceEnd = this.isWordAt(j, 'the') ? this.conferenceNounEnd(ord.next) : -1;
    const copNoun = (this.isWordAt(j, 'the') && this.tokens.isRaw(ord.next, 'COP') && !anotherConferenceAfter(this, ord.next + 1)) || conferenceEnd >= 0;
    let list = this.isWordAt(ord.next, 'session') || copNoun ? undefined : ordinalList(this, j + 1, true);
    // "adopted at its eighth session and ninth session, respectively": a list, each ordinal with
    // its noun (the first session was every instrument's, and the rest dropped).
    // "… and its ninth session", "…, and the ninth session" too.
    const and = this.isPunctAt(ord.next + 1, ',') ? ord.next + 2 : ord.next + 1;
    const at2 = this.isWordAt(and + 1, 'its', 'the') ? and + 2 : and + 1;
    const second = !list && !copNoun && this.isWordAt(ord.next, 'session') && this.isWordAt(and, 'and') ? this.ordinalAt(at2) : undefined;
    if (second && this.isWordAt(second.next, 'session')) {
      list = { ords: [{ n: ord.value, at: j + 1, next: ord.next }, { n: second.value, at: at2, next: second.next }], noun: second.next };
    }
    if (!list && !copNoun && !this.isWordAt(ord.next, 'session')) return undefined;
    if (list && !this.isWordAt(list.noun, 'sessions', 'session')) return undefined;
    let e = list ? list.noun : conferenceEnd >= 0 ? conferenceEnd : ord.next;
    // "… session of the COP"
    if (!copNoun && this.isWordAt(e + 1, 'of') && this.isWordAt(e + 2, 'the') && this.tokens.isRaw(e + 3, 'COP')) {
      if (anotherConferenceAfter(this, e + 4)) return undefined;
      e += 3;
    }
    if (this.isWordAt(e + 1, 'of') && this.isWordAt(e + 2, 'the') && this.isWordAt(e + 3, 'conference')) {
      // "… session of the Conference of the Parties to the United Nations Convention against
      // Corruption", "… of the Conference of the States Parties": another Conference's session,
      // not a claim this instrument can be checked against (it was read as ours).
      const c = e + 4;
      if (this.isWordAt(c, 'of') && (this.isWordAt(c + 1, 'states') || (this.isWordAt(c + 1, 'the') && this.isWordAt(c + 2, 'states')))) return undefined;
      // "… of the Conference on Disarmament", "… for Security and Co-operation": another Conference.
      if (this.isWordAt(c, 'on', 'for') && this.tokens.type(c + 1) === 'word' && /^[A-Z]/.test(this.tokens.raw(c + 1)!)) return undefined;
      if (this.isWordAt(c, 'of') && this.isWordAt(c + 1, 'the') && this.isWordAt(c + 2, 'parties') && this.isWordAt(c + 3, 'to') && this.ourConventionAfter(c + 3) === undefined) return undefined;
      e += 3;
    }
    // "… at the eighth session of the Working Group on International Cooperation", "… of the
    // General Assembly": another body's session, no claim this instrument can be checked
    // against (it was read as the Conference's eighth session, and ok).
    if (this.isWordAt(e + 1, 'of') && this.isWordAt(e + 2, 'the') && this.tokens.type(e + 3) === 'word' && /^[A-Z]/.test(this.tokens.raw(e + 3)!) && !this.isWordAt(e + 3, 'conference', 'parties') && !this.tokens.isRaw(e + 3, 'COP')) return undefined;
    let respectively = false;
    // "adopted at its eighth and tenth sessions in Vienna, respectively": the place is every session's.
    let listVenue: SessionClaim['venue'];
    if (list) {
      const pv = venue ? undefined : this.venueAt(e + 1);
      const r0 = pv ? pv.next : e + 1;
      const r = this.isPunctAt(r0, ',') ? r0 + 1 : r0;
      if (this.isWordAt(r, 'respectively')) {
        respectively = true;
        e = r;
        listVenue = pv?.venue;
      }
    }
    const claim: SessionClaim = { number: ord.value, span: this.span(j + 1, ord.next - 1), phrase: this.span(from, e), next: e + 1 };
    if (venue ?? listVenue) claim.venue = venue ?? listVenue;
    if (adopted) claim.adopted = true;
    if (list) claim.list = { ords: list.ords.map((o) => ({ number: o.n, span: this.span(o.at, o.next - 1) })), respectively, span: this.span(j + 1, list.noun - 1) };
    // "…, adopted at its fourth session, held in Vienna from …": the session's particulars are read
    // with the claim and checked as the session rule checks them (the claim was read as a session
    // alone, and the instrument never checked against it). After several sessions the session
    // rule reads them (`heldAfterList`); the reference ends before.
    const n = this.isPunctAt(e + 1, ',') ? e + 2 : e + 1;
    if (this.isWordAt(n, 'held', 'in', 'on', 'from') || this.isPunctAt(e + 1, '(') || holdingAt(this, e + 1)) {
      if (list) {
        // "adopted at its eighth and ninth sessions, held in 2016 and 2018": the sessions are checked
        // for the instruments, what is said of them is not checked against each: unread, as after a list of sessions.
        const tail: Reference = { kind: 'session', span: { start: 0, end: 0 }, instruments: [], items: [] };
        const after = heldAfterList(this, tail, e + 1);
        // Nothing of theirs read there: the claim stands alone (dropping it left wrong sessions ok).
        if (after === e + 1 || !tail.unread) return claim;
        claim.heldUnread = tail.unread[0];
        claim.next = after;
        return claim;
      }
      const h = heldAt(this, e + 1);
      // "(Vienna, 21 October 2016)" after "adopted at its eighth session": one day in parentheses is
      // the day of the adoption, checked with the instrument (it was checked as the session's
      // dates: a false wrong-date on the right day); the place is the session's.
      const pd = h?.held.date;
      if (h && pd && adopted && !list && pd.form === 'paren' && pd.start !== undefined && pd.start.length === 10 && (pd.end ?? pd.start) === pd.start) {
        claim.adoptionDay = { text: pd.text, iso: pd.start, span: pd.span };
        if (h.held.venue && !claim.venue) claim.venue = h.held.venue;
        claim.next = h.next;
        return claim;
      }
      // A day of the adoption, or of the clause after it: not the session's (`dayOfAdoption`).
      if (h && !(adopted && this.dayOfAdoption(h.held, e + 1))) {
        claim.held = { held: h.held, span: this.span(j + 1, e) };
        claim.next = h.next;
        return claim;
      }
      // "adopted at its eighth session in Vienna": the place alone, read with the claim (dropping
      // the claim for it left a wrong session unchecked, and ok).
      const place2 = venue ? undefined : this.venueAt(e + 1);
      if (place2) {
        claim.venue = place2.venue;
        claim.phrase = this.span(from, place2.next - 1);
        claim.next = place2.next;
        // "… at its eighth session in Vienna, held from 17 to 21 October 2016": the session's dates.
        const h2 = list ? undefined : heldAt(this, place2.next);
        if (h2 && !(adopted && this.dayOfAdoption(h2.held, place2.next))) {
          claim.held = { held: h2.held, span: this.span(j + 1, e) };
          claim.next = h2.next;
        }
        return claim;
      }
      // "adopted at its eighth session, scheduled from 17 to 21 October 2016", "…, held hastily":
      // a wording of "held" the patterns do not read, unread (it was prose, and a wrong date ok).
      if (!h) {
        const tail: Reference = { kind: 'session', span: { start: 0, end: 0 }, instruments: [], items: [] };
        const after = heldAfterList(this, tail, e + 1, { one: true });
        if (after > e + 1 && tail.unread) {
          claim.heldUnread = tail.unread[0];
          claim.next = after;
        }
      }
    }
    return claim;
  }

  /**
   * "adopted at its eighth session on 20 October 2016", "…, on 20 October 2016": one day after
   * the session an instrument was adopted at, with no "held", is the day of the adoption
   * (`adoption`), read by the adoption phrase and checked against it (it was checked as a day of
   * the session only, and a wrong day within the session ok). After a comma, when the clause goes
   * on ("…, on 20 October 2016 the Secretariat reported"), it dates what follows (`clause`): the
   * adoption phrase does not read it, and neither does the session (the same words would be read
   * two ways, and the verdict remembered by them is one). Days listed are the session's.
   */
  private dayOfAdoption(held: HeldAt, k?: number): 'adoption' | 'clause' | undefined {
    const d = held.date;
    if (!d || d.form !== 'on' || !d.within || !d.start || (d.end !== undefined && d.end !== d.start)) return undefined;
    // Before "the Conference adopted" (`k` undefined), the words up to the verb were read.
    if (k === undefined || !this.isPunctAt(k, ',')) return 'adoption';
    return this.clauseEndsAt(this.tokens.indexAt(d.span.end, k)) ? 'adoption' : 'clause';
  }

  /**
   * The sessions claimed after instruments, given to each instrument they speak of. A claim after
   * a list ("resolutions 8/1 and 8/2, adopted at its fifth session") speaks of every instrument
   * before it back to one with a date or a claim of its own; for those under another kind word
   * ("its resolution 8/1 and its decision 3/2, adopted at …") it may speak of the last alone
   * (`maybe`: a mismatch there is not checked, and said). Sessions paired with a list ("…, adopted
   * at its eighth and ninth sessions, respectively") are read one by one; with a count that is
   * not the list's they are unread; without "respectively" each instrument must be of one of them.
   */
  private applyClaims(mentions: InstrumentMention[], claims: { at: number; claim: SessionClaim }[], unread: UnreadSpan[]): void {
    let from = 0;
    for (const { at, claim } of claims) {
      let first = at;
      while (first > from && !mentions[first - 1].date && !mentions[first - 1].sessionClaim) first--;
      from = at + 1;
      const last = mentions[at];
      const run = mentions.slice(first, at + 1);
      const list = claim.list;
      // "resolution 8/1, adopted at its eighth and ninth sessions": one instrument, two sessions.
      if (list && (list.respectively ? list.ords.length !== run.length : run.length === 1 && list.ords.length > 1)) {
        unread.push({ start: claim.phrase.start, end: claim.phrase.end, side: 'after', pairs: { what: 'sessions', count: list.ords.length, instruments: run.map((m) => `${m.kind} ${m.symbol}`) } });
        continue;
      }
      run.forEach((m, x) => {
        const c: NonNullable<InstrumentMention['sessionClaim']> = list?.respectively ? { number: list.ords[x].number, span: list.ords[x].span, phrase: claim.phrase } : { number: claim.number, span: list ? list.span : claim.span, phrase: claim.phrase };
        if (list && !list.respectively) c.among = list.ords.map((o) => o.number);
        if (run.length > 1) c.shared = true;
        if (m !== last && m.kindSpan.start !== last.kindSpan.start && !list?.respectively) c.maybe = { of: `${last.kind} ${last.symbol}` };
        m.sessionClaim = c;
        if (claim.venue && !m.venue) m.venue = claim.venue;
        if (claim.adoptionDay && run.length === 1 && !m.date) m.date = claim.adoptionDay;
      });
    }
  }

  /**
   * Whether token `k` still belongs to a date the grammar does not read: written next to the
   * token before (at most one space between) and a part of dates (a number, a month, "/", ".",
   * a dash, ", 2016"), or, right after its first token, a misspelt month before a year.
   */
  private dateGoesOn(k: number, second: boolean): boolean {
    // Two spaces (typed, or a CRLF wrap read as spaces) join a date's words as one does.
    if (!this.tokens.has(k) || (this.tokens.start(k) - this.tokens.end(k - 1) > 1 && !this.closeTo(k - 1, k))) return false;
    const ty = this.tokens.type(k);
    if (ty === 'num' || ty === 'dash' || this.isPunctAt(k, '/') || this.isPunctAt(k, '.')) return true;
    if (this.dateLike(k) || this.monthAt(k) !== undefined) return true;
    if (this.isPunctAt(k, ',')) return this.tokens.type(k + 1) === 'num';
    if (this.isWordAt(k, 'and', 'to') && this.tokens.type(k + 1) === 'num' && this.monthAt(k + 2) !== undefined) return true;
    if (ty === 'word' && this.tightSignThenYear(k + 1)) return true;
    return second && ty === 'word' && this.tokens.type(k + 1) === 'num' && this.tokens.value(k + 1)!.length === 4;
  }

  /** A sign written tight at `k` ("-", ".", "/") and a year tight after it: "-2015" of "22-Okt-2015". */
  private tightSignThenYear(k: number): boolean {
    const t = this.tokens;
    return (t.type(k) === 'dash' || this.isPunctAt(k, '.') || this.isPunctAt(k, '/')) && t.start(k) === t.end(k - 1) && t.type(k + 1) === 'num' && t.value(k + 1)!.length === 4 && t.start(k + 1) === t.end(k);
  }

  /** A month's full name from a word of it: "October", "Oct" ("Oct." with the dot read by the caller). */
  /**
   * "early October 2016", "mid-October 2016", "late 2016", "autumn 2016" at `k`: the last token
   * of the date, or -1.
   */
  private qualifiedDateEnd(k: number): number {
    // "mid-October" is one word token (a month misspelt in it too: "mid-Octobre 2016").
    const midMonth = this.tokens.type(k) === 'word' && /^mid-[a-z]{3,}$/.test(this.tokens.value(k)!);
    if (!midMonth && !this.isWordAt(k, 'early', 'mid', 'late', 'spring') && !this.isWordAt(k, 'summer', 'autumn', 'fall', 'winter')) return -1;
    let j = k + 1;
    if (this.tokens.type(j) === 'dash' && this.tokens.start(j) === this.tokens.end(k)) j++;
    if (midMonth || this.monthAt(j) !== undefined || this.misspeltMonthYear(j)) {
      if (midMonth) j = k;
      const y = this.isPunctAt(j + 1, ',') ? j + 2 : j + 1;
      return this.tokens.type(y) === 'num' && this.tokens.value(y)!.length === 4 && this.dateLike(y) ? y : -1;
    }
    return this.tokens.type(j) === 'num' && this.tokens.value(j)!.length === 4 && this.dateLike(j) ? j : -1;
  }

  private monthAt(k: number): string | undefined {
    if (this.tokens.type(k) !== 'word') return undefined;
    const v = this.tokens.value(k)!;
    if (MONTH_WORDS.has(v)) return MONTHS[MONTHS.findIndex((m) => m.toLowerCase() === v)];
    const i = MONTH_ABBREVIATIONS.indexOf(v);
    return i < 0 ? undefined : MONTHS[i === 12 ? 8 : i];
  }

  /** "21 October 2016", "21st Oct. 2016", "October 21, 2016" at `k`: day, month, year and the token after. */
  private dateAt(k0: number): { day: number; month: string; year: string; next: number; weekday?: number } | undefined {
    // "Friday, 21 October 2016", "Friday 21 October 2016": the weekday is read and checked with the date.
    const weekday = this.tokens.hasShape(k0, WEEKDAY_SHAPES) ? WEEKDAYS.get(this.tokens.value(k0)!) : undefined;
    // "Fri.", "Friday,", "Friday the 21st of October".
    let k = weekday === undefined ? k0 : k0 + 1;
    if (weekday !== undefined && this.isPunctAt(k, '.') && this.tokens.start(k) === this.tokens.end(k0)) k++;
    if (weekday !== undefined && this.isPunctAt(k, ',')) k++;
    if (weekday !== undefined && this.isWordAt(k, 'the')) k++;
    const d = this.plainDateAt(k);
    return d && weekday !== undefined ? { ...d, weekday } : d;
  }

  /** A day, month and year at `k` ("21 October 2016", "21st of October 2016", "October 21, 2016"), without a weekday before it. */
  private plainDateAt(k: number): { day: number; month: string; year: string; next: number } | undefined {
    const dayAt = (d: number): { day: number; next: number } | undefined => {
      if (this.tokens.type(d) !== 'num' || this.tokens.value(d)!.length > 2) return undefined;
      let n = d + 1;
      if (this.tokens.type(n) === 'word' && ORDINAL_SUFFIXES.includes(this.tokens.value(n)!) && this.tokens.start(n) === this.tokens.end(d)) n++;
      return { day: Number(this.tokens.value(d)), next: n };
    };
    const monthEnd = (m: number): number => (this.isPunctAt(m + 1, '.') && this.tokens.start(m + 1) === this.tokens.end(m) ? m + 2 : m + 1);
    const yearAt = (y: number): string | undefined => (this.tokens.type(y) === 'num' && this.tokens.value(y)!.length === 4 ? this.tokens.value(y) : undefined);
    const dm = dayAt(k);
    if (dm) {
      // "the 21st of October 2016": "of" between the day and the month.
      const mAt = this.isWordAt(dm.next, 'of') && this.monthAt(dm.next + 1) !== undefined ? dm.next + 1 : dm.next;
      const month = this.monthAt(mAt);
      if (!month) return undefined;
      let y = monthEnd(mAt);
      if (this.isPunctAt(y, ',')) y++;
      const year = yearAt(y);
      return year ? { day: dm.day, month, year, next: y + 1 } : undefined;
    }
    const month = this.monthAt(k);
    if (!month) return undefined;
    const md = dayAt(monthEnd(k));
    if (!md) return undefined;
    const y = this.isPunctAt(md.next, ',') ? md.next + 1 : md.next;
    const year = yearAt(y);
    return year ? { day: md.day, month, year, next: y + 1 } : undefined;
  }

  /** A year ("2016"), a month, a day before a month, or "22/10" followed by a year: the start of a date. */
  private dateLike(k: number): boolean {
    const ty = this.tokens.type(k);
    if (ty === 'num') {
      const v = this.tokens.value(k)!;
      // Up to 2999: "(2106)" for 2016 is a year mistyped, checked as one (it was prose, and ok).
      if (v.length === 4 && v >= '1900' && v <= '2999') return true;
      // "210 October 2016": a day mistyped, before a month and a year (it was prose, and the date dropped, ok).
      if (v.length === 3) return this.monthAt(k + 1) !== undefined && this.tokens.type(k + 2) === 'num' && this.tokens.value(k + 2)!.length === 4;
      if (v.length > 2) return false;
      // "2 2 October 2016": a space typed inside the day (or two, or a line break wrapped there, CRLF too).
      if (this.tokens.type(k + 1) === 'num' && this.tokens.value(k + 1)!.length <= 2 && this.tokens.start(k + 1) - this.tokens.end(k) <= 2 && this.monthAt(k + 2) !== undefined && this.tokens.type(k + 3) === 'num') return true;
      // "22 October", "21.10.2016", "22-10-2016", and a month misspelt before a year ("22 Ocotber 2016").
      if (this.monthAt(k + 1) !== undefined) return true;
      if ((this.isPunctAt(k + 1, '.') || this.tokens.type(k + 1) === 'dash') && this.tokens.start(k + 1) === this.tokens.end(k) && this.tokens.type(k + 2) === 'num') return true;
      // "22-Oct-2015", "22.Oct.2016", "22/Oct/2016": a month between signs written tight.
      if ((this.isPunctAt(k + 1, '.') || this.isPunctAt(k + 1, '/') || this.tokens.type(k + 1) === 'dash') && this.tokens.start(k + 1) === this.tokens.end(k) && this.tokens.start(k + 2) === this.tokens.end(k + 1) && this.monthAt(k + 2) !== undefined) return true;
      // "22-Okt-2015": a word between signs written tight, then a year: a date not read.
      if ((this.isPunctAt(k + 1, '.') || this.isPunctAt(k + 1, '/') || this.tokens.type(k + 1) === 'dash') && this.tokens.start(k + 1) === this.tokens.end(k) && this.tokens.type(k + 2) === 'word' && this.tokens.start(k + 2) === this.tokens.end(k + 1) && this.tightSignThenYear(k + 3)) return true;
      // "1 and 2 October 2015", "5 to 6 October 2016": two days of one month (a meeting's, not an adoption's).
      if (this.isWordAt(k + 1, 'and', 'to') && this.tokens.type(k + 2) === 'num' && this.tokens.value(k + 2)!.length <= 2 && this.monthAt(k + 3) !== undefined) return true;
      return this.tokens.type(k + 1) === 'word' && this.tokens.type(k + 2) === 'num' && this.tokens.value(k + 2)!.length === 4;
    }
    if (ty === 'slashnum') return this.isPunctAt(k + 1, '/') && this.tokens.type(k + 2) === 'num';
    return this.monthAt(k) !== undefined && (this.tokens.type(k + 1) === 'num' || this.isPunctAt(k + 1, '.'));
  }


  /**
   * ", entitled “…”" (also "titled", « », „ “, or the title set off by emphasis: "*…*", "_…_").
   * A title after "entitled" that is neither quoted nor emphasised, or whose quotation mark is not
   * closed within a title's reach, cannot be told from the prose after it: it is returned as
   * `unread`, so the verdict says it was not checked. Without "entitled", a quoted text right after
   * the instrument is read by `quotedTitle`.
   */
  private title(k: number): { title?: NonNullable<Reference['title']>; unread?: Span; next: number; bare?: true } | undefined {
    let j = k;
    if (this.isPunctAt(j, ',')) j++;
    const worded = this.titleWording(j);
    if (worded !== undefined) return worded;
    if (this.isWordAt(j, 'both', 'all')) j++;
    if (!this.isWordAt(j, 'entitled', 'titled')) return this.quotedTitle(k);
    const word = j;
    j++;
    if (!this.tokens.has(j)) return undefined;
    if (this.tokens.type(j) === 'quote') {
      const e = this.closingQuote(j);
      if (e > 0) {
        const start = this.tokens.end(j);
        return { title: { text: this.titleText(start, this.tokens.start(e)), span: { start, end: this.tokens.start(e) } }, next: e + 1 };
      }
      // Never closed within a title's reach: unread up to the end of the clause, as unquoted.
    } else {
      // "entitled *Enhancing …*": the emphasis marks (transparent to the tokenizer) delimit it.
      const marker = /([*_]+)\s*$/.exec(this.text.slice(this.tokens.end(word), this.tokens.start(j)))?.[1];
      if (marker) {
        const start = this.tokens.start(j);
        // Within the longest title's reach and the line: a block of titles opened and never closed stays linear.
        const window = this.text.slice(start, Math.min(this.tokens.to, start + TITLE_CHARS_MAX));
        const at = window.indexOf(marker);
        const stop = window.indexOf('\n');
        const close = at < 0 ? -1 : start + at;
        if (at > 0 && (stop < 0 || at < stop)) {
          let e = j;
          while (this.tokens.has(e + 1) && this.tokens.start(e + 1) < close && e - j < TITLE_TOKENS_MAX) e++;
          return { title: { text: this.titleText(start, close), span: { start, end: close } }, next: e + 1 };
        }
      }
    }
    // Unquoted: up to the end of the clause, unread.
    let e = j;
    while (this.tokens.has(e + 1) && e - j < TITLE_TOKENS_MAX && !this.isPunctAt(e + 1, ',') && !this.isPunctAt(e + 1, ';') && !this.isPunctAt(e + 1, '.') && !/[\n\r]/.test(this.text.slice(this.tokens.end(e), this.tokens.start(e + 1)))) e++;
    return { unread: { start: this.tokens.start(word), end: this.tokens.end(e) }, next: e + 1 };
  }

  /**
   * Other wordings before a quoted title: "(entitled “…”)", "which is entitled “…”", "whose title
   * is “…”", "with the title “…”", "under the title “…”", "bearing the title “…”" (each was prose,
   * and a wrong title ok). Only with the title in quotation marks; undefined where none of them stands.
   */
  private titleWording(k: number): { title: NonNullable<Reference['title']>; next: number } | undefined {
    let j = k;
    const paren = this.isPunctAt(j, '(');
    if (paren) j++;
    if (paren && this.isWordAt(j, 'entitled', 'titled')) j++;
    else if (this.isWordAt(j, 'which') && this.isWordAt(j + 1, 'is', 'was') && this.isWordAt(j + 2, 'entitled', 'titled')) j += 3;
    else if (this.isWordAt(j, 'whose') && this.isWordAt(j + 1, 'title') && this.isWordAt(j + 2, 'is', 'reads')) j += 3;
    else if (this.isWordAt(j, 'with', 'under', 'bearing') && this.isWordAt(j + 1, 'the') && this.isWordAt(j + 2, 'title')) j += 3;
    // "called “…”", "headed “…”", "named “…”": only before the quotation mark.
    else if (this.isWordAt(j, 'called', 'headed', 'named') && this.tokens.type(j + 1) === 'quote') j++;
    else return undefined;
    if (this.tokens.type(j) !== 'quote') return undefined;
    const e = this.closingQuote(j);
    if (e <= 0) return undefined;
    const start = this.tokens.end(j);
    // "(entitled “…”" never closed: the title is still read (it was dropped, and ok whatever it said).
    return { title: { text: this.titleText(start, this.tokens.start(e)), span: { start, end: this.tokens.start(e) } }, next: paren && this.isPunctAt(e + 1, ')') ? e + 2 : e + 1 };
  }

  /**
   * ", entitled “…”" after a locator (`k`: the comma): read as `title` reads it, only with
   * "entitled" or "titled" (a quoted text alone after a locator may be words quoted from it).
   */
  private titleAfterLocator(k: number): { title?: NonNullable<Reference['title']>; unread?: Span; next: number } | undefined {
    const j = this.isPunctAt(k, ',') ? k + 1 : k;
    return this.isWordAt(j, 'entitled', 'titled') ? this.title(k) : undefined;
  }

  /**
   * A quoted text right after the instrument without "entitled": ", “…”" (or with no comma after
   * a curly quotation mark), "(“…”)" and "on “…”". Drafters write the title so, and a title passed
   * over as prose would be "ok" whatever it says: it is read as the title and checked. A text
   * starting in lower case ("on “the ganja review”", ", “to counter …”") may be a topic or words
   * quoted from the instrument rather than its title: it is `maybe`, ok only if it is the title,
   * else reported as not checked (never a wrong title). After a comma the quotation must end the
   * phrase (a punctuation mark, "and", "or", a line break): "In resolution 8/1, “States parties”
   * are …" quotes a term of the sentence. "(“…”, 2016)" is read no further than the title: unread.
   */
  private quotedTitle(k: number): { title?: NonNullable<Reference['title']>; unread?: Span; next: number; bare: true } | undefined {
    let j = k;
    const paren = this.isPunctAt(j, '(');
    // "resolution 8/1: “…”", "resolution 8/1 — “…”": a title, or words quoted from it (said, not ok, when they are not the title).
    const colon = !paren && (this.isPunctAt(j, ':') || this.tokens.type(j) === 'dash');
    const comma = !paren && (colon || this.isPunctAt(j, ','));
    if (paren || comma) j++;
    const on = !paren && this.isWordAt(j, 'on');
    if (on) j++;
    // A straight apostrophe used as a quotation mark, right after "(" ("('Strengthening …')": the title was not compared, and ok).
    const straightSingle = paren && this.tokens.isPunct(j, "'");
    if (this.tokens.type(j) !== 'quote' && !straightSingle) return undefined;
    const open = this.tokens.value(j)!;
    // Closing marks open nothing; a straight quotation mark opens a title only after a comma, "on" or "(".
    if (open === '”' || open === '’' || open === '»' || (open === '"' && j === k)) return undefined;
    const start = this.tokens.end(j);
    const first = this.text.charCodeAt(start);
    // A mark followed by a space closes a quotation ("… resolution 8/1, " and …"), it opens no title;
    // French typography spaces its guillemets ("(« Strengthening … »)": the title was not compared, and ok).
    if (first === 10 || first === 13 || (isSpaceCode(first) && open !== '«')) return undefined;
    const e = this.closingQuote(j);
    if (e < 0 || e === j + 1) return undefined;
    // A straight apostrophe is a title's mark only when the parenthesis closes right after it ("('see also' resolution 9/3 …)" quotes words).
    if (straightSingle && !this.isPunctAt(e + 1, ')')) return undefined;
    let next = e + 1;
    if (paren) {
      if (!this.isPunctAt(next, ')')) {
        // "(“…”, 2016)": unread to the closing parenthesis on the line, if near, else to the quotation mark.
        let c = next;
        while (c - next < PAREN_TAIL_TOKENS_MAX && this.tokens.has(c) && !this.isPunctAt(c, ')') && !this.isPunctAt(c, '(') && !/[\n\r]/.test(this.text.slice(this.tokens.end(c - 1), this.tokens.start(c)))) c++;
        const close = this.isPunctAt(c, ')') && !/[\n\r]/.test(this.text.slice(this.tokens.end(c - 1), this.tokens.start(c))) ? c : e;
        return { unread: { start: this.tokens.start(k), end: this.tokens.end(close) }, next: close + 1, bare: true };
      }
      next++;
    } else if (!on && this.tokens.has(next) && !this.endsApposition(e, next)) return undefined;
    const text = this.titleText(start, this.tokens.start(e));
    const lead = text.charAt(0);
    // After a colon or a dash, words in lower case or worded as a sentence are quoted from the
    // instrument ("As stated in resolution 8/1: “Requests States parties …”"): no title.
    if (colon && (lead !== lead.toUpperCase() || SENTENCE_WORDS.test(text))) return undefined;
    const title: NonNullable<Reference['title']> = { text, span: { start, end: this.tokens.start(e) } };
    // In lower case, or worded as a sentence ("States parties are urged to …"): perhaps a topic or words quoted from the instrument.
    if (colon || lead !== lead.toUpperCase() || SENTENCE_WORDS.test(text)) title.maybe = true;
    return { title, next, bare: true };
  }

  /**
   * More titles after the first, for a list of instruments: "“…” and “…”", "“…”, “…” and “…”",
   * with ", respectively" after them. `lower`: a title in lower case may be a topic (see `quotedTitle`).
   */
  private moreTitles(k: number, lower: boolean): { titles: NonNullable<Reference['title']>[]; next: number } | undefined {
    const titles: NonNullable<Reference['title']>[] = [];
    let j = k;
    let and = false;
    while (!and && titles.length < MAX_TITLES_LISTED) {
      let q = j;
      if (this.isPunctAt(q, ',')) q++;
      and = this.isWordAt(q, 'and');
      if (and) q++;
      if (q === j || this.tokens.type(q) !== 'quote') break;
      const open = this.tokens.value(q)!;
      if (open === '”' || open === '’' || open === '»') break;
      const e = this.closingQuote(q);
      if (e < 0 || e === q + 1) break;
      const start = this.tokens.end(q);
      const title: NonNullable<Reference['title']> = { text: this.titleText(start, this.tokens.start(e)), span: { start, end: this.tokens.start(e) } };
      if (lower && /^[a-z]/.test(title.text)) title.maybe = true;
      titles.push(title);
      j = e + 1;
    }
    // Only a list closed by "and" is one: "“…”, “…”, said …" is not read as titles.
    if (titles.length === 0 || !and) return undefined;
    const r = this.isPunctAt(j, ',') ? j + 1 : j;
    return { titles, next: this.isWordAt(r, 'respectively') ? r + 1 : j };
  }

  /** After a title in apposition (closing quote `e`): a punctuation mark, "and", "or", a dash, a line break. */
  private endsApposition(e: number, next: number): boolean {
    const ty = this.tokens.type(next);
    if (ty === 'dash') return true;
    if (ty === 'punct') return this.isPunctAt(next, ',') || this.isPunctAt(next, ';') || this.isPunctAt(next, '.') || this.isPunctAt(next, ':') || this.isPunctAt(next, ')') || this.isPunctAt(next, ']');
    if (this.isWordAt(next, 'and', 'or')) return true;
    return /[\n\r]/.test(this.text.slice(this.tokens.end(e), this.tokens.start(next)));
  }

  /** The closing quotation mark of the one at `j`, within a title's reach; -1 if none. */
  private closingQuote(j: number): number {
    const open = this.tokens.value(j)!;
    const closers = open === '‘' || open === "'" ? ['’', "'"] : open === '«' ? ['»'] : ['”', '"', '“'];
    for (let e = j + 1; e < j + TITLE_TOKENS_MAX; e++) {
      const ty = this.tokens.type(e);
      if (ty === undefined) return -1;
      if (!((ty === 'quote' || (open === "'" && this.tokens.isPunct(e, "'"))) && closers.includes(this.tokens.value(e)!))) continue;
      // After a single opening mark, one written tight before a letter is an apostrophe ("‘the State’s role’").
      if ((open === "'" || open === '‘') && this.tokens.type(e + 1) === 'word' && this.tokens.start(e + 1) === this.tokens.end(e)) continue;
      return e;
    }
    return -1;
  }

  /** The title as written, without emphasis marks, spaces collapsed, without a comma or full stop put inside the quotation marks. */
  private titleText(a: number, b: number): string {
    return this.text.slice(a, b).replace(/[*_]/g, '').replace(/\s+/g, ' ').trim().replace(/[,.]$/, '');
  }


  /** Where the name of our Convention ends after "to"/"of" at `k` (sessionRules.ts); undefined for another's. */
  private ourConventionAfter(k: number): number | undefined {
    return ourConventionAfter(this, k);
  }

  /** After "in particular", "and in particular", "especially", "notably", "including", "inter alia" (and a comma) at `k`; `k` when none. */
  private afterSinglingOut(k: number): number {
    let j = this.isWordAt(k, 'and') ? k + 1 : k;
    // "and, in particular, paragraph 13": the words set off by commas (the part was dropped, and ok).
    if (j > k && this.isPunctAt(j, ',')) j++;
    // "including, inter alia, paragraph 99": two such words in a row.
    let read = 0;
    for (; read < 2; read++) {
      if (this.isWordAt(j, 'in') && this.isWordAt(j + 1, 'particular')) j += 2;
      else if (this.isWordAt(j, 'inter') && this.isWordAt(j + 1, 'alia')) j += 2;
      else if (this.isWordAt(j, 'particularly', 'especially', 'notably', 'including')) j++;
      else break;
      if (this.isPunctAt(j, ',')) j++;
    }
    if (read === 0) return k;
    // "in particular its paragraph 13"
    return this.isWordAt(j, 'its') ? j + 1 : j;
  }

  /**
   * Whether "of" or "to" stands within the next few tokens before a comma, semicolon or full stop:
   * most locators after a comma have none, and their chain is not parsed twice to find out.
   */
  private linkAhead(s: number): boolean {
    for (let k = s + 1; k <= s + LINK_AHEAD_TOKENS && this.tokens.has(k); k++) {
      const type = this.tokens.type(k);
      if (type === 'word') {
        if (this.isWordAt(k, 'of', 'to')) return true;
        // Another instrument, or a word of prose: the locator ended without a link.
        if (this.kindWordAt(k) !== undefined || !(this.isWordAt(k, 'and', 'or') || this.isParaWord(k) || this.tokens.isRaw(k, 'PP') || ANNEX_NUMERAL.test(this.tokens.raw(k)!))) return false;
      } else if (this.isPunctAt(k, ';') || this.isPunctAt(k, '.')) return false;
      // A comma goes on within a list of labels ("paragraphs 2, 3 and 4 of"), not before other words.
      else if (this.isPunctAt(k, ',') && this.tokens.type(k + 1) === 'word' && !this.isWordAt(k + 1, 'and', 'or') && !this.isParaWord(k + 1)) return false;
    }
    return false;
  }

  /**
   * The token after the "of"/"to" that follows a locator chain at `s` ("paragraph 7 of |…"), else
   * undefined. Only looked at: the chain's reading leaves the scan's state as it was.
   */
  private afterChainLink(s: number): number | undefined {
    if (!(this.isParaWord(s) || this.isWordAt(s, 'annex', 'annexes', 'preambular') || this.tokens.isRaw(s, 'PP'))) return undefined;
    const skipTo = this.skipTo;
    const chain = this.locatorChain(s);
    this.skipTo = skipTo;
    return chain && this.isWordAt(chain.next, 'of', 'to') ? chain.next + 1 : undefined;
  }

  /** A locator chain at `s` followed by "of which", "to which", "of that resolution" (the instrument just named). */
  private namesPartOfWhich(s: number): boolean {
    const k = this.afterChainLink(s);
    if (k === undefined) return false;
    return this.isWordAt(k, 'which') || (this.isWordAt(k, 'that', 'the', 'said') && this.kindWordAt(k + 1) !== undefined && this.symbolAt(k + 2) === undefined);
  }

  /** After "(continued)", "(cont.)", "(cont’d)" at `k`, the token after its ")"; else undefined. */
  private continuedAt(k: number): number | undefined {
    if (!this.isPunctAt(k, '(')) return undefined;
    let e = k + 1;
    if (this.isWordAt(e, 'continued') || this.isWordAt(e, "cont'd") || this.isWordAt(e, 'cont’d')) e++;
    else if (this.isWordAt(e, 'cont')) e += this.isPunctAt(e + 1, '.') ? 2 : 1;
    else return undefined;
    return this.isPunctAt(e, ')') ? e + 1 : undefined;
  }

  /** Whether a locator opens at `k`: a paragraph word, "annex(es)", "preambular", "PP", an ordinal preambular paragraph. */
  private opensLocator(k: number): boolean {
    return this.isParaWord(k) || this.isWordAt(k, 'annex', 'annexes', 'preambular') || this.tokens.isRaw(k, 'PP') || this.ordinalPreambular(k) !== undefined;
  }

  /** A locator chain at `s` followed by "of"/"to" and an instrument of its own ("paragraph 7 of resolution 9/3", "annex III to its resolution 9/3"). */
  private locatesInstrumentAfter(s: number): boolean {
    if (!this.linkAhead(s)) return false;
    let k = this.afterChainLink(s);
    if (k === undefined) return false;
    if (this.isPunctAt(k, '[')) k++;
    if (this.isWordAt(k, 'the') && this.isWordAt(k + 1, 'present')) return true;
    if (this.isWordAt(k, 'its', 'the', 'that', 'said') || this.isWordAt(k, 'both', 'conference', "conference's", 'conference’s')) k++;
    // An instrument with its symbol: "of that resolution" is the one just named.
    const kind = this.kindWordAt(k);
    return kind !== undefined && this.symbolAt(this.afterNumberWord(this.kindEnd(k, kind) + 1)) !== undefined;
  }

  private postLocators(k: number, prevEnd: number, possessiveMayOpen = false): { items: LocatorItem[]; next: number } {
    const items: LocatorItem[] = [];
    let annex: LocatorItem['annex'];
    let j = k;
    let last = prevEnd;
    // "Resolution 8/1 (continued) | Annex III, (h)", as an index continues a row on its next page:
    // the locator after it is the instrument's (it was dropped, and the instrument ok).
    const continued = this.continuedAt(k);
    if (continued !== undefined) {
      j = continued;
      last = continued - 1;
    }
    for (;;) {
      let s = j;
      const own = items.length === 0 && annex === undefined ? this.ownAnnexAfter(s) : undefined;
      if (own) {
        for (const it of own.items) items.push(it);
        j = own.next;
        break;
      }
      // "| Resolution 8/1 | Annex I, (h) |": the next cell of a Markdown table row, on the same line,
      // holds the instrument's locator, as the thematic indexes print them (it was passed over).
      const cell = items.length === 0 && annex === undefined && this.isPunctAt(s, '|') && !/[\n\r]/.test(this.text.slice(this.tokens.end(s - 1), this.tokens.start(s + 1)));
      const comma = this.isPunctAt(s, ',') || cell;
      // "resolution 8/1’s annex III", "…'s paragraph 13": the possessive introduces the locator as a comma does.
      // After a list ("8/1 and 9/3’s annex III") it would be the last instrument's: not read.
      const possessive = possessiveMayOpen && !comma && items.length === 0 && annex === undefined && this.possessiveAt(s) && this.opensLocator(s + 2);
      // "resolution 8/1 and, in particular, paragraph 13 thereof": the part singled out after "and,"
      // is the instrument's, as after a comma. Of one instrument only, and not a part of another
      // named after it ("… and, in particular, paragraph 15 of its resolution 9/3").
      const andSingled = possessiveMayOpen && !comma && !possessive && items.length === 0 && annex === undefined && this.isWordAt(s, 'and') && this.isPunctAt(s + 1, ',') ? this.afterSinglingOut(s) : s;
      if (andSingled > s && this.opensLocator(andSingled) && !this.locatesInstrumentAfter(andSingled)) {
        s = andSingled;
      } else if (possessive) {
        s += 2;
      } else if (comma) {
        s++;
        // "in accordance with resolution 8/1,⏎(a) To …": a line that opens with a label, a paragraph
        // number or an annex heading is the draft's next part, not this citation's locator.
        if (this.tokens.has(s) && opensPartAfter(this.text, this.tokens.end(s - 1), this.tokens.start(s))) break;
        // "resolution 8/1, in particular paragraph 13": the words singling a part out are read
        // with it, so that the part is checked (they were prose, and the verdict ok on 8/1 alone).
        const part = this.afterSinglingOut(s);
        if (part > s && this.opensLocator(part)) s = part;
        // "resolution 8/1, in paragraph 25 of which the Conference requested", "…, by annex III to
        // which": a relative clause naming the instrument's own part (it was prose, and the verdict
        // ok on 8/1 alone).
        if (s === j + 1 && this.isWordAt(s, 'in', 'by', 'under', 'within') && this.namesPartOfWhich(s + 1)) s++;
        // "its resolution 8/1, in which, in paragraph 99, it requested", "…, by which, in its annex
        // III, it …": the part named inside the relative clause is the instrument's (it was prose,
        // and the verdict ok on 8/1 alone).
        if (s === j + 1 && this.isWordAt(s, 'in', 'by') && this.isWordAt(s + 1, 'which')) {
          let p = s + 2;
          if (this.isPunctAt(p, ',')) p++;
          if (this.isWordAt(p, 'in', 'under')) {
            p++;
            if (this.isWordAt(p, 'its', 'the')) p++;
            if (this.isParaWord(p) || this.isWordAt(p, 'annex', 'preambular') || this.tokens.isRaw(p, 'PP') || this.ordinalPreambular(p)) s = p;
          }
        }
        // "paragraph 13 of resolution 8/1, paragraph 7 of resolution 9/3": a locator that names its
        // own instrument after it is the next reference's (it was read as 8/1's paragraph 7, and
        // 9/3 ok as a whole).
        if (this.locatesInstrumentAfter(s)) break;
      } else if (items.length === 0 && annex === undefined && this.isPunctAt(s, '(')) {
        // "resolution 9/3 (paras. 4 and 9)"
        const inner = this.parenthesisedLocator(s);
        if (inner) for (const it of inner.items) items.push(it);
        if (inner) j = inner.next;
        break;
      } else if (!(items.length === 0 && (annex === undefined || annex.key !== '') && this.tokens.type(s) === 'plabel' && this.onlySpacesBetween(last, s))) break;
      const ordinal = this.ordinalPreambular(s);
      if (ordinal) {
        // "resolution 7/3, sixth preambular paragraph", "…, eighth and ninth preambular paragraphs"
        for (const it of ordinal.items) items.push(it);
        j = ordinal.next;
        last = j - 1;
        continue;
      }
      const annexes = items.length === 0 && annex === undefined ? this.annexList(s) : undefined;
      if (annexes) {
        // "resolution 8/1, annexes I and II": whole annexes end the locator.
        for (const it of annexes.items) items.push(it);
        j = annexes.next;
        break;
      }
      if (this.isWordAt(s, 'annex')) {
        const key = this.annexKey(s);
        annex = key.annex;
        j = key.next;
        last = j - 1;
        const hasAfter = this.tokens.has(j);
        // "annex I (h)" without the comma, as the compendia's index prints it (it was unread: a
        // warning on correct text).
        const tightLabel = annex.key !== '' && this.tokens.type(j) === 'plabel' && this.tokens.start(j) - this.tokens.end(j - 1) <= 1;
        const moreItems = (this.isPunctAt(j, ',') && (this.isLabel(j + 1) || this.isParaWord(j + 1))) || tightLabel;
        if (!moreItems && hasAfter) {
          items.push({ span: annex.span, annex, path: [] });
          break;
        }
        if (!hasAfter) {
          items.push({ span: annex.span, annex, path: [] });
          break;
        }
        continue;
      }
      if (this.isParaWord(s) || this.isWordAt(s, 'preambular') || this.tokens.isRaw(s, 'PP')) {
        const pp = this.isWordAt(s, 'preambular') || this.tokens.isRaw(s, 'PP');
        const rec = this.isRecommendationWord(s);
        // "paragraph 13, subparagraph (b)": the subparagraphs of the item just named.
        let parent = this.isWordAt(s, 'subparagraph', 'subparagraphs', 'sub-paragraph', 'sub-paragraphs') ? items[items.length - 1] : undefined;
        if (parent && (parent.to || parent.pp || parent.path.length === 0)) parent = undefined;
        const after = this.skipParaWord(s);
        const list = this.items(after, annex, pp);
        if (list.items.length === 0) break;
        // The parent was named only to hold them: it is not cited itself.
        if (parent && !list.items.some((it) => it.pp)) items.pop();
        else parent = undefined;
        for (const it of list.items) {
          if (rec) it.recommendation = true;
          if (parent) {
            it.path = parent.path.concat(it.path);
            it.bare = undefined;
            if (parent.recommendation) it.recommendation = true;
          }
          items.push(it);
        }
        j = list.next;
        last = j - 1;
        continue;
      }
      if (this.tokens.type(s) === 'plabel' || (this.tokens.type(s) === 'num' && annex !== undefined)) {
        const list = this.items(s, annex, false);
        if (list.items.length === 0) break;
        for (const it of list.items) items.push(it);
        j = list.next;
        last = j - 1;
        continue;
      }
      break;
    }
    return { items, next: j };
  }

  /**
   * "and its annex", "and the annex thereto", "and annex II thereto", "and its annexes I and II"
   * right after the instrument: the annexes are claimed, so each is checked (it was prose, and
   * "decision 3/2 and the annex thereto" ok for a decision with no annex). Without "its" or
   * "thereto" ("and annex II") it may be another document's: not read here.
   */
  private ownAnnexAfter(s: number): { items: LocatorItem[]; next: number } | undefined {
    if (!this.isWordAt(s, 'and')) return undefined;
    const its = this.isWordAt(s + 1, 'its');
    const w = its || this.isWordAt(s + 1, 'the') ? s + 2 : s + 1;
    if (!this.isWordAt(w, 'annex', 'annexes')) return undefined;
    const list = this.annexList(w);
    // "and the annexes thereto", "and its annexes": all of them (it was prose, and ok for an
    // instrument with one annex or none).
    if (!list && this.isWordAt(w, 'annexes') && (its || this.isWordAt(w + 1, 'thereto'))) {
      const next = this.isWordAt(w + 1, 'thereto') ? w + 2 : w + 1;
      const span = this.span(w, w);
      return { items: [{ span, annex: { key: '', span, all: true }, path: [] }], next };
    }
    const key = list || this.isWordAt(w, 'annexes') ? undefined : this.annexKey(w);
    const end = list ? list.next : key ? key.next : -1;
    if (end < 0) return undefined;
    const thereto = this.isWordAt(end, 'thereto');
    if (!its && !thereto) return undefined;
    // "and its annex, in particular annex II": the annex singled out is the one cited.
    const after = thereto ? end + 1 : end;
    if (key && key.annex.key === '' && key.annex.figures === undefined && this.isPunctAt(after, ',')) {
      const part = this.afterSinglingOut(after + 1);
      if (part > after + 1 && this.isWordAt(part, 'annex')) {
        const named = this.annexKey(part);
        if (named.annex.key !== '' || named.annex.figures !== undefined) return { items: [{ span: named.annex.span, annex: named.annex, path: [] }], next: named.next };
      }
    }
    // "and its annex, paragraph 3": the paragraph is the annex's, which this reading does not join.
    if (this.isPunctAt(end + (thereto ? 1 : 0), ',') && (this.isParaWord(end + (thereto ? 2 : 1)) || this.isLabel(end + (thereto ? 2 : 1)))) return undefined;
    return { items: list ? list.items : [{ span: key!.annex.span, annex: key!.annex, path: [] }], next: thereto ? end + 1 : end };
  }

  /** "(paras. 4 and 9)", "(annex II, para. 3)" right after the instrument; undefined if not closed. */
  private parenthesisedLocator(open: number): { items: LocatorItem[]; next: number } | undefined {
    let s = open + 1;
    let annex: LocatorItem['annex'];
    if (this.isWordAt(s, 'annex')) {
      const key = this.annexKey(s);
      annex = key.annex;
      s = key.next;
      if (this.isPunctAt(s, ')')) return { items: [{ span: annex.span, annex, path: [] }], next: s + 1 };
      if (!this.isPunctAt(s, ',')) return undefined;
      s++;
    }
    if (!(this.isParaWord(s) || this.isWordAt(s, 'preambular') || this.tokens.isRaw(s, 'PP'))) return undefined;
    const pp = this.isWordAt(s, 'preambular') || this.tokens.isRaw(s, 'PP');
    const rec = this.isRecommendationWord(s);
    const list = this.items(this.skipParaWord(s), annex, pp);
    if (list.items.length === 0 || !this.isPunctAt(list.next, ')')) return undefined;
    if (rec) for (const it of list.items) it.recommendation = true;
    return { items: list.items, next: list.next + 1 };
  }

  /** "’s" or "'s" written tight after the token before `s`. */
  private possessiveAt(s: number): boolean {
    const t = this.tokens;
    const mark = t.type(s) === 'quote' || t.type(s) === 'punct' ? t.raw(s) : undefined;
    // "‘s": a left quotation mark typed for the apostrophe (the annex after it was dropped, ok).
    // After emphasis, a footnote mark or a link written around the symbol ("*resolution 8/1*'s",
    // "8/1¹'s", "[8/1](…)'s": blank or marks as read) as much as tight (each locator was dropped, and ok).
    return (mark === '’' || mark === "'" || mark === '‘') && s > 0 && MARKS_ONLY.test(this.text.slice(t.end(s - 1), t.start(s))) && this.isWordAt(s + 1, 's') && t.end(s) === t.start(s + 1);
  }

  /** "paragraph", "paras", "subparagraph", "operative" …, or "recommendation(s)". */
  private isParaWord(k: number): boolean {
    if (this.tokens.type(k) !== 'word') return false;
    const v = this.tokens.value(k)!;
    return PARA_WORDS.has(v) || RECOMMENDATION_WORDS.has(v);
  }

  private isRecommendationWord(k: number): boolean {
    return this.tokens.type(k) === 'word' && RECOMMENDATION_WORDS.has(this.tokens.value(k)!);
  }

  private annexKey(s: number): { annex: NonNullable<LocatorItem['annex']>; next: number } {
    // "annex IIII", "annex XX": a numeral no instrument's annex has is read as written, so the
    // resolver names the annexes there are (it was "say which one", the numeral dropped).
    if (this.tokens.type(s + 1) === 'word' && (ROMAN_RAW.test(this.tokens.raw(s + 1)!) || ROMAN_LIKE.test(this.tokens.raw(s + 1)!))) {
      return { annex: { key: this.tokens.raw(s + 1)!, span: this.span(s, s + 1) }, next: s + 2 };
    }
    // "annex ii", "annex three": the numeral in lower case or in words, read as annex II, III and
    // said like figures (the numeral was dropped: "say which one").
    const word = this.tokens.type(s + 1) === 'word' && this.onlySpacesBetween(s, s + 1) ? this.tokens.raw(s + 1)! : undefined;
    // Not "annex i.e. …" (a letter after a tight full stop), nor "annex one of the documents" (a number word before more words).
    const abbreviation = this.isPunctAt(s + 2, '.') && this.tokens.start(s + 2) === this.tokens.end(s + 1) && this.tokens.type(s + 3) === 'word' && this.tokens.start(s + 3) === this.tokens.end(s + 2);
    if (word !== undefined && !abbreviation) {
      const wordEnds = this.tokens.type(s + 2) !== 'word' || this.isWordAt(s + 2, 'to', 'and');
      const n = /^[ivx]{1,5}$/.test(word) && toRoman(fromRoman(word) ?? 0).toLowerCase() === word ? fromRoman(word) : wordEnds ? ANNEX_NUMBER_WORDS.get(word.toLowerCase()) : undefined;
      if (n !== undefined && n >= 1 && n <= MAX_ORDINAL_ANNEX) return { annex: { key: '', span: this.span(s, s + 1), figures: n }, next: s + 2 };
    }
    // "annex (I)", "annex (II)": the numeral in parentheses (one label token, or three: no label
    // holds more than one capital), read as annex I and said like figures (the annex was bare,
    // its fix wrote "annex I" before "(I)", and "(I)" was left unread).
    const inParens = this.onlySpacesBetween(s, s + 1) ? this.romanInParentheses(s + 1) : undefined;
    if (inParens) return { annex: { key: '', span: this.span(s, inParens.last), figures: inParens.n }, next: inParens.last + 1 };
    // "annex 3": an annex numbered in figures (read, and said, by the resolver; it was "say which one").
    // Not "annex 3.1" or "annex 3/2" (a dot or slash written tight before more): a full stop may end the sentence.
    const tight = (this.isPunctAt(s + 2, '.') || this.isPunctAt(s + 2, '/')) && this.tokens.start(s + 2) === this.tokens.end(s + 1) && this.tokens.has(s + 3) && this.tokens.start(s + 3) === this.tokens.end(s + 2);
    if (this.tokens.type(s + 1) === 'num' && this.onlySpacesBetween(s, s + 1) && !tight) {
      const n = Number(this.tokens.value(s + 1));
      if (n >= 1 && n <= MAX_ORDINAL_ANNEX) return { annex: { key: '', span: this.span(s, s + 1), figures: n }, next: s + 2 };
    }
    return { annex: { key: '', span: this.span(s, s) }, next: s + 1 };
  }

  /** "(I)", "(IV)" at `k`: a Roman numeral in capitals in parentheses, its value and last token ("(iv)" is an item's label). */
  private romanInParentheses(k: number): { n: number; last: number } | undefined {
    let raw: string | undefined;
    let last = k;
    if (this.tokens.type(k) === 'plabel') raw = /^\(([IVX]{1,5})\)$/.exec(this.tokens.raw(k)!)?.[1];
    else if (this.isPunctAt(k, '(') && this.tokens.type(k + 1) === 'word' && this.isPunctAt(k + 2, ')') && this.tokens.start(k + 1) === this.tokens.end(k) && this.tokens.start(k + 2) === this.tokens.end(k + 1)) {
      raw = this.tokens.raw(k + 1);
      last = k + 2;
    }
    if (!raw || !/^[IVX]{1,5}$/.test(raw)) return undefined;
    const n = ROMAN_RAW.test(raw) ? fromRoman(raw) : undefined;
    return n !== undefined && n >= 1 && n <= MAX_ORDINAL_ANNEX ? { n, last } : undefined;
  }

  /** "annexes I and III", "annexes I, II and III": whole annexes, each checked; undefined if no numeral follows. */
  private annexList(s: number): { items: LocatorItem[]; next: number } | undefined {
    if (!this.isWordAt(s, 'annexes')) return undefined;
    const isNumeral = (k: number): boolean => this.tokens.type(k) === 'word' && ROMAN_RAW.test(this.tokens.raw(k)!);
    // "annexes I-II" with a hyphen is one word token: the same range as "annexes I–II".
    const hyphened = (k: number): [string, string] | undefined => {
      const m = this.tokens.type(k) === 'word' ? /^([IVX]+)-([IVX]+)$/.exec(this.tokens.raw(k)!) : null;
      return m && ROMAN_RAW.test(m[1]) && ROMAN_RAW.test(m[2]) ? [m[1], m[2]] : undefined;
    };
    const items: LocatorItem[] = [];
    let k = s + 1;
    while (isNumeral(k) || hyphened(k)) {
      const pair = hyphened(k);
      if (pair) {
        const from = fromRoman(pair[0]);
        const to = fromRoman(pair[1]);
        if (from === undefined || to === undefined || to <= from || to - from > MAX_ANNEX_RANGE) break;
        for (let x = from; x <= to; x++) {
          const key = x === from ? pair[0] : x === to ? pair[1] : toRoman(x);
          items.push({ span: this.span(k, k), annex: { key, span: this.span(k, k) }, path: [] });
        }
        k++;
        let q = k;
        if (this.isPunctAt(q, ',')) q++;
        if (this.isWordAt(q, 'and')) q++;
        if (q === k || !(isNumeral(q) || hyphened(q))) break;
        k = q;
        continue;
      }
      const annex = { key: this.tokens.raw(k)!, span: this.span(k, k) };
      items.push({ span: annex.span, annex, path: [] });
      k++;
      // "annexes I to III", "annexes I–III": each annex of the range, the ones between on the "to".
      if ((this.isWordAt(k, 'to', 'through') || this.tokens.type(k) === 'dash') && isNumeral(k + 1)) {
        const from = fromRoman(annex.key);
        const to = fromRoman(this.tokens.raw(k + 1)!);
        if (from === undefined || to === undefined || to <= from || to - from > MAX_ANNEX_RANGE) break;
        for (let x = from + 1; x <= to; x++) {
          const at = x === to ? k + 1 : k;
          const key = x === to ? this.tokens.raw(k + 1)! : toRoman(x);
          items.push({ span: this.span(at, at), annex: { key, span: this.span(at, at) }, path: [] });
        }
        k += 2;
      }
      let q = k;
      if (this.isPunctAt(q, ',')) q++;
      if (this.isWordAt(q, 'and')) q++;
      if (q === k || !isNumeral(q)) break;
      k = q;
    }
    return items.length > 0 ? { items, next: k } : undefined;
  }

  /** Skips "paragraph", "paras.", "operative paragraph", "preambular paragraphs", "PP". */
  private skipParaWord(s: number): number {
    let j = s;
    if (this.isWordAt(j, 'operative', 'preambular')) j++;
    if (this.isParaWord(j) || this.tokens.isRaw(j, 'PP')) j++;
    if (this.isPunctAt(j, '.')) j++;
    return j;
  }

  private items(j: number, annex: LocatorItem['annex'], pp: boolean): { items: LocatorItem[]; next: number } {
    const items: LocatorItem[] = [];
    let k = j;
    for (;;) {
      if (pp && this.tokens.isRaw(k, 'PP')) k++;
      const it = this.item(k, annex, pp);
      if (!it) break;
      // "1 (d), (e) and (h)": each label after "1 (d)" is one of 1's, the last as the others
      // (it was read at the top, an error for a correct citation).
      const prev = items[items.length - 1];
      if (it.item.path.length === 1 && prev && (prev.path.length > 1 || prev.bare) && this.tokens.type(k) === 'plabel') it.item.bare = true;
      items.push(it.item);
      k = it.next;
      let s = k;
      if (this.isPunctAt(s, ',')) s++;
      if (this.isWordAt(s, 'and', 'or')) s++;
      if (s === k) break;
      if (this.isLabel(s) || (pp && this.tokens.isRaw(s, 'PP') && this.tokens.type(s + 1) === 'num')) {
        k = s;
        continue;
      }
      break;
    }
    this.skipTo = Math.max(this.skipTo, k);
    return { items, next: k };
  }

  private item(j: number, annex: LocatorItem['annex'], pp: boolean): { item: LocatorItem; next: number } | undefined {
    const path: Label[] = [];
    let k = j;
    while (this.isLabel(k)) {
      const ty = this.tokens.type(k);
      if (ty === 'num' && path.length > 0) break;
      if (path.length > 0 && !this.onlySpacesBetween(k - 1, k)) {
        // A line break or tab between labels ends the item.
        if (/[\t\n]/.test(this.text.slice(this.tokens.end(k - 1), this.tokens.start(k)))) break;
      }
      if (pp && ty !== 'num') break;
      path.push({ value: this.tokens.value(k)!, span: { start: this.tokens.start(k), end: this.tokens.end(k) } });
      k++;
      if (pp) break;
    }
    if (path.length === 0) return undefined;
    let to: Label | undefined;
    const lastType = this.tokens.type(k - 1);
    let d = k;
    // "13 to 15", "13–15", and as US drafts write it "13 through 15" ("thru"): a range of labels.
    const isDash = this.tokens.type(d) === 'dash' || this.isWordAt(d, 'to', 'through', 'thru');
    if (isDash) {
      d++;
      if (pp && this.tokens.isRaw(d, 'PP')) d++;
      if (this.tokens.has(d) && this.tokens.type(d) === lastType) {
        to = { value: this.tokens.value(d)!, span: { start: this.tokens.start(d), end: this.tokens.end(d) } };
        k = d + 1;
      }
    }
    const item: LocatorItem = { span: { start: this.tokens.start(j), end: this.tokens.end(k - 1) }, path, pp: pp || undefined };
    if (annex) item.annex = annex;
    if (to) item.to = to;
    return { item, next: k };
  }

  // ---- locators before the instrument ----------------------------------------------------
  /**
   * "(q) of paragraph 2 of resolution 8/1": labels with no word before them, pre-located. Tried
   * at a parenthesised label that does not continue a list or an item (the token before it is no
   * label, comma, "and", "or", dash or "to"), so a rule never starts inside "(a), (b) and (q) of".
   * It leaves nothing marked when it fails (`skipTo` restored): a label opens nothing else.
   */
  private labelLed(i: number): Attempt | undefined {
    if (this.tokens.has(i - 1)) {
      const before = this.tokens.type(i - 1);
      if (before === 'num' || before === 'plabel' || before === 'dash' || this.isPunctAt(i - 1, ',') || this.isWordAt(i - 1, 'and', 'or', 'to')) return undefined;
    }
    const skipTo = this.skipTo;
    const attempt = this.preLocated(i, true);
    if (!attempt) this.skipTo = skipTo;
    return attempt;
  }

  preLocated(i: number, labelLed = false): Attempt | undefined {
    const chain = this.locatorChain(i, labelLed);
    if (!chain) return undefined;
    const { items, annex } = chain;
    let j = chain.next;
    // "paragraphs 5 and 99, respectively, of resolutions 8/1 and 9/3": "respectively" before the
    // link pairs them as after the list (both were read as every instrument's whole).
    let midRespectively = false;
    if (items.length > 1) {
      const r0 = this.isPunctAt(j, ',') ? j + 1 : j;
      const l = this.isPunctAt(r0 + 1, ',') ? r0 + 2 : r0 + 1;
      if (this.isWordAt(r0, 'respectively') && this.isWordAt(l, 'of', 'to')) {
        midRespectively = true;
        j = l;
      }
    }
    // "paragraph (v) above" is internal to the text that contains it; so are "paragraph 9, above"
    // and "paragraph 9 (above)" (they were no reference at all), not "paragraph 9, above all".
    const w = this.isWordAt(j, 'above', 'below') ? j : this.isPunctAt(j, ',') && this.isWordAt(j + 1, 'above', 'below') && !this.isWordAt(j + 2, 'all') ? j + 1 : this.isPunctAt(j, '(') && this.isWordAt(j + 1, 'above', 'below') && this.isPunctAt(j + 2, ')') ? j + 1 : -1;
    if (w >= 0) {
      const last = this.isPunctAt(w + 1, ')') && this.isPunctAt(w - 1, '(') ? w + 1 : w;
      const ref = this.blank('internal', this.span(i, last), {});
      ref.items = items;
      ref.direction = { value: this.isWordAt(w, 'above') ? 'above' : 'below', span: this.span(w, w) };
      return { ref, next: last + 1 };
    }
    if (!this.isWordAt(j, 'of', 'in', 'to', 'under')) return undefined;
    // "paragraph 33 of [resolution 8/1](https://undocs.org/…)": a Markdown link around what it cites
    // (the link's target is not tokenized); the paragraph was dropped, and the verdict ok on the instrument.
    const k = this.isPunctAt(j + 1, '[') && (this.kindWordAt(j + 2) !== undefined || this.isWordAt(j + 2, 'its', 'the') || this.tokens.type(j + 2) === 'symbol') ? j + 2 : j + 1;
    if ((this.isWordAt(k, 'the') && this.isWordAt(k + 1, 'present')) || (this.isWordAt(k, 'this') && this.isWordAt(k + 1, 'resolution', 'decision'))) {
      const self = this.selfRef(k);
      if (self) return { ref: { ...self.ref, span: { start: this.tokens.start(i), end: self.ref.span.end }, items }, next: self.next };
    }
    let a = k;
    if (this.isWordAt(a, 'that', 'the', 'its') && this.isWordAt(a + 1, 'article')) a++;
    if (this.isWordAt(a, 'article', 'articles') && this.tokens.type(a + 1) !== 'num') {
      return { ref: this.blank('convention', this.span(i, a), {}), next: a + 1 };
    }
    if (this.isWordAt(a, 'article', 'articles')) {
      const conv = this.convention(a);
      if (conv) return { ref: { ...conv.ref, span: { start: this.tokens.start(i), end: conv.ref.span.end } }, next: conv.next };
    }
    if (this.isWordAt(k, 'the', 'that') && this.tokens.type(k + 1) === 'word' && CONVENTION_TAIL.has(this.tokens.value(k + 1)!)) {
      return { ref: this.blank('convention', this.span(i, k + 1), {}), next: k + 2 };
    }
    // "recommendation 3 of the Working Group on International Cooperation, at its seventh meeting",
    // "recommendation (e) of the eleventh meeting of the Working Group on …": the meeting's
    // recommendations (the locator before it was dropped, or left unread).
    if (this.isWordAt(k, 'the') && !annex && items.every((it) => !it.pp && !it.annex)) {
      const wg = this.isWordAt(k + 1, 'working') || this.tokens.isRaw(k + 1, 'WG') ? this.workingGroup(k + 1) : this.ordinalAt(k + 1) !== undefined ? sessionRef(this, k) : undefined;
      if (wg && wg.ref.kind === 'wg' && wg.ref.items.length === 0 && !wg.more && wg.ref.wg!.meeting > 0) {
        wg.ref.items = items;
        wg.ref.span = { start: this.tokens.start(i), end: wg.ref.span.end };
        return wg;
      }
    }
    // "paragraph 60 of the report of the Secretariat"
    if (this.isWordAt(k, 'the') && this.isWordAt(k + 1, 'report') && !annex) {
      const rep = this.report(k + 1);
      if (rep && rep.ref.items.length === 0) {
        rep.ref.items = items;
        rep.ref.span = { start: this.tokens.start(i), end: rep.ref.span.end };
        return rep;
      }
    }
    // "paragraph 25 of the resolution 8/1", "of said resolution 8/1", "of the Conference's
    // resolution 8/1": a word between the link and the instrument is read with them (the
    // paragraph was dropped, and the verdict ok on the instrument alone).
    let at = k;
    if (this.isWordAt(at, 'the') && (this.isWordAt(at + 1, "conference's") || this.isWordAt(at + 1, 'conference’s'))) at++;
    if ((this.isWordAt(at, 'the', 'said', 'that') || this.isWordAt(at, "conference's") || this.isWordAt(at, 'conference’s')) && this.kindWordAt(at + 1)) at++;
    // "of the said resolution 8/1", "of the aforementioned resolution": words that only point back, read.
    else if (this.isWordAt(at, 'the') && this.isWordIn(at + 1, ANAPHORIC_WORDS) && this.kindWordAt(at + 2)) at += 2;
    else if (this.isWordAt(at, 'the') && this.isWordAt(at + 1, 'above') && this.isWordAt(at + 2, 'mentioned') && this.kindWordAt(at + 3)) at += 3;
    // "paragraph 19 of both resolution 8/1 and resolution 9/3": "both" is read only with its "and".
    const both = this.isWordAt(at, 'both') && (this.kindWordAt(at + 1) !== undefined || this.isWordAt(at + 1, 'its'));
    // "paragraph 19 of each of resolutions 8/1 and 9/3": the locator is each one's, as after "of resolutions".
    if (!both && this.isWordAt(at, 'each') && this.isWordAt(at + 1, 'of') && (this.kindWordAt(at + 2)?.plural || (this.isWordAt(at + 2, 'its', 'the') && this.kindWordAt(at + 3)?.plural))) at += this.isWordAt(at + 2, 'the') ? 3 : 2;
    const inst = this.instrumentRef(both ? at + 1 : at);
    const joined = inst ? this.moreUnderLocator(inst, both, this.tokens.value(j)!) : 0;
    // "of both resolutions 8/1 and 9/3": the list after the plural kind word is the pair.
    if (both && joined === 0 && !(inst && inst.ref.instruments.length === 2)) return undefined;
    if (inst && inst.ref.instruments.length >= 1) {
      const ref = inst.ref;
      // "the annexes to resolution 8/1, paragraph 13" too: all of them, none said to hold it.
      const wholeAnnexes = (items.length > 1 || items[0]?.annex?.all === true) && items.every((it) => it.annex !== undefined && it.path.length === 0);
      if (ref.kind === 'cop' && wholeAnnexes && ref.items.length > 0) {
        // "annexes I and II to resolution 8/1, paragraph 13": which annex holds the paragraph is
        // not said. The reference ends at the instrument; the locator after it is left to the
        // unread rule (partial), never joined to one annex or read as the instrument's own.
        const last = ref.instruments[ref.instruments.length - 1];
        ref.items = items;
        ref.span = { start: this.tokens.start(i), end: last.date?.span.end ?? last.span.end };
        return { ref, next: inst.next };
      }
      // "paragraphs 19 and 3 of resolutions 8/1 and 9/3, respectively": one locator for each
      // instrument, in order (every locator was checked against every instrument: a false error).
      const r = this.isPunctAt(inst.next, ',') ? inst.next + 1 : inst.next;
      const endRespectively = this.isWordAt(r, 'respectively');
      let unpaired = false;
      // With one instrument, "respectively" written before the link pairs the locators with the
      // instruments only when another follows under its own kind word ("…, of resolution 8/1 and
      // resolution 9/3"); else it pairs something else ("paragraphs 3 and 4, respectively, of its
      // resolution 8/1 requested … and encouraged …"), and both are the one instrument's.
      const another = ref.instruments.length === 1 && midRespectively ? this.instrumentNamedAfter(inst.next) : undefined;
      if (ref.kind === 'cop' && ref.items.length === 0 && (ref.instruments.length > 1 || another !== undefined) && (endRespectively || midRespectively)) {
        // With another count, which locator is whose is not known: none is checked (the instruments are).
        const last = endRespectively ? r : inst.next - 1;
        const names = ref.instruments.map((m) => `${m.kind} ${m.symbol}`);
        if (another !== undefined) names.push(another);
        if (items.length === ref.instruments.length) ref.itemsRespectively = true;
        else {
          unpaired = true;
          (ref.unread ??= []).push({ start: this.tokens.start(i), end: this.tokens.end(last), side: 'after', pairs: { what: 'locators', count: items.length, instruments: names } });
        }
        inst.next = last + 1;
        ref.span = { start: ref.span.start, end: this.tokens.end(last) };
      } else if (ref.kind === 'cop' && ref.items.length === 0 && ref.instruments.length === 1 && items.length > 1) {
        // "paragraphs 19 and 7 of resolution 8/1 and resolution 9/3, respectively": the others are
        // named under their own kind words, so this reading pairs none of them (both paragraphs were
        // 8/1's, and 9/3 ok as a whole). Said, with every instrument named; none of the locators checked.
        const listed = this.instrumentsUntilRespectively(inst.next);
        if (listed) {
          unpaired = true;
          const instruments = [`${ref.instruments[0].kind} ${ref.instruments[0].symbol}`, ...listed.names];
          (ref.unread ??= []).push({ start: this.tokens.start(i), end: this.tokens.end(listed.end), side: 'after', pairs: { what: 'locators', count: items.length, instruments } });
          inst.next = listed.end + 1;
          ref.span = { start: ref.span.start, end: this.tokens.end(listed.end) };
        }
      }
      if (ref.kind === 'cop' && !unpaired) ref.items = joinLocators(items, ref.items);
      // Another body's instrument keeps no locator; where it stood is kept for the instrument after it (`locatorOfAnotherBody`).
      else if (ref.kind === 'external' && ref.body) {
        const named = ref.instruments.map((x) => `${x.kind} ${x.symbol}`);
        (this.locatedExternal ??= new Map()).set(ref, { span: { start: this.tokens.start(i), end: items[items.length - 1].span.end }, other: `${ref.body} ${named.join(' and ')}` });
      }
      ref.span = { start: this.tokens.start(i), end: ref.span.end };
      return { ref, next: inst.next };
    }
    if (inst) return inst;
    return undefined;
  }

  /** "resolution 9/3" when "(,) and/or [its/the] resolution 9/3" stands at `k`; else undefined. */
  private instrumentNamedAfter(k: number): string | undefined {
    let q = this.isPunctAt(k, ',') ? k + 1 : k;
    if (!this.isWordAt(q, 'and', 'or')) return undefined;
    q++;
    if (this.isWordAt(q, 'its', 'the')) q++;
    const kind = this.kindWordAt(q);
    if (kind === undefined) return undefined;
    const n = this.tokens.type(q + 1) === 'slashnum' ? q + 1 : this.isPunctAt(q + 1, '.') && this.tokens.type(q + 2) === 'slashnum' ? q + 2 : -1;
    return `${kind.kind} ${n > 0 ? this.tokens.value(n) : '…'}`;
  }

  /**
   * ", resolution 9/3 and decision 3/2, respectively" from `k`: the instruments named, each under its
   * own kind word, and the token of "respectively"; undefined unless the list ends with it.
   */
  private instrumentsUntilRespectively(k: number): { names: string[]; end: number } | undefined {
    const names: string[] = [];
    let q = k;
    for (let n = 0; n < MAX_TITLES_LISTED; n++) {
      if (this.isPunctAt(q, ',')) q++;
      if (this.isWordAt(q, 'and')) q++;
      if (this.isWordAt(q, 'its')) q++;
      const kind = this.kindWordAt(q);
      if (!kind || kind.plural) break;
      const sym = this.symbolAt(this.kindEnd(q, kind) + 1);
      if (!sym) break;
      names.push(`${kind.kind} ${sym.s}/${sym.n}`);
      q = sym.next;
    }
    if (names.length === 0) return undefined;
    if (this.isPunctAt(q, ',')) q++;
    return this.isWordAt(q, 'respectively') ? { names, end: q } : undefined;
  }

  /**
   * "… of resolution 8/1 and of resolution 9/3", "… of resolution 8/1, of resolution 9/3 and of
   * resolution 7/4", "… of resolution 8/1 as well as of resolution 9/3", "annex II to resolution
   * 8/1 and to resolution 7/4", "… of both resolution 8/1 and resolution 9/3" after a locator: the
   * instruments after the first are under the same locator (each was read alone, and a paragraph
   * it lacks passed as ok). They join `first`; how many did. Only plain instruments are joined (a
   * locator, a body or a range of their own makes separate citations); the first may have a title.
   */
  private moreUnderLocator(first: Attempt, both: boolean, link: string): number {
    // A title of its own is kept with each instrument (one each, or none), never given to the others.
    const plain = (r: Reference): boolean => r.kind === 'cop' && r.items.length === 0 && r.instruments.length > 0 && !r.titles && !r.body && !r.openRange && !r.seePart && !r.unread && !r.unreadSymbol;
    // "resolutions 8/1 and 9/3, both entitled “…”": that title is every listed one's; not split here.
    if (!plain(first.ref) || (first.ref.title && first.ref.instruments.length > 1)) return 0;
    let joined = 0;
    for (let n = 0; n < MAX_INSTRUMENT_RANGE; n++) {
      let p = first.next;
      if (this.isPunctAt(p, ',') && !both) p++;
      const and = this.isWordAt(p, 'and', 'or');
      if (and) p++;
      else if (this.isWordAt(p, 'as') && this.isWordAt(p + 1, 'well') && this.isWordAt(p + 2, 'as')) p += 3;
      else if (both || !this.isPunctAt(p - 1, ',')) break;
      if (and && this.isWordAt(p, 'also')) p++;
      // "and that of resolution 9/3"
      if (this.isWordAt(p, 'that', 'those') && this.isWordAt(p + 1, 'of')) p++;
      // "annex I to resolution 8/1 and of resolution 9/3": either link.
      if (this.isWordAt(p, link, link === 'of' ? 'to' : 'of')) p++;
      else if (!both || joined > 0) break;
      if (this.isWordAt(p, 'the') && this.kindWordAt(p + 1)) p++;
      else if (this.isWordAt(p, 'the') && this.isWordIn(p + 1, ANAPHORIC_WORDS) && this.kindWordAt(p + 2)) p += 2;
      const next = this.instrumentRef(p);
      if (!next || !plain(next.ref) || (next.ref.title && next.ref.instruments.length > 1)) break;
      const ref = first.ref;
      // A title written after the first is the first's alone, and one after the next is the next's.
      if (ref.title || next.ref.title) {
        const titles = ref.titles ?? ref.instruments.map((_, o) => (o === ref.instruments.length - 1 ? ref.title : undefined));
        for (let o = 0; o < next.ref.instruments.length; o++) titles.push(next.ref.title);
        ref.titles = titles;
        ref.title ??= next.ref.title;
      }
      for (const m of next.ref.instruments) ref.instruments.push(m);
      ref.span = { start: ref.span.start, end: next.ref.span.end };
      first.next = next.next;
      joined++;
      if (both) break;
    }
    return joined;
  }

  /**
   * Locators before the instrument, innermost first, joined by "of", "to" or "in", read in
   * one pass: "subparagraph (q) of paragraph 2 of annex II". The outer groups name one item
   * each, whose labels prefix the inner ones ("2 (q)"); an annex is the outermost container.
   */
  private locatorChain(i: number, labelLed = false): { items: LocatorItem[]; annex?: LocatorItem['annex']; next: number } | undefined {
    const groups: { items: LocatorItem[]; annex?: LocatorItem['annex']; recommendation: boolean; next: number }[] = [];
    let j = i;
    for (;;) {
      const g = labelLed && groups.length === 0 ? this.bareLabelGroup(j) : this.locatorGroup(j);
      if (!g) break;
      groups.push(g);
      j = g.next;
      const wholeAnnexes = g.items.length > 0 && g.items[0].annex !== undefined && g.items[0].path.length === 0;
      if (g.annex || wholeAnnexes || !this.isWordAt(j, 'of', 'in', 'to')) break;
      // "paragraph 3 of the annex to resolution 8/4": an instrument's one annex, named with "the".
      if (this.isWordAt(j + 1, 'the') && this.isWordAt(j + 2, 'annex')) j++;
      else if (!this.startsLocatorGroup(j + 1) && this.ordinalAnnexAt(j + 1) === undefined) break;
      j++;
    }
    // Bare labels are an innermost group: a chain must hold a group with a word after them.
    if (groups.length < (labelLed ? 2 : 1)) return undefined;
    const next = groups[groups.length - 1].next;
    // Whatever follows the chain, a rule tried inside it would read the same tokens to the
    // same end: none of them starts a reference the chain does not (keeps long chains linear).
    this.skipTo = Math.max(this.skipTo, next);
    let annex: LocatorItem['annex'];
    const prefix: Label[] = [];
    let recommendation = groups[0].recommendation;
    for (let g = groups.length - 1; g >= 1; g--) {
      const outer = groups[g];
      if (outer.annex) {
        annex = outer.annex;
        continue;
      }
      const only = outer.items[0];
      // Outer groups of several items or a range do not say which item holds the inner ones.
      if (outer.items.length !== 1 || only.to || only.pp || groups[0].items.some((it) => it.pp)) return undefined;
      if (prefix.length === 0) recommendation = outer.recommendation;
      for (const l of only.path) prefix.push(l);
    }
    if (groups[0].annex) return { items: [{ span: groups[0].annex.span, annex: groups[0].annex, path: [] }], annex: groups[0].annex, next };
    const items = groups[0].items.map((it) => {
      const out: LocatorItem = prefix.length > 0 ? { ...it, path: prefix.concat(it.path), bare: undefined } : it;
      if (annex) out.annex = annex;
      if (recommendation) out.recommendation = true;
      else delete out.recommendation;
      return out;
    });
    return { items, annex, next };
  }

  /**
   * "(q)" or "(q) (ii)" before "of paragraph …": one item of at most BARE_LABEL_TOKENS_MAX labels
   * (no range, no list), followed by "of", "in" or "to" and a group with a locator word.
   */
  private bareLabelGroup(j: number): { items: LocatorItem[]; annex?: LocatorItem['annex']; recommendation: boolean; next: number } | undefined {
    const it = this.item(j, undefined, false);
    if (!it || it.item.to || it.next - j > BARE_LABEL_TOKENS_MAX) return undefined;
    if (!this.isWordAt(it.next, 'of', 'in', 'to') || !this.startsLocatorGroup(it.next + 1)) return undefined;
    return { items: [it.item], recommendation: false, next: it.next };
  }

  /** "(the) second annex" at `k`: annex II. */
  private ordinalAnnexAt(k: number): { annex: NonNullable<LocatorItem['annex']>; next: number } | undefined {
    const o = this.isWordAt(k, 'the') ? k + 1 : k;
    const nth = this.ordinalAt(o);
    if (!nth || nth.value > MAX_ORDINAL_ANNEX || !this.isWordAt(nth.next, 'annex')) return undefined;
    return { annex: { key: toRoman(nth.value), span: this.span(o, nth.next) }, next: nth.next + 1 };
  }

  /** Whether a locator group can start at `k` (checked before "of" is taken as a link of the chain). */
  private startsLocatorGroup(k: number): boolean {
    return this.isParaWord(k) || this.isWordAt(k, 'annex', 'annexes', 'preambular') || this.tokens.isRaw(k, 'PP') || this.ordinalPreambular(k) !== undefined;
  }

  /** One group of a locator chain: "the fourth preambular paragraph", "paragraphs 4 and 5", "PP 3", "annex II". */
  private locatorGroup(j: number): { items: LocatorItem[]; annex?: LocatorItem['annex']; recommendation: boolean; next: number } | undefined {
    const ordinal = this.ordinalPreambular(j);
    if (ordinal) return { items: ordinal.items, recommendation: false, next: ordinal.next };
    // "the second annex to resolution 8/1": annex II, as the instruments number theirs (read as
    // "annex to", it was "say which one" when the drafter had).
    const nth = this.ordinalAnnexAt(j);
    if (nth) return { items: [], annex: nth.annex, recommendation: false, next: nth.next };
    if (this.isWordAt(j, 'annex')) {
      const key = this.annexKey(j);
      return { items: [], annex: key.annex, recommendation: false, next: key.next };
    }
    // "annexes I and III to resolution 8/1": whole annexes, the outermost group like an annex.
    const annexes = this.annexList(j);
    if (annexes) return { items: annexes.items, recommendation: false, next: annexes.next };
    // "the annexes to resolutions 8/1 and 9/3": all of each one's, as "and the annexes thereto" (it was unread).
    // Of instruments only: the report of the Secretariat has none to read them against.
    const k2 = this.isWordAt(j + 2, 'its', 'the') ? j + 3 : j + 2;
    if (this.isWordAt(j, 'annexes') && this.isWordAt(j - 1, 'the', 'all', 'its') && this.isWordAt(j + 1, 'to', 'of') && this.kindWordAt(k2) !== undefined) {
      const span = this.span(j, j);
      return { items: [{ span, annex: { key: '', span, all: true }, path: [] }], recommendation: false, next: j + 1 };
    }
    const pp = this.isWordAt(j, 'preambular') || this.tokens.isRaw(j, 'PP');
    if (this.tokens.isRaw(j, 'pp') || this.tokens.isRaw(j, 'Pp')) return undefined;
    const recommendation = this.isRecommendationWord(j);
    const after = this.skipParaWord(j);
    if (after === j) return undefined;
    const list = this.items(after, undefined, pp);
    if (list.items.length === 0) return undefined;
    return { items: list.items, recommendation, next: list.next };
  }

  // ---- other reference forms -------------------------------------------------------------
  selfRef(i: number): Attempt | undefined {
    if (this.isWordAt(i, 'the') && this.isWordAt(i + 1, 'present') && this.isWordAt(i + 2, 'resolution', 'decision', 'report')) {
      return { ref: this.blank('self', this.span(i, i + 2), {}), next: i + 3 };
    }
    if (this.isWordAt(i, 'this') && this.isWordAt(i + 1, 'resolution', 'decision')) {
      return { ref: this.blank('self', this.span(i, i + 1), {}), next: i + 2 };
    }
    return undefined;
  }

  convention(i: number): Attempt | undefined {
    let j = i + 1;
    if (this.isPunctAt(j, '.')) j++;
    if (this.tokens.type(j) !== 'num') return undefined;
    j++;
    while ((this.isPunctAt(j, ',') || this.isWordAt(j, 'and')) && this.tokens.type(j + 1) === 'num') j += 2;
    while (this.isWordAt(j, 'and') && this.tokens.type(j + 1) === 'num') j += 2;
    let end = j - 1;
    let k = j;
    if (this.isPunctAt(k, ',') && this.isWordAt(k + 1, 'in') && this.isWordAt(k + 2, 'particular') && this.isPunctAt(k + 3, ',')) k += 4;
    else if (this.isPunctAt(k, ',')) k++;
    if (this.isWordAt(k, 'paragraph', 'paragraphs', 'para', 'paras')) {
      const list = this.items(this.skipParaWord(k), undefined, false);
      if (list.items.length > 0) {
        end = list.next - 1;
        k = list.next;
      }
    }
    let q = k;
    if (this.isPunctAt(q, ',')) q++;
    // "article 18, paragraph 13, of resolution 8/1", "resolution 8/1, article 3": a COP instrument
    // has no articles. Not the Convention's: the unread rule says the article was not read with
    // the instrument (it was another reference, and the instrument ok).
    if (this.isWordAt(q, 'of', 'to') && (this.kindWordAt(q + 1) !== undefined || (this.isWordAt(q + 1, 'its', 'the') && this.kindWordAt(q + 2) !== undefined))) return undefined;
    let named = false;
    if (this.isWordAt(q, 'of')) {
      for (let e = q + 1; this.tokens.has(e) && e < q + CONVENTION_NAME_TOKENS_MAX; e++) {
        if (this.tokens.type(e) === 'word' && CONVENTION_TAIL.has(this.tokens.value(e)!)) {
          end = e;
          named = true;
          break;
        }
        if (this.tokens.type(e) === 'punct' && !this.isPunctAt(e, ',')) break;
      }
    }
    // Unnamed, right after an instrument ("resolution 8/1, article 3", "(article 2)"): the instrument's, which has none.
    const prev = this.refs[this.refs.length - 1];
    if (!named && prev && prev.kind === 'cop' && /^[ \u00a0]*[,(][ \u00a0]*$/.test(this.text.slice(prev.span.end, this.tokens.start(i)))) return undefined;
    return { ref: this.blank('convention', this.span(i, end), {}), next: end + 1 };
  }

  workingGroup(i: number): Attempt | undefined {
    // "Working Group", or "WG" as drafters abbreviate it.
    const abbreviated = this.tokens.isRaw(i, 'WG');
    if (!abbreviated && !this.isWordAt(i + 1, 'group')) return undefined;
    let j = abbreviated ? i + 1 : i + 2;
    if (this.isWordAt(j, 'of') && this.isWordAt(j + 1, 'government') && this.isWordAt(j + 2, 'experts')) j += 3;
    if (!this.isWordAt(j, 'on')) return undefined;
    j++;
    let group: GroupKey | undefined;
    if (this.isWordAt(j, 'international') && this.isWordAt(j + 1, 'cooperation')) group = 'IC';
    else if (this.isWordAt(j, 'technical') && this.isWordAt(j + 1, 'assistance')) group = 'TA';
    if (!group) return undefined;
    j += 2;
    const joint = this.jointMeeting(i, j, group);
    if (joint) return joint;
    let k = j;
    if (this.isPunctAt(k, ',')) k++;
    // "at its tenth meeting" (and "at tenth meeting", read so that it is checked); "on its tenth meeting" as report titles put it.
    // "… held its tenth meeting on 17 October 2018" too (it was no reference, and a wrong date ok).
    if (this.isWordAt(k, 'at') || ((this.isWordAt(k, 'on') || this.isWordAt(k, 'held')) && this.isWordAt(k + 1, 'its'))) k++;
    if (this.isWordAt(k, 'its')) k++;
    const ord = this.ordinalAt(k);
    if (ord !== undefined && (this.isWordAt(ord.next, 'and', 'or') || this.isPunctAt(ord.next, ','))) {
      // "the Working Group on International Cooperation, at its eighth and ninth meetings"
      const list = ordinalList(this, k);
      if (list && this.isWordAt(list.noun, 'meetings', 'meeting')) {
        const refs = list.ords.map((o, x) => {
          const r = this.blank('wg', this.span(x === 0 ? i : o.at, x === list.ords.length - 1 ? list.noun : o.next - 1), {});
          r.wg = { group: group!, meeting: o.n, span: this.span(o.at, o.next - 1) };
          if (x > 0) r.sameBodyAsPrevious = true;
          return r;
        });
        refs[refs.length - 1].listSpan = this.span(i, list.noun);
        const next = heldAfterList(this, refs[refs.length - 1], list.noun + 1);
        return { ref: refs[0], next, more: refs.slice(1) };
      }
    }
    // "the Working Group on International Cooperation at its meeting held on 8 and 9 October 2014":
    // a meeting named by its dates, as the compendia write it (it was no reference, and a wrong
    // date passed in silence).
    if (ord === undefined && this.isWordAt(k - 1, 'its') && this.isWordAt(k, 'meeting')) {
      const h = heldAt(this, k + 1);
      if (h && h.held.date) {
        const byDate = this.blank('wg', this.span(i, h.next - 1), {});
        byDate.wg = { group, meeting: 0, span: this.span(i, k), held: h.held };
        return { ref: byDate, next: h.next };
      }
      // "held from 31 February 2013", "held on 8 Octobre 2014": dates the patterns do not read name
      // no meeting; said, never dropped (there was no reference at all).
      if (this.isWordAt(k + 1, 'held') && this.datesOrPlacesAfter(k + 2)) {
        const unread = this.blank('wg', this.span(i, k), {});
        unread.wg = { group, meeting: 0, span: this.span(i, k) };
        return { ref: unread, next: heldAfterList(this, unread, k + 1) };
      }
    }
    // "at its meetings held on 27 and 28 October 2015 and from 19 to 21 October 2016": a meeting
    // named by its dates for each dates written (the whole was no reference, and nothing checked).
    if (ord === undefined && this.isWordAt(k - 1, 'its') && this.isWordAt(k, 'meetings')) {
      const dated: { held: HeldAt; from: number; next: number }[] = [];
      let h = heldAt(this, k + 1);
      let from = k + 1;
      // Where more dates are written that the patterns do not read ("and from 19 to 21 Octember 2016").
      let unreadAt: number | undefined;
      while (h && h.held.date && dated.length < MAX_INSTRUMENT_RANGE) {
        // "… and from 20 to 21 October 2016" after "held …": the dates each meeting was held, as the
        // first's, not days within it (a range inside the seventh meeting's passed as its dates).
        if (dated.length > 0 && !dated[0].held.date!.within) h.held.date = { ...h.held.date, within: undefined };
        dated.push({ held: h.held, from, next: h.next });
        let q = h.next;
        if (this.isPunctAt(q, ',')) q++;
        if (!this.isWordAt(q, 'and') && !this.isPunctAt(h.next, ',')) break;
        if (this.isWordAt(q, 'and')) q++;
        if (!this.isWordAt(q, 'from', 'on', 'in')) break;
        from = q;
        h = heldAt(this, q);
        if (!h || !h.held.date) unreadAt = q;
      }
      if (dated.length > 0) {
        const refs = dated.map((d, x) => {
          const r = this.blank('wg', this.span(x === 0 ? i : d.from, d.next - 1), {});
          r.wg = { group: group!, meeting: 0, span: x === 0 ? this.span(i, k) : this.span(d.from, d.next - 1), held: d.held };
          if (x > 0) r.sameBodyAsPrevious = true;
          return r;
        });
        // Said on the last meeting read, never dropped (it was, and the meetings ok).
        let end = unreadAt ?? 0;
        let dateLike = false;
        if (unreadAt !== undefined) {
          while (end - unreadAt < MEETING_DATES_UNREAD_MAX && this.tokens.has(end + 1) && this.tokens.type(end + 1) !== 'punct' && !/[\n\r]/.test(this.text.slice(this.tokens.end(end), this.tokens.start(end + 1)))) {
            end++;
            if (this.tokens.type(end) === 'num') dateLike = true;
          }
        }
        // Only a run that holds a number is more dates ("and on that basis decided" is prose).
        if (unreadAt === undefined || !dateLike) return { ref: refs[0], next: dated[dated.length - 1].next, more: refs.slice(1) };
        const last = refs[refs.length - 1];
        last.unread = [{ start: this.tokens.start(unreadAt), end: this.tokens.end(end), side: 'after' }];
        last.span = { start: last.span.start, end: this.tokens.end(end) };
        return { ref: refs[0], next: end + 1, more: refs.slice(1) };
      }
    }
    if (ord === undefined || !this.isWordAt(ord.next, 'meeting')) return undefined;
    const ref = this.blank('wg', this.span(i, ord.next), {});
    ref.wg = { group, meeting: ord.value, span: this.span(k, ord.next) };
    let next = ord.next + 1;
    // ", held from 9 to 13 October 2017" (sessionRules.ts): the dates are checked.
    const held = heldAt(this, next);
    if (held) {
      ref.wg.held = held.held;
      ref.span.end = this.tokens.end(held.next - 1);
      // "held from 9 to 13 October 2017 in Geneva": a place after the dates is read as one before
      // them is ("held in Vienna on …"), and checked alike (it was dropped, and the meeting ok).
      const place = held.held.venue === undefined && held.held.date !== undefined ? this.placeAfterDates(held.next) : undefined;
      if (place !== undefined) {
        const at = this.span(held.next + 1, place);
        ref.wg.held.venue = { text: this.text.slice(at.start, at.end), span: at };
        ref.span.end = at.end;
        return { ref, next: place + 1 };
      }
      return { ref, next: held.next };
    }
    // ", held …" in words the patterns do not read ("held from 9 to 13 Octobre 2017", "held on 31
    // February 2018"): unread, never dropped (the meeting was ok).
    // Only words that date or place it: "held in conjunction with the tenth meeting of …" names another meeting.
    const h = this.isWordAt(next, 'held') ? next : this.isPunctAt(next, ',') && this.isWordAt(next + 1, 'held') ? next + 1 : -1;
    if (h >= 0 && this.datesOrPlacesAfter(h + 1)) return { ref, next: heldAfterList(this, ref, next) };
    // Other wordings with a date after them ("…, scheduled from 9 to 13 October 2017", "which
    // will take place in 2019"): unread too.
    const dated = heldAfterList(this, ref, next, { dated: true, one: true });
    if (dated > next) return { ref, next: dated };
    // "at its eighth meeting and (at) its ninth meeting": the group's meetings too (the second was
    // dropped, and ok whatever its ordinal; found by trying to break it).
    const more: Reference[] = [];
    for (let q = next; more.length < MAX_INSTRUMENT_RANGE; ) {
      let a = this.isPunctAt(q, ',') ? q + 1 : q;
      if (!this.isWordAt(a, 'and')) break;
      a++;
      if (this.isWordAt(a, 'at')) a++;
      if (!this.isWordAt(a, 'its')) break;
      const o = this.ordinalAt(a + 1);
      if (!o || !this.isWordAt(o.next, 'meeting')) break;
      const r = this.blank('wg', this.span(a + 1, o.next), {});
      r.wg = { group, meeting: o.value, span: this.span(a + 1, o.next) };
      r.sameBodyAsPrevious = true;
      more.push(r);
      q = next = o.next + 1;
    }
    if (more.length > 0) return { ref, next, more };
    let s = next;
    if (this.isPunctAt(s, ',')) {
      s++;
      // ", in particular recommendation (e)": the recommendation singled out is checked (was dropped).
      const part = this.afterSinglingOut(s);
      if (part > s && this.isWordAt(part, 'recommendation', 'recommendations', 'paragraph', 'paragraphs')) s = part;
      if (this.isWordAt(s, 'recommendation', 'recommendations', 'paragraph', 'paragraphs')) s++;
      if (this.isLabel(s)) {
        const list = this.items(s, undefined, false);
        if (list.items.length > 0) {
          ref.items = list.items;
          next = list.next;
          ref.span.end = this.tokens.end(next - 1);
        }
      }
    }
    return { ref, next };
  }

  /** "Working Group on Technical Assistance" at `q` (or "WG on …", "Working Group of Government Experts on …"): its group and the token after it. */
  private groupNameAt(q: number): { group: GroupKey; next: number } | undefined {
    let j = this.tokens.isRaw(q, 'WG') ? q + 1 : this.isWordAt(q, 'working') && this.isWordAt(q + 1, 'group') ? q + 2 : -1;
    if (j < 0) return undefined;
    if (this.isWordAt(j, 'of') && this.isWordAt(j + 1, 'government') && this.isWordAt(j + 2, 'experts')) j += 3;
    if (!this.isWordAt(j, 'on')) return undefined;
    if (this.isWordAt(j + 1, 'international') && this.isWordAt(j + 2, 'cooperation')) return { group: 'IC', next: j + 3 };
    if (this.isWordAt(j + 1, 'technical') && this.isWordAt(j + 2, 'assistance')) return { group: 'TA', next: j + 3 };
    return undefined;
  }

  /**
   * "the joint meeting of the Working Group on International Cooperation and the Working Group on
   * Technical Assistance held from 9 to 13 October 2017": each group's meeting held then, checked
   * as "at its meeting held …" is (it was no reference, and wrong dates passed in silence; found by
   * a probe). `j`: the token after the first group's name.
   */
  private jointMeeting(i: number, j: number, group: GroupKey): Attempt | undefined {
    let p = this.isWordAt(i - 1, 'the') ? i - 2 : i - 1;
    if (!(this.isWordAt(p, 'of') && this.isWordAt(p - 1, 'meeting') && this.isWordAt(p - 2, 'joint'))) return undefined;
    if (!this.isWordAt(j, 'and')) return undefined;
    p = this.isWordAt(j + 1, 'the') ? j + 2 : j + 1;
    const other = this.groupNameAt(p);
    if (!other || other.group === group) return undefined;
    const at = this.isPunctAt(other.next, ',') ? other.next + 1 : other.next;
    const h = this.isWordAt(at, 'held') ? heldAt(this, at) : undefined;
    if (!h || !h.held.date) return undefined;
    const first = this.blank('wg', this.span(i, j - 1), {});
    first.wg = { group, meeting: 0, span: this.span(i, j - 1), held: h.held };
    const second = this.blank('wg', this.span(p, h.next - 1), {});
    second.wg = { group: other.group, meeting: 0, span: this.span(p, other.next - 1), held: h.held };
    return { ref: first, next: h.next, more: [second] };
  }

  /** After "held": a number before any punctuation within a few words (a date), or "in" and a capitalised word (a place). */
  private datesOrPlacesAfter(k: number): boolean {
    if (this.placeAfterDates(k) !== undefined) return true;
    for (let e = k; e < k + 6 && this.tokens.has(e) && this.tokens.type(e) !== 'punct'; e++) if (this.tokens.type(e) === 'num') return true;
    return false;
  }

  /** The value of an ordinal that ends right before token `at` ("tenth", "10th", "twenty first"). */
  private ordinalBefore(at: number): number | undefined {
    for (const from of [at - 1, at - 2]) {
      const o = this.ordinalAt(from);
      if (o?.next === at) return o.value;
    }
    return undefined;
  }

  /** The year of a date or month and year, or of a year alone, at `k` ("19 July 2020", "July 2020", "2020"). */
  private yearOfDateAt(k: number): string | undefined {
    const at = this.dateAt(k);
    if (at) return at.year;
    if (this.monthAt(k) !== undefined && this.isYearAt(k + 1)) return this.tokens.value(k + 1)!;
    return this.isYearAt(k) && this.monthAt(k + 1) === undefined ? this.tokens.value(k)! : undefined;
  }

  /** "in Geneva", "in New York" at `k`: the last token of the place, if one stands there. */
  private placeAfterDates(k: number): number | undefined {
    if (!this.isWordAt(k, 'in') || this.tokens.type(k + 1) !== 'word' || !/^\p{Lu}/u.test(this.tokens.raw(k + 1)!)) return undefined;
    if (this.monthAt(k + 1) !== undefined) return undefined;
    return this.tokens.type(k + 2) === 'word' && /^\p{Lu}/u.test(this.tokens.raw(k + 2)!) ? k + 2 : k + 1;
  }

  compendium(i: number): Attempt | undefined {
    let j = i;
    let group: GroupKey | undefined;
    if (this.isWordAt(j, 'international') && this.isWordAt(j + 1, 'cooperation') && this.isWordAt(j + 2, 'compendium')) {
      group = 'IC';
      j += 3;
    } else if (this.isWordAt(j, 'technical') && this.isWordAt(j + 1, 'assistance') && this.isWordAt(j + 2, 'compendium')) {
      group = 'TA';
      j += 3;
    }
    if (group && this.isPunctAt(j, ',')) j++;
    // "International Cooperation compendium (part B, IV.g)": the locator in parentheses.
    const paren = group !== undefined && this.isPunctAt(j, '(');
    if (paren) j++;
    const tail = j;
    if (this.isWordAt(j, 'see')) j++;
    let part: 'A' | 'B' | undefined;
    let k: number;
    if (this.isWordAt(j, 'part') && (this.tokens.isRaw(j + 1, 'A') || this.tokens.isRaw(j + 1, 'B'))) {
      part = this.tokens.raw(j + 1) as 'A' | 'B';
      k = j + 2;
      // "part A: VII.26", "part B.VIII", and after the compendium's name "part A, III.3.c".
      // After the comma any numeral, as after ":" ("See part A, XIV and VIII" was no reference at all).
      if (this.isPunctAt(k, ':') || this.isPunctAt(k, '.') || (this.isPunctAt(k, ',') && this.tokens.type(k + 1) === 'word' && ROMAN_LIKE.test(this.tokens.raw(k + 1)!))) k++;
    } else if (group && this.tokens.type(j) === 'word' && ROMAN_RAW.test(this.tokens.raw(j)!)) {
      // "International Cooperation compendium, VII, annex, 23": as the index tables print it.
      k = j;
    } else if (this.isWordAt(j, 'part') && j > tail && /^[C-Z]$/.test(this.tokens.raw(j + 1) ?? '')) {
      // "See part C.IX (…)": the compendia have parts A and B only. Said, not passed over.
      return this.compendiumNamedOnly(i, group, j);
    } else return group ? this.compendiumNamedOnly(i, group, tail) : undefined;
    const locStart = k;
    // After "part A" or "part B" any numeral opens the locator ("part A.XX", "part B.XIII"): a
    // meeting or session the compendia do not hold is said (it was no reference at all).
    const numeral = (raw: string): boolean => ROMAN_RAW.test(raw) || (part !== undefined && ROMAN_LIKE.test(raw));
    // The locator: numerals, dots, labels, "annex", "and", commas and dashes.
    while (this.tokens.has(k)) {
      const ty = this.tokens.type(k);
      const raw = this.tokens.raw(k)!;
      const ok =
        (ty === 'word' && (numeral(raw) || COMPENDIUM_ITEM.test(raw) || this.isWordAt(k, 'annex', 'and', 'pp') || raw === 'PP')) ||
        ty === 'num' ||
        ty === 'plabel' ||
        ty === 'dash' ||
        (ty === 'punct' && (raw === '.' || raw === ','));
      if (!ok) break;
      // "III.3.c and d", "IV.c and III.g": "and" joins a numeral, a label or a lower-case item.
      if (ty === 'word' && this.isWordAt(k, 'and') && !(this.tokens.has(k + 1) && (numeral(this.tokens.raw(k + 1)!) || this.isLabel(k + 1) || this.andItem(k + 1)))) break;
      k++;
    }
    while (k > locStart && this.tokens.type(k - 1) === 'punct') k--;
    // "See part B.9 (…)", "part B.ix", "part B.Q": a section written in no form of the compendia's.
    if (part !== undefined && locStart > j + 2 && (k === locStart || !numeral(this.tokens.raw(locStart)!))) return this.compendiumNamedOnly(i, group, j);
    if (k === locStart || !numeral(this.tokens.raw(locStart)!)) return group ? this.compendiumNamedOnly(i, group, tail) : undefined;
    const span = this.span(locStart, k - 1);
    const end = paren && this.isPunctAt(k, ')') ? k : k - 1;
    const ref = this.blank('compendium', { start: this.tokens.start(i), end: this.tokens.end(end) }, {});
    ref.compendium = { group, part, locator: this.text.slice(span.start, span.end), span };
    return { ref, next: end + 1 };
  }

  /**
   * A compendium named with a locator the rule does not read ("International Cooperation
   * compendium, part C", "…, p. 12", "…, section IV, item g", "…, XC.g"): one reference whose
   * locator is what follows the name, which the resolver reports as not read (it was no
   * reference at all, and nothing said it was not checked). The name alone, or with prose after
   * it ("…compendium, which …"), stays prose.
   */
  private compendiumNamedOnly(i: number, group: GroupKey | undefined, j: number): Attempt | undefined {
    const first = this.tokens.type(j);
    // "the International Cooperation compendium (2021)", "…, 2021 edition": its year, not a locator.
    if (first === 'num' && this.tokens.value(j)!.length === 4) return undefined;
    const opens = first === 'num' || first === 'plabel' || (first === 'word' && (ROMAN_RAW.test(this.tokens.raw(j)!) || FOREIGN_COMPENDIUM_WORDS.has(this.tokens.value(j)!)));
    if (!opens) return undefined;
    let k = j;
    while (k - j < COMPENDIUM_TAIL_TOKENS_MAX && this.tokens.has(k)) {
      const ty = this.tokens.type(k);
      const raw = this.tokens.raw(k)!;
      const ok = ty === 'num' || ty === 'plabel' || ty === 'dash' || (ty === 'punct' && (raw === '.' || raw === ',')) || (ty === 'word' && (/^(?:[a-zA-Z]|([a-z])\1|[IVXLC]{1,8}|[ivxlc]{1,8})$/.test(raw) || ROMAN_RAW.test(raw) || FOREIGN_COMPENDIUM_WORDS.has(this.tokens.value(k)!)));
      if (!ok) break;
      k++;
    }
    while (k > j && this.tokens.type(k - 1) === 'punct') k--;
    if (k === j) return undefined;
    // "…compendium, part A, which lists the meetings": a whole part, named as prose does.
    if (k === j + 2 && this.isWordAt(j, 'part') && (this.tokens.isRaw(j + 1, 'A') || this.tokens.isRaw(j + 1, 'B'))) return undefined;
    const span = this.span(j, k - 1);
    const ref = this.blank('compendium', { start: this.tokens.start(i), end: span.end }, {});
    ref.compendium = { group, locator: '', span };
    return { ref, next: k };
  }

  /**
   * A lower-case item after "and" in a compendium locator ("III.3.c and d"): a letter, a doubled
   * letter or a numeral, with no word after it ("IV.c and in particular" is prose).
   */
  private andItem(k: number): boolean {
    if (this.tokens.type(k) !== 'word' || !/^(?:[a-z]|([a-z])\1|[ivx]{2,5})$/.test(this.tokens.raw(k)!)) return false;
    return this.tokens.type(k + 1) !== 'word';
  }

  report(i: number): Attempt | undefined {
    // "report of the Secretariat", and "report by the Secretariat" (it was no reference at all).
    if (!(this.isWordAt(i + 1, 'of', 'by') && this.isWordAt(i + 2, 'the') && this.isWordAt(i + 3, 'secretariat'))) return undefined;
    let j = i + 4;
    const ref = this.blank('report', this.span(i, i + 3), {});
    ref.report = { span: this.span(i, i + 3) };
    // "the report of the Secretariat, entitled “…”, paragraph 99": the title is compared, and what
    // follows it read (a title after a comma ended the reference: the paragraph was dropped, ok).
    if (this.isWordAt(this.isPunctAt(j, ',') ? j + 1 : j, 'entitled', 'titled')) {
      const t = this.title(j);
      if (t?.title) ref.report.title = t.title;
      else if (t?.unread) (ref.unread ??= []).push({ start: t.unread.start, end: t.unread.end, side: 'after' });
      if (t) {
        ref.span.end = this.tokens.end(t.next - 1);
        j = t.next;
      }
    }
    // "the 2020 report of the Secretariat"
    if (this.isYearAt(i - 1)) ref.report.year = this.tokens.value(i - 1)!;
    // "report of the Secretariat on …, paragraph 41": skip the description up to the comma.
    // What is in parentheses ("(CTOC/COP/2018/3)", "(also taking into account paragraph 10 of
    // resolution 8/1)") describes the report; its commas and paragraphs are not the locator.
    let k = j;
    let depth = 0;
    // What the description says of which report it is ("on the implementation of resolution 6/1",
    // "(CTOC/COP/2020/9)"): the resolver compares it with the indexed report.
    // Instruments only in words that say what the report is on ("on", "entitled", "pursuant to"),
    // outside parentheses ("(also taking into account resolution 8/1)" describes, it does not name).
    const describes = this.isWordIn(j, REPORT_SUBJECT_WORDS);
    // A session only in words that say whom it is for ("to the Conference at its tenth session",
    // "submitted to its eleventh session"), before any instrument: "resolution 8/1 adopted at its
    // eighth session" dates the resolution, "since the eighth session" the activities.
    const addressed = this.isWordIn(j, REPORT_ADDRESS_WORDS);
    // Its date or year right after it: "of 2020", "(2020)", "of 19 July 2020", "dated 19 July 2020", "of July 2020".
    if (this.isWordAt(j, 'of', 'dated') || this.isPunctAt(j, '(')) {
      ref.report.year ??= this.yearOfDateAt(j + 1);
      // A full date is compared with the report's own ("of 20 July 2018": it was read as its year only).
      const at = this.dateAt(j + 1);
      if (at && ref.report.date === undefined) ref.report.date = { day: at.day, month: MONTHS.indexOf(at.month) + 1, year: Number(at.year), span: this.span(j + 1, at.next - 1) };
    }
    // Read from the type and value the loop reads anyway: the description is scanned at every "report".
    const note = (at: number, ty: string | undefined, word: string | undefined): void => {
      // Its own symbol: in the parentheses right after it, or among the description's words.
      if (ty === 'symbol' && (depth === 0 || this.isPunctAt(at - 1, '('))) ref.report!.symbol ??= this.tokens.value(at)!;
      else if (word === 'session' && depth === 0 && addressed && ref.report!.on === undefined) {
        const o = this.ordinalBefore(at);
        if (o !== undefined) ref.report!.session ??= o;
      } else if (ty === 'slashnum' && describes && depth === 0) {
        const kind = this.kindWordAt(at - 1) ?? (this.isWordAt(at - 1, 'and') || this.isPunctAt(at - 1, ',') ? this.kindWordAt(at - 3) : undefined);
        if (kind) (ref.report!.on ??= []).push({ kind: kind.kind, symbol: this.tokens.value(at)! });
      }
    };
    for (let n = 0; this.tokens.has(k) && n < REPORT_DESCRIPTION_MAX; n++, k++) {
      const ty = this.tokens.type(k);
      const word = ty === 'word' ? this.tokens.value(k)! : undefined;
      if (ty === 'punct' && this.isPunctAt(k, '(')) depth++;
      else if (ty === 'punct' && this.isPunctAt(k, ')')) depth = Math.max(0, depth - 1);
      note(k, ty, word);
      if (depth > 0) continue;
      if (ty === 'punct' && this.isPunctAt(k, ',')) break;
      if (ty === 'punct' && (this.isPunctAt(k, '.') || this.isPunctAt(k, ';'))) return { ref, next: j };
      if (word !== undefined && PARA_WORDS.has(word)) {
        k--;
        break;
      }
    }
    const s = k + 1;
    if (this.isWordAt(s, 'paragraph', 'paragraphs', 'para', 'paras')) {
      const list = this.items(this.skipParaWord(s), undefined, false);
      if (list.items.length > 0) {
        ref.items = list.items;
        ref.span.end = this.tokens.end(list.next - 1);
        return { ref, next: list.next };
      }
    }
    return { ref, next: j };
  }

  private symbolRef(i: number): Attempt | undefined {
    let value = this.tokens.value(i)!;
    let j = i + 1;
    if (this.tokens.type(j) === 'dash' && this.tokens.type(j + 1) === 'symbol') {
      value = `${value}–${this.tokens.value(j + 1)}`;
      j += 2;
    }
    const ref = this.blank('symbol', this.span(i, j - 1), {});
    ref.symbol = { value, span: this.span(i, j - 1) };
    // "CTOC/COP/2016/15, chap. I", "(see CTOC/COP/2018/13, chap. I, sect. A)": the document's
    // chapter or section is read with it and said to be unchecked (it was passed over, and ok).
    const parts = this.documentParts(j);
    if (parts) {
      ref.unread = [{ ...parts.span, side: 'after', documentPart: true }];
      ref.span.end = parts.span.end;
      return { ref, next: parts.next };
    }
    // "the report … (CTOC/COP/WG.3/2018/6), para. 99": the paragraph after the parentheses is the document's.
    // Not after an instrument ("resolution 8/1 (CTOC/COP/2016/15), para. 3" may be the resolution's paragraph).
    // Elsewhere it is read but not taken for either: unread, never dropped (it was, and the symbol ok).
    const inParens = i > 0 && this.isPunctAt(i - 1, '(') && this.isPunctAt(j, ')');
    const closed = inParens && i > 1 && this.tokens.type(i - 2) === 'word';
    const c = inParens ? j + 1 : j;
    if (this.isPunctAt(c, ',') && this.isWordAt(c + 1, 'para', 'paras', 'paragraph', 'paragraphs')) {
      const list = this.items(this.skipParaWord(c + 1), undefined, false);
      if (list.items.length > 0) {
        if (inParens && !closed) ref.unread = [{ start: this.tokens.start(c + 1), end: this.tokens.end(list.next - 1), side: 'after' }];
        else ref.items = list.items;
        if (inParens) ref.span.start = this.tokens.start(i - 1);
        ref.span.end = this.tokens.end(list.next - 1);
        return { ref, next: list.next };
      }
    }
    return { ref, next: j };
  }

  /**
   * ", chap. I", ", chapter II, sect. A", ", sect. D.1" after a document symbol (`k`: the comma):
   * the chapters and sections named, at most `DOCUMENT_PARTS_MAX`; undefined if none.
   */
  private documentParts(k: number): { span: Span; next: number } | undefined {
    let j = k;
    let last = -1;
    for (let n = 0; n < DOCUMENT_PARTS_MAX && this.isPunctAt(j, ',') && this.isWordIn(j + 1, DOCUMENT_PART_WORDS); n++) {
      let v = j + 2;
      // "chap." and "sect." with their full stop, written tight.
      if (this.isPunctAt(v, '.') && this.tokens.start(v) === this.tokens.end(j + 1)) v++;
      if (!this.documentPartValue(v)) break;
      // "sect. D.1", "chap. IV.B": a subdivision written tight after the value.
      while (v - j < DOCUMENT_PART_TOKENS_MAX && this.isPunctAt(v + 1, '.') && this.tokens.start(v + 1) === this.tokens.end(v) && this.tokens.start(v + 2) === this.tokens.end(v + 1) && this.documentPartValue(v + 2)) v += 2;
      last = v;
      j = v + 1;
    }
    if (last < 0) return undefined;
    return { span: { start: this.tokens.start(k + 1), end: this.tokens.end(last) }, next: last + 1 };
  }

  /** The value of a chapter or section: a Roman numeral, a number or a capital letter ("I", "2", "A"). */
  private documentPartValue(v: number): boolean {
    const ty = this.tokens.type(v);
    if (ty === 'num') return true;
    if (ty !== 'word') return false;
    const raw = this.tokens.raw(v)!;
    return ROMAN_LIKE.test(raw) || /^[A-Z]$/.test(raw);
  }

  /**
   * "(CTOC/COP/2016/15, chap. I)", "(see CTOC/COP/2016/15, chap. I, sect. A)" right after an
   * instrument (`k`: the parenthesis): the document and the chapter that hold it, as UN footnotes
   * cite adopted texts. Only with a chapter or section: "(CTOC/COP/2016/15)" alone is read as a
   * reference of its own (its paragraph after the parenthesis may be the report's).
   */
  private documentInParens(k: number): { document: NonNullable<Reference['document']>; part: UnreadSpan; next: number } | undefined {
    if (!this.isPunctAt(k, '(')) return undefined;
    const s = this.isWordAt(k + 1, 'see') ? k + 2 : k + 1;
    if (this.tokens.type(s) !== 'symbol') return undefined;
    const parts = this.documentParts(s + 1);
    if (!parts || !this.isPunctAt(parts.next, ')')) return undefined;
    return { document: { value: this.tokens.value(s)!, span: this.span(s, s) }, part: { ...parts.span, side: 'after', documentPart: true }, next: parts.next + 1 };
  }

  private blank(kind: Reference['kind'], span: Span, extra: Partial<Reference>): Reference {
    return { kind, span: { ...span }, instruments: [], items: [], ...extra };
  }
}

/**
 * Locators before the instrument joined to those after it. "annex II to resolution 9/3,
 * paragraph (q)": the paragraph is the annex's item, not the instrument's.
 */
function joinLocators(pre: LocatorItem[], post: LocatorItem[]): LocatorItem[] {
  const onlyAnnex = pre.length === 1 && pre[0].path.length === 0 && pre[0].annex;
  if (onlyAnnex && post.length > 0 && post.every((it) => !it.annex && !it.pp)) return post.map((it) => ({ ...it, annex: onlyAnnex }));
  return pre.concat(post);
}

/** Tokens of dates after meetings' dates that the patterns do not read, said as unread ("from 19 to 21 Octember 2016"). */
const MEETING_DATES_UNREAD_MAX = 12;

const CANDIDATES = candidatePattern(OPENERS);
/**
 * After a candidate, the scan goes on token by token until this many tokens in a row could not
 * open a reference: in text dense with references (the benchmark's drafts cite something every
 * eight words or so) stepping through the tokens costs less than finding the next candidate
 * natively and finding the tokens back from it.
 */
const DENSE_QUIET_TOKENS = 12;
/** How far a locator after a comma is looked through for its "of"/"to" (a chain longer than this is read as before). */
const LINK_AHEAD_TOKENS = 16;
/** An annex's numeral or a label's letters, read through on the way to a link ("annex III to", "(a) of"). */
const ANNEX_NUMERAL = /^(?:[IVXLC]{1,6}|[a-z]{1,2})$/i;
// One of each, reused block after block: a block's scan never starts another.
const TOKENS = new Tokens('', 0, 0);
const SYNC = new SyncPoints();

/**
 * Finds every reference in one block of text (no blank line inside): the parser runs only
 * from the candidates the native pattern finds (see candidates.ts), with the tokens a few
 * words back and as far forwards as the rules read; the references, spans and order are
 * those of `scanTokenByToken`.
 */
export function scanBlock(text: string, from = 0, to = text.length): Reference[] {
  return markUnread(text, scanCandidates(text, from, to), from, to);
}

/** The candidate-first scan, before the unread rule marks what it did not read. */
function scanCandidates(text: string, from: number, to: number): Reference[] {
  // The pattern's look-ahead must not read past the block, as the tokenizer does not.
  if (to < text.length) text = text.slice(0, to);
  const tokens = TOKENS;
  tokens.reset(text, from, from);
  SYNC.reset(text, from, to);
  const parser = new Parser(text, tokens);
  const { re, leadOf, reachOf } = CANDIDATES;
  // Words of longer lead seen and not yet passed: position, lead.
  const far: number[] = [];
  let farHead = 0;
  /** Where the token-by-token scan would try next: every token before it is decided. */
  let resume = from;
  /** The first token of the current stretch at or after `resume`. */
  let cursor = 0;
  const use = (x: number): void => {
    if (tokens.from <= x && x <= tokens.pos && tokens.to === to) return;
    tokens.reset(text, x, to);
    cursor = 0;
  };
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const c = m.index;
    if (c >= to) break;
    // A match inside a word or a symbol ("CTOC/COP/2020/3.sub-paragraph"): a token may start
    // within it, so the search goes on from the next character.
    const symbol = m[1] !== undefined && m[1].length === 5 && m[1].charCodeAt(4) === 47;
    if (!symbol && !wordAt(text, c, c + m[0].length)) {
      re.lastIndex = c + 1;
      continue;
    }
    if (m[1] === undefined) {
      far.push(c, leadOf.get(m[2].toLowerCase()) ?? 0);
      continue;
    }
    if (c < resume) {
      // Read already; a word may start where the scan resumes, within this match.
      if (re.lastIndex > resume) re.lastIndex = resume;
      continue;
    }
    // Start a few tokens back (words of short lead: "its", "the present"), or further back at
    // a word of longer lead that reaches this candidate ("Conference of the Parties …").
    const back = reachOf(m[1]);
    let start = SYNC.runsBefore(c, back, resume);
    while (farHead < far.length && far[farHead] < resume) farHead += 2;
    for (let q = farHead; q < far.length && far[q] < start; q += 2) {
      const w = far[q];
      use(SYNC.atOrBefore(w, resume));
      const iw = tokens.indexAt(w, cursor);
      if (!tokens.has(iw) || tokens.start(iw) !== w) continue;
      let k = iw + 1;
      while (k <= iw + far[q + 1] && tokens.has(k) && tokens.start(k) < c) k++;
      if (k <= iw + far[q + 1] && tokens.has(k)) {
        start = SYNC.atOrBefore(w, resume);
        break;
      }
    }
    use(start);
    let i = tokens.indexAt(Math.max(start, resume), cursor);
    let ic = tokens.indexAt(c, i);
    // Fewer than `back` tokens back (runs of markup, not words): go further back.
    for (let n = back * 2; ic - i < back && start > resume && n < 16 * back; n *= 2) {
      start = SYNC.runsBefore(c, n, resume);
      use(start);
      i = tokens.indexAt(Math.max(start, resume), cursor);
      ic = tokens.indexAt(c, i);
    }
    if (!tokens.has(ic) || tokens.start(ic) !== c) {
      // Inside a token (a symbol, a link target): not a word there; one may start within it.
      re.lastIndex = c + 1;
      continue;
    }
    while (i <= ic) i = parser.step(i);
    // Dense text (a reference every few words): go on token by token, as the oracle does,
    // while opening words keep coming; the native search takes over again after a stretch of
    // prose. Every token stepped is tried exactly as the token-by-token scan tries it.
    for (let quiet = 0; quiet < DENSE_QUIET_TOKENS && tokens.has(i); ) {
      if (tokens.hasShape(i, OPENER_SHAPES) || tokens.type(i) === 'symbol') quiet = 0;
      else quiet++;
      i = parser.step(i);
    }
    resume = tokens.end(i - 1);
    cursor = i;
    // Matches before `resume` are read already, and a far word before it reaches no candidate
    // after it (the scan never starts before `resume`).
    re.lastIndex = resume;
  }
  return parser.refs;
}

/** Today's scan: every token of the block made and tried. The oracle of the candidate scan. */
export function scanTokenByToken(text: string, from = 0, to = text.length): Reference[] {
  // As the candidate scan, no rule reads past the block (a pattern read "in 2016," then the next
  // block's words, and the two scans differed on a generated draft).
  if (to < text.length) text = text.slice(0, to);
  return markUnread(text, scanParsedOnly(text, from, to), from, to);
}

/**
 * The references as far as the grammar read them, without the unread material the unread rule
 * widens them over: completion needs where the parse stopped ("resolution 5/8, paragraph |").
 */
export function scanParsedOnly(text: string, from = 0, to = text.length): Reference[] {
  return new Parser(text, new Tokens(text, from, to)).run();
}

/** The parser over given tokens (tests count its token reads to show it never backtracks far). */
export function parseTokens(text: string, tokens: Tokens): Reference[] {
  return new Parser(text, tokens).run();
}

/** Splits at blank lines: a reference never spans a paragraph break. */
export function blocksOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  // A run of blank lines is one break: a line of spaces between two blank lines was a block of
  // its own, or began the next one ("Austria⏎ ⏎ ⏎Draft decision" hid the title line).
  const re = /\n(?:[ \t\u00a0]*(?:\r?\n|\r))+|\r(?:[ \t]*\r)+/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

export function scanText(text: string): Reference[] {
  const out: Reference[] = [];
  for (const b of blocksOf(text)) {
    // Very long blocks (a 1 MB single line) are still scanned in one linear pass.
    for (const r of scanBlock(text, b.start, b.end)) out.push(r);
  }
  return out;
}

export { fromRoman };
