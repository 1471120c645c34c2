// Issue 12, item 1 as a property: for references with random locator tails, drawn from every
// locator form and from near-misses, the verdict is `ok` only if the parse consumed every
// locator token that touches the reference; otherwise the rest is reported (`partial`).
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyzeText } from '../../server/src/features/analyze';
import { tokenize } from '../../server/src/grammar/tokens';
import { index } from './helpers';

const BASES = ['resolution 8/1', 'decision 3/2', 'resolution 9/3', 'resolutions 8/1 and 9/3', 'decision 4/2', 'resolution 7/4', 'paragraph 2 of resolution 8/1', 'annex II to resolution 8/1'];

/** Locator material as drafters write it, right and wrong, with forms the grammar reads and forms it does not. */
const LOCATOR_FRAGMENTS = [
  ', annex II', ', annex I', ', annex', ', annex III', ', annex II,', ' annex II', ', paragraph 3', ', paragraphs 4 and 5', ', para. 13', ', paras. 2-3',
  ', PP 4', ', PP 2–3', ', preambular paragraph 4', ' (c)', ' (c) (ii)', ', (g)', ' and (d)', ', 1 (c)', ', 2', ' 3', ', recommendation 3',
  ', recommendations (a) and (b)', ' (paras. 4 and 9)', ' (para. 13', ', sixth preambular paragraph', ', 25th preambular paragraph',
  ', twenty-first preambular paragraph', ', section II', ', chapter 3', ', clause (q)', ', item 7', ', point 4', ', footnote 2', ', subparagraph (b)',
  ', sub-paragraph (ii)', ', operative paragraph 5', ' paragraph 3', ', annex II, 1 (c)', ', (I)', ' (q) (z)', ', PP', ', para.', ', annex II (c)',
  ', paragraph 2, subparagraph (b)', ', and (h)', ', or (k)', ' (annex II, para. 2)', ', paragraph 3 bis', ' bis', ' ter', ', (a) quater',
];
/** Prose after a reference: nothing in it is a locator of the reference. */
const NEAR_MISSES = [' which', ' –', ', in which it decided', ' of 2016', ' (2016)', '.', ', and decides', '; ', ' in particular', ' was adopted', ', adopted in 2016', ' and the Protocols'];

/** Tokens that name a locator, by the test's own definition (not the grammar's). */
const LOCATOR_WORDS = /^(?:annex|annexes|paragraphs?|paras?|pp|preambular|recommendations?|section|chapter|clause|item|point|footnote|subparagraphs?|sub-paragraph|operative|sixth|twenty-first|th|bis|ter|quater|i|ii|iii|iv|v|vi|vii|viii|ix|x)$/;

const cases = fc.record({
  base: fc.constantFrom(...BASES),
  tail: fc.array(fc.constantFrom(...LOCATOR_FRAGMENTS), { minLength: 1, maxLength: 4 }),
  after: fc.array(fc.constantFrom(...NEAR_MISSES, ...LOCATOR_FRAGMENTS), { maxLength: 3 }),
  prefix: fc.constantFrom('', 'Recalling ', 'See also '),
});

describe('ok means checked', () => {
  const idx = index();
  it('a reference is ok only if the parse consumed every locator token touching it', () => {
    let partial = 0;
    let ok = 0;
    fc.assert(
      fc.property(cases, ({ base, tail, after, prefix }) => {
        const touching = prefix + base + tail.join('');
        const text = touching + (after.length && !NEAR_MISSES.includes(after[0]) ? ' which' : '') + after.join('');
        const a = analyzeText(idx, text);
        const chosen = a.resolutions.find((r) => r.status !== 'external');
        assert.ok(chosen, text);
        const locatorTokens = tokenize(text, prefix.length + base.length, touching.length).filter((t) => t.type === 'num' || t.type === 'plabel' || (t.type === 'word' && LOCATOR_WORDS.test(t.value)));
        const unconsumed = locatorTokens.filter((t) => t.start < chosen.reference.span.start || t.end > chosen.reference.span.end);
        const detail = `${JSON.stringify(text)} → ${chosen.status} ${JSON.stringify(chosen.problems.map((p) => `${p.code}: ${p.message}`))}`;
        if (chosen.status === 'ok') {
          ok++;
          assert.deepEqual(unconsumed.map((t) => t.raw), [], detail);
          assert.equal(chosen.reference.unread, undefined, detail);
        }
        if (chosen.reference.unread) {
          assert.notEqual(chosen.status, 'ok', detail);
          assert.ok(chosen.problems.some((p) => p.code === 'unread-locator'), detail);
        }
        if (chosen.status === 'partial') partial++;
        // Whatever the verdict, no locator token touching the reference is outside its range
        // unless the verdict says something is wrong with it.
        if (unconsumed.length > 0) assert.ok(chosen.problems.some((p) => p.severity !== 'information'), detail);
      }),
      { numRuns: 3000, seed: 12 },
    );
    // The generator does reach both sides of the rule.
    assert.ok(ok > 100 && partial > 100, `${ok} ok, ${partial} partial`);
  });

  it('"paragraph 3 bis" (inserted in negotiation) is never passed as paragraph 3', () => {
    for (const [text, unread] of [
      ['Recalling resolution 8/1, paragraph 3 bis, and welcoming', 'bis'],
      ['in accordance with resolution 8/1, annex I, (a) ter', 'ter'],
    ]) {
      const r = analyzeText(idx, text).resolutions[0];
      assert.equal(r.status, 'partial', text);
      const p = r.problems.find((x) => x.code === 'unread-locator')!;
      assert.equal(text.slice(p.span.start, p.span.end), unread);
    }
  });

  it('marks exactly what it did not read, with its range', () => {
    const text = 'Recalling resolution 8/1, section II, paragraph 3, and welcoming';
    const a = analyzeText(idx, text);
    const r = a.resolutions[0];
    assert.equal(r.status, 'partial');
    const p = r.problems.find((x) => x.code === 'unread-locator')!;
    assert.equal(text.slice(p.span.start, p.span.end), 'section II, paragraph 3');
    assert.equal(p.severity, 'warning');
  });

  it('a line that opens with a paragraph number or an annex heading is the draft’s next part, not unread material of the citation before it', () => {
    for (const text of ['1. Recalling resolution 8/1,\n2. Decides to act;', 'Recalling resolution 8/1,\r\n**13.** Decides', 'Recalling resolution 8/1\nAnnex\n1. See']) {
      const a = analyzeText(idx, text);
      assert.deepEqual(a.resolutions.map((r) => [text.slice(r.reference.span.start, r.reference.span.end), r.status]), [['resolution 8/1', 'ok']], JSON.stringify(text));
    }
    // On the same line, or on a line that opens with no head, it is still said.
    for (const text of ['Recalling resolution 8/1, 13 bis, and', 'Recalling resolution 8/1,\nparagraph 13 bis, and']) {
      assert.equal(analyzeText(idx, text).resolutions[0].status, 'partial', JSON.stringify(text));
    }
  });
});
