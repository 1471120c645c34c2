// Text helpers shared by the source parser and the reference grammar.
// Everything here is pure and allocation-light: it runs on every line of every source.

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

export function isSuperscriptDigit(ch: string): boolean {
  return SUPERSCRIPT_DIGITS.includes(ch);
}

const NEEDS_CLEANING = /[<[*#⁰¹²³⁴⁵⁶⁷⁸⁹\u00a0\u2007\u202f\t]| {2}/;
// Runs of blanks other than a single space: a single space needs no replacement, and matching
// every one of them made this the slowest step of indexing.
const BLANK_RUN = /(?: (?=[ \u00a0\u2007\u202f\t])|[\u00a0\u2007\u202f\t])[ \u00a0\u2007\u202f\t]*/g;

/**
 * Removes conversion noise from one line of a source: footnote markers (`Crime¹`,
 * `<sup>4</sup>`), Markdown emphasis and heading marks, `[55/25](#)` link wrappers and stray
 * HTML tags. Positions are not kept: callers keep the raw line for source locations.
 */
export function cleanInline(raw: string): string {
  // Most lines carry no markup at all: skip the replacements for them.
  if (!NEEDS_CLEANING.test(raw)) return raw.trim();
  let s = raw;
  if (s.includes('<')) {
    s = s.replace(/<sup>\s*\d+\s*<\/sup>/g, '');
    s = s.replace(/<\/?(?:u|i|p|b|em|strong|sup|sub|br)\s*\/?>/gi, ' ');
  }
  s = s.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, '');
  if (s.includes('](')) s = s.replace(/\[([^\]]*)\]\(#\)/g, '$1');
  if (s.charCodeAt(0) === 35) s = s.replace(/^#{1,6}\s+/, '');
  if (s.includes('*')) s = s.replace(/\*+/g, '');
  s = s.replace(BLANK_RUN, ' ');
  return s.trim();
}

// Whitespace runs other than one plain space (which would be replaced by itself).
const SPACE_RUN = /(?: (?=\s)|[^\S ])\s*/g;

/** Collapses whitespace for comparisons and for served text. */
export function normalizeSpace(s: string): string {
  return s.replace(SPACE_RUN, ' ').trim();
}

const ROMAN_VALUES: ReadonlyArray<[string, number]> = [
  ['M', 1000], ['CM', 900], ['D', 500], ['CD', 400], ['C', 100], ['XC', 90],
  ['L', 50], ['XL', 40], ['X', 10], ['IX', 9], ['V', 5], ['IV', 4], ['I', 1],
];

export function toRoman(n: number): string {
  let out = '';
  let rest = n;
  for (const [sym, val] of ROMAN_VALUES) {
    while (rest >= val) {
      out += sym;
      rest -= val;
    }
  }
  return out;
}

export function fromRoman(s: string): number | undefined {
  const up = s.toUpperCase();
  if (!/^[IVXLCDM]+$/.test(up)) return undefined;
  let total = 0;
  let i = 0;
  for (const [sym, val] of ROMAN_VALUES) {
    while (up.startsWith(sym, i)) {
      total += val;
      i += sym.length;
    }
  }
  if (i !== up.length || toRoman(total) !== up) return undefined;
  return total;
}

const ORDINALS = [
  'zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth',
  'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth',
  'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
];

/** "Oct", "Oct.", "Sept": the abbreviations of months drafters write, as a pattern. */
const ABBREVIATED_MONTHS = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
export const MONTH_ABBREVIATION = String.raw`(?:${ABBREVIATED_MONTHS})\.?`;
const MONTH_ABBREVIATION_RE = new RegExp(String.raw`\b(${ABBREVIATED_MONTHS})\.?(?![A-Za-z])`, 'g');

/** `text` with its abbreviated months written out ("15–19 Oct. 2018" → "15–19 October 2018"), to be parsed as dates. */
export function fullMonthNames(text: string): string {
  return text.replace(MONTH_ABBREVIATION_RE, (_, a: string) => MONTHS.find((m) => m.startsWith(a.slice(0, 3)))!);
}

/** "st", "nd", "rd" or "th" after a number written in figures ("21st", "112th"). */
export function ordinalSuffix(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  return teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
}

/** "seventh"; past "twentieth" the numeric form with its English suffix ("21st", "112th"). */
export function ordinalWord(n: number): string {
  const word = ORDINALS[n];
  if (word !== undefined) return word;
  return `${n}${ordinalSuffix(n)}`;
}

export function fromOrdinalWord(word: string): number | undefined {
  const i = ORDINALS.indexOf(word.toLowerCase());
  return i > 0 ? i : undefined;
}

const ROMAN_LOWER_LABELS = new Set(
  Array.from({ length: 30 }, (_, i) => toRoman(i + 1).toLowerCase()),
);

export function isRomanLabel(label: string): boolean {
  return ROMAN_LOWER_LABELS.has(label);
}

export function romanLabelValue(label: string): number | undefined {
  return isRomanLabel(label) ? fromRoman(label) : undefined;
}

/** Letter sequence a, b, …, z, aa, bb … as resolutions letter their paragraphs. */
export function letterIndex(label: string): number | undefined {
  if (/^[a-z]$/.test(label)) return label.charCodeAt(0) - 96;
  if (/^([a-z])\1$/.test(label)) return 26 + label.charCodeAt(0) - 96;
  return undefined;
}

export function letterAt(index: number): string {
  if (index >= 1 && index <= 26) return String.fromCharCode(96 + index);
  if (index > 26 && index <= 52) return String.fromCharCode(96 + index - 26).repeat(2);
  return '?';
}

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December',
];

/** "21 October 2016" → "2016-10-21"; undefined when the text is not such a date. */
export function parseDayMonthYear(text: string): string | undefined {
  const m = /^(\d{1,2})\s+([A-Z][a-z]+)\s+(\d{4})$/.exec(normalizeSpace(text));
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[2]);
  const day = Number(m[1]);
  if (month < 0 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(Number(m[3]), month + 1, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return `${m[3]}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

export interface DateSpan {
  text: string;
  start?: string;
  end?: string;
}

/**
 * Parses the date spans the compendia print for sessions and meetings:
 * "17 to 21 October 2016", "28 June to 9 July 2004", "15, 16 and 18 October 2012",
 * "8 and 9 October 2014", "16 October 2018", "15–19 October 2018".
 */
export function parseDateSpan(text: string): DateSpan {
  const t = normalizeSpace(text).replace(/[–—]/g, ' to ').replace(/\s+/g, ' ');
  const single = parseDayMonthYear(t);
  if (single) return { text: normalizeSpace(text), start: single, end: single };
  const m = /^(\d{1,2})(?:\s+([A-Z][a-z]+))?((?:,?\s*\d{1,2})*)\s*(?:to|and|,)\s*(\d{1,2})\s+([A-Z][a-z]+)\s+(\d{4})$/.exec(t);
  if (!m) return { text: normalizeSpace(text) };
  const year = m[6];
  const startMonth = m[2] ?? m[5];
  return {
    text: normalizeSpace(text),
    start: parseDayMonthYear(`${m[1]} ${startMonth} ${year}`),
    end: parseDayMonthYear(`${m[4]} ${m[5]} ${year}`),
  };
}

/** Days joined by "and" (and commas) before their month: "17 and 21", "17, 18 and 19". */
const LISTED_DAYS = /^\d{1,2}(?:\s*,\s*\d{1,2})*,?\s+and\s+\d{1,2}(?=\s+[A-Z])/;

/** The days of dates written as a list of days ("15, 16 and 18 October 2012": 15, 16, 18); undefined for a range or one day. */
export function listedDaysOf(dates: string): number[] | undefined {
  const m = LISTED_DAYS.exec(dates.trim());
  return m ? m[0].split(/,|\band\b/).map((d) => Number(d.trim())) : undefined;
}

/** Cuts a text at a word boundary near `max` characters, with a visible marker. */
export function truncateWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  const end = cut > max * 0.5 ? cut : max;
  return `${text.slice(0, end).replace(/[\s,;:]+$/, '')} …`;
}

/** Words for similarity comparisons: lower-cased, no punctuation. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[“”"‘’']/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/**
 * The first "\n" or "\r" at or after `from`, or -1. Two native searches for one character each:
 * a quarter of the time of `search(/[\r\n]/)`, which every block of every draft pays.
 */
export function lineBreakAt(text: string, from = 0): number {
  const n = text.indexOf('\n', from);
  const r = text.indexOf('\r', from);
  return n < 0 ? r : r < 0 || n < r ? n : r;
}

/** Whether `text` holds a line terminator as a multiline regular expression's `^` sees one ("\n", "\r", U+2028, U+2029). */
export function holdsLineTerminator(text: string): boolean {
  return text.includes('\n') || text.includes('\r') || text.includes('\u2028') || text.includes('\u2029');
}

/**
 * Spaces other than the plain one, the no-break space, the tab and the line breaks ("n°\u202f3/2", a
 * thin space): one character each. Also U+0085 (NEL), which text converted from old mainframe or
 * Windows-1252 files holds where a space or a line break was ("resolution 8/1,⟨NEL⟩annex IX": the annex
 * was dropped, and ok; between the kind word and the number the citation was not seen; found by a probe).
 */
const SPACE_VARIANT = /[\u0085\u1680\u2000-\u200a\u202f\u205f\u3000]/;
const SPACE_VARIANTS = new RegExp(SPACE_VARIANT.source, 'g');

/**
 * `text` with each space of another width (narrow no-break, thin, figure, ideographic) as a plain
 * space, same length: the tokenizer reads them as spaces, and the rules that read the text
 * between tokens must too (a narrow no-break space after "n°" or inside "Decison 3/2" hid the
 * finding). The no-break space and the tab are kept: the rules read them as they are.
 */
export function withPlainSpaces(text: string): string {
  // A byte order mark the editor left at the start ("\ufeffIn 2016, the Conference adopted …"):
  // no word's, so a space (the rules that read a sentence's start did not see one there).
  const t = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  return SPACE_VARIANT.test(t) ? t.replace(SPACE_VARIANTS, ' ') : t;
}
