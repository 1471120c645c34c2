// Scans a draft and resolves every reference in it: the one entry point the CLI, the language
// server and the tests share. Results are cached per block of text, so an edit re-reads only
// the paragraph it touched.

import { blocksOf, scanBlock } from '../grammar/parser';
import type { Label, Reference, Span } from '../grammar/reference';
import type { DatasetIndex } from '../index/dataset';
import { Resolver, type Resolution } from '../resolver/resolve';

export interface Analysis {
  text: string;
  resolutions: Resolution[];
}

function shift(r: Resolution, delta: number): Resolution {
  if (delta === 0) return r;
  const mv = (s: Span): Span => ({ start: s.start + delta, end: s.end + delta });
  const lbl = (l: Label): Label => ({ value: l.value, span: mv(l.span) });
  const src = r.reference;
  const ref: Reference = {
    ...src,
    span: mv(src.span),
    instruments: src.instruments.map((m) => ({ ...m, span: mv(m.span), kindSpan: mv(m.kindSpan), date: m.date && { ...m.date, span: mv(m.date.span) } })),
    items: src.items.map((it) => ({
      ...it,
      span: mv(it.span),
      annex: it.annex && { key: it.annex.key, span: mv(it.annex.span) },
      path: it.path.map(lbl),
      to: it.to && lbl(it.to),
    })),
    title: src.title && { text: src.title.text, span: mv(src.title.span) },
    wg: src.wg && { ...src.wg, span: mv(src.wg.span) },
    compendium: src.compendium && { ...src.compendium, span: mv(src.compendium.span) },
    report: src.report && { span: mv(src.report.span) },
    symbol: src.symbol && { value: src.symbol.value, span: mv(src.symbol.span) },
  };
  return {
    reference: ref,
    status: r.status,
    targets: r.targets.map((t) => ({ ...t, span: mv(t.span) })),
    problems: r.problems.map((p) => ({ ...p, span: mv(p.span), fixes: p.fixes.map((f) => ({ ...f, span: mv(f.span) })) })),
  };
}

/** Caches block results by their text; shared by every document of one server. */
export class BlockCache {
  private readonly map = new Map<string, Resolution[]>();
  constructor(private readonly max = 20000) {}
  get(text: string): Resolution[] | undefined {
    return this.map.get(text);
  }
  set(text: string, v: Resolution[]): void {
    if (this.map.size >= this.max) this.map.clear();
    this.map.set(text, v);
  }
  clear(): void {
    this.map.clear();
  }
}

export function analyzeText(index: DatasetIndex, text: string, cache?: BlockCache): Analysis {
  const resolutions: Resolution[] = [];
  for (const b of blocksOf(text)) {
    const blockText = text.slice(b.start, b.end);
    let local = cache?.get(blockText);
    if (!local) {
      const resolver = new Resolver(index, blockText);
      const refs = scanBlock(blockText);
      local = refs.map((ref) => resolver.resolve(ref, refs));
      cache?.set(blockText, local);
    }
    for (const r of local) resolutions.push(shift(r, b.start));
  }
  return { text, resolutions };
}
