// The resolver: turns a parsed reference into the parts it cites (lists and ranges expanded)
// or into problems that say precisely what exists, each with the range of the faulty
// component and, where one exists, a fix that edits only that component.

import type { InstrumentMention, Label, LocatorItem, Reference, Span, UnreadSpan } from '../grammar/reference';
import { annexOf, findPath, listAnd, type DatasetIndex } from '../index/datasetIndex';
import { resolveLocator } from '../index/topics';
import { annexLabel, GROUP_NAMES, meetingName, ordinal, workingGroupName } from '../model/naming';
import { parseLocator } from '../model/thematicIndex';
import { checkMeetingHeld, meetingHeldOn, resolveMeetingByDate, resolveSession, resolveSubsidiary } from './sessions';
import { DEFAULT_LIMITS } from '../grammar/attribution';
import { unseenIn, withoutUnseen } from '../grammar/unseenCharacters';
import { JOINED_IN_SERIES, ordinalWordValue, PARA_WORDS, RECOMMENDATION_WORDS } from '../grammar/vocabulary';
import { formatIsoDate, fromRoman, letterIndex, MONTHS, ordinalSuffix, ordinalWord, romanLabelValue, toRoman, truncateWords } from '../model/text';
import { sourceNames } from '../index/sourceNames';
import type { Annex, GroupKey, Instrument, Meeting, Part, SourceLocation } from '../model/types';

export type Severity = 'error' | 'warning' | 'information';
/**
 * The verdict on one reference. `ok` only when every part of the citation was read and checked;
 * `partial` when the grammar read the instrument but not all the locator material touching it
 * (what was read is checked, the rest is reported as `unread-locator`); `unchecked` when checking
 * failed with an internal error (reported as `internal-error`, never passed off as `ok`).
 */
export type Status = 'ok' | 'partial' | 'invalid' | 'unknown' | 'mismatch' | 'ambiguous' | 'external' | 'unchecked' | 'none';

export interface Fix {
  title: string;
  span: Span;
  newText: string;
  /**
   * Offered, never preferred: another part of the citation agrees with what it would change (a
   * session and its dates against the instrument's), so which part is the slip is not known.
   */
  ask?: true;
}

export interface Problem {
  severity: Severity;
  code: string;
  message: string;
  span: Span;
  fixes: Fix[];
}

export interface Target {
  id: string;
  citation: string;
  text: string;
  source: SourceLocation;
  /** The component of the reference that names this target (for per-item hover). */
  span: Span;
}

export interface Resolution {
  reference: Reference;
  status: Status;
  targets: Target[];
  problems: Problem[];
}

export function targetOf(index: DatasetIndex, part: Part, span: Span): Target {
  return { id: part.id, citation: part.citation, text: part.text, source: part.sources[0], span };
}

function fmtLabel(v: string): string {
  return /^\d+$/.test(v) ? v : `(${v})`;
}

/** "(a)–(x)", "1–20", "(a)–(e) and 1–12": the labels of one level, in runs. */
export function describeLabels(parts: Part[]): string {
  return describeLabelValues(parts.map((p) => p.num));
}

/** The same for labels as written ("1", "b"): a draft's own paragraphs have no parts. */
export function describeLabelValues(labels: readonly string[]): string {
  const runs: string[] = [];
  let i = 0;
  while (i < labels.length) {
    let j = i;
    const num = /^\d+$/.test(labels[i]);
    const roman = labels[0] === 'i' && labels.every((l) => romanLabelValue(l) !== undefined);
    const val = (l: string): number | undefined => (num ? (/^\d+$/.test(l) ? Number(l) : undefined) : roman ? romanLabelValue(l) : letterIndex(l));
    while (j + 1 < labels.length && val(labels[j + 1]) !== undefined && val(labels[j + 1]) === (val(labels[j]) ?? -5) + 1) j++;
    runs.push(i === j ? fmtLabel(labels[i]) : `${fmtLabel(labels[i])}–${fmtLabel(labels[j])}`);
    i = j + 1;
  }
  return listAnd(runs);
}

function labelDistance(a: string, b: string): number {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return Math.abs(Number(a) - Number(b));
  const ra = romanLabelValue(a);
  const rb = romanLabelValue(b);
  if (ra !== undefined && rb !== undefined && a.length > 1 && b.length > 1) return Math.abs(ra - rb);
  const la = letterIndex(a);
  const lb = letterIndex(b);
  if (la !== undefined && lb !== undefined) return Math.abs(la - lb);
  return 100;
}

function nearest(level: Part[], want: string, max = 3): Part[] {
  return [...level]
    .map((p) => ({ p, d: labelDistance(p.num, want) }))
    .filter((x) => x.d < 100)
    .sort((x, y) => x.d - y.d)
    .slice(0, max)
    .map((x) => x.p);
}

/** A locator after an annex's numeral the grammar stopped at: a label, a number or a locator word, to the clause's end. */
const LOCATOR_AFTER_MARK = new RegExp(String.raw`^[ \u00a0*_]*,?[ \u00a0]*(?:\(|\d|(?:${[...PARA_WORDS, ...RECOMMENDATION_WORDS].join('|')})(?![a-z])|PP\b)[^;\n]{0,60}?(?=$|[;\n]|\.(?:\s|$))`, 'i');

function describeLevel(owner: string, level: Part[], depth: number, inAnnex: boolean): string {
  if (level.length === 0) return `${owner} has no ${depth === 0 ? 'paragraphs' : 'subparagraphs'}`;
  if (inAnnex && depth === 0) return `${owner} runs from ${fmtLabel(level[0].num)} to ${fmtLabel(level[level.length - 1].num)}`;
  const allLetters = level.every((p) => letterIndex(p.num) !== undefined);
  const allNums = level.every((p) => /^\d+$/.test(p.num));
  const noun = depth === 0 ? 'paragraphs' : 'subparagraphs';
  if (depth === 0 && allLetters) return `${owner} letters its ${noun} ${describeLabels(level)}`;
  if (depth === 0 && allNums) return `${owner} numbers its ${noun} ${describeLabels(level)}`;
  return `${owner} has ${noun} ${describeLabels(level)}`;
}

/** "; neither annex has (a)": said when no annex has what the item cites, so no fix is offered. */
function noneHolds(inst: Instrument, holds: { what: string; test: (a: Annex) => boolean } | undefined): string {
  if (!holds || inst.annexes.some((a) => holds.test(a))) return '';
  return inst.annexes.length === 2 ? `, and neither annex has ${holds.what}` : `, and none of its annexes has ${holds.what}`;
}

/** How many symbols a wrong-kind message over a list names before "and N others". */
const WRONG_KIND_NAMED = 8;

/** "8/1, 9/3 and 5/8"; past `max`, "8/1, 9/3, … and 4,990 others". */
function namedUpTo(names: string[], max: number): string {
  if (names.length <= max + 1) return listAnd(names);
  return `${names.slice(0, max).join(', ')} and ${(names.length - max).toLocaleString('en-US')} others`;
}

function annexList(inst: Instrument): string {
  const keys = inst.annexes.map((a) => a.key);
  if (keys.length === 1 && keys[0] === '') return 'a single, unnamed annex';
  return `annex${keys.length > 1 ? 'es' : ''} ${listAnd(keys)}`;
}

/** A title as quoted is the title: whole, or its opening words cut with an ellipsis (“Enhancing the effectiveness of central authorities …”). */
function sameTitle(quoted: string, title: string): boolean {
  const t = normTitle(title);
  if (normTitle(quoted) === t) return true;
  const cut = /[ \u00a0]*(?:…|\.{2,3})[\s”"’']*$/.exec(quoted);
  if (!cut) return false;
  const opening = normTitle(quoted.slice(0, cut.index));
  // A few words at least, ending where a word of the title ends.
  return opening.split(' ').length >= 3 && t.startsWith(opening) && (t.length === opening.length || t[opening.length] === ' ' || /[,;:]/.test(t[opening.length]));
}

function normTitle(t: string): string {
  // A soft hyphen or zero-width character in a pasted title is not seen, and changes nothing of it.
  return withoutUnseen(t)
    .replace(/[“”"‘’'«»„]/g, '')
    .replace(/[‐‑‒–—−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^./, (c) => c.toLowerCase())
    .replace(/[.,;]$/, '');
}

/** `word` capitalised as `written` is (a fix writes over it in the same case). */
function capitalisedLike(written: string, word: string): string {
  // "DECISION" in a heading or a draft in capitals: "RESOLUTION", not "Resolution".
  if (written.length > 1 && written === written.toUpperCase() && written !== written.toLowerCase()) return word.toUpperCase();
  return /^[A-Z]/.test(written) && word.length > 0 ? word[0].toUpperCase() + word.slice(1) : word;
}

function kindWordLike(written: string, kind: string): string {
  return capitalisedLike(written, kind + (/s$/i.test(written) ? 's' : ''));
}

/** A fix's text for annex `key` in place of `written`: "annex I" for "annex III", "Annex I" for "Annex III", "I" for the "III" of a list. */
function annexFixText(written: string, key: string): string {
  const label = annexLabel(key);
  // "the third annex": its ordinal written over ("first annex"), never the numeral alone ("the I to resolution 8/1").
  const nth = /^(\S+)(\s+annex)$/i.exec(written);
  const n = fromRoman(key);
  if (nth && n !== undefined && !/^annex$/i.test(nth[1])) {
    const word = ordinal(n);
    return `${capitalisedLike(nth[1], word)}${nth[2]}`;
  }
  if (!/^annex/i.test(written)) return key;
  return /^A/.test(written) ? `A${label.slice(1)}` : label;
}

/** The labels of a list, as a message names them: the first few and how many more (a list can run to thousands). */
function labelsSaid(group: readonly LocatorItem[]): string {
  const said = group.slice(0, LABELS_SAID).map((it) => it.path.map((l) => fmtLabel(l.value)).join(' '));
  return group.length > LABELS_SAID ? `${said.join(', ')} and ${group.length - LABELS_SAID} more` : said.join(', ');
}
const LABELS_SAID = 6;

/** A fix's title that says what it writes where that is not the annex's own name ("“first annex” (annex I)"). */
function annexFixTitle(newText: string, key: string): string {
  const label = annexLabel(key);
  return newText.toLowerCase() === label.toLowerCase() || newText === key ? `Change to ${label}` : `Change to “${newText}” (${label})`;
}

/** The instruments each compendium holds, per index (an index is never changed in place). */
const COMPENDIUM_INSTRUMENTS = new WeakMap<DatasetIndex, Map<GroupKey, Instrument[]>>();

type LocatorReading = ReturnType<typeof resolveLocator>;
/**
 * A compendium locator read against one part of one compendium, per index: an unnamed
 * compendium's verdict is never remembered (it looks at its neighbours), but what its locator
 * names depends on the locator alone, and reading it again was a twelfth of a scan of the
 * sources' own text. Never changed after it is made.
 */
const LOCATOR_READINGS = new WeakMap<DatasetIndex, Map<string, LocatorReading>>();
/** What the locator reader passed over, by part and locator: reported, never dropped. */
const LOCATOR_SKIPPED = new WeakMap<DatasetIndex, Map<string, readonly string[]>>();
/** Locator readings kept per index before they are forgotten all at once (a draft cites a few hundred). */
const LOCATOR_READINGS_MAX = 5000;

/** Forgets the locator readings of `index` (the benchmark's cold scan forgets them with the verdicts). */
export function forgetLocatorReadings(index: DatasetIndex): void {
  LOCATOR_READINGS.delete(index);
  LOCATOR_SKIPPED.delete(index);
}

export class Resolver {
  constructor(
    private readonly index: DatasetIndex,
    private readonly text: string,
  ) {}

  /** Other references of the same paragraph: an unnamed compendium is the one holding their instrument. */
  private neighbours: Reference[] = [];

  resolve(ref: Reference, neighbours: Reference[] = []): Resolution {
    try {
      this.neighbours = neighbours;
      return this.resolveUnsafe(ref);
    } catch (e) {
      // A resolver bug must never take a draft down with it, nor pass for a checked reference.
      return uncheckedResolution(ref, e, 'this reference');
    }
  }

  private resolveUnsafe(ref: Reference): Resolution {
    const res: Resolution = { reference: ref, status: 'ok', targets: [], problems: [] };
    switch (ref.kind) {
      case 'cop':
        this.cop(ref, res);
        if (ref.attribution?.readAsOurs) {
          const named = ref.instruments.map((m) => `${m.kind} ${m.symbol}`);
          this.problem(res, 'information', 'read-as-conference', `${listAnd(named)} ${named.length === 1 ? 'was' : 'were'} read as the Conference of the Parties' and checked against its instruments: ${ref.attribution.reason}`, ref.span);
        }
        break;
      case 'wg':
        this.workingGroup(ref, res);
        break;
      case 'compendium':
        this.compendium(ref, res);
        break;
      case 'report':
        this.report(ref, res);
        break;
      case 'symbol': {
        this.symbol(ref, res);
        const beside = documentBeside(this.text, ref, this.neighbours);
        if (beside) this.checkDocumentOf(beside, ref, res);
        break;
      }
      case 'session': {
        this.session(ref, res);
        const met = meetingBeforeDuring(this.text, ref, this.neighbours);
        if (met) this.checkMeetingDuring(ref, met, res);
        const held = sessionReportHolding(this.text, ref, this.neighbours);
        if (held) this.checkReportHolds(ref, held, res);
        break;
      }
      case 'subsidiary':
        resolveSubsidiary(ref, res, [...new Set(this.index.data.meetings.map((m) => m.group))], this.text);
        break;
      case 'self':
      case 'internal':
        // "paragraph 7 of the present resolution", "paragraph 3 above" are checked against the
        // draft's own numbering, which only the whole draft shows (selfReference.ts, applied by
        // the analysis). Until then they are not checked, and say so: never ok by default.
        if (ref.items.length === 0) {
          res.status = 'external';
          if (!ref.unread) return res;
        } else res.problems.push(selfPending(ref));
        break;
      default:
        res.status = 'external';
        if (ref.attribution?.unknownBody) {
          // The drafter named the draft's body, and no body the checker knows: most likely a slip
          // ("Conferense of the Parties"). Setting its citations aside in silence would pass a
          // draft that was never checked.
          const a = ref.attribution;
          this.problem(res, 'warning', 'unknown-draft-body', `“${a.body}” is no body the checker knows, and this citation was read as its because ${a.reason}, so nothing in it was checked; if the draft is the Conference of the Parties', name it so (“body: Conference of the Parties”, or “COP”)`, ref.span);
        }
        return res;
    }
    if (ref.unread && !ref.unreadSymbol) this.unread(ref, ref.unread, res);
    res.status = statusOf(res);
    return res;
  }

  /** What the grammar did not read is said, with what was checked: never dropped. */
  private unread(ref: Reference, unread: UnreadSpan[], res: Resolution): void {
    let read = { start: ref.span.start, end: ref.span.end };
    for (const u of unread) if (!u.date && !u.topic && !u.pairs && !(u.documentPart && ref.document)) read = u.side === 'before' ? { start: Math.max(read.start, u.end), end: read.end } : { start: read.start, end: Math.min(read.end, u.start) };
    /** `read`: the part read, which may end at the closing parenthesis of a reference in parentheses. */
    const quote = (s: Span, max: number, read = false): string => {
      // Only the first characters are shown: a long span is cut before it is cleaned.
      let t = this.text
        .slice(s.start, Math.min(s.end, s.start + max * 4))
        .replace(/<[^<>\n]{0,40}>|[*_]/g, '')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/^(?:(?:of|to|and|or),?\s+)+|(?:[\s,:;|–—/{\uff0c\u3001-]+|\s(?:of|to|and\/or|and|or|in\s+particular|including|notably|particularly|especially))+$/gi, '');
      // A reference in parentheses read on past them ("(CTOC/COP/WG.3/2018/6), in particular …"): its closing one is not its text.
      if (read && t.endsWith(')') && !t.includes('(')) t = t.slice(0, -1).trimEnd();
      // A full stop written tight before a comma ("resolution 8/1., paragraph 99") is not its text either.
      if (read && /\d\.$/.test(t)) t = t.slice(0, -1);
      // A negotiation bracket, code span or strikethrough the unread rule read through: it opens
      // the material not read ("resolution 8/1, [paragraph 99]"), or closes what came before it.
      // A table row read on past a cell: the cells between are no part of what was checked.
      if (read && t.includes('|')) t = t.slice(0, t.indexOf('|')).trimEnd();
      if (read) t = withoutOpenMarks(t);
      // Nor is a mark that opens one in quotation marks, backticks or brackets and is not closed
      // within it ("of “resolution 8/1”": the closing one stands after it), nor such a closing one.
      if (read && /^[(\[“"‘'«`]/.test(t) && !/[)\]”"’'»`]$/.test(t)) t = t.slice(1);
      else if (read && /[\]”"’'»`]$/.test(t) && !/^[(\[“"‘'«`]/.test(t)) t = t.slice(0, -1);
      // A bracket of negotiation left open or closed by the span ("resolution [8/1", "in particular] paragraph 99").
      if (t.includes('[') !== t.includes(']')) t = t.replace(/[[\]]/g, '');
      if (t.length > max) return `${t.slice(0, max - 1)}…`;
      return s.end > s.start + max * 4 ? `${t}…` : t;
    };
    // After a list of sessions ("its fourth and fifth sessions, held …") the words not read
    // follow the whole list: it is named, not only the last session.
    const list = ref.listSpan;
    const checked = quote(list ?? read, 80, true);
    const several = list !== undefined || ref.instruments.length > 1;
    const see = ref.seePart;
    // Quoted once: a list of thousands of instruments, each with a date, is one reference.
    let whole: string | undefined;
    // Unread dates come in order, as the instruments do: the one each follows is found by one pass.
    let mi = 0;
    for (const u of unread) {
      const what = quote(u, 60);
      if (u.topic) {
        // "its resolution 8/1 on central authorities": the words of its title, read and checked;
        // other words describe it in a way nothing here can check.
        const m = [...ref.instruments].reverse().find((x) => x.span.end <= u.start);
        const inst = m && (this.index.instrument(m.kind, m.symbol) ?? this.index.instrumentsWithSymbol(m.symbol)[0]);
        if (!inst || topicFollowsTitle(what, inst.title)) continue;
        this.problem(res, 'information', 'unchecked-topic', `“${what}” was read as what ${inst.kind} ${inst.symbol} is about; its words are not those of its title (“${truncateWords(inst.title, 100)}”), so it was not checked`, { start: u.start, end: u.end });
        continue;
      }
      if (u.date) {
        // Inside the citation: the instrument it follows is named, and the rest was checked.
        while (mi + 1 < ref.instruments.length && ref.instruments[mi + 1].span.end <= u.start) mi++;
        const m = ref.instruments[mi]?.span.end <= u.start ? ref.instruments[mi] : undefined;
        const after = m ? ` after ${m.kind} ${m.symbol}` : '';
        whole ??= quote(read, 80);
        const l = u.dateList;
        const message = u.sessionDates
          ? `the session named by “${what}” before the adoption is not read as the date of adoption (name it by its ordinal, “At its eighth session”, or give the date: “On 21 October 2016, the Conference adopted”), so the date of ${ref.instruments.map((x) => `${x.kind} ${x.symbol}`).join(', ')} was not checked; the rest of “${whole}” was`
          : u.meeting
          ? `“${what}”${after} was not checked: the sources do not number the meetings of the Conference's sessions; the rest of “${whole}” was`
          : u.session && u.otherBody
            ? `“${what}”${after} is a session of another body than the Conference, which adopts its resolutions and decisions, so it was not checked; ${m ? `${m.kind} ${m.symbol} itself was checked` : `the rest of “${whole}” was`}`
          : u.session
            ? `“${what}”${after} names no session in a form the checker reads (“at its eighth session”), so it was not checked; the rest of “${whole}” was`
          : l?.count !== undefined && l.instruments
            ? l.instruments.length === 1
              ? `${l.count} dates follow ${l.instruments[0]}, which was adopted on one day, so none was checked; give its date; the rest of “${whole}” was checked`
              : `${l.count} dates follow the ${l.instruments.length} instruments before them (${listAnd(l.instruments)}), so which date is whose is not known and none was checked; give one date for each instrument; the rest of “${whole}” was checked`
            : l
              ? `the dates “${what}”${after} are listed without “respectively”, or not each as a full date or a year (“21 October 2016”, “2016”), so none was paired with its instrument or checked; the rest of “${whole}” was`
              : `the date “${what}”${after} is not in a form the checker reads (“21 October 2016”), so it was not checked; the rest of “${whole}” was`;
        this.problem(res, 'warning', 'unread-locator', message, { start: u.start, end: u.end });
        continue;
      }
      if (u.documentPart) {
        // "CTOC/COP/2016/15, chap. I": read with the document, but no source gives its chapters.
        const doc = ref.document?.value ?? ref.symbol?.value ?? 'the document';
        const held = ref.document ? `, nor which of them holds ${listAnd(ref.instruments.map((m) => `${m.kind} ${m.symbol}`))}` : '';
        whole ??= quote(read, 80);
        const rest = ref.document ? `the rest of “${whole}” was checked` : `${doc} itself was checked`;
        const message = `“${what}” of ${doc} was not checked: the sources do not give the chapters or sections of the documents they cite${held}; check it in the document itself; ${rest}`;
        this.problem(res, 'warning', 'unread-locator', message, { start: u.start, end: u.end });
        continue;
      }
      if (u.pairs) {
        const n = u.pairs.instruments.length;
        const them = `${n === 1 ? 'the one instrument' : `the ${n} instruments`} before it (${listAnd(u.pairs.instruments)})`;
        const message =
          u.pairs.what === 'shared'
            ? `“${u.pairs.locator ?? what}” is said of ${listAnd(u.pairs.instruments)}, but another body's instrument and the Conference's are separate citations: ${listAnd(u.pairs.instruments.slice(1))} ${n > 2 ? 'were' : 'was'} checked without it; cite ${n > 2 ? 'each' : 'it'} apart (${u.pairs.instruments.slice(1).map((x) => `“${u.pairs!.locator ?? '…'} ${u.pairs!.link ?? 'of'} ${x}”`).join(', ')})`
            : u.pairs.what === 'both'
            ? `“${what}” speaks of ${listAnd(u.pairs.instruments)}, but ${listAnd(u.pairs.instruments.slice(0, -1))} ${n > 2 ? 'are' : 'is'} cited apart under a kind word of ${n > 2 ? 'their' : 'its'} own: it was checked for ${u.pairs.instruments[n - 1]} only; list them under one kind word (“decisions 2/6 and 3/4, both of …”) for each to be checked`
            : u.pairs.what === 'whose'
            ? `“${what}” may be the report's or ${u.pairs.instruments.join(' and ')}'s, which the report is on: which is not said, so it was not checked; write “paragraph … of the report” or “${u.pairs.instruments[0]}, paragraph …”`
            : u.pairs.what === 'annexes'
            ? `“${what}” follows ${n} instruments (${listAnd(u.pairs.instruments)}): whose annex it is, the last one's or each one's, is not said, so it was not checked; cite it with its instrument (“${u.pairs.instruments[n - 1]}, annex”)`
            : u.pairs.what === 'sessions'
            ? `“${what}” pairs ${u.pairs.count} sessions with ${them}, so no session was checked; give one session for each instrument`
            : u.pairs.what === 'locators' && u.pairs.count === n
              ? `“${what}” pairs ${n} locators with ${n} instruments (${listAnd(u.pairs.instruments)}) “respectively”, but each instrument has a kind word of its own, which this reading does not take as one list: none of the locators was checked; cite each with its own (“paragraph … of ${u.pairs.instruments[0]} and paragraph … of ${u.pairs.instruments[1]}”)`
            : u.pairs.what === 'locators'
              ? `“${what}” pairs ${u.pairs.count} ${u.pairs.count === 1 ? 'locator' : 'locators'} with ${n === 1 ? 'one instrument' : `${n} instruments`} (${listAnd(u.pairs.instruments)}) “respectively”, so which is whose is not known and none was checked; give one for each instrument`
            : `${u.pairs.count} titles follow ${n === 1 ? 'the one instrument' : `the ${n} instruments`} (${listAnd(u.pairs.instruments)}), so which title is whose is not known and none was checked; give one title for each instrument`;
        this.problem(res, 'warning', 'unread-locator', message, { start: u.start, end: u.end });
        continue;
      }
      if (see && u.start >= see.span.start && u.end <= see.span.end) {
        // "decision 3/2 (see part B, as amended)": what was not read is inside the parenthesis.
        const before = quote({ start: read.start, end: see.span.start }, 80);
        this.problem(res, 'warning', 'unread-locator', `${before} was checked; “${what}” in “(see part ${see.part}, …)” after it was not understood, so it was not checked`, { start: u.start, end: u.end });
        continue;
      }
      // "the present resolution" alone: nothing of it was checked but its name.
      const message =
        (ref.kind === 'self' || ref.kind === 'internal') && ref.items.length === 0
          ? `“${what}” ${u.side} “${checked}” was not understood, so it was not checked against this draft`
          : ref.kind === 'wg' && ref.wg?.meeting === 0 && !ref.wg.held
            ? `“${what}” after “${checked}” is not a date the checker reads (“held on 8 and 9 October 2014”), so which meeting it names was not checked`
          : u.held
            ? `${checked} was checked, but not the date in “${heldWording(this.text, u)}” after it: that is not a wording the checker reads; write “held …” or “which took place …” for it to be checked`
          : `${checked} ${several ? 'were' : 'was'} checked; “${what}” ${u.side} ${several ? 'them' : 'it'} was not understood, so it was not checked`;
      this.problem(res, 'warning', 'unread-locator', message + unseenNote(this.text.slice(u.start, u.end)), { start: u.start, end: u.end });
    }
  }

  private problem(res: Resolution, severity: Severity, code: string, message: string, span: Span, fixes: Fix[] = []): void {
    res.problems.push({ severity, code, message, span, fixes });
  }

  // ---- COP instruments -----------------------------------------------------------------
  private cop(ref: Reference, res: Resolution): void {
    if (ref.unreadSymbol) {
      this.unreadSymbol(ref, ref.unreadSymbol, res);
      return;
    }
    if (ref.singularList) {
      // The first kind word is singular; the list after it names several instruments.
      const m = ref.instruments[0];
      const written = this.text.slice(m.kindSpan.start, m.kindSpan.end);
      const plural = `${written}s`;
      const shared = ref.instruments.filter((x) => x.kindSpan.start === m.kindSpan.start).map((x) => x.symbol);
      this.problem(res, 'warning', 'kind-number', `“${written}” is followed by ${shared.length} instruments (${listAnd(shared)}), each checked; write “${plural}”`, m.kindSpan, [
        { title: `Change to “${plural}”`, span: m.kindSpan, newText: plural },
      ]);
    }
    // "resolutions 8/1": a plural kind word over one instrument (a second may have been meant, and dropped).
    // Not where more was written after it and not read: that is said instead.
    // The instruments under each kind word, by the word's start: a list is grouped once, not
    // searched again for each of its instruments (a list of thousands took seconds).
    const underKindWord = new Map<number, InstrumentMention[]>();
    for (const m of ref.instruments) {
      const list = underKindWord.get(m.kindSpan.start);
      if (list) list.push(m);
      else underKindWord.set(m.kindSpan.start, [m]);
    }
    // Those of the other kind under each kind word, found once for the word.
    const wrongUnder = new Map<number, InstrumentMention[]>();
    if (!ref.singularList && !ref.openRange && !ref.unread?.some((u) => u.side === 'after' && !u.documentPart)) {
      for (const m of ref.instruments) {
        const written = this.text.slice(m.kindSpan.start, m.kindSpan.end);
        if (!/^(?:resolution|decision)s$/i.test(written)) continue;
        if (underKindWord.get(m.kindSpan.start)!.length > 1) continue;
        const singular = written.slice(0, -1);
        this.problem(res, 'warning', 'kind-number', `“${written}” is followed by one instrument (${m.symbol}), which was checked; write “${singular}”, or name the others`, m.kindSpan, [{ title: `Change to “${singular}”`, span: m.kindSpan, newText: singular }]);
      }
    }
    const r = ref.openRange;
    if (r?.why === 'reversed') {
      const written = this.text.slice(r.span.start, r.span.end);
      const swapped = written.replace(r.from, '\u0000').replace(r.to, r.from).replace('\u0000', r.to);
      this.problem(res, 'error', 'reversed-range', `the range ${r.from} to ${r.to} runs backwards, so no instrument between them was checked; did you mean ${r.to} to ${r.from}?`, r.span, [
        { title: `Change to “${swapped}”`, span: r.span, newText: swapped },
      ]);
    } else if (r) {
      // Partial: the ends are checked, what lies between is not named and so not checked.
      const why = r.why === 'sessions' ? 'runs across sessions' : 'is longer than any session adopts';
      this.problem(res, 'warning', 'unread-locator', `the range ${r.from} to ${r.to} ${why}, so only its ends, ${r.from} and ${r.to}, were checked; name the instruments between them`, r.span);
    }
    // Whether the instruments sharing a claimed session were all adopted at one session, by the claim's start: found once per claim.
    const oneSession = new Map<number, boolean>();
    for (const m of ref.instruments) {
      if (m.written) this.symbolForm(m, res);
      let inst = this.index.instrument(m.kind, m.symbol);
      if (!inst) {
        const other = this.index.instrumentsWithSymbol(m.symbol);
        if (other.length === 1) {
          inst = other[0];
          const shared = underKindWord.get(m.kindSpan.start)!;
          // Under one kind word, one problem for all that are of the other kind, on the first of them
          // (one each, with one fix each that rewrote the whole list, grew with the square of the list).
          let wrong = wrongUnder.get(m.kindSpan.start);
          if (!wrong) {
            wrong = shared.length > 1 ? shared.filter((x) => !this.index.instrument(x.kind, x.symbol) && this.index.instrumentsWithSymbol(x.symbol).length === 1) : [m];
            wrongUnder.set(m.kindSpan.start, wrong);
          }
          if (wrong[0] === m) {
            const symbols = [...new Set(wrong.map((x) => x.symbol))];
            const message = symbols.length === 1 ? `${m.symbol} is a ${inst.kind}, not a ${m.kind}: ${inst.kind} ${inst.symbol}, “${inst.title}”` : `${namedUpTo(symbols, WRONG_KIND_NAMED)} are ${inst.kind}s, not ${m.kind}s`;
            this.problem(res, 'warning', 'wrong-kind', message, m.kindSpan, this.kindFixes(m, shared));
          }
        } else {
          // In a list with the Conference's own ("resolutions 8/1 and 55/25"), say why this one cannot be.
          const cannot = m.session >= 1000 ? '; the Conference numbers its instruments by session, never by year' : m.session > DEFAULT_LIMITS.maxSession ? `; the Conference has not held a ${ordinal(m.session)} session, so it is another body's or a slip` : '';
          this.problem(res, 'information', 'unknown-instrument', `${m.kind} ${m.symbol} is not among the indexed documents${cannot}; not checked`, m.span);
          continue;
        }
      }
      const see = ref.seePart;
      if (see && inst.compendia.length === 0) {
        // Every instrument of the shipped sources is in a part B; an extra source folder may add others.
        this.problem(res, 'warning', 'not-in-part-b', `${inst.kind} ${inst.symbol} is not reproduced in part B of either compendium; “see part ${see.part}” points nowhere`, see.span);
      } else if (see?.part === 'A') {
        const where = listAnd([...new Set(inst.compendia.map((c) => `the ${GROUP_NAMES[c.group]} compendium`))]);
        this.problem(res, 'warning', 'wrong-part', `${inst.kind} ${inst.symbol} is reproduced in part B of ${where}; part A holds the Working Groups' meetings`, see.letter, [
          { title: 'Change to “part B”', span: see.letter, newText: 'B' },
        ]);
      }
      if (m.date) this.checkDate(inst, m.date, res, m, ref.instruments);
      if (m.venue) this.checkVenue(inst, m.venue, res);
      if (m.sessionClaim) this.checkSessionClaim(ref, inst, m.sessionClaim, res, oneSession);
      const title = ref.titles ? ref.titles[ref.instruments.indexOf(m)] : ref.title;
      if (title) {
        const before = res.problems.length;
        this.checkTitle(inst, title, res, annexNamed(inst, ref.itemsRespectively ? [ref.items[ref.instruments.indexOf(m)]] : ref.items), m);
        // One title said of several instruments: a fix right for one is wrong for the others.
        if (!ref.titles && ref.instruments.length > 1) for (let p = before; p < res.problems.length; p++) res.problems[p].fixes = [];
      }
      // A locator after a list of instruments is checked against each of them.
      if (ref.items.length > 0) {
        const before = res.problems.length;
        this.items(inst, ref.itemsRespectively ? [ref.items[ref.instruments.indexOf(m)]] : ref.items, res);
        // A label shared by several instruments: a fix right for one may be wrong for the others.
        if (ref.instruments.length > 1) for (let p = before; p < res.problems.length; p++) res.problems[p].fixes = [];
      }
      else res.targets.push(targetOf(this.index, this.index.part(inst.id)!, m.span));
    }
    // "its resolution 8/1, adopted at its fifth session, held in Vienna from …": the session and its particulars.
    if (ref.session) this.session(ref, res);
    if (ref.document) this.documentOf(ref, res);
    const meeting = meetingPlacedIn(this.text, ref, this.neighbours);
    if (meeting) this.checkMeetingAnnex(ref, meeting, res);
  }

  /**
   * "the recommendations adopted by the Working Group on International Cooperation at its sixth
   * meeting are contained in annex II to resolution 8/1": the annex must be the one that carries
   * that meeting's recommendations (each part was checked alone, and a wrong annex was ok).
   */
  private checkMeetingAnnex(ref: Reference, named: NonNullable<Reference['wg']>, res: Resolution): void {
    // Named by its dates: the meeting held then (none: the meeting's own reference says so).
    const byDates = named.meeting === 0 ? meetingHeldOn(this.index, named) : undefined;
    if (named.meeting === 0 && !byDates) return;
    const wg = byDates ? { ...named, meeting: byDates.number } : named;
    // "at its eighth and ninth meetings, contained in annexes I and II": an annex carries one of them
    // (annex I was said to carry the wrong meeting's, a false error on correct text).
    const numbers = [...(named.meeting > 0 ? meetingsListedBefore(this.text, named, this.neighbours) : []).map((x) => x.meeting).reverse(), wg.meeting];
    const carriesOne = (a: Annex | undefined, n: number): boolean => a?.meeting?.group === wg.group && a.meeting.number === n;
    const carries = (a: Annex): boolean => numbers.some((n) => carriesOne(a, n));
    const meetingOf = (m: NonNullable<Annex['meeting']>): string => `the ${ordinal(m.number)} meeting of the ${workingGroupName(m.group)}`;
    // The annexes named, and the first meeting of the list none of them carries: the one a message speaks of.
    const annexesNamed = ref.instruments.flatMap((m) => {
      const inst = this.index.instrument(m.kind, m.symbol);
      return inst ? ref.items.flatMap((it) => (it.annex ? [annexOf(inst, it.annex.figures !== undefined ? toRoman(it.annex.figures) : it.annex.key)] : [])) : [];
    });
    const uncovered = numbers.filter((n) => !annexesNamed.some((a) => carriesOne(a, n)));
    const subject = uncovered[0] ?? wg.meeting;
    // The annex that does carry them, looked for once for all the instrument's items.
    let right: { i: Instrument; a: Annex } | undefined;
    for (const i of this.index.data.instruments) {
      const a = i.annexes.find((x) => carriesOne(x, subject));
      if (a) {
        right = { i, a };
        break;
      }
    }
    const owner = meetingOf({ group: wg.group, number: subject });
    // "The recommendations adopted are contained in Conference decision 4/3": in the body of an
    // instrument without annexes (the Technical Assistance group's first meetings).
    const carriedBy = this.index.meeting(wg.group, wg.meeting)?.carriedBy;
    const inBody = carriedBy && this.index.instrument(carriedBy.kind, carriedBy.symbol);
    const tail = (where: string | undefined): string => (where ? `those of ${owner} are in ${where}` : `no indexed annex carries those of ${owner}`);
    for (const m of ref.instruments) {
      const inst = this.index.instrument(m.kind, m.symbol);
      if (!inst) continue;
      if (ref.items.length === 0) {
        // "… at its ninth meeting are contained in Conference resolution 6/4": one of its annexes must carry them.
        if (inst.annexes.some(carries) || inst === inBody) continue;
        const theirs = inst.annexes.flatMap((a) => (a.meeting ? [meetingOf(a.meeting)] : []));
        for (const x of this.index.data.meetings) if (x.carriedBy?.kind === inst.kind && x.carriedBy.symbol === inst.symbol) theirs.push(meetingOf(x));
        const holds = theirs.length > 0 ? `carries the recommendations of ${listAnd(theirs)}` : 'carries no Working Group meeting’s recommendations';
        const where = right ? `${right.a.key ? `annex ${right.a.key} to ` : right.i.annexes.length > 1 ? 'the annex to ' : ''}${right.i.kind} ${right.i.symbol}` : inBody && `${inBody.kind} ${inBody.symbol}`;
        // Written as the sentence reads on: after "annexed to" the instrument alone ("annexed to annex I to
        // resolution 8/1" was the fix), after "Conference" the annex before it ("Conference annex I to …").
        // The meeting's ordinal may be the slip as much as the instrument: offered, never preferred.
        const before = this.text.slice(Math.max(0, m.span.start - 24), m.span.start);
        const annexedTo = /\bannex(?:ed|es)?[\s*_]+to[\s*_]+$/i.test(before);
        const conference = !annexedTo && /\bConference[\s*_]+$/.exec(before);
        const fix: Fix[] = [];
        if (right && annexedTo) fix.push({ title: `Change to “${right.i.kind} ${right.i.symbol}”`, span: m.span, newText: `${right.i.kind} ${right.i.symbol}`, ask: true });
        else if (where && conference && right) {
          const whereConference = where.replace(`${right.i.kind} ${right.i.symbol}`, `Conference ${right.i.kind} ${right.i.symbol}`);
          fix.push({ title: `Change to “${whereConference}”`, span: { start: m.span.start - conference[0].length, end: m.span.end }, newText: whereConference, ask: true });
        } else if (where) fix.push({ title: `Change to “${where}”`, span: m.span, newText: where, ask: true });
        // Its one meeting of the group named: the ordinal may be what is wrong.
        const mine = inst.annexes.flatMap((a) => (a.meeting?.group === wg.group ? [a.meeting.number] : []));
        const ordinalFix = mine.length === 1 ? this.ordinalFix(wg.span, mine[0], 'meeting', `the meeting whose recommendations ${inst.kind} ${inst.symbol} carries`) : undefined;
        if (ordinalFix) fix.push(ordinalFix);
        this.problem(res, 'warning', 'wrong-annex', `${inst.kind} ${inst.symbol} ${holds}; ${tail(where)}`, m.span, fix);
        continue;
      }
      for (const it of ref.items) {
        // "annex 2" is read as annex II (annexInFigures): the same annex here.
        const key = it.annex ? (it.annex.figures !== undefined ? toRoman(it.annex.figures) : it.annex.key) : '';
        const annex = it.annex ? annexOf(inst, key) : undefined;
        if (!annex || !it.annex || carries(annex)) continue;
        const where = right && `${right.a.key ? `annex ${right.a.key}` : 'the annex'} to ${right.i.kind} ${right.i.symbol}`;
        const what = `${key ? `annex ${key}` : 'the annex'} to ${inst.kind} ${inst.symbol}`;
        const holds = annex.meeting ? `carries the recommendations of ${meetingOf(annex.meeting)}` : 'carries no Working Group meeting’s recommendations';
        // Written as the annex is ("annex III", or "III" in "annexes I and III": "annexes I and annex II" was the fix).
        const fix: Fix[] = right && right.i === inst && right.a.key && key ? [{ title: `Change to “annex ${right.a.key}”`, span: it.annex.span, newText: annexFixText(this.text.slice(it.annex.span.start, it.annex.span.end), right.a.key) }] : [];
        // The annex may be right and the meeting's ordinal wrong: either fix, neither preferred.
        const ordinalFix = annex.meeting?.group === wg.group ? this.ordinalFix(wg.span, annex.meeting.number, 'meeting', `the meeting whose recommendations ${what} carries`) : undefined;
        if (ordinalFix) fix.push(ordinalFix);
        this.problem(res, 'warning', 'wrong-annex', `${what} ${holds}; ${tail(where)}`, it.annex.span, fix);
      }
    }
    // Each meeting of a list in one of the annexes named ("eighth and ninth meetings, contained in annex I"),
    // said once, where no annex was said to be wrong.
    if (numbers.length > 1 && uncovered.length > 0 && annexesNamed.length > 0 && annexesNamed.every((a) => a && carries(a))) {
      const last = ref.items[ref.items.length - 1].annex!.span;
      const where = right ? `${right.a.key ? `annex ${right.a.key}` : 'the annex'} to ${right.i.kind} ${right.i.symbol}` : undefined;
      this.problem(res, 'warning', 'wrong-annex', `no annex named here carries the recommendations of ${listAnd(uncovered.map((n) => meetingOf({ group: wg.group, number: n })))}${where && uncovered.length === 1 ? `; they are in ${where}` : ''}`, last);
    }
  }

  /**
   * "… at its meeting held on 8 and 9 October 2014, during the seventh session of the Conference":
   * the meeting must have been held during that session (each part was checked alone, and a wrong
   * session was ok).
   */
  private checkMeetingDuring(ref: Reference, before: Reference, res: Resolution): void {
    const wg = before.wg!;
    const sessions = this.index.data.sessions;
    const session = sessions.find((x) => x.number === ref.session!.number);
    if (!session) return;
    const meeting = wg.meeting > 0 ? this.index.meeting(wg.group, wg.meeting) : meetingHeldOn(this.index, wg);
    if (!meeting || session.meetings.includes(meeting.id)) return;
    const during = sessions.find((x) => x.meetings.includes(meeting.id));
    const name = `${ordinal(meeting.number)} meeting of the ${workingGroupName(meeting.group)}`;
    const held = meeting.dates ? `was held ${meeting.dates}` : 'was held';
    const when = during ? `, during the ${ordinal(during.number)} session (${during.dates ?? 'dates not stated'}), not the ${ordinal(session.number)} (${session.dates ?? 'dates not stated'})` : `, not during the ${ordinal(session.number)} session (${session.dates ?? 'dates not stated'})`;
    const span = ref.session!.span;
    // The ordinal alone is written over: the fix kept "session" out of its text and wrote over it
    // ("during the seventh of the Conference", found by the editor probe).
    const fix = during ? this.ordinalFix(span, during.number, 'session', `the session the meeting was held during`) : undefined;
    this.problem(res, 'warning', 'no-meeting-during', `the ${name} ${held}${when}`, span, fix ? [fix] : []);
  }

  /**
   * "adopted at its fifth session", after the instrument or after a list of them (then checked for
   * each, the message naming the one it is wrong for). A fix is offered when the words claim one
   * session for instruments all adopted at another; a claim that may speak of the last of a list
   * alone is not said wrong for the others: it is said not checked for them.
   */
  private checkSessionClaim(ref: Reference, inst: Instrument, claim: NonNullable<InstrumentMention['sessionClaim']>, res: Resolution, oneSession: Map<number, boolean>): void {
    if (claim.among ? claim.among.includes(inst.session) : claim.number === inst.session) return;
    const name = `${inst.kind} ${inst.symbol}`;
    // " , respectively": "(respectively)" as read (`withRespectivelyAsClause`).
    const phrase = this.text.slice(claim.phrase.start, claim.phrase.end).replace(/[*_]/g, '').replace(/\s+/g, ' ').replace(/ ,/g, ',').trim();
    if (claim.maybe) {
      this.problem(res, 'warning', 'unread-locator', `${name} was checked, but not “${phrase}” for it: written after ${claim.maybe.of}, it may speak of ${claim.maybe.of} alone, and ${name} was adopted at the ${ordinal(inst.session)} session; if it speaks of both, name each one's session`, claim.phrase);
      return;
    }
    const s = inst.sessionInfo;
    const when = s.dates ? `, ${s.dates}` : '';
    // Which words said so, when they are not right after the instrument: after a list, or paired "respectively".
    const respectively = (claim.paired || (claim.span.start !== claim.phrase.start && /\brespectively$/i.test(phrase))) && !claim.among;
    const tail = claim.among
      ? `, which is not among the sessions “${phrase}” names`
      : respectively
        ? `, not the ${ordinal(claim.number)}, which “${phrase}” pairs with it`
        : `, not the ${ordinal(claim.number)}${claim.apart ? ` (“${phrase}” is said of every instrument the sentence adopts)` : claim.shared ? ` (“${phrase}” follows the list and is read for each of its instruments)` : ''}`;
    // A claim read before "adopted" spans its noun too ("At its eighth session, the Conference
    // adopted …"): the noun stays (the fix wrote "At its ninth, the Conference …").
    const spanned = this.text.slice(claim.span.start, claim.span.end);
    const noun = /[\s\u00a0*_]+sessions?$/i.exec(spanned)?.[0] ?? '';
    const written = spanned.slice(0, spanned.length - noun.length);
    // As written: "COP8" → "COP9", "8th" → "9th", "(session 8)" → "9", "eighth" → "ninth".
    const right = (/^cop/i.test(written) ? `${written.match(/^cop[\s-]*/i)![0]}${inst.session}` : /^\d+$/.test(written) ? String(inst.session) : /^\d+(?:st|nd|rd|th)$/i.test(written) ? `${inst.session}${ordinalSuffix(inst.session)}` : ordinal(inst.session)) + noun;
    // One fix for words shared by several instruments only if it is right for all of them.
    // Every shared claim's instruments are grouped in one pass over the list, the first time one is
    // needed: a pass per claim made a long list of "…, both adopted at …" quadratic.
    if (claim.shared && !oneSession.has(claim.span.start)) {
      const sessions = new Map<number, Set<number | undefined>>();
      for (const x of ref.instruments) {
        const c = x.sessionClaim;
        if (!c?.shared) continue;
        let set = sessions.get(c.span.start);
        if (!set) sessions.set(c.span.start, (set = new Set()));
        set.add((this.index.instrument(x.kind, x.symbol) ?? this.index.instrumentsWithSymbol(x.symbol)[0])?.session);
      }
      for (const [at, set] of sessions) oneSession.set(at, set.size === 1);
    }
    const one = claim.shared ? oneSession.get(claim.span.start) === true : true;
    // "resolution 8/1, adopted at its fifth session, held in Vienna from 18 to 22 October 2010": the
    // session and its dates agree, the symbol may be the slip (the preferred fix left the 2010 dates wrong).
    const d = ref.session?.number === claim.number ? ref.session.held?.date : undefined;
    const claimed = d?.start ? this.index.data.sessions.find((x) => x.number === claim.number) : undefined;
    const agree = !!claimed?.start && !!d?.start && (d.form === 'in' || d.within ? heldIn(claimed, d.start) : claimed.start === d.start);
    const fixes: Fix[] = !claim.among && !claim.apart && one ? [{ title: `Change to “${right}”`, span: claim.span, newText: right, ...(agree ? { ask: true as const } : {}) }] : [];
    this.problem(res, 'warning', 'wrong-session', `${name} was adopted at the ${ordinal(inst.session)} session of the Conference${when}${tail}`, claim.span, fixes);
  }

  /** "resolution 8 / 1", "resolution 8⁄1": read as 8/1 and checked; how it was written is said, with the fix. */
  private symbolForm(m: InstrumentMention, res: Resolution): void {
    const span = m.written!;
    const written = this.text.slice(span.start, span.end);
    // Emphasis marks inside the symbol ("*8*/1") are markup, not a look-alike of the slash.
    const marks = [...new Set([...written].filter((c) => c === '*' || c === '_'))];
    const odd = [...written].filter((c) => c !== '/' && c !== '*' && c !== '_' && !/[\d\s]/.test(c)).map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
    const zero = /(?:^|[^\d])0\d/.test(written);
    const what = odd.length > 0 ? `a look-alike of the slash (${[...new Set(odd)].join(', ')})` : marks.length > 0 ? `emphasis marks inside it (“${marks.join('”, “')}”)` : zero && !/\s/.test(written) ? 'a leading zero' : 'spaces around the slash';
    this.problem(res, 'warning', 'symbol-form', `“${written}” was read as ${m.kind} ${m.symbol}; it is written with ${what}: write “${m.symbol}”, as the Conference's documents print its symbols (search and links need that form)`, span, [
      { title: `Change to “${m.symbol}”`, span, newText: m.symbol },
    ]);
  }

  /** "resolution 8.1", "resolution 1325": no symbol was read, so nothing in the citation was checked. */
  private unreadSymbol(ref: Reference, u: NonNullable<Reference['unreadSymbol']>, res: Resolution): void {
    const quote = (s: Span): string => this.text.slice(s.start, s.end).replace(/<[^<>\n]{0,40}>|[*_]/g, '').replace(/\s+/g, ' ').trim();
    const written = quote(u.span);
    const all = quote(ref.span);
    // The kind word as written ("resolution", "res."), not a "No." between it and the number.
    const before = quote({ start: ref.span.start, end: u.span.start }).split(' ');
    while (before.length > 1 && /^(?:no|nos|numbers?)\.?$/i.test(before[before.length - 1])) before.pop();
    const kindWord = before.pop() || 'resolution';
    const other = u.explicit || !/^\d+$/.test(written) ? '' : `; if it is another body's, name the body (“Security Council ${kindWord} ${written}”)`;
    this.problem(
      res,
      'error',
      'unread-symbol',
      `“${written}” is not a symbol of the Conference of the Parties, so “${all}” was not checked: its resolutions and decisions are numbered by session and number, as in “${kindWord} 8/1”${other}`,
      u.span,
    );
  }

  /**
   * Fixes for a wrong kind word. When one plural word covers instruments of both kinds
   * ("Decisions 8/1 and 3/2"), changing the word would break the others: the list is
   * rewritten with each instrument's own kind instead ("Resolution 8/1 and decision 3/2").
   */
  private kindFixes(m: InstrumentMention, shared: readonly InstrumentMention[]): Fix[] {
    const written = this.text.slice(m.kindSpan.start, m.kindSpan.end);
    const kinds = shared.map((x) => (this.index.instrument(x.kind, x.symbol) ?? this.index.instrumentsWithSymbol(x.symbol)[0])?.kind ?? x.kind);
    if (shared.length <= 1 || kinds.every((k) => k === kinds[0])) {
      const fixed = kindWordLike(written, kinds[shared.indexOf(m)] ?? m.kind);
      return [{ title: `Change to “${fixed}”`, span: m.kindSpan, newText: fixed }];
    }
    if (shared.slice(0, -1).some((x) => x.date)) return [];
    // "its decisions 8/1 and 3/2" → "its resolution 8/1 and its decision 3/2": with "its" before each
    // kind word the list stays one citation, and a "respectively" after it keeps its pairs.
    const its = /\bits[ \u00a0]+$/i.test(this.text.slice(Math.max(0, m.kindSpan.start - 8), m.kindSpan.start)) ? 'its ' : '';
    const words = shared.map((x, i) => `${i > 0 ? its : ''}${i === 0 && /^[A-Z]/.test(written) ? kinds[i][0].toUpperCase() + kinds[i].slice(1) : kinds[i]} ${x.symbol}`);
    const newText = words.length === 2 ? `${words[0]} and ${words[1]}` : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
    const span = { start: m.kindSpan.start, end: shared[shared.length - 1].span.end };
    return [{ title: `Change to “${newText}”`, span, newText }];
  }

  /**
   * "resolution 8/1 (2016)", "adopted in October 2016": the year, or the month and year, of
   * adoption (any the sources give), else of the session.
   */
  private checkYear(inst: Instrument, name: string, date: { text: string; year: string; month?: number }, span: Span, res: Resolution, shared = false): void {
    const period = date.month === undefined ? date.year : `${date.year}-${String(date.month).padStart(2, '0')}`;
    const dates = inst.adoption ? [inst.adoption, ...(inst.otherDates ?? [])] : [];
    if (dates.length > 0) {
      if (dates.some((d) => d.iso.startsWith(period))) return;
      const iso = dates[0].iso;
      const right = date.month === undefined ? iso.slice(0, 4) : `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
      this.problem(res, 'warning', 'wrong-date', `${name} was adopted on ${formatIsoDate(iso)}, not in ${asWords(date.text)} (${sourceNames(this.index).where(dates[0].foundAt)})`, span, shared ? [] : [{ title: `Change ${date.month === undefined ? 'the year' : 'the month and year'} to ${right}`, span, newText: right }]);
      return;
    }
    const s = inst.sessionInfo;
    if (s.start && s.end && (period < s.start.slice(0, period.length) || period > s.end.slice(0, period.length))) {
      this.problem(res, 'warning', 'wrong-date', `${name} was adopted at the ${ordinal(inst.session)} session of the Conference, ${s.dates}; ${asWords(date.text)} is outside it`, span);
    }
  }

  /** "adopted in Vienna": against the venue of the instrument's session where a source states it; otherwise said to be unchecked (partial). */
  private checkVenue(inst: Instrument, venue: NonNullable<InstrumentMention['venue']>, res: Resolution): void {
    // The session as the sources describe it, merged over all of them (a session document's front matter states its venue).
    const known = this.index.session(inst.session)?.venue ?? inst.sessionInfo.venue;
    const session = `the ${ordinal(inst.session)} session of the Conference`;
    if (!known) {
      this.problem(res, 'information', 'unchecked-venue', `the sources do not say where ${session} was held, at which ${inst.kind} ${inst.symbol} was adopted; “${venue.text}” was not checked`, venue.span);
    } else if (venue.text !== known && !venue.text.startsWith(`${known},`) && !venue.text.startsWith(`${known} `)) {
      this.problem(res, 'warning', 'wrong-venue', `${inst.kind} ${inst.symbol} was adopted at ${session}, held in ${known}, not in ${venue.text}`, venue.span, [{ title: `Change to “${known}”`, span: venue.span, newText: known }]);
    }
  }

  /**
   * "resolution 9/3 (CTOC/COP/2016/15)", "the eighth session of the Conference (CTOC/COP/2014/13)":
   * the document written beside a reference must be the one that holds it (each was checked on
   * its own, and a report of another session passed).
   */
  private checkDocumentOf(beside: Reference, ref: Reference, res: Resolution): void {
    const sym = ref.symbol!;
    const ids = new Set(res.targets.map((t) => t.id));
    if (ids.size === 0) return;
    const sessionOf = (n: number) => this.index.data.sessions.find((x) => x.number === n);
    let what: string;
    let right: string | undefined;
    if (beside.kind === 'cop') {
      // Each instrument it is said to hold ("CTOC/COP/2016/15, chap. I, resolutions 8/1 and 8/4");
      // a fix only where one document holds them all (else it would only move the problem).
      const held = beside.instruments.flatMap((m) => {
        const inst = this.index.instrument(m.kind, m.symbol);
        return inst ? [{ inst, s: sessionOf(inst.session) }] : [];
      });
      const reports = new Set(held.map((h) => h.s?.reportSymbol ?? h.inst.reportSymbol));
      for (const { inst, s } of held) {
        if (ids.has(inst.id) || (s && ids.has(s.id))) continue;
        this.wrongDocument(sym, res, `${inst.kind} ${inst.symbol}, adopted at the ${ordinal(inst.session)} session of the Conference`, s?.reportSymbol ?? inst.reportSymbol, reports.size === 1);
      }
      return;
    } else if (beside.kind === 'session') {
      const s = sessionOf(beside.session!.number);
      if (!s || ids.has(s.id)) return;
      what = `the ${ordinal(s.number)} session of the Conference`;
      right = s.reportSymbol;
    } else {
      const wg = beside.wg!;
      const mt = this.index.data.meetings.find((x) => x.group === wg.group && x.number === wg.meeting);
      if (!mt || ids.has(mt.id)) return;
      what = `the ${ordinal(mt.number)} meeting of the ${workingGroupName(mt.group)}`;
      right = mt.reportSymbol;
    }
    this.wrongDocument(sym, res, what, right);
  }

  /**
   * "resolution 8/1, as contained in the report of the Conference on its ninth session": each
   * instrument must have been adopted at that session (it was ok: the session and the instrument
   * were checked apart). A fix of the ordinal only where every instrument is of one session.
   */
  private checkReportHolds(ref: Reference, holder: Reference, res: Resolution): void {
    const number = ref.session!.number;
    const span = ref.session!.span;
    const held = holder.instruments.flatMap((m) => {
      const inst = this.index.instrument(m.kind, m.symbol);
      return inst ? [inst] : [];
    });
    const sessions = new Set(held.map((i) => i.session));
    for (const inst of held) {
      if (inst.session === number) continue;
      const s = this.index.data.sessions.find((x) => x.number === inst.session);
      const noun = /sessions?$/i.exec(this.text.slice(span.start, span.end))?.[0] ?? 'session';
      const right = `${ordinal(inst.session)} ${noun}`;
      // The report's symbol written after it is that session's ("… on its ninth session (CTOC/COP/2018/13)"): the two agree, the instrument may be the slip.
      const named = this.index.data.sessions.find((x) => x.number === number)?.reportSymbol;
      const agree = named !== undefined && this.text.slice(span.end, span.end + REPORT_SYMBOL_AFTER).includes(named);
      const fixes: Fix[] = sessions.size === 1 ? [{ title: `Change to “${right}”`, span, newText: right, ...(agree ? { ask: true as const } : {}) }] : [];
      this.problem(res, 'warning', 'wrong-document', `the report of the Conference on its ${ordinal(number)} session does not hold ${inst.kind} ${inst.symbol}, adopted at the ${ordinal(inst.session)} session of the Conference${s?.reportSymbol ? `, whose report is ${s.reportSymbol}` : ''}`, span, fixes);
    }
  }

  /** `sym` does not hold `what`, which `right` (if known) does: said, with `res.targets` (what `sym` is the report of). */
  private wrongDocument(sym: NonNullable<Reference['symbol']>, res: Resolution, what: string, right: string | undefined, fix = true): void {
    const is = listAnd([...new Set(res.targets.map((t) => `the ${t.citation}`))]);
    const fixes = fix && right && right !== sym.value ? [{ title: `Change to ${right}`, span: sym.span, newText: right }] : [];
    this.problem(res, 'warning', 'wrong-document', `${sym.value} is the report of ${is}, not of ${what}${right ? `, whose report is ${right}` : ''}`, sym.span, fixes);
  }

  /**
   * "resolution 8/1 (CTOC/COP/2016/15, chap. I)": the document in the citation is checked as one
   * cited alone is, and must hold each instrument; what it is the report of is a target too.
   */
  private documentOf(ref: Reference, res: Resolution): void {
    const doc = ref.document!;
    const sym: Reference = { kind: 'symbol', span: doc.span, instruments: [], items: [], symbol: doc };
    const own: Resolution = { reference: sym, status: 'ok', targets: [], problems: [] };
    this.symbol(sym, own);
    this.checkDocumentOf(ref, sym, own);
    for (const t of own.targets) res.targets.push(t);
    for (const p of own.problems) res.problems.push(p);
  }

  private checkDate(inst: Instrument, date: NonNullable<InstrumentMention['date']>, res: Resolution, mention?: InstrumentMention, listed: readonly InstrumentMention[] = []): void {
    const name = `${inst.kind} ${inst.symbol}`;
    if (date.maybe) {
      // Written after another instrument cited under its own kind word: a mismatch is not said wrong, but not checked.
      const scratch: Resolution = { reference: res.reference, status: 'ok', targets: [], problems: [] };
      this.checkDate(inst, { ...date, maybe: undefined }, scratch, mention, listed);
      if (!scratch.problems.some((p) => p.severity !== 'information')) {
        for (const p of scratch.problems) res.problems.push(p);
        return;
      }
      const s = inst.sessionInfo;
      const when = inst.adoption ? `on ${formatIsoDate(inst.adoption.iso)}` : `at the ${ordinal(inst.session)} session${s.dates ? ` (${s.dates})` : ''}`;
      this.problem(res, 'warning', 'unread-locator', `${name} was checked, but not the date “${asWords(date.text)}” for it: written after ${date.maybe.of}, it may be ${date.maybe.of}'s alone, and ${name} was adopted ${when}; if it is said of both, give each one's date`, date.span);
      return;
    }
    if (date.year) {
      // A year or month written once for several instruments is each one's: no fix changes it for this one.
      const shared = date.apart === true || (listFacts(listed).byDate.get(date.span.start)?.length ?? 0) > 1;
      this.checkYear(inst, name, { text: date.text, year: date.year, month: date.month }, date.span, res, shared);
      return;
    }
    if (!date.iso) {
      this.problem(res, 'warning', 'invalid-date', `“${asWords(date.text)}” is not a valid date`, date.span);
      return;
    }
    const w = date.weekday;
    const actual = w ? new Date(`${date.iso}T00:00:00Z`).getUTCDay() : undefined;
    // Only of the right date: a wrong date's fix writes the date without it.
    const rightDate = !inst.adoption || inst.adoption.iso === date.iso || inst.otherDates?.some((d) => d.iso === date.iso);
    if (w && rightDate && actual !== undefined && actual !== w.day) {
      const right = WEEKDAY_NAMES[actual];
      // "Mon." is corrected as it is written: "Fri." (the dot stays).
      const newText = w.span.end - w.span.start < right.length ? right.slice(0, 3) : right;
      this.problem(res, 'warning', 'wrong-date', `${formatIsoDate(date.iso)} was a ${right}, not a ${WEEKDAY_NAMES[w.day]}`, w.span, [{ title: `Change to “${newText}”`, span: w.span, newText }]);
    }
    if (inst.adoption && inst.otherDates?.length) {
      const all = [inst.adoption, ...inst.otherDates];
      const listed = all.map((d) => `${formatIsoDate(d.iso)} (${sourceNames(this.index).where(d.foundAt)})`).join(' and ');
      const known = all.some((d) => d.iso === date.iso);
      this.problem(res, 'warning', known ? 'ambiguous-date' : 'wrong-date', `the sources disagree on when ${name} was adopted: ${listed}${known ? '' : `; ${asWords(date.text)} is neither`}`, date.span);
      return;
    }
    if (inst.adoption) {
      if (inst.adoption.iso !== date.iso) {
        const right = formatIsoDate(inst.adoption.iso);
        // A date written once for a list ("resolutions 5/8 and 6/1, of 22 October 2010") is each
        // one's: changed to this one's, it would be wrong for the others (the fix broke 5/8).
        const { byDate, names: others } = listFacts(listed);
        const sharers = (byDate.get(date.span.start) ?? []).filter((o) => o !== mention);
        const dateFix = !date.apart && sharers.every((o) => this.index.instrument(o.kind, o.symbol)?.adoption?.iso === inst.adoption!.iso) ? [{ title: `Change the date to ${right}`, span: date.span, newText: right }] : [];
        // The drafter may have the date right and the instrument wrong: offer the one of that date
        // (not one the list already names).
        const ofThatDate = mention ? this.index.data.instruments.filter((i) => i.adoption?.iso === date.iso && i !== inst && !others.has(`${i.kind} ${i.symbol}`)) : [];
        const single = mention && mention.kindSpan.start === mention.span.start;
        const written = mention ? this.text.slice(mention.kindSpan.start, mention.kindSpan.end) : '';
        this.problem(res, 'warning', 'wrong-date', `${name} was adopted on ${right}, not ${asWords(date.text)} (as stated in ${sourceNames(this.index).where(inst.adoption.foundAt)})`, date.span, [
          ...dateFix,
          ...ofThatDate
            .filter((o) => single || o.kind === inst.kind)
            .map((o) => {
              const newText = single ? `${kindWordLike(written, o.kind)} ${o.symbol}` : o.symbol;
              return { title: `Change to ${o.kind} ${o.symbol}, adopted on ${asWords(date.text)} — ${truncateWords(o.title, 70)}`, span: single ? mention!.span : { start: mention!.span.end - mention!.symbol.length, end: mention!.span.end }, newText };
            }),
        ]);
      }
      return;
    }
    const s = inst.sessionInfo;
    if (s.start && s.end && (date.iso < s.start || date.iso > s.end)) {
      this.problem(res, 'warning', 'wrong-date', `${name} was adopted at the ${ordinal(inst.session)} session of the Conference, ${s.dates}; ${asWords(date.text)} is outside it`, date.span);
      return;
    }
    // "ok" means the date was checked: here only that it falls within the session, which is said.
    const within = s.start && s.end ? `${asWords(date.text)} falls within the ${ordinal(inst.session)} session of the Conference (${s.dates}), which is all that was checked` : `“${asWords(date.text)}” was not checked`;
    this.problem(res, 'information', 'unchecked-date', `the sources do not give the day ${name} was adopted: ${within}`, date.span);
  }

  /**
   * The title quoted with an instrument. With one annex named ("annex I to resolution 8/1,
   * entitled “…”", "resolution 8/1, annex II, entitled “…”") it may be the instrument's title, as
   * the sources cite it after the instrument, or the annex's own heading: either is right, and a
   * title that is neither is said with both.
   */
  private checkTitle(inst: Instrument, title: NonNullable<Reference['title']>, res: Resolution, annex?: Annex, mention?: InstrumentMention): void {
    const written = normTitle(title.text);
    if (sameTitle(title.text, inst.title)) return;
    const heading = annex?.heading ? annex : undefined;
    if (heading && sameTitle(title.text, heading.heading)) return;
    const name = `${inst.kind} ${inst.symbol}`;
    const quoted = truncateWords(title.text, 200);
    const own = { title: `Use the title of ${name}`, span: title.span, newText: inst.title };
    // The heading of another of its annexes ("resolution 8/1, annex II, entitled <annex I's heading>").
    const other = inst.annexes.find((a) => a !== heading && a.heading && normTitle(a.heading) === written);
    const otherSaid = other ? ` (that is the heading of ${annexLabel(other.key)} to ${name})` : '';
    if (!heading) {
      const fixes = [own];
      // The title of another instrument of its kind, written whole: the symbol may be the slip
      // ("resolution 9/3 of 21 October 2016, entitled <8/1's title>"): that change is offered too.
      const titled = mention && !title.maybe ? this.index.data.instruments.find((i) => i !== inst && i.kind === inst.kind && sameTitle(title.text, i.title)) : undefined;
      const symbolAt = mention ? mention.span.end - mention.symbol.length : -1;
      if (titled && mention && this.text.slice(symbolAt, mention.span.end) === mention.symbol) {
        fixes.push({ title: `Change to ${titled.kind} ${titled.symbol}, whose title this is`, span: { start: symbolAt, end: mention.span.end }, newText: titled.symbol });
        this.problem(res, 'warning', 'wrong-title', `the title of ${name} is “${inst.title}”; the draft has “${quoted}”, the title of ${titled.kind} ${titled.symbol}`, title.span, fixes);
        return;
      }
      if (title.maybe) {
        // Quoted without "entitled" and in lower case: perhaps a topic, not a wrong title; not checked, and said.
        this.problem(res, 'warning', 'unread-locator', `${name} was checked, but not the quoted “${quoted}” after it: that is not the title of ${name} (“${inst.title}”), and written without “entitled” it may be a topic or words quoted from it rather than its title; if it is meant as the title, replace it with the title`, title.span, fixes);
        return;
      }
      this.problem(res, 'warning', 'wrong-title', `the title of ${name} is “${inst.title}”; the draft has “${quoted}”${otherSaid}`, title.span, fixes);
      return;
    }
    const label = `${annexLabel(heading.key)} to ${name}`;
    const head = { title: `Use the heading of ${label}`, span: title.span, newText: heading.heading };
    // The likelier one first: the heading for another annex's heading or a text nearer the heading than the title.
    const fixes = other || sharedWords(title.text, heading.heading) > sharedWords(title.text, inst.title) ? [head, own] : [own, head];
    if (title.maybe) {
      this.problem(res, 'warning', 'unread-locator', `${name} was checked, but not the quoted “${quoted}” after it: that is neither the title of ${name} (“${inst.title}”) nor the heading of ${label} (“${heading.heading}”), and written without “entitled” it may be a topic or words quoted from it; if it is meant as a title, replace it with one of them`, title.span, fixes);
      return;
    }
    this.problem(res, 'warning', 'wrong-title', `the heading of ${label} is “${heading.heading}” and the title of ${name} is “${inst.title}”; the draft has “${quoted}”, which is neither${otherSaid}`, title.span, fixes);
  }

  private items(inst: Instrument, items: LocatorItem[], res: Resolution): void {
    const name = `${inst.kind} ${inst.symbol}`;
    let prev: string[] | undefined;
    // Annexes the locator names already: a fix never writes one of them again ("annexes I and I").
    const cited = new Set(items.flatMap((it) => (it.annex && it.annex.figures === undefined ? [it.annex.key] : [])));
    // The items under one written annex ("annex IV, (j), (m) and (n)"): a fix offers only an annex
    // that holds them all, and an annex that does not exist is said once, not once per item.
    const underAnnex = new Map<number, LocatorItem[]>();
    for (const it of items) {
      if (!it.annex || it.pp || it.path.length === 0) continue;
      const list = underAnnex.get(it.annex.span.start);
      if (list) list.push(it);
      else underAnnex.set(it.annex.span.start, [it]);
    }
    const missing = new Set<number>();
    const targetsBefore = res.targets.length;
    const problemsBefore = res.problems.length;
    for (const item of items) {
      let list: Part[] = inst.paragraphs;
      let owner = name;
      let inAnnex = false;
      if (item.pp) {
        // "PP 4 of annex III to resolution 8/1": the annex must exist, and annexes have no preamble
        // (the annex was dropped, and the instrument's own PP 4 ok).
        if (item.annex) {
          const a = this.annex(inst, item.annex, res, cited, { what: 'preambular paragraphs', test: () => false });
          if (a) this.problem(res, 'error', 'no-paragraph', `${annexLabel(a.key)} of ${name} has no preambular paragraphs; the preamble is ${name}'s own (“${name}, PP …”)`, item.span);
          continue;
        }
        this.preamble(inst, item, res);
        prev = undefined;
        continue;
      }
      if (item.annex) {
        if (item.annex.all) {
          this.allAnnexes(inst, item.annex.span, res);
          continue;
        }
        if (missing.has(item.annex.span.start)) continue;
        // Made only when the annex is missing (`annex` asks `holds` then alone): a long label list costs nothing more.
        const group = underAnnex.get(item.annex.span.start);
        const holds = group ? { get what() { return labelsSaid(group); }, test: (x: Annex) => this.holdsAll(x, group) } : undefined;
        const a = this.annex(inst, item.annex, res, cited, holds);
        if (!a) {
          missing.add(item.annex.span.start);
          continue;
        }
        if (item.path.length === 0) {
          res.targets.push(targetOf(this.index, this.index.part(a.id)!, item.annex.span));
          continue;
        }
        list = a.items;
        owner = `${annexLabel(a.key)} of ${name}`;
        inAnnex = true;
        if (item.recommendation && !holdsRecommendations(a.heading, a.meeting !== undefined)) {
          this.problem(res, 'error', 'not-recommendations', `${owner} (“${a.heading}”) does not hold recommendations; cite its items as paragraphs`, item.span, this.paragraphWordFix(item));
          continue;
        }
        if (list.length === 0 && a.pointer === undefined) {
          this.problem(res, 'error', 'no-paragraph', `${owner} has no numbered or lettered items`, item.span);
          continue;
        }
      }
      if (!item.annex && item.recommendation && !holdsRecommendations(inst.title, false)) {
        const carrying = inst.annexes.filter((a) => holdsRecommendations(a.heading, a.meeting !== undefined)).map((a) => annexLabel(a.key));
        const where = carrying.length > 0 ? `; the recommendations it carries are in ${listAnd(carrying)}` : '';
        this.problem(res, 'error', 'not-recommendations', `the operative paragraphs of ${name} are not recommendations${where}`, item.span, this.paragraphWordFix(item));
        continue;
      }
      const found = this.walk(list, item, owner, inAnnex, prev, res);
      if (found) prev = found.path;
    }
    // A fix never writes a part the list cites already ("paragraphs 3 and 4" → "paragraphs 3 and 3").
    if (res.problems.length > problemsBefore && res.targets.length > targetsBefore) {
      const citedParts = new Set(res.targets.slice(targetsBefore).map((t) => t.id));
      for (const p of res.problems.slice(problemsBefore)) {
        if (p.fixes.some((f) => citedParts.has(FIX_PART.get(f) ?? ''))) p.fixes = p.fixes.filter((f) => !citedParts.has(FIX_PART.get(f) ?? ''));
      }
    }
  }

  /** "recommendation 3" → "paragraph 3", when the word written is found just before the item. */
  private paragraphWordFix(item: LocatorItem): Fix[] {
    const before = this.text.slice(Math.max(0, item.span.start - 40), item.span.start);
    const m = /(recommendations?)(\s*)$/i.exec(before);
    if (!m) return [];
    const start = item.span.start - m[0].length;
    const word = m[1].toLowerCase().endsWith('s') ? 'paragraphs' : 'paragraph';
    return [{ title: `Change to “${word}”`, span: { start, end: start + m[1].length }, newText: word }];
  }

  private preamble(inst: Instrument, item: LocatorItem, res: Resolution): void {
    const name = `${inst.kind} ${inst.symbol}`;
    const n = inst.preamble.length;
    const check = (l: Label): Part | undefined => {
      const v = Number(l.value);
      if (n === 0) {
        this.problem(res, 'error', 'no-pp', `${name} has no preambular paragraphs`, l.span);
        return undefined;
      }
      if (!(v >= 1 && v <= n)) {
        const written = this.text.slice(l.span.start, l.span.end);
        // The fix keeps the form written: "PP 25" → "8", "twenty-fifth" → "eighth", "25th" → "8th".
        const newText = /^\d+$/.test(written) ? String(n) : /^\d/.test(written) ? ordinalWord(Math.max(n, 21)).replace(/^\d+/, String(n)) : ordinalWord(n);
        const fix = { title: withWords(`Change to ${/^\d+$/.test(written) ? `PP ${n}` : `“${newText}”`}`, inst.preamble[n - 1]?.text), span: l.span, newText };
        if (inst.preamble[n - 1]) FIX_PART.set(fix, inst.preamble[n - 1].id);
        this.problem(res, 'error', 'no-pp', `${name} has ${n} preambular paragraph${n > 1 ? 's' : ''} (PP 1–${n}); there is no PP ${l.value}`, l.span, [fix]);
        return undefined;
      }
      return inst.preamble[v - 1];
    };
    const from = check(item.path[0]);
    if (!item.to) {
      if (from) res.targets.push(targetOf(this.index, from, item.path[0].span));
      return;
    }
    const to = check(item.to);
    if (!from || !to) return;
    const a = Number(item.path[0].value);
    const b = Number(item.to.value);
    if (b < a) {
      this.reversed(res, item.path[0], item.to);
      return;
    }
    for (let k = a; k <= b; k++) {
      const span = k === a ? item.path[0].span : k === b ? item.to.span : item.span;
      res.targets.push(targetOf(this.index, inst.preamble[k - 1], span));
    }
  }

  private reversed(res: Resolution, from: Label, to: Label): void {
    const span = { start: from.span.start, end: to.span.end };
    const written = this.text.slice(span.start, span.end);
    const swapped = written.replace(this.text.slice(from.span.start, from.span.end), '\u0000').replace(this.text.slice(to.span.start, to.span.end), this.text.slice(from.span.start, from.span.end)).replace('\u0000', this.text.slice(to.span.start, to.span.end));
    this.problem(res, 'error', 'reversed-range', `the range ${fmtLabel(from.value)}–${fmtLabel(to.value)} runs backwards; did you mean ${fmtLabel(to.value)}–${fmtLabel(from.value)}?`, span, [
      { title: `Change to ${fmtLabel(to.value)}–${fmtLabel(from.value)}`, span, newText: swapped },
    ]);
  }

  /**
   * What stands right after a bare "annex" that the grammar did not read as its number: a numeral
   * of another script or form ("Ⅲ", "③", "３", "𝟑") or a mark ("#"); undefined for punctuation, a
   * word ("annex to", "annex thereto") or the end. `key`: the annex it names, when its compatibility
   * form is a Roman numeral or a number ("Ⅲ" → III, "３" → III).
   */
  private numberMarkAfter(at: number): { span: Span; written: string; key?: string } | undefined {
    // Emphasis may close the word and open the numeral ("**annex** Ⅱ", "annex **Ⅱ**").
    const m = /^[*_]{0,2}[ \u00a0\u202f]+[*_]{0,2}([^\s,;:.)\]*_]{1,12})/u.exec(this.text.slice(at, at + 28));
    // A numeral of any script, or a sign standing for a number; a dash, a quotation mark or a word
    // after "annex" leaves it bare (the error that asks which annex).
    if (!m || /^[0-9]/.test(m[1]) || !/^[\p{N}#\u2116]/u.test(m[1])) return undefined;
    const start = at + m[0].length - m[1].length;
    const written = m[1];
    const plain = written.normalize('NFKC');
    const key = /^[IVX]+$/i.test(plain) ? plain.toUpperCase() : /^\d{1,2}$/.test(plain) && Number(plain) > 0 ? toRoman(Number(plain)) : undefined;
    return { span: { start, end: start + written.length }, written, key };
  }

  /**
   * "annex Ⅲ": checked as the annex the numeral names, and its form said (the annex was read as
   * bare, and its fix wrote "annex I" before the numeral); a mark that names none is unread.
   */
  private annexByMark(inst: Instrument, word: Span, mark: { span: Span; written: string; key?: string }, res: Resolution, holds?: { what: string; test: (a: Annex) => boolean }): Annex | undefined {
    const name = `${inst.kind} ${inst.symbol}`;
    const span = { start: word.start, end: mark.span.end };
    // Quoted as the reader sees it: without the emphasis marks around the word or the numeral.
    const written = this.text.slice(span.start, span.end).replace(/[*_]+/g, '');
    const noun = /^ANNEX/.test(written) ? 'ANNEX' : /^A/.test(written) ? 'Annex' : 'annex';
    // The grammar stopped at the numeral: a locator after it ("annex Ⅲ, (a)") was not read, and is said so.
    const rest = LOCATOR_AFTER_MARK.exec(this.text.slice(mark.span.end, mark.span.end + 80));
    if (rest) {
      const from = mark.span.end + rest[0].length - rest[0].replace(/^[ \u00a0]*,?[ \u00a0]*/, '').length;
      const restSpan = { start: from, end: mark.span.end + rest[0].length };
      this.problem(res, 'warning', 'unread-locator', `“${this.text.slice(restSpan.start, restSpan.end)}” after “${written}” was not read, so it was not checked; write the annex's number in Roman capitals to have it read`, restSpan);
    }
    if (!mark.key) {
      this.problem(res, 'warning', 'unread-locator', `“${mark.written}” after “annex” was not understood as the annex's number, so no annex of ${name} was checked (it has ${annexList(inst)})`, mark.span);
      return undefined;
    }
    const found = annexOf(inst, mark.key);
    if (found) {
      this.problem(res, 'warning', 'annex-form', `“${written}” was read as annex ${mark.key}: write its number in Roman capitals`, span, [{ title: `Change to “${noun} ${mark.key}”`, span, newText: `${noun} ${mark.key}` }]);
      return found;
    }
    const fixes = inst.annexes.filter((a) => a.key !== '' && (!holds || holds.test(a))).map((a) => ({ title: withWords(`Change to ${noun} ${a.key}`, annexWords(a), 120), span, newText: `${noun} ${a.key}` }));
    this.problem(res, 'error', 'no-annex', `${name} has ${annexList(inst)}; there is no annex ${mark.key} (“${written}”)${noneHolds(inst, holds)}`, span, fixes);
    return undefined;
  }

  /** "and the annexes thereto": every annex, of which the instrument must have more than one. */
  private allAnnexes(inst: Instrument, span: Span, res: Resolution): void {
    const name = `${inst.kind} ${inst.symbol}`;
    if (inst.annexes.length === 0) {
      this.problem(res, 'error', 'no-annex', `${name} has no annex`, span);
      return;
    }
    if (inst.annexes.length === 1) {
      const written = this.text.slice(span.start, span.end);
      this.problem(res, 'error', 'no-annex', `${name} has a single annex, not several: write “annex” for “${written}”`, span, [{ title: 'Change to “annex”', span, newText: /^A/.test(written) ? 'Annex' : 'annex' }]);
      return;
    }
    for (const a of inst.annexes) res.targets.push(targetOf(this.index, this.index.part(a.id)!, span));
  }

  /**
   * The annex an item names, or a problem. `holds` (the item's own locator, when it names one)
   * says which annexes a fix may offer: only one that has the part cited in it ("annex III, (a)"
   * offered annex II, which has no (a)).
   */
  private annex(inst: Instrument, annex: NonNullable<LocatorItem['annex']>, res: Resolution, cited: ReadonlySet<string> = new Set(), holds?: { what: string; test: (a: Annex) => boolean }): Annex | undefined {
    const name = `${inst.kind} ${inst.symbol}`;
    if (annex.figures !== undefined) return this.annexInFigures(inst, annex, annex.figures, res, holds);
    // "III" in "annexes I and III" is replaced by a numeral, "Annex III" by "Annex I".
    const written = this.text.slice(annex.span.start, annex.span.end);
    const found = annexOf(inst, annex.key);
    if (found) return found;
    if (inst.annexes.length === 0) {
      this.problem(res, 'error', 'no-annex', `${name} has no annex`, annex.span);
      return undefined;
    }
    if (annex.key === '') {
      const mark = this.numberMarkAfter(annex.span.end);
      if (mark) return this.annexByMark(inst, annex.span, mark, res, holds);
      // "annex 3.)": figures after it that the grammar did not read (said as unread): a fix writes
      // over them too, the annex they name first ("annex I 3." was written).
      const figures = /^[ \u00a0]+(\d{1,2})(?![\d/])/.exec(this.text.slice(annex.span.end, annex.span.end + 8));
      // A number in words the grammar did not read with it ("annex three of …", "annex three⏎The …"):
      // written over too (the fix wrote "annex I three").
      const inWords = figures ? null : NUMBER_WORD_AFTER.exec(this.text.slice(annex.span.end, annex.span.end + 16));
      const after = figures ?? inWords;
      const over = after ? { start: annex.span.start, end: annex.span.end + after[0].length } : annex.span;
      const named = figures ? toRoman(Number(figures[1])) : inWords ? toRoman(NUMBER_WORDS.indexOf(inWords[1]) + 1) : undefined;
      const choices = inst.annexes.filter((a) => !holds || holds.test(a)).sort((a, b) => Number(b.key === named) - Number(a.key === named));
      const fixes = choices.map((a) => ({ title: withWords(`Change to annex ${a.key}`, annexWords(a), 120), span: over, newText: `${/^A/.test(written) ? 'Annex' : 'annex'} ${a.key}` }));
      this.problem(res, 'error', 'no-annex', `${name} has ${annexList(inst)}; say which one${noneHolds(inst, holds)}`, annex.span, fixes);
      return undefined;
    }
    if (inst.annexes.length === 1 && inst.annexes[0].key === '') {
      this.problem(res, 'error', 'no-annex', `${name} has a single, unnamed annex; there is no annex ${annex.key}`, annex.span, [
        { title: 'Change to “annex”', span: annex.span, newText: 'annex' },
      ]);
      return undefined;
    }
    const offered = inst.annexes.filter((a) => !cited.has(a.key) && (!holds || holds.test(a)));
    const fixes = offered.map((a) => {
      const newText = annexFixText(written, a.key);
      return { title: withWords(annexFixTitle(newText, a.key), annexWords(a), 120), span: annex.span, newText };
    });
    this.problem(res, 'error', 'no-annex', `${name} has ${annexList(inst)}; there is no annex ${annex.key}${noneHolds(inst, holds)}`, annex.span, fixes);
    return undefined;
  }

  /**
   * "annex 3": the instrument's annexes are numbered in Roman numerals, so it is read as annex III
   * and said (with the fix); a single unnamed annex has no numbers, so the figure is not understood.
   */
  private annexInFigures(inst: Instrument, annex: NonNullable<LocatorItem['annex']>, n: number, res: Resolution, holds?: { what: string; test: (a: Annex) => boolean }): Annex | undefined {
    const name = `${inst.kind} ${inst.symbol}`;
    const written = this.text.slice(annex.span.start, annex.span.end);
    if (inst.annexes.length === 0) {
      this.problem(res, 'error', 'no-annex', `${name} has no annex`, annex.span);
      return undefined;
    }
    if (inst.annexes.every((a) => a.key === '')) {
      this.problem(res, 'warning', 'unread-locator', `${name} has a single, unnamed annex; “${written.replace(/^annex[\s\u00a0*_]*/i, '')}” in “${written}” was not understood, so it was not checked`, annex.span);
      return inst.annexes[0];
    }
    const key = toRoman(n);
    const found = annexOf(inst, key);
    if (!found) {
      const fixes = inst.annexes.filter((a) => !holds || holds.test(a)).map((a) => ({ title: withWords(`Change to ${annexLabel(a.key)}`, annexWords(a), 120), span: annex.span, newText: annexLabel(a.key) }));
      this.problem(res, 'error', 'no-annex', `${name} has ${annexList(inst)}; there is no annex ${key} (“${written}”)${noneHolds(inst, holds)}`, annex.span, fixes);
      return undefined;
    }
    const why = /\(/.test(written) ? 'write its numeral without parentheses' : `${name} numbers its annexes in Roman numerals`;
    this.problem(res, 'warning', 'annex-form', `“${written}” was read as annex ${key}: ${why}`, annex.span, [{ title: `Change to “annex ${key}”`, span: annex.span, newText: `annex ${key}` }]);
    return found;
  }

  /**
   * A session, with what is said of it (sessions.ts). "at its eighth session, held from 15 to 19
   * October 2018": the dates may be right and the ordinal wrong, as for a meeting (`workingGroup`);
   * the fix to the named session's dates is not the only one (nor preferred).
   */
  private session(ref: Reference, res: Resolution): void {
    const before = res.problems.length;
    resolveSession(this.index, ref, res);
    const s = ref.session!;
    const d = s.held?.date;
    if (!d?.start || (d.within && d.form !== 'in')) return;
    // "in October 2016", "in 2016": the one other session held then, if one (the fix to the year was the only one, preferred).
    const others = this.index.data.sessions.filter((x) => x.number !== s.number && (d.form === 'in' ? heldIn(x, d.start!) : x.start === d.start && x.end === (d.end ?? d.start)));
    const other = others.length === 1 ? others[0] : undefined;
    if (!other) return;
    for (let p = before; p < res.problems.length; p++) {
      const fix = res.problems[p].code === 'wrong-date' ? this.ordinalFix(s.span, other.number, 'session', d.form === 'in' ? `the ${ordinal(other.number)} session was held in ${d.text}` : `the ${ordinal(other.number)} session was held on those dates`) : undefined;
      if (fix) res.problems[p].fixes.push(fix);
    }
  }

  /**
   * The fix that writes another ordinal over a meeting's or session's ("seventh meeting" → "sixth
   * meeting"), where the ordinal is written in `span`; `why` says which one that is.
   */
  private ordinalFix(span: Span, n: number, noun: 'meeting' | 'session', why: string): Fix | undefined {
    const written = this.text.slice(span.start, span.end);
    const words = /\b(?:[A-Za-z]+(?:-[a-z]+)?|\d{1,2}(?:st|nd|rd|th))\b/g;
    for (let w = words.exec(written); w; w = words.exec(written)) {
      const word = w[0];
      const digits = /^\d/.test(word);
      if (!digits && ordinalWordValue(word.toLowerCase()) === undefined) continue;
      const value = digits ? `${n}${ordinalSuffix(n)}` : ordinal(n);
      const newText = capitalisedLike(word, value);
      return { title: `Change to “${newText} ${noun}” (${why})`, span: { start: span.start + w.index, end: span.start + w.index + word.length }, newText };
    }
    return undefined;
  }

  /**
   * Whether an annex holds every item of a list written under it, a bare label continuing the
   * list of the item before it as `walk` reads it ("1 (d) and (h)": (h) is 1's).
   */
  private holdsAll(x: Annex, group: readonly LocatorItem[]): boolean {
    let prev: string[] | undefined;
    for (const it of group) {
      const path = it.path.map((l) => this.norm(l.value));
      const inherited = it.bare && prev && prev.length > 1 ? [...prev.slice(0, -1), ...path] : undefined;
      const p = inherited && findPath(x.items, inherited) ? inherited : path;
      if (!findPath(x.items, p)) return false;
      prev = p;
    }
    return true;
  }

  /** Walks a label path down a list of parts; expands a final range. */
  private walk(list: Part[], item: LocatorItem, owner: string, inAnnex: boolean, prev: string[] | undefined, res: Resolution): Part | undefined {
    let labels = item.path;
    if (item.bare && prev && prev.length > 1) {
      const inherited = findPath(list, [...prev.slice(0, -1), ...labels.map((l) => this.norm(l.value))]);
      if (inherited) {
        res.targets.push(targetOf(this.index, inherited, item.span));
        return inherited;
      }
      // "1 (h) and (z)": a label neither of 1's nor at the top continues 1's list, and is said of
      // it ("paragraph 1 … has subparagraphs (a)–(h)"), not of the top level it was never read at.
      const parent = findPath(list, prev.slice(0, -1));
      const l = labels[0];
      if (parent && labels.length === 1 && !this.find(list, l.value)) {
        const fixes = nearest(parent.children, this.norm(l.value)).map((p) => labelFix(p, l.span));
        this.problem(res, 'error', 'no-paragraph', `${describeLevel(describeOwner(parent), parent.children, prev.length - 1, false)}; there is no ${fmtLabel(l.value)}`, l.span, fixes);
        return undefined;
      }
    }
    let level = list;
    let parent: Part | undefined;
    let found: Part | undefined;
    // The part whose children the last label is read among: a range's end is looked up there.
    let container: Part | undefined;
    for (let d = 0; d < labels.length; d++) {
      const l = labels[d];
      const hit = this.find(level, l.value);
      if (!hit) {
        const where = parent ? `${describeOwner(parent)}` : owner;
        const noun = d === 0 && item.recommendation ? 'recommendation ' : d === 0 && !inAnnex ? 'paragraph ' : '';
        const msg = `${describeLevel(where, level, d, inAnnex && !parent)}; there is no ${noun}${fmtLabel(l.value)}`;
        // The start of a range: only labels before its end ("(n)-(g)" mended to "(j)-(g)" ran backwards).
        const endHit = item.to && d === labels.length - 1 ? this.find(level, item.to.value) : undefined;
        const choices = endHit ? level.slice(0, level.indexOf(endHit)) : level;
        const fixes = nearest(choices, this.norm(l.value)).map((p) => labelFix(p, l.span));
        this.problem(res, 'error', 'no-paragraph', msg, l.span, fixes);
        return undefined;
      }
      if (l.value === 'I') this.capitalI(l, hit, res);
      if (d === labels.length - 1) container = parent;
      parent = hit;
      found = hit;
      level = hit.children;
    }
    if (!found) return undefined;
    if (!item.to) {
      res.targets.push(targetOf(this.index, found, labels.length > 1 ? item.span : labels[0].span));
      return found;
    }
    const sibs = container ? container.children : list;
    const end = this.find(sibs, item.to.value);
    if (!end) {
      // The end of a range: only labels after its start ("18 to 25" mended to "18 to 18" was no range).
      const fixes = nearest(sibs.slice(sibs.indexOf(found) + 1), this.norm(item.to.value)).map((p) => labelFix(p, item.to!.span));
      // "paragraph 2 of annex II of resolution 8/1 has subparagraphs (a)–(d)": the part the range is in, not only its annex.
      // "there is no paragraph 55" as a single label says it: the noun where the range is of an instrument's paragraphs.
      const noun = labels.length === 1 && !inAnnex && !item.recommendation ? 'paragraph ' : '';
      this.problem(res, 'error', 'no-paragraph', `${describeLevel(container ? describeOwner(container) : owner, sibs, labels.length - 1, inAnnex && !container)}; there is no ${noun}${fmtLabel(item.to.value)}`, item.to.span, fixes);
      return undefined;
    }
    const a = sibs.indexOf(found);
    const b = sibs.indexOf(end);
    if (b < a) {
      this.reversed(res, labels[labels.length - 1], item.to);
      return undefined;
    }
    labels = labels.slice();
    for (let k = a; k <= b; k++) {
      const span = k === a ? labels[labels.length - 1].span : k === b ? item.to.span : item.span;
      res.targets.push(targetOf(this.index, sibs[k], span));
    }
    return end;
  }

  /** "(I)" is not a label of its own: it was read as the letter (l) or the numeral (i); say so. */
  private capitalI(l: Label, hit: Part, res: Resolution): void {
    const as = fmtLabel(hit.num);
    const what = hit.num === 'l' ? 'the letter (l)' : 'the numeral (i)';
    this.problem(res, 'warning', 'capital-i-label', `“(I)” was read as ${what}, ${hit.citation}; write “${as}”`, l.span, [
      { title: `Change to “${as}”`, span: l.span, newText: as },
    ]);
  }

  private norm(v: string): string {
    return v === 'I' ? 'l' : v;
  }

  private find(level: Part[], value: string): Part | undefined {
    if (value === 'I') return level.find((p) => p.num === 'l') ?? level.find((p) => p.num === 'i');
    return level.find((p) => p.num === value);
  }

  // ---- Working Groups, compendia, the report, symbols --------------------------------------
  /**
   * "… at its eighth meeting, held in conjunction with the tenth meeting of the Working Group of
   * Government Experts on Technical Assistance": the two meetings must have been held together
   * (their dates overlap). Each was checked alone, and any meeting of the other group passed.
   */
  private checkConjoined(m: Meeting, joint: Reference, ref: Reference, res: Resolution): void {
    // The one before may be named by its dates ("at its meeting held from 9 to 13 October 2017, in conjunction with …").
    const other = joint.wg!.meeting === 0 ? meetingHeldOn(this.index, joint.wg!) : this.index.meeting(joint.wg!.group, joint.wg!.meeting);
    if (!other || !m.start || !m.end || !other.start || !other.end) return;
    if (m.start <= other.end && other.start <= m.end) return;
    const together = this.index.data.meetings.find((x) => x.group === m.group && x.start && x.end && x.start <= other.end! && other.start! <= x.end);
    const name = `the ${ordinal(m.number)} meeting of the ${workingGroupName(m.group)}`;
    // Either meeting may be the one miswritten: the ordinal of this one, or of the one before when
    // it is named by its ordinal (its dates, when written, say which it is), neither preferred.
    // Dates written for the one before that are those of a meeting held with this one: its ordinal is the slip, not this one's.
    const byDates = joint.wg!.meeting > 0 ? meetingHeldOn(this.index, joint.wg!) : undefined;
    const datesAgree = byDates?.start !== undefined && byDates.end !== undefined && byDates.start <= m.end && m.start <= byDates.end;
    const mine = together && !datesAgree ? this.ordinalFix(ref.wg!.span, together.number, 'meeting', `the one held in conjunction with the ${ordinal(other.number)} meeting`) : undefined;
    const theirs = this.index.data.meetings.find((x) => x.group === other.group && x.start && x.end && x.start <= m.end! && m.start! <= x.end);
    const before = theirs && joint.wg!.meeting > 0 ? this.ordinalFix(joint.wg!.span, theirs.number, 'meeting', `the one held in conjunction with the ${ordinal(m.number)} meeting`) : undefined;
    const fixes = [mine, before].filter((f): f is Fix => f !== undefined);
    const then = together ? `; the one held then was its ${ordinal(together.number)}` : '';
    this.problem(res, 'warning', 'not-conjoined', `${name} (${m.dates}) was not held in conjunction with the ${ordinal(other.number)} meeting of the ${workingGroupName(other.group)} (${other.dates})${then}`, ref.wg!.span, fixes);
  }

  private workingGroup(ref: Reference, res: Resolution): void {
    const wg = ref.wg!;
    if (wg.meeting === 0) {
      resolveMeetingByDate(this.index, ref, res);
      return;
    }
    const m = this.index.meeting(wg.group, wg.meeting);
    const groupName = workingGroupName(wg.group);
    if (m) {
      const before = res.problems.length;
      checkMeetingHeld(this.index, ref, m, res);
      // "the eighth meeting …, held from 19 to 21 October 2016": the dates may be right and the
      // ordinal wrong; the fix to the named meeting's dates is not the only one (nor preferred).
      const other = meetingHeldOn(this.index, wg);
      if (other && other.number !== m.number) {
        for (let p = before; p < res.problems.length; p++) {
          const fix = res.problems[p].code === 'wrong-date' ? this.ordinalFix(wg.span, other.number, 'meeting', `the meeting held ${other.dates}`) : undefined;
          if (fix) res.problems[p].fixes.push(fix);
        }
      }
    }
    const joint = m ? meetingConjoinedWith(this.text, ref, this.neighbours) : undefined;
    if (m && joint) this.checkConjoined(m, joint, ref, res);
    if (!m) {
      const held = this.index.data.meetings.filter((x) => x.group === wg.group).map((x) => x.number);
      const range = held.length ? `meetings ${toRoman(Math.min(...held))}–${toRoman(Math.max(...held))}` : 'no meetings';
      this.problem(res, 'information', 'unknown-meeting', `the indexed documents cover ${range} of the ${groupName}; the ${ordinal(wg.meeting)} meeting is not among them`, wg.span);
      return;
    }
    if (ref.items.length === 0) {
      res.targets.push(targetOf(this.index, this.index.part(m.id)!, wg.span));
      return;
    }
    const owner = `the ${ordinal(m.number)} meeting of the ${groupName}`;
    if (m.recommendations.length === 0) {
      // "The recommendations adopted are contained in Conference decision 3/4": they exist, as the
      // decision's paragraphs, and the sentence that says so is the one to quote.
      const sentences = m.intro ? m.intro.split(/(?<=\.)\s/) : [];
      const contained = m.containedIn ? sentences.find((x) => /\bcontained in\b/i.test(x)) : undefined;
      if (contained) {
        const cite = m.carriedBy ? `${m.carriedBy.kind} ${m.carriedBy.symbol}` : m.containedIn!.instrument;
        this.problem(res, 'error', 'no-recommendations', `${owner} has no numbered recommendations in the indexed documents: “${contained}”; cite the paragraph of ${cite} instead`, wg.span);
        return;
      }
      const why = sentences.length > 0 ? `: “${sentences[0]}”` : '';
      this.problem(res, 'error', 'no-recommendations', `${owner} has no recommendations in the indexed documents${why}`, wg.span);
      return;
    }
    let prev: string[] | undefined;
    for (const item of ref.items) {
      const found = this.walk(m.recommendations, item, owner, true, prev, res);
      if (found) prev = found.path;
    }
  }

  private compendiumInstruments(group: GroupKey): Instrument[] {
    // Per index, not per reference: a Resolver lives for one block.
    let byGroup = COMPENDIUM_INSTRUMENTS.get(this.index);
    if (!byGroup) COMPENDIUM_INSTRUMENTS.set(this.index, (byGroup = new Map()));
    let list = byGroup.get(group);
    if (!list) byGroup.set(group, (list = this.index.data.instruments.filter((i) => i.compendia.some((c) => c.group === group))));
    return list;
  }

  private locatorReading(locator: string, part: 'A' | 'B', g: GroupKey): LocatorReading {
    let byKey = LOCATOR_READINGS.get(this.index);
    if (!byKey) LOCATOR_READINGS.set(this.index, (byKey = new Map()));
    const key = `${part}${g}\u0001${locator}`;
    let r = byKey.get(key);
    if (!r) {
      if (byKey.size >= LOCATOR_READINGS_MAX) byKey.clear();
      byKey.set(key, (r = resolveLocator(parseLocator(locator, part), locator, g, this.compendiumInstruments(g), this.index)));
    }
    return r;
  }

  /** What the locator reader passes over in `locator` (none: an empty list). */
  private locatorSkipped(locator: string, part: 'A' | 'B'): readonly string[] {
    let byKey = LOCATOR_SKIPPED.get(this.index);
    if (!byKey) LOCATOR_SKIPPED.set(this.index, (byKey = new Map()));
    const key = `${part}\u0001${locator}`;
    let skipped = byKey.get(key);
    if (!skipped) {
      if (byKey.size >= LOCATOR_READINGS_MAX) byKey.clear();
      const read: string[] = [];
      parseLocator(locator, part, [], read);
      byKey.set(key, (skipped = read));
    }
    return skipped;
  }

  private compendium(ref: Reference, res: Resolution): void {
    const c = ref.compendium!;
    if (c.locator === '') {
      // The compendium named with a locator in no form its rule reads: nothing in it was checked.
      const tail = this.text.slice(c.span.start, c.span.end).replace(/\s+/g, ' ');
      const forms = `(part A, a meeting's recommendation: “part A, VII.26”; part B, an instrument's paragraph: “part B, IV.g”; part B's sections are the sessions, “part B.VIII”)`;
      const name = c.group === 'TA' ? 'Technical Assistance' : 'International Cooperation';
      const said = c.group ? `the ${name} compendium is named, but “${truncateWords(tail, 80)}” after it is not a locator the checker reads` : `“${truncateWords(tail, 80)}” is not a part or section of the compendia in a form the checker reads`;
      this.problem(res, 'warning', 'unread-locator', `${said} ${forms}, so nothing in it was checked`, c.span);
      return;
    }
    this.partBSection(ref, c, res);
    const groups: GroupKey[] = c.group ? [c.group] : this.contextGroups(ref);
    // Without "part A/B" the locator may be either: a meeting's recommendation or an instrument's
    // paragraph. Only instruments (part B) have annexes and preambles.
    const parts: ('A' | 'B')[] = c.part ? [c.part] : /annex|PP/i.test(c.locator) ? ['B'] : ['B', 'A'];
    const results = parts.flatMap((part) => groups.map((g) => ({ g, r: this.locatorReading(c.locator, part, g) })));
    // What the locator reader passed over is reported, never dropped: the rest is checked.
    const skipped = this.locatorSkipped(c.locator, parts[0]);
    if (skipped.length > 0) {
      this.problem(res, 'warning', 'unread-locator', `${c.locator} was read as far as it could be; “${skipped.join(' ')}” in it was not understood, so it was not checked`, c.span);
    }
    const seen = new Set<string>();
    // Readings that name the same parts are one reading, not an ambiguity.
    const good = results.filter((x) => x.r.problems.length === 0 && (x.r.ids.length > 0 || x.r.wholeMeetings.length > 0)).filter((x) => {
      const key = `${x.r.ids.join(' ')}|${x.r.wholeMeetings.map((n) => `${x.g}${n}`).join(' ')}`;
      return !seen.has(key) && seen.add(key) !== undefined;
    });
    const push = (x: (typeof results)[number]): void => {
      // "III.3.c" read as (c): the report paragraph "3" is checked where a source gives the
      // meeting's report paragraphs, and otherwise said to be unchecked (verdict partial).
      for (const w of x.r.reportParagraphs) {
        if (w.checked || w.known.length > 0) continue;
        const m = w.meeting;
        this.problem(
          res,
          'information',
          'unchecked-report-paragraph',
          `${w.read.length > 1 ? 'recommendations' : 'recommendation'} ${listAnd(w.read)} of the ${ordinal(m.number)} meeting of the ${workingGroupName(m.group)} ${w.read.length > 1 ? 'were' : 'was'} checked; the report paragraph ${w.paragraph} in “${w.printed}” was not: ` +
            `part A prints that meeting's recommendations without report paragraphs, and no source says which paragraph of ${m.reportSymbol ?? 'its report'} holds them`,
          c.span,
        );
      }
      for (const id of x.r.ids) res.targets.push(targetOf(this.index, this.index.part(id)!, c.span));
      for (const n of x.r.wholeMeetings) {
        const m = this.index.meeting(x.g, n);
        if (m) res.targets.push(targetOf(this.index, this.index.part(m.id)!, c.span));
      }
    };
    if (good.length === 1) {
      push(good[0]);
      return;
    }
    if (good.length > 1) {
      push(good[0]);
      const sameGroup = good.every((x) => x.g === good[0].g);
      this.problem(res, 'warning', 'ambiguous-compendium', sameGroup ? `${c.locator} names a paragraph in both part A and part B of the ${GROUP_NAMES[good[0].g]} compendium; write “part A” or “part B”` : `${c.part ? `part ${c.part}, ` : ''}${c.locator} exists in both compendia (International Cooperation and Technical Assistance); name the compendium`, c.span);
      return;
    }
    const first = results[0];
    for (const p of first.r.problems) this.problem(res, 'error', first.r.reversed.includes(p) ? 'reversed-range' : 'bad-locator', `${c.group ? `${GROUP_NAMES[c.group]} compendium: ` : ''}${p}`, c.span);
    if (first.r.problems.length === 0) this.problem(res, 'error', 'bad-locator', `${c.part ? `part ${c.part}, ` : ''}${c.locator} does not name a paragraph of ${c.group ? `the ${GROUP_NAMES[c.group]} compendium` : 'either compendium'}`, c.span);
    push(first);
  }

  /**
   * "See part B.IX (resolution 8/1, annex I, (h))", as the index tables point: part B's sections
   * are the sessions, so the instrument in the parentheses must be of the session named (each was
   * checked alone, and a wrong section was ok).
   */
  private partBSection(ref: Reference, c: NonNullable<Reference['compendium']>, res: Resolution): void {
    if (c.part !== 'B' || !/^[IVXLC]+$/.test(c.locator)) return;
    const section = fromRoman(c.locator);
    // The reference right after it (neighbours are in text order: found by halving, not by a
    // pass over all of them, which made a paragraph of such pointers quadratic).
    let x = firstFrom(this.neighbours, ref.span.end);
    const inParentheses = this.neighbours[x];
    // "resolution 8/1 (International Cooperation compendium, part B.VII)": the instrument it follows.
    const before = this.neighbours[firstFrom(this.neighbours, ref.span.start) - 1];
    const back = pointedFrom(this.text, before, ref) ? before : undefined;
    if ((!pointsInto(this.text, ref, inParentheses) && !back) || section === undefined) return;
    // "(resolution 8/1 and resolution 9/3)": the instruments listed in the parentheses, each.
    const listed = back ? [...back.instruments] : [...inParentheses.instruments];
    for (let prev = inParentheses; !back && listed.length < MAX_LISTED_IN_POINTER; prev = this.neighbours[x]) {
      const next = this.neighbours[++x];
      if (!next || next.kind !== 'cop' || !/^[ \u00a0]*(?:,[ \u00a0]*)?(?:and|or)?[ \u00a0]*$/.test(this.text.slice(prev.span.end, next.span.start))) break;
      for (const m of next.instruments) listed.push(m);
    }
    const known = listed.map((m) => this.index.instrument(m.kind, m.symbol)).filter((i): i is Instrument => i !== undefined && i.compendia.some((x) => x.part === 'B'));
    // "Technical Assistance compendium, part B.VIII (resolution 8/1)": the instrument must be in that compendium.
    if (c.group) {
      for (const inst of known) {
        if (inst.compendia.some((x) => x.group === c.group && x.part === 'B')) continue;
        const where = listAnd([...new Set(inst.compendia.filter((x) => x.part === 'B').map((x) => `the ${GROUP_NAMES[x.group]} compendium`))]);
        this.problem(res, 'warning', 'wrong-section', `${inst.kind} ${inst.symbol} is not reproduced in the ${GROUP_NAMES[c.group]} compendium; it is in part B of ${where}`, c.span);
      }
    }
    // Instruments of several sessions in one pointer: no one section is right for all, so no fix.
    const oneSession = known.every((i) => i.session === known[0].session);
    for (const inst of known) {
      if (inst.session === section) continue;
      const right = toRoman(inst.session);
      this.problem(res, 'warning', 'wrong-section', `${inst.kind} ${inst.symbol} is reproduced in part B.${right}, the ${ordinal(inst.session)} session's; part B.${c.locator} holds the ${ordinal(section)} session's instruments`, c.span, oneSession ? [{ title: `Change to “part B.${right}”`, span: c.span, newText: right }] : []);
    }
  }

  /** The compendia holding the COP instrument cited nearest to an unnamed "part B.VIII" (the earlier one when two are as near). */
  private contextGroups(ref: Reference): GroupKey[] {
    const refs = this.neighbours;
    // For each position, the nearest such citation at or before it and at or after it, made once
    // per paragraph: sorting all neighbours for each pointer made a paragraph of them quadratic.
    let near = this.nearCache;
    if (!near || near.refs !== refs) {
      const groupsOf = refs.map((r) => {
        if (r.kind !== 'cop' || r.instruments.length === 0) return undefined;
        const inst = this.index.instrument(r.instruments[0].kind, r.instruments[0].symbol);
        const groups = inst ? [...new Set(inst.compendia.map((c) => c.group))] : [];
        return groups.length > 0 ? groups : undefined;
      });
      const left = new Int32Array(refs.length);
      const right = new Int32Array(refs.length);
      for (let i = 0; i < refs.length; i++) left[i] = groupsOf[i] ? i : i > 0 ? left[i - 1] : -1;
      for (let i = refs.length - 1; i >= 0; i--) right[i] = groupsOf[i] ? i : i + 1 < refs.length ? right[i + 1] : -1;
      near = this.nearCache = { refs, groupsOf, left, right };
    }
    let p = firstFrom(refs, ref.span.start);
    if (refs[p] !== ref) p = refs.indexOf(ref);
    const l = p > 0 ? near.left[p - 1] : -1;
    const r = p >= 0 && p + 1 < refs.length ? near.right[p + 1] : -1;
    const pick = l < 0 ? r : r < 0 ? l : ref.span.start - refs[l].span.start <= refs[r].span.start - ref.span.start ? l : r;
    return pick < 0 ? ['IC', 'TA'] : near.groupsOf[pick]!;
  }

  private nearCache?: { refs: readonly Reference[]; groupsOf: (GroupKey[] | undefined)[]; left: Int32Array; right: Int32Array };

  private report(ref: Reference, res: Resolution): void {
    const rep = this.index.data.reports[0];
    if (!rep) {
      this.problem(res, 'information', 'unknown-report', 'no report of the Secretariat is in the indexed documents', ref.span);
      return;
    }
    const said = ref.report!;
    const another = (indexed: string, other: string): void =>
      this.problem(res, 'information', 'unknown-report', `the indexed report of the Secretariat ${indexed}; ${other} is another report, which the indexed documents do not hold, so nothing in it was checked`, ref.span);
    // The indexed report is on the instruments it reports on: a report said to be on others is another.
    const on = new Set(rep.reportsOn.map((x) => x.instrument));
    if (said.on && !said.on.some((m) => on.has(this.index.instrument(m.kind, m.symbol)?.id ?? ''))) {
      const theirs = this.index.data.instruments.filter((i) => on.has(i.id)).map((i) => `${i.kind} ${i.symbol}`);
      const named = listAnd([...new Set(said.on.map((m) => `${m.kind} ${m.symbol}`))]);
      another(`(${rep.session === undefined ? rep.title : `to the ${ordinalWord(rep.session)} session`}) is on ${listAnd(theirs)}`, `one on ${named}`);
      return;
    }
    // Said to be to another session, or of another year: another report.
    const year = rep.date?.slice(0, 4);
    const other = said.session !== undefined && rep.session !== undefined && said.session !== rep.session ? `one to the ${ordinalWord(said.session)} session` : said.year !== undefined && year !== undefined && said.year !== year ? `one of ${said.year}` : undefined;
    if (other) {
      another(`is to the ${ordinalWord(rep.session ?? 0)} session (${formatIsoDate(rep.date ?? '')})`, other);
      return;
    }
    // Of the right year, but another day: the same report misdated (a date of no calendar is said as such).
    const d = said.date;
    if (d && rep.date) {
      const iso = `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
      const real = new Date(`${iso}T00:00:00Z`);
      const written = this.text.slice(d.span.start, d.span.end);
      if (Number.isNaN(real.getTime()) || real.getUTCDate() !== d.day) this.problem(res, 'warning', 'invalid-date', `“${written}” is not a valid date`, d.span);
      else if (iso !== rep.date) {
        const right = formatIsoDate(rep.date);
        this.problem(res, 'warning', 'wrong-date', `the indexed report of the Secretariat is dated ${right}, not ${written}`, d.span, [{ title: `Change the date to ${right}`, span: d.span, newText: right }]);
      }
    }
    // Its title as quoted: the report's own, or another report's.
    if (said.title && !sameTitle(said.title.text, rep.title) && !sameTitle(said.title.text, rep.subtitle)) {
      const quoted = truncateWords(said.title.text, 200);
      // Few words of the indexed title: another report, whose title is not this one's to correct.
      const saidWords = significantWords(said.title.text);
      const theirs = significantWords(rep.title);
      let shared = 0;
      for (const w of saidWords) if (theirs.has(w)) shared++;
      if (shared * 2 < saidWords.size) {
        another(`is entitled “${rep.title}”`, `one entitled “${quoted}”`);
        return;
      }
      this.problem(res, 'warning', 'wrong-title', `the title of the indexed report of the Secretariat is “${rep.title}”; the draft has “${quoted}”`, said.title.span, [{ title: 'Use the title of the indexed report', span: said.title.span, newText: rep.title }]);
    }
    // The indexed report prints no document symbol: one written beside it cannot be compared.
    if (said.symbol) this.problem(res, 'information', 'unchecked-report', `the indexed report of the Secretariat prints no document symbol, so whether it is ${said.symbol} was not checked`, ref.report!.span);
    if (ref.items.length === 0) {
      res.targets.push(targetOf(this.index, this.index.part(rep.id)!, ref.report!.span));
      return;
    }
    let prev: string[] | undefined;
    for (const item of ref.items) {
      const found = this.walk(rep.paragraphs, item, 'the report of the Secretariat', false, prev, res);
      if (found) prev = found.path;
    }
  }

  /**
   * The parts of a document symbol as the documents print them. "CTOC/cop/2008/7" is the
   * document CTOC/COP/2008/7 written in the wrong case: read as it, and said (it was called a
   * document the indexed ones do not hold).
   */
  private printedParts(sym: NonNullable<Reference['symbol']>, res: Resolution): string[] {
    const written = sym.value.split('–');
    const printed = printedSymbols(this.index);
    const parts = written.map((p) => printed.get(p.toUpperCase()) ?? p);
    if (parts.every((p, i) => p === written[i])) return written;
    const right = parts.join('–');
    this.problem(res, 'warning', 'symbol-form', `“${sym.value}” was read as ${right}; it is written in another case: write “${right}”, as the Conference's documents print their symbols (search and links need that form)`, sym.span, [
      { title: `Change to “${right}”`, span: sym.span, newText: right },
    ]);
    return parts;
  }

  /** Every CTOC/ symbol is a document of the Conference or its Working Groups: one the dataset lacks is unknown, never external. */
  private unknownSymbol(sym: NonNullable<Reference['symbol']>, res: Resolution): void {
    const known = new Set<string>();
    for (const m of this.index.data.meetings) for (const s of (m.reportSymbol ?? '').split('–')) if (s) known.add(s);
    for (const i of this.index.data.instruments) if (i.reportSymbol) known.add(i.reportSymbol);
    const sorted = [...known].sort();
    this.problem(
      res,
      'information',
      'unknown-document',
      // "by that symbol": the indexed report of the Secretariat prints none, and may be the document
      // (said beside it, "whether it is … was not checked" and "not held" read as a contradiction).
      `${sym.value} is a document of the Conference of the Parties that the indexed documents do not hold by that symbol; they map ${sorted.length} reports of sessions and Working Group meetings (${sorted.slice(0, 3).join(', ')}, …), and the report of the Secretariat they hold prints none`,
      sym.span,
    );
  }

  /**
   * The symbols of a joint document, each known and all one document's (a meeting's report that
   * carries them all). False when one is unknown: said, and nothing else of it is checked.
   */
  private jointSymbol(sym: NonNullable<Reference['symbol']>, parts: string[], res: Resolution): boolean {
    const data = this.index.data;
    const carries = (m: Meeting, p: string): boolean => (m.reportSymbol ?? '').split('–').includes(p);
    // "CTOC/COP/WG.2/2017/4–CTOC/COP/WG.2/2017/4": one symbol twice is no joint document (it was
    // ok, and both groups' meetings cited); the joint document that has it, as a fix.
    if (new Set(parts).size < parts.length) {
      const joint = data.meetings.find((m) => carries(m, parts[0]) && (m.reportSymbol ?? '').split('–').length > 1)?.reportSymbol;
      const right = joint ?? parts[0];
      const has = joint ? `the joint document with it is ${joint}` : `write it once: “${parts[0]}”`;
      this.problem(res, 'warning', 'joint-symbol', `“${sym.value}” names the same document twice, so it was not checked; ${has}`, sym.span, [{ title: `Change to “${right}”`, span: sym.span, newText: right }]);
      return false;
    }
    const known = (p: string): boolean => data.meetings.some((m) => carries(m, p)) || data.sessions.some((x) => x.reportSymbol === p) || data.instruments.some((i) => i.reportSymbol === p);
    const unknown = parts.filter((p) => !known(p));
    if (unknown.length > 0) {
      const which = unknown.map((p) => `${p} (the ${ordinalWord(parts.indexOf(p) + 1)} of its ${parts.length} symbols)`);
      this.problem(res, 'information', 'unknown-document', `${listAnd(which)} ${unknown.length > 1 ? 'are documents' : 'is a document'} of the Conference of the Parties that the indexed documents do not hold, so “${sym.value}” was not checked`, sym.span);
      return false;
    }
    if (!data.meetings.some((m) => parts.every((p) => carries(m, p)))) {
      const of = parts.map((p) => {
        // A joint meeting's report is both groups' meetings'.
        const ms = data.meetings.filter((x) => carries(x, p)).map((x) => `the ${ordinal(x.number)} meeting of the ${workingGroupName(x.group)}`);
        return ms.length > 0 ? `${p} is the report of ${listAnd(ms)}` : `${p} is a document of the Conference`;
      });
      this.problem(res, 'warning', 'joint-symbol', `“${sym.value}” joins the symbols of different documents: ${of.join('; ')}`, sym.span);
    }
    return true;
  }

  private symbol(ref: Reference, res: Resolution): void {
    const sym = ref.symbol!;
    const parts = this.printedParts(sym, res);
    const meetings = this.index.data.meetings.filter((m) => m.reportSymbol && m.reportSymbol.split('–').some((s) => parts.includes(s)));
    const instruments = this.index.data.instruments.filter((i) => i.reportSymbol && parts.includes(i.reportSymbol));
    // A session's report is the session (with what it adopted), not a list of its instruments.
    const sessions = this.index.data.sessions.filter((s) => s.reportSymbol && parts.includes(s.reportSymbol));
    // A joint document ("CTOC/COP/WG.2/2017/4–CTOC/COP/WG.3/2017/4"): every symbol is checked, and they must be one document's.
    if (parts.length > 1 && !this.jointSymbol(sym, parts, res)) return;
    if (ref.items.length === 0) {
      for (const m of meetings) res.targets.push(targetOf(this.index, this.index.part(m.id)!, sym.span));
      for (const s of sessions) res.targets.push(targetOf(this.index, this.index.part(s.id)!, sym.span));
      if (sessions.length === 0) for (const i of instruments) res.targets.push(targetOf(this.index, this.index.part(i.id)!, sym.span));
      if (res.targets.length === 0) this.unknownSymbol(sym, res);
      return;
    }
    if (meetings.length === 0 && instruments.length === 0) {
      this.unknownSymbol(sym, res);
      return;
    }
    let prevPath: string[] = [];
    for (const item of ref.items) {
      // "para. 2 (h), (i) and (l)": a bare label after "2 (h)" is 2's, as in an instrument.
      const own = item.path.map((l) => l.value);
      const inherited = item.bare && prevPath.length > 1 ? [...prevPath.slice(0, -1), ...own] : undefined;
      const lookup = (path: string[]): string[] => parts.flatMap((p) => this.index.data.symbolParagraphs.get(`${p}|${path.join('.')}`) ?? []);
      // The parent's label when that is mapped, or when the label alone is not either (then said with its parent).
      const path = inherited && (lookup(inherited).length > 0 || lookup(own).length === 0) ? inherited : own;
      prevPath = path;
      const key = path.join('.');
      let ids = lookup(path);
      if (ids.length === 0) {
        // A report paragraph that holds a whole list of recommendations ("para. 3" → 3 (a)…(n)).
        const prefix = parts.map((p) => `${p}|${key}.`);
        for (const [k, v] of this.index.data.symbolParagraphs) if (prefix.some((x) => k.startsWith(x))) ids.push(...v);
        const m = meetings[0];
        if (ids.length > 0 && m) ids = [m.id];
      }
      if (ids.length === 0) {
        this.problem(res, 'information', 'unmapped-report-paragraph', `the thematic indexes do not map paragraph ${path.map((l) => fmtLabel(l)).join(' ')} of ${sym.value} to a recommendation`, item.span);
        continue;
      }
      for (const id of [...new Set(ids)]) res.targets.push(targetOf(this.index, this.index.part(id)!, item.span));
      if (item.to) this.symbolRangeRest(sym, path, item.path[item.path.length - 1], item.to, lookup, res);
    }
  }

  /**
   * "CTOC/COP/WG.3/2014/4, para. 2 (c)–(g)", "paras. 30–35": the rest of a range of a report's
   * paragraphs after its first (only the first was read, and "(c)–(zz)" ok). Its end must be
   * mapped and come after its start; the paragraphs between are cited where the indexes map them.
   */
  private symbolRangeRest(sym: NonNullable<Reference['symbol']>, path: string[], last: Label, to: Label, lookup: (path: string[]) => string[], res: Resolution): void {
    const from = path[path.length - 1];
    const numbers = /^\d+$/.test(from) && /^\d+$/.test(to.value);
    const letters = /^[a-z]$/.test(from) && /^[a-z]$/.test(to.value);
    const head = path.slice(0, -1);
    const cited = [...head, to.value].map((v) => fmtLabel(v)).join(' ');
    const a = numbers ? Number(from) : from.charCodeAt(0);
    const b = numbers ? Number(to.value) : to.value.charCodeAt(0);
    if ((numbers || letters) && b < a) {
      this.reversed(res, last, to);
      return;
    }
    if (lookup([...head, to.value]).length === 0) {
      this.problem(res, 'information', 'unmapped-report-paragraph', `the thematic indexes do not map paragraph ${cited} of ${sym.value} to a recommendation`, to.span);
      return;
    }
    if (!numbers && !letters) {
      this.problem(res, 'warning', 'unread-locator', `the range ${fmtLabel(from)}–${fmtLabel(to.value)} of ${sym.value} was not understood (its ends are not both numbers or both letters), so the paragraphs between them were not checked`, to.span);
      return;
    }
    const seen = new Set(res.targets.map((t) => t.id));
    for (let k = a + 1; k <= b && k - a <= 200; k++) {
      const label = numbers ? String(k) : String.fromCharCode(k);
      for (const id of lookup([...head, label])) {
        if (seen.has(id)) continue;
        seen.add(id);
        res.targets.push(targetOf(this.index, this.index.part(id)!, k === b ? to.span : { start: last.span.start, end: to.span.end }));
      }
    }
  }
}

const factsByList = new WeakMap<readonly InstrumentMention[], { byDate: Map<number, InstrumentMention[]>; names: Set<string> }>();

/**
 * A list's instruments by where their date is written, and their names: read once per list, not
 * once per instrument (a 400 KB list of wrongly dated instruments took 30 s, each date comparing the whole list).
 */
function listFacts(listed: readonly InstrumentMention[]): { byDate: Map<number, InstrumentMention[]>; names: Set<string> } {
  let facts = factsByList.get(listed);
  if (!facts) {
    facts = { byDate: new Map(), names: new Set() };
    for (const o of listed) {
      facts.names.add(`${o.kind} ${o.symbol}`);
      if (!o.date) continue;
      const at = facts.byDate.get(o.date.span.start);
      if (at) at.push(o);
      else facts.byDate.set(o.date.span.start, [o]);
    }
    factsByList.set(listed, facts);
  }
  return facts;
}

const printedByIndex = new WeakMap<DatasetIndex, Map<string, string>>();

/** The document symbols the indexed documents print, by their upper-case form. */
function printedSymbols(index: DatasetIndex): Map<string, string> {
  let m = printedByIndex.get(index);
  if (!m) {
    m = new Map();
    const add = (s: string | undefined): void => {
      for (const p of (s ?? '').split('–')) if (p) m!.set(p.toUpperCase(), p);
    };
    for (const x of index.data.meetings) add(x.reportSymbol);
    for (const x of index.data.sessions) add(x.reportSymbol);
    for (const x of index.data.instruments) add(x.reportSymbol);
    for (const k of index.data.symbolParagraphs.keys()) add(k.slice(0, k.indexOf('|')));
    printedByIndex.set(index, m);
  }
  return m;
}

/** Where internal errors are logged with their stack (stderr by default: stdout may be the LSP pipe). */
let logInternalError: (message: string) => void = (message) => console.error(message);

export function setInternalErrorLog(log: (message: string) => void): void {
  logInternalError = log;
}

/** The verdict for `ref` when checking it threw: an error that says so, never `ok`. */
export function uncheckedResolution(ref: Reference, e: unknown, what: string): Resolution {
  const err = e instanceof Error ? e : new Error(String(e));
  logInternalError(`resref internal error while checking ${what}: ${err.stack ?? err.message}`);
  return {
    reference: ref,
    status: 'unchecked',
    targets: [],
    problems: [
      {
        severity: 'error',
        code: 'internal-error',
        message: `${what} could not be checked because of an internal error (${err.message}); nothing in it was verified — please report this with the text that caused it`,
        span: ref.span,
        fixes: [],
      },
    ],
  };
}

/** An annex or instrument whose items are recommendations: it carries a meeting's, or says so. */
function holdsRecommendations(heading: string, carriesMeeting: boolean): boolean {
  return carriesMeeting || /^\s*recommendations\b/i.test(heading);
}

function describeOwner(p: Part): string {
  return p.citation.replace(/^(.*), paragraph (.*)$/, 'paragraph $2 of $1');
}

/**
 * Whether `next` (the reference after `ref`) stands in parentheses right after it ("part B.IX
 * (resolution 8/1 …)"): a part B pointer is then checked against it, so its verdict is never
 * remembered by its own text alone (analyze.ts).
 */
export function pointsInto(text: string, ref: Reference, next: Reference | undefined): next is Reference {
  // "part B.IX (resolution 9/3)", and inside a parenthesis "(see part B.IX, resolution 9/3, …)".
  return next !== undefined && next.kind === 'cop' && /^[ \u00a0]*(?:[([]|[,:])[ \u00a0]*$/.test(text.slice(ref.span.end, next.span.start));
}

/** "resolution 8/1 (International Cooperation compendium, part B.VII)": a compendium locator in parentheses right after an instrument. */
export function pointedFrom(text: string, before: Reference | undefined, ref: Reference): before is Reference {
  return before !== undefined && before.kind === 'cop' && before.instruments.length > 0 && before.span.end <= ref.span.start && /^[ \u00a0]*[([][ \u00a0]*(?:see[ \u00a0]+)?$/i.test(text.slice(before.span.end, ref.span.start));
}

/**
 * Words that place a meeting's recommendations in an annex: "are contained in", "are set out in
 * the", ", as set out in", ", endorsed in", ", annexed to".
 */
// Also ", which appear in", ", which can be found in", ", as reflected in", ", endorsed by the Conference in" (each was
// prose, and a wrong annex ok). Not "was reflected in": the sources say so of the outcome of a meeting that made no
// recommendations ("The outcome of the discussions … at its first meeting was reflected in decision 3/2").
// Also "and endorsed in", ", endorsed by", ", which the Conference endorsed in" (each was
// read as two citations checked alone, and a wrong instrument ok).
const PLACED_IN = /^[\s*_]*(?:,[\s*_]*)?(?:and\s+)?(?:(?:which|that|whose\s+recommendations)\s+)?(?:the\s+Conference(?:\s+of\s+the\s+Parties)?\s+(?:(?:has|had)\s+)?(?:endorsed|included|annexed|reproduced|set\s+out)|(?:(?:are|is|were|was|have\s+been|has\s+been|can\s+be|may\s+be)\s+|as\s+)?(?:contained|set\s+out|reproduced|listed|included|endorsed|annexed|found|appears?|appeared)|as\s+reflected)(?:\s+by\s+the\s+Conference(?:\s+of\s+the\s+Parties)?)?\s+(?:in|to|by)(?:\s+the)?[\s*_]*$/i;
/** ", see annex II to resolution 9/3" after a meeting: where its recommendations are, when an annex is named ("see also", "see resolution 8/1 on …" point elsewhere). */
const SEE_PLACED = /^[\s*_]*,[\s*_]*see[\s*_]*$/i;
/** "annex I to resolution 9/3, which contains the recommendations adopted by the Working Group … at its tenth meeting": the meeting after the annex. */
// Also ", containing the recommendations of the", ", which contains the recommendations of the" and
// ", adopted by the" after the annex (each was read as two citations checked alone, and a wrong annex ok).
const HOLDS_AFTER = /^[\s*_]*,?[\s*_]*(?:(?:(?:which|that)\s+(?:contains?|sets?\s+out|reproduces?|holds?|includes?)|containing|setting\s+out|reproducing)\s+the\s+recommendations\s+(?:(?:adopted|made|agreed\s+upon)\s+(?:by|at)|of)|(?:as\s+)?(?:adopted|made|agreed\s+upon)\s+by)(?:\s+the)?[\s*_]*$/i;
/** The most characters ", which contains the recommendations adopted by the " may take. */
const HOLDS_AFTER_GAP_MAX = 100;
/** "… at its sixth meeting (resolution 9/3, annex I)": an annex named in parentheses right after the meeting. */
const PLACED_IN_PARENTHESES = /^[\s*_]*\([\s*_]*(?:see\s+)?$/i;

/**
 * The Working Group meeting whose recommendations `ref` (whole annexes of an instrument, or the instrument) is said
 * to contain: the meeting cited just before it in the same block, joined by "are contained in".
 * The verdict then depends on that neighbour, so it is never remembered by its text alone.
 */
export function meetingPlacedIn(text: string, ref: Reference, neighbours: readonly Reference[]): NonNullable<Reference['wg']> | undefined {
  // Whole annexes, or a whole instrument ("are contained in Conference resolution 6/4", whose annex carries them).
  if (ref.kind !== 'cop' || !ref.items.every((it) => it.annex && it.path.length === 0 && !it.pp)) return undefined;
  let before: Reference | undefined;
  // Back from the reference (neighbours are in text order), over sessions and conjoined meetings.
  for (let x = firstFrom(neighbours, ref.span.start) - 1, steps = 0; x >= 0 && steps < PLACED_LOOK_BACK; x--, steps++) {
    const r = neighbours[x];
    if (r.span.end > ref.span.start || r.kind === 'session') continue;
    // "…, held in conjunction with the tenth meeting of the Working Group …, are contained in":
    // the meeting in that clause is not the one whose recommendations are placed.
    if (r.kind === 'wg' && CONJOINED.test(text.slice(Math.max(0, r.span.start - 40), r.span.start))) continue;
    before = r;
    break;
  }
  if (!before || before.kind !== 'wg' || !before.wg || !namesMeeting(before.wg) || before.items.length > 0) return meetingHeldAfter(text, ref, neighbours);
  const gap = text.slice(before.span.end, ref.span.start);
  // The meeting's own particulars may stand between ("…, during the seventh session of the Conference,").
  if (PLACED_IN_PARENTHESES.test(gap)) return ref.items.length > 0 ? before.wg : undefined;
  if (ref.items.length > 0 && SEE_PLACED.test(gap)) return before.wg;
  return PLACED_IN.test(gap.replace(/^,[^,.;]*,/, '')) ? before.wg : undefined;
}

/**
 * "at its eighth and ninth meetings": the meetings listed before the one `named` (the last of the
 * list), nearest first; none when it stands alone.
 */
function meetingsListedBefore(text: string, named: NonNullable<Reference['wg']>, neighbours: readonly Reference[]): NonNullable<Reference['wg']>[] {
  let x = neighbours.findIndex((r) => r.wg === named);
  const out: NonNullable<Reference['wg']>[] = [];
  for (; x > 0 && out.length < PLACED_LOOK_BACK; x--) {
    const r = neighbours[x - 1];
    if (r.kind !== 'wg' || !r.wg || r.wg.group !== named.group || !(r.wg.meeting > 0) || r.items.length > 0) break;
    if (!MEETINGS_LISTED_GAP.test(text.slice(r.span.end, neighbours[x].span.start))) break;
    out.push(r.wg);
  }
  return out;
}
/** Between meetings of a list: ", ", " and ", ", and ", " and at its ". */
const MEETINGS_LISTED_GAP = /^[\s*_]*(?:,[\s*_]*(?:and[\s*_]+)?|and[\s*_]+)(?:at[\s*_]+)?(?:its[\s*_]+)?$/;

/** The meeting named after `ref` whose recommendations it is said to contain ("…, which contains the recommendations adopted by …"). */
function meetingHeldAfter(text: string, ref: Reference, neighbours: readonly Reference[]): NonNullable<Reference['wg']> | undefined {
  const after = neighbours[firstFrom(neighbours, ref.span.end)];
  if (!after || after.kind !== 'wg' || !after.wg || !namesMeeting(after.wg) || after.items.length > 0 || after.span.start - ref.span.end > HOLDS_AFTER_GAP_MAX) return undefined;
  // The meeting's reference may open with "the Working Group" or with its article.
  return HOLDS_AFTER.test(text.slice(ref.span.end, after.span.start)) ? after.wg : undefined;
}

/** A meeting named by its ordinal, or by the dates it was held ("at its meeting held from 19 to 21 October 2016"). */
function namesMeeting(wg: NonNullable<Reference['wg']>): boolean {
  return wg.meeting > 0 || wg.held?.date?.start !== undefined;
}

/**
 * "… at its seventh meeting, during the ninth session of the Conference": the Working Group
 * meeting named right before a session after "during". The session's verdict then depends on
 * that neighbour, so it is never remembered by its text alone.
 */
export function meetingBeforeDuring(text: string, ref: Reference, neighbours: readonly Reference[]): Reference | undefined {
  if (ref.kind !== 'session' || !ref.session || ref.session.metBy) return undefined;
  const before = neighbours[firstFrom(neighbours, ref.span.start) - 1];
  if (!before || before.kind !== 'wg' || !before.wg || before.span.end > ref.span.start || ref.span.start - before.span.end > DURING_GAP_MAX) return undefined;
  return DURING.test(text.slice(before.span.end, ref.span.start)) ? before : undefined;
}

// ", during", ", held during", ", which was held during", "(during", ", held on the margins of", ", held in conjunction with",
// " was held in the margins of", ", held on the sidelines of" (the sources write "in the margins" too).
const DURING = /^[\s*_]*[,(]?[\s*_]*(?:(?:which|that)[\s*_]+)?(?:(?:was|were)[\s*_]+)?(?:(?:held|convened)[\s*_]+)?(?:during|at|(?:on|in)[\s*_]+the[\s*_]+(?:margins?|sidelines?|fringes?)[\s*_]+of|in[\s*_]+conjunction[\s*_]+with)[\s*_]+$/i;
/** The most characters ", which was held on the margins of " with its spacing and emphasis may take. */
const DURING_GAP_MAX = 60;

/** Whether a session held from `x.start` to `x.end` (ISO dates) was held in the month or year `when` ("2016-10", "2016"), or on that day. */
function heldIn(x: { start?: string; end?: string }, when: string): boolean {
  return !!x.start && x.start.slice(0, when.length) <= when && when <= (x.end ?? x.start).slice(0, when.length);
}

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** A number in words right after a bare "annex" (group 1). */
// Lower case only: "annex⏎One delegation noted" opens a sentence (its "One" was written over).
const NUMBER_WORD_AFTER = new RegExp(`^[ \\u00a0]+(${NUMBER_WORDS.join('|')})(?![A-Za-z-])`);
/** How far after a session's words a report's symbol written for it is looked for (" (CTOC/COP/2018/13)"). */
const REPORT_SYMBOL_AFTER = 40;
/** How many references back the meeting placed in an annex is looked for (its sessions and conjoined meetings between). */
const PLACED_LOOK_BACK = 8;
/** How many instruments a part B pointer's parentheses are read for ("(resolution 8/1 and resolution 9/3)"). */
const MAX_LISTED_IN_POINTER = 12;

/** ", ", ": ", " – ", " [": a symbol set beside what it is the report of. */
const APPOSED_DOCUMENT = /^[\s*_]*(?:[,:\u2013\u2014[]|-(?=\s))[\s*_]*$/;
/** "the report of the Conference on", "the report of the" (before "Working Group … on its seventh meeting"): before the session or meeting. */
const REPORT_ON = /\breport\b[^.;:()]*\b(?:on|of)(?:[\s*_]+the)?[\s*_]*$/i;
/** The most characters "report of the Conference of the Parties to the United Nations Convention … on " may take. */
const REPORT_ON_MAX = 160;

/** "(", "(see", ", contained in", "as reproduced in document", "in": what joins a reference to the document symbol after it that holds it. */
// Also "(document …)", "(see document …)", ", issued as …", ", document …" (each was
// read as two citations checked alone, and a report of another session ok).
const HOLDS_DOCUMENT = /^[\s*_]*(?:\((?:[\s*_]*see)?(?:[\s*_]+document)?|\([\s*_]*document|,?[\s*_]*(?:(?:as|which\s+(?:is|are|was|were))[\s*_]+)?(?:(?:contained|reproduced|issued|published|set\s+out)[\s*_]+)?in(?:[\s*_]+(?:document|the\s+report))?|,?[\s*_]*(?:(?:which\s+(?:is|was)[\s*_]+)?issued[\s*_]+as(?:[\s*_]+document)?|document))[\s*_]*$/i;
/** The most characters ", as reproduced in document " with its spacing and emphasis may take. */
const HOLDS_DOCUMENT_GAP_MAX = 48;

/**
 * "resolution 8/1, as contained in the report of the Conference on its ninth session": the words
 * before a session that say its report holds the instrument before them (", reproduced in the
 * report …"). Not "(see the report …", which may point to where the report discusses it.
 */
const REPORT_HOLDS = /^[\s*_]*(?:,|\()?[\s*_]*(?:(?:as|which\s+(?:is|are|was|were))[\s*_]+)?(?:contained|reproduced|set\s+out|published|included|issued)[\s*_]+in[\s*_]+the[\s*_]+report[\s*_]+of[\s*_]+the[\s*_]+Conference(?:[\s*_]+of[\s*_]+the[\s*_]+Parties)?(?:[\s*_]+to[\s*_]+the[\s*_]+United[\s*_]+Nations[\s*_]+Convention[\s*_]+against[\s*_]+Transnational[\s*_]+Organized[\s*_]+Crime)?[\s*_]+on[\s*_]+$/i;
/** The most characters ", as contained in the report of the Conference of the Parties to the United Nations Convention … on " may take. */
const REPORT_HOLDS_GAP_MAX = 200;

/** The instruments a session's report is said to hold (`REPORT_HOLDS`): the reference right before the session, with the series it ends. */
export function sessionReportHolding(text: string, ref: Reference, neighbours: readonly Reference[]): Reference | undefined {
  if (ref.kind !== 'session' || !ref.session || ref.session.metBy || ref.session.meeting || ref.listSpan) return undefined;
  const at = firstFrom(neighbours, ref.span.start);
  const before = neighbours[at - 1];
  if (!before || before.kind !== 'cop' || before.instruments.length === 0 || before.span.end > ref.span.start || ref.span.start - before.span.end > REPORT_HOLDS_GAP_MAX) return undefined;
  if (!REPORT_HOLDS.test(text.slice(before.span.end, ref.span.start))) return undefined;
  // "resolution 8/1 and resolution 9/3, as contained in …": each citation of the series before it.
  const instruments = before.instruments.slice();
  let start = before.span.start;
  for (let x = at - 2, n = 0; x >= 0 && n < REPORT_SERIES_BACK; x--, n++) {
    const r = neighbours[x];
    if (r.kind !== 'cop' || r.instruments.length === 0 || r.span.end > start || !JOINED_IN_SERIES.test(text.slice(r.span.end, start))) break;
    for (let y = Math.min(r.instruments.length, REPORT_SERIES_BACK) - 1; y >= 0; y--) instruments.unshift(r.instruments[y]);
    start = r.span.start;
  }
  return instruments.length === before.instruments.length ? before : { ...before, instruments };
}
/** How many citations of a series before a session's report are read with it. */
const REPORT_SERIES_BACK = 12;


/** ", ": what joins a document's chapter to the instruments after it that it holds ("CTOC/COP/2016/15, chap. I, resolution 8/1"). */
const HOLDS_AFTER_CHAPTER = /^[\s*_]*,[\s*_]*$/;

/**
 * The reference that a document symbol right after it is said to hold: an instrument, a session,
 * a Working Group meeting; or, after the document's chapter, the instruments right after it, as
 * UN footnotes cite adopted texts ("CTOC/COP/2016/15, chap. I, resolution 8/1"). The symbol's
 * verdict then depends on that neighbour, so it is never remembered by its text alone.
 */
export function documentBeside(text: string, ref: Reference, neighbours: readonly Reference[]): Reference | undefined {
  if (ref.kind !== 'symbol' || !ref.symbol || ref.items.length > 0) return undefined;
  const at = firstFrom(neighbours, ref.span.start);
  const before = neighbours[at - 1];
  if (before && before.span.end <= ref.span.start && ref.span.start - before.span.end <= HOLDS_DOCUMENT_GAP_MAX) {
    const one = (before.kind === 'cop' && before.instruments.length === 1) || (before.kind === 'session' && before.session !== undefined) || (before.kind === 'wg' && before.wg !== undefined && before.wg.meeting > 0);
    if (one && HOLDS_DOCUMENT.test(text.slice(before.span.end, ref.span.start))) return before;
    // "the report of the Conference on its eighth session, CTOC/COP/2018/13" (or ":", "–", "[…]"): the
    // report's symbol set beside the session or meeting it reports on (each was checked alone, and a
    // report of another session ok; found by a probe).
    if (one && before.kind !== 'cop' && APPOSED_DOCUMENT.test(text.slice(before.span.end, ref.span.start)) && REPORT_ON.test(text.slice(Math.max(0, before.span.start - REPORT_ON_MAX), before.span.start))) return before;
  }
  // The chapter is read with the symbol, and is the last of it (nothing unread after it).
  const part = ref.unread?.find((u) => u.documentPart);
  if (!part || part.end !== ref.span.end) return undefined;
  const after = neighbours[at] === ref ? neighbours[at + 1] : neighbours[at];
  if (!after || after.kind !== 'cop' || after.instruments.length === 0 || after.span.start < ref.span.end || after.span.start - ref.span.end > HOLDS_DOCUMENT_GAP_MAX) return undefined;
  return HOLDS_AFTER_CHAPTER.test(text.slice(ref.span.end, after.span.start)) ? after : undefined;
}

/** ", held in conjunction with the", "(in conjunction with": what joins two meetings held together. */
// Also "back to back with", "together with", "concurrently with", "in parallel with" (each was prose, and a wrong pairing ok).
// "… was held in conjunction with" (the passive without "which") too.
const CONJOINED_GAP = /^[\s*_]*[,(]?[\s*_]*(?:(?:(?:which|that)[\s*_]+)?(?:was|were)[\s*_]+)?(?:(?:held|convened)[\s*_]+)?(?:jointly[\s*_]+with|in[\s*_]+conjunction[\s*_]+with|back[\s*_-]+to[\s*_-]+back[\s*_]+with|together[\s*_]+with|concurrently[\s*_]+with|in[\s*_]+parallel[\s*_]+with)(?:[\s*_]+the)?[\s*_]*$/i;
/** The most characters ", which was held in conjunction with the " with its spacing and emphasis may take. */
const CONJOINED_GAP_MAX = 64;

/**
 * The Working Group meeting a meeting is said to have been held in conjunction with: the one
 * named right before it ("…at its eighth meeting, held in conjunction with the tenth meeting of
 * …"). The later meeting's verdict then depends on that neighbour, so it is never remembered by
 * its text alone.
 */
export function meetingConjoinedWith(text: string, ref: Reference, neighbours: readonly Reference[]): Reference | undefined {
  if (ref.kind !== 'wg' || !ref.wg || ref.wg.meeting === 0) return undefined;
  const before = neighbours[firstFrom(neighbours, ref.span.start) - 1];
  if (!before || before.kind !== 'wg' || !before.wg || !namesMeeting(before.wg) || before.span.end > ref.span.start || ref.span.start - before.span.end > CONJOINED_GAP_MAX) return undefined;
  return CONJOINED_GAP.test(text.slice(before.span.end, ref.span.start)) ? before : undefined;
}

/** Index of the first of `refs` (in text order) that starts at or after `pos`. */
function firstFrom(refs: readonly Reference[], pos: number): number {
  let lo = 0;
  let hi = refs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (refs[mid].span.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const CONJOINED = /(?:in\s+conjunction|jointly|back[\s-]+to[\s-]+back|together|concurrently|in\s+parallel)\s+with(?:\s+the)?[\s*_]*$/i;

/** "; it holds U+00AD SOFT HYPHEN, which is not shown: delete it" when `written` holds such characters; else nothing. */
function unseenNote(written: string): string {
  const names = unseenIn(written);
  if (names.length === 0) return '';
  return `; it holds ${listAnd(names)}, which ${names.length === 1 ? 'is' : 'are'} not shown: delete ${names.length === 1 ? 'it' : 'them'}`;
}

/** The one annex of `inst` that `items` name ("annex II", "annex II, paragraph 1"); undefined for none, several, or every annex. */
function annexNamed(inst: Instrument, items: readonly (LocatorItem | undefined)[]): Annex | undefined {
  let key: string | undefined;
  for (const it of items) {
    if (!it?.annex || it.annex.all) continue;
    const k = it.annex.figures !== undefined ? toRoman(it.annex.figures) : it.annex.key;
    if (key !== undefined && key !== k) return undefined;
    key = k;
  }
  if (key === undefined) return undefined;
  // "the annex to resolution 7/4": its single, unnamed annex.
  return annexOf(inst, key) ?? (key === '' && inst.annexes.length === 1 ? inst.annexes[0] : undefined);
}

/** How many words (folded, of three letters or more) `a` and `b` share. */
/** The words of a title that tell one from another: of four letters or more, not "against", "with", "from", "that". */
function significantWords(t: string): Set<string> {
  return new Set((t.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []).filter((w) => !TITLE_STOP_WORDS.has(w)));
}
const TITLE_STOP_WORDS = new Set(['against', 'with', 'from', 'that', 'this', 'their', 'into', 'under', 'upon']);

function sharedWords(a: string, b: string): number {
  const words = (t: string): Set<string> => new Set(t.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []);
  const wb = words(b);
  let n = 0;
  for (const w of words(a)) if (wb.has(w)) n++;
  return n;
}

export function statusOf(res: Resolution): Status {
  if (res.problems.some((p) => p.severity === 'error')) return 'invalid';
  if (res.problems.some((p) => p.code === 'unknown-instrument' || p.code === 'unknown-meeting' || p.code === 'unknown-report' || p.code === 'unknown-document' || p.code === 'unknown-session' || p.code === 'unknown-body' || p.code === 'unknown-group')) return 'unknown';
  if (res.problems.some((p) => p.code.startsWith('ambiguous'))) return 'ambiguous';
  // What was cited but could not be checked (a locator not understood, a venue or a report paragraph
  // the sources do not give) makes the verdict partial, never ok; what was checked and found wrong
  // (a date, a venue, a title) makes it a mismatch, whatever else was not checked.
  const unchecked = (p: Problem): boolean => p.code === 'unread-locator' || p.code === 'unchecked-venue' || p.code === 'unchecked-date' || p.code === 'unmapped-report-paragraph' || p.code === 'unchecked-report-paragraph' || p.code === 'unchecked-self' || p.code === 'unchecked-report' || p.code === 'unseen-character' || p.code === 'other-language' || p.code === 'unchecked-topic' || p.code === 'broken-word';
  if (res.problems.some((p) => p.severity === 'warning' && !unchecked(p))) return 'mismatch';
  if (res.problems.some(unchecked)) return 'partial';
  if (res.status === 'external') return 'external';
  return 'ok';
}

/** A self-reference's verdict before the draft's outline is applied to it. */
function selfPending(ref: Reference): Problem {
  return { severity: 'information', code: 'unchecked-self', message: 'not checked against the paragraphs and annexes of this draft', span: ref.span, fixes: [] };
}

export function meetingLabel(m: Meeting): string {
  return meetingName(m.group, m.number);
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A fix title with the target's first words, so the choice can be made by what it says. */
/** The part a fix of a missing label writes, so that one a list cites already is not offered. */
const FIX_PART = new WeakMap<Fix, string>();

/** "Change to 3 — Further endorses …": the fix that writes `p`'s label over `span`. */
function labelFix(p: Part, span: Span): Fix {
  const fix = { title: withWords(`Change to ${fmtLabel(p.num)}`, p.text), span, newText: fmtLabel(p.num) };
  FIX_PART.set(fix, p.id);
  return fix;
}

function withWords(title: string, text: string | undefined, max = 70): string {
  const t = text?.replace(/\s+/g, ' ').trim();
  return t ? `${title} — ${truncateWords(t, max)}` : title;
}

/** What tells an annex from its siblings: the meeting whose recommendations it carries, else its heading. */
function annexWords(a: Annex): string {
  return a.meeting ? `recommendations of the ${ordinal(a.meeting.number)} meeting of the Working Group on ${GROUP_NAMES[a.meeting.group]}` : a.heading;
}

/** Words a topic shares with any title: not evidence that it follows this one. */
const TOPIC_STOP_WORDS = new Set(['with', 'from', 'into', 'that', 'this', 'their', 'these', 'those', 'other', 'such', 'under', 'within']);

/**
 * Whether a topic ("on central authorities") says what the title says: at least half of its
 * words of four letters or more are the title's (compared on their first six letters, so that
 * "authority" is "authorities").
 */
function topicFollowsTitle(topic: string, title: string): boolean {
  const words = (t: string): string[] => t.match(/\p{L}{4,}/gu) ?? [];
  const stem = (w: string): string => w.toLowerCase().slice(0, 6);
  const inTitle = new Set(words(title).map(stem));
  const own = words(topic).filter((w) => !TOPIC_STOP_WORDS.has(w.toLowerCase())).map(stem);
  return own.length === 0 || own.filter((w) => inTitle.has(w)).length * 2 >= own.length;
}

/** A date as its words: without the emphasis around some of them ("12 October **2016**"), one space between. */
function asWords(t: string): string {
  return t.replace(/[*_]/g, '').replace(/\s+/g, ' ').trim();
}

/** The words of an unread held phrase as written ("to be held in 2019": the "to" kept), cut at 60 characters. */
function heldWording(text: string, u: Span): string {
  const t = text.slice(u.start, Math.min(u.end, u.start + 240)).replace(/\s+/g, ' ').trim();
  return t.length > 60 ? `${t.slice(0, 59)}…` : t;
}

/**
 * What was checked, without a negotiation bracket, code span or strikethrough the unread rule
 * read through: one that opens the material not read at its end ("resolution 8/1, [paragraph 99]"),
 * one that closes what came before at its start. Mark by mark, with no nested repetition (a
 * nested pattern backtracked exponentially over a run of "~": a short line hung the checker).
 */
function withoutOpenMarks(t: string): string {
  let s = t;
  for (let n = 0; n < 16; n++) {
    const u = s.replace(/[\s,:;]*(?:\[|`|[~=]{2,}\]?)$/, '').replace(/^(?:\]|~{2,}|={2,})[\s,]*/, '');
    if (u === s) break;
    s = u;
  }
  return s.replace(/[\s,:;]+$/, '');
}
