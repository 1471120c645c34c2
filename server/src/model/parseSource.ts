// Parses one source document (compendium, stand-alone instrument or Secretariat report) into
// the model. Nothing here knows line numbers of particular files: the same code must serve
// documents a user adds in the same shape.

import { formatPath, joinText, ListBuilder } from './listBuilder';
import { cleanInline, fromOrdinalWord, fromRoman, isSuperscriptDigit, parseDateSpan, parseDayMonthYear, toRoman } from './text';
import type {
  Annex,
  DateMention,
  Footnote,
  GroupKey,
  IndexRow,
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

interface Line {
  raw: string;
  clean: string;
  no: number;
  col: number;
}

type Region = 'front' | 'partA' | 'partB' | 'index' | 'report';
type InstrState = 'title' | 'intro' | 'preamble' | 'body' | 'annexTitle' | 'annexBody';

export const GROUP_NAMES: Record<GroupKey, string> = {
  IC: 'International Cooperation',
  TA: 'Technical Assistance',
};

export function instrumentId(kind: InstrumentKind, session: number, number: number): string {
  return `${kind === 'resolution' ? 'res' : 'dec'}_${session}-${number}`;
}

export function meetingId(group: GroupKey, number: number): string {
  return `wg_${group.toLowerCase()}__mtg_${toRoman(number)}`;
}

export function annexLabel(key: string): string {
  return key ? `annex ${key}` : 'annex';
}

const FOOTNOTE_RE = /^(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|<sup>\s*\d+\s*<\/sup>|\*\s+\[)/;
const NUM_LABEL_RE = /^(\d{1,3})\.\s+(.*)$/;
const PAREN_LABEL_RE = /^\(([A-Za-z]{1,5})\)\s*(.*)$/;
const INSTRUMENT_HEADING_RE = /^(Resolution|Decision) (\d{1,2})\/(\d{1,4})$/;
const SESSION_HEADING_RE = /^([IVX]+)\.\s+(\w+) session\b(?: of the Conference of the Parties)?,\s*(.+)$/;
const MEETING_HEADING_RE = /^([IVX]+)\.\s+(\w+) meeting,\s*(.+)$/;
const ANNEX_HEADING_RE = /^Annex(?:\s+([IVX]+))?$/;
const SECTION_HEADING_RE = /^([IVX]+|[A-H])\.\s+(\S.*)$/;
const TERMINAL_RE = /[.;:,!?]["”’)\]]*$/;

function lineColumn(raw: string): number {
  const m = /^[\s\-#*>]*/.exec(raw);
  const skip = m ? m[0].length : 0;
  return skip + 1;
}

function titleOf(lines: Line[]): string {
  // The first bold block is the document's title in the compendia; otherwise its first heading.
  const bold: string[] = [];
  let inBold = false;
  for (const l of lines.slice(0, 60)) {
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

function detectGroup(title: string): GroupKey | undefined {
  if (/International Cooperation/i.test(title)) return 'IC';
  if (/Technical Assistance/i.test(title)) return 'TA';
  return undefined;
}

export function parseSource(file: string, content: string): ParsedSource {
  const text = content.replace(/^\uFEFF/, '');
  const rawLines = text.split(/\r\n|\r|\n/);
  // `clean` is filled lazily: index-table rows only need their raw cells.
  const lines: Line[] = rawLines.map((raw, i) => ({ raw, clean: '', no: i + 1, col: 1 }));
  for (const l of lines.slice(0, 60)) l.clean = cleanInline(l.raw);
  const title = titleOf(lines);
  const compGroup = /Compendium/i.test(title) ? detectGroup(title) : undefined;
  const notes: SourceNote[] = [];
  const out: ParsedSource = {
    file,
    title,
    compendium: compGroup ? { name: GROUP_NAMES[compGroup], group: compGroup } : undefined,
    instruments: [],
    meetings: [],
    indexRows: [],
    dateMentions: [],
    sessions: [],
    notes,
    lineCount: rawLines.length,
  };
  const loc = (l: Line, col?: number): SourceLocation => ({ file, line: l.no, column: col ?? l.col });

  let region: Region = 'front';
  let session: SessionInfo | undefined;
  let instr: Instrument | undefined;
  let instrState: InstrState = 'title';
  let body: ListBuilder | undefined;
  let annex: Annex | undefined;
  let annexList: ListBuilder | undefined;
  let meeting: Meeting | undefined;
  let meetingList: ListBuilder | undefined;
  let report: ReportDocument | undefined;
  let reportList: ListBuilder | undefined;
  let footnotes: Footnote[] = [];
  /** What a continuation line after a page break appends to. */
  let lastText: { get(): string; set(v: string): void } | undefined;
  const frontLines: Line[] = [];

  const closeInstrument = (): void => {
    if (instr) {
      if (annex && annexList) annex.items = annexList.items;
      if (body) instr.paragraphs = body.items;
      instr.footnotes = footnotes;
    }
    instr = undefined;
    body = undefined;
    annex = undefined;
    annexList = undefined;
    lastText = undefined;
  };
  const closeMeeting = (): void => {
    if (meeting && meetingList) meeting.recommendations = meetingList.items;
    meeting = undefined;
    meetingList = undefined;
    lastText = undefined;
  };

  const instrumentNaming = (inst: Instrument, annexKey?: string) => ({
    kind: 'paragraph' as const,
    id: (path: string[]) =>
      `${inst.id}${annexKey === undefined ? '' : annexKey ? `__annex_${annexKey}` : '__annex'}${path.map((p) => `__para_${p}`).join('')}`,
    citation: (path: string[]) =>
      `${inst.kind} ${inst.symbol}${annexKey === undefined ? '' : `, ${annexLabel(annexKey)}`}, paragraph ${formatPath(path)}`,
  });

  const textTarget = (part: Part) => ({
    get: () => part.text,
    set: (v: string) => {
      part.text = v;
      part.introducesList = /:\s*$/.test(v);
    },
  });

  const isContinuation = (clean: string): boolean => {
    if (!lastText) return false;
    const prev = lastText.get();
    if (/^[a-z]/.test(clean)) return true;
    return prev.length > 0 && !TERMINAL_RE.test(prev);
  };

  const scanDates = (l: Line): void => {
    if (!l.clean.includes(' of ')) return;
    const re = /\b(resolutions?|decisions?) (\d{1,2})\/(\d{1,4})(?: and (?:its (?:resolution|decision) )?(\d{1,2})\/(\d{1,4}))? of (\d{1,2} [A-Z][a-z]+ \d{4})/g;
    for (let m = re.exec(l.clean); m; m = re.exec(l.clean)) {
      if (/(?:Assembly|Council|Council, in its)\s*$/.test(l.clean.slice(0, m.index))) continue;
      const kind: InstrumentKind = m[1].startsWith('resolution') ? 'resolution' : 'decision';
      const iso = parseDayMonthYear(m[6]);
      if (!iso) continue;
      const col = l.raw.indexOf(`${m[2]}/${m[3]}`);
      out.dateMentions.push({ instrument: `${m[2]}/${m[3]}`, kind, iso, text: m[6], source: loc(l, col >= 0 ? col + 1 : l.col) });
      if (m[4] && m[1].endsWith('s')) {
        out.dateMentions.push({ instrument: `${m[4]}/${m[5]}`, kind, iso, text: m[6], source: loc(l, l.col) });
      }
    }
    // "its decision 4/2 of 17 October 2008 and its resolution 5/8 of 22 October 2010": the second one.
    const re2 = /\band its (resolution|decision) (\d{1,2})\/(\d{1,4}) of (\d{1,2} [A-Z][a-z]+ \d{4})/g;
    for (let m = re2.exec(l.clean); m; m = re2.exec(l.clean)) {
      const iso = parseDayMonthYear(m[4]);
      if (!iso) continue;
      const col = l.raw.indexOf(`${m[2]}/${m[3]}`);
      out.dateMentions.push({ instrument: `${m[2]}/${m[3]}`, kind: m[1] as InstrumentKind, iso, text: m[4], source: loc(l, col >= 0 ? col + 1 : l.col) });
    }
  };

  for (const l of lines) {
    if (region === 'index') {
      if (l.raw.includes('\t')) {
        const cells = l.raw.split('\t');
        const isHeader = /^Topic$/.test(cells[0].trim()) || /Document symbol/.test(l.raw);
        if (!isHeader) out.indexRows.push({ cells, source: loc(l, 1) });
      }
      continue;
    }
    if (l.no > 60) l.clean = cleanInline(l.raw);
    l.col = lineColumn(l.raw);
    const c = l.clean;
    if (FOOTNOTE_RE.test(l.raw.trimStart()) || isSuperscriptDigit(l.raw.trimStart()[0] ?? '')) {
      const m = /^\s*(?:([⁰¹²³⁴⁵⁶⁷⁸⁹]+)|<sup>\s*(\d+)\s*<\/sup>|(\*))\s*(.*)$/.exec(l.raw);
      if (m) footnotes.push({ marker: m[1] ?? m[2] ?? '*', text: cleanInline(m[4]), source: loc(l) });
      continue;
    }
    if (c.length === 0 || /^-{3,}$/.test(c)) continue;
    if (l.raw.includes('\t') && /^[^\t]+\t[ivxlcdm\d]+\s*$/i.test(l.raw)) continue; // table of contents entry
    scanDates(l);

    if (/^A\. Recommendations adopted by the Working Group\b/.test(c)) {
      closeInstrument();
      closeMeeting();
      region = 'partA';
      continue;
    }
    if (/^B\. Resolutions and decisions\b/.test(c)) {
      closeInstrument();
      closeMeeting();
      region = 'partB';
      continue;
    }
    if (/^Thematic index of\b/i.test(c) && l.raw.startsWith('**')) {
      closeInstrument();
      closeMeeting();
      region = 'index';
      continue;
    }
    if (/^Report of the Secretariat$/.test(c) && region === 'front') {
      region = 'report';
      report = buildReportHeader(file, frontLines, l, title);
      const rep = report;
      reportList = new ListBuilder(
        {
          kind: 'reportParagraph',
          id: (path) => `${rep.id}${path.map((p) => `__para_${p}`).join('')}`,
          citation: (path) => `report of the Secretariat${rep.session ? ` to the ${ordinal(rep.session)} session` : ''}, paragraph ${formatPath(path)}`,
        },
        notes,
      );
      continue;
    }

    const sessionM = SESSION_HEADING_RE.exec(c);
    if (sessionM && (region === 'partB' || region === 'front')) {
      closeInstrument();
      const n = fromRoman(sessionM[1]) ?? fromOrdinalWord(sessionM[2]) ?? 0;
      const span = parseDateSpan(sessionM[3]);
      session = { number: n, dates: span.text, start: span.start, end: span.end };
      out.sessions.push(session);
      continue;
    }
    const meetingM = region === 'partA' ? MEETING_HEADING_RE.exec(c) : null;
    if (meetingM && out.compendium) {
      closeMeeting();
      const n = fromRoman(meetingM[1]) ?? 0;
      const span = parseDateSpan(meetingM[3]);
      const group = out.compendium.group;
      const m: Meeting = {
        id: meetingId(group, n),
        group,
        number: n,
        dates: span.text,
        start: span.start,
        end: span.end,
        recommendations: [],
        sources: [loc(l)],
      };
      out.meetings.push(m);
      meeting = m;
      const groupName = GROUP_NAMES[group];
      meetingList = new ListBuilder(
        {
          kind: 'recommendation',
          id: (path) => `${m.id}${path.map((p) => `__rec_${p}`).join('')}`,
          citation: (path) => `Working Group on ${groupName}, ${ordinal(n)} meeting, ${formatPath(path)}`,
        },
        notes,
      );
      continue;
    }
    const instrM = INSTRUMENT_HEADING_RE.exec(c);
    if (instrM) {
      closeInstrument();
      closeMeeting();
      const kind = instrM[1].toLowerCase() as InstrumentKind;
      const s = Number(instrM[2]);
      const n = Number(instrM[3]);
      const inst: Instrument = {
        id: instrumentId(kind, s, n),
        kind,
        session: s,
        number: n,
        symbol: `${s}/${n}`,
        title: '',
        sessionInfo: session && session.number === s ? { ...session } : { number: s },
        compendia: out.compendium ? [{ name: out.compendium.name, group: out.compendium.group, part: 'B', file }] : [],
        preamble: [],
        paragraphs: [],
        annexes: [],
        sources: [loc(l)],
        footnotes: [],
      };
      footnotes = [];
      out.instruments.push(inst);
      instr = inst;
      instrState = 'title';
      body = new ListBuilder(instrumentNaming(inst), notes);
      continue;
    }

    const bullet = c.replace(/^-\s+/, '');
    const numM = NUM_LABEL_RE.exec(bullet);
    const parenM = numM ? null : PAREN_LABEL_RE.exec(bullet);
    const labelCol = (): number => {
      const idx = l.raw.search(/[(\d]/);
      return idx >= 0 ? idx + 1 : l.col;
    };

    if (instr && body) {
      const inst = instr;
      switch (instrState) {
        case 'title':
          inst.title = c;
          instrState = 'intro';
          continue;
        case 'intro':
          if (/^The Conference of the Parties\b/.test(c)) {
            instrState = 'preamble';
            const intro = c;
            let introText = intro;
            lastText = { get: () => introText, set: (v) => (introText = v) };
            continue;
          }
          instrState = 'preamble';
          break;
        default:
          break;
      }
      const annexM = ANNEX_HEADING_RE.exec(c);
      if (annexM) {
        if (annex && annexList) annex.items = annexList.items;
        const key = annexM[1] ?? '';
        annex = { id: `${inst.id}${key ? `__annex_${key}` : '__annex'}`, key, heading: '', items: [], sources: [loc(l)] };
        inst.annexes.push(annex);
        annexList = new ListBuilder(instrumentNaming(inst, key), notes);
        instrState = 'annexTitle';
        lastText = undefined;
        continue;
      }
      if (instrState === 'annexTitle' && annex) {
        instrState = 'annexBody';
        if (!/^Please see the recommendations/.test(c)) {
          annex.heading = c;
          continue;
        }
      }
      if (instrState === 'annexBody' && annex && annexList) {
        const pointer = /Please see the recommendations listed under the (\w+) meeting/.exec(c);
        if (pointer && out.compendium) {
          annex.pointer = { group: out.compendium.group, meeting: fromOrdinalWord(pointer[1]) ?? 0, source: loc(l) };
          annex.intro = c;
          continue;
        }
        if (numM || parenM) {
          const p = numM ? annexList.addNumbered(numM[1], numM[2], loc(l, labelCol())) : annexList.addParenthesized(parenM![1], parenM![2], loc(l, labelCol()));
          lastText = textTarget(p);
          continue;
        }
        if (isContinuation(c) && lastText) {
          lastText.set(joinText(lastText.get(), c));
          continue;
        }
        const a = annex;
        if (annexList.items.length === 0) {
          a.intro = a.intro ? joinText(a.intro, c) : c;
          lastText = { get: () => a.intro ?? '', set: (v) => (a.intro = v) };
        } else {
          notes.push({ source: loc(l), code: 'unlabelled-text', message: `unlabelled text in ${annexLabel(a.key)} of ${inst.kind} ${inst.symbol} is kept with the previous item` });
          annexList.appendText(c);
        }
        continue;
      }
      // Preamble and operative part.
      if (numM || parenM) {
        instrState = 'body';
        const p = numM ? body.addNumbered(numM[1], numM[2], loc(l, labelCol())) : body.addParenthesized(parenM![1], parenM![2], loc(l, labelCol()));
        lastText = textTarget(p);
        continue;
      }
      if (isContinuation(c) && lastText) {
        lastText.set(joinText(lastText.get(), c));
        continue;
      }
      if (instrState === 'body') {
        const sec = SECTION_HEADING_RE.exec(c);
        if (sec || (!TERMINAL_RE.test(c) && c.length < 120 && /^[A-Z]/.test(c))) {
          body.section = c;
          lastText = undefined;
          continue;
        }
        notes.push({ source: loc(l), code: 'unlabelled-text', message: `unlabelled text in the operative part of ${inst.kind} ${inst.symbol} is kept with the previous paragraph` });
        body.appendText(c);
        continue;
      }
      // A preambular paragraph: unnumbered in the text, counted PP 1…n.
      const n = inst.preamble.length + 1;
      const pp: Part = {
        id: `${inst.id}__pp_${n}`,
        kind: 'pp',
        num: String(n),
        path: [`pp${n}`],
        citation: `${inst.kind} ${inst.symbol}, PP ${n}`,
        text: c,
        sources: [loc(l)],
        children: [],
      };
      inst.preamble.push(pp);
      lastText = textTarget(pp);
      continue;
    }

    if (meeting && meetingList) {
      const mt = meeting;
      const contained = /contained in (?:the )?annex(?: ([IVX]+))? to resolution (\d{1,2}\/\d{1,4})/.exec(c);
      const containedInstr = /contained in Conference (?:decision|resolution) (\d{1,2}\/\d{1,4})/.exec(c);
      if (contained) mt.containedIn = { instrument: contained[2], annexKey: contained[1] ?? '', source: loc(l) };
      else if (containedInstr) mt.containedIn = { instrument: containedInstr[1], source: loc(l) };
      if (numM || parenM) {
        const p = numM ? meetingList.addNumbered(numM[1], numM[2], loc(l, labelCol())) : meetingList.addParenthesized(parenM![1], parenM![2], loc(l, labelCol()));
        lastText = textTarget(p);
        continue;
      }
      if (isContinuation(c) && lastText) {
        lastText.set(joinText(lastText.get(), c));
        continue;
      }
      if (meetingList.items.length === 0) {
        mt.intro = mt.intro ? joinText(mt.intro, c) : c;
        lastText = { get: () => mt.intro ?? '', set: (v) => (mt.intro = v) };
      } else {
        meetingList.appendText(c);
      }
      continue;
    }

    if (region === 'report' && report && reportList) {
      const rep = report;
      const expected = rep.paragraphs.length === 0 ? 1 : reportList.items.length + 1;
      if (numM && Number(numM[1]) === reportList.items.length + 1 && (TERMINAL_RE.test(numM[2]) || numM[2].length > 80 || expected === 1)) {
        const p = reportList.addNumbered(numM[1], numM[2], loc(l, labelCol()));
        rep.paragraphs = reportList.items;
        lastText = textTarget(p);
        continue;
      }
      if (parenM && reportList.items.length > 0) {
        const p = reportList.addParenthesized(parenM[1], parenM[2], loc(l, labelCol()));
        lastText = textTarget(p);
        continue;
      }
      if (isContinuation(c) && lastText) {
        lastText.set(joinText(lastText.get(), c));
        continue;
      }
      if (SECTION_HEADING_RE.test(c) || numM || (!TERMINAL_RE.test(c) && c.length < 160)) {
        rep.sections.push({ heading: c, source: loc(l) });
        reportList.section = c;
        lastText = undefined;
        continue;
      }
      reportList.appendText(c);
      continue;
    }
    if (region === 'front') frontLines.push(l);
  }
  closeInstrument();
  closeMeeting();
  if (report) {
    out.report = report;
  }
  return out;
}

export function ordinal(n: number): string {
  const words = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
  return words[n] ?? `${n}th`;
}

function buildReportHeader(file: string, front: Line[], at: Line, title: string): ReportDocument {
  let session: number | undefined;
  let date: string | undefined;
  let place: string | undefined;
  let subtitle = '';
  for (const l of front) {
    const s = /^(\w+) session$/.exec(l.clean);
    if (s) session = fromOrdinalWord(s[1]);
    const d = parseDayMonthYear(l.clean);
    if (d && !date) date = d;
    const p = /^([A-Z][a-z]+),\s*(\d.*\d{4})$/.exec(l.clean);
    if (p) place = `${p[1]}, ${p[2]}`;
  }
  const before = front.filter((l) => l.no < at.no && l.clean.length > 40 && !l.raw.startsWith('**') && !/^\*/.test(l.clean));
  subtitle = before.length > 0 ? before[before.length - 1].clean : '';
  const id = `sgr_${session ?? 0}`;
  return {
    id,
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
