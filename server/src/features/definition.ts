// Go to definition: the cited paragraph in its source file, at its line and column; an
// instrument kept in two sources offers both.

import { labelReadingsAt, type DatasetIndex } from '../index/datasetIndex';
import type { SourceLocation } from '../model/types';
import type { Analysis } from './analyze';
import { locate } from './locate';
import { selfPlaces } from './selfPlace';

export function definitionAt(index: DatasetIndex, analysis: Analysis, offset: number): SourceLocation[] {
  const hit = locate(analysis, offset);
  if (!hit) return [];
  if (hit.mention) {
    const inst = index.instrument(hit.mention.kind, hit.mention.symbol) ?? index.instrumentsWithSymbol(hit.mention.symbol)[0];
    return inst ? inst.sources : [];
  }
  const out: SourceLocation[] = [];
  const seen = new Set<string>();
  for (const t of hit.targets) {
    for (const s of index.part(t.id)?.sources ?? []) {
      const key = `${s.file}:${s.line}:${s.column}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(s);
      }
    }
  }
  // A line that prints the paragraph's label otherwise (an OCR slip the reader corrected, in the
  // audit) is offered after the lines that print it as cited: the first place an editor opens
  // should show what was cited.
  const slipped = (s: SourceLocation): number => (labelReadingsAt(index.data, s).length > 0 ? 1 : 0);
  return out.map((s, i) => ({ s, i })).sort((a, b) => slipped(a.s) - slipped(b.s) || a.i - b.i).map((x) => x.s);
}

/**
 * For a reference to the draft itself ("paragraph 2 of the present resolution", "paragraph 3 above"): the offsets in
 * the draft of the lines it names (the item under the cursor, else all). Empty for any other.
 */
export function selfDefinitionAt(analysis: Analysis, offset: number): number[] {
  const hit = locate(analysis, offset);
  if (!hit || (hit.resolution.reference.kind !== 'self' && hit.resolution.reference.kind !== 'internal')) return [];
  const places = selfPlaces(analysis, hit.resolution);
  const under = places.filter((p) => offset >= p.item.span.start && offset <= p.item.span.end);
  return (under.length > 0 ? under : places).map((p) => p.at);
}
