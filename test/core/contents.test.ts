// Contents lists: "N/N. Title" lines under a heading of decisions or resolutions are references
// whose titles are checked; the same lines anywhere else stay plain text.
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { analyzeText, updateAnalysis } from '../../server/src/features/analyze';
import { index } from './helpers';

describe('contents lists', () => {
  const idx = index();
  const verdicts = (text: string): string[] =>
    analyzeText(idx, text)
      .resolutions.filter((r) => r.reference.contentsLine)
      .map((r) => `${r.reference.instruments[0].kind} ${r.reference.instruments[0].symbol} → ${r.status}${r.problems.map((p) => ` ${p.code}`).join('')}`);

  it('reads the lines under a heading of decisions, across blank lines between items', () => {
    const text = [
      'Decisions adopted by the Conference at its third session',
      '',
      '3/2. Implementation of the provisions on international cooperation in the United Nations Convention against Transnational Organized Crime',
      '',
      '3/4. Recommendations of the open-ended interim working group on technical assistance',
      '',
      '3/5. Activities of the Conference',
    ].join('\n');
    assert.deepEqual(verdicts(text), ['decision 3/2 → ok', 'decision 3/4 → mismatch wrong-title', 'decision 3/5 → unknown unknown-instrument']);
    const fix = analyzeText(idx, text).resolutions.find((r) => r.status === 'mismatch')!.problems[0].fixes[0];
    assert.equal(fix.newText, 'Recommendations of the open-ended interim working group of government experts on technical assistance');
  });
  it('reads a hard-wrapped list as the same list: a title over two lines is one title, and the heading of the items after it', () => {
    // The heading's second line, and each title's last line, stood between an item and the heading: no item was read (3/4's wrong title passed).
    const text = [
      'Decisions adopted by the Conference at its',
      'third session',
      '',
      '3/2. Implementation of the provisions on international',
      'cooperation in the United Nations Convention against',
      'Transnational Organized Crime',
      '',
      '3/4. Recommendations of the open-ended interim working group',
      'on technical assistance',
      '',
      '3/5. Activities of the Conference',
    ].join('\n');
    assert.deepEqual(verdicts(text), ['decision 3/2 → ok', 'decision 3/4 → mismatch wrong-title', 'decision 3/5 → unknown unknown-instrument']);
  });
  it('under "Resolutions and decisions" each symbol takes its own kind; list markup is allowed', () => {
    const text = '**B. Resolutions and decisions**\n- 8/1. Enhancing the effectiveness of central authorities in international cooperation in criminal matters to counter transnational organized crime\n- 4/3. Recommendations of the Working Group';
    assert.deepEqual(verdicts(text), ['resolution 8/1 → ok', 'decision 4/3 → mismatch wrong-title']);
  });
  it('near-misses stay plain text: no heading, a heading of something else, a sentence', () => {
    assert.deepEqual(verdicts('3/4. Recommendations of the working group'), []);
    assert.deepEqual(verdicts('Figures for the year\n3/4. of respondents agreed'), []);
    assert.deepEqual(verdicts('The Conference recalled its decisions.\n3/4. of respondents agreed'), []);
  });
  it('an edit to the heading re-reads the list below it', () => {
    const before = 'Figures\n\n3/2. Implementation of the provisions';
    const a = analyzeText(idx, before);
    assert.deepEqual(a.resolutions.filter((r) => r.reference.contentsLine), []);
    const after = before.replace('Figures', 'Decisions');
    const b = updateAnalysis(a, after, undefined, { start: 0, endOld: 7 });
    assert.deepEqual(b.resolutions.filter((r) => r.reference.contentsLine).map((r) => r.status), ['mismatch']);
  });

  // Every single-character edit of a heading with a line of spaces, a paragraph of prose and a
  // contents list under it: the edit's analysis equals a fresh one. A line of spaces between
  // blank lines stopped the blocks after it from being read again (a stale wrong-kind stayed).
  it('after every one-character edit of a heading above a line of spaces and a contents list, equals a fresh analysis', () => {
    const text = 'Resolutions adopted by the Conference at its third session\n\n \n\n3/2. Implementation of the provisions on international cooperation in the United Nations Convention against Transnational Organized Crime';
    const sig = (a: ReturnType<typeof analyzeText>): string => a.resolutions.map((r) => `${r.reference.span.start}:${r.status}${r.problems.map((p) => ` ${p.code}@${p.span.start}`).join('')}`).join(' | ');
    const prev = analyzeText(idx, text);
    let edits = 0;
    for (let at = 0; at <= text.length; at++) {
      for (const ins of ['', '\n', 'x', ' ']) {
        if (ins === '' && at === text.length) continue;
        const endOld = ins === '' ? at + 1 : at;
        const next = text.slice(0, at) + ins + text.slice(endOld);
        assert.equal(sig(updateAnalysis(prev, next, undefined, { start: at, endOld })), sig(analyzeText(idx, next)), `${JSON.stringify(ins)} at ${at}`);
        edits++;
      }
    }
    assert.ok(edits > 600, String(edits));
  });

  it('reads a title line after two blank lines of spaces as after one', () => {
    const one = analyzeText(idx, 'Austria\n \nDraft decision\n\nThe Conference,\n\n1. Recalls paragraph 2 of the present resolution;\n\n2. Decides.');
    const two = analyzeText(idx, 'Austria\n \n \nDraft decision\n\nThe Conference,\n\n1. Recalls paragraph 2 of the present resolution;\n\n2. Decides.');
    const codes = (a: ReturnType<typeof analyzeText>): string[] => a.resolutions.flatMap((r) => r.problems.map((p) => p.code));
    assert.deepEqual(codes(one), ['wrong-kind']);
    assert.deepEqual(codes(two), ['wrong-kind']);
  });
});
