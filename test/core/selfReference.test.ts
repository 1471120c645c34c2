// A draft that cites itself ("paragraph 7 of the present resolution", "annex III to the present
// resolution") is checked against its own numbered paragraphs, subparagraphs and annex headings;
// what the draft's lines cannot settle is said to be unchecked, never ok and never wrong.
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { checkDraft } from '../../server/src/cli/main';
import { analyzeText, updateAnalysis, type Analysis } from '../../server/src/features/analyze';
import { selfDefinitionAt } from '../../server/src/features/definition';
import { hoverAt } from '../../server/src/features/hover';
import { readDatasetSources } from '../../server/src/index/loadDataset';
import { index, ROOT } from './helpers';

const DRAFT = [
  'The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,',
  'Recalling its resolution 8/1 of 21 October 2016,',
  '1. Endorses the recommendations contained in annex I to the present resolution and in annex III to the present resolution;',
  '2. Requests the Secretariat to report on the implementation of paragraph 7 of the present resolution and of paragraphs 1 and 2 (b) of this resolution, and of the third preambular paragraph of the present resolution;',
  '3. Decides that the annex to the present resolution shall apply, in accordance with paragraph 4 of annex II to the present resolution and paragraph 3 (c) of the present resolution:\n(a) first;\n(b) second;',
  '**Annex I**',
  '1. States should cooperate.',
  '## Annex II',
  '1. One.\r\n2. Two.',
].join('\n\n');

/** The draft's self-references: text, status, and each problem's code and message. */
function selves(a: Analysis): [string, string, string[]][] {
  const text = a.text.toString();
  return a.resolutions.filter((r) => r.reference.kind === 'self').map((r) => [text.slice(r.reference.span.start, r.reference.span.end), r.status, r.problems.map((p) => `${p.code}: ${p.message}`)]);
}

describe('references to the draft itself', () => {
  const idx = index();

  it('checks paragraphs, subparagraphs and annexes against the draft’s own lines', () => {
    assert.deepEqual(selves(analyzeText(idx, DRAFT)), [
      ['annex I to the present resolution', 'ok', []],
      ['annex III to the present resolution', 'invalid', ['no-annex: the present resolution has annexes I and II in this draft; there is no annex III']],
      ['paragraph 7 of the present resolution', 'invalid', ['no-paragraph: the present resolution numbers its paragraphs 1–3 in this draft; there is no paragraph 7']],
      ['paragraphs 1 and 2 (b) of this resolution', 'partial', ['unchecked-self: no line under paragraph 2 of this resolution starts with a subparagraph label (“(a)”), so (b) was not checked']],
      ['the third preambular paragraph of the present resolution', 'partial', ['unchecked-self: a draft does not number its preambular paragraphs, so the third preambular paragraph of the present resolution was not checked']],
      ['annex to the present resolution', 'invalid', ['no-annex: the present resolution has annexes I and II in this draft; say which one']],
      ['paragraph 4 of annex II to the present resolution', 'invalid', ['no-paragraph: annex II to the present resolution numbers its paragraphs 1–2 in this draft; there is no paragraph 4']],
      ['paragraph 3 (c) of the present resolution', 'invalid', ['no-paragraph: paragraph 3 of the present resolution has subparagraphs (a)–(b) in this draft; there is no subparagraph (c)']],
    ]);
  });

  it('passes what the draft has, ranges included, and says when a single annex is called “annex I”', () => {
    const draft = '1. Notes paragraphs 2 to 3 and 3 (a)–(b) of this decision and the annex to the present decision.\n\n2. Two, see annex I to the present decision.\n\n3. Three:\n\n(a) a;\n\n(b) b.\n\nAnnex\n\nText.';
    assert.deepEqual(selves(analyzeText(idx, draft)), [
      ['paragraphs 2 to 3 and 3 (a)–(b) of this decision', 'ok', []],
      ['annex to the present decision', 'ok', []],
      ['annex I to the present decision', 'mismatch', ['no-annex: the present decision has a single, unnamed annex in this draft (headed “Annex”): “annex I” names it as if there were others']],
    ]);
  });

  it('says what it could not check: no numbered paragraphs, numbering that starts again, no annex heading', () => {
    const unnumbered = 'Requests the Secretariat to report on paragraph 7 of the present resolution and on annex II to the present resolution.';
    assert.deepEqual(selves(analyzeText(idx, unnumbered)), [
      ['paragraph 7 of the present resolution', 'partial', ['unchecked-self: no line of this draft starts with a paragraph number (“1.”), so paragraph 7 of the present resolution was not checked']],
      ['annex II to the present resolution', 'partial', ['unchecked-self: no line of this draft heads an annex (“Annex” or “Annex I” alone on its line), so annex II to the present resolution was not checked']],
    ]);
    const twoTexts = '1. One, see paragraph 2 of the present resolution.\n\n2. Two.\n\nDraft resolution II\n\n1. One again.';
    assert.deepEqual(selves(analyzeText(idx, twoTexts)), [
      ['paragraph 2 of the present resolution', 'partial', ['unchecked-self: the paragraph numbers of this draft start again (1 after 2): it may hold several texts, so paragraph 2 of the present resolution was not checked']],
    ]);
  });

  it('never passes or fails what the lines cannot settle: several texts, skipped numbers, labels out of sequence, quotations, annexes', () => {
    const verdicts = (d: string) => selves(analyzeText(idx, d)).map(([t, st, p]) => `${t}: ${st}: ${p.join('; ')}`);
    // A second text after the first one's annex: its "1." does not belong to annex I.
    assert.deepEqual(verdicts('Draft A\n\n1. One.\n\n2. Two.\n\n3. Three.\n\nAnnex I\n\n1. Alpha.\n\nDraft B\n\n1. Recalls paragraph 3 of the present resolution.\n\n2. Two.'), [
      'paragraph 3 of the present resolution: partial: unchecked-self: the paragraph numbers of annex I in this draft start again (1 after 1): it may hold several texts, so paragraph 3 of the present resolution was not checked',
    ]);
    // A list begun on the paragraph's own line, and a hard-wrapped line that starts with "(c)".
    assert.deepEqual(verdicts('1. One.\n\n2. Decides: (a) to do x;\n(b) to do y.\n\n3. Recalls paragraph 2 (a) of the present resolution.\n\n4. Notes paragraph 1\n(c) of resolution 70/1.\n\n5. See paragraph 4 (c) of the present resolution.'), [
      'paragraph 2 (a) of the present resolution: partial: unchecked-self: the subparagraph labels at line starts under paragraph 2 of the present resolution begin with (b): the list may begin on the paragraph\'s own line, so (a) was not checked',
      'paragraph 4 (c) of the present resolution: partial: unchecked-self: the subparagraph labels at line starts under paragraph 4 of the present resolution begin with (c): the list may begin on the paragraph\'s own line, so (c) was not checked',
    ]);
    // "(i)", "(ii)" under "(a)" are a second level: paragraph 2 has (a) and (b) only.
    assert.deepEqual(verdicts('1. One.\n\n2. Two:\n(a) A:\n(i) x;\n(ii) y;\n(b) B.\n\n3. Recalls paragraphs 2 (ii) and 2 (b) of the present resolution.'), [
      'paragraphs 2 (ii) and 2 (b) of the present resolution: invalid: no-paragraph: paragraph 2 of the present resolution has subparagraphs (a)–(b) in this draft; there is no subparagraph (ii)',
    ]);
    // Words quoted from another text, and a text in an annex, may be another text's.
    assert.deepEqual(verdicts('Recalling its resolution 8/1, in which it decided “to review paragraph 9 of the present resolution”,\n\n1. One.\n\n2. Two.\n\nAnnex\n\nDraft decision\n\n1. See paragraph 5 of the present decision.'), [
      'paragraph 9 of the present resolution: partial: unchecked-self: in a quotation, “the present resolution” may be another text, so what it cites of it was not checked against this draft',
      'paragraph 5 of the present decision: partial: unchecked-self: in an annex, “the present decision” may be another text, so what it cites of it was not checked against this draft',
    ]);
    // Numbers that skip (a numbered footnote "12."), and ranges.
    assert.deepEqual(verdicts('1. One.\n\n2. See paragraph 12 of the present resolution.\n\n12. A/78/123.'), [
      'paragraph 12 of the present resolution: partial: unchecked-self: the paragraph numbers of the present resolution in this draft go from 2 to 12: a numbered line may be a footnote or a list, so paragraph 12 was not checked',
    ]);
    assert.deepEqual(verdicts('1. One:\n(a) a;\n(b) b;\n(c) c.\n\n2. See paragraphs 2 to 1, 1 (c) to (a) and 1 to 3 of the present resolution.'), [
      'paragraphs 2 to 1, 1 (c) to (a) and 1 to 3 of the present resolution: invalid: reversed-range: “2 to 1” is written backwards: the present resolution numbers its paragraphs upwards; reversed-range: “(c) to (a)” is written backwards: paragraph 1 of the present resolution labels its subparagraphs in order; no-paragraph: the present resolution numbers its paragraphs 1–2 in this draft; there is no paragraph 3',
    ]);
  });

  it('says what it did not read around them, as for any citation', () => {
    const draft = '1. Recalls paragraph 9 and paragraph 2 of the present resolution, section II of the present resolution and paragraph 1 (zz) of this resolution.';
    assert.deepEqual(checkDraft(idx, 'd.md', draft).map((p) => `${p.code}: ${p.message}`), [
      'unread-locator: paragraph 2 of the present resolution was checked; “paragraph 9” before it was not understood, so it was not checked',
      'unread-locator: paragraph 2 of the present resolution was checked; “section II” after it was not understood, so it was not checked',
      'no-paragraph: the present resolution has one numbered paragraph, 1, in this draft; there is no paragraph 2',
      'unchecked-self: no line under paragraph 1 of this resolution starts with a subparagraph label (“(a)”), so (zz) was not checked',
    ]);
    // "The present resolution" alone names nothing that is checked, but a locator beside it that
    // was not read is said: "annex I, paragraph 4, to the present resolution" was external, silent.
    const beside = '1. One.\n\n2. Acts under annex I, paragraph 4, to the present resolution, and the present resolution, annex II.';
    assert.deepEqual(checkDraft(idx, 'd.md', beside).map((p) => `${p.code}: ${p.message}`), [
      'unread-locator: “annex I, paragraph 4” before “the present resolution” was not understood, so it was not checked against this draft',
      'unread-locator: “annex II” after “the present resolution” was not understood, so it was not checked against this draft',
    ]);
    assert.deepEqual(selves(analyzeText(idx, beside)).map((s) => s[1]), ['partial', 'partial']);
  });

  it('a draft headed “Draft decision” that says “the present resolution” calls itself the wrong kind, with a fix', () => {
    const draft = 'Austria and Italy: draft decision\n\n1. Requests a report on the implementation of the present resolution and of paragraph 1 of this resolution;\n\n2. Decides that the present decision shall apply.\n\nAnnex\n\nDraft resolution\n\n1. See the present resolution.';
    const a = analyzeText(idx, draft);
    const found = a.resolutions.filter((r) => r.reference.kind === 'self').map((r) => [draft.slice(r.reference.span.start, r.reference.span.end), r.status, r.problems.map((p) => `${p.code}: ${p.message} [${p.fixes.map((f) => `${draft.slice(f.span.start, f.span.end)} → ${f.newText}`).join()}]`)]);
    assert.deepEqual(found, [
      ['the present resolution', 'mismatch', ['wrong-kind: this draft is a decision (“Austria and Italy: draft decision”), not a resolution: write “the present decision” [resolution → decision]']],
      ['paragraph 1 of this resolution', 'mismatch', ['wrong-kind: this draft is a decision (“Austria and Italy: draft decision”), not a resolution: write “this decision” [resolution → decision]']],
      ['the present decision', 'external', []],
      // In the annex, "the present resolution" is the annexed draft's own.
      ['the present resolution', 'external', []],
    ]);
    // Without a title line nothing is said of the kind.
    assert.deepEqual(selves(analyzeText(idx, draft.replace('Austria and Italy: draft decision', 'Austria and Italy'))).map((x) => x[1]), ['external', 'ok', 'external', 'external']);
  });

  it('checks a lettered item of an annex lettered (a), (b), … (it was said to be numbered, and never checked)', () => {
    const draft = 'Draft resolution\n\n1. Adopts recommendation (d) of annex I to the present resolution and recommendation (b) of annex I to the present resolution.\n\n2. Sees recommendation (a) of annex II to the present resolution.\n\nAnnex I\n\n(a) One;\n\n(b) Two;\n\n(c) Three.\n\nAnnex II\n\n1. Some text.';
    assert.deepEqual(checkDraft(idx, 'd.md', draft).map((p) => `${p.code}: ${p.message}`), [
      'no-paragraph: annex I to the present resolution has subparagraphs (a)–(c) in this draft; there is no subparagraph (d)',
      'unchecked-self: the paragraphs of annex II to the present resolution are numbered in this draft; “(a)” of annex II to the present resolution was not checked',
    ]);
    // The items under a lettered line are not read: said so, never called missing.
    const nested = 'Draft resolution\n\n1. Adopts recommendation (b) (ii) of annex I to the present resolution and recommendation (i) of annex I to the present resolution.\n\nAnnex I\n\n(a) One;\n\n(b) Two:\n\n(i) Sub one;\n\n(ii) Sub two;\n\n(c) Three.';
    assert.deepEqual(checkDraft(idx, 'd.md', nested).map((p) => `${p.code}: ${p.message}`), [
      'unchecked-self: only the lettered lines (“(a)”) of annex I to the present resolution are read in this draft, not the items under them; “(b) (ii)” was not checked',
      'unchecked-self: only the lettered lines (“(a)”) of annex I to the present resolution are read in this draft, not the items under them; “(i)” was not checked',
    ]);
  });

  it('reads revised and submitted title lines as title lines (“the present decision” under them passed)', () => {
    for (const title of ['Revised draft resolution', 'Draft resolution submitted by the President', 'Mexico: revised draft resolution', 'REVISED DRAFT RESOLUTION', '**Draft resolution proposed by the Bureau**']) {
      const draft = `${title}\n\n1. Decides that paragraph 1 of the present decision shall apply.`;
      const said = checkDraft(idx, 'd.md', draft).map((p) => `${p.code}: ${p.message}`);
      assert.deepEqual(said, [`wrong-kind: this draft is a resolution (“${title.replace(/\*\*/g, '')}”), not a decision: write “the present resolution”`], title);
    }
    // A paragraph of prose that names a draft is no title line.
    const prose = 'The revised draft resolution submitted by the President was read.\n\n1. Decides that paragraph 1 of the present decision shall apply.';
    assert.deepEqual(checkDraft(idx, 'd.md', prose).map((p) => p.code), []);
  });

  it('reads emphasis, no-break spaces and CRLF around them as the editor shows them', () => {
    const draft = 'Draft decision\r\n\r\n1. See paragraph 1 of the *present* resolution and paragraph 9 of the present\u00a0resolution.\r\n\r\n**2.** Two.\r\n';
    assert.deepEqual(checkDraft(idx, 'd.md', draft).map((p) => `${p.line}:${p.column} ${p.code}: ${p.message}`), [
      '3:37 wrong-kind: this draft is a decision (“Draft decision”), not a resolution: write “the present decision”',
      '3:62 no-paragraph: the present resolution numbers its paragraphs 1–2 in this draft; there is no paragraph 9',
      '3:79 wrong-kind: this draft is a decision (“Draft decision”), not a resolution: write “the present decision”',
    ]);
  });

  it('does not take for the draft what may be another text: one just named, one qualified, a second title (round 3 of the review)', () => {
    const found = (d: string) => checkDraft(idx, 'd.md', d).filter((p) => p.code !== 'unknown-instrument').map((p) => `${p.code}: ${p.message}`);
    assert.deepEqual(found('Resolution 9/3\n\n1. Takes note of decision 8/2 and requests that this decision be implemented in full.\n\n2. Takes note of resolution 8/1 and of paragraph 2 of this resolution.'), [
      'unchecked-self: “this resolution” may be resolution 8/1, named before it, so what it cites of it was not checked against this draft',
    ]);
    assert.deepEqual(found('Draft resolution\n\n1. Notes that the present decision of the Bureau was adopted, and the present decision.'), [
      'wrong-kind: this draft is a resolution (“Draft resolution”), not a decision: write “the present resolution”',
    ]);
    assert.deepEqual(found('Draft resolution I\n\n1. Decides.\n\n2. Requests.\n\nDraft decision\n\nThe Conference decides that this decision shall enter into force, as paragraph 2 of the present decision says.'), [
      'unchecked-self: this draft has a second title, “Draft decision”, after “Draft resolution I”: it may hold several texts, so paragraph 2 of the present decision was not checked',
    ]);
    // "Agenda item 3: resolution 8/1" is no title; the draft's is "Draft decision".
    assert.deepEqual(found('Agenda item 3: resolution 8/1\n\nDraft decision\n\nThe Conference decides that the present decision applies, and the present resolution.'), [
      'wrong-kind: this draft is a decision (“Draft decision”), not a resolution: write “the present decision”',
    ]);
  });

  it('in the sources: resolution 9/3’s own document has its three annexes; the compendia, which hold many resolutions, are not checked', () => {
    const found: string[] = [];
    for (const s of readDatasetSources(ROOT)) {
      for (const [text, status, problems] of selves(analyzeText(idx, s.content))) {
        if (status !== 'external') found.push(`${s.file.replace(/^.*\//, '')}: ${text}: ${status}${problems.length ? `: ${problems.join('; ')}` : ''}`);
      }
    }
    const several = (n: number) => `unchecked-self: the paragraph numbers of this draft start again (1 after ${n}): it may hold several texts, so`;
    assert.deepEqual(found, [
      `international-cooperation-compendium.txt: annex I to the present resolution: partial: ${several(6)} annex I to the present resolution was not checked`,
      `international-cooperation-compendium.txt: annex II to the present resolution: partial: ${several(6)} annex II to the present resolution was not checked`,
      `international-cooperation-compendium.txt: annex III to the present resolution: partial: ${several(6)} annex III to the present resolution was not checked`,
      'resolution-9-3.txt: annex I to the present resolution: ok',
      'resolution-9-3.txt: annex II to the present resolution: ok',
      'resolution-9-3.txt: annex III to the present resolution: ok',
      `technical-assistance-compendium.txt: annex I to the present resolution: partial: ${several(13)} annex I to the present resolution was not checked`,
      `technical-assistance-compendium.txt: annex II to the present resolution: partial: ${several(13)} annex II to the present resolution was not checked`,
    ]);
  });

  it('an edit elsewhere that adds or removes the cited paragraph changes the verdict, as a full read does', () => {
    const before = '1. Requests a report on paragraph 3 of the present resolution.\n\n2. Two.\n\nAnnex I\n\nText.';
    let a = analyzeText(idx, before);
    assert.deepEqual(selves(a).map((s) => s[1]), ['invalid']);
    const at = before.indexOf('\n\nAnnex');
    const after = `${before.slice(0, at)}\n\n3. Three.${before.slice(at)}`;
    a = updateAnalysis(a, after, undefined, { start: at, endOld: at });
    assert.deepEqual(selves(a), [['paragraph 3 of the present resolution', 'ok', []]]);
    // The untouched first block's verdict changed: the analysis says every block must be converted again.
    assert.equal(a.edit, undefined);
    const back = updateAnalysis(a, before, undefined, { start: at, endOld: at + '\n\n3. Three.'.length });
    assert.deepEqual(selves(back).map((s) => s[1]), ['invalid']);
    // An edit that leaves the outline as it was re-reads only its block.
    const typed = updateAnalysis(back, before.replace('Two.', 'Two more.'), undefined, { start: before.indexOf('Two.') + 3, endOld: before.indexOf('Two.') + 3 });
    assert.notEqual(typed.edit, undefined);
    assert.deepEqual(selves(typed).map((s) => s[1]), ['invalid']);
  });

  it('resref check reports them as the editor does, and the hover says what was checked', () => {
    const found = checkDraft(idx, 'draft.md', DRAFT).map((p) => `${p.line}:${p.column} ${p.severity} ${p.code}`);
    assert.deepEqual(found, ['5:87 error no-annex', '7:74 error no-paragraph', '7:128 information unchecked-self', '7:163 information unchecked-self', '9:21 error no-annex', '9:95 error no-paragraph', '9:151 error no-paragraph']);
    const a = analyzeText(idx, DRAFT);
    const hover = hoverAt(idx, a, DRAFT.indexOf('paragraph 7 of the present') + 3);
    assert.ok(hover, 'a hover');
    assert.match(JSON.stringify(hover), /there is no paragraph 7/);
  });

  it('the hover of what the draft has quotes its line, as the draft is now', () => {
    const draft = '1. Requests a report on paragraphs 2 and 3 (b) of the present resolution and on annex I to the present resolution.\n\n2. Invites *States* to act.\n\n3. Decides:\n(a) first;\n(b) second;\n\n**Annex I**\n\nText.';
    const a = analyzeText(idx, draft);
    const at = (s: string, k = 0) => hoverAt(idx, a, draft.indexOf(s) + k)?.markdown;
    assert.equal(at('paragraphs 2', 11), 'In this draft:\n\n> 2. Invites \\*States\\* to act.');
    assert.equal(at('3 (b) of'), 'In this draft:\n\n> (b) second;');
    assert.equal(at('annex I to'), 'In this draft:\n\n> \\*\\*Annex I\\*\\*');
    const edited = updateAnalysis(a, draft.replace('Invites', 'Urges'), undefined, { start: draft.indexOf('Invites'), endOld: draft.indexOf('Invites') + 7 });
    assert.equal(hoverAt(idx, edited, draft.indexOf('paragraphs 2') + 11)?.markdown, 'In this draft:\n\n> 2. Urges \\*States\\* to act.');
  });
});

// "Paragraph 3 above", "subparagraph (d) below": the draft's own parts, named from where the
// reference stands. They were passed over ("external", no finding), so a check said "0 errors"
// for a paragraph that does not exist or stands on the other side.
const INTERNAL = [
  'Draft resolution',
  'Recalling paragraph 2 below, and noting paragraph 2 above,',
  '1. Decides.',
  '2. Requests, in accordance with paragraph 1 above and paragraph 4 below, and not paragraph 3 above, paragraph 2 above, paragraph 9 below or paragraphs 1 to 3 above;',
  '3. Invites:\n(a) States, as in paragraph 2 above;\n(b) others, as in subparagraph (a) above and subparagraph (c) below, not subparagraph (d) above, (z) above or subparagraph (b) above;\n(c) all.',
  '4. Notes paragraph 3 (a) above and paragraph 3 (d) above, and “paragraph 12 above” quoted.',
  'Annex I',
  '1. States should cooperate, see paragraph 2 below and paragraph 3 below.',
  '2. Two, as in paragraph 1 above and paragraph 2 of the present resolution.',
].join('\n\n');

/** The draft's internal references: text, status, and each problem's code and message. */
function internals(a: Analysis): string[] {
  const text = a.text.toString();
  return a.resolutions
    .filter((r) => r.reference.kind === 'internal')
    .map((r) => `${text.slice(r.reference.span.start, r.reference.span.end)}: ${r.status}${r.problems.map((p) => ` | ${p.code}: ${p.message}`).join('')}`);
}

describe('“paragraph 3 above”: the draft’s own parts, from where the reference stands', () => {
  const idx = index();

  it('says of a draft of one numbered paragraph that it has one, in a sentence that reads', () => {
    const one = 'Bearing in mind paragraph 3 above,\n\n1. Decides.\n\n2) Not a paragraph. See paragraph 3 above.';
    assert.deepEqual(checkDraft(idx, 'd.md', one).filter((p) => p.code === 'no-paragraph').map((p) => p.message), ['this draft has one numbered paragraph, 1; there is no paragraph 3', 'this draft has one numbered paragraph, 1; there is no paragraph 3']);
  });

  it('checks that the paragraph exists in the same part of the draft and stands on the side it says', () => {
    assert.deepEqual(internals(analyzeText(idx, INTERNAL)), [
      'paragraph 2 below: ok',
      'paragraph 2 above: invalid | wrong-direction: this reference stands before paragraph 1 of the operative part of this draft: paragraph 2 is below it, not above; write “below”',
      'paragraph 1 above: ok',
      'paragraph 4 below: ok',
      'paragraph 3 above: invalid | wrong-direction: paragraph 3 of the operative part of this draft is below this reference, which stands in paragraph 2; write “below”',
      'paragraph 2 above: invalid | wrong-direction: paragraph 2 of the operative part of this draft is where this reference stands, not a part above it',
      'paragraph 9 below: invalid | no-paragraph: the operative part of this draft numbers its paragraphs 1–4; there is no paragraph 9',
      'paragraphs 1 to 3 above: invalid | wrong-direction: “paragraphs 1 to 3 above” takes in paragraph 2 of the operative part of this draft, where it stands: name only what is above it',
      'paragraph 2 above: ok',
      'subparagraph (a) above: ok',
      'subparagraph (c) below: ok',
      'subparagraph (d) above, (z): invalid | unread-locator: subparagraph (d) above was checked; “(z)” after it was not understood, so it was not checked | no-paragraph: paragraph 3 of the operative part of this draft has subparagraphs (a)–(c); there is no subparagraph (d)',
      'subparagraph (b) above: invalid | wrong-direction: subparagraph (b) of paragraph 3 of the operative part of this draft is where this reference stands, not a part above it',
      'paragraph 3 (a) above: ok',
      'paragraph 3 (d) above: invalid | no-paragraph: paragraph 3 of the operative part of this draft has subparagraphs (a)–(c); there is no subparagraph (d)',
      'paragraph 12 above: partial | unchecked-self: in a quotation, “paragraph 12 above” may be another text\'s, so it was not checked against this draft',
      'paragraph 2 below: ok',
      'paragraph 3 below: invalid | no-paragraph: annex I of this draft numbers its paragraphs 1–2; there is no paragraph 3',
      'paragraph 1 above: ok',
    ]);
  });

  it('a paragraph named on the wrong side gets a fix that writes the other word; one that does not exist gets none', () => {
    const a = analyzeText(idx, INTERNAL);
    const wrong = a.resolutions.find((r) => r.problems.some((p) => p.message.includes('paragraph 3 of the operative part of this draft is below')))!;
    const fix = wrong.problems[0].fixes[0];
    assert.deepEqual([INTERNAL.slice(fix.span.start, fix.span.end), fix.newText, fix.title], ['above', 'below', 'Change to “below”']);
    const missing = a.resolutions.find((r) => r.problems.some((p) => p.message.includes('no paragraph 9')))!;
    assert.deepEqual(missing.problems[0].fixes, []);
  });

  it('says what the lines cannot settle: no numbered paragraphs, several texts, a subparagraph before any paragraph', () => {
    assert.deepEqual(internals(analyzeText(idx, 'Requests the Secretariat to act on paragraph 7 above.')), [
      'paragraph 7 above: partial | unchecked-self: no line of this draft starts with a paragraph number (“1.”), so paragraph 7 of this draft was not checked',
    ]);
    assert.deepEqual(internals(analyzeText(idx, '1. One, see paragraph 2 below.\n\n2. Two.\n\nDraft resolution II\n\n1. One again.')), [
      'paragraph 2 below: partial | unchecked-self: the paragraph numbers of this draft start again (1 after 2): it may hold several texts, so “paragraph 2 below” was not checked',
    ]);
    assert.deepEqual(internals(analyzeText(idx, 'Recalling subparagraph (d) below,\n\n1. One:\n(a) a;\n(d) d.')), [
      'subparagraph (d) below: partial | unchecked-self: “subparagraph (d) below” stands before any numbered paragraph of this draft, so whose subparagraph it is was not checked',
    ]);
  });

  it('resref check reports them (it said “0 errors” before), and the hover and definition go to the line', () => {
    const found = checkDraft(idx, 'draft.md', INTERNAL).filter((p) => p.code === 'wrong-direction' || p.code === 'no-paragraph').map((p) => `${p.line}:${p.column} ${p.severity} ${p.code}`);
    assert.deepEqual(found, ['3:51 error wrong-direction', '7:92 error wrong-direction', '7:111 error wrong-direction', '7:130 error no-paragraph', '7:152 error wrong-direction', '11:87 error no-paragraph', '11:124 error wrong-direction', '14:48 error no-paragraph', '18:65 error no-paragraph']);
    const a = analyzeText(idx, INTERNAL);
    const at = (s: string, k = 0) => INTERNAL.indexOf(s) + k;
    assert.equal(hoverAt(idx, a, at('paragraph 1 above'))?.markdown, 'In this draft:\n\n> 1. Decides.');
    // "(a) above" in paragraph 3 is paragraph 3's (a); "paragraph 1 above" in the annex is the annex's.
    assert.equal(hoverAt(idx, a, at('subparagraph (a) above'))?.markdown, 'In this draft:\n\n> (a) States, as in paragraph 2 above;');
    assert.deepEqual(selfDefinitionAt(a, at('as in paragraph 1 above', 6)), [at('1. States should cooperate')]);
  });

  it('what a review found: a label after a numbered item is that paragraph’s; no fix when the items lie on both sides; what the lines leave open is unchecked', () => {
    const verdicts = (d: string) => internals(analyzeText(idx, d));
    // "(c)" after "paragraph 3 (a) and" is paragraph 3's, not the (c) the reference stands in.
    assert.deepEqual(verdicts('1. A;\n2. B;\n3. C:\n(a) x;\n(b) y;\n4. D:\n(a) p;\n(b) q;\n(c) r;\n(d) s, see paragraphs 3 (a) and (c) above;'), [
      'paragraphs 3 (a) and (c) above: invalid | no-paragraph: paragraph 3 of this draft has subparagraphs (a)–(b); there is no subparagraph (c)',
    ]);
    // Paragraph 1 is above and 3 below: turning the word would make paragraph 1 wrong.
    const both = analyzeText(idx, '1. A;\n2. B, in line with paragraphs 1 and 3 above;\n3. C;');
    assert.deepEqual(internals(both), [
      'paragraphs 1 and 3 above: invalid | wrong-direction: paragraph 3 of this draft is below this reference, which stands in paragraph 2, while the rest of “paragraphs 1 and 3 above” is above it: cite them apart',
    ]);
    assert.deepEqual(both.resolutions[0].problems[0].fixes, []);
    // In an annex, "paragraph 2 above" may be the operative paragraph 2; from the operative part, "recommendation 7 below" the annex's.
    assert.deepEqual(verdicts('1. A;\n2. B;\n\n**Annex**\n\n1. X, as in paragraph 2 above and paragraph 1 above.\n\n2. Y, as in paragraph 5 above'), [
      'paragraph 2 above: partial | unchecked-self: paragraph 2 of the annex of this draft is below this reference, but the operative part of this draft above it has a paragraph 2: which is meant by “paragraph 2 above” was not checked',
      'paragraph 1 above: partial | unchecked-self: paragraph 1 of the annex of this draft is where this reference stands, but the operative part of this draft above it has a paragraph 1: which is meant by “paragraph 1 above” was not checked',
      'paragraph 5 above: invalid | no-paragraph: the annex of this draft numbers its paragraphs 1–2; there is no paragraph 5',
    ]);
    assert.deepEqual(verdicts('1. Adopts the recommendations annexed;\n2. Stresses recommendation 7 below;\n\nAnnex\n\n1. a;\n\n2. b\n\n3. c\n\n4. d\n\n5. e\n\n6. f\n\n7. g;'), [
      'recommendation 7 below: partial | unchecked-self: the operative part of this draft has no paragraph 7, but the annex of this draft below it does: which is meant by “recommendation 7 below” was not checked',
    ]);
    // A second-level list, and the closing words after a list, are not read as places.
    assert.deepEqual(verdicts('1. A:\n(a) x;\n  (i) one;\n  (ii) two, see subparagraph (i) above;\n(b) y;'), [
      'subparagraph (i) above: partial | unchecked-self: “subparagraph (i) above” stands in a second-level list (“(i)” under “(a)”), which is not read, so it was not checked',
    ]);
    assert.deepEqual(verdicts('1. A:\n(a) x;\n(b) y;\n(c) z;\nin implementing subparagraph (c) above and subparagraph (a) above, States shall act;'), [
      'subparagraph (c) above: partial | unchecked-self: “subparagraph (c) above” stands on a line after subparagraph (c) that starts with no label: it may be in (c) or in the paragraph\'s closing words, so it was not checked',
      'subparagraph (a) above: ok',
    ]);
    // "Annex:" and "Annex I — Recommendations" head annexes: their lettered lines are not operative paragraph 3's.
    assert.deepEqual(verdicts('1. A;\n2. B;\n3. Adopts the annex;\n\nAnnex:\n\nRecommendations\n\n(a) X;\n(b) Y;\n(c) Z, further to paragraph 3 above;'), [
      'paragraph 3 above: partial | unchecked-self: the annex of this draft has no paragraph 3, but the operative part of this draft above it does: which is meant by “paragraph 3 above” was not checked',
    ]);
    assert.deepEqual(verdicts('1. A;\n2. B;\n\nAnnex I — Recommendations\n\n1. X, see paragraph 2 below and paragraph 4 below.\n\n2. Y'), [
      'paragraph 2 below: ok',
      'paragraph 4 below: invalid | no-paragraph: annex I of this draft numbers its paragraphs 1–2; there is no paragraph 4',
    ]);
    // Quoted as written, not as the checker names the part.
    assert.deepEqual(verdicts('Recalling recommendation (a) above,\n\n1. One.'), [
      'recommendation (a) above: partial | unchecked-self: “recommendation (a) above” stands before any numbered paragraph of this draft, so whose subparagraph it is was not checked',
    ]);
  });

  it('review: the fix turns the direction word itself when unread words follow; a wrapped “annex.” heads nothing; definition reads a label as the checker does', () => {
    const draft = '1. Decides:\n(a) x;\n(b) y;\n\n2. Decides to apply paragraph 1 below, in particular subparagraph (a);\n\n3. Requests:\n(a) z;';
    const a = analyzeText(idx, draft);
    const wrong = a.resolutions.find((r) => r.problems.some((p) => p.code === 'wrong-direction'))!;
    const fix = wrong.problems.find((p) => p.code === 'wrong-direction')!.fixes[0];
    assert.deepEqual([draft.slice(fix.span.start, fix.span.end), fix.newText], ['below', 'above']);
    assert.deepEqual(internals(analyzeText(idx, '1. Adopts the guidelines contained in the\nannex.\n\n2. Decides to apply paragraph 1 above;\n\n3. Notes paragraph 2 above.')), ['paragraph 1 above: ok', 'paragraph 2 above: ok']);
    const labels = '1. One:\n(a) a1;\n(b) b1;\n(c) c1;\n\n2. Two:\n(a) a2;\n(b) b2;\n(c) c2, see paragraph 1 (a) and (c) above;';
    const b = analyzeText(idx, labels);
    assert.deepEqual(internals(b), ['paragraph 1 (a) and (c) above: ok']);
    const at = labels.lastIndexOf('(c) above') + 1;
    assert.deepEqual(selfDefinitionAt(b, at), [labels.indexOf('(c) c1')]);
  });

  it('“paragraph 9, above” and “paragraph 1 (above)” are internal references too (they were none); “paragraph 1, above all” is prose', () => {
    assert.deepEqual(internals(analyzeText(idx, '1. One.\n\n2. Two, see paragraph 9, above, and paragraph 1 (above).\n\n3. In line with paragraph 1, above all in practice.')), [
      'paragraph 9, above: invalid | no-paragraph: this draft numbers its paragraphs 1–3; there is no paragraph 9',
      'paragraph 1 (above): ok',
    ]);
  });

  it('a second unnamed annex typed by an edit makes the file several texts, as a full read does', () => {
    const before = '1. A;\n2. B, see paragraph 1 above;\n\nAnnex\n\n1. C\n\nAnne';
    const a = analyzeText(idx, before);
    assert.deepEqual(internals(a), ['paragraph 1 above: ok']);
    const typed = updateAnalysis(a, `${before}x`, undefined, { start: before.length, endOld: before.length });
    assert.deepEqual(internals(typed), internals(analyzeText(idx, `${before}x`)));
    assert.match(internals(typed)[0], /^paragraph 1 above: partial \| unchecked-self: this draft heads an unnamed annex twice/);
    const back = updateAnalysis(typed, before, undefined, { start: before.length, endOld: before.length + 1 });
    assert.deepEqual(internals(back), ['paragraph 1 above: ok']);
  });

  it('an edit that removes the cited paragraph, or moves the reference to the other side, changes the verdict as a full read does', () => {
    const draft = '1. One.\n\n2. Two, see paragraph 3 below.\n\n3. Three.';
    let a = analyzeText(idx, draft);
    assert.deepEqual(internals(a), ['paragraph 3 below: ok']);
    a = updateAnalysis(a, draft.replace('\n\n3. Three.', ''), undefined, { start: draft.indexOf('\n\n3. Three.'), endOld: draft.length });
    assert.deepEqual(internals(a), ['paragraph 3 below: invalid | no-paragraph: this draft numbers its paragraphs 1–2; there is no paragraph 3']);
    // A paragraph typed before the reference's (untouched) block: it now stands in the paragraph it names.
    const before = '1. One.\n\nSee paragraph 2 below.';
    const typed = updateAnalysis(analyzeText(idx, before), '1. One.\n\n2. Two.\n\nSee paragraph 2 below.', undefined, { start: 7, endOld: 7 });
    assert.deepEqual(internals(typed), internals(analyzeText(idx, typed.text.toString())));
    assert.deepEqual(internals(typed), ['paragraph 2 below: invalid | wrong-direction: paragraph 2 of this draft is where this reference stands, not a part below it']);
  });
});

