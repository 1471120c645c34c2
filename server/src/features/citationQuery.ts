// A picker query that names a place ("8/1 annex II", "9/3, annex I, (n)", "resolution 8/1 para 13")
// ranks the items of that place first, in document order, before fuzzy matches of the words.

export interface CitationQuery {
  symbol?: string;
  annex?: string;
  /** A paragraph number or an item letter: "13", "n". */
  label?: string;
}

/** What a query names, if anything: the instrument symbol, the annex, the paragraph or item. */
export function parseCitationQuery(query: string): CitationQuery | undefined {
  const symbol = /\b(\d{1,2}\/\d{1,4})\b/.exec(query)?.[1];
  if (!symbol) return undefined;
  const annex = /\bannex\s+([IVX]+)\b/i.exec(query)?.[1]?.toUpperCase();
  const label = /\b(?:paragraph|para\.?)\s*(\d+)/i.exec(query)?.[1] ?? /\(([a-z]{1,4})\)/.exec(query)?.[1];
  return { symbol, annex, label };
}

/** Whether a canonical citation ("resolution 8/1, annex II, paragraph 1 (c)") is in the place named. */
export function inPlace(citation: string, q: CitationQuery): boolean {
  const at = citation.indexOf(` ${q.symbol}`);
  if (at < 0) return false;
  const rest = citation.slice(at + 1 + (q.symbol?.length ?? 0));
  if (rest !== '' && !rest.startsWith(',')) return false;
  if (q.annex && !new RegExp(`^, annex ${q.annex}(?:,|$)`).test(rest)) return false;
  if (!q.annex && /^, annex\b/.test(rest) && q.label && /^\d+$/.test(q.label)) return false;
  if (q.label) {
    const label = /^\d+$/.test(q.label) ? q.label : `(${q.label})`;
    if (!new RegExp(`paragraph ${label.replace(/[()]/g, '\\$&')}(?:\\s|$)`).test(rest)) return false;
  }
  return true;
}

/** The items in the place a query names, in their order; none when it names no place. */
export function itemsInPlace<T extends { citation: string }>(query: string, items: readonly T[]): T[] {
  const q = parseCitationQuery(query);
  return q ? items.filter((i) => inPlace(i.citation, q)) : [];
}

/** The items of the place a query names, first and in their order; then the others as given. */
export function rankByPlace<T extends { citation: string }>(query: string, items: readonly T[]): T[] {
  const q = parseCitationQuery(query);
  if (!q) return [...items];
  const first = items.filter((i) => inPlace(i.citation, q));
  const chosen = new Set(first);
  const rest = items.filter((i) => !chosen.has(i));
  return [...first, ...rest];
}
