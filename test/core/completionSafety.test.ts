// Completion never writes over what the drafter wrote, nor in front of it twice (found by an
// independent probe of the server over stdio: a list opened by a typed space put "1" over
// "13", the search hint ate the rest of a word, phrases were written before the same phrase).
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { applyEdit } from '../../server/src/features/codeActions';
import { completionsAt, type CompletionTrigger } from '../../server/src/features/completion';
import { index } from './helpers';

describe('completion leaves what is written after the cursor as written', () => {
  const idx = index();
  /** Each item at "|", applied: the text after it. */
  const results = (marked: string, trigger: CompletionTrigger = { kind: 'invoked' }): string[] => {
    const at = marked.indexOf('|');
    const text = marked.replace('|', '');
    return completionsAt(idx, text, at, {}, trigger).map((c) => applyEdit(text, { span: c.replace, newText: c.insertText }));
  };
  const space: CompletionTrigger = { kind: 'character', character: ' ' };

  it('opens no list by itself in front of written text', () => {
    assert.deepEqual(results('resolution 8/1, paragraph |13 and more', space), []);
    assert.deepEqual(results('resolution 8/1, PP |8th', space), []);
    assert.deepEqual(results('resolution 8/1, annex I, |(j)', space), []);
    assert.deepEqual(results('resolution 8/1, annex I, (|j)', { kind: 'character', character: '(' }), []);
    // Nor with spaces between the cursor and written text (a second space typed: the first item
    // took " 13" and wrote "1", took "annex  II, " and wrote "annex I").
    assert.deepEqual(results('resolution 8/1, paragraph | 13, and', space), []);
    assert.deepEqual(results('resolution 8/1, annex | II, 1 (h)', space), []);
    assert.deepEqual(results('resolution 8/1 of 2 | October 2016', space), []);
    assert.deepEqual(results('resolution 8/1, PP | 4', space), []);
    // Asked for, the list still comes there.
    assert.ok(results('resolution 8/1, paragraph | 13, and').length > 0);
    // At the line's end, or before the parenthesis the editor closed, it does.
    assert.equal(results('resolution 8/1, paragraph |', space)[0], 'resolution 8/1, paragraph 1');
    assert.equal(results('resolution 8/1, paragraph | ', space)[0], 'resolution 8/1, paragraph 1 ');
    assert.equal(results('resolution 8/1, annex I, (|)', { kind: 'character', character: '(' })[0], 'resolution 8/1, annex I, (a)');
  });

  it('keeps the space before a label it replaces, and a space before the next word', () => {
    assert.deepEqual(results('resolution 8/1, annex I,| (a) text').slice(0, 2), ['resolution 8/1, annex I, (a) text', 'resolution 8/1, annex I, (b) text']);
    assert.equal(results('Recalling resolution |of 21 October 2016')[0], 'Recalling resolution 5/6 of 21 October 2016');
    // Before a space already written, one space.
    assert.equal(results('resolution 8/1, | paragraph 3')[0], 'resolution 8/1, annex I, paragraph 3');
  });

  it('never writes a phrase in front of the words already there', () => {
    assert.deepEqual(results('resolution 8/1 of 21 October 2016, e|ntitled “Enhancing”'), []);
    assert.deepEqual(results('the eighth session of the Conference, h|eld in Vienna from 17 to 21 October 2016'), []);
    for (const r of results('the ninth meeting of the Working Group o|n International Cooperation')) assert.doesNotMatch(r, /Cooperation International|Assistance International/, r);
    // A date written over the date there: replaced, not written twice.
    assert.equal(results('resolution 8/1 of 2|1 October 2016')[0], 'resolution 8/1 of 21 October 2016');
  });

  it('opens no list of sessions or meetings by itself (an Enter ending the line would take its first item)', () => {
    // Found by an independent probe over stdio: the space after "at its ninth session" offered its
    // dates, and the Enter that ended the line wrote them in.
    assert.deepEqual(results('Requests the Secretariat to report to the Conference at its ninth session |', space), []);
    assert.deepEqual(results('Requests the Secretariat to report to the Conference at its |', space), []);
    assert.deepEqual(results('the meeting of the Working Group |', space), []);
    // Asked for, they are offered.
    assert.ok(results('Requests the Secretariat to report to the Conference at its |').some((r) => r.endsWith('at its ninth session')));
  });

  it('replaces the parenthesis the editor closed, whatever the item', () => {
    // "1" chosen in "(|)" gave "1)".
    const items = results('Recalling resolution 8/1, annex II, (|), and resolution 9/3', { kind: 'character', character: '(' });
    assert.ok(items.length > 0);
    for (const r of items) assert.doesNotMatch(r, /\(\)|[^(]\d\)|\)\),/, r);
    assert.ok(items.includes('Recalling resolution 8/1, annex II, 1, and resolution 9/3'), items.slice(0, 4).join(' / '));
  });

  it('never replaces half a word after a symbol', () => {
    // The tail after the cursor was cut at 12 characters: "resolution 5/6 lmnop".
    for (const r of results('Recalling resolution 8/|1abcdefghijklmnop')) assert.match(r, /abcdefghijklmnop$/, r);
    for (const r of results('Recalling resolution 8/|1/CTOC/COP/WG')) assert.match(r, /\/CTOC\/COP\/WG$/, r);
    // Inside a symbol the whole symbol is replaced.
    assert.ok(results('Recalling resolution 8/|1, annex I').includes('Recalling resolution 5/6, annex I'));
  });

  it('completes a kind word in capitals as in lower case (what it checks, it completes)', () => {
    assert.ok(results('Recalling RESOLUTION |').includes('Recalling RESOLUTION 8/1'));
    assert.ok(results('Recalling RESOLUTIONS 8/1 and |').includes('Recalling RESOLUTIONS 8/1 and 9/3'));
    assert.deepEqual(results('Recalling GENERAL ASSEMBLY RESOLUTION |').filter((r) => /RESOLUTION \d/.test(r)), []);
  });

  it('the search hint eats nothing', () => {
    assert.deepEqual(results('See @e|lectronic evidence here'), ['See @electronic evidence here']);
  });
});
