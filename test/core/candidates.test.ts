// The candidate-first scan against today's token-by-token scan: the same tokens, the same
// references with the same spans, the same verdicts, on generated drafts and on the sources.
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { againstOutline, blockAsRead, keepingWritten, withSlips, analyzeText, draftContext, outlineOf, referencesOf, shiftResolution } from '../../server/src/features/analyze';
import { DRAFT_START, lineHeadsOf, placeAfter } from '../../server/src/grammar/draftOutline';
import { blocksOf, scanBlock, scanTokenByToken } from '../../server/src/grammar/parser';
import type { Reference } from '../../server/src/grammar/reference';
import { tokenize, Tokens } from '../../server/src/grammar/tokens';
import { mayEndWithLink } from '../../server/src/grammar/unread';
import { readDatasetSources } from '../../server/src/index/loadDataset';
import { Resolver, type Resolution } from '../../server/src/resolver/resolve';
import { ADVERSARIAL } from './adversarial';
import { FRAGMENTS } from './fragments';
import { CASES } from './grammar.cases';
import { index, ROOT } from './helpers';

// Markup the tokenizer reads through, some of it holding words that open a reference: the
// scan must never start inside it.
const MARKUP = [' ', '<sup>', '</sup>', '](#x y)', '[', '( a )', '(\nb)', '( ii\n)', 'CTOC/COP/2020/3.', '\u200b', ' ](#see resolution 8/1) ', '<i t="its decision 3/2">', '[8/1](x annex I)', '( a ', ' pp) ', '(*v*)', 'non-paragraph 3 of', 'd’annex II to', 'CTOC/COP/2020/3.sub-paragraph 3 of', 'CTOC/COP/x.annex II to', 'Reports', 'xpart A', '][res 93]', '][r93]', '][]', '[8/1][x annex I]', '\u00ad', ' \u00ad', '\u00ad\u00ad', '\u200e', ',\u200f', '[II](#)', '[99](x (y) z)', '](a_(b).pdf)'];

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 50 }).map((a) => a.join('')),
  fc.array(fc.constantFrom(...FRAGMENTS, ...MARKUP), { maxLength: 60 }).map((a) => a.join('')),
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

describe('the shortcut of the unread rule before a reference', () => {
  it('never rules out a window whose last token is a link word ("of", "to", "in", "from", "within", "under", "the")', () => {
    const ends = fc.constantFrom(' of ', ' to', ' OF\n', ' of  ', ' To*', ' of](x y) ', ' to <sup>', ' of [', '](#', ' of\u00a0', ' pto', ' off ', ' in ', ' In', ' from*', ' within\n', ' under ', ' the ', ' of the', ' by ', ' By the', ' éin ', ' x-in ', ' it’s in', ' thein', ' *the*', ' and ', ' AND*', ' or\n', ' 3, ', ' sand ', ' and](x) ', ' of both ', ' either');
    fc.assert(
      fc.property(text, ends, fc.nat(), (s, end, a) => {
        const window = s + end;
        const from = a % (window.length + 1);
        const toks = tokenize(window, from, window.length);
        const last = toks[toks.length - 1];
        if (last && last.type === 'word' && ['of', 'to', 'in', 'from', 'within', 'under', 'by', 'the', 'both', 'either'].includes(last.value)) assert.ok(mayEndWithLink(window, from, window.length), JSON.stringify(window.slice(from)));
        // Before a reference that opens with its locator, a list may end in "and", "or" or a comma.
        const listEnd = last && ((last.type === 'word' && (last.value === 'and' || last.value === 'or')) || (last.type === 'punct' && last.value === ','));
        if (listEnd) assert.ok(mayEndWithLink(window, from, window.length, true), JSON.stringify(window.slice(from)));
      }),
      { numRuns: 5000 },
    );
  });
});

/** The references of every block of `text`: by the candidate scan, and by the oracle. */
function bothScans(text: string): { got: Reference[]; want: Reference[] } {
  const got: Reference[] = [];
  const want: Reference[] = [];
  for (const b of blocksOf(text)) {
    got.push(...scanBlock(text, b.start, b.end));
    want.push(...scanTokenByToken(text, b.start, b.end));
  }
  return { got, want };
}

/** Fails with the first reference one scan found and the other did not, in words. */
function assertSameScan(text: string, what: string): void {
  const { got, want } = bothScans(text);
  const quote = (r: Reference | undefined): string => (r ? `${r.kind} “${text.slice(r.span.start, r.span.end)}” at ${r.span.start}` : 'nothing');
  for (let k = 0; k < Math.max(got.length, want.length); k++) {
    if (JSON.stringify(got[k]) === JSON.stringify(want[k])) continue;
    assert.fail(
      `${what}: the token-by-token scan reads ${quote(want[k])}, the candidate scan ${quote(got[k])}. ` +
        'If the grammar now opens a reference at a new word, add the word to OPENERS (server/src/grammar/parser.ts) with its lead.\n' +
        `text: ${JSON.stringify(text.length > 600 ? text.slice(Math.max(0, (want[k] ?? got[k])!.span.start - 200), (want[k] ?? got[k])!.span.end + 200) : text)}`,
    );
  }
}

const PROSE = ['Recalling', 'the', 'its', 'Conference', 'of the Parties', 'in', 'and', 'noting', 'General', 'International', 'technical assistance', 'see', 'part of it', 'this', 'present', ',', '.', ';', 'fourth', 'Working', 'report', 'Article', '\n', '  ', '*', '(', ')'];
const sentence = fc.array(fc.oneof(fc.constantFrom(...CASES.map((c) => c.in)), fc.constantFrom(...PROSE), fc.constantFrom(...FRAGMENTS), fc.constantFrom(...MARKUP)), { maxLength: 25 });

describe('the candidate scan', () => {
  it('finds every reference of the grammar table exactly as the token-by-token scan does', () => {
    // Each case alone, after prose, glued to its neighbours, and in emphasis.
    for (const c of CASES) {
      for (const t of [c.in, `Recalling ${c.in}.`, `the ${c.in} and ${c.in}`, `*${c.in}*`, `x${c.in}`, `(${c.in})`, `its ${c.in}`, `Conference ${c.in}`]) assertSameScan(t, `case ${JSON.stringify(c.in)}`);
    }
  });

  it('finds the same references on generated drafts of grammar cases, prose and fragments', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 6 }), fc.constantFrom(' ', '', '\n', '\n\n', '\u00a0', ...MARKUP), (paras, glue) => {
        assertSameScan(paras.map((p) => p.join(glue)).join(' '), 'generated draft');
      }),
      { numRuns: 1500 },
    );
  });

  it('finds the same references on arbitrary Unicode, markup and reference fragments', () => {
    fc.assert(
      fc.property(text, (s) => assertSameScan(s, 'generated text')),
      { numRuns: 3000 },
    );
  });

  it('reads no further than the block in either scan', () => {
    // Found by the generated drafts: the token-by-token scan read "in 2016," with the next block's words after it.
    assertSameScan('at its eighth session, in 2016,\n\nin\n\nCTOC/COP/2020/3. ', 'a year before a blank line');
  });

  it('finds the same references in the sources themselves and in the adversarial inputs', () => {
    for (const src of readDatasetSources(ROOT)) assertSameScan(src.content, src.file);
    for (const [name, gen] of ADVERSARIAL) assertSameScan(gen(300), name);
  });

  it('gives the same verdicts as resolving what the token-by-token scan reads', () => {
    const idx = index();
    const view = (r: Resolution) => [r.reference, r.status, r.targets, r.problems];
    const draft = readDatasetSources(ROOT).map((s) => s.content).join('\n\n') + CASES.map((c) => c.in).join('\n\n');
    const want: unknown[] = [];
    const body = draftContext(draft);
    const outline = outlineOf(draft);
    let place = DRAFT_START;
    for (const b of blocksOf(draft)) {
      const blockText = draft.slice(b.start, b.end);
      // Read as the analysis reads it: without the marks of editing, its soft line breaks as spaces.
      const read = blockAsRead(blockText);
      // The grammar's references, then the attribution pass, as the analysis reads them.
      const refs = referencesOf(idx, read, body, scanTokenByToken);
      const local = keepingWritten(blockText, read, withSlips(read, refs.map((ref) => new Resolver(idx, read).resolve(ref, refs)), blockText));
      for (const r of againstOutline(local, blockText, outline, place)) want.push(view(shiftResolution(r, b.start)));
      place = placeAfter(place, lineHeadsOf(blockText));
    }
    assert.ok(want.length > 1000);
    assert.deepEqual(analyzeText(idx, draft).resolutions.map(view), want);
  });
});
