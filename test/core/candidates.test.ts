// The candidate-first scan against today's token-by-token scan: the same tokens, the same
// references with the same spans, the same verdicts, on generated drafts and on the sources.
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { tokenize } from '../../server/src/grammar/tokens';
import { Tokens } from '../../server/src/grammar/tokens';
import { FRAGMENTS } from './fragments';

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 50 }).map((a) => a.join('')),
  fc.array(fc.constantFrom(...FRAGMENTS, ' ', '<sup>', '</sup>', '](#x y)', '[', '( a )', '(\nb)', '( ii\n)', 'CTOC/COP/2020/3.', '\u200b'), { maxLength: 60 }).map((a) => a.join('')),
);

describe('tokens made on demand', () => {
  it('are the tokens tokenize makes, from any token start, within any bounds', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (s, a, b) => {
        const to = s.length - (b % (s.length + 1));
        const all = tokenize(s, 0, to);
        // From the start, and from the start of any token (where the scanner may resume).
        const from = all.length ? all[a % all.length].start : 0;
        const expected = tokenize(s, from, to).map((t) => [t.type, t.value, t.raw, t.start, t.end]);
        const lazy = new Tokens(s, from, to);
        const got: unknown[] = [];
        for (let k = 0; lazy.has(k); k++) got.push([lazy.type(k), lazy.value(k), lazy.raw(k), lazy.start(k), lazy.end(k)]);
        assert.deepEqual(got, expected);
      }),
      { numRuns: 3000 },
    );
  });
});
