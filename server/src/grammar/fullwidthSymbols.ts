// "resolution ８/１, annex III": a symbol typed in full-width digits or slash (as an East Asian
// input method types them) is no symbol the grammar reads, so the citation was not read at all,
// and nothing was said. Found after the scan, where a kind word stands before it.

import type { Span } from './reference';

export const FULLWIDTH_DIGIT = /[\uff10-\uff19]/;
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
