// A title quoted without "entitled" is read and checked like one after "entitled": what the user
// sees is the same problem, with the same quick fix, and the fixed text is ok.
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { showReference } from '../../server/src/cli/main';
import { analyzeText } from '../../server/src/features/analyze';
import { index } from './helpers';

const T81 = 'Enhancing the effectiveness of central authorities in international cooperation in criminal matters to counter transnational organized crime';

describe('titles quoted without "entitled"', () => {
  const idx = index();
  for (const text of [
    'Recalling its resolution 8/1, “Implementation of the Organized Crime Convention”,',
    'Recalling its resolution 8/1 (“Implementation of the Organized Crime Convention”),',
    'Recalling its resolution 8/1 on “Implementation of the Organized Crime Convention”,',
    'Recalling its resolution 8/1,\r\n“Implementation of the Organized Crime Convention”,\r\n',
  ]) {
    it(`${JSON.stringify(text)}: wrong-title on the quoted text, whose fix gives an ok citation`, () => {
      const all = analyzeText(idx, text).resolutions;
      assert.equal(all.length, 1);
      const r = all[0];
      assert.equal(r.status, 'mismatch');
      assert.equal(r.problems.length, 1, JSON.stringify(r.problems));
      const p = r.problems[0];
      assert.equal(p.code, 'wrong-title');
      assert.equal(p.message, `the title of resolution 8/1 is “${T81}”; the draft has “Implementation of the Organized Crime Convention”`);
      assert.equal(text.slice(p.span.start, p.span.end), 'Implementation of the Organized Crime Convention');
      assert.equal(p.fixes.length, 1);
      assert.equal(p.fixes[0].title, 'Use the title of resolution 8/1');
      const fixed = text.slice(0, p.fixes[0].span.start) + p.fixes[0].newText + text.slice(p.fixes[0].span.end);
      const again = analyzeText(idx, fixed).resolutions;
      assert.deepEqual(again.map((x) => x.status), ['ok'], JSON.stringify(again.map((x) => x.problems)));
      assert.deepEqual(again[0].targets.map((t) => t.citation), ['resolution 8/1']);
    });
  }

  it('a quoted text in lower case that is not the title is reported as not checked, never ok and never a wrong title', () => {
    const r = showReference(idx, 'Recalling its resolution 8/1 on “the ganja review”,');
    assert.equal(r.status, 'partial');
    assert.deepEqual(r.problems.map((p) => p.code), ['unread-locator']);
    assert.match(r.problems[0].message, /^resolution 8\/1 was checked, but not the quoted “the ganja review” after it/);
  });

  it('each instrument of a list is checked against the title quoted after it', () => {
    const r = showReference(idx, 'Recalling its decision 4/2 and its resolution 8/1, “Implementation of the provisions on international cooperation of the United Nations Convention against Transnational Organized Crime”,');
    assert.equal(r.status, 'mismatch');
    assert.deepEqual(r.problems.map((p) => p.code), ['wrong-title']);
    assert.match(r.problems[0].message, /^the title of resolution 8\/1 is “Enhancing/);
  });
});

describe('a session claimed after a list of instruments', () => {
  const idx = index();
  const fixesOf = (text: string): string[] =>
    analyzeText(idx, text).resolutions.flatMap((r) => r.problems.filter((p) => p.code === 'wrong-session').map((p) => `${text.slice(p.span.start, p.span.end)} → ${p.fixes.map((f) => f.newText).join(' | ') || 'no fix'}`));

  it('is checked for each instrument, with one fix when it is right for all of them', () => {
    assert.deepEqual(fixesOf('Recalling its resolutions 8/1 and 8/4, adopted at its fifth session,'), ['fifth → eighth', 'fifth → eighth']);
  });

  it('offers no fix when the instruments sharing it were adopted at different sessions', () => {
    assert.deepEqual(fixesOf('Recalling its resolutions 8/1 and 9/3, adopted at its fifth session,'), ['fifth → no fix', 'fifth → no fix']);
  });

  it('pairs "respectively" ordinal by ordinal, each with its own fix', () => {
    assert.deepEqual(fixesOf('Recalling its resolutions 9/3 and 8/1, adopted at its eighth and ninth sessions, respectively,'), ['eighth → ninth', 'ninth → eighth']);
  });

  it('covers the claim in the reference, so no session reference is read out of it', () => {
    const a = analyzeText(idx, 'Recalling its resolutions 8/1 and 9/3, adopted at its eighth and ninth sessions, respectively, and');
    assert.deepEqual(a.resolutions.map((r) => `${r.reference.kind} ${r.status}`), ['cop ok']);
  });
});
