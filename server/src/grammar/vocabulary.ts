// The words of the reference grammar that more than one module reads: the parser's rules and
// the rule that decides which locator material next to a reference was not read (unread.ts).

export const PARA_WORDS = new Set(['paragraph', 'paragraphs', 'subparagraph', 'subparagraphs', 'para', 'paras', 'operative', 'sub-paragraph', 'sub-paragraphs']);
export const RECOMMENDATION_WORDS = new Set(['recommendation', 'recommendations']);
/** Ordinals 1–19 as words; 20–99 are a tens word, a hyphen or space, and one of the first nine. */
export const UNIT_ORDINALS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth',
  'eighteenth', 'nineteenth',
];
export const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
export const TENS_ORDINALS = ['twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];
/** "25th", "1st", "2nd", "3rd": the suffix after the number, as its own word token. */
export const ORDINAL_SUFFIXES = ['st', 'nd', 'rd', 'th'];
/** Annex numbers as printed (I–XII: no instrument has more annexes). */
export const ROMAN_RAW = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/;

/** The value of one ordinal word: "sixth" 6, "twentieth" 20, "twenty-fifth" 25 (1–99). */
export function ordinalWordValue(w: string | undefined): number | undefined {
  if (w === undefined) return undefined;
  const unit = UNIT_ORDINALS.indexOf(w);
  if (unit >= 0) return unit + 1;
  const tens = TENS_ORDINALS.indexOf(w);
  if (tens >= 0) return (tens + 2) * 10;
  const dash = w.indexOf('-');
  if (dash < 0) return undefined;
  const t = TENS.indexOf(w.slice(0, dash));
  const u = UNIT_ORDINALS.indexOf(w.slice(dash + 1));
  return t >= 0 && u >= 0 && u < 9 ? (t + 2) * 10 + u + 1 : undefined;
}

