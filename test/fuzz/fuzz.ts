// `npm run fuzz [cases]`: a million cases by default; prints cases, failures and the slowest case.
import fc from 'fast-check';
import { loadShippedIndex } from '../../server/src/index/loadDataset';
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
