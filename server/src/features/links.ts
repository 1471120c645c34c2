// Document links: Ctrl+click on a reference opens the cited paragraph in its source.

import type { Span } from '../grammar/reference';
import type { DatasetIndex } from '../index/datasetIndex';
import type { SourceLocation } from '../model/types';
import type { Analysis } from './analyze';

export interface DraftLink {
  span: Span;
  target: SourceLocation;
  tooltip: string;
}

export function documentLinks(index: DatasetIndex, analysis: Analysis): DraftLink[] {
  const out: DraftLink[] = [];
  for (const r of analysis.resolutions) {
    if (r.targets.length === 0) continue;
    // One link per distinct component so each item of a list opens its own paragraph.
    const bySpan = new Map<string, (typeof r.targets)[number]>();
    for (const t of r.targets) {
      const key = `${t.span.start}:${t.span.end}`;
      if (!bySpan.has(key)) bySpan.set(key, t);
    }
    for (const t of bySpan.values()) {
      const part = index.part(t.id);
      if (!part) continue;
      out.push({ span: t.span, target: part.sources[0], tooltip: `Open ${t.citation}` });
    }
  }
  return out;
}
