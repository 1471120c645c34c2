// Words of a paragraph as the similarity measure sees them: lower-cased, typographic variants
// folded (curly quotes, dashes, NBSP), plural and a few inflections stripped so that "State
// party" and "States parties" share their terms, and word pairs (bigrams) beside single words:
// a rare pair of words in the same order is strong evidence that a paragraph was copied.

/** A term and where its word sits in the text it came from (UTF-16 offsets). */
export interface WordAt {
  term: string;
  start: number;
  end: number;
}

/** A word: what this pattern matches (the specification; `eachWord` reads the same words faster). */
export const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;
/** Of each code point beyond ASCII seen: 1 a letter, 2 a number, 0 neither. */
const classes = new Map<number, number>();

/** 1 for a letter, 2 for a number (Unicode's categories L and N), 0 for anything else. */
function classOf(c: number): number {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : c >= 48 && c <= 57 ? 2 : 0;
  let k = classes.get(c);
  if (k === undefined) {
    const ch = String.fromCodePoint(c);
    k = LETTER.test(ch) ? 1 : NUMBER.test(ch) ? 2 : 0;
    if (classes.size < 65536) classes.set(c, k);
  }
  return k;
}

/**
 * Calls `fn` with the start and end of each word of `text`, in order: the matches of WORD, read
 * by code point (the pattern's Unicode classes made the corpus's words a fifth of building the
 * similarity index).
 */
function eachWord(text: string, fn: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.codePointAt(i)!;
    if (classOf(c) === 0) {
      i += c > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    // Letters and numbers, then any number of an apostrophe and letters ("State’s", "d'Ivoire").
    while (i < n && classOf((c = text.codePointAt(i)!)) !== 0) i += c > 0xffff ? 2 : 1;
    for (;;) {
      const a = text.charCodeAt(i);
      if ((a !== 39 && a !== 0x2019) || i + 1 >= n) break;
      let j = i + 1;
      while (j < n && classOf((c = text.codePointAt(j)!)) === 1) j += c > 0xffff ? 2 : 1;
      if (j === i + 1) break;
      i = j;
    }
    fn(start, i);
  }
}

/** Stems of the words seen (a dataset has a few thousand distinct words among tens of thousands). */
const stems = new Map<string, string>();

/** Folds a word to its stem: enough to make inflected forms meet, not a full stemmer. */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    if (stems.size >= 100000) stems.clear();
    stems.set(word, (s = stemOf(word)));
  }
  return s;
}

function stemOf(word: string): string {
  let w = word.toLowerCase();
  // Accents folded only where there are any: normalising every word costs more than the rest.
  if (/[^\x00-\x7f]/.test(w)) w = w.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  if (w.includes("'") || w.includes('’')) w = w.replace(/['’]s$/, '').replace(/['’]/g, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  return w;
}

/** The words of `text` with their offsets, in order. */
export function wordsOf(text: string): WordAt[] {
  const out: WordAt[] = [];
  eachWord(text, (start, end) => out.push({ term: stem(text.slice(start, end)), start, end }));
  return out;
}

/** The terms of `text` in order (wordsOf without the offsets). */
export function termsOf(text: string): string[] {
  const out: string[] = [];
  eachWord(text, (start, end) => out.push(stem(text.slice(start, end))));
  return out;
}

/** Single-word terms and ordered word pairs ("a b") of a text, each once. */
export function featuresOf(text: string): Set<string> {
  return featuresOfTerms(wordsOf(text).map((w) => w.term));
}

export function featuresOfTerms(terms: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < terms.length; i++) {
    out.add(terms[i]);
    if (i > 0) out.add(`${terms[i - 1]} ${terms[i]}`);
  }
  return out;
}
