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
});
