// The words of the reference grammar that more than one module reads: the parser's rules and
// the rule that decides which locator material next to a reference was not read (unread.ts).

import { wordShapes } from './tokens';
import { MONTHS } from '../model/text';

/** The months' names in lower case, as tokens' values are. */
export const MONTH_WORDS: ReadonlySet<string> = new Set(MONTHS.map((m) => m.toLowerCase()));

// "OP 3", "op. 3": an operative paragraph, as negotiation drafts number them beside "PP 4".
export const PARA_WORDS = new Set(['paragraph', 'paragraphs', 'subparagraph', 'subparagraphs', 'para', 'paras', 'operative', 'sub-paragraph', 'sub-paragraphs', 'op']);
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

/** Ordinal words by value: "sixth" 6, "twentieth" 20, "twenty-fifth" 25 (1–99). */
const ORDINAL_VALUE = new Map<string, number>();
UNIT_ORDINALS.forEach((w, u) => ORDINAL_VALUE.set(w, u + 1));
TENS_ORDINALS.forEach((w, t) => ORDINAL_VALUE.set(w, (t + 2) * 10));
TENS.forEach((tw, t) => UNIT_ORDINALS.slice(0, 9).forEach((uw, u) => ORDINAL_VALUE.set(`${tw}-${uw}`, (t + 2) * 10 + u + 1)));

/** Length and first letter of the words that can open an ordinal (the ordinal words and the tens), for `Tokens.hasShape`. */
export const ORDINAL_SHAPES = wordShapes([...ORDINAL_VALUE.keys(), ...TENS]);

/** The value of one ordinal word: "sixth" 6, "twentieth" 20, "twenty-fifth" 25 (1–99). */
export function ordinalWordValue(w: string | undefined): number | undefined {
  return w === undefined ? undefined : ORDINAL_VALUE.get(w);
}

/** ", ", " and ", ", and also ", " as well as " between two citations of a series, each under its own kind word. */
export const JOINED_IN_SERIES = /^[ \u00a0*_]*(?:,|,?[ \u00a0*_]*(?:and(?:[ \u00a0]+also)?|as[ \u00a0]+well[ \u00a0]+as))[ \u00a0*_]*$/i;

/**
 * Capitalised words a session or an instrument is said to be "in" or "at" that name no place
 * ("in English", "in Plenary", "(Resumed)", "at its Headquarters"): never read as a venue.
 */
export const NOT_PLACES: ReadonlySet<string> = new Set([
  'cop', 'conference', 'its', 'the', 'this', 'session', 'meeting', 'vienna-based', 'headquarters',
  'arabic', 'chinese', 'english', 'french', 'russian', 'spanish', 'plenary', 'committee', 'part', 'resumed', 'room', 'hall', 'agenda', 'annex',
  'chapter', 'section', 'item', 'parties', 'working', 'group', 'commission', 'council', 'assembly', 'general',
  'secretariat', 'office', 'person', 'camera', 'writing', 'particular', 'accordance', 'addition', 'response', 'support',
]);
