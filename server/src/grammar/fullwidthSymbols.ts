// "resolution ８/１, annex III": a symbol typed in full-width digits or slash (as an East Asian
// input method types them) is no symbol the grammar reads, so the citation was not read at all,
// and nothing was said. Found after the scan, where a kind word stands before it.

import type { Span } from './reference';
import { BesideCitation } from './besideCitation';

export const FULLWIDTH_DIGIT = /[\uff10-\uff19]/;
/** A full-width digit, parenthesis or small letter: what `fullwidthNumbers` looks for. */
export const FULLWIDTH_PART = /[\uff08\uff09\uff10-\uff19\uff41-\uff5a]/;
const FULLWIDTH_SYMBOL = /\b(?:resolutions?|decisions?|res\.?|dec\.?)[ \u00a0\u3000]+([0-9\uff10-\uff19]{1,2}[/\uff0f][0-9\uff10-\uff19]{1,3})/gi;

export interface FullwidthSymbol {
  /** The kind word and the symbol. */
  span: Span;
  /** The symbol as written. */
  symbol: Span;
  /** The symbol as the Conference prints it ("8/1"). */
  plain: string;
}

/** Such symbols, in order, outside the citations found (`found`, in order). */
export function fullwidthSymbols(text: string, found: readonly Span[]): FullwidthSymbol[] {
  const out: FullwidthSymbol[] = [];
  let f = 0;
  FULLWIDTH_SYMBOL.lastIndex = 0;
  for (let m = FULLWIDTH_SYMBOL.exec(text); m; m = FULLWIDTH_SYMBOL.exec(text)) {
    if (!FULLWIDTH_DIGIT.test(m[1]) && !m[1].includes('\uff0f')) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    while (f < found.length && found[f].end <= span.start) f++;
    if (f < found.length && found[f].start < span.end) continue;
    out.push({ span, symbol: { start: span.end - m[1].length, end: span.end }, plain: m[1].normalize('NFKC') });
  }
  return out;
}

export interface FullwidthNumber {
  /** The number or label as written ("９９", "（ｚ）"). */
  span: Span;
  /** As the checker reads it ("99", "(z)"). */
  plain: string;
}

// Digits, or a label's letters between parentheses, at least one of them full-width.
const FULLWIDTH_RUN = /[0-9\uff10-\uff19]*[\uff10-\uff19][0-9\uff10-\uff19]*|[(\uff08][a-z\uff41-\uff5a]{1,4}[)\uff09]/g;
/**
 * Numbers and labels typed in full-width characters next to a citation, outside it ("paragraph
 * ９９ of resolution 8/1", "of １２ October ２０１６", "annex I, （ｚ）"): the checker reads none of
 * them, so the part they name was not checked, and the citation was ok. `found`: the citations
 * read, in order; `symbols`: the full-width symbols said already.
 */
export function fullwidthNumbers(text: string, found: readonly Span[], symbols: readonly Span[]): FullwidthNumber[] {
  const out: FullwidthNumber[] = [];
  const beside = new BesideCitation(text, found);
  // The symbols said already, walked in order (no search of all of them per number).
  let y = 0;
  FULLWIDTH_RUN.lastIndex = 0;
  for (let m = FULLWIDTH_RUN.exec(text); m; m = FULLWIDTH_RUN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    while (y < symbols.length && symbols[y].end <= start) y++;
    if (!/[\uff08-\uff5a]/.test(m[0]) || (y < symbols.length && symbols[y].start < end)) continue;
    // Inside a citation read (its unread material, said there): nothing more to say.
    const at = beside.at(start, end);
    if ((at.before || at.after) && !at.inside) out.push({ span: { start, end }, plain: m[0].normalize('NFKC') });
  }
  return out;
}
