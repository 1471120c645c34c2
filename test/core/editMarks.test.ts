import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyzeText } from '../../server/src/features/analyze';
import { withoutEditMarks } from '../../server/src/grammar/editMarks';
import { index } from './helpers';

describe('the marks of editing are set aside, every offset kept', () => {
  const cases: [string, string][] = [
    ['resolution 8/1 <!-- check -->, paragraph 99', 'resolution 8/1               , paragraph 99'],
    ['a {++paragraph 99++} b', 'a    paragraph 99    b'],
    ['a {--paragraph 5--} b', 'a                   b'],
    ['a {~~paragraph 5~>paragraph 99~~} b', `a ${' '.repeat('{~~paragraph 5~>'.length)}paragraph 99    b`],
    ['a {==paragraph 99==} b', 'a    paragraph 99    b'],
    ['a {>>note<<} b', 'a            b'],
    ['a <del>paragraph 5</del> b', 'a                        b'],
    ['paragraph&nbsp;99', 'paragraph\u00a0     99'],
    ['3&ndash;99 &#160;x &bogus;', '3\u2013      99 \u00a0     x &bogus;'],
    ['8/1,\\\nparagraph', '8/1, \nparagraph'],
    ['<!-- a\nb -->c', '      \n     c'],
  ];
  for (const [input, read] of cases) {
    it(JSON.stringify(input), () => {
      const out = withoutEditMarks(input);
      assert.equal(out, read);
      assert.equal(out.length, input.length);
    });
  }
  it('returns a draft with none of them as it is', () => {
    const t = 'Recalling its resolution 8/1, paragraph 13 [and 99], ~~x~~ and `y`';
    assert.equal(withoutEditMarks(t), t);
  });
});

const fixesOf = (text: string) => {
  const out: { code: string; old: string; newText: string }[] = [];
  for (const b of analyzeText(index(), text).blocks) {
    for (const r of b.local) for (const p of r.problems) for (const f of p.fixes) out.push({ code: p.code, old: text.slice(b.start + f.span.start, b.start + f.span.end), newText: f.newText });
  }
  return out;
};

describe('a quick fix never writes over the marks of editing', () => {
  it('a list rewritten whole would drop an insertion’s marks: the problem is said, the fix not offered', () => {
    const text = 'Recalling its decisions 8/1, {++9/3++} and 3/2,';
    const a = analyzeText(index(), text);
    const problems = a.blocks.flatMap((b) => b.local.flatMap((r) => r.problems));
    assert.ok(problems.some((p) => p.code === 'wrong-kind'), JSON.stringify(problems));
    assert.deepEqual(fixesOf(text), []);
  });
  it('a fix beside a comment writes only its own words', () => {
    assert.deepEqual(fixesOf('resolution 9/3, adopted at its eighth <!-- c --> session'), [{ code: 'wrong-session', old: 'eighth', newText: 'ninth' }]);
    assert.deepEqual(fixesOf('decisions 8/1 <!-- x --> and 9/3'), [{ code: 'wrong-kind', old: 'decisions', newText: 'resolutions' }]);
  });
});

describe('a quick fix never writes over what the checker read otherwise', () => {
  it('a list rewritten whole over entities or a backslash line break is not offered', () => {
    assert.deepEqual(fixesOf('Recalling its decisions 8/1,&nbsp;9/3&nbsp;and 3/2,'), []);
    assert.deepEqual(fixesOf('Recalling its decisions 8/1,\\\n9/3 and 3/2,'), []);
  });
  it('an entity of a digit is never cut in two', () => {
    for (const f of fixesOf('Recalling its resolution 8/1, paragraph 9&#57;,')) assert.ok(!f.old.includes('&'), JSON.stringify(f));
  });
});

describe('the fix of a session in parentheses writes the ordinal only, the words around it kept', () => {
  it('(8th COP, 2016), [eighth session, 2018], (COP8, 2018)', () => {
    assert.deepEqual(fixesOf('its resolution 9/3 (8th COP, 2016)').filter((f) => f.code === 'wrong-session'), [{ code: 'wrong-session', old: '8th', newText: '9th' }]);
    assert.deepEqual(fixesOf('its resolution 9/3 [eighth session, 2018]'), [{ code: 'wrong-session', old: 'eighth', newText: 'ninth' }]);
    assert.deepEqual(fixesOf('its resolution 9/3 (COP8, 2018)'), [{ code: 'wrong-session', old: 'COP8', newText: 'COP9' }]);
  });
});
