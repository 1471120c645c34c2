// Reads the thematic index tables: topics (with "(continued)" rows merged), their entries,
// the paragraph column with its subtopic notes, and the compendium locator, both tokenised
// into label paths the index can resolve. Resolution against the model happens in the index.

import { cleanInline, fromRoman, normalizeSpace } from './text';
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
  /** A reversed range such as "IV.n-g". */
  reversed?: string;
  /** A range longer than any list of paragraphs ("VIII.1-99999"). */
  tooLong?: string;
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

const CONTINUED_RE = /\s*\(continued\)\s*/gi;

function cell(raw: string | undefined): string {
  const c = cleanInline(raw ?? '');
  return c.includes('continued') ? normalizeSpace(c.replace(CONTINUED_RE, ' ')) : c;
}

export function parseThematicIndex(rows: IndexRow[], group: GroupKey): RawTopic[] {
  const topics: RawTopic[] = [];
  const byName = new Map<string, RawTopic>();
  let current: RawTopic | undefined;
  for (const row of rows) {
    const [c0, c1, c2, c3, c4] = row.cells;
    let topicName = cell(c0);
    let symbol = cell(c1);
    if (/^Notes?:/.test(topicName)) continue;
    const repairs: string[] = [];
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
    if (!current) continue;
    const rowTopic = current;
    const skip = (): void => {
      for (const message of repairs) rowTopic.repairs.push({ message, source: row.source });
    };
    const instruments = [...cell(c2).matchAll(/\b(Resolution|Decision)\s+(\d{1,2}\/\d{1,4})/gi)].map((m) => ({
      kind: m[1].toLowerCase() as InstrumentKind,
      symbol: m[2],
    }));
    const paragraphsRaw = cell(c3);
    const locator = cell(c4);
    if ((!symbol && !paragraphsRaw && instruments.length === 0 && /^Part [AB]$/.test(locator)) || (!symbol && !paragraphsRaw && !locator)) {
      skip();
      continue;
    }
    const { refs, notes } = parseParagraphColumn(paragraphsRaw);
    const readSymbol = symbol.replace(/\s*[-–]\s*/g, '–').replace(/^(CTOC\/COP\/WG)\.(\d)\.(\d{4})/, '$1.$2/$3');
    if (/^(CTOC\/COP\/WG)\.(\d)\.(\d{4})/.test(symbol)) repairs.push(`document symbol “${symbol}” is printed with a dot for a slash; read as “${readSymbol}”`);
    // The tokenizer reads "(I)" as the letter (l) and "IV.I" as IV.l: the OCR slip of the sources.
    for (const m of paragraphsRaw.matchAll(/\(I\)/g)) repairs.push(`the paragraph column prints “${m[0]}”; read as (l)`);
    for (const m of locator.matchAll(/\b([IVX]+)\.I\b(?![IVX])/g)) repairs.push(`the locator prints “${m[0]}”; read as ${m[1]}.l`);
    current.entries.push({
      topic: current.name,
      symbol: readSymbol,
      instruments,
      paragraphs: paragraphsRaw,
      notes,
      paragraphRefs: refs,
      locator,
      targets: parseLocator(locator, instruments.length > 0 ? 'B' : 'A'),
      source: row.source,
      repairs,
    });
  }
  return topics;
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
  | { t: 'semi' };


const T_PART = /(?:See\s+)?[Pp]art\s+([AB])\b\s*:?/y;
const T_INSTR = /(resolution|decision)s?\s+(\d{1,2}\/\d{1,4})/iy;
const T_ANNEX = /annex(?:es)?\b/iy;
const T_PP = /PP\b/y;
const T_AND = /and\b/y;
const T_ROMAN = /(XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\b/y;
const T_NUM = /\d+/y;
const T_PLABEL = /\(([a-z]{1,2}|[ivx]{1,5}|I)\)/y;
const T_OPEN_INSTR = /[([]\s*(?:resolution|decision)\b/iy;
const T_LET = /[a-z]{1,4}\b/y;

function at(re: RegExp, s: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(s);
}

// Sticky regular expressions read each token in place: no slicing of the rest of the cell.
function tokenize(s: string): Tok[] {
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
    if ((ch === 'I' || ch === 'V' || ch === 'X') && (m = at(T_ROMAN, s, i))) {
      toks.push({ t: 'roman', v: fromRoman(m[1]) ?? 0, s: m[1] });
      i += m[0].length;
      continue;
    }
    if (ch === '(' && (m = at(T_PLABEL, s, i))) {
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

function expandRange(from: string, to: string): string[] | undefined {
  if (/^\d+$/.test(from) && /^\d+$/.test(to)) {
    const a = Number(from);
    const b = Number(to);
    if (b < a || b - a > MAX_RANGE) return undefined;
    return Array.from({ length: b - a + 1 }, (_, k) => String(a + k));
  }
  if (/^[a-z]$/.test(from) && /^[a-z]$/.test(to)) {
    const a = from.charCodeAt(0);
    const b = to.charCodeAt(0);
    if (b < a) return undefined;
    return Array.from({ length: b - a + 1 }, (_, k) => String.fromCharCode(a + k));
  }
  return undefined;
}

/** The paragraph column: "PP 6 Annex, 1 and 2", "(c) (i)", "5 (b) (extradition)", "Annex II, 1 (g) (…)". */
export function parseParagraphColumn(text: string): { refs: LabelRef[]; notes: string[] } {
  return collectRefs(tokenize(text), undefined);
}

/** Label lists with ranges, nesting ("1 (c)"), annex and PP context, and subtopic notes. */
function collectRefs(toks: Tok[], initialAnnex: string | undefined): { refs: LabelRef[]; notes: string[] } {
  const refs: LabelRef[] = [];
  const notes: string[] = [];
  let annex: string | undefined = initialAnnex;
  let cur: LabelRef | undefined;
  let rangeFrom: LabelRef | undefined;
  const flush = (): void => {
    if (!cur) return;
    if (rangeFrom) {
      const a = rangeFrom.path[rangeFrom.path.length - 1];
      const b = cur.path[cur.path.length - 1];
      const prefix = rangeFrom.path.slice(0, -1);
      const span = expandRange(a, b);
      if (span) for (const x of span) refs.push({ annex: rangeFrom.annex, path: [...prefix, x], bare: rangeFrom.bare });
      else refs.push(rangeFrom, cur);
      rangeFrom = undefined;
    } else refs.push(cur);
    cur = undefined;
  };
  for (let k = 0; k < toks.length; k++) {
    const tk = toks[k];
    switch (tk.t) {
      case 'annex': {
        flush();
        const nx = toks[k + 1];
        if (nx && nx.t === 'roman') {
          annex = nx.s;
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
      default:
        if (cur) flush();
        break;
    }
  }
  flush();
  return { refs, notes };
}

/** The compendium locator: "Part A III.3.c , III.3.d", "VII.PP.6 VII, annex, 1 and 2", "See part B.VIII (resolution 8/1, annex II, 1 (e))". */
export function parseLocator(text: string, defaultPart: 'A' | 'B'): LocatorTarget[] {
  const toks = tokenize(text);
  const out: LocatorTarget[] = [];
  let part: 'A' | 'B' = defaultPart;
  let k = 0;
  const peek = (o = 0): Tok | undefined => toks[k + o];
  while (k < toks.length) {
    const tk = toks[k];
    if (tk.t === 'part') {
      part = tk.v;
      k++;
      if (peek()?.t === 'dot') k++;
      continue;
    }
    if (tk.t !== 'roman') {
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
          if (peek()?.t === 'dash' && peek(1)?.t === 'num') {
            const to = Math.min(Number((peek(1) as { v: string }).v), Number(n.v) + MAX_RANGE);
            for (let p = Number(n.v); p <= to; p++) target.refs.push({ pp: p, path: [] });
            k += 2;
          } else target.refs.push({ pp: Number(n.v), path: [] });
        }
        continue;
      }
      const path: string[] = [];
      while (peek()?.t === 'num' || peek()?.t === 'let' || (peek()?.t === 'roman' && (path.length > 0 || (peek() as { s: string }).s === 'I'))) {
        const p = peek()!;
        // An upper-case "I" where a letter belongs is the OCR slip for "l" ("IV.I").
        path.push(p.t === 'roman' ? (p.s === 'I' && path.length === 0 ? 'l' : p.s.toLowerCase()) : (p as { v: string }).v);
        k++;
        if (peek()?.t === 'dot' && (peek(1)?.t === 'num' || peek(1)?.t === 'let' || peek(1)?.t === 'roman')) k++;
        else break;
      }
      if (peek()?.t === 'dash' && (peek(1)?.t === 'num' || peek(1)?.t === 'let')) {
        const to = (peek(1) as { v: string }).v;
        const from = path[path.length - 1];
        const span = expandRange(from, to);
        if (span) for (const x of span) target.refs.push({ path: [...path.slice(0, -1), x] });
        else if (/^\d+$/.test(from) && /^\d+$/.test(to) && Number(to) > Number(from)) target.tooLong = `${from}-${to}`;
        else target.reversed = `${from}-${to}`;
        k += 2;
      } else if (path.length > 0) target.refs.push({ path });
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
      const labelText = toks.slice(start, k);
      const { refs } = refsFromTokens(labelText, annexKey);
      for (const r of refs) target.refs.push(r);
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
        for (const r of refsFromTokens(inner.slice(j), annexKey).refs) target.refs.push(r);
        k++;
      }
      continue;
    }
    // A bare numeral ("See part A.VII", "See part A, VII and VIII") stands for the whole meeting.
  }
  return out;
}

function refsFromTokens(toks: Tok[], annex: string | undefined): { refs: LabelRef[] } {
  return { refs: collectRefs(toks, annex).refs };
}
