// Property tests: the grammar and resolver never throw, spans stay inside the text, an edit
// re-read incrementally equals a full read, and the parser's work grows linearly with the input.
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { againstOutline, blockAsRead, keepingWritten, withSlips, analyzeText, draftContext, outlineOf, referencesOf, shiftResolution, updateAnalysis, type Analysis } from '../../server/src/features/analyze';
import { DRAFT_START, lineHeadsOf, placeAfter } from '../../server/src/grammar/draftOutline';
import { blocksOf, parseTokens } from '../../server/src/grammar/parser';
import { readDatasetSources } from '../../server/src/index/loadDataset';
import { Resolver, type Resolution } from '../../server/src/resolver/resolve';
import { makeDraft, referenceSentences } from '../bench/corpus';
import { Tokens } from '../../server/src/grammar/tokens';
import { ADVERSARIAL } from './adversarial';
import { FRAGMENTS } from './fragments';
import { LARGE } from './large';
import { applyEdit, index, ROOT } from './helpers';


const draft = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((a) => a.join('')),
  fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'grapheme', maxLength: 5 })), { maxLength: 60 }).map((a) => a.join(' ')),
);

/** Tokens that count the parser's reads of them. */
class CountedTokens extends Tokens {
  reads = 0;
  override has(k: number): boolean {
    this.reads++;
    return super.has(k);
  }
  override type(k: number): ReturnType<Tokens['type']> {
    this.reads++;
    return super.type(k);
  }
  override isWord(k: number, v: string): boolean {
    this.reads++;
    return super.isWord(k, v);
  }
  override isPunct(k: number, v: string): boolean {
    this.reads++;
    return super.isPunct(k, v);
  }
}

/** Tokens, and the reads of them the parser makes, over every block of `text`. */
function parserWork(text: string): { tokens: number; reads: number } {
  let reads = 0;
  let tokens = 0;
  for (const b of blocksOf(text)) {
    const counted = new CountedTokens(text, b.start, b.end);
    parseTokens(text, counted);
    tokens += counted.count;
    reads += counted.reads;
  }
  return { tokens, reads };
}

const verdictView = (r: Resolution) => [r.reference.span, r.status, r.targets.map((t) => [t.id, t.span, t.citation]), r.problems.map((p) => [p.code, p.severity, p.span, p.message, p.fixes])];

/** Every reference of `text` resolved by a new resolver, with no remembered verdict. */
function freshVerdicts(text: string): unknown[] {
  const out: unknown[] = [];
  const draft = draftContext(text);
  const outline = outlineOf(text);
  let place = DRAFT_START;
  for (const b of blocksOf(text)) {
    const blockText = text.slice(b.start, b.end);
    // Read as the analysis reads it: without the marks of editing, its soft line breaks as spaces.
    const read = blockAsRead(blockText);
    const refs = referencesOf(index(), read, draft);
    const local = keepingWritten(blockText, read, withSlips(read, refs.map((ref) => new Resolver(index(), read).resolve(ref, refs)), blockText));
    for (const r of againstOutline(local, blockText, outline, place)) out.push(verdictView(shiftResolution(r, b.start)));
    place = placeAfter(place, lineHeadsOf(blockText));
  }
  return out;
}

describe('grammar properties', () => {
  const idx = index();

  it('a remembered verdict moved onto a repeated reference equals resolving it afresh', () => {
    // Every sentence of the sources that cites something, and every drafter variant of the
    // grammar table, repeated at different offsets: the second occurrence onwards is served
    // from the memo of verdicts.
    const sentences = referenceSentences(readDatasetSources(ROOT).map((s) => s.content));
    const text = makeDraft(sentences, 400_000, 5);
    const fresh = freshVerdicts(text);
    assert.ok(fresh.length > 1000);
    assert.deepEqual(analyzeText(idx, text).resolutions.map(verdictView), fresh);
  });

  it('a remembered verdict is not served to a paragraph whose Working Group differs', () => {
    // "the Working Group at its tenth meeting" takes its group from the paragraph: the same words
    // after the Working Group on Trafficking in Persons and with no group named are two verdicts.
    const text = 'Noting the report of the Working Group on Trafficking in Persons, and that the Working Group at its tenth meeting adopted recommendations,\n\nThe Working Group at its tenth meeting adopted recommendations on asset recovery.\n';
    const codes = analyzeText(idx, text).resolutions.filter((r) => r.reference.kind === 'subsidiary').map((r) => r.problems.map((p) => p.code).join());
    assert.deepEqual(codes, ['unknown-body', 'unknown-body', 'ambiguous-working-group']);
    assert.deepEqual(analyzeText(idx, text).resolutions.map(verdictView), freshVerdicts(text));
  });

  it('a remembered verdict is not served to a session whose year, written after the list, differs', () => {
    // "its fourth" holds no year of its own: the year paired with it after the list is outside its span.
    const text = 'At its fourth and fifth sessions, held in 2008 and 2010, respectively, it met.\n\nAt its fourth and fifth sessions, held in 2009 and 2010, respectively, it met.\n';
    const codes = analyzeText(idx, text).resolutions.map((r) => r.problems.map((p) => p.code).join());
    assert.deepEqual(codes, ['', '', 'wrong-date', '']);
    assert.deepEqual(analyzeText(idx, text).resolutions.map(verdictView), freshVerdicts(text));
  });

  it('a remembered verdict is not served to the first group of a joint meeting whose dates differ', () => {
    // The dates follow the second group's name: outside the first group's span.
    const joint = (days: string): string => `the joint meeting of the Working Group on International Cooperation and the Working Group on Technical Assistance held from ${days} October 2017.`;
    const text = `${joint('9 to 13')}\n\n${joint('9 to 14')}\n`;
    const codes = analyzeText(idx, text).resolutions.map((r) => r.problems.map((p) => p.code).join());
    assert.deepEqual(codes, ['', '', 'wrong-date', 'wrong-date']);
    assert.deepEqual(analyzeText(idx, text).resolutions.map(verdictView), freshVerdicts(text));
  });

  it('remembered verdicts equal fresh ones on generated drafts too', () => {
    fc.assert(
      fc.property(fc.array(draft, { minLength: 2, maxLength: 4 }), (parts) => {
        const text = parts.join(' resolution 8/1, annex II, 1 (c) ');
        assert.deepEqual(analyzeText(idx, text).resolutions.map(verdictView), freshVerdicts(text));
      }),
      { numRuns: 400 },
    );
  });
  it('never throws on arbitrary Unicode and reference fragments; spans stay inside the text', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const a = analyzeText(idx, text);
        for (const r of a.resolutions) {
          assert.ok(r.reference.span.start >= 0 && r.reference.span.end <= text.length && r.reference.span.start < r.reference.span.end);
          for (const p of r.problems) assert.ok(p.span.start >= 0 && p.span.end <= text.length);
          for (const t of r.targets) assert.ok(t.span.start >= r.reference.span.start && t.span.end <= r.reference.span.end, JSON.stringify({ text, t }));
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('re-reading only the edited blocks equals a full read when an edit merges or splits blocks', () => {
    // Found by the property below: deleting part of a blank line merged two blocks, and the
    // second block's reference then continued the Assembly's resolution before it.
    const cases: { text: string; at: number; del: number; ins: string }[] = [
      { text: '\nNoting paragraph 13 of resolution 88/1.\r\n\r\nresolution 9/3, annex I, (a)–(d)', at: 37, del: 5, ins: '8/1' },
      { text: 'General Assembly resolution 55/25\n  \nresolution 8/1, annex II', at: 36, del: 1, ins: '' },
      { text: 'General Assembly resolution 55/25\n\n\nresolution 8/1, annex II', at: 34, del: 2, ins: '' },
      { text: 'General Assembly resolution 55/25 resolution 8/1, annex II', at: 33, del: 0, ins: '\n\n' },
      { text: 'resolution 8/1,\n\nannex II', at: 15, del: 2, ins: ' ' },
    ];
    for (const c of cases) {
      const next = c.text.slice(0, c.at) + c.ins + c.text.slice(c.at + c.del);
      const view = (a: ReturnType<typeof analyzeText>) => a.resolutions.map((r) => [next.slice(r.reference.span.start, r.reference.span.end), r.status]);
      for (const hint of [undefined, { start: c.at, endOld: c.at + c.del }]) {
        assert.deepEqual(view(updateAnalysis(analyzeText(idx, c.text), next, undefined, hint)), view(analyzeText(idx, next)), JSON.stringify({ ...c, hint }));
      }
    }
  });

  // Each version re-read incrementally equals a full read: a plain draft (edits with and without
  // the editor's hint), and a draft that cites its own paragraphs, whose edits change its outline.
  const replays = [
    {
      name: 'gives the same result as reading the whole draft',
      base: 'Recalling its resolution 8/1 of 21 October 2016,\n\nNoting resolution 8/1, annex III, and paragraph 13 of resolution 8/1.\r\n\r\nresolution 9/3, annex I, (a)–(d)\n\n\nand decision 3/2, paragraph (y).\n \u00a0\nGeneral Assembly resolution 55/25\n\t\nresolution 8/1, annex II',
      ins: fc.oneof(fc.constantFrom('', '\n', '\n\n', ' ', 'x', '8/1', ', annex II', '\r\n\r\n', 'resolution 7/3, annex I, 26'), fc.string({ maxLength: 6 })),
      del: 12,
      hinted: (e: { del: number }) => e.del % 2 === 1,
      numRuns: 500,
    },
    {
      name: 'equals a full read for drafts that cite their own paragraphs',
      base: 'Draft resolution\n\n1. See paragraph 2 (b) of the present resolution and annex II to this resolution, and paragraph 3 below.\n\n2. Two:\n(a) a, not subparagraph (b) below;\n(b) b, as in subparagraph (a) above;\n\n3. Three, paragraphs 1 to 4 of the present resolution and paragraph 2 above.\n\nAnnex I\n\n1. One of annex I, see paragraph 2 of annex I to the present resolution and paragraph 2 below.',
      ins: fc.constantFrom('', '\n', '\n\n', '4. ', '2. ', '(b) ', '\n(b) x', '\n\nAnnex II\n\n', 'Annex', ' paragraph 5 of the present resolution', ' paragraph 1 above', ' subparagraph (b) above', 'x', 'decision', '“'),
      del: 8,
      hinted: () => true,
      numRuns: 300,
    },
  ];
  for (const r of replays) {
    it(`re-reading only the edited blocks ${r.name}`, () => {
      const view = (a: Analysis) => a.resolutions.map((x) => [x.reference.span, x.status, x.targets.map((t) => [t.id, t.span]), x.problems.map((p) => [p.code, p.span, p.message])]);
      fc.assert(
        fc.property(fc.array(fc.record({ at: fc.nat(), del: fc.nat({ max: r.del }), ins: r.ins }), { minLength: 1, maxLength: 6 }), (edits) => {
          let text = r.base;
          let inc = analyzeText(idx, text);
          for (const e of edits) {
            const { text: next, at, end } = applyEdit(text, e);
            text = next;
            inc = updateAnalysis(inc, text, undefined, r.hinted(e) ? { start: at, endOld: end } : undefined);
            assert.deepEqual(view(inc), view(analyzeText(idx, text)), JSON.stringify(text));
          }
        }),
        { numRuns: r.numRuns },
      );
    });
  }

  // Work, not time (tests never time anything): the tokens the parser reads. A rule that
  // backtracks over an unbounded stretch reads quadratically many; the benchmark prints the
  // matching times (npm run bench -- --only=linearity).
  for (const [name, gen] of ADVERSARIAL) {
    it(`reads a bounded number of tokens per token: ${name}`, () => {
      const small = parserWork(gen(200));
      const big = parserWork(gen(2000));
      assert.ok(big.tokens > 0);
      // Linear is 10× the work for 10× the input; quadratic would be 100×.
      assert.ok(big.reads <= small.reads * 12, `1×: ${small.reads} reads of ${small.tokens} tokens; 10×: ${big.reads} reads of ${big.tokens} tokens`);
      assert.ok(big.reads <= big.tokens * 40, `${big.reads} reads of ${big.tokens} tokens`);
    });
  }
  // The passes after parsing (attribution, the unread rule, the resolver) look around each
  // reference with regular expressions: the matches they run, counted through RegExp's exec
  // (which replace, match and test call too), grow linearly with the input.
  const regexWork = (text: string): number => {
    const exec = RegExp.prototype.exec;
    let calls = 0;
    RegExp.prototype.exec = function (this: RegExp, s: string) {
      calls++;
      return exec.call(this, s);
    };
    try {
      analyzeText(idx, text);
    } finally {
      RegExp.prototype.exec = exec;
    }
    return calls;
  };
  for (const [name, gen] of ADVERSARIAL) {
    it(`runs a bounded number of regular-expression matches per token after parsing: ${name}`, () => {
      const small = regexWork(gen(100));
      const big = regexWork(gen(1000));
      assert.ok(big <= small * 12 + 100, `1×: ${small} matches; 10×: ${big}`);
    });
  }
  // The resolver's own loops over lists, counted as the elements that filter, map and some walk:
  // each instrument of a list looked at a bounded number of times, not once per other instrument.
  const listWork = (text: string): number => {
    const proto = Array.prototype as unknown as Record<'filter' | 'map' | 'some', (this: unknown[], ...a: unknown[]) => unknown>;
    const saved = { filter: proto.filter, map: proto.map, some: proto.some };
    let walked = 0;
    for (const k of ['filter', 'map', 'some'] as const) {
      const f = saved[k];
      proto[k] = function (this: unknown[], ...a: unknown[]) {
        walked += this.length;
        return f.apply(this, a);
      };
    }
    try {
      analyzeText(idx, text);
    } finally {
      Object.assign(proto, saved);
    }
    return walked;
  };
  it('walks each instrument of a long list of wrongly dated instruments a bounded number of times', () => {
    const gen = ADVERSARIAL.find(([name]) => name === 'a list of instruments, each wrongly dated')![1];
    const small = listWork(gen(100));
    const big = listWork(gen(1000));
    assert.ok(big <= small * 12, `1×: ${small} elements walked; 10×: ${big}`);
  });
  for (const [name, gen] of LARGE) {
    it(`reads a bounded number of tokens per token: ${name}`, () => {
      const small = parserWork(gen(10_000));
      const big = parserWork(gen(100_000));
      assert.ok(big.tokens > 0);
      assert.ok(big.reads <= small.reads * 12, `1×: ${small.reads} reads of ${small.tokens} tokens; 10×: ${big.reads} reads of ${big.tokens} tokens`);
      assert.ok(big.reads <= big.tokens * 40, `${big.reads} reads of ${big.tokens} tokens`);
    });
  }
  it('a 10 MB draft of real paragraphs resolves 10 times the references of a 1 MB one', () => {
    const para = `${ADVERSARIAL[0][1](2)}\n\n`;
    const one = analyzeText(idx, para.repeat(Math.ceil(1_000_000 / para.length))).resolutions.length;
    const ten = analyzeText(idx, para.repeat(Math.ceil(10_000_000 / para.length))).resolutions.length;
    assert.ok(Math.abs(ten / one - 10) < 0.01, `${one} and ${ten}`);
  });
});
