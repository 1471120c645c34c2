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

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

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
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) out.push({ term: stem(m[0]), start: m.index, end: m.index + m[0].length });
  return out;
}

/** The terms of `text` in order (wordsOf without the offsets). */
export function termsOf(text: string): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) out.push(stem(m[0]));
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
