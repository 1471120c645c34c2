// What is under the cursor: the reference, and the most specific part of it.

import type { InstrumentMention, Span } from '../grammar/reference';
import type { Resolution, Target } from '../resolver/resolve';
import type { Analysis } from './analyze';

export interface Located {
  resolution: Resolution;
  /** Targets named by the component under the cursor (one item of a list), else all. */
  targets: Target[];
  /** The instrument mention under the cursor, when the cursor is on "resolution 8/1" itself. */
  mention?: InstrumentMention;
}

function contains(s: Span, offset: number): boolean {
  return offset >= s.start && offset <= s.end;
}

function size(s: Span): number {
  return s.end - s.start;
}

export function locate(analysis: Analysis, offset: number): Located | undefined {
  const resolution = analysis.resolutionsAt(offset).find((r) => contains(r.reference.span, offset));
  if (!resolution) return undefined;
  const ref = resolution.reference;
  const hits = resolution.targets.filter((t) => contains(t.span, offset));
  if (hits.length > 0) {
    // A loop, not Math.min(...): a list of thousands of instruments has as many hits.
    let smallest = Infinity;
    for (const t of hits) smallest = Math.min(smallest, size(t.span));
    const best = hits.filter((t) => size(t.span) === smallest);
    return { resolution, targets: dedupe(best) };
  }
  const mention = ref.instruments.find((m) => contains(m.span, offset));
  if (mention) return { resolution, targets: [], mention };
  return { resolution, targets: dedupe(resolution.targets) };
}

function dedupe(ts: Target[]): Target[] {
  const seen = new Set<string>();
  return ts.filter((t) => !seen.has(t.id) && seen.add(t.id));
}
