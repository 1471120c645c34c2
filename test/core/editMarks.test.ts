import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { withoutEditMarks } from '../../server/src/grammar/editMarks';

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
