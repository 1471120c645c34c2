// The Technical Assistance compendium dates its second meeting "3 to 5 October 2007" (heading,
// line 82) and "from 16 to 17 October 2007" (its own paragraph 1, line 84); resolution 6/4's
// annex dates the sixth meeting "17 October 2012" (line 573) where part A says "17 and 18
// October 2012" (line 219). The audit says so, and a draft citing either date is warned.
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { showReference } from '../../server/src/cli/main';
import { doc, index, sourceLine } from './helpers';

const TA = 'data/sources/technical-assistance-compendium.txt';

describe('meeting dates the sources disagree on', () => {
  const idx = index();

  it('are found and listed by the audit, with both lines', () => {
    assert.match(sourceLine(TA, 82), /^II\. Second meeting, 3 to 5 October 2007$/);
    assert.match(sourceLine(TA, 84), /held a meeting in Vienna from 16 to 17 October 2007/);
    const conflicts = idx.data.audit.filter((a) => a.code === 'meeting-conflict').map((a) => `${doc(a.source.file)}:${a.source.line} ${a.message}`);
    assert.deepEqual(conflicts, [
      `TA:84 the second meeting of the Working Group on Technical Assistance is dated 3 to 5 October 2007 by its heading (${TA}:82) but 16 to 17 October 2007 here (“held a meeting in Vienna from 16 to 17 October 2007”); drafts citing it with either date are warned`,
      `TA:573 the sixth meeting of the Working Group on Technical Assistance is dated 17 and 18 October 2012 by its heading (${TA}:219) but 17 October 2012 here (“its meeting held on 17 October 2012”); drafts citing it with either date are warned`,
    ]);
    // Meetings whose sources agree (annex headings of resolution 8/1 and 9/3) give none.
    assert.equal(idx.data.meetings.find((m) => m.id === 'wg_ic__mtg_VI')!.otherDates, undefined);
  });

  it('a draft citing either date gets ambiguous-date naming both; another date is wrong-date with a fix for each', () => {
    for (const dates of ['from 3 to 5 October 2007', 'from 16 to 17 October 2007']) {
      const r = showReference(idx, `the meeting of the Working Group on Technical Assistance held ${dates}`);
      assert.equal(r.status, 'ambiguous', dates);
      assert.deepEqual(r.targets.map((t) => t.citation), ['Working Group on Technical Assistance, second meeting']);
      assert.deepEqual(r.problems.map((p) => p.code), ['ambiguous-date']);
      assert.match(r.problems[0].message, /the sources disagree on when the Working Group on Technical Assistance, second meeting was held: 3 to 5 October 2007 \(.*line 82\) and 16 to 17 October 2007 \(.*line 84\)/);
    }
    const wrong = showReference(idx, 'the second meeting of the Working Group on Technical Assistance, held from 1 to 2 October 2007');
    assert.equal(wrong.status, 'mismatch');
    assert.match(wrong.problems[0].message, /“1 to 2 October 2007” is neither/);
    const sixth = showReference(idx, 'the sixth meeting of the Working Group on Technical Assistance, held on 17 October 2012');
    assert.equal(sixth.status, 'ambiguous');
    // A month both dates fall in is not in dispute.
    assert.equal(showReference(idx, 'the meeting of the Working Group on Technical Assistance held in October 2007').status, 'ok');
  });
});
