// Find references: every place in a set of drafts that cites the same parts.

import type { Span } from '../grammar/reference';
import type { DatasetIndex } from '../index/datasetIndex';
import type { Part } from '../model/types';
import type { Analysis } from './analyze';
import { locate } from './locate';

export interface ReferenceHit {
  uri: string;
  span: Span;
}

/** Parts cited at the cursor of a draft. */
export function partsAt(analysis: Analysis, offset: number): string[] {
  const hit = locate(analysis, offset);
  if (!hit) return [];
  if (hit.mention) {
    const m = hit.mention;
    return [`${m.kind === 'resolution' ? 'res' : 'dec'}_${m.session}-${m.number}`];
  }
  return hit.targets.map((t) => t.id);
}

/** Parts whose source is at this line of a dataset file (for "find references" from data/). */
export function partsAtSourceLine(index: DatasetIndex, file: string, line: number): string[] {
  const out: string[] = [];
  for (const p of index.data.parts.values()) {
    if (p.sources.some((s) => s.file === file && s.line === line)) out.push(p.id);
  }
  return out;
}

/** Spans in one analysed draft that cite any of `ids`; an instrument id matches every mention of it. */
export function citationsIn(analysis: Analysis, ids: string[]): Span[] {
  const wanted = new Set(ids);
  const out: Span[] = [];
  for (const r of analysis.resolutions) {
    const spans = new Map<string, Span>();
    for (const t of r.targets) if (wanted.has(t.id)) spans.set(`${t.span.start}:${t.span.end}`, t.span);
    for (const m of r.reference.instruments) {
      const id = `${m.kind === 'resolution' ? 'res' : 'dec'}_${m.session}-${m.number}`;
      if (wanted.has(id)) spans.set(`${m.span.start}:${m.span.end}`, m.span);
    }
    for (const s of spans.values()) out.push(s);
  }
  return out;
}

export type { Part };
