// Whose instrument: the attribution pass after parsing (grammar/attribution.ts), on sentences in
// the style of UN texts that quote other bodies, with near-misses that stay the Conference's.
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { showReference } from '../../server/src/cli/main';
import { analyzeText, updateAnalysis } from '../../server/src/features/analyze';
import { hoverAt } from '../../server/src/features/hover';
import { index } from './helpers';

describe('whose instrument (attribution after parsing)', () => {
  const idx = index();
  /** Each reference of `text` as "written → status body". */
  const verdicts = (text: string, draftBody?: string): string[] =>
    analyzeText(idx, text, undefined, { draftBody }).resolutions.map((r) => `${text.slice(r.reference.span.start, r.reference.span.end)} → ${r.status}${r.reference.attribution ? ` ${r.reference.attribution.body}` : ''}`);

  it('another Conference named after an instrument or a session is that Conference\'s, never ours (each was ok as ours)', () => {
    assert.deepEqual(verdicts('Recalling resolution 8/1, adopted by the Conference of the States Parties to the United Nations Convention against Corruption at its eighth session,'), [
      'resolution 8/1 → external Conference of the States Parties to the United Nations Convention against Corruption',
      'its eighth session → external Conference of the States Parties to the United Nations Convention against Corruption',
    ]);
    assert.deepEqual(verdicts('Recalling resolution 8/1, adopted by the Conference at its eighth session,'), ['resolution 8/1, adopted by the Conference at its eighth session → ok']);
    // Another treaty's Conference of the Parties: its session is not read as the eighth of ours (dates unlooked at, ok).
    assert.deepEqual(verdicts('Recalling the eighth session of the Conference of the Parties to the United Nations Convention against Corruption, held in Abu Dhabi from 16 to 20 December 2019,'), []);
    assert.deepEqual(verdicts('the ninth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change, held from 1 to 12 December 2003'), []);
    assert.deepEqual(verdicts('the eighth session of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime'), ['the eighth session of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime → ok']);
    // Our Convention as the compendia also name it ("… on Transnational Organized Crime", "to Convention") stays ours.
    assert.deepEqual(verdicts('emanated from the first session of the Conference of the Parties to the Convention on Transnational Organized Crime.'), ['the first session of the Conference of the Parties to the Convention on Transnational Organized Crime → ok']);
    assert.deepEqual(verdicts('held in the margins of the fourth session of the Conference of the Parties to Convention. The'), ['the fourth session of the Conference of the Parties to Convention → ok']);
    // "Conference resolution" in a draft of another Conference is that Conference's; in the Assembly's, ours.
    assert.deepEqual(verdicts('The Conference of the States Parties to the United Nations Convention against Corruption,\n\nRecalling Conference resolution 8/1 of 20 December 2019,'), [
      'Conference resolution 8/1 of 20 December 2019 → external Conference of the States Parties to the United Nations Convention against Corruption',
    ]);
    assert.deepEqual(verdicts('The General Assembly,\n\nRecalling Conference resolution 8/1 of 21 October 2016,'), ['Conference resolution 8/1 of 21 October 2016 → ok']);
  });

  it('a body that is the subject of the sentence: its instrument when it could have issued the number, else ours and said', () => {
    assert.deepEqual(verdicts('In its resolution 70/1, the General Assembly requested'), ['its resolution 70/1 → external General Assembly']);
    assert.deepEqual(verdicts('In resolution 8/1, paragraph 99, the Human Rights Council requested'), ['resolution 8/1, paragraph 99 → external Human Rights Council']);
    // "8/1" is no Assembly resolution (it numbers so from its 31st session): read as ours, checked, and said (it was read so in silence).
    for (const [text, why] of [
      ['In its resolution 8/1, the General Assembly requested', /: the sentence it opens is the General Assembly's \(“the General Assembly requested”\), which numbers no instrument so$/],
      ['The General Assembly adopted resolution 8/1', /: the sentence is about the General Assembly \(“General Assembly”\), which numbers no instrument so$/],
      ['The General Assembly, at its eighth session, adopted resolution 8/1', /the sentence is about the General Assembly/],
    ] as const) {
      const said = analyzeText(idx, text).resolutions.flatMap((r) => r.problems).find((p) => p.code === 'read-as-conference');
      assert.ok(said, text);
      assert.equal(said.severity, 'information');
      assert.match(said.message, /^resolution 8\/1 was read as the Conference of the Parties' and checked against its instruments/);
      assert.match(said.message, why, text);
    }
    // A body the sentence addresses ("was invited", "has been invited") adopted nothing: ours, checked, nothing said.
    assert.deepEqual(verdicts('In its resolution 8/1, paragraph 99, the Commission on Crime Prevention and Criminal Justice was invited to consider the matter.').map((v) => v.split(' → ')[1]), ['invalid']);
    assert.deepEqual(verdicts('In its resolution 9/3, the Human Rights Council has been invited to take note.'), ['its resolution 9/3 → ok']);
    assert.equal(analyzeText(idx, 'In resolution 8/1, paragraph 13, the General Assembly was invited').resolutions[0].problems.length, 0);
    // Ours, or a body named as an object of the sentence: nothing said.
    assert.deepEqual(verdicts('In resolution 8/1, paragraph 13, the Conference requested'), ['resolution 8/1, paragraph 13 → ok']);
    assert.deepEqual(verdicts('Taking note of Economic and Social Council in its decision 2005/250 and of its resolution 8/1,').slice(1), ['its resolution 8/1 → ok']);
  });

  it('"its" in a participle that opens a sentence is the main clause\'s subject\'s (each was read as ours, and checked)', () => {
    assert.deepEqual(verdicts('Recalling also its resolution 8/1 of 21 October 2016, the Human Rights Council decided to act.'), ['its resolution 8/1 of 21 October 2016 → external Human Rights Council']);
    assert.deepEqual(verdicts('Bearing in mind its resolution 70/1, the General Assembly requests'), ['its resolution 70/1 → external General Assembly']);
    assert.deepEqual(verdicts('Having considered its resolution 70/1, the General Assembly decided'), ['its resolution 70/1 → external General Assembly']);
    const said = analyzeText(idx, 'Recalling its resolution 8/1, the General Assembly notes').resolutions[0].problems.find((p) => p.code === 'read-as-conference');
    assert.ok(said);
    assert.match(said.message, /: the sentence it opens is the General Assembly's \(“the General Assembly notes”\), which numbers no instrument so$/);
    // Ours after the comma, a preambular paragraph (no subject after it), or no "its" (anyone's may be recalled): unchanged.
    assert.deepEqual(verdicts('Recalling its resolution 8/1, the Conference decided'), ['its resolution 8/1 → ok']);
    assert.deepEqual(verdicts('The Conference of the Parties,\n\nRecalling its resolution 8/1,\n\nNoting the report'), ['its resolution 8/1 → ok']);
    assert.deepEqual(verdicts('Recalling resolution 8/1, the General Assembly notes'), ['resolution 8/1 → ok']);
  });

  it('a body named just before: "Economic and Social Council in its decision …"', () => {
    assert.deepEqual(verdicts('Taking note of Economic and Social Council in its decision 2005/250 and of its resolution 8/1,'), [
      'its decision 2005/250 → external Economic and Social Council',
      'its resolution 8/1 → ok',
    ]);
  });
  it('a Working Group named otherwise than any of the groups holds the session after it, never the Conference', () => {
    // The Conference's eighth session was ok here: a slip in the group's name made "its" the Conference's.
    const text = 'the Working Group on Internacional Cooperation, at its eighth session';
    const rs = analyzeText(idx, text).resolutions;
    assert.deepEqual(
      rs.map((r) => `${text.slice(r.reference.span.start, r.reference.span.end)} → ${r.status} ${r.problems.map((p) => p.code).join(',')}`),
      ['Working Group on Internacional Cooperation → mismatch misspelt-group', 'its eighth session → mismatch misspelt-group'],
    );
    assert.match(rs[1].problems[0].message, /, named before it, is not the name of a Working Group of the Conference: write “Working Group on International Cooperation”; until then its eighth session was not checked$/);
    // Only the name carries the fix: the session's span does not hold it.
    assert.deepEqual(rs[0].problems[0].fixes.map((f) => f.newText), ['Working Group on International Cooperation']);
    assert.deepEqual(rs[1].problems[0].fixes, []);
    // A body the dataset names but does not hold keeps the session as before.
    assert.deepEqual(verdicts('the Working Group on Firearms, at its eighth session'), ['Working Group on Firearms → unknown', 'its eighth session → external Working Group on Firearms']);
  });
  it('"and recalling its …" after a body named as an object is the draft\'s own (an independent probe: the Commission took it, and nothing was checked)', () => {
    assert.deepEqual(verdicts('Welcoming the work of the Commission on Crime Prevention and Criminal Justice, and recalling its resolution 8/1 of 21 October 2016,'), ['its resolution 8/1 of 21 October 2016 → ok']);
    // Without a participle joined by "and", the body named is still the one the sentence is about.
    assert.deepEqual(verdicts('Inviting the Human Rights Council to consider its resolution 9/3,'), ['its resolution 9/3 → external Human Rights Council']);
  });
  it('a body named just after: "decision 27/5, section II, of the Governing Council of …"', () => {
    assert.deepEqual(verdicts('Recalling decision 27/5, section II, of the Governing Council of the United Nations Environment Programme,'), [
      'decision 27/5 → external Governing Council of the United Nations Environment Programme',
    ]);
    // Near-miss: "of the Conference of the Parties" after it is ours.
    assert.deepEqual(verdicts('Recalling decision 3/2 of the Conference of the Parties,'), ['decision 3/2 of the Conference of the Parties → ok']);
  });
  it('"its" in text quoting the General Assembly is the Assembly\'s; numbers the Conference cannot have issued are another body\'s', () => {
    assert.deepEqual(verdicts('Recalling that the General Assembly, in its resolution 54/128 of 17 December 1999, called for a convention,'), [
      'its resolution 54/128 of 17 December 1999 → external General Assembly',
    ]);
    assert.deepEqual(verdicts('In its resolution 54/128 of 17 December 1999, the Assembly established an ad hoc committee.'), [
      'its resolution 54/128 of 17 December 1999 → external another body',
    ]);
  });
  it('the Conference of the States Parties to the Convention against Corruption numbers its resolutions the same way', () => {
    const text = 'The Conference of the States Parties to the United Nations Convention against Corruption, at its fifth session, adopted Conference resolution 5/1. In its resolution 4/1, it had already asked for the same.';
    assert.deepEqual(verdicts(text), [
      'its fifth session → external Conference of the States Parties to the United Nations Convention against Corruption',
      'Conference resolution 5/1 → external Conference of the States Parties to the United Nations Convention against Corruption',
      'its resolution 4/1 → external Conference of the States Parties to the United Nations Convention against Corruption',
    ]);
    // Near-miss: a paragraph about this Conference keeps "Conference resolution 5/8" as ours.
    assert.deepEqual(verdicts('The Conference of the Parties to the United Nations Convention against Transnational Organized Crime recalled Conference resolution 5/8.'), ['Conference resolution 5/8 → ok']);
  });
  it('"its" after a named body is the draft\'s own body again', () => {
    assert.deepEqual(verdicts('Recalling its resolution 8/1 and General Assembly resolution 55/25, and its decision 3/2,'), [
      'its resolution 8/1 → ok',
      'General Assembly resolution 55/25 → external General Assembly',
      'its decision 3/2 → ok',
    ]);
  });
  it('the draft\'s own body: opening line, front matter, setting', () => {
    const ga = 'The General Assembly,\n\nRecalling its resolution 55/25 of 15 November 2000 and resolution 8/1 of the Conference of the Parties,';
    assert.deepEqual(verdicts(ga), ['its resolution 55/25 of 15 November 2000 → external General Assembly', 'resolution 8/1 of the Conference of the Parties → ok']);
    const cop = '*The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,*\n\nRecalling its resolution 8/1,';
    assert.deepEqual(verdicts(cop), ['its resolution 8/1 → ok']);
    const front = '---\nbody: Conference of the States Parties to the United Nations Convention against Corruption\n---\n\nRecalling its resolution 5/1,';
    assert.deepEqual(verdicts(front), ['its resolution 5/1 → external Conference of the States Parties to the United Nations Convention against Corruption']);
    assert.deepEqual(verdicts('Recalling its resolution 70/174,', 'General Assembly'), ['its resolution 70/174 → external General Assembly']);
    // The front matter overrides the setting; without either, the Conference.
    assert.deepEqual(verdicts('---\nbody: Conference of the Parties\n---\n\nRecalling its resolution 8/1,', 'General Assembly'), ['its resolution 8/1 → ok']);
    assert.deepEqual(verdicts('Recalling its resolution 8/1,'), ['its resolution 8/1 → ok']);
  });
  it('sessions: "its fifth session" is the session of the body named for it; "COP8" is always ours', () => {
    assert.deepEqual(verdicts('The Commission on Narcotic Drugs, at its fifth session, adopted a resolution. The Conference, at its fifth session, adopted resolution 5/8.'), [
      'its fifth session → external Commission on Narcotic Drugs',
      'its fifth session → ok',
      'resolution 5/8 → ok',
    ]);
    assert.deepEqual(verdicts('The General Assembly,\n\nNoting the outcome of COP8 and of its 70th session,'), ['COP8 → ok', 'its 70th session → external General Assembly']);
  });
  it('a Working Group\'s "session" is its meeting: "the Working Group on International Cooperation, at its tenth session"', () => {
    assert.deepEqual(verdicts('The Working Group on International Cooperation, at its tenth session, held on 16 October 2018, adopted recommendations.'), ['its tenth session, held on 16 October 2018 → ok']);
    assert.equal(analyzeText(idx, 'the Working Group on Technical Assistance at its twelfth session').resolutions[0].problems[0].code, 'unknown-meeting');
    // Near-miss: "…, held at its sixth session" is the Conference's session during which the group met.
    assert.equal(analyzeText(idx, 'the meeting of the Working Group on International Cooperation, held at its sixth session').resolutions[0].reference.kind, 'session');
  });
  it('"the Working Group, at its eighth session" is never the Conference\'s: the group named in full before it, else asked', () => {
    // The group last named in full in the paragraph: its meeting, said why.
    assert.deepEqual(verdicts('The Working Group on International Cooperation met in Vienna. The Working Group, at its eighth session, adopted recommendations.'), [
      'its eighth session → ok Working Group on International Cooperation',
    ]);
    const text = 'The Working Group on Technical Assistance met. The Working Group, at its tenth session, adopted recommendations.';
    const a = analyzeText(idx, text);
    const r = a.resolutions[0];
    assert.equal(r.targets[0].citation, 'Working Group on Technical Assistance, tenth meeting');
    // The hover says how "its" was read.
    assert.match(hoverAt(idx, a, text.indexOf('tenth'))!.markdown, /^\*Read as the Working Group on Technical Assistance's: “the Working Group” before it is the Working Group on Technical Assistance, the last Working Group named in full before it in the paragraph\.\*/);
    // No group named in full: a warning that asks which, never "ok" for the Conference's eighth session.
    const bare = analyzeText(idx, 'Taking note of the recommendations that the Working Group, at its eighth session, adopted,').resolutions[0];
    assert.equal(bare.status, 'ambiguous');
    assert.deepEqual(bare.targets, []);
    // In a later paragraph (its spans moved with the block) it keeps the meeting number it asks about.
    const later = analyzeText(idx, 'Preamble.\n\nTaking note of what the Working Group, at its eighth session, adopted,').resolutions[0];
    assert.deepEqual([later.status, later.reference.subsidiary?.meeting], ['ambiguous', 8]);
    assert.equal(
      bare.problems[0].message,
      '“its” here is a Working Group\'s, not the Conference\'s, and no Working Group is named in full before it in this paragraph, so its eighth meeting was not checked; write “the Working Group on International Cooperation, at its eighth meeting” or “the Working Group on Technical Assistance, at its eighth meeting” (or “the Conference, at its eighth session” if the Conference\'s was meant)',
    );
    // A group the dataset does not hold, named before: that body, not the Conference.
    const firearms = analyzeText(idx, 'The Working Group on Firearms met. The Working Group, at its fifth session, adopted recommendations.').resolutions;
    assert.deepEqual(firearms.map((x) => x.status), ['unknown', 'unknown']);
    // Near-misses stay the Conference's.
    assert.deepEqual(verdicts('The Conference, at its eighth session, adopted resolution 8/1.'), ['its eighth session → ok', 'resolution 8/1 → ok']);
    assert.equal(analyzeText(idx, 'the meeting of the Working Group, held at its sixth session').resolutions[0].reference.kind, 'session');
    // Without the comma the session may be the Conference's (Technical Assistance compendium, line 396).
    assert.deepEqual(verdicts('Decided to review and take a decision on the future of the working group at its fourth session, in 2008.'), ['its fourth session, in 2008 → ok']);
  });
  it('"the Implementation Review Group, at its third session": a body the dataset does not hold, named just before "its", holds the session', () => {
    assert.deepEqual(verdicts('Welcoming the work of the Implementation Review Group, at its third session,'), ['Implementation Review Group → unknown', 'its third session → external Implementation Review Group']);
    assert.deepEqual(verdicts('the Working Group on Trafficking in Persons at its eighth session'), ['Working Group on Trafficking in Persons → unknown', 'its eighth session → external Working Group on Trafficking in Persons']);
    // Near-miss: another body named between them.
    assert.deepEqual(verdicts('the Implementation Review Group and the Conference at its third session'), ['Implementation Review Group → unknown', 'its third session → ok']);
  });
  it('resref show says whose instrument it is and why', () => {
    const r = showReference(idx, 'decision 27/5, section II, of the Governing Council of the United Nations Environment Programme');
    assert.equal(r.status, 'external');
    assert.match(r.problems[0].message, /^this is an instrument of the Governing Council of the United Nations Environment Programme \(the Governing Council of the United Nations Environment Programme is named just after it/);
  });
  it('an edit to the opening line re-attributes every block', () => {
    const before = 'The Conference of the Parties,\n\nRecalling its resolution 70/174,';
    const a = analyzeText(idx, before);
    assert.equal(a.resolutions[0].reference.attribution?.body, 'another body');
    const after = before.replace('Conference of the Parties', 'General Assembly');
    const b = updateAnalysis(a, after, undefined, { start: 4, endOld: 29 });
    assert.equal(b.resolutions[0].reference.attribution?.body, 'General Assembly');
  });
});
