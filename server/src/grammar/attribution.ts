// Whose instrument: a pass over the references the grammar found in one block, after parsing.
// The grammar reads "its resolution 54/128" the same way in every text; which body "its" (or a
// bare "resolution 5/1") means depends on the text around the reference, which the grammar
// does not look at. The rule, in order (the first that applies decides):
//
//   1. a body named by the grammar itself ("General Assembly resolution 55/25") or just before
//      the reference ("Economic and Social Council in its decision 2005/250");
//   2. a body named just after it ("decision 27/5, section II, of the Governing Council of the
//      United Nations Environment Programme"); "of the Conference of the Parties" is ours;
//   3. the body the sentence, then the paragraph, is about: the last body named before the
//      reference and not part of another reference ("the Conference of the States Parties to
//      the United Nations Convention against Corruption … its resolution 4/1"); a bare "the
//      Conference" is the last Conference named in full before it; a body only counts here if
//      it could have issued that number (the General Assembly numbers session/number only
//      from its 31st session; the Economic and Social Council year/number);
//   4. the body whose document the draft is: a front-matter key `body:`, else a setting, else
//      the opening line ("The General Assembly,");
//   5. otherwise the Conference of the Parties, unless the Conference cannot have issued the
//      number (a session it has not held, a year/number form, a date before its first session):
//      then another body, even after "its".
//
// A reference attributed to another body becomes `external` with `attribution` saying to which
// body and why; hover shows it.

import { isKnownGroupName } from './groupNames';
import type { Reference, Span } from './reference';
import { softWrapped } from './draftOutline';

export const OUR_BODY = 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime';

/** Facts about the Conference the pass needs; from the dataset when it has them. */
export interface ConferenceLimits {
  /** Highest session number the Conference can have held when the draft is written. */
  maxSession: number;
  /** ISO date the first session opened: nothing it adopted is older. */
  firstSessionStart?: string;
  /**
   * Symbols of the Conference's instruments in the dataset ("8/1"): one of them dated before the
   * first session is the Conference's with a wrong date, checked as such, not another body's
   * passed over ("resolution 8/1 of 21 October 2003" said nothing).
   */
  heldSymbols?: ReadonlySet<string>;
}

export const DEFAULT_LIMITS: ConferenceLimits = { maxSession: 20 };

/** Which body the draft itself is a document of, and how that was found. */
export interface DraftBody {
  body: string;
  /** "front matter", "setting", "opening line". */
  from: string;
  quote: string;
}

// Bodies drafters name. "Conference of the (States) Parties to …" is matched with its whole
// "to the …" tail so that the Convention decides whose Conference it is.
const BODY_SOURCE =
  String.raw`(General[ \u00a0]+Assembly|Economic[ \u00a0]+and[ \u00a0]+Social[ \u00a0]+Council|Security[ \u00a0]+Council|Human[ \u00a0]+Rights[ \u00a0]+Council|` +
  String.raw`Commission[ \u00a0]+on[ \u00a0]+(?:Crime[ \u00a0]+Prevention[ \u00a0]+and[ \u00a0]+Criminal[ \u00a0]+Justice|Narcotic[ \u00a0]+Drugs|the[ \u00a0]+Status[ \u00a0]+of[ \u00a0]+Women)|` +
  String.raw`Governing[ \u00a0]+Council[ \u00a0]+of[ \u00a0]+the[ \u00a0]+United[ \u00a0]+Nations[ \u00a0]+Environment[ \u00a0]+Programme|United[ \u00a0]+Nations[ \u00a0]+Environment[ \u00a0]+Assembly|World[ \u00a0]+Health[ \u00a0]+Assembly|` +
  String.raw`Conference[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?(?:States[ \u00a0]+)?Parties(?:[ \u00a0]+to[ \u00a0]+the[ \u00a0]+(?:[A-Z][\w-]*|against|on|of|the|and|in)(?:[ \u00a0]+(?:[A-Z][\w-]*|against|on|of|the|and|in))*)?|Conference|` +
  // The abbreviations drafters write for them ("GA resolution 70/1", "CCPCJ resolution 26/3").
  String.raw`UNGA|GA|ECOSOC|HRC|CCPCJ|CND|(?:CAC\/)?COSP|UNCAC|UNEA|Governing[ \u00a0]+Council)`;
const BODY_RE = new RegExp(String.raw`\b${BODY_SOURCE}\b`, 'g');
// Only where the short name opens the clause ("The Council, in its resolution …", "…; the
// Assembly, in its …", "Recalling that the Council, in its …"): after a verb ("the Conference
// requested the Commission, in its resolution …") "its" may be the subject's.
/** How far back "the Council, in" is looked for before "its". */
const BARE_BODY_WINDOW = 60;
const BARE_BODY_BEFORE_RE = /(?:^\s*|[.;:(\n]\s*|\b(?:that|whereby|where|when)\s+)[Tt]he[ \u00a0]+(Assembly|Council|Commission),?\s*(?:(?:in|by|under|through)\s+)?$/;
const BEFORE_RE = new RegExp(String.raw`\b${BODY_SOURCE}[\s,]*(?:(?:in|by|under|through|at|with)\s+)?(?:its\s+)?$`);
// "…, adopted by the Conference of the States Parties to the United Nations Convention against
// Corruption at its eighth session": named after "adopted" too (it was read as ours, and ok).
const AFTER_RE = new RegExp(String.raw`^(?:,?\s*(?:section|part|chapter)\s+[IVX\d]+[A-Z]?)?,?\s+(?:(?:adopted|approved)\s+)?(?:of|by)\s+the\s+${BODY_SOURCE}\b`);
// "the Working Group on International Cooperation, at its eleventh session": the group's meeting.
// Every body name holds one of these words (or is one; a prefilter, so no word boundaries: "GA"
// in "GATT" only costs the search): where none is in the window before a reference,
// BEFORE_RE cannot match there, and the search (from every position of the window) is skipped.
const BODY_WORD_RE = /Assembly|Council|Commission|Conference|GA|ECOSOC|HRC|CCPCJ|CND|COSP|UNCAC|UNEA/g;
/** How far back BEFORE_RE looks for a body named just before a reference. */
const BEFORE_WINDOW = 200;
const WG_BEFORE_RE = /\bWorking[ \u00a0]+Group(?:[ \u00a0]+of[ \u00a0]+Government[ \u00a0]+Experts)?[ \u00a0]+on[ \u00a0]+(International[ \u00a0]+Cooperation|Technical[ \u00a0]+Assistance)[\s,]*(?:(?:at|in|during|since|on)\s+)?$/;
// Any other Working Group named in full just before "its" ("the Working Group on Internacional
// Cooperation, at its tenth session"): the session is that group's, never the Conference's.
// Set off by a comma, as for the bare "the Working Group," (without one, "Decides to establish a
// Working Group on Victim Protection at its eleventh session" is the Conference's session).
const OTHER_WG_BEFORE_RE = /\bWorking[ \u00a0]+Group(?:[ \u00a0]+of[ \u00a0]+Government[ \u00a0]+Experts)?[ \u00a0]+on[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w-]*(?:[ \u00a0]+(?:(?:of|and|the|in|for|on|against)[ \u00a0]+){0,2}[A-Z][\w-]*){0,7}[*_]*,\s*(?:(?:at|in|during|on)\s+)?$/;
// "the Working Group, at its eighth session": a Working Group not named in full, set off by a
// comma before "its", is what the clause is about. Without the comma the session may be the
// Conference's ("Decided to review the future of the working group at its fourth session", in
// the Technical Assistance compendium), so that form is left to the rules below.
const BARE_WG_BEFORE_RE = /\bWorking[ \u00a0]+Group,\s*(?:(?:at|in|during|on)\s+)?$/;
// Between a subsidiary body's name and the "its" of its own session ("…Review Group, at its").
const SUBSIDIARY_JOIN_RE = /^[\s,]*(?:(?:at|in|during|on)\s+)?$/;
// Working Groups named in full, for the bare "the Working Group" after them (the block's last one).
// Any Working Group named in full: one the dataset does not hold ("on Asset Recovery") named last
// is the one "the Working Group" means, never the known one named before it.
const WG_NAMED_RE = /\bWorking[ \u00a0]+Group(?:[ \u00a0]+of[ \u00a0]+Government[ \u00a0]+Experts)?[ \u00a0]+on[ \u00a0]+(International[ \u00a0]+Cooperation|Technical[ \u00a0]+Assistance|(?:the[ \u00a0]+)?[A-Z][\w-]*(?:[ \u00a0]+(?:of|and|the|in|for|on|against)[ \u00a0]+[A-Z][\w-]*|[ \u00a0]+[A-Z][\w-]*)*)/g;
// "In its resolution 8/1, the General Assembly requested …", "In resolution 8/1, paragraph 99, the
// Human Rights Council decided …": a sentence opened by the citation whose subject, after it, is a
// body (it was read as ours, and checked as the Conference's). The block's start may be indented,
// or carry a byte order mark (\s holds it): " In its resolution …" opens a sentence as much.
const OPENS_SENTENCE_RE = /(?:^[\s*_>#]*|[.;:!?][\s*_]+|\n[\s*_>#]*)In[ \u00a0]+$/;
// "Recalling its resolution 8/1, the Human Rights Council decided …": a participle opening the
// sentence has the main clause's subject, and so has "its" inside it (it was read as ours, and
// checked as the Conference's 8/1). Only with "its": "Recalling resolution 8/1, the General
// Assembly notes" may recall anyone's. Preambular paragraphs ("Recalling its resolution 8/1,\n")
// name no subject after the comma, so they stay the draft's.
const OPENS_PARTICIPLE_RE = /(?:^[\s*_>#]*|[.;:!?][\s*_]+|\n[\s*_>#]*)(?:[A-Z][a-z]+ing|Having[ \u00a0]+[a-z]+(?:ed|en)|Mindful[ \u00a0]+of|Guided[ \u00a0]+by|Pursuant[ \u00a0]+to)(?:[ \u00a0]+(?:also|further|again))?(?:[ \u00a0]+(?:in[ \u00a0]+mind|note[ \u00a0]+of|into[ \u00a0]+account|account[ \u00a0]+of))?[ \u00a0]+$/;
// An active verb only: "the Commission … was invited", "… is invited", "… has been asked" make the
// body the one addressed, not the one that adopted the instrument. Not a plural noun ("…, the Human
// Rights Council decisions and …" in a preambular list names documents, no subject).
const SUBJECT_AFTER_RE = new RegExp(String.raw`^[\s*_]*,[\s*_]*the[ \u00a0]+${BODY_SOURCE}[\s*_]*,?[\s*_]*(?:(?:has|had|also|further|again)[ \u00a0]+)*(?!(?:was|were|is|are|has|had|have|been|being|as|was)\b)(?!(?:decisions|resolutions|recommendations|reports|documents|sessions|meetings|declarations|conventions|protocols|instruments|members|parties|states|bodies|committees|texts|statements|conclusions|strategies|programmes|guidelines|principles|rules|initiatives|efforts|activities|mandates)\b)[a-z]+(?:ed|s)\b`);
const OPENING_RE = new RegExp(String.raw`^[\s*_>#]*The\s+${BODY_SOURCE}[\s*_]*,?[\s*_]*$`);

/** The bodies drafters write as abbreviations. */
const ABBREVIATED: Record<string, string> = {
  UNGA: 'General Assembly',
  GA: 'General Assembly',
  ECOSOC: 'Economic and Social Council',
  HRC: 'Human Rights Council',
  CCPCJ: 'Commission on Crime Prevention and Criminal Justice',
  CND: 'Commission on Narcotic Drugs',
  COSP: 'Conference of the States Parties to the United Nations Convention against Corruption',
  'CAC/COSP': 'Conference of the States Parties to the United Nations Convention against Corruption',
  UNCAC: 'Conference of the States Parties to the United Nations Convention against Corruption',
  UNEA: 'United Nations Environment Assembly',
};

/** The known Working Group a matched name is, its words set apart by any spaces (a CRLF wrap reads as two). */
function groupOf(name: string): 'IC' | 'TA' | undefined {
  const n = name.replace(/\s+/g, ' ');
  return n === 'International Cooperation' ? 'IC' : n === 'Technical Assistance' ? 'TA' : undefined;
}

/**
 * Our Conference as drafters name it: in full in either spelling, with "States Parties", by the
 * Convention's short names, or "COP" (a front matter "body: COP", a setting "the COP"); the
 * bare "Conference" only where the draft says whose document it is (its opening line "The
 * Conference,", its front matter, a setting): in running text the caller decides which one.
 */
const OUR_NAME = /^(?:the )?(?:Conference(?: of the Parties| of (?:the )?Parties to the Convention| of (?:the )?(?:States )?Parties to (?:the )?(?:United Nations Convention against Transnational Organi[sz]ed Crime|(?:Transnational )?Organi[sz]ed Crime Convention|Palermo Convention|UNTOC))?|(?:UNTOC |CTOC\/)?COP)$/i;

/** Normalises a matched body name: ours collapses to OUR_BODY. */
export function bodyName(matched: string): string {
  const m = matched.replace(/\s+/g, ' ').replace(/ and the Protocols?.*$/, '').replace(/[\s,.;:]+$/, '').trim();
  if (OUR_NAME.test(m)) return OUR_BODY;
  if (ABBREVIATED[m]) return ABBREVIATED[m];
  if (/^Conference of the Parties to the United Nations Convention against Transnational Organized Crime/.test(m)) return OUR_BODY;
  // The sources' own short names for the Convention ("the Conference of the Parties to the
  // Organized Crime Convention"); in these drafts "the Convention" alone is this Convention.
  if (/^Conference of the Parties to the (?:Organized Crime Convention|Palermo Convention|Convention)$/.test(m)) return OUR_BODY;
  if (m === 'Conference of the Parties') return OUR_BODY;
  if (/^Conference of (?:the )?(?:States )?Parties to the (?:United Nations )?Convention against Corruption/.test(m)) {
    return 'Conference of the States Parties to the United Nations Convention against Corruption';
  }
  return m;
}

function isOurs(body: string): boolean {
  return body === OUR_BODY;
}

const KNOWN_BODY_RE = new RegExp(String.raw`^${BODY_SOURCE}$`);

/**
 * Whether `body` (as `bodyName` gives it) is one the checker knows: ours, or a body it reads
 * in drafts ("General Assembly", "Human Rights Council"). A draft said to be another's
 * ("body: UNODC", a misspelt "Conferense of the Parties") has its "its resolution …" set
 * aside unchecked: that is said, never done in silence.
 */
/**
 * A Working Group of the Conference ("body: Working Group on International Cooperation"): it
 * adopts recommendations, never resolutions, so the resolutions and decisions its drafts cite
 * are the Conference's, and checked.
 */
function isOurGroup(body: string): boolean {
  return /^(?:the )?Working Group\b/i.test(body);
}

export function isKnownBody(body: string): boolean {
  // Any "Conference of the Parties to …" matches the pattern of names; only those named above are known.
  return isOurs(body) || isOurGroup(body) || Object.values(ABBREVIATED).includes(body) || (KNOWN_BODY_RE.test(body) && !/^Conference\b/.test(body));
}

/** Could `body` have issued every instrument of `ref`? Only bodies whose numbering is known are checked. */
function plausibleFor(body: string, ref: Reference): boolean {
  return plausibleNumbers(body, ref.instruments);
}

/** Whether `body` numbers its instruments as these are numbered (the Assembly "55/25" from its 31st session, the Council by year, "2014/17"). */
export function plausibleNumbers(body: string, instruments: readonly { session: number }[]): boolean {
  return instruments.every((m) => {
    const year = m.session >= 1000;
    if (body === 'General Assembly') return !year && m.session >= 31;
    if (body === 'Economic and Social Council') return year;
    if (body === 'Security Council') return false;
    return !year;
  });
}

/**
 * Why the Conference cannot have issued `ref`'s instruments, or undefined when it could have
 * issued any of them: in "resolutions 8/1 and 55/25" 8/1 is checked (and 55/25 reported as not
 * held), rather than the whole list passed over as another body's.
 */
export function impossibleForConference(ref: Reference, limits: ConferenceLimits): string | undefined {
  if (ref.instruments.length === 0) return undefined;
  let first: string | undefined;
  for (const m of ref.instruments) {
    let why: string | undefined;
    if (m.session >= 1000) why = `the Conference numbers its instruments by session (“8/1”), never by year (“${m.symbol}”)`;
    else if (m.session > limits.maxSession) why = `the Conference of the Parties has not held a ${m.session}th session, so ${m.symbol} cannot be one of its instruments`;
    else if (m.date?.iso && limits.firstSessionStart && m.date.iso < limits.firstSessionStart && !limits.heldSymbols?.has(m.symbol)) {
      why = `${m.date.text} is before the first session of the Conference (which opened on ${limits.firstSessionStart})`;
    }
    if (!why) return undefined;
    first ??= why;
  }
  return first;
}

/** The body whose document the draft is, from its front matter or opening line. */
export function draftBodyOf(head: string): DraftBody | undefined {
  const lines = head.split(/\r\n|\r|\n/);
  if (/^---\s*$/.test(lines[0] ?? '')) {
    for (let i = 1; i < lines.length && i < 40; i++) {
      if (/^(?:---|\.\.\.)\s*$/.test(lines[i])) break;
      const m = /^body\s*:\s*["']?(.+?)["']?\s*$/i.exec(lines[i]);
      // "body:" left empty names no body: the setting or the opening line decides.
      if (m && m[1].trim() === '') continue;
      if (m) return { body: bodyName(m[1]), from: 'front matter', quote: lines[i].trim() };
    }
  }
  let seen = 0;
  // The opening line as it reads, wrapped or not ("The Conference of the Parties to the⏎Convention,"; "The Conference,⏎at its eighth session, adopted" is no opening line).
  for (const line of softWrapped(head).split(/\r\n|\r|\n/)) {
    if (line.trim() === '' || /^---\s*$/.test(line)) continue;
    if (++seen > 12) break;
    OPENING_RE.lastIndex = 0;
    const m = OPENING_RE.exec(line);
    if (m) return { body: bodyName(m[1]), from: 'opening line', quote: line.replace(/[*_#>]/g, '').trim() };
    // A long line is running text: the opening line comes before any.
    if (line.length > 200) break;
  }
  return undefined;
}

const ABBREV = /(?:\b(?:paras?|No|Nos|vol|vols|art|arts|p|pp|e\.g|i\.e|cf|op|Rev|Add|Corr)|\b[A-Z])\.$/;

/** Where each sentence of `text` starts, in order (computed once per block). */
function sentenceStarts(text: string): number[] {
  const re = /[.!?;:]["”’)]*\s+(?=[“"‘(]?[A-Z0-9])/g;
  const out = [0];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0][0] === '.' && ABBREV.test(text.slice(Math.max(0, m.index - 6), m.index + 1))) continue;
    out.push(m.index + m[0].length);
  }
  return out;
}

/** The last element of `sorted` (by `key`) whose key is at most `at`, or -1. */
function lastAtMost<T>(sorted: readonly T[], at: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid]) <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

interface Mention {
  body: string;
  span: Span;
  bare: boolean;
}

function quoteOf(text: string, s: Span): string {
  const q = text.slice(s.start, s.end).replace(/\s+/g, ' ');
  return q.length > 90 ? `${q.slice(0, 87)}…` : q;
}

function setExternal(ref: Reference, body: string | undefined, reason: string): void {
  ref.kind = 'external';
  if (body) ref.body = body;
  ref.attribution = { body: body ?? 'another body', reason };
}

/**
 * "the Working Group, at its eighth session": "its" is the Working Group's, never the
 * Conference's. The group is the one last named in full before it in the block; its meeting of
 * that number when the dataset holds the group, a body it does not hold otherwise, and when no
 * group is named in full, a subsidiary body left unnamed (the resolver asks which).
 */
function bareWorkingGroup(ref: Reference, named: NamedGroup | undefined): void {
  const session = ref.session!;
  const name = named?.name ?? '';
  if (named?.group) {
    ref.kind = 'wg';
    ref.wg = { group: named.group, meeting: session.number, span: session.span, held: session.held };
    ref.attribution = { body: name, reason: `“the Working Group” before it is the ${name}, the last Working Group named in full before it in the paragraph` };
  } else {
    ref.kind = 'subsidiary';
    ref.subsidiary = { name, span: { start: ref.span.start, end: ref.span.end }, meeting: session.number };
  }
  ref.session = undefined;
}

/** A Working Group named in full in a block: where, its name, and its key when the dataset holds it. */
interface NamedGroup {
  at: number;
  name: string;
  group?: 'IC' | 'TA';
}

/** The Working Groups named in full in `text`, in order (found once per block). */
function namedGroups(text: string): NamedGroup[] {
  const out: NamedGroup[] = [];
  WG_NAMED_RE.lastIndex = 0;
  for (let m = WG_NAMED_RE.exec(text); m; m = WG_NAMED_RE.exec(text)) {
    out.push({ at: m.index, name: m[0].replace(/\s+/g, ' '), group: groupOf(m[1]) });
  }
  return out;
}

/** "fifth sessions" in "its fourth and fifth sessions": the body decided for "its fourth", with its own number. */
function sameBodyAs(first: Reference, ref: Reference): void {
  const session = ref.session!;
  if (first.kind === 'wg' && first.wg) {
    ref.kind = 'wg';
    ref.wg = { group: first.wg.group, meeting: session.number, span: session.span };
    ref.session = undefined;
  } else if (first.kind === 'subsidiary' && first.subsidiary) {
    ref.kind = 'subsidiary';
    ref.subsidiary = { ...first.subsidiary, span: { ...ref.span }, meeting: session.number };
    ref.session = undefined;
  } else if (first.kind === 'external') {
    ref.kind = 'external';
    ref.body = first.body;
  } else return;
  if (first.attribution) ref.attribution = { ...first.attribution };
}

/**
 * Attributes each instrument reference of one block (in place). `draft` is the body of the
 * whole draft, when it names one.
 */
export function attributeReferences(text: string, refs: Reference[], draft?: DraftBody, limits: ConferenceLimits = DEFAULT_LIMITS): void {
  if (!refs.some((r) => r.instruments.length > 0 || r.kind === 'session' || r.unreadSymbol)) return;
  const refSpans = refs.map((r) => r.span);
  // Body names in the block outside references, in order; found once per block, looked up by
  // binary search (a block with thousands of references stays linear).
  let mentions: Mention[] | undefined;
  let conferences: Mention[] = [];
  let fullConferences: Mention[] = [];
  let starts: number[] | undefined;
  // Working Groups named in full, for "the Working Group, at its …" (found once per block).
  let groups: NamedGroup[] | undefined;
  // Where the words every body name holds stand in the block, found once.
  let bodyWords: number[] | undefined;
  const bodyWordsOf = (): number[] => {
    if (!bodyWords) {
      bodyWords = [];
      BODY_WORD_RE.lastIndex = 0;
      for (let m = BODY_WORD_RE.exec(text); m; m = BODY_WORD_RE.exec(text)) bodyWords.push(m.index);
    }
    return bodyWords;
  };
  const mentionsOf = (): Mention[] => {
    if (mentions) return mentions;
    mentions = [];
    // No body word, no body name: the search for them is skipped.
    if (bodyWordsOf().length === 0) return mentions;
    let r = 0;
    BODY_RE.lastIndex = 0;
    for (let m = BODY_RE.exec(text); m; m = BODY_RE.exec(text)) {
      const span = { start: m.index, end: m.index + m[0].length };
      while (r < refSpans.length && refSpans[r].end <= span.start) r++;
      if (r < refSpans.length && span.start >= refSpans[r].start && span.start < refSpans[r].end) continue;
      // "the Conference" alone: whose Conference is decided below.
      mentions.push({ body: m[1] === 'Conference' ? '' : bodyName(m[1]), span, bare: m[1] === 'Conference' });
    }
    conferences = mentions.filter((x) => x.bare || /^Conference\b/.test(x.body));
    fullConferences = mentions.filter((x) => !x.bare && /^Conference\b/.test(x.body));
    return mentions;
  };
  /** BEFORE_RE on the window before `at`, run only where a body name can stand in it. */
  /** Whether a word every body name holds stands in the `window` characters before `at` (else no pattern can match there). */
  const bodyWordWithin = (at: number, window: number): boolean => {
    const bodyWords = bodyWordsOf();
    const k = lastAtMost(bodyWords, at - 1, (x) => x);
    return k >= 0 && bodyWords[k] >= at - window;
  };
  const namedBefore = (at: number): RegExpExecArray | null => (bodyWordWithin(at, BEFORE_WINDOW) ? BEFORE_RE.exec(text.slice(Math.max(0, at - BEFORE_WINDOW), at)) : null);
  const sentenceStart = (at: number): number => {
    starts ??= sentenceStarts(text);
    const k = lastAtMost(starts, at, (x) => x);
    return k >= 0 ? starts[k] : 0;
  };
  /** Whether a body is named outside the references, ending by `at` (else rule 3 finds nothing). */
  const mentionBefore = (at: number): boolean => lastAtMost(mentionsOf(), at, (x) => x.span.end) >= 0;
  /** The last mention of `list` that ends by `hi` and starts at or after `lo`. */
  const lastIn = (list: Mention[], lo: number, hi: number): Mention | undefined => {
    const k = lastAtMost(list, hi, (x) => x.span.end);
    return k >= 0 && list[k].span.start >= lo ? list[k] : undefined;
  };
  /** A bare "the Conference" is the last Conference named in full before it; else the draft's, else ours. */
  const resolveBare = (at: number): string => {
    mentionsOf();
    const k = lastAtMost(fullConferences, at - 1, (x) => x.span.start);
    if (k >= 0) return fullConferences[k].body;
    if (draft && /^Conference\b/.test(draft.body)) return draft.body;
    return OUR_BODY;
  };

  /**
   * "at its fifth session" and "the fifth session of the Conference" are the Conference's unless
   * the text names another body for them (the same rules, without numbering checks: a session
   * the Conference has not held yet is unknown, not another body's). "COP8" is always ours.
   */
  const attributeSession = (ref: Reference, previous: Reference | undefined): void => {
    const written = text.slice(ref.span.start, ref.span.end);
    if (/^COP/.test(written) || /\bof\s+the\s+Conference\s+of\s+the\s+Parties\b/.test(written)) return;
    let found: { body: string; why: string } | undefined;
    const wg = /^its\b/i.test(written) ? WG_BEFORE_RE.exec(text.slice(Math.max(0, ref.span.start - 120), ref.span.start)) : null;
    if (wg && ref.session) {
      // Working Groups call their meetings sessions too: the group's meeting of that number.
      ref.kind = 'wg';
      ref.wg = { group: groupOf(wg[1]) ?? 'TA', meeting: ref.session.number, span: ref.session.span, held: ref.session.held };
      ref.session = undefined;
      return;
    }
    // "the Working Group at its tenth meeting": the group named last before it in the paragraph,
    // else a Working Group left unnamed (the grammar read it only after "Working Group").
    if (ref.session?.meeting) {
      groups ??= namedGroups(text);
      const k = lastAtMost(groups, ref.span.start - 1, (g) => g.at);
      bareWorkingGroup(ref, k >= 0 ? groups[k] : undefined);
      return;
    }
    // "the Implementation Review Group, at its third session": a body the dataset does not hold,
    // named just before "its", holds the session.
    // A name that is no group's ("Working Group on Internacional Cooperation") is not a body to
    // hand the session to: it is read below as that group's meeting, which the resolver reports.
    const other = previous?.kind === 'subsidiary' && previous.subsidiary && isKnownGroupName(previous.subsidiary.name) ? previous.subsidiary.name : undefined;
    if (/^its\b/i.test(written) && other && SUBSIDIARY_JOIN_RE.test(text.slice(previous!.span.end, ref.span.start))) {
      ref.kind = 'external';
      ref.body = other;
      ref.attribution = { body: other, reason: `a session of the ${other}, which is named just before it` };
      return;
    }
    if (/^its\b/i.test(written) && ref.session && (BARE_WG_BEFORE_RE.test(text.slice(Math.max(0, ref.span.start - 40), ref.span.start)) || OTHER_WG_BEFORE_RE.test(text.slice(Math.max(0, ref.span.start - 140), ref.span.start)))) {
      groups ??= namedGroups(text);
      const k = lastAtMost(groups, ref.span.start - 1, (g) => g.at);
      bareWorkingGroup(ref, k >= 0 ? groups[k] : undefined);
      return;
    }
    if (/^its\b/i.test(written)) {
      const before = namedBefore(ref.span.start);
      if (before) found = { body: before[1] === 'Conference' ? resolveBare(ref.span.start) : bodyName(before[1]), why: `is named just before it (“${before[0].replace(/\s+/g, ' ').trim()}”)` };
      if (!found && mentionBefore(ref.span.start)) {
        const sStart = sentenceStart(ref.span.start);
        for (const [lo, hi, scope] of [[sStart, ref.span.start, 'sentence'], [0, sStart, 'paragraph']] as const) {
          const last = lastIn(mentionsOf(), lo, hi);
          if (!last) continue;
          found = { body: last.bare ? resolveBare(last.span.start) : last.body, why: `is what the ${scope} is about (“${quoteOf(text, last.span)}”)` };
          break;
        }
      }
      if (!found && draft) found = { body: draft.body, why: `is the body of the draft (${draft.from}: “${draft.quote}”)` };
    } else if (/\bof\s+the\s+Conference\b/.test(written)) {
      const body = resolveBare(ref.span.start);
      found = { body, why: `is the Conference last named in full before it` };
    }
    if (found && !isOurs(found.body)) {
      ref.kind = 'external';
      ref.body = found.body;
      ref.attribution = { body: found.body, reason: `a session of the ${found.body}, which ${found.why}` };
      if (draft && found.body === draft.body && !isKnownBody(found.body)) ref.attribution.unknownBody = true;
    }
  };

  for (let r = 0; r < refs.length; r++) {
    const ref = refs[r];
    if (ref.kind === 'session') {
      if (ref.sameBodyAsPrevious && r > 0) sameBodyAs(refs[r - 1], ref);
      else attributeSession(ref, r > 0 ? refs[r - 1] : undefined);
      continue;
    }
    // A kind word with a number the grammar could not read as a symbol ("resolution 1325") is
    // attributed like the others: "the Security Council, in its resolution 1325" is the
    // Council's (not checked), never an error for not being the Conference's symbol form.
    if (ref.instruments.length === 0 && !ref.unreadSymbol) continue;
    if (ref.kind !== 'cop' && ref.kind !== 'external') continue;
    const written = text.slice(ref.span.start, ref.span.end);
    // 1. The grammar named the body ("General Assembly resolution …").
    if (ref.kind === 'external' && ref.body) {
      ref.attribution = { body: ref.body, reason: `the body is named with it (“${quoteOf(text, ref.span)}”)`, named: true };
      continue;
    }
    const opener = /^its\b/i.test(written) ? 'its' : /^Conference\b/i.test(written) ? 'conference' : 'bare';
    const fullOurs = /\bof\s+the\s+Conference\s+of\s+the\s+Parties\b/.test(written);
    // 1. Named just before. "the Council, in its resolution …": a body named by its short name
    // right before "its" is that body, whichever it is (only here: elsewhere in a sentence "the
    // Council" may be anyone's).
    const bare = opener === 'its' && bodyWordWithin(ref.span.start, BARE_BODY_WINDOW) ? BARE_BODY_BEFORE_RE.exec(text.slice(Math.max(0, ref.span.start - BARE_BODY_WINDOW), ref.span.start)) : null;
    if (bare && !fullOurs) {
      const body = bare[1] === 'Assembly' ? 'General Assembly' : bare[1];
      setExternal(ref, body, `“the ${bare[1]}” is named just before it (“${bare[0].replace(/\s+/g, ' ').trim()}”)`);
      continue;
    }
    const before = namedBefore(ref.span.start);
    if (before && !fullOurs) {
      const body = before[1] === 'Conference' ? resolveBare(ref.span.start) : bodyName(before[1]);
      if (isOurs(body)) {
        if (ref.kind === 'external' && !impossibleForConference(ref, limits)) ref.kind = 'cop';
        if (ref.kind === 'cop') continue;
      } else {
        setExternal(ref, body, `the ${body} is named just before it (“${before[0].replace(/\s+/g, ' ').trim()}”)`);
        continue;
      }
    }
    // A body that cannot have issued the number, which the sentence names as its subject: read as
    // ours, and said (it was read as ours in silence).
    let implausible: string | undefined;
    // 2. Named just after: the subject of the sentence the citation opens ("In its resolution 8/1, the General Assembly …").
    const opens = OPENS_SENTENCE_RE.test(text.slice(Math.max(0, ref.span.start - 8), ref.span.start)) || (opener === 'its' && OPENS_PARTICIPLE_RE.test(text.slice(Math.max(0, ref.span.start - 40), ref.span.start)));
    const subject = opens ? SUBJECT_AFTER_RE.exec(text.slice(ref.span.end, ref.span.end + 240)) : null;
    if (subject && !fullOurs) {
      const body = subject[1] === 'Conference' ? resolveBare(ref.span.start) : bodyName(subject[1]);
      const said = subject[0].replace(/^[\s,*_]+/, '').replace(/\s+/g, ' ');
      if (!isOurs(body) && plausibleFor(body, ref)) {
        setExternal(ref, body, `the ${body} is the subject of the sentence it opens (“${said}”)`);
        continue;
      }
      if (!isOurs(body)) implausible = `the sentence it opens is the ${body}'s (“${said}”), which numbers no instrument so`;
    }
    const after = AFTER_RE.exec(text.slice(ref.span.end, ref.span.end + 240));
    if (after && !fullOurs) {
      const body = after[1] === 'Conference' ? resolveBare(ref.span.start) : bodyName(after[1]);
      if (!isOurs(body)) {
        setExternal(ref, body, `the ${body} is named just after it (“${after[0].replace(/^[\s,]+/, '').replace(/\s+/g, ' ')}”)`);
        continue;
      }
    }
    const impossible = impossibleForConference(ref, limits);
    if (fullOurs && !impossible) {
      ref.kind = 'cop';
      continue;
    }
    if (ref.kind === 'external' && !impossible) {
      // The grammar's continuation rule ("General Assembly resolution 45/116 and resolution
      // 52/88") already decided: keep it.
      continue;
    }
    // 3. The body of the sentence, then of the paragraph (only if a body is named before it:
    // finding where the sentences start is then needed).
    let decided = false;
    const sStart = mentionBefore(ref.span.start) ? sentenceStart(ref.span.start) : -1;
    if (sStart >= 0) for (const scope of ['sentence', 'paragraph'] as const) {
      const lo = scope === 'sentence' ? sStart : 0;
      const hi = scope === 'sentence' ? ref.span.start : sStart;
      if (opener === 'conference') {
        // "Conference resolution 5/1": the Conference of this sentence or paragraph.
        mentionsOf();
        const last = lastIn(conferences, lo, hi);
        if (!last) continue;
        const body = last.bare ? resolveBare(last.span.start) : last.body;
        if (!isOurs(body) && plausibleFor(body, ref)) {
          setExternal(ref, body, `the ${scope} is about the ${body} (“${quoteOf(text, last.span)}”), so “Conference” is that Conference`);
          decided = true;
        } else if (isOurs(body)) decided = !impossible;
        break;
      }
      const last = lastIn(mentionsOf(), lo, hi);
      if (!last) continue;
      const body = last.bare ? resolveBare(last.span.start) : last.body;
      if (isOurs(body)) {
        decided = !impossible;
        break;
      }
      // "Welcoming the work of the Commission …, and recalling its resolution 8/1": "its" is the
      // subject's of the participle joined by "and", the draft's body, not the body named as an object.
      if (opener === 'its' && scope === 'sentence' && /\band\s+(?:also\s+|further\s+)?[a-z]+ing\b/i.test(text.slice(last.span.end, ref.span.start))) break;
      if (plausibleFor(body, ref)) {
        setExternal(ref, body, `the ${scope} is about the ${body} (“${quoteOf(text, last.span)}”)`);
        decided = true;
        break;
      }
      // Said only of the sentence's subject, named where it opens ("The General Assembly, at its
      // eighth session, adopted resolution 8/1"), not of a body the sentence names as an object.
      if (scope === 'sentence' && /^[\s*_>#]*(?:[Tt]he[ \u00a0]+)?$/.test(text.slice(lo, last.span.start))) implausible ??= `the sentence is about the ${body} (“${quoteOf(text, last.span)}”), which numbers no instrument so`;
    }
    if (decided) continue;
    // 4. The body of the draft.
    // "Conference resolution 8/1" in a draft of the General Assembly is ours ("the Conference" is how
    // others name it), but in a draft of another Conference it is that Conference's (it was ours, and a false wrong-date).
    if (draft && !isOurs(draft.body) && !isOurGroup(draft.body) && (opener !== 'conference' || /^Conference\b/.test(draft.body)) && (plausibleFor(draft.body, ref) || impossible)) {
      setExternal(ref, draft.body, `the draft is a document of the ${draft.body} (${draft.from}: “${draft.quote}”)`);
      if (!isKnownBody(draft.body)) ref.attribution!.unknownBody = true;
      continue;
    }
    // 5. The Conference, unless it cannot have issued the number.
    if (impossible) {
      setExternal(ref, undefined, impossible);
      continue;
    }
    if (ref.kind === 'external') ref.kind = 'cop';
    // "its resolution 8/1" in a draft of the General Assembly, which numbers none so: read as
    // the Conference's and checked, and said (the draft's body was passed over in silence).
    if (opener === 'its' && draft && !isOurs(draft.body) && !isOurGroup(draft.body) && isKnownBody(draft.body)) {
      ref.attribution = { body: OUR_BODY, reason: `the draft is a document of the ${draft.body} (${draft.from}: “${draft.quote}”), which numbers no instrument so`, readAsOurs: true };
    } else if (implausible && ref.kind === 'cop') {
      ref.attribution = { body: OUR_BODY, reason: implausible, readAsOurs: true };
    }
  }
}
