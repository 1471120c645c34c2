// Reads the thematic index tables: topics (with "(continued)" rows merged), their entries,
// the paragraph column with its subtopic notes, and the compendium locator, both tokenised
// into label paths the index can resolve. Resolution against the model happens in the index.

import { cleanInline, fromRoman, normalizeSpace, toRoman } from './text';
import type { GroupKey, IndexRow, InstrumentKind, SourceLocation } from './types';


export interface LabelRef {
  annex?: string; // "" unnamed annex, "I"…; undefined outside annexes
  pp?: number;
  path: string[];
  /** Written as a bare "(x)" after an item with a parent: may inherit the parent. */
  bare?: boolean;
}

export interface LocatorTarget {
  part: 'A' | 'B';
  roman: number;
  /** Instrument named inside "See part B.VII (resolution 7/4, annex, 1 and 2)". */
  instrument?: { kind: InstrumentKind; symbol: string };
  refs: LabelRef[];
  /**
   * A range printed high to low ("IV.n-g"): its items are read low to high (a source is read as
   * best it can be, and the audit says so); a draft's locator with one is an error instead.
   */
  reversed?: { printed: string; readAs: string };
  /** A range longer than any list of paragraphs ("VIII.1-99999"): not read. */
  tooLong?: string;
  /** A range whose ends are of different kinds ("IV.3-c"): not read. */
  mixedRange?: string;
}

export interface RawEntry {
  topic: string;
  symbol: string;
  instruments: { kind: InstrumentKind; symbol: string }[];
  paragraphs: string;
  notes: string[];
  paragraphRefs: LabelRef[];
  locator: string;
  targets: LocatorTarget[];
  source: SourceLocation;
  /** Where the row was read other than as printed: "printed …; read as …" (for `resref audit`). */
  repairs: string[];
}

export interface RawTopic {
  name: string;
  source: SourceLocation;
  entries: RawEntry[];
  /** Repairs of rows that give no entry (a topic printed in the symbol column). */
  repairs: { message: string; source: SourceLocation }[];
}

export interface ThematicIndexRead {
  topics: RawTopic[];
  /** Rows no topic can hold (printed before the first topic): not read, and said so. */
  unplaced: { message: string; source: SourceLocation }[];
}

const DOCUMENT_SYMBOL_RE = /^CTOC\//;

const CONTINUED_RE = /\s*\(continued\)\s*/gi;

function cell(raw: string | undefined): string {
  const c = cleanInline(raw ?? '');
  return c.includes('continued') ? normalizeSpace(c.replace(CONTINUED_RE, ' ')) : c;
}

export function parseThematicIndex(rows: IndexRow[], group: GroupKey): ThematicIndexRead {
  const topics: RawTopic[] = [];
  const unplaced: ThematicIndexRead['unplaced'] = [];
  const byName = new Map<string, RawTopic>();
  let current: RawTopic | undefined;
  // The entry read from the row just above, if that row gave one (a blank row or a topic of its
  // own ends it): rows with blank symbol and instrument cells may continue it.
  let above: RawEntry | undefined;
  for (const row of rows) {
    const previous = above;
    above = undefined;
    const repairs: string[] = [];
    let cells = row.cells;
    // A row printed one column to the left: a document symbol in the topic column, the
    // instrument in the symbol column ("CTOC/COP/2006/14\tDecision 3/2\t(b), (c) …\tIII.b-d …").
    // Read as an entry of the topic above, each cell one column to the right.
    if (DOCUMENT_SYMBOL_RE.test(cell(cells[0]))) {
      const shifted = cell(cells[0]);
      cells = ['', ...cells];
      if (!current) {
        unplaced.push({ source: row.source, message: `a row starting with document symbol “${shifted}” in the topic column comes before any topic; not read` });
        continue;
      }
      repairs.push(
        `the row is printed one column to the left (document symbol “${shifted}” in the topic column${cell(cells[2]) ? `, “${cell(cells[2])}” in the document-symbol column` : ''}); read as an entry of “${current.name}” with each cell one column to the right`,
      );
    }
    const [c0, c1, c2, c3, c4] = cells;
    let topicName = cell(c0);
    let symbol = cell(c1);
    if (/^Notes?:/.test(topicName)) continue;
    // A topic name that slipped into the symbol column ("\tData collection\t\t\tPart A").
    if (!topicName && symbol && !/CTOC\//.test(symbol)) {
      repairs.push(`the topic “${symbol}” is printed in the document-symbol column; read as a topic`);
      topicName = symbol;
      symbol = '';
    }
    if (topicName) {
      const key = topicName.toLowerCase();
      const existing = byName.get(key);
      if (existing) current = existing;
      else {
        current = { name: topicName, source: row.source, entries: [], repairs: [] };
        topics.push(current);
        byName.set(key, current);
      }
    }
    if (!current) {
      if (symbol || cell(c3) || cell(c4)) unplaced.push({ source: row.source, message: `a row of the thematic index comes before any topic (“${cells.map((c) => cell(c)).filter(Boolean).join(' | ')}”); not read` });
      continue;
    }
    const rowTopic = current;
    const skip = (): void => {
      for (const message of repairs) rowTopic.repairs.push({ message, source: row.source });
    };
    let instruments = [...cell(c2).matchAll(/\b(Resolution|Decision)\s+(\d{1,2}\/\d{1,4})/gi)].map((m) => ({
      kind: m[1].toLowerCase() as InstrumentKind,
      symbol: m[2],
    }));
    const paragraphsRaw = cell(c3);
    const locator = cell(c4);
    if ((!symbol && !paragraphsRaw && instruments.length === 0 && /^Part [AB]$/.test(locator)) || (!symbol && !paragraphsRaw && !locator)) {
      skip();
      continue;
    }
    // A row with blank symbol and instrument cells under an instrument's row continues it
    // ("\t\t\tAnnex II, 1 (h)\tVIII, annex II, 1 (h)" under "CTOC/COP/2016/15\tResolution 8/1"):
    // the print leaves the cells blank; read as that row's symbol and instrument, and said so.
    if (!symbol && instruments.length === 0 && paragraphsRaw && previous && previous.topic === current.name && previous.instruments.length > 0) {
      symbol = previous.symbol;
      instruments = previous.instruments.map((x) => ({ ...x }));
      const names = instruments.map((x) => `${x.kind} ${x.symbol}`).join(' and ');
      repairs.push(`the document-symbol and resolution/decision cells are blank; read as continuing the row above (${symbol ? `${symbol}, ` : ''}${names})`);
    }
    const { refs, notes, repairs: columnRepairs } = parseParagraphColumn(paragraphsRaw);
    for (const r of columnRepairs) repairs.push(r);
    const readSymbol = symbol.replace(/\s*[-–]\s*/g, '–').replace(/^(CTOC\/COP\/WG)\.(\d)\.(\d{4})/, '$1.$2/$3');
    // A joint symbol is printed "X-Y" (read as "X–Y"); a space beside its dash is a print slip.
    for (const m of symbol.matchAll(/(\S)(\s*)([-–])(\s*)(?=\S)/g)) {
      if (!m[2] && !m[4]) continue;
      const joint = readSymbol.split('–');
      repairs.push(
        `document symbol “${symbol}” is printed with ${m[3] === '-' ? 'a hyphen' : 'an en dash'} and ${m[2] && m[4] ? 'spaces' : 'a space'} between its two symbols; read as the joint symbol “${readSymbol}” (${joint.join(' and ')})`,
      );
      break;
    }
    if (/^(CTOC\/COP\/WG)\.(\d)\.(\d{4})/.test(symbol)) repairs.push(`document symbol “${symbol}” is printed with a dot for a slash; read as “${readSymbol}”`);
    const targets = parseLocator(locator, instruments.length > 0 ? 'B' : 'A', repairs);
    above = {
      topic: current.name,
      symbol: readSymbol,
      instruments,
      paragraphs: paragraphsRaw,
      notes,
      paragraphRefs: refs,
      locator,
      targets,
      source: row.source,
      repairs,
    };
    current.entries.push(above);
  }
  return { topics, unplaced };
}

// ---------------------------------------------------------------------------------------
// Tokens shared by the paragraph column and the locator.

type Tok =
  | { t: 'part'; v: 'A' | 'B' }
  | { t: 'annex' }
  | { t: 'instr'; kind: InstrumentKind; symbol: string }
  | { t: 'roman'; v: number; s: string }
  | { t: 'pp' }
  | { t: 'num'; v: string }
  | { t: 'let'; v: string }
  | { t: 'plabel'; v: string }
  | { t: 'note'; v: string }
  | { t: 'open' }
  | { t: 'close' }
  | { t: 'dot' }
  | { t: 'comma' }
  | { t: 'and' }
  | { t: 'dash' }
  | { t: 'semi' }
  /** Capitals of a numeral that make none ("VIIII", "IIX"): read as printed, never as a numeral within them. */
  | { t: 'bad'; v: string };


const T_PART = /(?:See\s+)?[Pp]art\s+([AB])\b\s*:?/y;
const T_INSTR = /(resolution|decision)s?\s+(\d{1,2}\/\d{1,4})/iy;
const T_ANNEX = /annex(?:es)?\b/iy;
const T_PP = /PP\b/y;
const T_AND = /and\b/y;
// Every numeral to CCCXCIX, whole: one the pattern did not know ("XII" when it stopped at XI,
// "XCIX" when it stopped at XX) was read from a later letter on ("II", "IX"), in silence.
const T_ROMAN = /(?=[IVXLC])(C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))\b/y;
const T_ROMAN_RUN = /[IVXLC]+\b/y;
const T_NUM = /\d+/y;
const T_PLABEL = /\(([a-z]{1,2}|[ivx]{1,5}|I)\)/y;
const T_OPEN_INSTR = /[([]\s*(?:resolution|decision)\b/iy;
const T_LET = /[a-z]{1,4}\b/y;

function at(re: RegExp, s: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(s);
}

/**
 * Where a column's print is read other than as printed, and how: the tokenizer and the readers
 * of both columns add to it, and each message names the column ("the locator prints …").
 */
interface Readings {
  column: 'the paragraph column' | 'the locator';
  repairs: string[];
}

// Sticky regular expressions read each token in place: no slicing of the rest of the cell.
function tokenize(s: string, readings?: Readings): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  let m: RegExpExecArray | null;
  while (i < s.length) {
    const ch = s[i];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0') {
      i++;
      continue;
    }
    // Dispatch on the first character, so each position tries only the rules that can match.
    const code = ch.charCodeAt(0);
    if (code >= 48 && code <= 57) {
      m = at(T_NUM, s, i)!;
      toks.push({ t: 'num', v: m[0] });
      i += m[0].length;
      continue;
    }
    if ((ch === 'S' || ch === 'P' || ch === 'p') && (m = at(T_PART, s, i))) {
      toks.push({ t: 'part', v: m[1] as 'A' | 'B' });
      i += m[0].length;
      continue;
    }
    if ((ch === 'R' || ch === 'r' || ch === 'D' || ch === 'd') && (m = at(T_INSTR, s, i))) {
      toks.push({ t: 'instr', kind: m[1].toLowerCase() as InstrumentKind, symbol: m[2] });
      i += m[0].length;
      continue;
    }
    if ((ch === 'A' || ch === 'a') && (m = at(T_ANNEX, s, i))) {
      toks.push({ t: 'annex' });
      i += m[0].length;
      continue;
    }
    if (ch === 'P' && at(T_PP, s, i)) {
      toks.push({ t: 'pp' });
      i += 2;
      continue;
    }
    if (ch === 'a' && at(T_AND, s, i)) {
      toks.push({ t: 'and' });
      i += 3;
      continue;
    }
    if (ch === 'I' || ch === 'V' || ch === 'X' || ch === 'L' || ch === 'C') {
      const run = at(T_ROMAN_RUN, s, i);
      m = at(T_ROMAN, s, i);
      if (m && m[1] !== '' && (!run || run[0].length === m[0].length)) {
        toks.push({ t: 'roman', v: fromRoman(m[1]) ?? 0, s: m[1] });
        i += m[0].length;
        continue;
      }
      // "VIIII", "IIX", "VIV": no numeral; reading one inside them pointed elsewhere in silence.
      if (run) {
        toks.push({ t: 'bad', v: run[0] });
        i += run[0].length;
        continue;
      }
    }
    if (ch === '(' && (m = at(T_PLABEL, s, i))) {
      // "(I)": the OCR slip of the sources for the letter (l) (no list has a capital roman item).
      if (m[1] === 'I') readings?.repairs.push(`${readings.column} prints “(I)”; read as (l)`);
      toks.push({ t: 'plabel', v: m[1] === 'I' ? 'l' : m[1] });
      i += m[0].length;
      continue;
    }
    if (ch === '(' || ch === '[') {
      // A subtopic note, possibly with nested parentheses; or an opening bracket before "resolution".
      if (at(T_OPEN_INSTR, s, i)) {
        toks.push({ t: 'open' });
        i++;
        continue;
      }
      let depth = 0;
      let j = i;
      for (; j < s.length; j++) {
        if (s[j] === '(' || s[j] === '[') depth++;
        else if (s[j] === ')' || s[j] === ']') {
          depth--;
          if (depth === 0) break;
        }
      }
      toks.push({ t: 'note', v: normalizeSpace(s.slice(i + 1, j)) });
      i = j + 1;
      continue;
    }
    if (ch === ')' || ch === ']') {
      toks.push({ t: 'close' });
      i++;
      continue;
    }
    if (code >= 97 && code <= 122 && (m = at(T_LET, s, i))) {
      toks.push({ t: 'let', v: m[0] });
      i += m[0].length;
      continue;
    }
    if (ch === '.') toks.push({ t: 'dot' });
    else if (ch === ',') toks.push({ t: 'comma' });
    else if (ch === ';') toks.push({ t: 'semi' });
    else if (ch === '-' || ch === '–' || ch === '—') toks.push({ t: 'dash' });
    i++;
  }
  return toks;
}

/** Ranges longer than this are not expanded: no instrument has that many items at one level. */
const MAX_RANGE = 300;

/**
 * The labels of a printed range, low to high: "5–8", "(b)–(d)". A range printed high to low
 * ("12–9", "n-g") is read low to high and marked `reversed`; one longer than MAX_RANGE, or with
 * ends of different kinds ("1–(c)"), is not a range that can be expanded.
 */
function expandRange(from: string, to: string): { labels: string[]; reversed: boolean } | { tooLong: boolean } {
  if (/^\d+$/.test(from) && /^\d+$/.test(to)) {
    const a = Math.min(Number(from), Number(to));
    const b = Math.max(Number(from), Number(to));
    if (b - a > MAX_RANGE) return { tooLong: true };
    return { labels: Array.from({ length: b - a + 1 }, (_, k) => String(a + k)), reversed: Number(to) < Number(from) };
  }
  // "i-iii": sub-items numbered in roman (one end longer than a letter says which it is).
  if (/^[ivx]+$/.test(from) && /^[ivx]+$/.test(to) && (from.length > 1 || to.length > 1)) {
    const a = fromRoman(from.toUpperCase());
    const b = fromRoman(to.toUpperCase());
    if (a !== undefined && b !== undefined) {
      const lo = Math.min(a, b);
      const hi = Math.max(a, b);
      if (hi - lo > MAX_RANGE) return { tooLong: true };
      return { labels: Array.from({ length: hi - lo + 1 }, (_, k) => toRoman(lo + k).toLowerCase()), reversed: b < a };
    }
  }
  if (/^[a-z]$/.test(from) && /^[a-z]$/.test(to)) {
    const a = Math.min(from.charCodeAt(0), to.charCodeAt(0));
    const b = Math.max(from.charCodeAt(0), to.charCodeAt(0));
    return { labels: Array.from({ length: b - a + 1 }, (_, k) => String.fromCharCode(a + k)), reversed: to < from };
  }
  return { tooLong: false };
}

/** "(g)" or "12": a label as the columns print it. */
function printedLabel(label: string): string {
  return /^\d+$/.test(label) ? label : `(${label})`;
}

/** The paragraph column: "PP 6 Annex, 1 and 2", "(c) (i)", "5 (b) (extradition)", "Annex II, 1 (g) (…)". */
export function parseParagraphColumn(text: string): { refs: LabelRef[]; notes: string[]; repairs: string[] } {
  const readings: Readings = { column: 'the paragraph column', repairs: [] };
  const r = collectRefs(tokenize(text, readings), undefined, readings, true);
  return { refs: r.refs, notes: r.notes, repairs: readings.repairs };
}

/** Label lists with ranges, nesting ("1 (c)"), annex and PP context, and subtopic notes. */
function collectRefs(
  toks: Tok[],
  initialAnnex: string | undefined,
  readings: Readings,
  bareLetters = false,
): { refs: LabelRef[]; notes: string[]; reversed: { printed: string; readAs: string }[] } {
  const refs: LabelRef[] = [];
  const notes: string[] = [];
  const repairs = readings.repairs;
  const reversed: { printed: string; readAs: string }[] = [];
  let annex: string | undefined = initialAnnex;
  // An annex named with no label after it ("IX, annex IV", "…, (m), annex IV") is the whole annex,
  // which must exist: it was dropped, and the locator passed for the instrument.
  let annexNamed = initialAnnex !== undefined && initialAnnex !== '';
  const wholeAnnex = (): void => {
    if (annexNamed && annex !== undefined) refs.push({ annex, path: [] });
    annexNamed = false;
  };
  let cur: LabelRef | undefined;
  let rangeFrom: LabelRef | undefined;
  const flush = (): void => {
    if (!cur) return;
    annexNamed = false;
    if (rangeFrom) {
      const a = rangeFrom.path[rangeFrom.path.length - 1];
      const b = cur.path[cur.path.length - 1];
      const prefix = rangeFrom.path.slice(0, -1);
      const span = expandRange(a, b);
      const printed = `${printedLabel(a)}–${printedLabel(b)}`;
      if ('labels' in span) {
        for (const x of span.labels) refs.push({ annex: rangeFrom.annex, path: [...prefix, x], bare: rangeFrom.bare });
        if (span.reversed) {
          const readAs = `${printedLabel(b)} to ${printedLabel(a)}`;
          reversed.push({ printed, readAs });
          repairs.push(`${readings.column} prints a reversed range ${printed} (high to low); read as ${readAs}`);
        }
      } else {
        refs.push(rangeFrom, cur);
        const why = span.tooLong ? `is longer than any list of paragraphs (${MAX_RANGE} items)` : 'has ends of different kinds';
        repairs.push(`${readings.column} prints the range ${printed}, which ${why}; read as its two ends, ${printedLabel(a)} and ${printedLabel(b)}`);
      }
      rangeFrom = undefined;
    } else refs.push(cur);
    cur = undefined;
  };
  for (let k = 0; k < toks.length; k++) {
    const tk = toks[k];
    switch (tk.t) {
      case 'annex': {
        flush();
        wholeAnnex();
        const nx = toks[k + 1];
        if (nx && nx.t === 'roman') {
          annex = nx.s;
          annexNamed = true;
          k++;
        } else annex = '';
        break;
      }
      case 'pp': {
        flush();
        const nx = toks[k + 1];
        if (nx && nx.t === 'num') {
          cur = { pp: Number(nx.v), path: [] };
          annex = undefined;
          annexNamed = false;
          k++;
        }
        break;
      }
      case 'num':
        if (!rangeFrom) flush();
        cur = { annex, path: [tk.v] };
        break;
      case 'plabel':
        if (cur && cur.pp === undefined && (toks[k - 1]?.t === 'plabel' || toks[k - 1]?.t === 'num')) {
          cur.path.push(tk.v);
        } else {
          if (!rangeFrom) flush();
          cur = { annex, path: [tk.v], bare: true };
        }
        break;
      case 'dash':
        if (cur) {
          rangeFrom = cur;
          cur = undefined;
        }
        break;
      case 'note':
        notes.push(tk.v);
        break;
      case 'let': {
        // "(b), (f), (k), (n) and o": a letter closing a list of labels, printed without its
        // parentheses, is read as the label (o) and said so.
        const link = toks[k - 1]?.t;
        if (bareLetters && /^[a-z]$/.test(tk.v) && (link === 'and' || link === 'comma') && toks[k - 2]?.t === 'plabel') {
          flush();
          cur = { annex, path: [tk.v], bare: true };
          repairs.push(`the paragraph column prints “${tk.v}” without parentheses; read as (${tk.v})`);
          break;
        }
        if (cur) flush();
        break;
      }
      default:
        if (cur) flush();
        break;
    }
  }
  flush();
  wholeAnnex();
  return { refs, notes, reversed };
}

/**
 * The compendium locator: "Part A III.3.c , III.3.d", "VII.PP.6 VII, annex, 1 and 2", "See part
 * B.VIII (resolution 8/1, annex II, 1 (e))". Where the print is read other than as printed
 * ("IV.I" as IV.l, a range printed high to low), `repairs` gets a message saying how.
 */
/** A token as a reader would have printed it, for messages about what was not read. */
function printedToken(tk: Tok): string {
  switch (tk.t) {
    case 'num':
    case 'let':
    case 'note':
    case 'bad':
      return tk.v;
    case 'plabel':
      return `(${tk.v})`;
    case 'roman':
      return tk.s;
    case 'instr':
      return `${tk.kind} ${tk.symbol}`;
    case 'part':
      return `part ${tk.v}`;
    case 'annex':
      return 'annex';
    case 'pp':
      return 'PP';
    case 'open':
      return '(';
    case 'close':
      return ')';
    case 'dot':
      return '.';
    case 'comma':
      return ',';
    case 'and':
      return 'and';
    case 'dash':
      return '-';
    case 'semi':
      return ';';
  }
}

/**
 * `skipped`, when given, receives each token the reader passed over without reading it ("to n"
 * in "IV.g to n", "(ii)" after "III.3.c", "99 (z)" after "III,"): the index's rows carry notes a
 * reader may pass over, a draft's locator must not (its verdict would claim what was not read).
 */
export function parseLocator(text: string, defaultPart: 'A' | 'B', repairs: string[] = [], skipped?: string[]): LocatorTarget[] {
  const readings: Readings = { column: 'the locator', repairs };
  const toks = tokenize(text, readings);
  const out: LocatorTarget[] = [];
  let part: 'A' | 'B' = defaultPart;
  let k = 0;
  const peek = (o = 0): Tok | undefined => toks[k + o];
  const labelsOf = (target: LocatorTarget, labels: Tok[], annex: string | undefined): void => {
    const r = collectRefs(labels, annex, readings);
    for (const ref of r.refs) target.refs.push(ref);
    if (r.reversed.length > 0) target.reversed = { printed: r.reversed.map((x) => x.printed).join(', '), readAs: r.reversed.map((x) => x.readAs).join(', ') };
  };
  while (k < toks.length) {
    const tk = toks[k];
    if (tk.t === 'part') {
      part = tk.v;
      k++;
      if (peek()?.t === 'dot') k++;
      continue;
    }
    if (tk.t !== 'roman') {
      if (skipped && tk.t !== 'comma' && tk.t !== 'and' && tk.t !== 'semi') skipped.push(printedToken(tk));
      k++;
      continue;
    }
    const target: LocatorTarget = { part, roman: tk.v, refs: [] };
    out.push(target);
    k++;
    const nx = peek();
    if (nx?.t === 'dot') {
      // Dotted path: VII.PP.6, III.3.c, IV.n-g, II.3.b–d, VIII.5–9
      k++;
      if (peek()?.t === 'pp') {
        k++;
        if (peek()?.t === 'dot') k++;
        const n = peek();
        if (n?.t === 'num') {
          k++;
          const next = peek(1);
          if (peek()?.t === 'dash' && next?.t === 'num') {
            const from = Number(n.v);
            const to = Number(next.v);
            const printed = `${tk.s}.PP.${n.v}-${next.v}`;
            if (Math.abs(to - from) > MAX_RANGE) target.tooLong = `PP.${n.v}-${next.v}`;
            else {
              for (let p = Math.min(from, to); p <= Math.max(from, to); p++) target.refs.push({ pp: p, path: [] });
              if (to < from) {
                target.reversed = { printed, readAs: `${tk.s}.PP.${to} to ${tk.s}.PP.${from}` };
                repairs.push(`the locator prints a reversed range ${printed} (high to low); read as ${target.reversed.readAs}`);
              }
            }
            k += 2;
          } else target.refs.push({ pp: Number(n.v), path: [] });
        }
        continue;
      }
      const path: string[] = [];
      const printedPath: string[] = [];
      while (peek()?.t === 'num' || peek()?.t === 'let' || (peek()?.t === 'roman' && (path.length > 0 || (peek() as { s: string }).s === 'I'))) {
        const p = peek()!;
        if (p.t === 'roman') {
          // An upper-case "I" where a letter belongs is the OCR slip for "l" ("IV.I"); a capital
          // numeral after a letter is the sub-item in lower case ("IV.c.II" is IV.c.ii).
          const read = p.s === 'I' && path.length === 0 ? 'l' : p.s.toLowerCase();
          repairs.push(`the locator prints “${[tk.s, ...printedPath, p.s].join('.')}”; read as ${[tk.s, ...path, read].join('.')}`);
          path.push(read);
          printedPath.push(p.s);
        } else {
          path.push((p as { v: string }).v);
          printedPath.push((p as { v: string }).v);
        }
        k++;
        if (peek()?.t === 'dot' && (peek(1)?.t === 'num' || peek(1)?.t === 'let' || peek(1)?.t === 'roman')) k++;
        else break;
      }
      if (peek()?.t === 'dash' && (peek(1)?.t === 'num' || peek(1)?.t === 'let')) {
        const to = (peek(1) as { v: string }).v;
        const from = path[path.length - 1];
        const span = expandRange(from, to);
        const prefix = [tk.s, ...path.slice(0, -1)].join('.');
        if ('labels' in span) {
          for (const x of span.labels) target.refs.push({ path: [...path.slice(0, -1), x] });
          if (span.reversed) {
            target.reversed = { printed: `${prefix}.${from}-${to}`, readAs: `${prefix}.${to} to ${prefix}.${from}` };
            repairs.push(`the locator prints a reversed range ${target.reversed.printed} (high to low); read as ${target.reversed.readAs}`);
          }
        } else if (span.tooLong) target.tooLong = `${from}-${to}`;
        else target.mixedRange = `${from}-${to}`;
        k += 2;
      } else if (path.length > 0) target.refs.push({ path });
      // "III.3.c and d", "IV.c, d and f", "VII.26, 27 and 28": siblings of the last item, at its
      // depth and of its kind (a letter after a letter, a number after a number).
      for (;;) {
        const lastLabel = path[path.length - 1];
        const sib = peek(1);
        const kindMatches = lastLabel !== undefined && ((/^[a-z]+$/.test(lastLabel) && sib?.t === 'let') || (/^\d+$/.test(lastLabel) && sib?.t === 'num'));
        if (!kindMatches || !(peek()?.t === 'and' || peek()?.t === 'comma') || peek(2)?.t === 'dot' || peek(2)?.t === 'dash') break;
        target.refs.push({ path: [...path.slice(0, -1), (sib as { v: string }).v] });
        k += 2;
      }
      continue;
    }
    if (nx?.t === 'comma' && peek(1)?.t === 'annex') {
      k += 2;
      let annexKey = '';
      if (peek()?.t === 'roman') {
        annexKey = (peek() as { s: string }).s;
        k++;
      }
      // Labels until the next session numeral that starts a new locator.
      const start = k;
      while (k < toks.length && !(toks[k].t === 'roman' && (toks[k + 1]?.t === 'dot' || toks[k + 1]?.t === 'comma')) && toks[k].t !== 'part') k++;
      labelsOf(target, toks.slice(start, k), annexKey);
      continue;
    }
    if (nx?.t === 'open' || (nx?.t === 'instr')) {
      if (nx.t === 'open') k++;
      const it = peek();
      if (it?.t === 'instr') {
        target.instrument = { kind: it.kind, symbol: it.symbol };
        k++;
        const start = k;
        while (k < toks.length && toks[k].t !== 'close') k++;
        const inner = toks.slice(start, k);
        let annexKey: string | undefined;
        let j = 0;
        while (j < inner.length && inner[j].t === 'comma') j++;
        if (inner[j]?.t === 'annex') {
          annexKey = inner[j + 1]?.t === 'roman' ? (inner[j + 1] as { s: string }).s : '';
          j += annexKey ? 2 : 1;
        }
        labelsOf(target, inner.slice(j), annexKey);
        k++;
      }
      continue;
    }
    // A bare numeral ("See part A.VII", "See part A, VII and VIII") stands for the whole meeting.
  }
  return out;
}
