// The source parser on small documents in the shapes a user adds to an extra source folder:
// a resolution copied from a UN document, and malformed copies of it whose faults must be
// reported as notes (file, line, what is wrong), not guessed over in silence.
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { buildDataset, DatasetIndex } from '../../server/src/index/dataset';
import { parseSource } from '../../server/src/model/parseSource';
import type { ParsedSource } from '../../server/src/model/types';
import { shape } from './helpers';

const lines = (...l: string[]): string => l.join('\n');

/** Resolution 12/3 as the UN prints it (heading, title, preamble, paragraphs with (a)/(i) items, two annexes). */
const RESOLUTION = lines(
  '## Resolution 12/3',
  '',
  '### Strengthening cooperation against the smuggling of migrants',
  '',
  '*The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,*',
  '',
  '*Recalling* its resolution 8/1 of 21 October 2016,',
  '',
  '*Noting* with concern the growing number of requests that remain',
  'unanswered,',
  '',
  '1. *Urges* States parties:',
  '',
  '(a) To designate a central authority;',
  '',
  '(b) To review their procedures, in particular:',
  '',
  '(i) The time taken to answer requests;',
  '',
  '(ii) The languages accepted;',
  '',
  '(c) To report to the Conference;',
  '',
  '2. *Requests* the Secretariat to report on the implementation of the present resolution, including',
  'on the recommendations contained in annex I;',
  '',
  'Annex I',
  '',
  'Recommendations on central authorities',
  '',
  '(a) States should publish the contact details of their central authority;',
  '',
  '(b) States should accept requests by electronic means.',
  '',
  'Annex II',
  '',
  'Indicators',
  '',
  '1. Number of requests received.',
  '',
  '2. Number of requests answered within three months.',
);

function parse(text: string, file = 'extra/res-12-3.md'): ParsedSource {
  return parseSource(file, text);
}

function notes(p: ParsedSource): string[] {
  return p.notes.map((n) => `${n.source.line}:${n.source.column} ${n.code}: ${n.message}`);
}

describe('source parser on a resolution copied from a UN document', () => {
  const p = parse(RESOLUTION);
  const inst = p.instruments[0];

  it('reads heading, title, preamble, paragraphs with (a)/(i) items and annexes', () => {
    assert.equal(p.instruments.length, 1);
    assert.equal(inst.id, 'res_12-3');
    assert.equal(inst.symbol, '12/3');
    assert.equal(inst.title, 'Strengthening cooperation against the smuggling of migrants');
    assert.deepEqual(
      inst.preamble.map((x) => x.text),
      ['Recalling its resolution 8/1 of 21 October 2016,', 'Noting with concern the growing number of requests that remain unanswered,'],
    );
    assert.equal(shape(inst.paragraphs), '1[a b[i ii] c] 2');
    assert.equal(inst.paragraphs[1].text, 'Requests the Secretariat to report on the implementation of the present resolution, including on the recommendations contained in annex I;');
    assert.deepEqual(
      inst.annexes.map((a) => [a.key, a.heading, shape(a.items)]),
      [
        ['I', 'Recommendations on central authorities', 'a b'],
        ['II', 'Indicators', '1 2'],
      ],
    );
    assert.deepEqual(notes(p), []);
  });

  it('names every part with its id, citation and the line and column of its label', () => {
    const b2 = inst.paragraphs[0].children[1].children[1];
    assert.equal(b2.id, 'res_12-3__para_1__para_b__para_ii');
    assert.equal(b2.citation, 'resolution 12/3, paragraph 1 (b) (ii)');
    assert.deepEqual(b2.sources, [{ file: 'extra/res-12-3.md', line: 20, column: 1 }]);
    assert.equal(inst.preamble[1].citation, 'resolution 12/3, PP 2');
    assert.equal(inst.preamble[1].id, 'res_12-3__pp_2');
    const annexItem = inst.annexes[1].items[1];
    assert.equal(annexItem.id, 'res_12-3__annex_II__para_2');
    assert.equal(annexItem.citation, 'resolution 12/3, annex II, paragraph 2');
    assert.deepEqual(inst.sources, [{ file: 'extra/res-12-3.md', line: 1, column: 4 }]);
  });

  it('reads the date the preamble gives for an earlier instrument', () => {
    assert.deepEqual(
      p.dateMentions.map((d) => [d.kind, d.instrument, d.iso, d.source.line]),
      [['resolution', '8/1', '2016-10-21', 7]],
    );
  });

  it('gives the same model for CRLF, CR and a byte-order mark', () => {
    const strip = (x: ParsedSource): string => JSON.stringify(x.instruments);
    assert.equal(strip(parse(`\uFEFF${RESOLUTION.replace(/\n/g, '\r\n')}`)), strip(p));
    assert.equal(strip(parse(RESOLUTION.replace(/\n/g, '\r'))), strip(p));
  });

  it('is indexed by the dataset builder so its parts can be looked up', () => {
    const index = new DatasetIndex(buildDataset([{ file: 'extra/res-12-3.md', content: RESOLUTION, origin: 'user' }]));
    assert.equal(index.part('res_12-3__annex_I__para_b')?.text, 'States should accept requests by electronic means.');
    assert.deepEqual(index.data.loadErrors, []);
  });
});

describe('source parser on malformed documents: faults are reported, not guessed', () => {
  it('a numbered paragraph skipped or repeated', () => {
    const p = parse(lines('Resolution 12/3', '', 'A title', '', '1. First;', '', '2. Second;', '', '4. Fourth;', '', '4. Again.'));
    assert.equal(shape(p.instruments[0].paragraphs), '1 2 4 4');
    assert.deepEqual(notes(p), [
      '9:1 label-sequence: paragraph 4 follows paragraph 2; 3 was expected',
      '11:1 label-sequence: paragraph 4 follows paragraph 4; 5 was expected',
    ]);
  });

  it('a symbol printed with a leading zero: read as the documents print it, and said', () => {
    const p = parse(lines('Resolution 12/03', '', 'A title', '', '1. First;', '', '2. Second.'));
    assert.equal(p.instruments[0].symbol, '12/3');
    assert.deepEqual(notes(p), ['1:1 symbol-form: prints “12/03” with a leading zero; read as resolution 12/3']);
  });

  it('operative paragraphs that do not start at 1', () => {
    const p = parse(lines('Resolution 12/3', '', 'A title', '', '3. Third;'));
    assert.deepEqual(notes(p), ['5:1 label-sequence: the first numbered paragraph is 3, not 1']);
  });

  it('a lettered item out of sequence', () => {
    const p = parse(lines('Resolution 12/3', '', 'A title', '', '1. Urges:', '', '(a) one;', '', '(c) three;'));
    assert.equal(shape(p.instruments[0].paragraphs), '1[a c]');
    assert.deepEqual(notes(p), ['9:1 label-sequence: label (c) where the sequence requires (b)']);
  });

  it('a heading with no title line: the preamble is not taken as the title', () => {
    const p = parse(lines('Resolution 12/3', '', 'The Conference of the Parties,', '', 'Recalling its work,', '', '1. Decides.'));
    const inst = p.instruments[0];
    assert.equal(inst.title, '');
    assert.equal(inst.preamble.length, 1);
    assert.deepEqual(notes(p), ['3:1 missing-title: resolution 12/3 has no title line after its heading']);
  });

  it('a heading followed directly by a numbered paragraph', () => {
    const p = parse(lines('Decision 12/4', '', '1. Decides to meet again.'));
    assert.equal(p.instruments[0].title, '');
    assert.equal(shape(p.instruments[0].paragraphs), '1');
    assert.deepEqual(notes(p), ['3:1 missing-title: decision 12/4 has no title line after its heading']);
  });

  it('an unlabelled sentence after the operative paragraphs is kept with the previous one and reported', () => {
    const p = parse(lines('Resolution 12/3', '', 'A title', '', '1. Decides to meet again.', '', 'This sentence has no number, but it is a full sentence that ends with a full stop.'));
    assert.equal(p.instruments[0].paragraphs[0].text, 'Decides to meet again. This sentence has no number, but it is a full sentence that ends with a full stop.');
    assert.deepEqual(notes(p), ['7:1 unlabelled-text: unlabelled text in the operative part of resolution 12/3 is kept with the previous paragraph']);
  });

  it('unlabelled text after the items of an annex', () => {
    const p = parse(lines('Resolution 12/3', '', 'A title', '', '1. Adopts the annex.', '', 'Annex', '', 'Rules', '', '(a) One rule.', '', 'An unnumbered closing sentence.'));
    assert.equal(p.instruments[0].annexes[0].items[0].text, 'One rule. An unnumbered closing sentence.');
    assert.deepEqual(notes(p), ['13:1 unlabelled-text: unlabelled text in annex of resolution 12/3 is kept with the previous item']);
  });

  it('an annex with a numbered item where its heading should be: the item is not taken as the heading', () => {
    const p = parse(lines('Resolution 12/3', '', 'A title', '', '1. Adopts the annex.', '', 'Annex I', '', '1. First rule.', '', '2. Second rule.'));
    const a = p.instruments[0].annexes[0];
    assert.equal(a.heading, '');
    assert.equal(shape(a.items), '1 2');
  });

  it('the same annex twice', () => {
    const p = parse(lines('Resolution 12/3', '', 'A title', '', '1. Adopts the annexes.', '', 'Annex I', '', 'Rules', '', '(a) One.', '', 'Annex I', '', 'More rules', '', '(a) Two.'));
    assert.deepEqual(notes(p), ['13:1 duplicate-annex: resolution 12/3 has a second annex I; citations of annex I reach the first one']);
  });

  it('unlabelled text after the recommendations of a Working Group meeting is reported, not dropped', () => {
    const p = parse(
      lines(
        '**Compendium of Technical Assistance recommendations**',
        '',
        'A. Recommendations adopted by the Working Group',
        '',
        'XIV. Fourteenth meeting, 1 and 2 June 2026',
        '',
        'The Working Group recommended that:',
        '',
        '(a) States should share data.',
        '',
        'A closing sentence with no label.',
      ),
      'extra/compendium.md',
    );
    const m = p.meetings[0];
    assert.equal(m.id, 'wg_ta__mtg_XIV');
    assert.equal(m.intro, 'The Working Group recommended that:');
    assert.equal(m.recommendations[0].citation, 'Working Group on Technical Assistance, fourteenth meeting, (a)');
    assert.equal(m.recommendations[0].text, 'States should share data. A closing sentence with no label.');
    assert.deepEqual(notes(p), [
      '11:1 unlabelled-text: unlabelled text in the recommendations of the Working Group on Technical Assistance, fourteenth meeting is kept with the previous recommendation',
    ]);
  });

  it('a document with no instrument heading is reported when it is indexed', () => {
    const d = buildDataset([{ file: 'extra/notes.md', content: lines('Some notes', '', '1. Not a resolution.'), origin: 'user' }]);
    assert.deepEqual(
      d.loadErrors.map((e) => `${e.source.file}:${e.source.line} ${e.code}`),
      ['extra/notes.md:1 unrecognised-document'],
    );
  });

  it('labels printed in capitals are read in lower case, and said so', () => {
    const p = parse(lines('Resolution 12/3', '', 'A title', '', '1. Urges:', '', '(A) one;', '', '(B) two, in particular:', '', '(I) first;', '', '(II) second;'));
    assert.equal(shape(p.instruments[0].paragraphs), '1[a b[i ii]]');
    assert.deepEqual(notes(p), [
      '7:1 label-case: prints (A) in capitals; read as (a)',
      '9:1 label-case: prints (B) in capitals; read as (b)',
      '11:1 label-case: prints (I) in capitals; read as (i)',
      '13:1 label-case: prints (II) in capitals; read as (ii)',
    ]);
  });

  it('a numbered sentence of a report that breaks the numbering is read as a heading, and said so', () => {
    const p = parse(
      lines('Ninth session', '', 'Report of the Secretariat', '', 'I. Introduction', '', '1. The first paragraph.', '', '2. The second paragraph.', '', '4. A paragraph printed with the wrong number.'),
      'extra/report.md',
    );
    assert.equal(shape(p.report!.paragraphs), '1 2');
    assert.deepEqual(notes(p), ['11:1 label-sequence: “4.” reads as a paragraph but breaks the numbering (3 was expected); read as a section heading, not as paragraph 4']);
  });

  it('odd Unicode and blank runs do not break labels: NBSP, en dash, curly quotes', () => {
    const p = parse(lines('Resolution 12/3', '', 'A title', '', '1.\u00a0Recalls “paragraphs 3–5” of its resolution 8/1;'));
    assert.equal(shape(p.instruments[0].paragraphs), '1');
    assert.equal(p.instruments[0].paragraphs[0].text, 'Recalls “paragraphs 3–5” of its resolution 8/1;');
  });
});
