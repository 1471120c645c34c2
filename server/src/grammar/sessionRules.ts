// Grammar rules for sessions of the Conference and meetings of its subsidiary bodies, kept apart
// from the instrument rules of parser.ts. Rules, in EBNF (each with the forms it reads):
//
//   sessionRef  = ( "its" | "the" ) nth "session" [ ofBody ] [ copTag ] [ held ]
//                                  "at its eighth session, held in Vienna from 17 to 21 October 2016"
//                                  "the fifth session of the Conference"
//                                  "its fourth session (Vienna, 8–17 October 2008)"
//                                  "the 11th session of the Conference of the Parties (COP11)"
//               | "COP" NUM        "COP8" (written tight)
//   ofBody      = "of the Conference" [ "of the Parties" [ "to the United Nations Convention …" ] ]
//               | "of the Working Group" [ "of Government Experts" ] "on" groupName   → a meeting
//                                  "the eleventh session of the Working Group on International Cooperation"
//               | "of the" otherSubsidiary                                           → unknown body
//   meetingRef  = "the meeting of the Working Group" [ "of Government Experts" ] "on" groupName held
//                                  "the meeting of the Working Group on Technical Assistance held in Vienna from 1 to 2 October 2009"
//   subsidiary  = "Working Group on" ( "Trafficking in Persons" | "the Smuggling of Migrants" | "Firearms" )
//               | "Implementation Review Group" | "Working Group of Government Experts on Technical Assistance"…
//   nth         = ORDINAL | NUM ( "st" | "nd" | "rd" | "th" ) ;   copTag = "(" "COP" NUM ")"
//   held        = [ "," ] "held" [ "in" VENUE ] ( "from" D [ MONTH ] "to" D MONTH YEAR | "on" D { ( "," | "and" ) D } MONTH YEAR )
//               | "(" VENUE "," D [ MONTH ] DASH D MONTH YEAR ")"
//
// Near-misses left as plain text: "the eighth session" (no body, no "its"), "the fifth session
// of the General Assembly", "training sessions", "its seventy-first session".
// "its" is the draft's body here too: the attribution pass decides whose session it is.

import { MONTHS, parseDateSpan } from '../model/text';
import type { GroupKey } from '../model/types';
import type { HeldAt, Reference, Span } from './reference';
import type { Tokens } from './tokens';

/** What these rules read of the parser: its tokens (parser.ts imports this module, not the reverse). */
export interface Parser {
  t: Tokens;
}

interface Attempt {
  ref: Reference;
  next: number;
}

const ORDINALS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth',
  'eighteenth', 'nineteenth', 'twentieth',
];
const SUFFIXES = ['st', 'nd', 'rd', 'th'];
const CONFERENCE_TAIL = ['to', 'the', 'united', 'nations', 'convention', 'against', 'transnational', 'organized', 'crime'];

/** Subsidiary bodies of the Conference whose documents the dataset does not hold. */
const OTHER_BODIES: { words: string[]; name: string }[] = [
  { words: ['working', 'group', 'on', 'trafficking', 'in', 'persons'], name: 'Working Group on Trafficking in Persons' },
  { words: ['working', 'group', 'on', 'the', 'smuggling', 'of', 'migrants'], name: 'Working Group on the Smuggling of Migrants' },
  { words: ['working', 'group', 'on', 'smuggling', 'of', 'migrants'], name: 'Working Group on the Smuggling of Migrants' },
  { words: ['working', 'group', 'on', 'firearms'], name: 'Working Group on Firearms' },
  { words: ['implementation', 'review', 'group'], name: 'Implementation Review Group' },
];

const MONTH = `(?:${MONTHS.join('|')})`;
const VENUE = String.raw`([A-Z][\p{L}'-]+(?: [A-Z][\p{L}'-]+)?)`;
const DAY = String.raw`\d{1,2}`;
// "held in Vienna from 17 to 21 October 2016", ", held on 27 and 28 October 2015", "held in October 2016"
const HELD_RE = new RegExp(
  String.raw`[ \u00a0]*,?[ \u00a0]*held(?:[ \u00a0]+in[ \u00a0]+${VENUE})?[ \u00a0]+` +
    String.raw`(?:(from)[ \u00a0]+(${DAY}(?:[ \u00a0]+${MONTH})?[ \u00a0]+to[ \u00a0]+${DAY}[ \u00a0]+${MONTH}[ \u00a0]+\d{4})` +
    String.raw`|(on)[ \u00a0]+(${DAY}(?:(?:,[ \u00a0]*${DAY})*[ \u00a0]+and[ \u00a0]+${DAY})?[ \u00a0]+${MONTH}[ \u00a0]+\d{4})` +
    String.raw`|(in)[ \u00a0]+(${MONTH}[ \u00a0]+\d{4}))`,
  'uyd',
);
// "(Vienna, 8–17 October 2008)"
const PAREN_RE = new RegExp(String.raw`[ \u00a0]*\([ \u00a0]*${VENUE},[ \u00a0]*(${DAY}(?:[ \u00a0]+${MONTH})?[ \u00a0]*[-–—][ \u00a0]*${DAY}[ \u00a0]+${MONTH}[ \u00a0]+\d{4}|${DAY}[ \u00a0]+${MONTH}[ \u00a0]+\d{4})[ \u00a0]*\)`, 'uyd');

function ordinalAt(p: Parser, k: number): { n: number; next: number } | undefined {
  const t = p.t;
  const v = t.value(k);
  if (v === undefined) return undefined;
  const i = ORDINALS.indexOf(v);
  if (i >= 0) return { n: i + 1, next: k + 1 };
  // "11th": a number and its suffix, written tight.
  if (t.type(k) === 'num' && t.type(k + 1) === 'word' && SUFFIXES.includes(t.value(k + 1)!) && t.end(k) === t.start(k + 1)) {
    return { n: Number(t.value(k)), next: k + 2 };
  }
  return undefined;
}

function span(p: Parser, a: number, b: number): Span {
  return { start: p.t.start(a), end: p.t.end(b) };
}

function words(p: Parser, k: number, ws: readonly string[]): boolean {
  for (let o = 0; o < ws.length; o++) if (!p.t.isWord(k + o, ws[o])) return false;
  return true;
}

/** "Working Group [of Government Experts] on International Cooperation" at `k` ("working"). */
function groupAt(p: Parser, k: number): { group?: GroupKey; other?: string; next: number } | undefined {
  for (const b of OTHER_BODIES) if (words(p, k, b.words)) return { other: b.name, next: k + b.words.length };
  if (!words(p, k, ['working', 'group'])) return undefined;
  let j = k + 2;
  if (words(p, j, ['of', 'government', 'experts'])) j += 3;
  if (!p.t.isWord(j, 'on')) return undefined;
  if (words(p, j + 1, ['international', 'cooperation'])) return { group: 'IC', next: j + 3 };
  if (words(p, j + 1, ['technical', 'assistance'])) return { group: 'TA', next: j + 3 };
  return undefined;
}

/** When and where, after a session or meeting: `k` is the first token after it. */
export function heldAt(p: Parser, k: number): { held: HeldAt; next: number } | undefined {
  if (!p.t.has(k - 1)) return undefined;
  const text = p.t.text;
  const from = p.t.end(k - 1);
  for (const re of [HELD_RE, PAREN_RE]) {
    re.lastIndex = from;
    const m = re.exec(text);
    if (!m || !m.indices) continue;
    const end = from + m[0].length;
    if (end > p.t.to) continue;
    const held: HeldAt = {};
    const venueIx = m.indices[1];
    if (m[1] && venueIx) held.venue = { text: m[1], span: { start: venueIx[0], end: venueIx[1] } };
    const g = re === HELD_RE ? [2, 4, 6].find((x) => m[x]) : undefined;
    const dateText = re === HELD_RE ? (g ? m[g + 1] : undefined) : m[2];
    const dateIx = re === HELD_RE ? (g ? m.indices[g + 1] : undefined) : m.indices[2];
    if (dateText && dateIx) {
      const form = re === PAREN_RE ? 'paren' : (m[g!] as 'from' | 'on' | 'in');
      const spanStart = form === 'paren' ? dateIx[0] : m.indices[g!]![0];
      const parsed = form === 'in' ? { start: undefined, end: undefined } : parseDateSpan(dateText.replace(/[\u00a0]/g, ' '));
      held.date = { text: dateText, start: parsed.start, end: parsed.end, span: { start: spanStart, end: dateIx[1] }, form };
      if (form === 'in') {
        // "in October 2016": the month and year only; checked as a month.
        const mm = new RegExp(`(${MONTH})\\s+(\\d{4})`).exec(dateText);
        if (mm) held.date.start = `${mm[2]}-${String(MONTHS.indexOf(mm[1]) + 1).padStart(2, '0')}`;
      }
    }
    return { held, next: p.t.indexAt(end, k) };
  }
  return undefined;
}

function blank(kind: Reference['kind'], s: Span): Reference {
  return { kind, span: { ...s }, instruments: [], items: [] };
}

/** "the Working Group [on …] met during" just before `i`: whose meeting must fall in the session. */
function metBefore(p: Parser, i: number): { group?: GroupKey; span: Span } | undefined {
  if (!(p.t.isWord(i - 1, 'during') && p.t.isWord(i - 2, 'met'))) return undefined;
  for (let k = i - 3; k >= 0 && k >= i - 9; k--) {
    if (p.t.isWord(k, 'working')) {
      const g = groupAt(p, k);
      // A body the dataset does not hold ("the Working Group on Firearms … met during"): nothing to check.
      if (g?.other) return undefined;
      return { group: g?.group, span: span(p, k, i - 1) };
    }
  }
  return undefined;
}

/** "its eighth session …", "the fifth session of the Conference …", "the eleventh session of the Working Group on …". */
export function sessionRef(p: Parser, i: number): Attempt | undefined {
  const t = p.t;
  const its = t.isWord(i, 'its');
  if (!its && !t.isWord(i, 'the')) return undefined;
  if (!its && t.isWord(i + 1, 'meeting')) return meetingByDate(p, i);
  const ord = ordinalAt(p, i + 1);
  if (!ord || !t.isWord(ord.next, 'session')) return undefined;
  const n = ord.n;
  let k = ord.next + 1;
  const ordSpan = span(p, i + 1, ord.next);
  if (t.isWord(k, 'of') && t.isWord(k + 1, 'the')) {
    if (t.isWord(k + 2, 'conference')) {
      k += 3;
      if (words(p, k, ['of', 'the', 'parties'])) {
        k += 3;
        if (words(p, k, CONFERENCE_TAIL)) k += CONFERENCE_TAIL.length;
      } else if (words(p, k, ['of', 'the', 'states', 'parties'])) return undefined; // another Conference's session
    } else {
      const g = groupAt(p, k + 2);
      if (!g) return undefined;
      const s = span(p, i, g.next - 1);
      if (g.other) {
        const ref = blank('subsidiary', s);
        ref.subsidiary = { name: g.other, span: span(p, k + 2, g.next - 1) };
        return { ref, next: g.next };
      }
      const ref = blank('wg', s);
      ref.wg = { group: g.group!, meeting: n, span: ordSpan };
      const h = heldAt(p, g.next);
      if (h) {
        ref.wg.held = h.held;
        ref.span.end = t.end(h.next - 1);
        return { ref, next: h.next };
      }
      return { ref, next: g.next };
    }
  } else if (!its) return undefined;
  const ref = blank('session', span(p, i, k - 1));
  ref.session = { number: n, span: ordSpan };
  const met = metBefore(p, i);
  if (met) ref.session.metBy = met;
  // "(COP11)"
  if (t.isPunct(k, '(') && t.isRaw(k + 1, 'COP') && t.type(k + 2) === 'num' && t.isPunct(k + 3, ')')) {
    ref.session.cop = { number: Number(t.value(k + 2)), span: span(p, k + 1, k + 2) };
    k += 4;
    ref.span.end = t.end(k - 1);
  }
  const h = heldAt(p, k);
  if (h) {
    ref.session.held = h.held;
    k = h.next;
    ref.span.end = t.end(k - 1);
  }
  return { ref, next: k };
}

/** "COP8", "COP 11": the Conference's own abbreviation (upper case only). */
export function copRef(p: Parser, i: number): Attempt | undefined {
  const t = p.t;
  if (!t.isRaw(i, 'COP') || t.type(i + 1) !== 'num') return undefined;
  const gap = t.start(i + 1) - t.end(i);
  if (gap > 1) return undefined;
  const n = Number(t.value(i + 1));
  if (!(n >= 1 && n <= 99)) return undefined;
  const ref = blank('session', span(p, i, i + 1));
  ref.session = { number: n, span: span(p, i, i + 1) };
  return { ref, next: i + 2 };
}

/** "the meeting of the Working Group on … held in Vienna from 27 to 29 October 2009": named by its dates. */
function meetingByDate(p: Parser, i: number): Attempt | undefined {
  const t = p.t;
  if (!words(p, i + 1, ['meeting', 'of', 'the'])) return undefined;
  const g = groupAt(p, i + 4);
  if (!g || !g.group) return undefined;
  const h = heldAt(p, g.next);
  if (!h || !h.held.date) return undefined;
  const ref = blank('wg', span(p, i, h.next - 1));
  ref.wg = { group: g.group, meeting: 0, span: span(p, i, g.next - 1), held: h.held };
  return { ref, next: h.next };
}

/** A subsidiary body the dataset does not hold: "Working Group on Firearms", "Implementation Review Group". */
export function otherBodyRef(p: Parser, i: number): Attempt | undefined {
  const g = groupAt(p, i);
  if (!g || !g.other) return undefined;
  const ref = blank('subsidiary', span(p, i, g.next - 1));
  ref.subsidiary = { name: g.other, span: ref.span };
  return { ref, next: g.next };
}
