// "ok" can be trusted: an exception while checking never passes for a checked reference, and
// no draft, however large or odd, crashes the checker.
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { checkDraft, showReference } from '../../server/src/cli/main';
import { analyzeText, forgetVerdicts } from '../../server/src/features/analyze';
import { quickFixesFor } from '../../server/src/features/codeActions';
import { definitionAt } from '../../server/src/features/definition';
import { diagnosticsOf } from '../../server/src/features/diagnostics';
import { hoverAt } from '../../server/src/features/hover';
import * as parser from '../../server/src/grammar/parser';
import { Resolver, setInternalErrorLog } from '../../server/src/resolver/resolve';
import { index } from './helpers';
import { LARGE } from './large';

describe('internal errors are reported, never ok', () => {
  const idx = index();

  it('an exception in the resolver gives status unchecked and an internal-error, logged with its stack', () => {
    const logged: string[] = [];
    setInternalErrorLog((m) => logged.push(m));
    try {
      // A Working Group reference without its meeting cannot come from the parser: the resolver throws on it.
      const r = new Resolver(idx, 'Working Group').resolve({ kind: 'wg', span: { start: 0, end: 13 }, instruments: [], items: [] });
      assert.equal(r.status, 'unchecked');
      assert.equal(r.problems.length, 1);
      assert.equal(r.problems[0].severity, 'error');
      assert.equal(r.problems[0].code, 'internal-error');
      assert.match(r.problems[0].message, /could not be checked because of an internal error \(.+\); nothing in it was verified/);
      assert.equal(logged.length, 1);
      assert.match(logged[0], /at .*resolve/);
    } finally {
      setInternalErrorLog((m) => console.error(m));
    }
  });

  it('an exception while reading one block marks that block and serves the others', () => {
    const original = parser.scanBlock;
    const logged: string[] = [];
    setInternalErrorLog((m) => logged.push(m));
    const mod = parser as { scanBlock: typeof parser.scanBlock };
    mod.scanBlock = (text, from, to) => {
      if (text.includes('BOOM')) throw new Error('scanner failed on purpose');
      return original(text, from, to);
    };
    try {
      const text = 'See resolution 8/1, annex III.\n\nBOOM resolution 9/3, paragraph 4\nsecond line\n\nresolution 8/1, paragraph 13';
      const a = analyzeText(idx, text);
      const codes = diagnosticsOf(a).map((d) => `${d.code}@${text.slice(d.span.start, d.span.end)}`);
      assert.deepEqual(codes, ['no-annex@annex III', 'internal-error@BOOM resolution 9/3, paragraph 4']);
      const broken = a.resolutions.find((r) => r.reference.kind === 'unreadable');
      assert.equal(broken?.status, 'unchecked');
      assert.equal(a.resolutions[a.resolutions.length - 1].status, 'ok');
      assert.match(logged.join('\n'), /scanner failed on purpose\n\s+at /);
      const shown = showReference(idx, 'BOOM resolution 8/1');
      assert.equal(shown.status, 'unchecked');
    } finally {
      mod.scanBlock = original;
      setInternalErrorLog((m) => console.error(m));
    }
  });
});

describe('large drafts of one construct are checked without a crash', () => {
  const idx = index();
  for (const [name, gen] of LARGE) {
    // 1 MB here (the whole suite shares two cores); `npm run fuzz` checks 100 KB – 10 MB of each,
    // and property.test.ts shows the parser's work on them grows linearly.
    it(`1 MB: ${name}`, () => {
      const text = gen(1_000_000);
      assert.ok(text.length >= 1_000_000);
      const problems = checkDraft(idx, 'big.md', text);
      assert.ok(!problems.some((p) => p.code === 'internal-error'), JSON.stringify(problems.find((p) => p.code === 'internal-error')));
      // Hover and definition at the start, middle and end (the end of a list of thousands of
      // instruments is under thousands of targets: a Math.min(...) over them overflowed the stack).
      const a = analyzeText(idx, text);
      for (const at of [0, text.length >> 1, text.length - 2]) {
        hoverAt(idx, a, at);
        definitionAt(idx, a, at);
      }
    });
  }
});

describe('a remembered verdict is never given to a reference whose surroundings say otherwise', () => {
  it('“the report of the Secretariat” said to be on another resolution is not given the verdict of the plain one, in either order', () => {
    const idx = index();
    const on = 'Taking note of the report of the Secretariat on the implementation of resolution 6/1,';
    const plain = 'Taking note of the report of the Secretariat,';
    for (const order of [[on, plain], [plain, on]]) {
      const got = order.map((t) => analyzeText(idx, t).resolutions[0].status);
      assert.deepEqual(got, order.map((t) => (t === on ? 'unknown' : 'ok')));
    }
  });
});

describe('a range past the end of a list is one finding', () => {
  const idx = index();
  for (const [text, first, last] of [
    ['Technical Assistance compendium, part A, VII.20-99', 20, 31],
    ['International Cooperation compendium, part B, IV.c.i-ix', 'i', 'iii'],
  ] as const) {
    it(`${text}: the items that exist are targets, the rest one error`, () => {
      const shown = showReference(idx, text);
      const errors = shown.problems.filter((p) => p.severity === 'error');
      assert.equal(errors.length, 1, JSON.stringify(shown.problems));
      assert.equal(errors[0].code, 'bad-locator');
      assert.match(shown.targets[0].citation, new RegExp(`${typeof first === 'number' ? first : `\\(${first}\\)`}$`));
      assert.match(shown.targets[shown.targets.length - 1].citation, new RegExp(`${typeof last === 'number' ? last : `\\(${last}\\)`}$`));
    });
  }
});

describe('a mistyped kind word is said, never passed over', () => {
  const idx = index();
  it('“resolutoin 8/1, annex III” was not seen at all: now an error with the word to write, and nothing in it called checked', () => {
    const text = 'Recalling resolutoin 8/1, annex III, and its resolution 9/3.';
    const a = analyzeText(idx, text);
    const slip = a.resolutions.find((r) => r.problems.some((p) => p.code === 'misspelt-kind'));
    assert.ok(slip, 'reported');
    assert.equal(slip.status, 'invalid');
    const [fix] = slip.problems[0].fixes;
    assert.equal(text.slice(fix.span.start, fix.span.end), 'resolutoin');
    assert.equal(fix.newText, 'resolution');
    // After the fix the citation is read and checked: annex III of resolution 8/1 does not exist.
    const fixed = text.slice(0, fix.span.start) + fix.newText + text.slice(fix.span.end);
    assert.deepEqual(analyzeText(idx, fixed).resolutions.map((r) => r.problems.map((p) => p.code).join()), ['no-annex', '']);
  });
});

describe('a character the editor does not show is said, never read through in silence', () => {
  const idx = index();
  /** `text` with the first fix of the first finding of `code` applied. */
  const fixed = (text: string, code: string): string => {
    const f = analyzeText(idx, text).resolutions.flatMap((r) => r.problems).find((p) => p.code === code)!.fixes[0];
    return text.slice(0, f.span.start) + f.newText + text.slice(f.span.end);
  };
  it('a soft hyphen in a month hid a wrong date: said, and after the fix the date is checked', () => {
    const text = 'Recalling resolution 8/1 of 22 Octo\u00adber 2016,';
    const rs = analyzeText(idx, text).resolutions;
    const split = rs.find((r) => r.problems.some((p) => p.code === 'unseen-character'));
    assert.ok(split, 'reported');
    assert.equal(split.status, 'partial');
    assert.match(split.problems[0].message, /^“Octo\u00adber” holds U\+00AD SOFT HYPHEN, which is not shown: the checker reads “Octo” and “ber”, so the citation around it was not read as written and not checked; delete it$/);
    assert.deepEqual(analyzeText(idx, fixed(text, 'unseen-character')).resolutions.map((r) => `${r.status} ${r.problems.map((p) => p.code)}`), ['mismatch wrong-date']);
  });
  it('a kind word split by a soft hyphen was no citation at all', () => {
    const text = 'reso\u00adlution 8/1, paragraph 99';
    const rs = analyzeText(idx, text).resolutions;
    assert.deepEqual(rs.map((r) => r.problems.map((p) => p.code).join()), ['unseen-character'], text);
    assert.deepEqual(analyzeText(idx, fixed(text, 'unseen-character')).resolutions.map((r) => r.problems.map((p) => p.code).join()), ['no-paragraph'], text);
  });
  it('one beside a space or a sign is read as a space, and one before the symbol is said as read through (the locator after it was dropped, and ok)', () => {
    for (const text of ['resolution 8/1\u00ad, paragraph 99', 'resolution 8/1,\u00ad paragraph 99', 'resolution 8/1\u200e, paragraph 99', 'resolution 8/1, annex\u00ad II, 1 (z)'])
      assert.deepEqual(analyzeText(idx, text).resolutions.map((r) => r.problems.map((p) => p.code).join()), ['no-paragraph'], text);
    const text = 'resolution \u200f8/1, paragraph 99';
    const rs = analyzeText(idx, text).resolutions;
    assert.deepEqual(rs.map((r) => r.problems.map((p) => `${p.severity} ${p.code}`).join()), ['error no-paragraph', 'information unseen-character'], text);
    assert.match(rs[1].problems[0].message, /holds U\+200F RIGHT-TO-LEFT MARK, which is not shown: the citation was read as “resolution 8\/1” and checked, but a search for it does not find it so written; delete it$/);
    assert.deepEqual(analyzeText(idx, fixed(text, 'unseen-character')).resolutions.map((r) => r.problems.map((p) => p.code).join()), ['no-paragraph'], text);
  });
  it('one inside a number after a reference names the character in the unread locator', () => {
    const r = showReference(idx, 'resolution 8/1, paragraph 1\u00ad9');
    assert.equal(r.status, 'partial');
    assert.match(r.problems[0].message, /“\u00ad9” after it was not understood, so it was not checked; it holds U\+00AD SOFT HYPHEN, which is not shown: delete it$/);
  });
  it('a soft hyphen or a direction mark in a title changes nothing of it, and one in prose is not a citation', () => {
    const title = 'Enhancing the effective\u00adness of central authorities in inter\u200enational cooperation in criminal matters to counter transnational organized crime';
    assert.equal(showReference(idx, `resolution 8/1, entitled “${title}”`).status, 'ok');
    // A pasted text has soft hyphens in many a word: only a citation's words, where a citation stands, are said.
    for (const prose of ['the effec\u00adtive implementation of the Convention', 'to strengthen inter\u00adnational cooperation among the par\u00adties', 'this reso\u00adlution is', 'the Confer\u00adence decided'])
      assert.deepEqual(analyzeText(idx, prose).resolutions, [], prose);
  });
  it('one inside a word that joins a citation\'s parts is said, and after the fix the part it hid is checked', () => {
    // Each hid the rest of the citation (its date, paragraph, title or session was prose) and the citation was ok.
    for (const [text, word, after] of [
      ['paragraph 99 o\u200bf resolution 8/1', 'o\u200bf', 'no-paragraph'],
      ['Recalling its resolution 8/1 o\u200bf 22 October 2016', 'o\u200bf', 'wrong-date'],
      ['at its eighth session, he\u00adld from 17 to 22 October 2016', 'he\u00adld', 'wrong-date'],
      ['resolution 8/1, paragraphs 13 an\u00add 99', 'an\u00add', 'no-paragraph'],
      ['resolution 8/1, in par\u00adticular paragraph 99', 'par\u00adticular', 'no-paragraph'],
      ['Recalling its resolution 8/1 of 21 October 2016, en\u00adtitled “Civil matters”', 'en\u00adtitled', 'wrong-title'],
      ['the Conference a\u2060dopted resolution 9/3 at its eighth session', 'a\u2060dopted', 'wrong-session'],
    ]) {
      const said = analyzeText(idx, text).resolutions.flatMap((r) => r.problems).find((p) => p.code === 'unseen-character');
      assert.ok(said, text);
      assert.equal(text.slice(said.span.start, said.span.end), word, text);
      assert.ok(analyzeText(idx, fixed(text, 'unseen-character')).resolutions.some((r) => r.problems.some((p) => p.code === after)), `${text} → ${after}`);
    }
    // The same words further from any citation, or leading to prose, are prose: a pasted text has soft hyphens in many a word.
    for (const prose of [
      'Recalling resolution 8/1. The States parties met and agreed to work to\u00adgether an\u00add to report o\u200bf their progress.',
      'Recalling its resolution 9/3 and taking note with appreciation of the re\u00adport of the Secretariat,',
      'Recalling its resolution 9/3 and the Con\u00adference,',
      'Recalling its resolution 9/3 and in\u00adcluding States',
    ])
      assert.deepEqual(analyzeText(idx, prose).resolutions.map((r) => r.problems.map((p) => p.code).join()), [''], prose);
  });
  it('numbers and labels in full-width characters beside a citation are said, and after the fix checked (each passed as checked)', () => {
    for (const [text, written, after] of [
      ['In accordance with paragraph ９９ of resolution 8/1,', '９９', 'no-paragraph'],
      ['Recalling its resolution 8/1 (２０１７),', '２０１７', 'wrong-date'],
      ['Noting resolution 9/3, annex I, （ｚ）,', '（ｚ）', 'no-paragraph'],
    ] as const) {
      const said = analyzeText(idx, text).resolutions.flatMap((r) => r.problems).find((p) => p.code === 'unread-locator' && /full-width/.test(p.message));
      assert.ok(said, text);
      assert.equal(text.slice(said.span.start, said.span.end), written);
      const f = said.fixes[0];
      const fixed = text.slice(0, f.span.start) + f.newText + text.slice(f.span.end);
      assert.ok(analyzeText(idx, fixed).resolutions.some((r) => r.problems.some((p) => p.code === after)), `${fixed} → ${after}`);
    }
    // In the sentence's prose, apart from any citation: nothing said.
    assert.deepEqual(analyzeText(idx, 'Recalling resolution 8/1. The ２０１７ report').resolutions.map((r) => r.problems.length), [0]);
  });
  it('a superscript ordinal suffix is read as written plain, and no fix writes over its tags', () => {
    const text = 'resolution 9/3, adopted at its 8<sup>th</sup> session';
    const rs = analyzeText(idx, text).resolutions;
    assert.deepEqual(rs.map((r) => r.problems.map((p) => `${p.code} ${p.fixes.length}`).join()), ['wrong-session 0']);
  });
  it('no fix deletes one it does not name (a title fix rewrote “effec⟨soft hyphen⟩tiveness”): the problem is said, without that fix', () => {
    const text = 'Recalling its resolution 8/1, entitled “Enhancing the effec\u00adtiveness of central authorities in international cooperation in criminal matters to counter organized crime”,';
    const rs = analyzeText(idx, text).resolutions;
    assert.deepEqual(rs.map((r) => r.problems.map((p) => `${p.code} ${p.fixes.length}`).join()), ['wrong-title 0']);
  });
  it('one inside a symbol or a locator word of a reference is said too', () => {
    for (const [text, word] of [['resolution 8/\u00ad1', '8/\u00ad1'], ['resolution 8/1, para\u00adgraph 13', 'para\u00adgraph'], ['at its eighth ses\u00adsion', 'ses\u00adsion']]) {
      const said = analyzeText(idx, text).resolutions.flatMap((r) => r.problems).find((p) => p.code === 'unseen-character');
      assert.ok(said, text);
      assert.equal(text.slice(said.span.start, said.span.end), word);
    }
  });
});

describe('a long list of parts is reported in messages that do not grow with it', () => {
  const idx = index();
  // Each part's problem quoted the whole locator: a 160 KB list made gigabytes of messages and
  // ran the language server out of memory.
  for (const [name, text] of [
    ['part A items', `Technical Assistance compendium, Part A: ${Array.from({ length: 3000 }, (_, i) => `VII.${40 + (i % 50)}`).join(', ')}`],
    ['part B items', `International Cooperation compendium, part B. ${'VIII.1.a and '.repeat(3000)}`],
  ] as const) {
    it(name, () => {
      const problems = analyzeText(idx, text).blocks.flatMap((b) => b.local.flatMap((r) => r.problems));
      assert.ok(problems.length >= 3000, String(problems.length));
      const longest = problems.reduce((n, p) => Math.max(n, p.message.length), 0);
      assert.ok(longest < 400, `a message of ${longest} characters`);
      assert.match(problems[0].message, /there is no recommendation VII\.40|VIII\.1\.a/);
    });
  }
});

describe('a long list of instruments under one kind word is one problem with one fix', () => {
  const idx = index();
  // Each instrument of the other kind was a problem of its own with a fix rewriting the whole list:
  // "decisions 8/1, 9/3, 3/2, …" of 4,000 instruments took 22 s and 400 MB of code actions in the
  // language server, and 20,000 ended in "Invalid string length".
  it('names the instruments of the other kind once, each symbol once, up to a few', () => {
    const short = analyzeText(idx, 'Recalling its decisions 8/1, 9/3, 3/2, 5/8, 7/3, 5/6 and 4/2,').blocks.flatMap((b) => b.local.flatMap((r) => r.problems));
    assert.deepEqual(short.map((p) => `${p.code}: ${p.message}`), ['wrong-kind: 8/1, 9/3, 5/8, 7/3 and 5/6 are resolutions, not decisions']);
    assert.equal(short[0].fixes.length, 1);
    const symbols = ['8/1', '9/3', '3/2', '5/8', '7/3', '5/6', '4/2', '6/1', '6/4', '7/4', '8/4', '1/4', '2/2'];
    const long = `Recalling its decisions ${Array.from({ length: 3000 }, (_, i) => symbols[i % symbols.length]).join(', ')} and 4/3,`;
    const problems = analyzeText(idx, long).blocks.flatMap((b) => b.local.flatMap((r) => r.problems)).filter((p) => p.code === 'wrong-kind');
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /^8\/1, 9\/3, 5\/8, 7\/3, 5\/6, 6\/1, 6\/4, 7\/4 and 8\/4 are resolutions, not decisions$/);
    assert.equal(problems[0].fixes.length, 1);
  });
});

describe('a verdict remembered by a reference text never carries the words around it', () => {
  // The verdicts are remembered per reference text, for every draft the server opens: one that
  // depends on text outside the reference was shown in another draft (a warning that was not
  // there), or a remembered ok hid one.
  const pairs: [string, string, string][] = [
    ['Recalling that the Working Group on Technical Assistance met during the second session of the Conference,', 'Recalling the second session of the Conference,', 'no-meeting-during'],
    ['In October 2016, the Conference adopted its resolution 9/3.', 'The Conference adopted its resolution 9/3.', 'wrong-date'],
    ['At its eighth session, the Conference adopted resolution 9/3.', 'The Conference adopted resolution 9/3.', 'wrong-session'],
  ];
  const codes = (idx: ReturnType<typeof index>, text: string): string[] => analyzeText(idx, text).blocks.flatMap((b) => b.local.flatMap((r) => r.problems.map((p) => p.code)));
  for (const [withContext, plain, code] of pairs) {
    it(`${code}: with its context first, then without`, () => {
      const idx = index();
      forgetVerdicts(idx);
      assert.deepEqual(codes(idx, withContext), [code]);
      assert.deepEqual(codes(idx, plain), []);
    });
    it(`${code}: without its context first, then with`, () => {
      const idx = index();
      forgetVerdicts(idx);
      assert.deepEqual(codes(idx, plain), []);
      assert.deepEqual(codes(idx, withContext), [code]);
    });
  }
});

describe('what a drafter\'s editor types is read as plain text is (found by a probe of typographic variants)', () => {
  const idx = index();
  /** Each reference of `text` as "status codes". */
  const verdicts = (text: string): string[] => analyzeText(idx, text).resolutions.map((r) => `${r.status} ${r.problems.map((p) => p.code).join(',')}`.trim());

  it('a number in parentheses after two spaces or a CRLF line break is unread, as after one space or LF (each was ok)', () => {
    for (const t of ['resolution 8/1 (99)', 'resolution 8/1  (99)', 'resolution 8/1\u202f(99)', 'Recalling resolution 8/1\n(13).', 'Recalling resolution 8/1\r\n(13).']) {
      assert.deepEqual(verdicts(t), ['partial unread-locator'], JSON.stringify(t));
    }
    // A blank line or a comma before an enumeration: the draft's own clause, not the citation's.
    assert.deepEqual(verdicts('Recalling resolution 8/1\n\n(13).'), ['ok']);
    assert.deepEqual(verdicts('in line with resolution 8/1,\n(1) to compile'), ['ok']);
  });

  it('a day split by a line break wrapped with CRLF is unread, as with LF (it was ok)', () => {
    for (const t of ['its resolution 8/1 of 2\n2 October 2016', 'its resolution 8/1 of 2\r\n2 October 2016', 'its resolution 8/1 of 2  2 October 2016']) {
      assert.deepEqual(verdicts(t), ['partial unread-locator'], JSON.stringify(t));
    }
  });

  it('a sentence at an indented block\'s start, or after a byte order mark, opens as at the margin (each claim before the verb was lost)', () => {
    for (const lead of ['\ufeff', '   ', '> ']) {
      assert.deepEqual(verdicts(`${lead}In 2016, the Conference adopted resolution 9/3`), ['mismatch wrong-date'], JSON.stringify(lead));
      assert.deepEqual(verdicts(`${lead}In resolution 8/1, paragraph 99, the Human Rights Council requested`), ['external'], JSON.stringify(lead));
    }
    assert.deepEqual(verdicts('\ufeffthe Council, in its resolution 8/1, annex III'), ['external']);
    assert.deepEqual(verdicts('  Recalling its resolution 70/1, the General Assembly notes'), ['external']);
  });

  it('emphasis around a session\'s words, and a footnote mark after a date, leave its claims read (each was dropped, and ok)', () => {
    for (const t of ['at its *eighth session* in November 2016', 'at its eighth session in *November 2016*', 'at its **eighth session**, held in November 2016']) {
      assert.deepEqual(verdicts(t), ['mismatch wrong-date'], t);
    }
    for (const t of ['at *its ninth session in Geneva*', 'at its ninth session *in Geneva*', 'at its ninth session, held in *Geneva*']) assert.deepEqual(verdicts(t), ['mismatch wrong-venue'], t);
    for (const t of ['On 21 October 2018¹, the Conference adopted resolution 8/1', 'On 21 October 2018<sup>2</sup>, the Conference adopted resolution 8/1']) assert.deepEqual(verdicts(t), ['mismatch wrong-date'], t);
    assert.deepEqual(verdicts('On 21 October 2016¹, the Conference adopted resolution 8/1'), ['ok']);
    // The quick fix replaces the month alone: the drafter's marks stay.
    const text = 'at its eighth session in *November 2016*.';
    const [fix] = quickFixesFor(analyzeText(idx, text), { start: 0, end: text.length });
    assert.equal(text.slice(0, fix.edit.span.start) + fix.edit.newText + text.slice(fix.edit.span.end), 'at its eighth session in *October 2016*.');
  });

  it('a Markdown link around a citation leaves what is said before and after it read (each claim was lost, and ok)', () => {
    const cases: [string, string[]][] = [
      ['[resolution 9/3](https://x) (CTOC/COP/2016/15)', ['ok', 'mismatch wrong-document']],
      ['the Conference adopted [resolution 9/3](https://x) in 2016', ['mismatch wrong-date']],
      ['At its eighth session, the COP also adopted [resolution 9/3](https://x).', ['ok', 'mismatch wrong-session']],
      ['the Working Group on Technical Assistance met during [the second session of the Conference](https://x)', ['mismatch no-meeting-during']],
      ['the Council, in its [resolution 8/1](https://x), annex III', ['external']],
      ['annex II to resolution 8/1, annex III to its [resolution 9/3](https://x)', ['ok', 'ok']],
      ['[resolution 9/3][r93], annex IV', ['invalid no-annex']],
    ];
    for (const [t, want] of cases) assert.deepEqual(verdicts(t), want, t);
    // Brackets that are no link (alternatives under negotiation) are read as before.
    assert.deepEqual(verdicts('Recalling [its resolution 8/1][its resolution 9/3, annex IX],'), ['ok', 'invalid no-annex']);
  });

  it('what the review of these rules found: no false error from emphasis inside a date, a bullet, a plural noun or a quoted phrase', () => {
    // Emphasis inside a date is no part of it (a false invalid-date; a meeting not found).
    assert.deepEqual(verdicts('at its eighth session, held in Vienna from 17 to 21 *October* 2016'), ['partial unchecked-venue']);
    assert.deepEqual(verdicts('the Working Group on International Cooperation at its meeting held on 27 and 28 *October* 2015'), ['ok']);
    // A list item on the next line is not the session's date.
    assert.deepEqual(verdicts('at its eighth session,\n* in 2015 the Conference decided'), ['ok']);
    // A plural noun after a preambular citation names documents, no subject.
    assert.deepEqual(verdicts('Recalling its resolution 8/1 of 21 October 2015, the Human Rights Council decisions and the General Assembly resolution 70/1,'), ['mismatch wrong-date', 'external']);
    // Words in straight single quotes before a citation quote words, no title: the citation after them is read.
    assert.deepEqual(verdicts("resolution 8/1 ('see also' resolution 9/3, annex XX)"), ['ok', 'invalid no-annex']);
    // Fixes over a space of another width or after a byte order mark are offered, the drafter's characters kept.
    for (const text of ['resolution 8/1 of 21\u202fOctober\u202f2015', 'resolution 8/1, annex\u2009III', '\ufeffresolution 8/1, annex III']) {
      const actions = quickFixesFor(analyzeText(idx, text), { start: 0, end: text.length });
      assert.ok(actions.length > 0, JSON.stringify(text));
      for (const a of actions) assert.match(text.slice(0, a.edit.span.start) + a.edit.newText + text.slice(a.edit.span.end), /[\u202f\u2009\ufeff]/, a.title);
    }
    // "the May 2016 meeting of …": the fix writes the month, without "in".
    const text = 'the May 2016 meeting of the Working Group on Technical Assistance';
    const [fix] = quickFixesFor(analyzeText(idx, text), { start: 0, end: text.length });
    assert.equal(text.slice(0, fix.edit.span.start) + fix.edit.newText + text.slice(fix.edit.span.end), 'the October 2016 meeting of the Working Group on Technical Assistance');
    // A capitalised word after a bare annex opens a sentence: not written over.
    const next = 'resolution 9/3, annex\nOne delegation noted';
    for (const a of quickFixesFor(analyzeText(idx, next), { start: 0, end: next.length })) assert.match(next.slice(0, a.edit.span.start) + a.edit.newText + next.slice(a.edit.span.end), /\nOne delegation noted$/);
  });

  it('a narrow no-break space or a thin space is a space to every rule (each finding was lost, or a false one made)', () => {
    const cases: [string, string[]][] = [
      ['Recalling Decison\u202f3/2,', ['invalid misspelt-kind']],
      ['la décision n°\u202f3/2', ['partial other-language']],
      ['Ibid.,\u202fannex III.', ['partial unread-locator']],
      ['res.\u2009 8.1', ['invalid unread-symbol']],
      ['In\u202f2016, the Conference adopted resolution 9/3', ['mismatch wrong-date']],
      ['Recalling its resolution 8/1, adopted in St.\u202fPetersburg on 21 October 2017,', ['mismatch wrong-date,unchecked-venue']],
      ['the\u202fCouncil, in its resolution 8/1, annex III', ['external']],
      ['resolution 8/1\n(a)\u202fTo encourage States', ['ok']],
    ];
    for (const [t, want] of cases) assert.deepEqual(verdicts(t), want, JSON.stringify(t));
    // The fix of a part written with one keeps the drafter's character outside what it replaces.
    const text = 'paragraph 99 of resolution\u202f8/1';
    const fixes = analyzeText(idx, text).resolutions.flatMap((r) => r.problems.flatMap((p) => p.fixes));
    for (const f of fixes) assert.ok(!text.slice(f.span.start, f.span.end).includes('\u202f') || f.newText.includes('\u202f'), f.title);
  });
});
