// Fuzz properties shared by the test suite (a few thousand cases) and `npm run fuzz` (a million):
// the grammar, the resolver and every editor feature, on arbitrary text and cursor positions.
import fc from 'fast-check';
import { analyzeText, updateAnalysis, type Analysis } from '../../server/src/features/analyze';
import { quickFixesFor } from '../../server/src/features/codeActions';
import { completionsAt } from '../../server/src/features/completion';
import { definitionAt } from '../../server/src/features/definition';
import { diagnosticsOf } from '../../server/src/features/diagnostics';
import { hoverAt } from '../../server/src/features/hover';
import { documentLinks } from '../../server/src/features/links';
import { citationsIn, partsAt } from '../../server/src/features/references';
import type { DatasetIndex } from '../../server/src/index/dataset';

const FRAGMENTS = [
  'resolution', 'resolutions', 'decision', 'Decision', '8/1', '3/2', '7/3', '9/3', '55/25', '10/4', ' of ', ' and ', ', ', ',', 'annex', 'annex I', 'annex II', 'annex III',
  'paragraph', 'paragraphs', 'para.', 'paras.', 'PP', 'preambular paragraph', '(a)', '(g)', '(ii)', '(I)', '(*v*)', '(', ')', '((((((', '))))', '1', '13', '3–7', '—', '–', '-', '‐',
  '“', '”', '"', '‘', '’', 'entitled', 'both entitled', 'of 21 October 2016', 'of 31 February 2016', 'its', 'Conference', 'General Assembly', 'Economic and Social Council',
  'Working Group on International Cooperation', 'Working Group on Technical Assistance', 'at its third meeting', 'eleventh meeting', 'International Cooperation compendium, Part A ',
  'III.3.c', 'IV.n-g', 'part B.VIII', 'Part B: VIII, annex II, 1 (e)', 'report of the Secretariat', 'CTOC/COP/WG.3/2015/4', ', para. ', 'article 18', 'above', 'the present resolution',
  '\u00a0', '\u200b', '\u202f', '\r\n', '\r', '\n', '\n\n', '\t', '*', '**', '_', '#', '>', '𝐀', '😀', '\uFEFF', '\uFFFD', 'the fourth', 'to', '@', '@electronic evid',
];

export const fuzzDraft = fc.oneof(
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 50 }).map((a) => a.join('')) },
  { weight: 3, arbitrary: fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 50 }).map((a) => a.join(' ')) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...FRAGMENTS), fc.integer({ min: 1, max: 300 })).map(([f, n]) => f.repeat(n)) },
);

export const fuzzCase = fuzzDraft.chain((text) => fc.record({ text: fc.constant(text), cursors: fc.array(fc.integer({ min: 0, max: text.length }), { minLength: 1, maxLength: 4 }) }));

/** Runs every feature on one case; throws on any failure (an exception or an out-of-range result). */
export function exercise(index: DatasetIndex, text: string, cursors: number[]): void {
  const a = analyzeText(index, text);
  const inRange = (s: { start: number; end: number }, what: string): void => {
    if (!(s.start >= 0 && s.end <= text.length && s.start <= s.end)) throw new Error(`${what} span out of range: ${JSON.stringify(s)}`);
  };
  for (const r of a.resolutions) {
    inRange(r.reference.span, 'reference');
    for (const p of r.problems) {
      inRange(p.span, 'problem');
      for (const f of p.fixes) inRange(f.span, 'fix');
    }
  }
  for (const d of diagnosticsOf(a, { unknownSeverity: 'warning' })) inRange(d.span, 'diagnostic');
  for (const l of documentLinks(index, a)) inRange(l.span, 'link');
  for (const c of cursors) {
    const h = hoverAt(index, a, c);
    if (h) inRange(h.span, 'hover');
    definitionAt(index, a, c);
    for (const item of completionsAt(index, text, c)) inRange(item.replace, 'completion');
    for (const f of quickFixesFor(a, { start: c, end: c })) inRange(f.edit.span, 'quick fix');
    citationsIn(a, partsAt(a, c));
  }
  // An edit at the first cursor (deleting up to three characters, inserting a line break, a
  // blank line or a letter), re-read incrementally, must equal reading the edited text whole.
  const at = cursors[0];
  const end = Math.min(text.length, at + (at % 4));
  const next = text.slice(0, at) + ['\n', '\n\n', 'x', ''][at % 4] + text.slice(end);
  const view = (x: Analysis): string => JSON.stringify(x.resolutions.map((r) => [r.reference.span, r.status, r.targets.map((t) => t.id), r.problems.map((p) => p.code)]));
  for (const hint of [undefined, { start: at, endOld: end }]) {
    if (view(updateAnalysis(a, next, undefined, hint)) !== view(analyzeText(index, next))) throw new Error(`incremental re-read differs after editing ${JSON.stringify(text.slice(at, end))} at ${at}`);
  }
}
