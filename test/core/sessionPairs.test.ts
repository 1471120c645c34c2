// "the Conference, at its fourth and fifth sessions": one plural, two sessions, each read and
// checked as "at its fourth session" is, each on its own words of the draft.
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { analyzeText } from '../../server/src/features/analyze';
import { index } from './helpers';

describe('two sessions in one plural', () => {
  const idx = index();
  const read = (text: string) =>
    analyzeText(idx, text).resolutions.map((r) => ({
      words: text.slice(r.reference.span.start, r.reference.span.end),
      status: r.status,
      cites: r.targets.map((t) => t.citation),
      problems: r.problems.map((p) => `${p.code} “${text.slice(p.span.start, p.span.end)}”`),
    }));

  it('reads each session on its own words, checked against the sessions the sources describe', () => {
    const text = 'Recalling the decisions taken by the Conference, at its fourth and fifth sessions, on technical assistance,';
    assert.deepEqual(read(text), [
      { words: 'its fourth', status: 'ok', cites: ['fourth session of the Conference'], problems: [] },
      { words: 'fifth sessions', status: 'ok', cites: ['fifth session of the Conference'], problems: [] },
    ]);
  });

  it('a session the sources do not describe is reported on its ordinal only', () => {
    const text = 'Recalling its eighth and twelfth sessions,';
    const r = read(text);
    assert.deepEqual(r.map((x) => x.status), ['ok', 'unknown']);
    assert.deepEqual(r[1].problems, ['unknown-session “twelfth”']);
  });

  it('three sessions, or sessions written in figures, are each read on their own words (were read as nothing)', () => {
    assert.deepEqual(read('Recalling its seventh, eighth and twelfth sessions,'), [
      { words: 'its seventh', status: 'ok', cites: ['seventh session of the Conference'], problems: [] },
      { words: 'eighth', status: 'ok', cites: ['eighth session of the Conference'], problems: [] },
      { words: 'twelfth sessions', status: 'unknown', cites: [], problems: ['unknown-session “twelfth”'] },
    ]);
    assert.deepEqual(read('Recalling its 11th and 12th sessions,').map((x) => [x.words, x.status, x.problems]), [
      ['its 11th', 'unknown', ['unknown-session “11th”']],
      ['12th sessions', 'unknown', ['unknown-session “12th”']],
    ]);
    // Far from "sessions" in prose (the scan starts from "sessions" as far back as the longest list).
    const long = 'Recalling its first, second, third, fourth, fifth, sixth, seventh, eighth and ninth sessions,';
    assert.equal(read(long).length, 9);
    assert.ok(read(long).every((x) => x.status === 'ok'));
  });

  it('the same words after another group are that group’s meeting, not a remembered verdict of the first', () => {
    const text = 'Noting the Working Group on Technical Assistance, at its eighth and ninth sessions,\n\nWelcoming the work of the Working Group on International Cooperation, at its eighth and ninth sessions';
    assert.deepEqual(read(text).map((x) => x.cites[0]), [
      'Working Group on Technical Assistance, eighth meeting',
      'Working Group on Technical Assistance, ninth meeting',
      'Working Group on International Cooperation, eighth meeting',
      'Working Group on International Cooperation, ninth meeting',
    ]);
  });

  it('whose sessions they are is decided once, for both', () => {
    const wg = read('Noting that the Working Group on International Cooperation, at its eighth and ninth sessions, considered');
    assert.deepEqual(wg.map((x) => x.cites), [['Working Group on International Cooperation, eighth meeting'], ['Working Group on International Cooperation, ninth meeting']]);
    const ga = read('Recalling that the General Assembly, at its fourth and fifth sessions, adopted');
    assert.deepEqual(ga.map((x) => x.status), ['external', 'external']);
  });
});
