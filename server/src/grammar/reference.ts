// What the grammar finds: references with the range of the whole and of every component.

import type { GroupKey, InstrumentKind } from '../model/types';

export interface Span {
  start: number;
  end: number;
}

export interface Label {
  value: string;
  span: Span;
}

/** One locator item: "(h)", "1 (c)", "PP 4", "3–7", "annex III". */
export interface LocatorItem {
  span: Span;
  /**
   * `figures`: the annex written with a number ("annex 3"), `key` then empty: the resolver says how it reads it.
   * `all`: "and the annexes thereto", "and its annexes": every annex, of which there must be more than one.
   */
  annex?: { key: string; span: Span; figures?: number; all?: true };
  pp?: boolean;
  /** Labels from the top level: ["1", "c"]. Empty for a whole annex. */
  path: Label[];
  /** End of a range, at the depth of the last label of `path`. */
  to?: Label;
  /** Written "(h)" after "1 (d)": may inherit the parent ("1 (h)"). */
  bare?: boolean;
  /** Written "recommendation(s)": the container must hold recommendations. */
  recommendation?: boolean;
}

export interface InstrumentMention {
  kind: InstrumentKind;
  /** The kind word as written, for fixes: "resolution", "Decisions". */
  kindSpan: Span;
  symbol: string;
  session: number;
  number: number;
  span: Span;
  /** The session it is said to be of ("resolution 9/3 (COP8)", ", adopted at its seventh session"), checked. */
  sessionClaim?: {
    number: number;
    /** The ordinal (or the ordinals, for `among`): what a fix replaces. */
    span: Span;
    /** The whole claim as written: "adopted at its eighth session". */
    phrase: Span;
    /** "adopted at its eighth and ninth sessions" after a list, without "respectively": the instrument must be of one of them. */
    among?: number[];
    /** Written after a list, for each instrument of it. */
    shared?: true;
    /** Said before "the Conference adopted" of instruments cited apart ("… adopted resolution 8/1 and decision 3/2"): the others' too. */
    apart?: true;
    /** One of several sessions paired with the instruments "respectively" ("at its fourth and fifth sessions adopted …, respectively"). */
    paired?: true;
    /** After a list joined under another kind word: it may speak of the last instrument (`of`) alone. */
    maybe?: { of: string };
  };
  /**
   * `year` alone for a date written as a year ("resolution 8/1 (2016)"), with `month` (1–12) for
   * one written as a month and year ("adopted in October 2016"): checked against the adoption.
   */
  date?: {
    text: string;
    iso?: string;
    year?: string;
    month?: number;
    span: Span;
    weekday?: { day: number; span: Span };
    /** Said before "the Conference adopted" of instruments cited apart: the others' date too, so no fix changes it. */
    apart?: true;
    /** ", adopted on …" after instruments each under its own kind word: it may be the last one's (`of`) alone. */
    maybe?: { of: string };
  };
  /** Where it is said to have been adopted ("adopted in Vienna"): checked where a source states its session's venue, else said to be unchecked. */
  venue?: { text: string; span: Span };
  /** The symbol as written when it is not in the usual form ("8 / 1", "8⁄1"): read as `symbol`, and said. */
  written?: Span;
}

/** "from 17 to 21 October 2016", "8–17 October 2008": when a session or meeting was held, as written. */
export interface HeldDate {
  text: string;
  start?: string;
  end?: string;
  /** The date as written, with "from"/"on" when the text has it (a fix replaces this range). */
  span: Span;
  /** "from", "on" or "" (in parentheses): how a fix writes the right dates. */
  form: 'from' | 'on' | 'paren' | 'in';
  /** With `in`: written before the meeting it dates, without "in" ("the October 2017 meeting of …"): a fix writes the month alone. */
  bare?: true;
  /**
   * Written without "held" (", on 8 October 2014"): the day or days something happened at the
   * session or meeting, right when within its dates (not only when they are all of them).
   */
  within?: true;
  /** Written right after "held", without "from" or "on" ("held 17–21 October 2016"): a fix of days joined by "and" writes "on". */
  afterHeld?: true;
  /**
   * Days listed, not a range ("on 17 and 21 October 2016", "17, 18 and 19 October"): the days.
   * Said as the days something was held, they must be the days it was held, not its first and last.
   */
  listedDays?: number[];
  /**
   * The day an instrument was adopted, said after the session before "the Conference adopted"
   * ("At its eighth session, on 20 October 2016, the Conference adopted resolution 8/1"): checked
   * with the instrument against the day of its adoption, not here.
   */
  adoption?: true;
}

/** Where and when a session or meeting was held, when the text says it. */
export interface HeldAt {
  date?: HeldDate;
  venue?: { text: string; span: Span };
}

export type ReferenceKind =
  | 'cop'
  | 'external'
  | 'convention'
  | 'internal'
  | 'self'
  | 'wg'
  | 'compendium'
  | 'report'
  | 'symbol'
  | 'session'
  | 'subsidiary'
  /** A block that could not be read at all (an internal error): reported, never passed as checked. */
  | 'unreadable';

export interface Reference {
  kind: ReferenceKind;
  span: Span;
  /** COP instruments named (several for "resolutions 5/1 and 5/8"). */
  instruments: InstrumentMention[];
  items: LocatorItem[];
  /**
   * The title as quoted after the instrument. `maybe`: written without "entitled" and starting in
   * lower case ("on “the ganja review”"), so perhaps a topic or words quoted from the instrument:
   * ok only if it is the title, else reported as not checked.
   */
  title?: { text: string; span: Span; maybe?: true };
  /**
   * "resolutions 8/1 and 9/3, entitled “…” and “…”[, respectively]": one title for each instrument, in order (`title` is the
   * first); an instrument written without one has none ("paragraph 19 of resolution 8/1 and of resolution 9/3, entitled “…”").
   */
  titles?: ({ text: string; span: Span; maybe?: true } | undefined)[];
  /**
   * A range of instruments not expanded (both ends are in `instruments`): written backwards
   * ("resolutions 8/2 to 8/1"), across sessions ("8/1 to 9/3") or longer than any session's.
   */
  openRange?: { span: Span; from: string; to: string; why: 'reversed' | 'sessions' | 'long' };
  /** "paragraphs 19 and 3 of resolutions 8/1 and 9/3, respectively": item i is instrument i's, not every instrument's. */
  itemsRespectively?: true;
  /** "resolution 8/1 and 8/4": several instruments after a singular kind word (each is read and checked). */
  singularList?: true;
  /** "(see part B)" after the instrument, as the compendia write it: each instrument must be in a compendium's part B. */
  seePart?: { part: 'A' | 'B'; span: Span; letter: Span };
  /** External body: "General Assembly", "Economic and Social Council", "Security Council". */
  body?: string;
  /** `meeting` 0: a meeting named by its dates only ("the meeting of the Working Group … held from …"). */
  wg?: { group: GroupKey; meeting: number; span: Span; held?: HeldAt };
  /** The second of "its fourth and fifth sessions": one citation with the reference before it, whose body it takes. */
  sameBodyAsPrevious?: boolean;
  /** On the last of such a list: the words of the whole list ("its fourth and fifth sessions"), for messages about what follows it. */
  listSpan?: Span;
  /** A session of the Conference: "its eighth session", "the fifth session of the Conference", "COP8". */
  session?: {
    number: number;
    span: Span;
    held?: HeldAt;
    /** "(COP11)" after the ordinal: the number it gives. */
    cop?: { number: number; span: Span };
    /** "the Working Group [on …] met during …": a Working Group meeting must fall within it. */
    metBy?: { group?: GroupKey; span: Span };
    /**
     * "the Working Group, at its tenth meeting": a Working Group's meeting written as "its …
     * meeting" (the Conference holds sessions); the attribution pass gives it to the group.
     */
    meeting?: true;
  };
  /** A subsidiary body of the Conference the dataset does not hold: "Working Group on Firearms". */
  /** `name` is empty for "the Working Group, at its eighth session" with no group named in full (`meeting`: 8). */
  subsidiary?: { name: string; span: Span; meeting?: number };
  /** `part` is absent when the locator follows the compendium's name directly ("…compendium, VII, annex, 23"). */
  compendium?: { group?: GroupKey; part?: 'A' | 'B'; locator: string; span: Span };
  /**
   * "the report of the Secretariat on the implementation of resolution 6/1 (CTOC/COP/2020/9)": what
   * the words after it say of which report it is, read up to the comma or the paragraph (they may
   * stand outside the reference's span): instruments it is said to be on, a document symbol, the
   * session it is to ("at its tenth session") and its year ("of 2020", "the 2020 report").
   */
  /** "paragraph 3 above": the word that says which way, and where it is written (a fix turns it). */
  direction?: { value: 'above' | 'below'; span: Span };
  report?: {
    span: Span;
    on?: { kind: InstrumentKind; symbol: string }[];
    symbol?: string;
    session?: number;
    year?: string;
    date?: { day: number; month: number; year: number; span: Span };
    /** "entitled “…”" after it: compared with the report's title. */
    title?: { text: string; span: Span };
  };
  symbol?: { value: string; span: Span };
  /**
   * "resolution 8/1 (CTOC/COP/2016/15, chap. I)": the document said to hold the instruments, with
   * the chapter or section of it (an `UnreadSpan` with `documentPart`), as UN footnotes cite
   * adopted texts. Part of the citation: the document must hold each instrument, and a locator
   * after the parenthesis is the instruments' own ("…, chap. I), annex III").
   */
  document?: { value: string; span: Span };
  /** Set by the attribution pass (grammar/attribution.ts): whose instrument this is, and why. */
  /** `unknownBody`: the draft's own body, named as none the checker knows ("body: UNODC"): said, not passed over. */
  /** `readAsOurs`: "its" in another body's draft, read as the Conference's because that body cannot have issued the number (said). */
  attribution?: { body: string; reason: string; unknownBody?: true; readAsOurs?: true; named?: true };
  /** A line of a contents list ("3/4. Title" under a heading of decisions), found after parsing. */
  contentsLine?: true;
  /**
   * Locator material touching the reference that the grammar did not read ("recommendation (z)"
   * in a form it does not know): the reference's span covers it, the resolver reports it.
   */
  unread?: UnreadSpan[];
  /**
   * A kind word followed by something number-like that is no symbol ("resolution 8.1",
   * "resolution 1325"): a `cop` reference with no instrument; nothing in it is checked.
   * `explicit`: "its" or "Conference" said it is the Conference's.
   */
  unreadSymbol?: { span: Span; explicit: boolean };
}

export interface UnreadSpan extends Span {
  side: 'before' | 'after';
  /** A topic after the instrument ("on central authorities"): compared with its title by the resolver, said when it does not follow it. */
  topic?: true;
  /** A date after a symbol in a form the grammar does not read ("of 22/10/2016"): inside the reference, not at its end. */
  date?: true;
  /**
   * With `date`: several dates listed ("of 21 October 2016 and 19 October 2018"), not paired one
   * by one: without "respectively" or not all full dates, or (`count`, `instruments`) a number of
   * them other than the instruments'.
   */
  dateList?: { count?: number; instruments?: string[] };
  /** With `date`: a plenary meeting said after an adoption ("at its 9th plenary meeting"), which no source numbers. */
  meeting?: true;
  /** With `date`: a session named by dates before "the Conference adopted" that are not read as the adoption's ("At its session held from 15 to 19 October 2018, …"). */
  sessionDates?: true;
  /** With `date`: a session after an adoption in words the grammar does not read ("at its nineth session"). */
  session?: true;
  /** With `session`: another body's ("at the eighth session of the Working Group on International Cooperation"). */
  otherBody?: true;
  /**
   * After one session or meeting: its dates after a wording of "held" the grammar does not read
   * ("scheduled from 15 to 19 October 2017", "to be held in 2019", "which will take place on …").
   */
  held?: true;
  /**
   * A chapter or section of a document ("CTOC/COP/2016/15, chap. I", "…, sect. A"): read with the
   * document, but the sources do not divide documents into chapters, so it is not checked (said).
   */
  documentPart?: true;
  /**
   * Sessions paired "respectively", or titles, written for a list of another length ("adopted at
   * its eighth and ninth sessions, respectively" after three instruments): what was paired, for the message.
   * `annexes`: "and the annex thereto" after several instruments (whose annex is not said).
   * `whose`: a part singled out after the instrument a report of the Secretariat is on (the report's or the instrument's).
   * `both`: "both of …" after an instrument whose companion is cited apart under its own kind word.
   * `shared`: a locator before another body's instrument said of this one too ("paragraph 99 of General Assembly
   * resolution 55/25 and of resolution 8/1"): `instruments` the other's and this one's, `locator` as written, `link` the word before this one.
   */
  pairs?: { what: 'sessions' | 'titles' | 'locators' | 'annexes' | 'whose' | 'both' | 'shared'; count: number; instruments: string[]; locator?: string; link?: string };
}
