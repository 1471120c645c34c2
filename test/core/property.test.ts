// Property tests: the grammar and resolver never throw, spans stay inside the text, and
// time grows linearly with the input (compared at 1× and 10×, with a generous factor).
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyzeText, updateAnalysis } from '../../server/src/features/analyze';
import { scanText } from '../../server/src/grammar/parser';
import { index } from './helpers';

const FRAGMENTS = [
  'resolution', 'resolutions', 'decision', 'Decision', '8/1', '3/2', '7/3', '55/25', ' of ', ' and ', ', ', 'annex', 'annex I', 'annex II',
  'paragraph', 'paras.', 'PP', 'preambular paragraph', '(a)', '(g)', '(ii)', '(I)', '(', ')', '((((', '1', '13', '3–7', '—', '–', '-', '“', '”', '"',
  'entitled', 'of 21 October 2016', 'its', 'Conference', 'General Assembly', 'Working Group on International Cooperation', 'at its third meeting',
  'International Cooperation compendium, Part A ', 'III.3.c', 'part B.VIII', 'report of the Secretariat', 'CTOC/COP/WG.3/2015/4', ', para. ',
  'article 18', 'above', '\u00a0', '\u200b', '\r\n', '\n', '\n\n', '*', '**', '𝐀', '😀', '\uFEFF', 'the fourth', 'to',
];

const draft = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((a) => a.join('')),
  fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'grapheme', maxLength: 5 })), { maxLength: 60 }).map((a) => a.join(' ')),
);

describe('linear time on real drafts, scanned and resolved', () => {
  const idx = index();
  const sentence = 'Recalling its resolution 8/1 of 21 October 2016, paragraph 13 of resolution 8/1, resolution 9/3, annex III, (a)–(d), and General Assembly resolution 55/25, annex I; ';
  function best(fn: () => void, runs: number): number {
    let b = Infinity;
    for (let k = 0; k < runs; k++) {
      const t0 = process.hrtime.bigint();
      fn();
      b = Math.min(b, Number(process.hrtime.bigint() - t0) / 1e6);
    }
    return b;
  }
  it('a 1 MB single line takes about 10 times a 100 KB one', () => {
    const small = sentence.repeat(Math.ceil(100_000 / sentence.length));
    const big = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    const t1 = best(() => analyzeText(idx, small), 3);
    const t10 = best(() => analyzeText(idx, big), 2);
    assert.ok(t10 < t1 * 40, `100 KB: ${t1.toFixed(1)} ms, 1 MB: ${t10.toFixed(1)} ms`);
  });
  it('a 10 MB draft takes about 10 times a 1 MB one', () => {
    const para = `${sentence}${sentence}\n\n`;
    const small = para.repeat(Math.ceil(1_000_000 / para.length));
    const big = para.repeat(Math.ceil(10_000_000 / para.length));
    const t1 = best(() => analyzeText(idx, small), 2);
    const t10 = best(() => analyzeText(idx, big), 1);
    assert.ok(t10 < t1 * 40, `1 MB: ${t1.toFixed(0)} ms, 10 MB: ${t10.toFixed(0)} ms`);
  });
});

describe('grammar properties', () => {
  const idx = index();
  it('never throws on arbitrary Unicode and reference fragments; spans stay inside the text', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const a = analyzeText(idx, text);
        for (const r of a.resolutions) {
          assert.ok(r.reference.span.start >= 0 && r.reference.span.end <= text.length && r.reference.span.start < r.reference.span.end);
          for (const p of r.problems) assert.ok(p.span.start >= 0 && p.span.end <= text.length);
          for (const t of r.targets) assert.ok(t.span.start >= r.reference.span.start && t.span.end <= r.reference.span.end, JSON.stringify({ text, t }));
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('re-reading only the edited blocks gives the same result as reading the whole draft', () => {
    const base = 'Recalling its resolution 8/1 of 21 October 2016,\n\nNoting resolution 8/1, annex III, and paragraph 13 of resolution 8/1.\r\n\r\nresolution 9/3, annex I, (a)–(d)\n\n\nand decision 3/2, paragraph (y).';
    const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 12 }), ins: fc.oneof(fc.constantFrom('', '\n', '\n\n', ' ', 'x', '8/1', ', annex II', '\r\n\r\n', 'resolution 7/3, annex I, 26'), fc.string({ maxLength: 6 })) });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        let text = base;
        let inc = analyzeText(idx, text);
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          const end = Math.min(text.length, at + e.del);
          text = text.slice(0, at) + e.ins + text.slice(end);
          inc = updateAnalysis(inc, text, undefined, e.del % 2 ? { start: at, endOld: end } : undefined);
        }
        const full = analyzeText(idx, text);
        const view = (a: typeof full) => a.resolutions.map((r) => [r.reference.span, r.status, r.targets.map((t) => [t.id, t.span]), r.problems.map((p) => [p.code, p.span])]);
        assert.deepEqual(view(inc), view(full));
      }),
      { numRuns: 500 },
    );
  });

  function timeOf(fn: () => void): number {
    let best = Infinity;
    for (let k = 0; k < 3; k++) {
      const t0 = process.hrtime.bigint();
      fn();
      best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
    }
    return best;
  }

  const ADVERSARIAL: [string, (n: number) => string][] = [
    ['real sentences', (n) => 'Recalling its resolution 8/1 of 21 October 2016, and paragraphs 4 and 5 of resolution 8/1, annex II, 1 (c). '.repeat(n)],
    ['thousands of commas after a label list', (n) => `paragraphs ${'1, '.repeat(n * 20)}and 2 of`],
    ['unbalanced parentheses', (n) => '(((((('.repeat(n * 20)],
    ['labels without an instrument', (n) => '(a)(b)(c) (ii) '.repeat(n * 10)],
    ['kind words without numbers', (n) => 'resolution decision resolutions of the Conference '.repeat(n * 5)],
    ['an unterminated title', (n) => `resolution 8/1, entitled “${'word '.repeat(n * 20)}`],
    ['dotted locators', (n) => `part B.${'VIII.1.a and '.repeat(n * 10)}`],
    ['one long line of dashes and spaces', (n) => '– — -\u00a0'.repeat(n * 30)],
    ['Working Group openings without a meeting', (n) => 'Working Group on International Cooperation, '.repeat(n * 5)],
    ['report openings without a paragraph', (n) => 'report of the Secretariat on '.repeat(n * 8)],
    ['document symbols', (n) => 'CTOC/COP/WG.3/2015/4, para. 2 (h) - '.repeat(n * 5)],
    ['articles and paragraphs', (n) => 'article 18, paragraph 13, of '.repeat(n * 6)],
    ['qualifiers without instruments', (n) => 'General Assembly its Conference of the Parties to the '.repeat(n * 4)],
    ['preambular ordinals', (n) => 'the fourth preambular paragraph of the '.repeat(n * 5)],
  ];
  for (const [name, gen] of ADVERSARIAL) {
    it(`takes time linear in the input: ${name}`, () => {
      const small = gen(200);
      const big = gen(2000);
      const t1 = Math.max(timeOf(() => scanText(small)), 0.5);
      const t10 = timeOf(() => scanText(big));
      // Linear is ~10×; quadratic would be ~100×. 40× leaves room for a noisy machine.
      assert.ok(t10 < t1 * 40, `1×: ${t1.toFixed(2)} ms, 10×: ${t10.toFixed(2)} ms`);
    });
  }
});
