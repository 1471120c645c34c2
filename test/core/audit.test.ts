// No silent repair (issue 12, item 4): where the readers read the sources other than as printed,
// `resref audit` says so, with the line, the text as printed and how it was read.
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { buildTopics, resolveLocator } from '../../server/src/index/topics';
import { parseLocator, parseParagraphColumn, parseThematicIndex } from '../../server/src/model/thematicIndex';
import type { IndexRow, ParsedSource } from '../../server/src/model/types';
import { doc, index, sourceLine } from './helpers';

const IC = 'data/sources/international-cooperation-compendium.txt';
const PART_A_3 = "part A prints that meeting's recommendations without the report paragraph 3 that the locator puts before them";

describe('repairs of the sources are audited', () => {
  const idx = index();
  const repairs = [...idx.data.notes, ...idx.data.audit]
    .filter((n) => n.code === 'index-repair' || n.code === 'ocr-label' || n.code === 'label-case')
    .map((n) => `${doc(n.source.file)}:${n.source.line} ${n.code}: ${n.message}`)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const entryAt = (line: number): { topic: string; targets: string[]; repairs: string[] } => {
    for (const t of idx.data.topics) {
      const e = t.entries.find((x) => x.source.file === IC && x.source.line === line);
      if (e) return { topic: t.name, targets: e.targets.map((id) => idx.part(id)!.citation), repairs: e.repairs };
    }
    throw new Error(`no index entry at IC:${line}`);
  };

  it('lists every repair the readers make of the shipped sources', () => {
    const thirdMeeting = (printed: string, read: string): string =>
      `the locator prints ${printed}; read as ${read} of the third meeting of the Working Group on International Cooperation: ${PART_A_3}`;
    // A joint symbol printed with a space beside its dash (TA:680 "X - Y"): read as "X–Y" and said so.
    const joint = (printed: string, how: string, year: string): string =>
      `document symbol “${printed}” is printed with ${how} between its two symbols; read as the joint symbol “CTOC/COP/WG.2/${year}–CTOC/COP/WG.3/${year}” (CTOC/COP/WG.2/${year} and CTOC/COP/WG.3/${year})`;
    const fourthMeeting = (printed: string, read: string): string =>
      `the locator prints ${printed}; read as ${read} of the fourth meeting of the Working Group on International Cooperation: ${PART_A_3}`;
    assert.deepEqual(repairs, [
      'IC:241 ocr-label: prints (b) where the sequence requires (h); read as (h)',
      'IC:766 ocr-label: prints (b) where the sequence requires (h); read as (h); data/sources/resolution-8-1.md:147 prints (h)',
      `IC:913 index-repair: Authorities, central: ${thirdMeeting('III.3.c, III.3.d, III.3.g and III.3.k', 'recommendations (c), (d), (g) and (k)')}`,
      `IC:914 index-repair: Authorities, central: ${fourthMeeting('IV.3.a', 'recommendation (a)')}`,
      `IC:918 index-repair: Authorities, central: ${joint('CTOC/COP/WG.2/2017/4 – CTOC/COP/WG.3/2017/4', 'an en dash and spaces', '2017/4')}`,
      `IC:919 index-repair: Authorities, central: ${joint('CTOC/COP/WG.2/2018/3 – CTOC/COP/WG.3/2018/3', 'an en dash and spaces', '2018/3')}`,
      'IC:929 index-repair: Authorities, central: the locator prints a reversed range IV.n-g (high to low); read as IV.g to IV.n',
      `IC:962 index-repair: Confiscation: ${thirdMeeting('III.3.a and III.3.b', 'recommendations (a) and (b)')}`,
      `IC:1020 index-repair: Extradition: ${thirdMeeting('III.3.a, III.3.b, III.3.l, III.3.m and III.3.n', 'recommendations (a), (b), (l), (m) and (n)')}`,
      `IC:1025 index-repair: Extradition: ${joint('CTOC/COP/WG.2/2018/3- CTOC/COP/WG.3/2018/3', 'a hyphen and a space', '2018/3')}`,
      `IC:1073 index-repair: International cooperation, secure communications: ${fourthMeeting('IV.3.e', 'recommendation (e)')}`,
      `IC:1076 index-repair: International cooperation, tools: ${thirdMeeting('III.3.e', 'recommendation (e)')}`,
      'IC:1087 index-repair: International Criminal Police Organization (INTERPOL): the locator prints “IV.I”; read as IV.l',
      'IC:1087 index-repair: International Criminal Police Organization (INTERPOL): the paragraph column prints “(I)”; read as (l)',
      `IC:1091 index-repair: Joint investigative bodies/teams: ${joint('CTOC/COP/WG.2/2017/4- CTOC/COP/WG.3/2017/4', 'a hyphen and a space', '2017/4')}`,
      `IC:1100 index-repair: Law enforcement authorities, training: ${joint('CTOC/COP/WG.2/2017/4- CTOC/COP/WG.3/2017/4', 'a hyphen and a space', '2017/4')}`,
      'IC:1102 index-repair: Law enforcement authorities, training: the locator prints “IV.I”; read as IV.l',
      'IC:1102 index-repair: Law enforcement authorities, training: the paragraph column prints “(I)”; read as (l)',
      'IC:1141 index-repair: Mutual legal assistance: the row is printed one column to the left (document symbol “CTOC/COP/2006/14” in the topic column, “Decision 3/2” in the document-symbol column); read as an entry of “Mutual legal assistance” with each cell one column to the right',
      `IC:1150 index-repair: Mutual legal assistance in criminal matters: ${thirdMeeting('III.3.a and III.3.b', 'recommendations (a) and (b)')}`,
      `IC:1156 index-repair: Mutual Legal Assistance Request Writer Tool: ${thirdMeeting('III.3.h', 'recommendation (h)')}`,
      'IC:1164 index-repair: Mutual Legal Assistance Request Writer Tool: the document-symbol and resolution/decision cells are blank; read as continuing the row above (CTOC/COP/2016/15, resolution 8/1)',
      'IC:1165 index-repair: Mutual Legal Assistance Request Writer Tool: the document-symbol and resolution/decision cells are blank; read as continuing the row above (CTOC/COP/2016/15, resolution 8/1)',
      `IC:1175 index-repair: Prosecution authorities: ${fourthMeeting('IV.3.d', 'recommendation (d)')}`,
      `IC:1183 index-repair: Regional (cooperation) networks: ${thirdMeeting('III.3.c, III.3.e and III.3.f', 'recommendations (c), (e) and (f)')}`,
      `IC:1184 index-repair: Regional (cooperation) networks: ${fourthMeeting('IV.3.a and IV.3.e', 'recommendations (a) and (e)')}`,
      'IC:1209 index-repair: Sharing Electronic Resources and Laws on Crime (SHERLOC), knowledge management portal: the row is printed one column to the left (document symbol “CTOC/COP/2018/13” in the topic column, “Resolution 9/3” in the document-symbol column); read as an entry of “Sharing Electronic Resources and Laws on Crime (SHERLOC), knowledge management portal” with each cell one column to the right',
      `IC:1254 index-repair: Video-conferencing: ${thirdMeeting('III.3.i', 'recommendation (i)')}`,
      `IC:1260 index-repair: Working Group on International Cooperation: ${fourthMeeting('IV.3.f', 'recommendation (f)')}`,
      `TA:680 index-repair: Competent national authorities, directory: ${joint('CTOC/COP/WG.2/2017/4 - CTOC/COP/WG.3/2017/4', 'a hyphen and spaces', '2017/4')}`,
      'TA:700 index-repair: Data collection: the topic “Data collection” is printed in the document-symbol column; read as a topic',
      'TA:724 index-repair: Focal point for the purposes of article 32 of the Organized Crime Convention: document symbol “CTOC/COP/WG.2.2016/5” is printed with a dot for a slash; read as “CTOC/COP/WG.2/2016/5”',
      'TA:848 index-repair: United Nations Convention against Transnational Organized Crime: the paragraph column prints “o” without parentheses; read as (o)',
    ]);
  });

  it('marks the repaired entries in the Topics view data', () => {
    const entries = idx.data.topics.flatMap((t) => t.entries).filter((e) => e.repairs.length > 0);
    // The 31 index-repair notes above: the topic row gives no entry, and rows 1087 and 1102 have two each.
    assert.equal(entries.length, 28);
    for (const e of entries) assert.ok(e.repairs.every((r) => /printed|prints|blank/.test(r)));
  });

  it('reads a Part A locator without its report paragraph as the meeting\'s item, and says so', () => {
    assert.match(sourceLine(IC, 913), /\tPart A III\.3\.c , III\.3\.d , III\.3\.g and III\.3\.k$/);
    const e = entryAt(913);
    assert.deepEqual(e.targets, ['c', 'd', 'g', 'k'].map((l) => `Working Group on International Cooperation, third meeting, (${l})`));
    assert.equal(e.repairs.length, 1);
    assert.match(e.repairs[0], /^the locator prints III\.3\.c, III\.3\.d, III\.3\.g and III\.3\.k; read as recommendations \(c\), \(d\), \(g\) and \(k\) of the third meeting/);
  });

  it('reads a row printed one column to the left as an entry of the topic above, and says so', () => {
    assert.match(sourceLine(IC, 1141), /^CTOC\/COP\/2006\/14\tDecision 3\/2\t/);
    assert.ok(!idx.data.topics.some((t) => /^CTOC\//.test(t.name)), 'no topic is named after a document symbol');
    const e = entryAt(1141);
    assert.equal(e.topic, 'Mutual legal assistance');
    assert.deepEqual(e.targets, ['(b)', '(c)', '(d)', '(g) (ii)', '(g) (iii)', '(k)', '(l)', '(m)', '(q)'].map((l) => `decision 3/2, paragraph ${l}`));
    assert.deepEqual(entryAt(1209).targets, ['resolution 9/3, annex III, paragraph (j)']);
  });

  it('reads rows with blank symbol and instrument cells as continuing the row above, and says so', () => {
    assert.match(sourceLine(IC, 1163), /^\tCTOC\/COP\/2016\/15\tResolution 8\/1\t6\tVIII\.6$/);
    assert.match(sourceLine(IC, 1165), /^\t\t\tAnnex II, 1 \(h\)\tVIII, annex II, 1 \(h\)$/);
    // Not the eighth meeting's items (resolution 9/3, annex I), as a row of part A would be.
    assert.deepEqual(entryAt(1164).targets, ['resolution 8/1, annex I, paragraph (g)']);
    assert.deepEqual(entryAt(1165).targets, ['resolution 8/1, annex II, paragraph 1 (h)']);
  });

  it('reads the reversed range IV.n-g low to high, says so, and still reports what the paragraph column disagrees with', () => {
    const e = entryAt(929);
    assert.deepEqual(e.targets.filter((c) => /paragraph \([g-n]\)$/.test(c)).sort(), ['g', 'h', 'i', 'j', 'k', 'l', 'm', 'n'].map((l) => `decision 4/2, paragraph (${l})`));
    const disagreement = idx.data.audit.find((a) => a.code === 'index-locator' && a.source.line === 929)!;
    assert.match(disagreement.message, /the column also gives decision 4\/2, paragraph \(o\), decision 4\/2, paragraph \(p\), decision 4\/2, paragraph \(q\)/);
  });
});

// The shipped sources print no other reversed range, capital sub-item or unplaced row; a user's
// own compendium may. These are the forms the readers take, in the shape the sources print them.
describe('the index readers say how they read forms the shipped sources do not print', () => {
  const row = (line: number, ...cells: string[]): IndexRow => ({ cells, source: { file: 'user-compendium.txt', line, column: 1 } });

  it('a paragraph column range printed high to low is read low to high', () => {
    const r = parseParagraphColumn('12–9 (consultations)');
    assert.deepEqual(r.refs.map((x) => x.path.join('.')), ['9', '10', '11', '12']);
    assert.deepEqual(r.repairs, ['the paragraph column prints a reversed range 12–9 (high to low); read as 9 to 12']);
  });

  it('a range that cannot be expanded is read as its two ends, and said so', () => {
    const r = parseParagraphColumn('3–(c)');
    assert.deepEqual(r.refs.map((x) => x.path.join('.')), ['3', 'c']);
    assert.deepEqual(r.repairs, ['the paragraph column prints the range 3–(c), which has ends of different kinds; read as its two ends, 3 and (c)']);
  });

  it('locator ranges printed high to low: preambular paragraphs and annex items', () => {
    const repairs: string[] = [];
    const [pp, annex] = parseLocator('VIII.PP.8-4 VIII, annex I, (g)-(c)', 'B', repairs);
    assert.deepEqual(pp.refs.map((x) => x.pp), [4, 5, 6, 7, 8]);
    assert.deepEqual(annex.refs.map((x) => x.path.join('.')), ['c', 'd', 'e', 'f', 'g']);
    assert.deepEqual(repairs, [
      'the locator prints a reversed range VIII.PP.8-4 (high to low); read as VIII.PP.4 to VIII.PP.8',
      'the locator prints a reversed range (g)–(c) (high to low); read as (c) to (g)',
    ]);
  });

  it('a capital numeral for a sub-item in the locator', () => {
    const repairs: string[] = [];
    const [t] = parseLocator('IV.c.II', 'B', repairs);
    assert.deepEqual(t.refs.map((x) => x.path), [['c', 'ii']]);
    assert.deepEqual(repairs, ['the locator prints “IV.c.II”; read as IV.c.ii']);
  });

  it('“annex” without its numeral, for an instrument whose only annex is numbered', () => {
    // Resolution 9/3 as a user's copy might hold it: annex I only.
    const idx = index();
    const r93 = idx.instrument('resolution', '9/3')!;
    const copy = { ...r93, annexes: r93.annexes.filter((a) => a.key === 'I') };
    const r = resolveLocator(parseLocator('IX, annex, (b)', 'B'), 'IX, annex, (b)', 'IC', [copy], idx, 'index');
    assert.deepEqual(r.ids, ['res_9-3__annex_I__para_b']);
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.readings, ['the locator: “annex” is printed without a numeral; resolution 9/3 has one annex: read as resolution 9/3, annex I']);
  });

  it('the only annex standing in for another in the check of a "See part A" locator', () => {
    // Resolution 7/4 has one annex, unnumbered, carrying the fifth meeting; a row printing
    // "Annex I, 3" with "See part A.V" is checked against that annex, and the audit says so.
    const idx = index();
    const src: ParsedSource = {
      file: 'user-compendium.txt',
      title: 'Compendium',
      compendium: { name: 'International Cooperation', group: 'IC' },
      instruments: [],
      meetings: [],
      indexRows: [row(1, 'Extradition', 'CTOC/COP/WG.3/2014/4', 'Resolution 7/4', 'Annex I, 3', 'See part A.V')],
      dateMentions: [],
      sessions: [],
      notes: [],
      lineCount: 1,
    };
    const built = buildTopics([src], idx);
    const lines = built.audit.map((a) => `${a.source.line} ${a.code}: ${a.message}`);
    assert.ok(
      lines.includes('1 index-repair: Extradition: the paragraph column prints annex I; resolution 7/4 has one annex (unnumbered): read as that annex to check the meeting the locator points to'),
      lines.join('\n'),
    );
    // The column itself is still reported as printed.
    assert.ok(lines.some((l) => /index-locator: Extradition: paragraph column “Annex I, 3”: resolution 7\/4 has one annex \(unnumbered\); there is no annex I/.test(l)), lines.join('\n'));
    // And the check ran: annex of resolution 7/4 carries the fifth meeting, so no disagreement.
    assert.ok(!lines.some((l) => /points to part A/.test(l)), lines.join('\n'));
  });

  it('a row before any topic is not read, and said so', () => {
    const read = parseThematicIndex([row(10, '', 'CTOC/COP/2006/14', 'Decision 3/2', '(b)', 'III.b'), row(11, 'Extradition', 'CTOC/COP/2006/14', 'Decision 3/2', '(b)', 'III.b')], 'IC');
    assert.deepEqual(read.unplaced.map((u) => `${u.source.line}: ${u.message}`), [
      '10: a row of the thematic index comes before any topic (“CTOC/COP/2006/14 | Decision 3/2 | (b) | III.b”); not read',
    ]);
    assert.deepEqual(read.topics.map((t) => t.name), ['Extradition']);
  });
});
