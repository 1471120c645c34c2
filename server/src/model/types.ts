// The parsed model of the source documents. Produced by the parser, consumed by the index.

export interface SourceLocation {
  /** Path relative to the dataset root, e.g. "data/sources/international-cooperation-compendium.txt". */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units as editors count them. */
  column: number;
}

export type PartKind =
  | 'instrument'
  | 'pp'
  | 'paragraph'
  | 'annex'
  | 'recommendation'
  | 'meeting'
  | 'report'
  | 'reportParagraph'
  | 'session';

/** Any addressable part of a document: a paragraph, a sub-item, an annex item, a recommendation. */
export interface Part {
  id: string;
  kind: PartKind;
  /** Normalised label of this level: "13", "c", "ii", "pp4". */
  num: string;
  /** Labels from the top of its container: ["1", "c"]. */
  path: string[];
  citation: string;
  text: string;
  /** The heading of the section the part sits in, if any (decision 4/2 "I. Substantive…"). */
  section?: string;
  sources: SourceLocation[];
  children: Part[];
  parentId?: string;
  /** Other citations of the same text (a recommendation printed in Part A and endorsed in an annex). */
  aliases?: string[];
  /** Text that ends with ":" introduces its sub-items. */
  introducesList?: boolean;
}

export type InstrumentKind = 'resolution' | 'decision';
export type GroupKey = 'IC' | 'TA';

export interface SessionInfo {
  number: number;
  dates?: string;
  start?: string;
  end?: string;
  /** "Vienna": where a source states it (a session document's front matter), and the line that does. */
  venue?: string;
  venueSource?: SourceLocation;
  /** The heading or front-matter line that describes the session. */
  source?: SourceLocation;
}

/** A session of the Conference as the sources describe it (merged over every source). */
export interface Session {
  id: string;
  number: number;
  dates?: string;
  start?: string;
  end?: string;
  venue?: string;
  /** The line that states its venue. */
  venueSource?: SourceLocation;
  /** Headings and front-matter lines that describe it. */
  sources: SourceLocation[];
  /** Ids of the instruments adopted at it. */
  instruments: string[];
  /** Ids of the Working Group meetings held during it (their dates fall within the session's). */
  meetings: string[];
  /** The session's report, as the thematic indexes give it for the instruments it adopted. */
  reportSymbol?: string;
}

export interface FoundDate {
  iso: string;
  text: string;
  foundAt: SourceLocation;
}

export interface CompendiumRef {
  /** "International Cooperation" | "Technical Assistance". */
  name: string;
  group: GroupKey;
  part: 'A' | 'B';
  file: string;
}

export interface AnnexPointer {
  group: GroupKey;
  meeting: number;
  source: SourceLocation;
}

export interface Annex {
  id: string;
  /** "" for a single unnamed annex, else "I", "II", "III". */
  key: string;
  heading: string;
  /** Where the heading is printed ("Recommendations … at its meeting held on 17 October 2012"). */
  headingSource?: SourceLocation;
  intro?: string;
  items: Part[];
  /** The annex only says "Please see the recommendations listed under the … meeting". */
  pointer?: AnnexPointer;
  /** The Working Group meeting whose recommendations this annex carries. */
  meeting?: { group: GroupKey; number: number };
  sources: SourceLocation[];
}

export interface Instrument {
  id: string;
  kind: InstrumentKind;
  session: number;
  number: number;
  /** "8/1" */
  symbol: string;
  title: string;
  sessionInfo: SessionInfo;
  adoption?: FoundDate;
  /** Other adoption dates stated by the sources: the dataset contradicts itself. */
  otherDates?: FoundDate[];
  compendia: CompendiumRef[];
  reportSymbol?: string;
  preamble: Part[];
  paragraphs: Part[];
  annexes: Annex[];
  sources: SourceLocation[];
  footnotes: Footnote[];
}

export interface Meeting {
  id: string;
  group: GroupKey;
  number: number;
  dates?: string;
  start?: string;
  end?: string;
  reportSymbol?: string;
  intro?: string;
  /** Own recommendations as printed in Part A. */
  recommendations: Part[];
  /** Where the recommendations are printed when Part A only points to them. */
  containedIn?: { instrument: string; annexKey?: string; source: SourceLocation };
  /**
   * The instrument without annexes whose own text holds these recommendations ("The recommendations
   * adopted are contained in Conference decision 3/4"), linked by the index.
   */
  carriedBy?: { kind: InstrumentKind; symbol: string };
  /** The COP annex that endorsed these recommendations (filled both ways by the index). */
  endorsedIn?: { instrumentId: string; annexKey: string };
  /**
   * The paragraphs of its report that hold the recommendations, where a source says so (a
   * footnote "CTOC/COP/WG.3/2010/1, para. 3.", a thematic index row "3 (a) and (b) … Part A:
   * III.3.a"): a Part A locator's report paragraph ("III.3.c") is checked against these.
   */
  reportParagraphs?: ReportParagraphOf[];
  /** "Vienna": where a source says it was held ("at its meeting held in Vienna on 27 and 28 October 2015"), and that line. */
  venue?: string;
  venueSource?: SourceLocation;
  /** Other dates the sources state for this meeting (its own text, an annex heading): they disagree with its heading. */
  otherDates?: { dates: string; start: string; end: string; source: SourceLocation }[];
  sources: SourceLocation[];
}

export interface ReportParagraphOf {
  paragraph: string;
  symbol: string;
  source: SourceLocation;
}

export interface Footnote {
  marker: string;
  text: string;
  source: SourceLocation;
}

export interface ReportDocument {
  id: string;
  title: string;
  subtitle: string;
  session?: number;
  sessionPlace?: string;
  date?: string;
  paragraphs: Part[];
  sections: { heading: string; source: SourceLocation }[];
  /** Paragraphs of the report that report on a paragraph of a resolution ("In resolution 8/1, …"). */
  reportsOn: { reportParagraphId: string; instrument: string; paragraph?: string; score: number }[];
  sources: SourceLocation[];
}

/** A date quoted in running text next to an instrument: "its resolution 8/1 of 21 October 2016". */
export interface DateMention {
  instrument: string;
  kind: InstrumentKind;
  iso: string;
  text: string;
  source: SourceLocation;
}

/** A raw row of a thematic index table, cells as printed. */
export interface IndexRow {
  cells: string[];
  source: SourceLocation;
}

/** Differences and corrections the parser made, kept for `resref audit`. */
export interface SourceNote {
  source: SourceLocation;
  code: string;
  message: string;
}

export interface ParsedSource {
  file: string;
  title: string;
  compendium?: { name: string; group: GroupKey };
  instruments: Instrument[];
  meetings: Meeting[];
  report?: ReportDocument;
  indexRows: IndexRow[];
  dateMentions: DateMention[];
  sessions: SessionInfo[];
  notes: SourceNote[];
  lineCount: number;
}
