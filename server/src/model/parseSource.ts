// Parses one source document (compendium, stand-alone instrument or Secretariat report) into
// the model. Nothing here knows line numbers of particular files: the same code must serve
// documents a user adds in the same shape.
//
// The reader is an explicit line state machine:
//
//   region   front ─(Report of the Secretariat)→ report
//            any   ─(A. Recommendations adopted…)→ partA ─(B. Resolutions and decisions)→ partB
//            any   ─(**Thematic index of …**)→ index (table rows only, until the end)
//   section  none | instrument (title → intro → preamble → body) | annex (heading → items)
//                 | meeting | report
//
// Each line is first classified (blank, footnote, structural heading or text); headings move
// the machine, text goes to the open section. Every section reads its labelled items
// ("1.", "(a)", "(i)"), continuation lines and unlabelled text through one handler,
// `readListLine`; what a section does with a line that is none of those is its own rule, and
// text it cannot place is kept with the previous item and reported as a note, never dropped.

import { appendJoined, joinedTextOf, JoinedText, joinText, ListBuilder, type ListNaming } from './listBuilder';
import {
  annexId,
  annexLabel,
  GROUP_NAMES,
  instrumentId,
  instrumentName,
  meetingId,
  meetingName,
  paragraphCitation,
  paragraphId,
  preambleCitation,
  preambleId,
  recommendationCitation,
  recommendationId,
  reportId,
  reportParagraphCitation,
} from './naming';
import { cleanInline, fromOrdinalWord, fromRoman, isSuperscriptDigit, parseDateSpan, parseDayMonthYear } from './text';
import type {
  Annex,
  Footnote,
  Instrument,
  InstrumentKind,
  Meeting,
  ParsedSource,
  Part,
  ReportDocument,
  SessionInfo,
  SourceLocation,
  SourceNote,
} from './types';

// Kept for callers that named things through the parser before naming.ts existed.
export { annexLabel, GROUP_NAMES, instrumentId, meetingId, ordinal } from './naming';

interface Line {
  raw: string;
  clean: string;
  no: number;
  col: number;
}

type Region = 'front' | 'partA' | 'partB' | 'index' | 'report';

/** Lines read before the title: the first bold block within them is a compendium's title. */
const TITLE_WINDOW = 60;
/** An unpunctuated line shorter than this in an operative part is a section heading ("I. Substantive …"). */
const MAX_BODY_HEADING = 120;
/** The report's headings are longer than the instruments' (they name agenda items). */
const MAX_REPORT_HEADING = 160;
/** A report paragraph that does not end with punctuation is still a paragraph past this length. */
const MIN_UNPUNCTUATED_REPORT_PARAGRAPH = 80;

const FOOTNOTE_RE = /^(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|<sup>\s*\d+\s*<\/sup>|\*\s+\[)/;
const FOOTNOTE_PARTS_RE = /^\s*(?:([⁰¹²³⁴⁵⁶⁷⁸⁹]+)|<sup>\s*(\d+)\s*<\/sup>|(\*))\s*(.*)$/;
const NUM_LABEL_RE = /^(\d{1,3})\.\s+(.*)$/;
const PAREN_LABEL_RE = /^\(([A-Za-z]{1,5})\)\s*(.*)$/;
const INSTRUMENT_HEADING_RE = /^(Resolution|Decision) (\d{1,2})\/(\d{1,4})$/;
const SESSION_HEADING_RE = /^([IVX]+)\.\s+(\w+) session\b(?: of the Conference of the Parties)?,\s*(.+)$/;
const MEETING_HEADING_RE = /^([IVX]+)\.\s+(\w+) meeting,\s*(.+)$/;
const ANNEX_HEADING_RE = /^Annex(?:\s+([IVX]+))?$/;
const SECTION_HEADING_RE = /^([IVX]+|[A-H])\.\s+(\S.*)$/;
const PART_A_RE = /^A\. Recommendations adopted by the Working Group\b/;
const PART_B_RE = /^B\. Resolutions and decisions\b/;
const INDEX_RE = /^Thematic index of\b/i;
const REPORT_RE = /^Report of the Secretariat$/;
const RULE_RE = /^-{3,}$/;
const TOC_ENTRY_RE = /^[^\t]+\t[ivxlcdm\d]+\s*$/i;
const TERMINAL_RE = /[.;:,!?]["”’)\]]*$/;
const INTRO_RE = /^The Conference of the Parties\b/;
const POINTER_START_RE = /^Please see the recommendations/;
const POINTER_RE = /Please see the recommendations listed under the (\w+) meeting/;
const CONTAINED_IN_ANNEX_RE = /contained in (?:the )?annex(?: ([IVX]+))? to resolution (\d{1,2}\/\d{1,4})/;
const CONTAINED_IN_INSTRUMENT_RE = /contained in Conference (?:decision|resolution) (\d{1,2}\/\d{1,4})/;

function lineColumn(raw: string): number {
  const m = /^[\s\-#*>]*/.exec(raw);
  const skip = m ? m[0].length : 0;
  return skip + 1;
}

function titleOf(lines: Line[]): string {
  // The first bold block is the document's title in the compendia; otherwise its first heading.
  const bold: string[] = [];
  let inBold = false;
  for (const l of lines.slice(0, TITLE_WINDOW)) {
    if (!inBold && l.raw.startsWith('**')) inBold = true;
    if (inBold) {
      bold.push(l.clean);
      if (l.raw.trimEnd().endsWith('**')) break;
    }
  }
  if (bold.length > 0) return bold.join(' ').replace(/\s+/g, ' ').trim();
  const first = lines.find((l) => l.clean.length > 0);
  return first ? first.clean : '';
}

function detectGroup(title: string): ParsedSource['compendium'] {
  const group = /International Cooperation/i.test(title) ? 'IC' : /Technical Assistance/i.test(title) ? 'TA' : undefined;
  return group ? { name: GROUP_NAMES[group], group } : undefined;
}

/** What a continuation line (after a page break) appends to. */
interface TextTarget {
  /** The line joined to the text as `joinText` joins them. */
  append(line: string): void;
  /** The text's last characters (JoinedText): what a test of its end reads. */
  end(): string;
}

function partText(part: Part): TextTarget {
  return { append: (line) => appendJoined(part, line), end: () => joinedTextOf(part).end(part.text) };
}

/** A text kept in a variable (an introduction), joined and read as a part's is. */
function stringText(get: () => string, set: (v: string) => void): TextTarget {
  const j = new JoinedText();
  return { append: (line) => set(j.join(get(), line)), end: () => j.end(get()) };
}

/** A line's label, read once: "1. text", "(a) text", or neither. */
interface Labelled {
  numbered?: { num: string; text: string };
  parenthesized?: { label: string; text: string };
  /** 1-based column of the label in the raw line. */
  column: number;
}

function readLabel(l: Line): Labelled {
  const bullet = l.clean.replace(/^-\s+/, '');
  const idx = l.raw.search(/[(\d]/);
  const column = idx >= 0 ? idx + 1 : l.col;
  const numM = NUM_LABEL_RE.exec(bullet);
  if (numM) return { numbered: { num: numM[1], text: numM[2] }, column };
  const parenM = PAREN_LABEL_RE.exec(bullet);
  if (parenM) return { parenthesized: { label: parenM[1], text: parenM[2] }, column };
  return { column };
}

/** A list-bearing section: how it accepts labels, and what it does with text it cannot place. */
interface ListSection {
  list: ListBuilder;
  /** "12." opens an item here (the report numbers some headings, so it checks the sequence). */
  acceptsNumbered(num: string, text: string): boolean;
  acceptsParenthesized(): boolean;
  /** A line that is neither a label nor a continuation. */
  unlabelled(l: Line, label: Labelled): void;
  /** Called after an item was added (the report keeps its paragraphs in sync). */
  added?(): void;
}

type Section =
  | { kind: 'none' }
  | { kind: 'instrument'; inst: Instrument; phase: 'title' | 'intro' | 'preamble' | 'body'; body: ListSection }
  | { kind: 'annex'; inst: Instrument; body: ListSection; annex: Annex; items: ListSection; phase: 'heading' | 'items' }
  | { kind: 'meeting'; meeting: Meeting; items: ListSection }
  | { kind: 'report'; report: ReportDocument; items: ListSection };

class SourceReader {
  readonly out: ParsedSource;
  private readonly notes: SourceNote[];
  private region: Region = 'front';
  private section: Section = { kind: 'none' };
  private session: SessionInfo | undefined;
  private footnotes: Footnote[] = [];
  private lastText: TextTarget | undefined;
  private readonly frontLines: Line[] = [];
  private reportSection: Section | undefined;

  constructor(private readonly file: string, title: string, lineCount: number) {
    this.notes = [];
    this.out = {
      file,
      title,
      compendium: /Compendium/i.test(title) ? detectGroup(title) : undefined,
      instruments: [],
      meetings: [],
      indexRows: [],
      dateMentions: [],
      sessions: [],
      notes: this.notes,
      lineCount,
    };
  }

  private loc(l: Line, col?: number): SourceLocation {
    return { file: this.file, line: l.no, column: col ?? l.col };
  }

  private note(l: Line, code: string, message: string, col?: number): void {
    this.notes.push({ source: this.loc(l, col), code, message });
  }

  // ---- the machine -------------------------------------------------------------------

  read(l: Line): void {
    if (this.region === 'index') return this.readIndexRow(l);
    l.col = lineColumn(l.raw);
    const c = l.clean;
    const start = l.raw.trimStart();
    if (FOOTNOTE_RE.test(start) || isSuperscriptDigit(start[0] ?? '')) return this.readFootnote(l);
    if (c.length === 0 || RULE_RE.test(c)) return;
    if (l.raw.includes('\t') && TOC_ENTRY_RE.test(l.raw)) return;
    this.scanDates(l);

    if (PART_A_RE.test(c)) return this.enterRegion('partA');
    if (PART_B_RE.test(c)) return this.enterRegion('partB');
    if (INDEX_RE.test(c) && l.raw.startsWith('**')) return this.enterRegion('index');
    if (REPORT_RE.test(c) && this.region === 'front') return this.startReport(l);
    const sessionM = this.region === 'partB' || this.region === 'front' ? SESSION_HEADING_RE.exec(c) : null;
    if (sessionM) return this.startSession(l, sessionM);
    const meetingM = this.region === 'partA' && this.out.compendium ? MEETING_HEADING_RE.exec(c) : null;
    if (meetingM) return this.startMeeting(l, meetingM);
    const instrM = INSTRUMENT_HEADING_RE.exec(c);
    if (instrM) {
      // "Resolution 10/01": read as 10/1, as the documents print symbols; never in silence.
      if (/^0\d/.test(instrM[2]) || /^0\d/.test(instrM[3])) this.note(l, 'symbol-form', `prints “${instrM[2]}/${instrM[3]}” with a leading zero; read as ${instrM[1].toLowerCase()} ${Number(instrM[2])}/${Number(instrM[3])}`);
      return this.startInstrument(l, instrM);
    }

    this.readText(l);
  }

  inIndex(): boolean {
    return this.region === 'index';
  }

  finish(): ParsedSource {
    this.closeSection();
    // Any session document's front matter ("Tenth session" / "Vienna, 12–16 October 2020")
    // describes its session, whether a report or an instrument follows.
    if (!this.out.report) {
      const described = sessionOfFrontMatter(this.file, this.frontLines);
      if (described) this.out.sessions.push(described);
    }
    return this.out;
  }

  private readText(l: Line): void {
    const s = this.section;
    switch (s.kind) {
      case 'instrument':
        return this.readInstrumentLine(l, s);
      case 'annex':
        return this.readAnnexLine(l, s);
      case 'meeting':
        return this.readMeetingLine(l, s);
      case 'report':
        this.readListLine(l, s.items);
        return;
      case 'none':
        if (this.region === 'front') this.frontLines.push(l);
        return;
    }
  }

  private enterRegion(region: Region): void {
    this.closeSection();
    this.region = region;
    this.section = { kind: 'none' };
  }

  private closeSection(): void {
    const s = this.section;
    if (s.kind === 'instrument' || s.kind === 'annex') {
      if (s.kind === 'annex') s.annex.items = s.items.list.items;
      s.inst.paragraphs = s.body.list.items;
      s.inst.footnotes = this.footnotes;
    } else if (s.kind === 'meeting') {
      s.meeting.recommendations = s.items.list.items;
      for (const f of this.footnotes) {
        // "²CTOC/COP/WG.3/2010/1, para. 3.": where the report holds the recommendations above it.
        const m = /^(CTOC\/[A-Z0-9./]+?), paras?\. (\d{1,3})\.?$/.exec(f.text.trim());
        if (m) (s.meeting.reportParagraphs ??= []).push({ paragraph: m[2], symbol: m[1], source: f.source });
      }
    }
    // An instrument quoted inside the report closes back into the report.
    this.section = this.region === 'report' && this.reportSection ? this.reportSection : { kind: 'none' };
    this.lastText = undefined;
  }

  // ---- one handler for labelled items ------------------------------------------------

  /**
   * Reads a line of a list-bearing section: a labelled item, a continuation of the previous
   * text, or unlabelled text that the section places by its own rule.
   */
  private readListLine(l: Line, sec: ListSection, label: Labelled = readLabel(l)): void {
    const { numbered, parenthesized } = label;
    if (numbered && sec.acceptsNumbered(numbered.num, numbered.text)) {
      this.lastText = partText(sec.list.addNumbered(numbered.num, numbered.text, this.loc(l, label.column)));
      sec.added?.();
      return;
    }
    if (parenthesized && sec.acceptsParenthesized()) {
      this.lastText = partText(sec.list.addParenthesized(parenthesized.label, parenthesized.text, this.loc(l, label.column)));
      sec.added?.();
      return;
    }
    if (this.isContinuation(l.clean) && this.lastText) {
      this.lastText.append(l.clean);
      return;
    }
    sec.unlabelled(l, label);
  }

  private isContinuation(clean: string): boolean {
    if (!this.lastText) return false;
    const prev = this.lastText.end();
    if (/^[a-z]/.test(clean)) return true;
    return prev.length > 0 && !TERMINAL_RE.test(prev);
  }

  /** Text with no label and no open sentence before it, after the first item: kept, and reported. */
  private keepWithPrevious(l: Line, list: ListBuilder, where: string, previous: string): void {
    this.note(l, 'unlabelled-text', `unlabelled text in ${where} is kept with the previous ${previous}`);
    list.appendText(l.clean);
  }

  /** Text before the first item of a list: its introduction. */
  private readIntro(target: { intro?: string }, text: string): void {
    target.intro = target.intro ? joinText(target.intro, text) : text;
    this.lastText = stringText(() => target.intro ?? '', (v) => (target.intro = v));
  }

  private listSection(naming: ListNaming, unlabelled: ListSection['unlabelled']): ListSection {
    return {
      list: new ListBuilder(naming, this.notes),
      acceptsNumbered: () => true,
      acceptsParenthesized: () => true,
      unlabelled,
    };
  }

  // ---- instruments and their annexes -------------------------------------------------

  private startInstrument(l: Line, m: RegExpExecArray): void {
    this.closeSection();
    const kind = m[1].toLowerCase() as InstrumentKind;
    const session = Number(m[2]);
    const number = Number(m[3]);
    const symbol = `${session}/${number}`;
    const comp = this.out.compendium;
    const inst: Instrument = {
      id: instrumentId(kind, session, number),
      kind,
      session,
      number,
      symbol,
      title: '',
      sessionInfo: this.session && this.session.number === session ? { ...this.session } : { number: session },
      compendia: comp ? [{ name: comp.name, group: comp.group, part: 'B', file: this.file }] : [],
      preamble: [],
      paragraphs: [],
      annexes: [],
      sources: [this.loc(l)],
      footnotes: [],
    };
    this.footnotes = [];
    this.out.instruments.push(inst);
    const where = `the operative part of ${instrumentName(kind, symbol)}`;
    const body: ListSection = this.listSection(
      { kind: 'paragraph', id: (path) => paragraphId(inst.id, path), citation: (path) => paragraphCitation(kind, symbol, path) },
      (line) => this.readUnlabelledInstrumentLine(line, where),
    );
    this.section = { kind: 'instrument', inst, phase: 'title', body };
  }

  private readInstrumentLine(l: Line, s: Extract<Section, { kind: 'instrument' }>): void {
    const c = l.clean;
    const label = readLabel(l);
    if (s.phase === 'title') {
      if (label.numbered || INTRO_RE.test(c) || ANNEX_HEADING_RE.test(c)) {
        this.note(l, 'missing-title', `${instrumentName(s.inst.kind, s.inst.symbol)} has no title line after its heading`);
        s.phase = 'intro';
      } else {
        s.inst.title = c;
        s.phase = 'intro';
        return;
      }
    }
    if (s.phase === 'intro') {
      s.phase = 'preamble';
      if (INTRO_RE.test(c)) {
        // "The Conference of the Parties …," opens the preamble; it is not a paragraph.
        let intro = c;
        this.lastText = stringText(() => intro, (v) => (intro = v));
        return;
      }
    }
    const annexM = ANNEX_HEADING_RE.exec(c);
    if (annexM) return this.startAnnex(l, s.inst, s.body, annexM[1] ?? '');
    if (label.numbered || label.parenthesized) s.phase = 'body';
    this.readListLine(l, s.body, label);
  }

  private readUnlabelledInstrumentLine(l: Line, where: string): void {
    const s = this.section;
    if (s.kind !== 'instrument') return;
    const c = l.clean;
    if (s.phase === 'body') {
      if (SECTION_HEADING_RE.test(c) || (!TERMINAL_RE.test(c) && c.length < MAX_BODY_HEADING && /^[A-Z]/.test(c))) {
        s.body.list.section = c;
        this.lastText = undefined;
        return;
      }
      this.keepWithPrevious(l, s.body.list, where, 'paragraph');
      return;
    }
    // A preambular paragraph: unnumbered in the text, counted PP 1…n.
    const inst = s.inst;
    const n = inst.preamble.length + 1;
    const pp: Part = {
      id: preambleId(inst.id, n),
      kind: 'pp',
      num: String(n),
      path: [`pp${n}`],
      citation: preambleCitation(inst.kind, inst.symbol, n),
      text: c,
      sources: [this.loc(l)],
      children: [],
    };
    inst.preamble.push(pp);
    this.lastText = partText(pp);
  }

  private startAnnex(l: Line, inst: Instrument, body: ListSection, key: string): void {
    const prev = this.section;
    if (prev.kind === 'annex') prev.annex.items = prev.items.list.items;
    if (inst.annexes.some((a) => a.key === key)) {
      this.note(l, 'duplicate-annex', `${instrumentName(inst.kind, inst.symbol)} has a second ${annexLabel(key)}; citations of ${annexLabel(key)} reach the first one`);
    }
    const annex: Annex = { id: annexId(inst.id, key), key, heading: '', items: [], sources: [this.loc(l)] };
    inst.annexes.push(annex);
    const where = `${annexLabel(key)} of ${instrumentName(inst.kind, inst.symbol)}`;
    const items = this.listSection(
      { kind: 'paragraph', id: (path) => paragraphId(annex.id, path), citation: (path) => paragraphCitation(inst.kind, inst.symbol, path, key) },
      (line) => {
        if (items.list.items.length === 0) this.readIntro(annex, line.clean);
        else this.keepWithPrevious(line, items.list, where, 'item');
      },
    );
    this.section = { kind: 'annex', inst, body, annex, items, phase: 'heading' };
    this.lastText = undefined;
  }

  private readAnnexLine(l: Line, s: Extract<Section, { kind: 'annex' }>): void {
    const c = l.clean;
    const annexM = ANNEX_HEADING_RE.exec(c);
    if (annexM) return this.startAnnex(l, s.inst, s.body, annexM[1] ?? '');
    const label = readLabel(l);
    if (s.phase === 'heading') {
      s.phase = 'items';
      if (!POINTER_START_RE.test(c) && !label.numbered && !label.parenthesized) {
        s.annex.heading = c;
        s.annex.headingSource = this.loc(l);
        return;
      }
    }
    const pointer = POINTER_RE.exec(c);
    if (pointer && this.out.compendium) {
      s.annex.pointer = { group: this.out.compendium.group, meeting: fromOrdinalWord(pointer[1]) ?? 0, source: this.loc(l) };
      s.annex.intro = c;
      return;
    }
    this.readListLine(l, s.items, label);
  }

  // ---- Working Group meetings (part A of a compendium) -------------------------------

  private startMeeting(l: Line, m: RegExpExecArray): void {
    this.closeSection();
    this.footnotes = [];
    const group = this.out.compendium!.group;
    const number = fromRoman(m[1]) ?? 0;
    const span = parseDateSpan(m[3]);
    const meeting: Meeting = {
      id: meetingId(group, number),
      group,
      number,
      dates: span.text,
      start: span.start,
      end: span.end,
      recommendations: [],
      sources: [this.loc(l)],
    };
    this.out.meetings.push(meeting);
    const items = this.listSection(
      { kind: 'recommendation', id: (path) => recommendationId(meeting.id, path), citation: (path) => recommendationCitation(group, number, path) },
      (line) => {
        if (items.list.items.length === 0) this.readIntro(meeting, line.clean);
        else this.keepWithPrevious(line, items.list, `the recommendations of the ${meetingName(group, number)}`, 'recommendation');
      },
    );
    this.section = { kind: 'meeting', meeting, items };
  }

  private readMeetingLine(l: Line, s: Extract<Section, { kind: 'meeting' }>): void {
    const c = l.clean;
    const annexM = CONTAINED_IN_ANNEX_RE.exec(c);
    const instrM = annexM ? null : CONTAINED_IN_INSTRUMENT_RE.exec(c);
    if (annexM) s.meeting.containedIn = { instrument: annexM[2], annexKey: annexM[1] ?? '', source: this.loc(l) };
    else if (instrM) s.meeting.containedIn = { instrument: instrM[1], source: this.loc(l) };
    this.readListLine(l, s.items);
  }

  // ---- sessions ----------------------------------------------------------------------

  private startSession(l: Line, m: RegExpExecArray): void {
    // A session heading ends the instrument before it; a meeting (part A) has no sessions.
    if (this.section.kind === 'instrument' || this.section.kind === 'annex') this.closeSection();
    const n = fromRoman(m[1]) ?? fromOrdinalWord(m[2]) ?? 0;
    const span = parseDateSpan(m[3]);
    this.session = { number: n, dates: span.text, start: span.start, end: span.end, source: this.loc(l) };
    this.out.sessions.push(this.session);
  }

  // ---- the Secretariat's report ------------------------------------------------------

  private startReport(l: Line): void {
    this.region = 'report';
    const report = buildReportHeader(this.file, this.frontLines, l, this.out.title);
    this.out.report = report;
    const described = sessionOfFrontMatter(this.file, this.frontLines);
    if (described) this.out.sessions.push(described);
    const items: ListSection = {
      list: new ListBuilder(
        { kind: 'reportParagraph', id: (path) => paragraphId(report.id, path), citation: (path) => reportParagraphCitation(report.session, path) },
        this.notes,
      ),
      // Headings are numbered too ("1. Introduction"): a paragraph continues the sequence and
      // reads as a sentence (or is long, or is the first one).
      acceptsNumbered: (num, text) => {
        const next = items.list.items.length + 1;
        return Number(num) === next && (TERMINAL_RE.test(text) || text.length > MIN_UNPUNCTUATED_REPORT_PARAGRAPH || report.paragraphs.length === 0);
      },
      acceptsParenthesized: () => items.list.items.length > 0,
      added: () => {
        report.paragraphs = items.list.items;
      },
      unlabelled: (line, label) => {
        const c = line.clean;
        if (SECTION_HEADING_RE.test(c) || label.numbered || (!TERMINAL_RE.test(c) && c.length < MAX_REPORT_HEADING)) {
          // A numbered line that reads as a sentence but breaks the paragraph numbering: read
          // as a heading, which it may not be ("13." printed for "12.").
          if (label.numbered && TERMINAL_RE.test(label.numbered.text) && items.list.items.length > 0) {
            this.note(line, 'label-sequence', `“${label.numbered.num}.” reads as a paragraph but breaks the numbering (${items.list.items.length + 1} was expected); read as a section heading, not as paragraph ${label.numbered.num}`);
          }
          report.sections.push({ heading: c, source: this.loc(line) });
          items.list.section = c;
          this.lastText = undefined;
          return;
        }
        if (items.list.items.length === 0) {
          this.note(line, 'unlabelled-text', 'text before the first numbered paragraph of the report is not part of any paragraph');
          return;
        }
        items.list.appendText(c);
      },
    };
    this.section = this.reportSection = { kind: 'report', report, items };
  }

  // ---- lines outside sections --------------------------------------------------------

  private readIndexRow(l: Line): void {
    if (!l.raw.includes('\t')) return;
    const cells = l.raw.split('\t');
    const isHeader = /^Topic$/.test(cells[0].trim()) || /Document symbol/.test(l.raw);
    if (!isHeader) this.out.indexRows.push({ cells, source: this.loc(l, 1) });
  }

  private readFootnote(l: Line): void {
    const m = FOOTNOTE_PARTS_RE.exec(l.raw);
    if (m) this.footnotes.push({ marker: m[1] ?? m[2] ?? '*', text: cleanInline(m[4]), source: this.loc(l) });
  }

  private scanDates(l: Line): void {
    if (!l.clean.includes(' of ')) return;
    const re = /\b(resolutions?|decisions?) (\d{1,2})\/(\d{1,4})(?: and (?:its (?:resolution|decision) )?(\d{1,2})\/(\d{1,4}))? of (\d{1,2} [A-Z][a-z]+ \d{4})/g;
    for (let m = re.exec(l.clean); m; m = re.exec(l.clean)) {
      if (/(?:Assembly|Council|Council, in its)\s*$/.test(l.clean.slice(0, m.index))) continue;
      const kind: InstrumentKind = m[1].startsWith('resolution') ? 'resolution' : 'decision';
      const iso = parseDayMonthYear(m[6]);
      if (!iso) continue;
      const col = l.raw.indexOf(`${m[2]}/${m[3]}`);
      this.out.dateMentions.push({ instrument: `${m[2]}/${m[3]}`, kind, iso, text: m[6], source: this.loc(l, col >= 0 ? col + 1 : l.col) });
      if (m[4] && m[1].endsWith('s')) {
        this.out.dateMentions.push({ instrument: `${m[4]}/${m[5]}`, kind, iso, text: m[6], source: this.loc(l, l.col) });
      }
    }
    // "its decision 4/2 of 17 October 2008 and its resolution 5/8 of 22 October 2010": the second one.
    const re2 = /\band its (resolution|decision) (\d{1,2})\/(\d{1,4}) of (\d{1,2} [A-Z][a-z]+ \d{4})/g;
    for (let m = re2.exec(l.clean); m; m = re2.exec(l.clean)) {
      const iso = parseDayMonthYear(m[4]);
      if (!iso) continue;
      const col = l.raw.indexOf(`${m[2]}/${m[3]}`);
      this.out.dateMentions.push({ instrument: `${m[2]}/${m[3]}`, kind: m[1] as InstrumentKind, iso, text: m[4], source: this.loc(l, col >= 0 ? col + 1 : l.col) });
    }
  }
}

export function parseSource(file: string, content: string): ParsedSource {
  const text = content.replace(/^\uFEFF/, '');
  const rawLines = text.split(/\r\n|\r|\n/);
  // `clean` is filled lazily: index-table rows only need their raw cells.
  const lines: Line[] = rawLines.map((raw, i) => ({ raw, clean: '', no: i + 1, col: 1 }));
  for (const l of lines.slice(0, TITLE_WINDOW)) l.clean = cleanInline(l.raw);
  const reader = new SourceReader(file, titleOf(lines), rawLines.length);
  for (const l of lines) {
    if (l.no > TITLE_WINDOW && !reader.inIndex()) l.clean = cleanInline(l.raw);
    reader.read(l);
  }
  return reader.finish();
}

/**
 * A session document's front matter names its session and where and when it meets:
 * "Ninth session" then "Vienna, 15–19 October 2018".
 */
function sessionOfFrontMatter(file: string, front: Line[]): SessionInfo | undefined {
  for (let i = 0; i < front.length; i++) {
    const s = /^(\w+) session$/.exec(front[i].clean);
    const n = s ? fromOrdinalWord(s[1]) : undefined;
    if (!n) continue;
    const info: SessionInfo = { number: n, source: { file, line: front[i].no, column: front[i].col } };
    for (const l of front.slice(i + 1, i + 4)) {
      const p = /^([A-Z][\p{L}-]+(?: [A-Z][\p{L}-]+)?),\s*(\d.*\d{4})$/u.exec(l.clean);
      if (!p) continue;
      const span = parseDateSpan(p[2]);
      info.venue = p[1];
      info.venueSource = { file, line: l.no, column: l.col };
      info.dates = span.text;
      info.start = span.start;
      info.end = span.end;
      break;
    }
    return info;
  }
  return undefined;
}

function buildReportHeader(file: string, front: Line[], at: Line, title: string): ReportDocument {
  let session: number | undefined;
  let date: string | undefined;
  let place: string | undefined;
  for (const l of front) {
    const s = /^(\w+) session$/.exec(l.clean);
    if (s) session = fromOrdinalWord(s[1]);
    const d = parseDayMonthYear(l.clean);
    if (d && !date) date = d;
    const p = /^([A-Z][a-z]+),\s*(\d.*\d{4})$/.exec(l.clean);
    if (p) place = `${p[1]}, ${p[2]}`;
  }
  const before = front.filter((l) => l.no < at.no && l.clean.length > 40 && !l.raw.startsWith('**') && !/^\*/.test(l.clean));
  const subtitle = before.length > 0 ? before[before.length - 1].clean : '';
  return {
    id: reportId(session),
    title: subtitle || title,
    subtitle: 'Report of the Secretariat',
    session,
    sessionPlace: place,
    date,
    paragraphs: [],
    sections: [],
    reportsOn: [],
    sources: [{ file, line: at.no, column: 1 }],
  };
}
