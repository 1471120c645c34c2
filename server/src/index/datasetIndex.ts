// The shape of the merged dataset and its lookups. Both the dataset builder (dataset.ts) and
// the thematic-index resolver (topics.ts) depend on this module, and it on neither, so the two
// builders no longer import each other.

import { instrumentName } from '../model/naming';
import type { Annex, GroupKey, Instrument, InstrumentKind, Meeting, Part, ReportDocument, Session, SourceLocation, SourceNote } from '../model/types';

export interface SourceText {
  file: string;
  content: string;
  /** Documents from a user's extra folder: their problems never affect the shipped dataset. */
  origin?: 'dataset' | 'user';
  /** Why the file could not be read as text ("EISDIR: …", "not valid UTF-8 at line 3"): it is reported, and nothing of it indexed. */
  unreadable?: string;
}

export interface SourceSummary {
  file: string;
  title: string;
  lineCount: number;
  compendium?: string;
  origin: 'dataset' | 'user';
}

export interface AuditEntry {
  source: SourceLocation;
  code: string;
  message: string;
}

const printedOtherwise = new WeakMap<Dataset, Map<string, SourceNote[]>>();

/**
 * The audit notes on a source line where a part's own label was read other than printed (an
 * OCR slip: "(b)" where the sequence and the other print say "(h)"): a drafter sent to that
 * line sees the print, and must be told why it differs.
 */
export function labelReadingsAt(data: Dataset, at: { file: string; line: number }): SourceNote[] {
  let byLine = printedOtherwise.get(data);
  if (!byLine) {
    byLine = new Map();
    for (const a of data.notes) {
      if (a.code !== 'ocr-label') continue;
      const key = `${a.source.file}:${a.source.line}`;
      byLine.set(key, [...(byLine.get(key) ?? []), a]);
    }
    printedOtherwise.set(data, byLine);
  }
  return byLine.get(`${at.file}:${at.line}`) ?? [];
}

/** Where a part sits, for hover headings and breadcrumbs. */
export interface PartContext {
  instrument?: Instrument;
  annex?: Annex;
  meeting?: Meeting;
  report?: ReportDocument;
  session?: Session;
}

export interface TopicEntry {
  symbol: string;
  instruments: string[];
  paragraphs: string;
  notes: string[];
  locator: string;
  /** Resolved part ids. */
  targets: string[];
  problems: string[];
  /** Where the index reader read the row other than as printed (also in `resref audit`). */
  repairs: string[];
  /**
   * Targets that only one of the row's columns gives, where its locator and its paragraph
   * column disagree (a problem of the row, in `resref audit`): which column gives each.
   */
  disputed?: { id: string; by: 'locator' | 'paragraph column' }[];
  source: SourceLocation;
}

export interface Topic {
  id: string;
  index: GroupKey;
  indexName: string;
  name: string;
  source: SourceLocation;
  entries: TopicEntry[];
}

export interface Dataset {
  instruments: Instrument[];
  meetings: Meeting[];
  /** Sessions of the Conference the sources describe, by number. */
  sessions: Session[];
  reports: ReportDocument[];
  topics: Topic[];
  sources: SourceSummary[];
  notes: SourceNote[];
  audit: AuditEntry[];
  /** Load problems of user-added documents (file and line), served as messages. */
  loadErrors: AuditEntry[];
  parts: Map<string, Part>;
  context: Map<string, PartContext>;
  /** Topic entries that list a part, by part id. */
  /** The topics whose index rows give a part; `disputed`: only one column of the row gives it (see TopicEntry). */
  topicsByPart: Map<string, { topic: Topic; entryIndex: number; disputed?: 'locator' | 'paragraph column' }[]>;
  symbolParagraphs: Map<string, string[]>;
}

export function instrumentKey(kind: InstrumentKind, symbol: string): string {
  return instrumentName(kind, symbol);
}

export class DatasetIndex {
  readonly data: Dataset;
  private readonly byKey = new Map<string, Instrument>();
  private readonly bySymbol = new Map<string, Instrument[]>();
  private readonly meetingsByKey = new Map<string, Meeting>();

  constructor(data: Dataset) {
    this.data = data;
    for (const inst of data.instruments) {
      this.byKey.set(instrumentKey(inst.kind, inst.symbol), inst);
      const list = this.bySymbol.get(inst.symbol) ?? [];
      list.push(inst);
      this.bySymbol.set(inst.symbol, list);
    }
    for (const m of data.meetings) this.meetingsByKey.set(`${m.group}:${m.number}`, m);
  }

  instrument(kind: InstrumentKind, symbol: string): Instrument | undefined {
    return this.byKey.get(instrumentKey(kind, symbol));
  }

  instrumentsWithSymbol(symbol: string): Instrument[] {
    return this.bySymbol.get(symbol) ?? [];
  }

  meeting(group: GroupKey, number: number): Meeting | undefined {
    return this.meetingsByKey.get(`${group}:${number}`);
  }

  session(number: number): Session | undefined {
    return this.data.sessions.find((s) => s.number === number);
  }

  part(id: string): Part | undefined {
    return this.data.parts.get(id);
  }

  /** Instruments covered, as a sentence fragment: "decisions 1/4, 2/2, … and resolutions 5/6, …". */
  coverage(): string {
    const dec = this.data.instruments.filter((i) => i.kind === 'decision').map((i) => i.symbol);
    const res = this.data.instruments.filter((i) => i.kind === 'resolution').map((i) => i.symbol);
    return `decisions ${listAnd(dec)} and resolutions ${listAnd(res)}`;
  }
}

export function listAnd(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Finds a part by label path in a list of parts. */
export function findPath(items: Part[], path: string[]): Part | undefined {
  let level = items;
  let found: Part | undefined;
  for (const seg of path) {
    found = level.find((p) => p.num === seg);
    if (!found) return undefined;
    level = found.children;
  }
  return found;
}

export function annexOf(inst: Instrument, key: string): Annex | undefined {
  return inst.annexes.find((a) => a.key === key);
}
