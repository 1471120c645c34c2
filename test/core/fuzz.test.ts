// Fuzzing in the suite, at a size that runs in well under a minute (`npm run fuzz` runs a million).
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyzeText } from '../../server/src/features/analyze';
import { applyEdit, quickFixesFor } from '../../server/src/features/codeActions';
import { exercise, fuzzCase } from '../fuzz/editorFuzz';
import { CASES } from './grammar.cases';
import { index } from './helpers';

describe('fuzzing the grammar, the resolver and every editor feature', () => {
  const idx = index();
  it('never throws and never answers out of range, on arbitrary text and cursors', () => {
    fc.assert(fc.property(fuzzCase, ({ text, cursors }) => exercise(idx, text, cursors)), { numRuns: 2500 });
  });
});

describe('no unintended edits', () => {
  const idx = index();
  // Every faulty reference of the test table, alone and inside a sentence.
  const faulty = CASES.filter((c) => c.status === 'invalid' || c.status === 'mismatch').flatMap((c) => [c.in, `The Conference, recalling ${c.in}, decides.`]);
  it(`applies every quick fix offered on ${faulty.length} faulty drafts: each yields exactly its text, and the problem is gone`, () => {
    let applied = 0;
    for (const draft of faulty) {
      const a = analyzeText(idx, draft);
      for (const p of a.resolutions.flatMap((r) => r.problems)) {
        for (const fix of quickFixesFor(a, p.span).filter((f) => f.code === p.code && f.problem.span.start === p.span.start)) {
          const result = applyEdit(draft, fix.edit);
          // Exactly the promised edit: the text before and after the component is unchanged.
          assert.equal(result.slice(0, fix.edit.span.start), draft.slice(0, fix.edit.span.start));
          assert.equal(result.slice(fix.edit.span.start + fix.edit.newText.length), draft.slice(fix.edit.span.end));
          assert.equal(result.slice(fix.edit.span.start, fix.edit.span.start + fix.edit.newText.length), fix.edit.newText);
          // The re-check no longer reports that problem there.
          const again = analyzeText(idx, result).resolutions.flatMap((r) => r.problems);
          const same = again.filter((q) => q.code === p.code && q.span.start === fix.edit.span.start);
          assert.deepEqual(same.map((q) => q.message), [], `${draft} → ${result}`);
          applied++;
        }
      }
    }
    assert.ok(applied > 60, String(applied));
  });
});
