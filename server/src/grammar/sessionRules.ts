// Grammar rules for sessions of the Conference and meetings of its subsidiary bodies, kept apart
// from the instrument rules of parser.ts. Rules, in EBNF (each with the forms it reads):
//
//   sessionRef  = ( "its" | "the" ) nth "session" [ ofBody ] [ copTag ] [ held ]
//                                  "at its eighth session, held in Vienna from 17 to 21 October 2016"
//                                  "the fifth session of the Conference"
//                                  "its fourth session (Vienna, 8–17 October 2008)"
//                                  "the 11th session of the Conference of the Parties (COP11)"
//               | ( "its" | "the" ) nth { "," nth } [ "," ] ( "and" | "or" ) nth ( "sessions" | "session" ) [ "of the Conference" … ]
//                                  → one reference per session (at most MAX_SESSIONS_LISTED, all different)
//                                  "at its fourth and fifth sessions", "its 11th and 12th sessions",
//                                  "its tenth, eleventh and twelfth sessions" ("the …" needs "of the
//                                  Conference"; the later ones take the body decided for the first;
//                                  a "held …" after them is marked unread: no date names them all)
//               | "COP" NUM        "COP8" (written tight)
//   ofBody      = "of the Conference" [ "of the Parties" [ "to the United Nations Convention …" ] ]
//               | "of the Working Group" [ "of Government Experts" ] "on" groupName   → a meeting
//                                  "the eleventh session of the Working Group on International Cooperation"
//   wgMeetingRef = "the" nth "meeting" "of the Working Group" [ "of Government Experts" ] "on" groupName [ held ]
//               | "the" nth { "," nth } [ "," ] ( "and" | "or" ) nth ( "meetings" | "meeting" ) "of the Working Group" … → one per meeting
//                                  "the eighth and ninth meetings of the Working Group on International Cooperation"
//                                  (and in parser.ts: "the Working Group on …, at its eighth and ninth meetings")
//                                  "the eighth meeting of the Working Group on International Cooperation"
//               | "of the" otherSubsidiary                                           → unknown body
//   meetingRef  = "the meeting of the Working Group" [ "of Government Experts" ] "on" groupName held
//                                  "the meeting of the Working Group on Technical Assistance held in Vienna from 1 to 2 October 2009"
//   subsidiary  = "Working Group on" ( "Trafficking in Persons" | "the Smuggling of Migrants" | "Firearms" )
//               | "Implementation Review Group" | "Working Group of Government Experts on Technical Assistance"…
//   nth         = ORDINAL | NUM ( "st" | "nd" | "rd" | "th" ) ;   copTag = "(" "COP" NUM ")"
//   held        = ( [ "," | DASH ] heldVerb [ "in" VENUE ] | [ "," | DASH ] ) ( "from" D [ MONTH ] "to" D MONTH YEAR | "on" D { ( "," | "and" ) D } MONTH YEAR )
//                 (without "held", "from" or "on" only: ", in October 2016" may be prose)
//               | "(" VENUE "," D [ MONTH ] DASH D MONTH YEAR ")"
//   heldVerb    = "held" | "was held" | "convened" | "was convened" | "took place" | "taking place"
//               | ( "which" | "that" ) ( "was held" | "had been held" | "was convened" | "took place" | "met" | "convened" )
//                 (other wordings with a date, "scheduled from …", "to be held in 2019", "which will
//                 take place on …": unread, `heldAfterList`)
//
// Near-misses left as plain text: "the eighth session" (no body, no "its"), "the fifth session
// of the General Assembly", "training sessions", "the eighth meeting of the Conference" (the
// Conference holds sessions), "the eighth meeting" (no body), "the fourth and fifth sessions"
// (no body), "its fourth and fourth sessions". "its seventy-first session" is read as "its 71st
// session" is: whose session it is, the attribution pass decides.
// "its" is the draft's body here too: the attribution pass decides whose session it is.

import { fullMonthNames, listedDaysOf, MONTH_ABBREVIATION, MONTHS, parseDateSpan } from '../model/text';
import type { GroupKey } from '../model/types';
import type { HeldAt, HeldDate, Reference, Span, UnreadSpan } from './reference';
import { isSpaceCode, type Tokens } from './tokens';
import { NOT_PLACES, ORDINAL_SHAPES, TENS, UNIT_ORDINALS, ordinalWordValue } from './vocabulary';
import { groupNameMeant, NAME_JOINERS, NAME_WORDS_MAX, OTHER_BODIES } from './groupNames';

/** What these rules read of the parser: its tokens (parser.ts imports this module, not the reverse). */
export interface Parser {
  readonly tokens: Tokens;
  /** The references read so far in the block. */
  readonly refs: readonly Reference[];
}

interface Attempt {
  ref: Reference;
  next: number;
  more?: Reference[];
}

const SUFFIXES = ['st', 'nd', 'rd', 'th'];
/**
 * How many sessions one plural may list ("its fourth, fifth, …, and ninth sessions"): more than
 * the Conference has held. With "its", an ordinal of two tokens ("11th") and a joiner of two
 * (", and") each, `SESSIONS_REACH` tokens before "sessions" cover the longest list.
 */
export const MAX_SESSIONS_LISTED = 12;
export const SESSIONS_REACH = 1 + MAX_SESSIONS_LISTED * 4;
/** How far "held …" after two sessions is marked unread when it is not a date the rules read. */
const HELD_TAIL_MAX = 16;
export const CONFERENCE_TAIL = ['to', 'the', 'united', 'nations', 'convention', 'against', 'transnational', 'organized', 'crime'];


// Full names first: "October" is never read as "Oct" and a word after it.
// In capitals too ("27 and 28 OCTOBER 2015": the days were read as the meeting's recommendations, two false errors).
const MONTH = `(?:${MONTHS.join('|')}|${MONTHS.map((m) => m.toUpperCase()).join('|')}|${MONTH_ABBREVIATION})`;
/** A line that opens with a list bullet, inside what a held-at pattern matched. */
const LIST_ITEM_INSIDE = /[\n\r][ \t]*[*_+-][ \t]/;
const MONTH_IN_CAPITALS = new RegExp(`\\b(?:${MONTHS.map((m) => m.toUpperCase()).join('|')})\\b`, 'g');
const VENUE = String.raw`([A-Z][\p{L}'-]+(?: [A-Z][\p{L}'-]+)?)`;
const DAY = String.raw`\d{1,2}`;
// "held in Vienna from 17 to 21 October 2016", ", held on 27 and 28 October 2015", "held in October 2016"
// ", held in Vienna from 17 to 21 October 2016", ", held on 27 and 28 October 2015", "held in October
// 2016", and with no "held": ", on 8 and 9 October 2014", "from 9 to 13 October 2017", ", in Vienna on
// 8 October 2014", "in October 2016" (a date after the meeting that no rule read passed a wrong date
// as ok). Groups: 1 "," or a dash, 2 "held" (or another wording of HELD_VERB), 3 venue, then 4/5 "from" dates, 6/7 "on" dates, 8/9 "in" month.
const NOT_MONTH = `(?!${MONTH}\\b)`;
// A space between the words of a held phrase: any space the editor shows as one, and a line
// break (a hard-wrapped draft: "held on 8 and 9⏎October 2014" was no reference at all).
// One character class, not an alternation: these patterns run after every meeting and session.
// A block holds no blank line, so a run of spaces and line breaks is at most one line break.
// Markdown's emphasis marks too, as the tokenizer reads through them ("at its *eighth session* in
// November 2016", "in *Geneva*": each date or place was dropped, and ok).
const SP = String.raw`[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000\r\n*_]`;
// The wordings of "held" that say when a session or meeting took place, read alike (each was
// prose, and a wrong date after it ok): "held", "which was held", "that was held", "which had
// been held", "was held", "convened", "which was convened", "which took place", "that took
// place", "took place", "taking place", "which met", "which convened". Others that carry a date
// ("scheduled from", "to be held on", "which will take place in"), future or doubtful, are
// unread (`holdingLead`), never dropped.
const HELD_VERB = String.raw`(?:(?:which|that)${SP}+(?:(?:was|had${SP}+been)${SP}+(?:held|convened)|took${SP}+place|met|convened)|(?:was${SP}+)?(?:held|convened)|took${SP}+place|taking${SP}+place)`;
const READ_HELD_VERB = new RegExp(String.raw`^${HELD_VERB}$`);
// A comma, or a dash that opens an aside ("– held from 15 to 19 October 2017 –"): an en or em
// dash, or a hyphen with a space after it.
const OPENING = String.raw`(,|[\u2013\u2014]|-{1,2}(?=${SP}))`;
// "held, as scheduled, from …", "held, exceptionally, on …": an aside between "held" and the dates
// (the dates were dropped, and a wrong one ok).
const HELD_ASIDE = String.raw`(?:${SP}*,${SP}*(?:as${SP}+(?:scheduled|planned|agreed|foreseen|mandated)|exceptionally|again|also|once${SP}+again|for${SP}+the${SP}+first${SP}+time)${SP}*,)?`;
const HELD_RE = new RegExp(
  // "held in Vienna, from …", "held in Vienna, Austria, from …": the comma and the country after the place too (the dates were dropped, ok).
  String.raw`${SP}*${OPENING}?${SP}*(${HELD_VERB}${HELD_ASIDE}${SP}+)?(?:in${SP}+${NOT_MONTH}${VENUE}(?:${SP}*,${SP}*${NOT_MONTH}[A-Z][\p{L}'-]+)?${SP}*,?${SP}+)?` +
    // An emphasis mark may open the dates ("held *from 17 to 21 October 2016*", "… and *from 19 to 21 October 2016*").
    String.raw`(?:[*_]{1,2})?(?:(from)${SP}+(${DAY}(?:${SP}+${MONTH})?${SP}+to${SP}+${DAY}${SP}+${MONTH}${SP}+\d{4}(?!\d))` +
    String.raw`|(on)${SP}+(${DAY}(?:(?:,${SP}*${DAY})*${SP}+and${SP}+${DAY})?${SP}+${MONTH}${SP}+\d{4}(?!\d))` +
    String.raw`|(in)${SP}+(${MONTH}${SP}+\d{4}(?!\d)|(?:19|20)\d{2}(?![\d/])))` +
    // "held from 15 to 19 October 2018 in Geneva": the place after the dates (group 10; it was prose, and ok).
    String.raw`(?:${SP}*,?${SP}*in${SP}+${NOT_MONTH}${VENUE})?`,
  'uyd',
);
// "8–17 October 2008", "8 October 2008": the dates as a heading or a parenthesis gives them.
const HEADING_DATES = String.raw`${DAY}(?:${SP}+${MONTH})?${SP}*[-–—]${SP}*${DAY}${SP}+${MONTH}${SP}+\d{4}(?!\d)|${DAY}${SP}+${MONTH}${SP}+\d{4}(?!\d)`;
// ", Geneva, 15–19 October 2018": the place and the dates after a comma, as a heading gives them.
const COMMA_VENUE_RE = new RegExp(String.raw`${SP}*,${SP}*${NOT_MONTH}${VENUE},${SP}*(${HEADING_DATES})`, 'uyd');
// ", held in Geneva" with no date: the venue alone, checked (or said to be unchecked), never dropped.
const HELD_VENUE_RE = new RegExp(String.raw`${SP}*(?:,|[\u2013\u2014]|-{1,2}(?=${SP}))?${SP}*${HELD_VERB}${SP}+in${SP}+${NOT_MONTH}${VENUE}`, 'uyd');
// ", held 17–21 October 2016", "held from 9–13 October 2017", "held in Vienna 8–17 October 2008": the
// dates as a heading gives them after a wording of "held" (they were unread, a warning on correct text);
// "from" only before a range ("held from 31 February 2013" stays unread).
// Groups: 1 "," or a dash, 2 "held", 3 venue, 4 the dates.
const HELD_DASH_RE = new RegExp(String.raw`${SP}*${OPENING}?${SP}*(${HELD_VERB}${SP}+)(?:in${SP}+${NOT_MONTH}${VENUE}${SP}+)?(?:from${SP}+(?=${DAY}(?:${SP}+${MONTH})?${SP}*[-–—]))?(${HEADING_DATES})`, 'uyd');
/** What opens dates right after a place: a comma or a country, a word of dates, a figure, a month, a parenthesis. */
const DATE_AFTER_PLACE = new RegExp(String.raw`^${SP}*(?:,${SP}*)?(?:[A-Z][\p{L}'-]+${SP}*,${SP}*)?(?:(?:from|on|between|during|in|over)${SP}+(?:the${SP}+period${SP}+)?)?(?:\(|\d|${MONTH}\b)`, 'u');
// ", 27 and 28 October 2015", ", 15–19 October 2018": the dates alone after a comma, where the clause
// ends (the days were read as the meeting's recommendations, and the month and year dropped).
// Group 1 (no place) is empty, group 2 the dates, as COMMA_VENUE_RE's.
const COMMA_DATES_RE = new RegExp(String.raw`${SP}*,${SP}*()(${DAY}(?:(?:,${SP}*${DAY})*${SP}+and${SP}+${DAY})${SP}+${MONTH}${SP}+\d{4}(?!\d)|${HEADING_DATES})(?=${SP}*(?:[,.;:)]|$))`, 'uyd');
// "at its ninth session in Geneva", "… (Geneva)": the place with no wording of "held" and no date,
// where the clause ends there (it was prose, and a wrong place ok).
// A place's name here is a capital and lower-case letters ("Geneva", "New York"): no acronym
// ("(UNTOC)", "(COP)"), and none of the words a session is said to be "in" that are no places
// (`NOT_PLACES`: "in English", "in Plenary", "(Resumed)").
const PROPER_VENUE = String.raw`([A-Z]\p{Ll}[\p{Ll}'-]*(?: [A-Z]\p{Ll}[\p{Ll}'-]*)?)`;
const IN_VENUE_RE = new RegExp(String.raw`${SP}+in${SP}+${NOT_MONTH}${PROPER_VENUE}(?=${SP}*(?:[,.;:)]|$))`, 'uyd');
const PAREN_VENUE_RE = new RegExp(String.raw`${SP}*\(${SP}*${NOT_MONTH}${PROPER_VENUE}${SP}*\)`, 'uyd');
// "(Vienna, 8–17 October 2008)"
// "(Vienna, 8–17 October 2008)", and the dates or the year alone: "(8–17 October 2008)", "(2008)".
const PAREN_RE = new RegExp(String.raw`${SP}*\(${SP}*(?:${VENUE},${SP}*)?(${HEADING_DATES}|(?:19|20)\d{2})${SP}*\)`, 'uyd');

function ordinalAt(parser: Parser, k: number): { n: number; next: number } | undefined {
  const tokens = parser.tokens;
  const ty = tokens.type(k);
  if (ty === undefined) return undefined;
  // Only a word can be an ordinal word; most are rejected by length and first letter. Words
  // run to 99 as numbers do ("ninety-ninth", "ninety ninth" as "99th"): the resolver says a
  // meeting or session is not among the indexed ones, never the grammar by reading nothing.
  if (ty === 'word' && tokens.hasShape(k, ORDINAL_SHAPES)) {
    const v = tokens.value(k)!;
    const one = ordinalWordValue(v);
    if (one !== undefined) return { n: one, next: k + 1 };
    const tens = TENS.indexOf(v);
    if (tens >= 0 && tokens.type(k + 1) === 'word') {
      const u = UNIT_ORDINALS.indexOf(tokens.value(k + 1)!);
      if (u >= 0 && u < 9) return { n: (tens + 2) * 10 + u + 1, next: k + 2 };
    }
    // "twenty–first": the hyphen autocorrected to a dash, written tight (nothing was read, and a
    // session the dataset does not describe passed in silence).
    if (tens >= 0 && tokens.type(k + 1) === 'dash' && tokens.start(k + 1) === tokens.end(k) && tokens.type(k + 2) === 'word' && tokens.start(k + 2) === tokens.end(k + 1)) {
      const u = UNIT_ORDINALS.indexOf(tokens.value(k + 2)!);
      if (u >= 0 && u < 9) return { n: (tens + 2) * 10 + u + 1, next: k + 3 };
    }
  }
  // "11th": a number and its suffix, written tight.
  if (tokens.type(k) === 'num' && tokens.type(k + 1) === 'word' && SUFFIXES.includes(tokens.value(k + 1)!) && tokens.end(k) === tokens.start(k + 1)) {
    return { n: Number(tokens.value(k)), next: k + 2 };
  }
  return undefined;
}

function span(parser: Parser, a: number, b: number): Span {
  return { start: parser.tokens.start(a), end: parser.tokens.end(b) };
}

function wordsAt(parser: Parser, k: number, ws: readonly string[]): boolean {
  for (let o = 0; o < ws.length; o++) if (!parser.tokens.isWord(k + o, ws[o])) return false;
  return true;
}

/**
 * "Working Group [of Government Experts] on International Cooperation" at `k` ("working"); a
 * body the dataset does not hold (`other`: its name); or a capitalised name after "Working Group
 * on" that is none of them (`other` as written, `unknown`: the resolver says which was meant).
 */
export function groupAt(parser: Parser, k: number): { group?: GroupKey; other?: string; unknown?: true; next: number } | undefined {
  for (const b of OTHER_BODIES) if (wordsAt(parser, k, b.words)) return { other: b.name, next: k + b.words.length };
  const abbreviated = parser.tokens.isRaw(k, 'WG');
  if (!abbreviated && !wordsAt(parser, k, ['working', 'group'])) return undefined;
  let j = abbreviated ? k + 1 : k + 2;
  if (wordsAt(parser, j, ['of', 'government', 'experts'])) j += 3;
  if (!parser.tokens.isWord(j, 'on')) return undefined;
  if (wordsAt(parser, j + 1, ['international', 'cooperation'])) return { group: 'IC', next: j + 3 };
  if (wordsAt(parser, j + 1, ['technical', 'assistance'])) return { group: 'TA', next: j + 3 };
  const end = nameEnd(parser, j + 1);
  if (abbreviated || end === undefined) return undefined;
  const tokens = parser.tokens;
  return { other: tokens.text.slice(tokens.start(k), tokens.end(end)), unknown: true, next: end + 1 };
}

/** The last token of a name of capitalised words from `k` ("Internacional Cooperation", "the Smugling of Migrants"). */
function nameEnd(parser: Parser, k: number): number | undefined {
  const tokens = parser.tokens;
  const capitalised = (x: number): boolean => tokens.type(x) === 'word' && isCapital(tokens.text.charCodeAt(tokens.start(x)));
  const joiner = (x: number): boolean => tokens.type(x) === 'word' && !capitalised(x) && NAME_JOINERS.includes(tokens.value(x)!);
  let x = tokens.isWord(k, 'the') && capitalised(k + 1) ? k + 1 : k;
  if (!capitalised(x)) return undefined;
  let last = x;
  for (let words = 1; words < NAME_WORDS_MAX; words++) {
    x = last + 1;
    while (joiner(x) && x < last + 3) x++;
    if (!capitalised(x)) break;
    last = x;
  }
  return last;
}

const isCapital = (c: number): boolean => c >= 65 && c <= 90;


/** When and where, after a session or meeting: `k` is the first token after it. */
export function heldAt(parser: Parser, k: number): { held: HeldAt; next: number } | undefined {
  if (!parser.tokens.has(k - 1)) return undefined;
  const text = parser.tokens.text;
  const from = parser.tokens.end(k - 1);
  // Both patterns need ",", "held" or "(" after the spaces: most references are followed by
  // something else, and the patterns (with match indices) are not run for them.
  let q = from;
  while (q < text.length && isSpaceCode(text.charCodeAt(q))) q++;
  // One line break, as the patterns read it.
  if (text.charCodeAt(q) === 13 && text.charCodeAt(q + 1) === 10) q += 2;
  else if (text.charCodeAt(q) === 10 || text.charCodeAt(q) === 13) q++;
  while (q < text.length && isSpaceCode(text.charCodeAt(q))) q++;
  const c = text.charCodeAt(q);
  // ",", "held", "(", and "on"/"from"/"in" with no comma ("at its fifth meeting on 8 October 2014");
  // a dash, and the other wordings of "held" ("which", "that", "was", "took", "taking", "convened").
  // An emphasis mark too ("*from 19 to 21 October 2016*").
  if (c !== 44 && c !== 104 && c !== 40 && c !== 111 && c !== 102 && c !== 105 && c !== 0x2013 && c !== 0x2014 && c !== 45 && c !== 119 && c !== 116 && c !== 99 && c !== 42 && c !== 95) return undefined;
  for (const re of [HELD_RE, PAREN_RE, COMMA_VENUE_RE, COMMA_DATES_RE, HELD_DASH_RE, HELD_VENUE_RE, IN_VENUE_RE, PAREN_VENUE_RE]) {
    re.lastIndex = from;
    const m = re.exec(text);
    if (!m || !m.indices) continue;
    // A list item on the next line ("…,⏎* in 2015 the Conference decided") is no emphasis: not the session's.
    if (LIST_ITEM_INSIDE.test(m[0])) continue;
    const end = from + m[0].length;
    if (end > parser.tokens.to) continue;
    // The place alone, with dates after it in a form no pattern reads ("held in Vienna from 15
    // October 2017 to 19 October 2017", "… between 15 and 19 October 2017", "… from 150 to 19
    // October"): not read here, so the wording of "held" is said unread with them (the place was
    // checked and the dates dropped, ok).
    if ((re === HELD_VENUE_RE || re === IN_VENUE_RE) && DATE_AFTER_PLACE.test(text.slice(end, end + 40))) return undefined;
    if ((re === IN_VENUE_RE || re === PAREN_VENUE_RE) && m[1].split(' ').some((w) => NOT_PLACES.has(w.toLowerCase()))) continue;
    const held: HeldAt = {};
    const v = re === HELD_RE ? (m[3] ? 3 : 10) : re === HELD_DASH_RE ? 3 : 1;
    const dashed = re === HELD_DASH_RE;
    const paren = re === PAREN_RE || re === COMMA_VENUE_RE || re === COMMA_DATES_RE;
    const venueIx = m.indices[v];
    if (m[v] && venueIx) held.venue = { text: m[v], span: { start: venueIx[0], end: venueIx[1] } };
    const g = re === HELD_RE ? [4, 6, 8].find((x) => m[x]) : undefined;
    const dateText = re === HELD_RE ? (g ? m[g + 1] : undefined) : paren ? m[2] : dashed ? m[4] : undefined;
    const dateIx = re === HELD_RE ? (g ? m.indices[g + 1] : undefined) : paren ? m.indices[2] : dashed ? m.indices[4] : undefined;
    if (dateText && dateIx) {
      // A year alone ("in 2015", "(2015)") is checked as the year of the dates, like a month.
      const yearOnly = /^\d{4}$/.test(dateText);
      const form = yearOnly ? 'in' : paren || dashed ? 'paren' : (m[g!] as 'from' | 'on' | 'in');
      const spanStart = paren || dashed ? dateIx[0] : m.indices[g!]![0];
      // "17-21 October 2016" with a hyphen is the range "17–21 October 2016"; "Oct." is October.
      // Emphasis marks are spacing to the patterns, never part of the date ("17 to 21 *October* 2016" was an invalid date).
      const plain = fullMonthNames(dateText.replace(/[*_]+/g, ' ').replace(/\s+/g, ' ').trim().replace(MONTH_IN_CAPITALS, (m) => m[0] + m.slice(1).toLowerCase()));
      const parsed = form === 'in' ? { start: undefined, end: undefined } : parseDateSpan(plain.replace(/(\d)[ ]*[-‐‑−][ ]*(\d)/g, '$1–$2'));
      held.date = { text: dateText.replace(/[*_]+/g, ' ').replace(/\s+/g, ' ').trim(), start: parsed.start, end: parsed.end, span: { start: spanStart, end: dateIx[1] }, form };
      // With no "held", a day of it ("at its ninth session, 16 October 2018") as much as its dates.
      if ((re === HELD_RE && !m[2]) || re === COMMA_DATES_RE) held.date.within = true;
      const listed = listedDaysOf(plain);
      if (listed && parsed.start) held.date.listedDays = listed;
      if (dashed) held.date.afterHeld = true;
      if (form === 'in') {
        // "in October 2016": the month and year only; checked as a month ("in 2016": as a year).
        const mm = new RegExp(`(${MONTHS.join('|')})\\s+(\\d{4})`).exec(plain);
        if (mm) held.date.start = `${mm[2]}-${String(MONTHS.indexOf(mm[1]) + 1).padStart(2, '0')}`;
        else if (yearOnly) held.date.start = dateText;
      }
    }
    return { held, next: parser.tokens.indexAt(end, k) };
  }
  return undefined;
}

function blank(kind: Reference['kind'], s: Span): Reference {
  return { kind, span: { ...s }, instruments: [], items: [] };
}

/** "the Working Group [on …] met during" just before `i`: whose meeting must fall in the session. */
// Also "held during", "which was held during", "took place during", "met in Vienna during" (each
// was prose, and a session at which no meeting was held ok).
function metBefore(parser: Parser, i: number): { group?: GroupKey; span: Span } | undefined {
  const t = parser.tokens;
  if (!t.isWord(i - 1, 'during')) return undefined;
  let v = i - 2;
  // "met in Vienna during": the place between the verb and "during".
  const capital = (x: number): boolean => t.type(x) === 'word' && /^[A-Z]/.test(t.raw(x)!);
  if (capital(v) && t.isWord(v - 1, 'in')) v -= 2;
  else if (capital(v) && capital(v - 1) && t.isWord(v - 2, 'in')) v -= 3;
  const met = t.isWord(v, 'met');
  if (!(met || t.isWord(v, 'held') || t.isWord(v, 'convened') || (t.isWord(v, 'place') && t.isWord(v - 1, 'took')))) return undefined;
  for (let k = v - 1; k >= 0 && k >= v - 8; k--) {
    if (parser.tokens.isWord(k, 'working')) {
      // "held during" says the group met only where the group (or its meeting) is what was held:
      // not "the special event of the Working Group … held during", "the briefing to the Working Group, held during".
      if (!met && !groupIsHead(t, k)) return undefined;
      const g = groupAt(parser, k);
      // A body the dataset does not hold ("the Working Group on Firearms … met during"): nothing to check.
      if (g?.other) return undefined;
      return { group: g?.group, span: span(parser, k, i - 1) };
    }
  }
  return undefined;
}

/** Whether "the Working Group" at `k` heads its phrase, or is named after "the meeting(s) of" ("the special event of the Working Group" is an event). */
function groupIsHead(t: Parser['tokens'], k: number): boolean {
  const w = t.isWord(k - 1, 'the') ? k - 2 : k - 1;
  if (!(t.isWord(w, 'of') || t.isWord(w, 'to') || t.isWord(w, 'for') || t.isWord(w, 'by') || t.isWord(w, 'with'))) return true;
  return t.isWord(w, 'of') && (t.isWord(w - 1, 'meeting') || t.isWord(w - 1, 'meetings'));
}

/**
 * "the Working Group at its tenth meeting", "the Working Group on Trafficking in Persons, at its
 * third meeting": a Working Group right before "its … meeting", named or not. Without one,
 * "its … meeting" is a plenary meeting of a session ("at its 5th meeting, the Conference …"),
 * which no document here numbers.
 */
// The name is any capitalised one ("Working Group on Internacional Cooperation"): the resolver
// says which group a slip meant, or that the group is not one the checker knows.
const WORKING_GROUP_BEFORE_RE = /\bWorking[ \u00a0]+Group(?:[ \u00a0]+of[ \u00a0]+Government[ \u00a0]+Experts)?(?:[ \u00a0]+on[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w-]*(?:[ \u00a0]+(?:(?:of|and|the|in|for|on|against)[ \u00a0]+){0,2}[A-Z][\w-]*){0,7})?[*_]*,?[\s*_]*(?:(?:at|in|during|on)[\s*_]+)?$/;
/** Characters looked back for it: the longest group name with "of Government Experts" and ", at". */
const WORKING_GROUP_LOOKBACK = 140;

// Words before an ordinal that make "… eighth session of the Conference" part of another phrase
// ("the", "its": their own rule reads it; "and": a list of ordinals), so not read without an article.
const NOT_BEFORE_BARE_ORDINAL = new Set(['the', 'its', 'this', 'that', 'these', 'those', 'their', 'a', 'an', 'and', 'or', 'nor', 'each', 'every', 'any', 'no', 'whose', 'which', 'his', 'her', 'our', 'same', 'said', 'to']);

/** Characters looked back for a line's start and its label ("VIII. ", "12. "). */
const HEADING_LABEL_LOOKBACK = 16;
const HEADING_LINE_RE = /[\n\r][ \t]*(?:(?:[IVXLC]+|\d+)\.[ \t]*)?$/;
const HEADING_START_RE = /(?:^|[\n\r])[ \t]*(?:(?:[IVXLC]+|\d+)\.[ \t]*)?$/;

/**
 * "eighth session of the Conference, held in Paris", without an article, as "Insert Citation…"
 * writes it: from "session" at `i`, an ordinal right before it and "of the Conference" after it
 * (it was not read, and the sentence got no check). Only where nothing before the ordinal makes
 * it another phrase's: no article or possessive ("the eighth session …" is `sessionRef`'s), nor a
 * list ("eighth and ninth session …"); and only an ordinal no reference before has read.
 */
export function bareSessionRef(parser: Parser, i: number): Attempt | undefined {
  const tokens = parser.tokens;
  if (!tokens.isWord(i, 'session') || !wordsAt(parser, i + 1, ['of', 'the', 'conference'])) return undefined;
  // "twenty fifth", "8th" (two tokens) before "eighth" (one).
  let s = -1;
  let ord: { n: number; next: number } | undefined;
  if (i >= 2 && (ord = ordinalAt(parser, i - 2))?.next === i) s = i - 2;
  else if (i >= 1 && (ord = ordinalAt(parser, i - 1))?.next === i) s = i - 1;
  if (s < 0 || !ord) return undefined;
  if (s > 0) {
    const p = s - 1;
    if (tokens.type(p) === 'word' && NOT_BEFORE_BARE_ORDINAL.has(tokens.value(p)!.toLowerCase())) return undefined;
    // "ninth, eighth session of the Conference": a list whose first ordinal stands before the comma.
    if (tokens.isPunct(p, ',') && ((p >= 1 && ordinalAt(parser, p - 1)?.next === p) || (p >= 2 && ordinalAt(parser, p - 2)?.next === p))) return undefined;
    if (tokens.type(p) === 'dash' || tokens.type(p) === 'num') return undefined;
  }
  // "VIII. Eighth session of the Conference of the Parties, 17 to 21 October 2016": a heading,
  // which the sources print without an article, is no citation.
  const from = Math.max(0, tokens.start(s) - HEADING_LABEL_LOOKBACK);
  if ((from === 0 ? HEADING_START_RE : HEADING_LINE_RE).test(tokens.text.slice(from, tokens.start(s)))) return undefined;
  const last = parser.refs[parser.refs.length - 1];
  if (last && last.span.end > tokens.start(s)) return undefined;
  let k = i + 4;
  if (wordsAt(parser, k, ['of', 'the', 'parties'])) {
    k += 3;
    if (wordsAt(parser, k, CONFERENCE_TAIL)) k += CONFERENCE_TAIL.length;
  } else if (wordsAt(parser, k, ['of', 'the', 'states', 'parties'])) return undefined; // another Conference's session
  const ref = blank('session', span(parser, s, k - 1));
  ref.session = { number: ord.n, span: span(parser, s, i) };
  const met = metBefore(parser, s);
  if (met) ref.session.metBy = met;
  return { ref, next: heldAfterSession(parser, ref, copAfter(parser, ref, k)) };
}

/** "(COP11)" after a session at `k`: read onto `ref.session`; the token after it (or `k`). */
function copAfter(parser: Parser, ref: Reference, k: number): number {
  const tokens = parser.tokens;
  // ", COP9," where the clause ends, as after an instrument ("at its eighth session, COP9, …": the
  // two named sessions were both taken, and ok).
  // Not in a list of sessions ("at its seventh session, COP8, and COP9": the others are named).
  const listed = tokens.isPunct(k + 3, ',') && (tokens.isRaw(k + 4, 'COP') || ((tokens.isWord(k + 4, 'and') || tokens.isWord(k + 4, 'or')) && tokens.isRaw(k + 5, 'COP')));
  if (tokens.isPunct(k, ',') && tokens.isRaw(k + 1, 'COP') && tokens.type(k + 2) === 'num' && !listed && (!tokens.has(k + 3) || tokens.isPunct(k + 3, ',') || tokens.isPunct(k + 3, ';') || tokens.isPunct(k + 3, '.') || tokens.isPunct(k + 3, ')') || tokens.isPunct(k + 3, ':'))) {
    ref.session!.cop = { number: Number(tokens.value(k + 2)), span: span(parser, k + 1, k + 2) };
    ref.span.end = tokens.end(k + 2);
    return k + 3;
  }
  if (!(tokens.isPunct(k, '(') && tokens.isRaw(k + 1, 'COP') && tokens.type(k + 2) === 'num' && tokens.isPunct(k + 3, ')'))) return k;
  ref.session!.cop = { number: Number(tokens.value(k + 2)), span: span(parser, k + 1, k + 2) };
  ref.span.end = tokens.end(k + 3);
  return k + 4;
}

/** "its eighth session …", "the fifth session of the Conference …", "the eleventh session of the Working Group on …". */
export function sessionRef(parser: Parser, i: number): Attempt | undefined {
  const tokens = parser.tokens;
  const its = tokens.isWord(i, 'its');
  if (!its && !tokens.isWord(i, 'the')) return undefined;
  if (!its && tokens.isWord(i + 1, 'meeting')) return meetingByDate(parser, i);
  // "the October 2017 meeting of …": decided on the word after "the" first (a year or a month),
  // so that every other "the" reads no further (looking two and three words ahead cost the scan).
  if (!its && (tokens.type(i + 1) === 'num' || (tokens.type(i + 1) === 'word' && MONTH_WORDS.has(tokens.value(i + 1)!)))) {
    const dated = meetingDatedBefore(parser, i);
    if (dated) return dated;
  }
  const ord = ordinalAt(parser, i + 1);
  if (!ord) return undefined;
  if (tokens.isWord(ord.next, 'and') || tokens.isWord(ord.next, 'or') || tokens.isPunct(ord.next, ',')) return sessionList(parser, i, its);
  // "the eighth meeting of the Working Group on …": a Working Group's meeting by its number; the
  // Conference holds sessions, so "meeting" reads only with a Working Group after it.
  const meeting = tokens.isWord(ord.next, 'meeting');
  // "the eighth COP", "the 8th COP": the Conference's session by its ordinal.
  // Not "the 2nd COP-8 side event" (COP with its number), nor another convention's ("the 21st COP of the UNFCCC").
  const cop = !its && tokens.isRaw(ord.next, 'COP') && !(tokens.start(ord.next + 1) === tokens.end(ord.next) && tokens.has(ord.next + 1) && tokens.type(ord.next + 1) !== 'punct') && !anotherConferenceAfter(parser, ord.next + 1);
  if (!meeting && !cop && !tokens.isWord(ord.next, 'session')) return undefined;
  const n = ord.n;
  let k = ord.next + 1;
  const ordSpan = span(parser, i + 1, ord.next);
  if (cop) {
    // Nothing more names it.
  } else if (tokens.isWord(k, 'of') && tokens.isWord(k + 1, 'the') && tokens.isRaw(k + 2, 'COP')) {
    // "the eighth session of the COP"
    if (meeting || anotherConferenceAfter(parser, k + 3)) return undefined;
    k += 3;
  } else if (tokens.isWord(k, 'of') && tokens.isWord(k + 1, 'the')) {
    if (tokens.isWord(k + 2, 'conference')) {
      if (meeting) return undefined;
      k += 3;
      if (wordsAt(parser, k, ['of', 'the', 'parties'])) {
        k += 3;
        // Our Convention's name, with "and the Protocols thereto" (the dates after that were dropped, and ok).
        const ours = ourConventionAfter(parser, k);
        if (ours !== undefined) k = ours;
        // "… of the Conference of the Parties to the United Nations Convention against Corruption":
        // another Conference's session (it was read as ours, and its dates never looked at).
        else if (anotherConferenceAfter(parser, k)) return undefined;
      } else if (wordsAt(parser, k, ['of', 'the', 'states', 'parties'])) return undefined; // another Conference's session
    } else if (meeting && tokens.isRaw(k + 2, 'Working') && tokens.isRaw(k + 3, 'Group') && !tokens.isWord(k + 4, 'on') && !tokens.isWord(k + 4, 'of') && !groupAt(parser, k + 2)) {
      // "the fifth meeting of the Working Group", its name not given: whose it is is decided as
      // for "the Working Group at its fifth meeting" (the group named before it, else ambiguous).
      k += 4;
    } else {
      const g = groupAt(parser, k + 2);
      if (!g) return undefined;
      const s = span(parser, i, g.next - 1);
      if (g.other) {
        const ref = blank('subsidiary', s);
        ref.subsidiary = { name: g.other, span: span(parser, k + 2, g.next - 1), meeting: n };
        return { ref, next: g.next };
      }
      const ref = blank('wg', s);
      ref.wg = { group: g.group!, meeting: n, span: ordSpan };
      const h = heldAt(parser, g.next);
      if (h) {
        ref.wg.held = h.held;
        ref.span.end = tokens.end(h.next - 1);
        return { ref, next: h.next };
      }
      // "…, scheduled from 9 to 13 October 2017", "…, held on 31 February 2018": a date in a
      // wording the patterns do not read is unread, never dropped (the meeting was ok).
      return { ref, next: heldAfterList(parser, ref, g.next, { dated: true, one: true }) };
    }
  } else if (!its || (meeting && !WORKING_GROUP_BEFORE_RE.test(tokens.text.slice(Math.max(0, tokens.start(i) - WORKING_GROUP_LOOKBACK), tokens.start(i))))) return undefined;
  const ref = blank('session', span(parser, i, k - 1));
  ref.session = { number: n, span: ordSpan };
  if (meeting) ref.session.meeting = true;
  const met = metBefore(parser, i);
  if (met) ref.session.metBy = met;
  return { ref, next: heldAfterSession(parser, ref, copAfter(parser, ref, k)) };
}

/**
 * "at its fourth and fifth sessions", "its 11th and 12th sessions", "its tenth, eleventh and
 * twelfth sessions", "the eighth and ninth sessions of the Conference": several sessions, each a
 * reference of its own on its own words ("its fourth", "fifth sessions"), the later ones taking
 * the body decided for the first. At most MAX_SESSIONS_LISTED, all different; the candidate scan
 * starts `SESSIONS_REACH` tokens back from "sessions" (parser.ts, OPENERS), as far as "its".
 * No dates or venue: a "held" after them cannot be checked against one session; it is marked
 * unread on the last, which carries the whole list's words for the message.
 */
/**
 * "fourth and fifth", "tenth, eleventh or twelfth", "11th and 12th": two or more different
 * ordinals joined by commas and a last "and" or "or"; `noun` is the token after them.
 */
/** `repeats`: an ordinal may come twice ("adopted at its eighth and eighth sessions, respectively": a claim, each instrument's, read and checked). */
export function ordinalList(parser: Parser, at: number, repeats = false): { ords: { n: number; at: number; next: number }[]; noun: number } | undefined {
  const tokens = parser.tokens;
  const first = ordinalAt(parser, at);
  if (!first) return undefined;
  const ords: { n: number; at: number; next: number }[] = [{ n: first.n, at, next: first.next }];
  let k = first.next;
  for (;;) {
    let q = k;
    if (tokens.isPunct(q, ',')) q++;
    const last = tokens.isWord(q, 'and') || tokens.isWord(q, 'or');
    if (last) q++;
    if (q === k) break;
    const o = ordinalAt(parser, q);
    if (!o || ords.length === MAX_SESSIONS_LISTED) return undefined;
    ords.push({ n: o.n, at: q, next: o.next });
    k = o.next;
    if (last) break;
  }
  if (ords.length < 2 || (!repeats && new Set(ords.map((o) => o.n)).size !== ords.length)) return undefined;
  return { ords, noun: k };
}

/** One reference per ordinal of a list: the first from `i`, the last to `end`; the later ones take the first's body. */
function listRefs(parser: Parser, i: number, ords: { n: number; at: number; next: number }[], end: number, kind: 'session' | 'wg', group?: GroupKey): Reference[] {
  return ords.map((o, x) => {
    const r = blank(kind, span(parser, x === 0 ? i : o.at, x === ords.length - 1 ? end : o.next - 1));
    const ordSpan = span(parser, o.at, o.next - 1);
    if (kind === 'session') r.session = { number: o.n, span: ordSpan };
    else r.wg = { group: group!, meeting: o.n, span: ordSpan };
    if (x > 0) r.sameBodyAsPrevious = true;
    return r;
  });
}

/**
 * "the eighth and ninth meetings of the Working Group on International Cooperation": each
 * meeting a reference of its own (`noun` is "meetings", or "meeting" written for it).
 */
function meetingList(parser: Parser, i: number, list: { ords: { n: number; at: number; next: number }[]; noun: number }): Attempt | undefined {
  const tokens = parser.tokens;
  const k = list.noun + 1;
  if (!(tokens.isWord(k, 'of') && tokens.isWord(k + 1, 'the'))) return undefined;
  const g = groupAt(parser, k + 2);
  if (!g) return undefined;
  if (g.other) {
    const refs = list.ords.map((o, x) => {
      const r = blank('subsidiary', span(parser, x === 0 ? i : o.at, x === list.ords.length - 1 ? g.next - 1 : o.next - 1));
      r.subsidiary = { name: g.other!, span: span(parser, k + 2, g.next - 1), meeting: o.n };
      if (x > 0) r.sameBodyAsPrevious = true;
      return r;
    });
    return { ref: refs[0], next: g.next, more: refs.slice(1) };
  }
  const refs = listRefs(parser, i, list.ords, g.next - 1, 'wg', g.group);
  refs[refs.length - 1].listSpan = span(parser, i, g.next - 1);
  const held = heldAfterList(parser, refs[refs.length - 1], g.next);
  return { ref: refs[0], next: held, more: refs.slice(1) };
}

/**
 * "at its fourth and fifth sessions", "its 11th and 12th sessions", "its tenth, eleventh or
 * twelfth session(s)", "the eighth and ninth sessions of the Conference": several sessions, each a
 * reference of its own on its own words ("its fourth", "fifth sessions"), the later ones taking
 * the body decided for the first. At most MAX_SESSIONS_LISTED, all different; the candidate scan
 * starts `SESSIONS_REACH` tokens back from "session(s)" (parser.ts, OPENERS), as far as "its".
 * No dates or venue: a "held" after them cannot be checked against one session; it is marked
 * unread on the last, which carries the whole list's words for the message.
 */
function sessionList(parser: Parser, i: number, its: boolean): Attempt | undefined {
  const tokens = parser.tokens;
  const list = ordinalList(parser, i + 1);
  if (!list) return undefined;
  // "the eighth and ninth meetings of the Working Group on …"
  if (tokens.isWord(list.noun, 'meetings') || tokens.isWord(list.noun, 'meeting')) return meetingList(parser, i, list);
  const { ords } = list;
  if (!(tokens.isWord(list.noun, 'sessions') || tokens.isWord(list.noun, 'session'))) return undefined;
  let k = list.noun + 1;
  if (tokens.isWord(k, 'of') && tokens.isWord(k + 1, 'the')) {
    if (!tokens.isWord(k + 2, 'conference') || wordsAt(parser, k + 3, ['of', 'the', 'states', 'parties'])) return undefined;
    k += 3;
    if (wordsAt(parser, k, ['of', 'the', 'parties'])) {
      k += 3;
      if (wordsAt(parser, k, CONFERENCE_TAIL)) k += CONFERENCE_TAIL.length;
    }
  } else if (!its) return undefined;
  const met = metBefore(parser, i);
  const refs = listRefs(parser, i, ords, k - 1, 'session');
  if (met) for (const r of refs) r.session!.metBy = met;
  const years = respectiveYears(parser, k, refs.length);
  if (years) {
    refs.forEach((r, x) => (r.session!.held = { date: years.dates[x] }));
    const last = refs[refs.length - 1];
    last.span = { start: last.span.start, end: parser.tokens.end(years.next - 1) };
    // ", and in 2012" after them: a year no session was paired with, unread (it was dropped, and ok; found by the review); a place too.
    const more = yearAfterPaired(parser, years.next);
    if (more > 0) {
      const from = parser.tokens.isPunct(years.next, ',') ? years.next + 1 : years.next;
      last.unread = [{ start: parser.tokens.start(from), end: parser.tokens.end(more), side: 'after' }];
      last.span = { start: last.span.start, end: parser.tokens.end(more) };
      years.next = more + 1;
    }
  }
  const next = years ? years.next : heldAfterList(parser, refs[refs.length - 1], k);
  // The words of the whole list, for a message about what follows it ("its fourth and fifth sessions were checked").
  refs[refs.length - 1].listSpan = span(parser, i, k - 1);
  return { ref: refs[0], next, more: refs.slice(1) };
}

/** Whether the token at `q` is a year of four figures from 1900 to 2099 ("2016"). */
function yearToken(t: Tokens, q: number): boolean {
  return t.type(q) === 'num' && t.end(q) - t.start(q) === 4 && /^(?:19|20)\d\d$/.test(t.value(q)!);
}

/** ", and in 2012", ", and 2012", "and in 2012", ", in Vienna" at `k`, after years paired with sessions: the last token of it, or -1. */
// Also a place after them (", in Vienna": where a list of sessions was held is not checked per session;
// it was dropped, and ok, found by trying to break it).
function yearAfterPaired(parser: Parser, k: number): number {
  const t = parser.tokens;
  let q = t.isPunct(k, ',') ? k + 1 : k;
  if (t.isWord(q, 'in') && t.type(q + 1) === 'word' && /^[A-Z]/.test(t.raw(q + 1)!)) {
    q++;
    while (t.type(q + 1) === 'word' && /^[A-Z]/.test(t.raw(q + 1)!)) q++;
    return q;
  }
  if (!t.isWord(q, 'and')) return -1;
  q++;
  if (t.isWord(q, 'in')) q++;
  return yearToken(t, q) ? q : -1;
}

/**
 * "…, held in 2008 and 2010, respectively", ", in 2008, 2010 and 2012 respectively" at `k` after a
 * list of `count` sessions: one year each, in order, checked as "held in 2008" is after one (they
 * were said unread). Only years, only as many as the sessions, only with "respectively".
 */
function respectiveYears(parser: Parser, k: number, count: number): { dates: HeldDate[]; next: number } | undefined {
  const t = parser.tokens;
  let j = t.isPunct(k, ',') ? k + 1 : k;
  if (t.isWord(j, 'held')) j++;
  if (!t.isWord(j, 'in')) return undefined;
  j++;
  const dates: HeldDate[] = [];
  const year = (q: number): boolean => yearToken(t, q) && !MONTH_WORDS.has(t.value(q + 1) ?? '');
  for (;;) {
    if (!year(j) || dates.length === count) return undefined;
    const y = t.value(j)!;
    dates.push({ text: y, start: y, span: { start: t.start(j), end: t.end(j) }, form: 'in' });
    j++;
    if (t.isPunct(j, ',') && year(j + 1)) j++;
    else if (t.isWord(j, 'and') || (t.isPunct(j, ',') && t.isWord(j + 1, 'and'))) {
      j += t.isPunct(j, ',') ? 2 : 1;
      if (!year(j) || dates.length + 1 !== count) return undefined;
      const last = t.value(j)!;
      dates.push({ text: last, start: last, span: { start: t.start(j), end: t.end(j) }, form: 'in' });
      j++;
      break;
    } else return undefined;
  }
  if (t.isPunct(j, ',')) j++;
  return t.isWord(j, 'respectively') ? { dates, next: j + 1 } : undefined;
}

/**
 * Verbs of a session or meeting taking place, and the words that go with them in the wordings
 * HELD_RE does not read: "scheduled from …", "to be held on …", "which will take place in …",
 * "originally planned for …", "which were held in …".
 */
const HOLDING_VERBS = new Set([
  'held', 'hold', 'holds', 'holding', 'convened', 'convene', 'convenes', 'convening', 'reconvened', 'met', 'meet', 'meets',
  'took', 'take', 'takes', 'taking', 'taken', 'place', 'scheduled', 'rescheduled', 'planned', 'slated', 'ran', 'run', 'runs',
  'running', 'occurred', 'occurs', 'occur', 'organized', 'organised', 'resumed',
]);
const HOLDING_WORDS = new Set([
  ...HOLDING_VERBS,
  'which', 'that', 'was', 'were', 'is', 'are', 'will', 'would', 'shall', 'be', 'been', 'being', 'has', 'have', 'had', 'to',
  'also', 'then', 'originally', 'initially', 'tentatively', 'provisionally', 'subsequently', 'later', 'eventually', 'now',
  'currently', 'due', 'expected', 'set', 'finally',
]);
/** How many of those words may stand before the date ("which is expected to be held"). */
const HOLDING_WORDS_MAX = 6;
/** Words that may open the dates after them ("scheduled from", "to be held at the Vienna International Centre from"). */
const DATE_OPENERS = new Set(['from', 'on', 'in', 'between', 'during', 'at', 'for', 'over', 'until', 'till']);
const MONTH_WORDS = new Set([...MONTHS.map((m) => m.toLowerCase()), ...MONTHS.map((m) => m.slice(0, 3).toLowerCase()), 'sept']);

/**
 * At `k`: after a comma or a dash that opens an aside, if any, words that say when a session or
 * meeting was, is or will be held, one of them a verb of it ("held", "scheduled", "to be held",
 * "which will take place"): where they start and the token after them; `dash` when a dash opened
 * them (another closes the aside).
 */
function holdingLead(parser: Parser, k: number): { at: number; next: number; dash: boolean } | undefined {
  const t = parser.tokens;
  // An en or em dash, or a hyphen that is not tight ("8th session - held …", "-- held").
  const dash = t.type(k) === 'dash' && (t.raw(k) !== '-' || t.start(k) > t.end(k - 1));
  let at = t.isPunct(k, ',') || dash ? k + 1 : k;
  if (dash && t.type(at) === 'dash' && t.start(at) === t.end(k)) at++;
  let j = at;
  let verb = false;
  while (j - at < HOLDING_WORDS_MAX && t.type(j) === 'word' && HOLDING_WORDS.has(t.value(j)!)) {
    if (HOLDING_VERBS.has(t.value(j)!)) verb = true;
    j++;
  }
  return verb ? { at, next: j, dash } : undefined;
}

/** Whether a wording of "held" (read or not) stands at `k`, after a comma or a dash if any. */
export function holdingAt(parser: Parser, k: number): boolean {
  return holdingLead(parser, k) !== undefined;
}

/**
 * "…, held in Vienna in 2008 and 2010" after a list: when and where several sessions or
 * meetings were held is not checked against each; marked unread on the last (verdict partial),
 * never passed over as checked. Also after one session or meeting, a wording of "held" that the
 * patterns of `heldAt` did not read: "held hastily in Paris", and with a date after it, "scheduled
 * from 15 to 19 October 2017", "to be held in 2019", "which will take place on …" (future or
 * doubtful: each was prose, and a wrong date ok). `dated`: "held" alone too only with a date (a
 * Working Group's meeting "held in conjunction with the tenth meeting …" names another meeting);
 * `one`: after one session or meeting, whose dates a wording HELD_RE reads would have checked.
 * Returns the token after what was marked.
 */
export function heldAfterList(parser: Parser, b: Reference, k: number, opts: { dated?: boolean; one?: boolean } = {}): number {
  const tokens = parser.tokens;
  const lead = holdingLead(parser, k);
  // "held" alone: whatever follows it, up to the clause's end, is said of the sessions.
  const heldAlone = lead !== undefined && lead.next === lead.at + 1 && tokens.isWord(lead.at, 'held');
  if (lead && (heldAlone || DATE_OPENERS.has(tokens.value(lead.next) ?? '') || tokens.type(lead.next) === 'num' || MONTH_WORDS.has(tokens.value(lead.next) ?? ''))) {
    let end = lead.next;
    let date = false;
    for (let n = 0; n < HELD_TAIL_MAX && tokens.has(end); n++, end++) {
      // Past a comma before dates ("held in Vienna, from 15 October 2017 to …"), not past others.
      if (tokens.type(end) === 'punct' && !((tokens.isPunct(end, ',') || tokens.isPunct(end, '(')) && (tokens.type(end + 1) === 'num' || DATE_OPENERS.has(tokens.value(end + 1) ?? '') || MONTH_WORDS.has(tokens.value(end + 1) ?? '')))) break;
      // A dash that opened the aside closes it ("– scheduled from 15 to 19 October 2017 –").
      if (lead.dash && tokens.type(end) === 'dash' && tokens.start(end) > tokens.end(end - 1)) break;
      const v = tokens.value(end)!;
      if ((tokens.type(end) === 'num' && v.length === 4 && (v.startsWith('19') || v.startsWith('20'))) || (tokens.type(end) === 'word' && MONTH_WORDS.has(v))) date = true;
    }
    // A parenthesis of dates opened in it is closed in it.
    if (tokens.isPunct(end, ')') && tokens.text.slice(tokens.start(lead.at), tokens.start(end)).includes('(')) end++;
    if (date || (heldAlone && !opts.dated)) {
      const unread: UnreadSpan = { start: tokens.start(lead.at), end: tokens.end(end - 1), side: 'after' };
      // After one session or meeting, a wording HELD_RE does not read: said so, with one it reads.
      if (opts.one && !READ_HELD_VERB.test(tokens.text.slice(tokens.start(lead.at), tokens.end(lead.next - 1)))) unread.held = true;
      b.unread = [unread];
      b.span = { start: b.span.start, end: unread.end };
      return end;
    }
  }
  // With no wording of "held": ", between 15 and 19 October 2017", " in Vienna, from 15 October
  // 2017 to …" in a form `heldAt` does not read (the dates were dropped, and a wrong year ok).
  const bare = bareDates(parser, k, !opts.one);
  if (bare) {
    const unread: UnreadSpan = { start: tokens.start(bare.at), end: tokens.end(bare.end - 1), side: 'after' };
    b.unread = [unread];
    b.span = { start: b.span.start, end: unread.end };
    return bare.end;
  }
  if (tokens.isPunct(k, '(')) {
    // "(Vienna, 8–17 October 2008)" after the list: the same, up to the closing parenthesis.
    let end = k + 1;
    let dated = false;
    for (let n = 0; n < HELD_TAIL_MAX && tokens.has(end) && !tokens.isPunct(end, ')'); n++, end++) if (tokens.type(end) === 'num') dated = true;
    // Only a parenthesis that holds a date ("(see above)" is prose).
    if (dated && tokens.isPunct(end, ')')) {
      const unread = { start: tokens.start(k), end: tokens.end(end), side: 'after' as const };
      b.unread = [unread];
      b.span = { start: b.span.start, end: unread.end };
      return end + 1;
    }
  }
  return k;
}

/** Words that open dates with no wording of "held" before them: not "on" nor "in" ("on the implementation", "in 2018" is read by `heldAt`). */
const BARE_DATE_OPENERS = new Set(['from', 'between', 'during', 'over', 'until', 'till']);

/**
 * Dates at `k` after a session or meeting with no wording of "held", optionally after its place
 * (", in Vienna,"): from the first word to the last token of a date (a year or a month), or undefined.
 */
// After a list, "in" too (", in 2008 and 2011, respectively": after one, `heldAt` reads "in 2018").
function bareDates(parser: Parser, k: number, list: boolean): { at: number; end: number } | undefined {
  const t = parser.tokens;
  const at = t.isPunct(k, ',') ? k + 1 : k;
  let j = at;
  if (t.isWord(j, 'in') && t.type(j + 1) === 'word' && /^[A-Z]/.test(t.raw(j + 1)!) && !MONTH_WORDS.has(t.value(j + 1)!)) {
    j += 2;
    if (t.type(j) === 'word' && /^[A-Z]/.test(t.raw(j)!) && !MONTH_WORDS.has(t.value(j)!)) j++;
    if (t.isPunct(j, ',')) j++;
  }
  if (!(t.type(j) === 'word' && (BARE_DATE_OPENERS.has(t.value(j)!) || (list && t.isWord(j, 'in'))) && (t.type(j + 1) === 'num' || MONTH_WORDS.has(t.value(j + 1) ?? '')))) return undefined;
  let end = j + 1;
  let last = -1;
  for (let n = 0; n < HELD_TAIL_MAX && t.has(end); n++, end++) {
    const ty = t.type(end);
    if (ty === 'punct' && !t.isPunct(end, ',')) break;
    if (ty === 'word' && !MONTH_WORDS.has(t.value(end)!) && !t.isWord(end, 'and') && !t.isWord(end, 'to') && !(list && t.isWord(end, 'in'))) break;
    const v = t.value(end)!;
    if ((ty === 'num' && v.length === 4 && (v.startsWith('19') || v.startsWith('20'))) || (ty === 'word' && MONTH_WORDS.has(v))) last = end;
  }
  if (last < 0) return undefined;
  // ", respectively" closes the list: said with it.
  const r = t.isPunct(last + 1, ',') ? last + 2 : last + 1;
  return { at, end: t.isWord(r, 'respectively') ? r + 1 : last + 1 };
}

/** "COP8", "COP 11": the Conference's own abbreviation (upper case only). */
/**
 * After "COP 26", "the 21st COP", "the eighth session of the COP" at `k`: another convention's
 * Conference ("of the UNFCCC", "to the Ramsar Convention", "of the Convention on Biological
 * Diversity", "/MOP", "-CMP"), not this one; "of the Convention", "to UNTOC", "of the United
 * Nations Convention against Transnational Organized Crime" and plain prose after it are ours.
 */
export function anotherConferenceAfter(parser: Parser, k: number): boolean {
  const t = parser.tokens;
  // "COP/MOP", "COP-CMP": joint sessions of other treaties' bodies.
  if ((t.isPunct(k, '/') || t.type(k) === 'dash') && t.start(k) === t.end(k - 1) && t.type(k + 1) === 'word' && /^(?:MOP|CMP|CMA)\d*$/.test(t.raw(k + 1)!)) return true;
  if (!t.isWord(k, 'of') && !t.isWord(k, 'to')) return false;
  if (ourConventionAfter(parser, k) !== undefined) return false;
  // A name ("the UNFCCC", "the Ramsar Convention", "the Convention on Biological Diversity"): another body's; lower case is prose.
  const j = t.isWord(k + 1, 'the') ? k + 2 : k + 1;
  return t.type(j) === 'word' && /^[A-Z]/.test(t.raw(j)!);
}

/**
 * After "to" or "of" at `k`: "the United Nations Convention against Transnational Organized
 * Crime", or the short names the sources and drafters use ("the Convention against Transnational
 * Organized Crime", "the Organized Crime Convention", "the Palermo Convention", "UNTOC", "the
 * Convention" alone), with "and the Protocols thereto": the Conference is ours, and this is where
 * its name ends. Undefined for another Convention ("to the Convention on Biological Diversity").
 */
/** Words after "Convention" that begin another convention's name ("Convention on Biological Diversity"). */
const NAMING_AFTER_CONVENTION = new Set(['on', 'against', 'for', 'of', 'concerning', 'relating']);

export function ourConventionAfter(parser: Parser, k: number): number | undefined {
  const t = parser.tokens;
  if (!t.isWord(k, 'to') && !t.isWord(k, 'of')) return undefined;
  const a = t.isWord(k + 1, 'the') ? k + 2 : k + 1;
  let j: number;
  if (t.isRaw(a, 'UNTOC')) j = a + 1;
  else if (a === k + 2 && wordsAt(parser, a, CONFERENCE_TAIL.slice(2))) j = a + CONFERENCE_TAIL.length - 2;
  else if (a === k + 2 && wordsAt(parser, a, CONFERENCE_TAIL.slice(4))) j = a + CONFERENCE_TAIL.length - 4;
  else if (a === k + 2 && wordsAt(parser, a, ['organized', 'crime', 'convention'])) j = a + 3;
  else if (a === k + 2 && wordsAt(parser, a, ['palermo', 'convention'])) j = a + 2;
  // "the Convention on Transnational Organized Crime", as the compendia also print it.
  else if (a === k + 2 && wordsAt(parser, a, ['convention', 'on', 'transnational', 'organized', 'crime'])) j = a + 5;
  else if (a === k + 2 && wordsAt(parser, a, ['united', 'nations', 'convention', 'on', 'transnational', 'organized', 'crime'])) j = a + 7;
  // "to Convention" without its article (a slip the compendia print): the Convention alone.
  else if (a === k + 1 && t.isWord(a, 'convention') && !t.has(a + 1)) j = a + 1;
  else if (a === k + 1 && t.isWord(a, 'convention') && (t.type(a + 1) === 'punct' || (t.type(a + 1) === 'word' && /^[a-z]/.test(t.raw(a + 1)!) && !NAMING_AFTER_CONVENTION.has(t.value(a + 1)!)))) j = a + 1;
  else if (a === k + 2 && t.isWord(a, 'convention')) {
    // "the Convention" alone, not "the Convention on …", "against …", "Against …".
    const nx = a + 1;
    if (t.isWord(nx, 'on') || t.isWord(nx, 'against') || t.isWord(nx, 'for') || t.isWord(nx, 'of') || t.isWord(nx, 'concerning') || t.isWord(nx, 'relating') || (t.type(nx) === 'word' && /^[A-Z]/.test(t.raw(nx)!))) return undefined;
    j = nx;
  } else return undefined;
  if (wordsAt(parser, j, ['and', 'the', 'protocols', 'thereto'])) j += 4;
  return j;
}

export function copRef(parser: Parser, i: number): Attempt | undefined {
  const tokens = parser.tokens;
  if (!tokens.isRaw(i, 'COP')) return undefined;
  // "COP8", "COP 8", and "COP-8" with a hyphen or dash written tight.
  const dashed = tokens.type(i + 1) === 'dash' && tokens.start(i + 1) === tokens.end(i) && tokens.start(i + 2) === tokens.end(i + 1);
  const num = dashed ? i + 2 : i + 1;
  if (tokens.type(num) !== 'num') return undefined;
  if (!dashed && tokens.start(num) - tokens.end(i) > 1) return undefined;
  const n = Number(tokens.value(num));
  if (!(n >= 1 && n <= 99)) return undefined;
  if (anotherConferenceAfter(parser, num + 1)) return undefined;
  const ref = blank('session', span(parser, i, num));
  ref.session = { number: n, span: span(parser, i, num) };
  return { ref, next: heldAfterSession(parser, ref, num + 1) };
}

/**
 * After one session at `k`: when and where it was held, read and checked ("COP8, held in Vienna
 * from …"); "held" in words the rules do not read ("held hastily in Paris") is unread, never
 * dropped (the session was ok with it). The reference's end moves over what was read.
 */
function heldAfterSession(parser: Parser, ref: Reference, k: number): number {
  const h = heldAt(parser, k);
  if (h) {
    ref.session!.held = h.held;
    ref.span.end = parser.tokens.end(h.next - 1);
    return h.next;
  }
  return heldAfterList(parser, ref, k, { one: true });
}

/** "the meeting of the Working Group on … held in Vienna from 27 to 29 October 2009": named by its dates. */
function meetingByDate(parser: Parser, i: number): Attempt | undefined {
  const tokens = parser.tokens;
  if (!wordsAt(parser, i + 1, ['meeting', 'of', 'the'])) return undefined;
  const g = groupAt(parser, i + 4);
  if (!g || !g.group) return undefined;
  const h = heldAt(parser, g.next);
  if (!h || !h.held.date) return undefined;
  const ref = blank('wg', span(parser, i, h.next - 1));
  ref.wg = { group: g.group, meeting: 0, span: span(parser, i, g.next - 1), held: h.held };
  return { ref, next: h.next };
}

/**
 * "the October 2017 meeting of the Working Group on …", "the 2019 meeting of …": named by its month
 * or year before "meeting", checked as "held in October 2017" is (each was prose, and a meeting
 * the group never held ok).
 */
function meetingDatedBefore(parser: Parser, i: number): Attempt | undefined {
  const tokens = parser.tokens;
  const year = (q: number): boolean => yearToken(tokens, q);
  const month = MONTHS.findIndex((m) => tokens.isWord(i + 1, m.toLowerCase()));
  const last = month >= 0 && year(i + 2) ? i + 2 : year(i + 1) ? i + 1 : -1;
  if (last < 0 || !tokens.isWord(last + 1, 'meeting') || !wordsAt(parser, last + 2, ['of', 'the'])) return undefined;
  const g = groupAt(parser, last + 4);
  if (!g || !g.group) return undefined;
  const y = tokens.value(last)!;
  const text = tokens.text.slice(tokens.start(i + 1), tokens.end(last)).replace(/\s+/g, ' ');
  const start = month >= 0 ? `${y}-${String(month + 1).padStart(2, '0')}` : y;
  const ref = blank('wg', span(parser, i, g.next - 1));
  ref.wg = { group: g.group, meeting: 0, span: span(parser, i, g.next - 1), held: { date: { text, start, span: span(parser, i + 1, last), form: 'in', bare: true } } };
  return { ref, next: g.next };
}

/** A subsidiary body the dataset does not hold: "Working Group on Firearms", "Implementation Review Group". */
export function otherBodyRef(parser: Parser, i: number): Attempt | undefined {
  const g = groupAt(parser, i);
  if (!g || !g.other) return undefined;
  // A name that is none of the groups' is read here only when it is a slip for one of them
  // ("Working Group on Internacional Cooperation"): "the Working Group on Asset Recovery" in
  // prose is another convention's body. Its meetings are read either way (sessionRef).
  if (g.unknown && groupNameMeant(g.other) === undefined) return undefined;
  const ref = blank('subsidiary', span(parser, i, g.next - 1));
  ref.subsidiary = { name: g.other, span: ref.span };
  return { ref, next: g.next };
}
