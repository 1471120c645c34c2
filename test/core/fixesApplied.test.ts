// Every quick fix of these citations, applied alone, leaves a citation the checker accepts: no
// fix writes garbage ("the I to resolution 8/1"), a form the grammar cannot read ("held from 27
// and 28 October 2015") or an annex without the items cited under it; and where two parts the
// drafter wrote disagree (a meeting and the annex said to carry it), both are offered and
// neither is preferred. Found by a probe applying every fix of the grammar cases and of mutated
// source lines.
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { analyzeText } from '../../server/src/features/analyze';
import { applyEdit, quickFixesFor } from '../../server/src/features/codeActions';
import { index } from './helpers';

const idx = index();

interface Applied {
  title: string;
  preferred: boolean;
  after: string;
  findings: string[];
}

/** Each fix of `text`, applied alone, and the findings of the text after it. */
function applied(text: string): Applied[] {
  const out: Applied[] = [];
  for (const r of analyzeText(idx, text).resolutions) {
    for (const p of r.problems) {
      for (const f of p.fixes) {
        const after = text.slice(0, f.span.start) + f.newText + text.slice(f.span.end);
        const findings = analyzeText(idx, after).resolutions.flatMap((x) => x.problems.map((q) => `${q.code}: ${q.message}`));
        out.push({ title: f.title, preferred: false, after, findings });
      }
    }
  }
  const actions = quickFixesFor(analyzeText(idx, text), { start: 0, end: text.length });
  for (const a of out) a.preferred = actions.some((x) => x.title === a.title && x.preferred);
  return out;
}

describe('quick fixes, applied, leave an accepted citation', () => {
  it('a title and a date that are another instrument\'s: the title or the symbol, neither preferred', () => {
    // The preferred fix rewrote the correct title to 9/3's, and the date stayed wrong (found by the stdio probe).
    const title = 'Enhancing the effectiveness of central authorities in international cooperation in criminal matters to counter transnational organized crime';
    const text = `Recalling its resolution 9/3 of 21 October 2016, entitled “${title}”,`;
    const fixes = applied(text);
    assert.ok(fixes.every((f) => !f.preferred), JSON.stringify(fixes.map((f) => f.title)));
    const symbol = fixes.find((f) => f.title === 'Change to resolution 8/1, whose title this is');
    assert.ok(symbol);
    assert.equal(symbol.after, `Recalling its resolution 8/1 of 21 October 2016, entitled “${title}”,`);
    assert.deepEqual(symbol.findings, []);
  });

  it('a session or meeting ordinal is changed, never the word after it (the preferred fix deleted "session" and "meeting"; found by the editor probe)', () => {
    const during = applied('the Working Group on International Cooperation at its meeting held on 8 and 9 October 2014, during the eighth session of the Conference');
    assert.deepEqual(during.map((f) => [f.after, f.preferred, f.findings.length]), [['the Working Group on International Cooperation at its meeting held on 8 and 9 October 2014, during the seventh session of the Conference', true, 0]]);
    // Which of two meetings said to be held together is miswritten is not known: either ordinal, neither preferred, "meeting" kept.
    const joint = applied('the Working Group on International Cooperation, at its eighth meeting, held in conjunction with the eleventh meeting of the Working Group on Technical Assistance');
    assert.deepEqual(joint.map((f) => [f.after, f.preferred, f.findings.length]), [
      ['the Working Group on International Cooperation, at its eighth meeting, held in conjunction with the tenth meeting of the Working Group on Technical Assistance', false, 0],
      ['the Working Group on International Cooperation, at its ninth meeting, held in conjunction with the eleventh meeting of the Working Group on Technical Assistance', false, 0],
    ]);
    // The first meeting's dates are those of the meeting held with the second: its ordinal is the slip; the second's is never rewritten.
    const dated = 'The Working Group on International Cooperation, at its ninth meeting, held from 9 to 13 October 2017 in conjunction with the tenth meeting of the Working Group of Government Experts on Technical Assistance, adopted';
    const actions = quickFixesFor(analyzeText(idx, dated), { start: 0, end: dated.length });
    assert.ok(actions.every((a) => !a.title.startsWith('Change to “eleventh')), JSON.stringify(actions.map((a) => a.title)));
    // One edit offered for two problems is one action.
    assert.equal(actions.filter((a) => a.edit.newText === 'eighth').length, 1);
  });

  it('two parts that agree against a third: its fix is offered, never preferred (found by the editor probe)', () => {
    // The session and its dates agree; the symbol may be the slip (the preferred fix left the 2010 dates wrong).
    const session = applied('its resolution 8/1, adopted at its fifth session, held in Vienna from 18 to 22 October 2010,');
    assert.deepEqual(session.map((f) => [f.title, f.preferred]), [['Change to “eighth”', false]]);
    // The session and its report's symbol agree.
    const report = applied('resolution 8/1, as contained in the report of the Conference on its ninth session (CTOC/COP/2018/13)');
    assert.deepEqual(report.map((f) => [f.title, f.preferred]), [['Change to “eighth session”', false]]);
    // Alone, the session claim is the one part to change: preferred, as before.
    assert.deepEqual(applied('its resolution 8/1, adopted at its ninth session,').map((f) => [f.title, f.preferred]), [['Change to “eighth”', true]]);
    // A session said to be in a month or year when another was: its year, or that session's ordinal.
    const month = applied('since the ninth session of the Conference, in October 2016,');
    assert.deepEqual(month.map((f) => [f.after, f.preferred, f.findings.length]), [
      ['since the ninth session of the Conference, in October 2018,', false, 0],
      ['since the eighth session of the Conference, in October 2016,', false, 0],
    ]);
  });

  it('a meeting named by days another meeting had in another year: either meeting\'s dates, neither preferred (the days were rewritten, preferred)', () => {
    const fixes = applied('the Working Group on International Cooperation at its meeting held on 27 and 28 October 2014');
    assert.deepEqual(fixes.map((f) => [f.after, f.preferred, f.findings.length]), [
      ['the Working Group on International Cooperation at its meeting held on 8 and 9 October 2014', false, 0],
      ['the Working Group on International Cooperation at its meeting held on 27 and 28 October 2015', false, 0],
    ]);
  });

  it('a meeting said to be carried by an instrument that carries another\'s: the instrument written as the sentence reads on, never preferred', () => {
    const annexed = applied('the recommendations adopted by the Working Group on International Cooperation at its sixth meeting, annexed to resolution 9/3');
    assert.deepEqual(annexed.map((f) => [f.after, f.preferred]), [['the recommendations adopted by the Working Group on International Cooperation at its sixth meeting, annexed to resolution 8/1', false]]);
    const conference = applied('the recommendations adopted by the Working Group on International Cooperation at its seventh meeting are contained in Conference resolution 6/4 (see part B).');
    assert.deepEqual(conference.map((f) => [f.after, f.preferred]), [['the recommendations adopted by the Working Group on International Cooperation at its seventh meeting are contained in annex II to Conference resolution 8/1 (see part B).', false]]);
  });

  it('a bare annex\'s fix writes over a number in words after it, and keeps a link\'s brackets (found by the editor probe)', () => {
    assert.deepEqual(applied('resolution 8/1, annex three\nThe text').map((f) => f.after), ['resolution 8/1, annex I\nThe text', 'resolution 8/1, annex II\nThe text']);
    assert.deepEqual(applied('resolution 8/1, annex two of the text').map((f) => f.after)[0], 'resolution 8/1, annex II of the text');
    const text = 'resolution 8/1, annex [III](#)';
    const actions = quickFixesFor(analyzeText(idx, text), { start: 0, end: text.length });
    assert.deepEqual(actions.map((a) => applyEdit(text, a.edit)), ['resolution 8/1, annex [I](#)', 'resolution 8/1, annex [II](#)']);
  });

  it('a session whose dates are another session\'s: its dates or its ordinal, neither preferred', () => {
    const fixes = applied('The Conference, at its eighth session, held from 15 to 19 October 2018,');
    assert.deepEqual(
      fixes.map((f) => [f.title, f.preferred, f.findings.length]),
      [
        ['Change to “from 17 to 21 October 2016”', false, 0],
        ['Change to “ninth session” (the ninth session was held on those dates)', false, 0],
      ],
    );
    assert.ok(applied('at its 8th session, held from 15 to 19 October 2018').some((f) => f.after === 'at its 9th session, held from 15 to 19 October 2018'));
    // Dates that are no session's: the dates alone, preferred.
    assert.deepEqual(applied('at its eighth session, held from 15 to 20 October 2018').map((f) => [f.title, f.preferred]), [['Change to “from 17 to 21 October 2016”', true]]);
  });

  it('a kind word in capitals is fixed in capitals', () => {
    assert.deepEqual(applied('RECALLING ITS DECISION 8/1,').map((f) => f.after), ['RECALLING ITS RESOLUTION 8/1,']);
  });

  it('a meeting said to be in an annex that carries another: the annex or the ordinal, neither preferred', () => {
    const fixes = applied('the recommendations adopted by the Working Group on International Cooperation at its seventh meeting are contained in annex I to resolution 8/1');
    assert.deepEqual(
      fixes.map((f) => [f.after.slice(78), f.preferred, f.findings]),
      [
        ['at its seventh meeting are contained in annex II to resolution 8/1', false, []],
        ['at its sixth meeting are contained in annex I to resolution 8/1', false, []],
      ],
    );
    assert.match(fixes[1].title, /^Change to “sixth meeting” \(the meeting whose recommendations annex I to resolution 8\/1 carries\)$/);
    const body = applied('the recommendations adopted by the Working Group on Technical Assistance at its seventh meeting are contained in Conference resolution 6/4');
    assert.ok(body.some((f) => f.after.includes('at its sixth meeting are contained in Conference resolution 6/4') && f.findings.length === 0));
  });

  it('a meeting whose dates are another meeting’s: its dates or its ordinal', () => {
    const fixes = applied('the Working Group on International Cooperation at its 7th meeting, held from 27 to 28 October 2015');
    assert.deepEqual(
      fixes.map((f) => [f.after.slice(47), f.findings]),
      [
        ['at its 7th meeting, held from 19 to 21 October 2016', []],
        ['at its 6th meeting, held from 27 to 28 October 2015', []],
      ],
    );
  });

  it('dates of another meeting written for a meeting named by its dates: “on” before days joined by “and”', () => {
    for (const written of ['held from 19 to 21 October 2015', 'held 19–21 October 2015']) {
      const [fix] = applied(`the Working Group on International Cooperation at its meeting ${written}`);
      assert.equal(fix.after.slice(62), 'held on 27 and 28 October 2015');
      assert.deepEqual(fix.findings, []);
    }
  });

  it('“the third annex”: the ordinal written over, never the numeral alone', () => {
    const fixes = applied('Noting the third annex to resolution 8/1, (a)');
    assert.deepEqual(fixes.map((f) => [f.title.replace(/ —.*/, ''), f.after, f.findings]), [['Change to “first annex” (annex I)', 'Noting the first annex to resolution 8/1, (a)', []]]);
  });

  it('an annex that does not exist, with a list under it: said once, and only an annex holding every item offered', () => {
    const list = analyzeText(idx, 'resolution 9/3, annex IV, (j), (m) and (n)').resolutions[0];
    assert.equal(list.problems.length, 1);
    assert.deepEqual(applied('resolution 9/3, annex IV, (j), (m) and (n)').map((f) => [f.after, f.findings]), [['resolution 9/3, annex I, (j), (m) and (n)', []]]);
    // "(h)" continues 1's list: annex I has an (h) at its top, but no 1 (d).
    assert.deepEqual(applied('resolution 8/1, annex III, 1 (d) and (h)').map((f) => [f.after, f.findings]), [['resolution 8/1, annex II, 1 (d) and (h)', []]]);
  });

  it('a bare “annex” before figures it did not read: the fix writes over them, the annex they name first', () => {
    const fixes = applied('(resolution 9/3, annex 3.)');
    assert.deepEqual(fixes.map((f) => f.after), ['(resolution 9/3, annex III.)', '(resolution 9/3, annex I.)', '(resolution 9/3, annex II.)']);
    for (const f of fixes) assert.deepEqual(f.findings, []);
  });
  it('this stop’s new findings: each fix, applied, leaves the citation accepted', () => {
    for (const text of [
      'the report (CTCO/COP/2008/7).',
      'see ctoc/cop/wg.3/2010/1, para. 3',
      'see CTOC / COP / WG.3 / 2015 / 4, para. 2 (c)',
      'see CTOC/cop/2008/7',
      'CTOC/COP/WG.2/2017/4–CTOC/COP/WG.2/2017/4',
      'CTOC/COP/WG.3/2010/1–CTOC/COP/WG.3/2010/1',
      'resolution 8/1, adopted at its eighth session, held on 17 and 21 October 2016',
      'Recalling its eighth session, held on 17 and 21 October 2016,',
      'its resolution 8/1, adopted at COP8, Geneva, 25 October 2016, and',
      'CTOC/COP/WG.3/2015/4, para. 2 (c)-(a)',
      'resolution 9/3 (see document CTOC/COP/2016/15)',
      'resolution 8/1, annex II; see also ibid., annex I',
    ]) {
      const fixes = applied(text);
      assert.ok(fixes.length > 0, text);
      // Every fix but those of a venue the sources do not give leaves no finding.
      for (const f of fixes) assert.deepEqual(f.findings.filter((x) => !x.startsWith('unchecked-venue')), [], `${text} → ${f.after}`);
    }
  });
});

describe('a locator of an instrument named before without its symbol is said, and its fix checks it', () => {
  // Found by an independent false-ok probe: each was prose, and a paragraph the instrument lacks passed with the check clean.
  const findings = (text: string): string[] => analyzeText(idx, text).resolutions.flatMap((r) => r.problems.map((p) => `${p.code}: ${p.message}`));
  for (const [text, said, afterFix] of [
    ['Recalling paragraph 13 of its resolution 8/1, read in conjunction with paragraph 26 of the same resolution,', /^unread-locator: “the same resolution” stands for the citation before it \(resolution 8\/1\), which the checker does not follow, so “paragraph 26” was not checked; write “resolution 8\/1”$/, /no-paragraph: resolution 8\/1 numbers its paragraphs 1–20; there is no paragraph 26/],
    ['Recalling resolution 8/1, as well as annex III to that resolution,', /“that resolution” stands for the citation before it \(resolution 8\/1\)/, /no-annex/],
    ['Recalling resolution 8/1, read in conjunction with paragraph 99 thereof,', /^unread-locator: “paragraph 99 thereof” is resolution 8\/1's, in words the checker does not read after “read in conjunction with”, so it was not checked; write “resolution 8\/1, paragraph 99”$/, /no-paragraph: resolution 8\/1 numbers its paragraphs 1–20; there is no paragraph 99/],
    ['Recalling resolution 8/1, read in conjunction with paragraph 13 thereof,', /“paragraph 13 thereof” is resolution 8\/1's/, undefined],
  ] as const) {
    it(text, () => {
      const before = findings(text);
      assert.equal(before.length, 1, before.join('\n'));
      assert.match(before[0], said);
      const fixes = applied(text);
      if (!afterFix) {
        // A paragraph it has: the fix leaves nothing to say.
        assert.deepEqual(fixes.map((f) => f.findings), [[]]);
        return;
      }
      assert.equal(fixes.length, 1);
      assert.ok(fixes[0].findings.some((f) => afterFix.test(f)), `${fixes[0].after}\n${fixes[0].findings.join('\n')}`);
    });
  }

  it('a locator of no instrument after “read in conjunction with” may be the draft’s own: said, with no fix that guesses', () => {
    for (const [text, said] of [
      ['Recalling paragraph 13 of resolution 8/1, read in conjunction with paragraph 26,', /^unread-locator: “paragraph 26” names no instrument: it may be resolution 8\/1's or the draft's own, so it was not checked; write “resolution 8\/1, paragraph 26” or “paragraph 26 of the present resolution”$/],
      ['2. Requests the Secretariat to act on resolution 8/1, read in conjunction with paragraph 1;', /“paragraph 1” names no instrument: it may be resolution 8\/1's or the draft's own/],
      ['Recalling resolution 9/3, annex I, (j), read together with (p),', /“\(p\)” names no instrument or annex: .* cite it in full$/],
    ] as const) {
      const f = findings(text);
      assert.equal(f.length, 1, `${text}\n${f.join('\n')}`);
      assert.match(f[0], said);
      assert.deepEqual(applied(text), [], text);
    }
  });

  it('names the one instrument of the kind the words say, and none it cannot see', () => {
    // "that decision" after "decision 3/2 and resolution 8/1": the decision.
    const f = findings('Recalling decision 3/2 and resolution 8/1. Noting paragraph 3 of that decision,');
    assert.equal(f.length, 1, f.join('\n'));
    assert.match(f[0], /“that decision” stands for the citation before it \(decision 3\/2\)/);
    // After another body's instrument, nothing: it would not be checked anyway.
    assert.deepEqual(findings('Recalling General Assembly resolution 55/25. Noting paragraph 3 of that resolution,').filter((x) => /stands for/.test(x)), []);
    for (const [text, said] of [
      ['Noting the above-mentioned resolution, in particular annex IV thereto,', /^unread-locator: “the above-mentioned resolution” stands for an instrument named before it, which the checker does not follow, so “annex IV” was not checked; name the instrument$/],
      ['1. Recalls the said resolution, paragraph 26;', /“the said resolution” stands for an instrument named before it/],
      ['Recalling resolution 8/1, as well as paragraph 26 of that decision,', /“that decision” stands for an instrument named before it/],
      ['Recalling resolutions 8/1 and 9/3. Noting that resolution, paragraph 4,', /“that resolution” stands for an instrument named before it/],
    ] as const) {
      const f = findings(text);
      assert.equal(f.length, 1, `${text}\n${f.join('\n')}`);
      assert.match(f[0], said);
      assert.deepEqual(applied(text), [], text);
    }
  });

  it('leaves alone a locator of a named instrument, and the draft’s own words', () => {
    for (const text of [
      'Recalling paragraph 13 of resolution 8/1, read in conjunction with paragraph 2 of resolution 9/3,',
      'Recalling paragraph 13 of said resolution 8/1,',
      'The Secretariat said that the resolution was adopted together with the report.',
    ]) assert.deepEqual(findings(text).filter((f) => /names no instrument|stands for/.test(f)), [], text);
  });

  // Each fix was a nearest label, and one the list named already ("paragraphs 3 and 3"; left alone last stop).
  it('never writes a paragraph the list cites already', () => {
    for (const [text, want] of [
      ['paragraphs 3 and 4 of resolution 9/3', ['paragraphs 3 and 2 of resolution 9/3', 'paragraphs 3 and 1 of resolution 9/3']],
      ['resolution 9/3, annex I, (n) and (zz)', ['resolution 9/3, annex I, (n) and (m)', 'resolution 9/3, annex I, (n) and (l)']],
      ['resolution 8/1, PP 8 and 25', []],
      ['resolution 8/1, PP 3 and 25', ['resolution 8/1, PP 3 and 8']],
    ] as const) {
      const got = applied(text);
      assert.deepEqual(got.map((a) => a.after), want, text);
      for (const a of got) assert.deepEqual(a.findings, [], a.after);
    }
  });

  // Each value's own fix left the other wrong ("eighth and eighth"); a swap was not offered (left alone last stop).
  it('offers one fix that puts values paired “respectively” in order, never preferred', () => {
    for (const [text, want] of [
      ['resolutions 8/1 and 9/3, adopted at its ninth and eighth sessions, respectively', 'resolutions 8/1 and 9/3, adopted at its eighth and ninth sessions, respectively'],
      ['resolutions 7/4 and 8/1 of 2016 and 2014, respectively', 'resolutions 7/4 and 8/1 of 2014 and 2016, respectively'],
    ] as const) {
      const swap = quickFixesFor(analyzeText(idx, text), { start: 0, end: text.length }).find((f) => / in that order$/.test(f.title));
      assert.ok(swap, text);
      assert.equal(applyEdit(text, swap.edit), want);
      assert.equal(swap.preferred, false);
      assert.deepEqual(analyzeText(idx, want).resolutions.flatMap((r) => r.problems), [], want);
    }
    assert.equal(quickFixesFor(analyzeText(idx, 'paragraphs 3 and 4 of resolution 9/3'), { start: 0, end: 40 }).filter((f) => / in that order$/.test(f.title)).length, 0);
  });
});
