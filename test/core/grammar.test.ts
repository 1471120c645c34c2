import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { showReference } from '../../server/src/cli/main';
import { analyzeText } from '../../server/src/features/analyze';
import { CASES } from './grammar.cases';
import { index } from './helpers';

describe(`reference grammar and resolver: ${CASES.length} cases`, () => {
  const idx = index();
  for (const c of CASES) {
    it(`${JSON.stringify(c.in).slice(0, 110)} → ${c.status}${c.code ? ` ${c.code}` : ''}`, () => {
      const r = showReference(idx, c.in);
      const detail = JSON.stringify({ status: r.status, cites: r.targets.map((t) => t.citation), problems: r.problems }, null, 1);
      assert.equal(r.status, c.status, detail);
      if (c.cites) assert.deepEqual(r.targets.map((t) => t.citation), c.cites, detail);
      if (c.text) assert.match(r.targets[0]?.text ?? '', c.text, detail);
      if (c.code) {
        const p = r.problems.find((x) => x.code === c.code);
        assert.ok(p, `expected problem ${c.code}: ${detail}`);
        if (c.msg) assert.match(p.message, c.msg, detail);
        if (c.fix !== undefined || c.fixes !== undefined) {
          // The fix as the editor offers it (showReference says what is wrong, not how to mend it).
          const found = analyzeText(idx, c.in).blocks.flatMap((b) => b.local.flatMap((x) => x.problems)).find((x) => x.code === c.code);
          assert.deepEqual((found?.fixes ?? []).map((f) => f.newText), c.fixes ?? [c.fix], detail);
        }
      }
      if (c.status === 'ok') assert.deepEqual(r.problems, [], detail);
    });
  }
  it('has at least 150 cases', () => assert.ok(CASES.length >= 150, String(CASES.length)));
});
