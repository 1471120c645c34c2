// A quick fix edits the words that are wrong and nothing the drafter typed around them:
// emphasis, line breaks and their indent, tabs (found by an independent probe of the server's
// edits: preferred fixes deleted "**" and joined lines).
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { analyzeText } from '../../server/src/features/analyze';
import { applyEdit, quickFixesFor } from '../../server/src/features/codeActions';
import { editAsWritten } from '../../server/src/features/writtenEdit';
import { index } from './helpers';

describe('quick fixes edit only the words that change', () => {
  const idx = index();
  /** Each fix offered for the whole text, applied alone: code, preferred, the text after it. */
  const applied = (text: string): string[] =>
    quickFixesFor(analyzeText(idx, text), { start: 0, end: text.length }).map((f) => `${f.code}${f.preferred ? ' (preferred)' : ''}: ${applyEdit(text, f.edit)}`);

  it('keeps emphasis around the corrected words', () => {
    assert.deepEqual(applied('resolution 8/1, annex **2**'), ['annex-form (preferred): resolution 8/1, annex **II**']);
    assert.deepEqual(applied('resolution 8/1, annex _2_'), ['annex-form (preferred): resolution 8/1, annex _II_']);
    assert.deepEqual(applied('resolution 8/1 of 12 October **2016**'), ['wrong-date (preferred): resolution 8/1 of 21 October **2016**']);
    assert.deepEqual(applied('resolution 8/1 of **12** October 2016'), ['wrong-date (preferred): resolution 8/1 of **21** October 2016']);
  });

  it('keeps the no-break spaces the drafter typed (a fix of several words wrote plain spaces; found by the editor probe)', () => {
    const text = 'resolution 8/1, adopted at its eighth session, held on 17, 18 and 21\u00a0October\u00a02016';
    const [fix] = quickFixesFor(analyzeText(idx, text), { start: 0, end: text.length });
    assert.equal(applyEdit(text, fix.edit), 'resolution 8/1, adopted at its eighth session, held from 17 to 21\u00a0October\u00a02016');
    assert.deepEqual(editAsWritten('21\u00a0October\u00a02015', { span: { start: 0, end: 15 }, newText: '8 and 9 October 2014' }), { span: { start: 0, end: 15 }, newText: '8\u00a0and\u00a09\u00a0October\u00a02014' });
  });

  it('keeps the line breaks, their indent and the tabs between the words', () => {
    assert.deepEqual(applied('See resolution 8/1, annex\n2, for the text.'), ['annex-form (preferred): See resolution 8/1, annex\nII, for the text.']);
    assert.deepEqual(applied('- See resolution 8/1 of 12\n  October 2016.'), ['wrong-date (preferred): - See resolution 8/1 of 21\n  October 2016.']);
    assert.deepEqual(applied('- See resolution 8/1 of 12\r\n  October 2016.'), ['wrong-date (preferred): - See resolution 8/1 of 21\r\n  October 2016.']);
    assert.deepEqual(applied('resolution\t8/1 of 12\tOctober\t2016'), ['wrong-date (preferred): resolution\t8/1 of 21\tOctober\t2016']);
    assert.deepEqual(applied('the Working Group on\nInternational Cooperations'), ['misspelt-group (preferred): the Working Group on\nInternational Cooperation']);
    assert.deepEqual(applied('paragraphs 13\nto 11 of resolution 8/1'), ['reversed-range (preferred): paragraphs 11\nto 13 of resolution 8/1']);
  });

  it('keeps the noun a session claim read before "adopted" spans', () => {
    // The fix wrote "At its ninth, the Conference adopted …" (a second independent probe).
    assert.deepEqual(applied('At its eighth session, the Conference adopted resolution 9/3.'), ['wrong-session (preferred): At its ninth session, the Conference adopted resolution 9/3.']);
    assert.deepEqual(applied('At its 8th session, the Conference also adopted resolution 9/3.'), ['wrong-session (preferred): At its 9th session, the Conference also adopted resolution 9/3.']);
  });

  it('offers no fix that would delete a mark of form, and still says the problem', () => {
    // "*8*/1": the symbol's fix would delete one of the two asterisks of the emphasis.
    const text = 'resolution *8*/1, paragraph 13';
    const a = analyzeText(idx, text);
    assert.ok(a.resolutions[0].problems.some((p) => p.code === 'symbol-form'));
    assert.deepEqual(applied(text).filter((f) => f.startsWith('symbol-form')), []);
    // A list rewritten across a line break would join the lines.
    const list = 'Recalling its decisions 8/1,\n9/3 and 3/2';
    assert.deepEqual(analyzeText(idx, list).resolutions.flatMap((r) => r.problems.map((p) => p.code)), ['wrong-kind']);
    assert.deepEqual(applied(list), []);
  });

  it('narrows a fix to its changed words, as applied the same text', () => {
    // Same words everywhere else: the edit covers the changed word only.
    assert.deepEqual(editAsWritten('12 October 2016', { span: { start: 40, end: 55 }, newText: '21 October 2016' }), { span: { start: 40, end: 42 }, newText: '21' });
    // Words added: the smallest stretch that differs, widened to whole words.
    assert.deepEqual(editAsWritten('annex', { span: { start: 10, end: 15 }, newText: 'annex I' }), { span: { start: 10, end: 15 }, newText: 'annex I' });
    assert.deepEqual(editAsWritten('decisions', { span: { start: 0, end: 9 }, newText: 'resolutions' }), { span: { start: 0, end: 9 }, newText: 'resolutions' });
    assert.deepEqual(editAsWritten('8.1', { span: { start: 3, end: 6 }, newText: '8/1' }), { span: { start: 3, end: 6 }, newText: '8/1' });
    assert.equal(editAsWritten('annex **2', { span: { start: 0, end: 9 }, newText: 'annex I and II' }), undefined);
    // Unchanged text: the same edit.
    assert.deepEqual(editAsWritten('8/1', { span: { start: 0, end: 3 }, newText: '8/1' }), { span: { start: 0, end: 3 }, newText: '8/1' });
  });
});

describe('quick fixes of a selection', () => {
  const text = 'Recalling resolution 9/3, annex 3,\n\nRecalling resolution 8/1, annex **2**,\n\nRecalling resolution 9/3, annex 3,\n';
  const a = analyzeText(index(), text);
  const lines = (fixes: ReturnType<typeof quickFixesFor>): number[] => [...new Set(fixes.map((f) => text.slice(0, f.edit.span.start).split('\n').length - 1))].sort((x, y) => x - y);

  it('offers the fixes of every paragraph the selection meets, not only those at its ends', () => {
    assert.deepEqual(lines(quickFixesFor(a, { start: 0, end: text.length - 1 })), [0, 2, 4]);
    const middle = text.indexOf('Recalling resolution 8/1');
    assert.deepEqual(lines(quickFixesFor(a, { start: middle - 1, end: text.indexOf('\n', middle) + 1 })), [2]);
    assert.deepEqual(lines(quickFixesFor(a, { start: 10, end: text.lastIndexOf('Recalling') })), [0, 2]);
  });

  it('reads a selection made backwards as the same range', () => {
    const forwards = quickFixesFor(a, { start: 2, end: 30 });
    assert.ok(forwards.length > 0);
    assert.deepEqual(quickFixesFor(a, { start: 30, end: 2 }), forwards);
  });
});

describe('an annex numbered in another script, after a bare one of the same text elsewhere', () => {
  it('is checked as the annex it names, not given the bare annex verdict remembered (whose fix wrote “annex I” before the numeral)', () => {
    const text = 'Recalling resolution 8/1, ANNEX, and noting\n\nRecalling resolution 8/1, ANNEX \u2161.';
    const a = analyzeText(index(), text);
    const second = a.resolutions.filter((r) => r.reference.span.start > text.indexOf('\n\n'));
    assert.deepEqual(second.flatMap((r) => r.problems.map((p) => p.code)), ['annex-form']);
    const fixes = quickFixesFor(a, { start: text.lastIndexOf('ANNEX'), end: text.length });
    assert.deepEqual(fixes.map((f) => applyEdit(text, f.edit).slice(text.indexOf('\n\n') + 2)), ['Recalling resolution 8/1, ANNEX II.']);
  });
});
