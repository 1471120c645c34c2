// Generated, seeded, reproducible inputs for the benchmark: never committed.

import { CASES } from '../core/grammar.cases';

import { rng } from '../rng';
export { rng };

/** Sentences of the sources that cite something, plus the drafter variants of the test table. */
export function referenceSentences(sources: string[]): string[] {
  const out: string[] = [];
  for (const s of sources) {
    for (const line of s.split(/\r?\n/)) {
      if (line.includes('\t')) continue;
      if (/\b(?:resolution|decision)s? \d+\/\d+|paragraph \d+ of|Working Group on|annex [IVX]+ to/i.test(line) && line.length < 1200) out.push(line.trim());
    }
  }
  for (const c of CASES) if (c.status !== 'none') out.push(c.in.replace(/\n/g, ' '));
  return out;
}

/** A draft of `bytes` characters: paragraphs of real sentences separated by blank lines. */
export function makeDraft(sentences: string[], bytes: number, seed = 42): string {
  const r = rng(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const n = 1 + Math.floor(r() * 4);
    const para: string[] = [];
    for (let k = 0; k < n; k++) para.push(sentences[Math.floor(r() * sentences.length)]);
    const p = para.join(' ');
    parts.push(p);
    size += p.length + 2;
  }
  return parts.join('\n\n');
}

/**
 * The shipped documents renumbered `copies` times (each COP instrument's number shifted by
 * 10 × k: resolution 8/1 becomes 8/11, 8/21, …), as further documents in the same shape would
 * be. Every COP symbol is renumbered, also where no kind word precedes it ("resolutions 5/1
 * and 5/8", the index tables), so a copy's cross-references stay within the copy.
 */
export function renumberedCorpus(sources: { file: string; content: string }[], copies: number): { file: string; content: string }[] {
  const out: { file: string; content: string }[] = [];
  for (let k = 1; k <= copies; k++) {
    const shift = 10 * k;
    for (const s of sources) {
      // N/M with a session N of the COP (not "55/25" of the General Assembly), not inside a
      // document symbol such as CTOC/COP/WG.2/2010/4.
      const content = s.content.replace(/(?<![\d/.])\b(\d{1,2})\/(\d{1,2})\b(?![\d/])/g, (m, ses: string, num: string) => (Number(ses) <= 20 ? `${ses}/${Number(num) + shift}` : m));
      out.push({ file: `copy-${String(k).padStart(3, '0')}-${s.file.split('/').pop()}`, content });
    }
  }
  return out;
}
