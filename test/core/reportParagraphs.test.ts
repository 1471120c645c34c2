// A Part A locator prints the report paragraph before the recommendation ("III.3.c"); part A
// prints lettered recommendations without it. The number is checked where a source says which
// paragraph of the meeting's report holds the recommendations, and reported where none does.
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { showReference } from '../../server/src/cli/main';
import { index, sourceLine } from './helpers';

describe('Part A report paragraphs', () => {
  const idx = index();
  const meeting = (id: string) => idx.data.meetings.find((m) => m.id === id)!;

  it('are taken from the meeting footnote and from the thematic index rows, with where each says so', () => {
    const iii = meeting('wg_ic__mtg_III').reportParagraphs!.map((p) => `${p.paragraph} ${p.symbol} ${p.source.line}`);
    assert.ok(iii.includes('3 CTOC/COP/WG.3/2010/1 104'), iii.join('; '));
    assert.match(sourceLine('data/sources/international-cooperation-compendium.txt', 104), /CTOC\/COP\/WG\.3\/2010\/1, para\. 3\./);
    const vi = meeting('wg_ic__mtg_VI').reportParagraphs!.map((p) => `${p.paragraph} ${p.symbol} ${p.source.line}`);
    assert.deepEqual(vi, ['2 CTOC/COP/WG.3/2015/4 916']);
    assert.match(sourceLine('data/sources/international-cooperation-compendium.txt', 916), /CTOC\/COP\/WG\.3\/2015\/4\t\t2 \(h\)/);
    assert.equal(meeting('wg_ta__mtg_VI').reportParagraphs, undefined);
  });

  it('a right paragraph is ok, a wrong one invalid naming the right one, an unknown one partial', () => {
    assert.equal(showReference(idx, 'International Cooperation compendium, part A, III.3.c').status, 'ok');
    const wrong = showReference(idx, 'International Cooperation compendium, part A, VI.5.c and VI.5.d');
    assert.equal(wrong.status, 'invalid');
    assert.match(wrong.problems[0].message, /puts recommendations \(c\) and \(d\) of the sixth meeting in paragraph 5 of its report; the sources give that meeting's recommendations in paragraph 2 of CTOC\/COP\/WG\.3\/2015\/4 .*write VI\.2\.c and VI\.2\.d/);
    const unknown = showReference(idx, 'Technical Assistance compendium, part A, VI.3.c');
    assert.equal(unknown.status, 'partial');
    assert.deepEqual(unknown.problems.map((p) => `${p.severity} ${p.code}`), ['information unchecked-report-paragraph']);
    assert.deepEqual(unknown.targets.map((t) => t.citation), ['resolution 6/4, annex, paragraph (c)']);
  });
});
