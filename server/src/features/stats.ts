// Counts of what the dataset holds: for `resref stats`, the server log and the status bar.

import type { DatasetIndex } from '../index/datasetIndex';

export function datasetStats(index: DatasetIndex): Record<string, number> {
  const d = index.data;
  let paragraphs = 0;
  let annexItems = 0;
  let pps = 0;
  const count = (parts: { children: unknown[] }[]): number => parts.reduce((n, p) => n + 1 + count(p.children as { children: unknown[] }[]), 0);
  for (const i of d.instruments) {
    pps += i.preamble.length;
    paragraphs += count(i.paragraphs);
    for (const a of i.annexes) if (!a.pointer) annexItems += count(a.items);
  }
  const recommendations = d.meetings.reduce((n, m) => n + (m.endorsedIn && !d.instruments.find((i) => i.id === m.endorsedIn!.instrumentId)?.annexes.find((a) => a.key === m.endorsedIn!.annexKey)?.pointer ? 0 : count(m.recommendations)), 0);
  const entries = d.topics.reduce((n, t) => n + t.entries.length, 0);
  const unresolved = d.topics.reduce((n, t) => n + t.entries.filter((e) => e.problems.length > 0).length, 0);
  return {
    sources: d.sources.length,
    instruments: d.instruments.length,
    resolutions: d.instruments.filter((i) => i.kind === 'resolution').length,
    decisions: d.instruments.filter((i) => i.kind === 'decision').length,
    preambularParagraphs: pps,
    paragraphs,
    annexes: d.instruments.reduce((n, i) => n + i.annexes.length, 0),
    annexItems,
    meetings: d.meetings.length,
    recommendations,
    reportParagraphs: d.reports.reduce((n, r) => n + count(r.paragraphs), 0),
    topics: d.topics.length,
    indexEntries: entries,
    unresolvedIndexEntries: unresolved,
    addressableParts: d.parts.size,
  };
}

