// `npm run fuzz [cases]`: a million cases by default; prints cases, failures and the slowest case.
import fc from 'fast-check';
import { loadShippedIndex } from '../../server/src/index/loadDataset';
import { analyzeText } from '../../server/src/features/analyze';
import { diagnosticsOf } from '../../server/src/features/diagnostics';
import { hoverAt } from '../../server/src/features/hover';
import { LARGE } from '../core/large';
import { exercise, fuzzCase } from './editorFuzz';

const runs = Number(process.argv[2] ?? 1_000_000);
const index = loadShippedIndex();
let slowest = { ms: 0, length: 0, sample: '' };
let cases = 0;
const t0 = Date.now();
const result = fc.check(
  fc.property(fuzzCase, ({ text, cursors }) => {
    const s = process.hrtime.bigint();
    exercise(index, text, cursors);
    const ms = Number(process.hrtime.bigint() - s) / 1e6;
    cases++;
    if (ms > slowest.ms) slowest = { ms, length: text.length, sample: JSON.stringify(text.slice(0, 80)) };
    if (cases % 25000 === 0) process.stderr.write(`${JSON.stringify({ progress: cases, failures: 0, seconds: Math.round((Date.now() - t0) / 1000), slowestCaseMs: Math.round(slowest.ms) })}\n`);
  }),
  { numRuns: runs, seed: Number(process.env.FUZZ_SEED ?? 20261122) },
);
const failures = result.failed ? 1 : 0;
console.log(JSON.stringify({ cases: result.numRuns, failures, seed: result.seed, seconds: (Date.now() - t0) / 1000, slowestCaseMs: Math.round(slowest.ms * 100) / 100, slowestCaseLength: slowest.length, slowestCaseStart: slowest.sample }));
if (result.failed) {
  console.log(fc.defaultReportMessage(result));
  process.exitCode = 1;
}
console.log(`${result.numRuns - failures} passed, ${failures} failed`);

// Large inputs: 100 KB – 10 MB of one repeated construct. Up to 1 MB every editor feature runs
// on them (as for the random cases); at 10 MB the analysis, its diagnostics and hovers at the
// start, middle and end. None may crash or report an internal error.
let largeFailures = 0;
for (const [name, gen] of LARGE) {
  for (const bytes of [100_000, 1_000_000, 10_000_000]) {
    const text = gen(bytes);
    const s = Date.now();
    try {
      const cursors = [0, text.length >> 1, text.length - 2].map((c) => Math.max(0, c));
      if (bytes <= 1_000_000) exercise(index, text, cursors);
      const a = analyzeText(index, text);
      const internal = diagnosticsOf(a).find((d) => d.code === 'internal-error');
      if (internal) throw new Error(internal.message);
      for (const c of cursors) hoverAt(index, a, c);
      console.log(JSON.stringify({ large: name, bytes: text.length, ok: true, ms: Date.now() - s }));
    } catch (e) {
      largeFailures++;
      process.exitCode = 1;
      console.log(JSON.stringify({ large: name, bytes: text.length, ok: false, error: (e as Error).stack }));
    }
  }
}
console.log(`large inputs: ${LARGE.length * 3 - largeFailures} passed, ${largeFailures} failed`);
