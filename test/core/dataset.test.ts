// The model of the five source documents, checked against the real dataset.
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { annexOf, findPath } from '../../server/src/index/dataset';
import type { InstrumentKind } from '../../server/src/model/types';
import { doc, index, shape, sourceLine } from './helpers';

const ALL = 'a b c d e f g h i j k l m n o p q r s t u v w x y z'.split(' ');
const letters = (n: number): string => ALL.slice(0, n).join(' ');
const nums = (a: number, b: number): string => Array.from({ length: b - a + 1 }, (_, i) => String(a + i)).join(' ');

interface Expected {
  kind: InstrumentKind;
  symbol: string;
  title: RegExp;
  pp: number;
  body: string;
  annexes?: Record<string, string>;
  adoption?: string;
  reportSymbol: string;
  compendium: string;
  sources: number;
}

const EXPECTED: Expected[] = [
  { kind: 'decision', symbol: '1/4', title: /^Technical assistance activities$/, pp: 0, body: letters(5), reportSymbol: 'CTOC/COP/2004/6', compendium: 'Technical Assistance', sources: 1 },
  { kind: 'decision', symbol: '2/2', title: /^Implementation of the international cooperation provisions/, pp: 0, body: `${letters(9)} j[i ii]`, adoption: '2005-10-19', reportSymbol: 'CTOC/COP/2005/8', compendium: 'International Cooperation', sources: 1 },
  { kind: 'decision', symbol: '2/6', title: /^Technical assistance activities$/, pp: 0, body: 'a b c[i ii iii iv] d e f g h i', reportSymbol: 'CTOC/COP/2005/8', compendium: 'Technical Assistance', sources: 1 },
  { kind: 'decision', symbol: '3/2', title: /^Implementation of the provisions on international cooperation in the United Nations/, pp: 0, body: 'a b c d e f g[i ii iii iv v vi vii] h i j k l m n o p q r s t u v w x', adoption: '2006-10-18', reportSymbol: 'CTOC/COP/2006/14', compendium: 'International Cooperation', sources: 1 },
  { kind: 'decision', symbol: '3/4', title: /^Recommendations of the open-ended interim working group/, pp: 0, body: 'a b c d e 1 2[a b c] 3 4 5 6 7[a b c] 8 9 10 11 12', reportSymbol: 'CTOC/COP/2006/14', compendium: 'Technical Assistance', sources: 1 },
  { kind: 'decision', symbol: '4/2', title: /^Implementation of the provisions on international cooperation of the United Nations/, pp: 0, body: 'a b c[i ii iii] d e f g h i j k l m n o p q r s t u v w x y z', adoption: '2008-10-17', reportSymbol: 'CTOC/COP/2008/19', compendium: 'International Cooperation', sources: 1 },
  { kind: 'decision', symbol: '4/3', title: /^Implementation of the provisions on technical assistance/, pp: 0, body: 'a b c d e f g h i[i ii iii iv v] j k l m n o p q r s', adoption: '2008-10-17', reportSymbol: 'CTOC/COP/2008/19', compendium: 'Technical Assistance', sources: 1 },
  { kind: 'resolution', symbol: '5/6', title: /^Implementation of the provisions on technical assistance/, pp: 2, body: '1 2', annexes: { '': letters(15) }, reportSymbol: 'CTOC/COP/2010/17', compendium: 'Technical Assistance', sources: 1 },
  { kind: 'resolution', symbol: '5/8', title: /^Implementation of the provisions on international cooperation/, pp: 3, body: '1[a b c d] 2[a b c d e] 3 4 5[a b c d] 6', adoption: '2010-10-22', reportSymbol: 'CTOC/COP/2010/17', compendium: 'International Cooperation', sources: 1 },
  { kind: 'resolution', symbol: '6/1', title: /^Ensuring effective implementation/, pp: 17, body: nums(1, 21), adoption: '2012-10-19', reportSymbol: 'CTOC/COP/2012/15', compendium: 'International Cooperation', sources: 1 },
  { kind: 'resolution', symbol: '6/4', title: /^Implementation of the provisions on technical assistance/, pp: 2, body: '1 2', annexes: { '': 'a[i ii iii] b[i ii iii iv v] c[i ii] d' }, reportSymbol: 'CTOC/COP/2012/15', compendium: 'Technical Assistance', sources: 1 },
  { kind: 'resolution', symbol: '7/3', title: /^Implementation of the provisions on technical assistance/, pp: 2, body: '1 2 3', annexes: { I: nums(1, 31), II: `${nums(1, 12)} 13[a b c d e] 14` }, reportSymbol: 'CTOC/COP/2014/13', compendium: 'Technical Assistance', sources: 1 },
  { kind: 'resolution', symbol: '7/4', title: /^Implementation of the international cooperation provisions/, pp: 15, body: '1 2', annexes: { '': nums(1, 23) }, adoption: '2014-10-10', reportSymbol: 'CTOC/COP/2014/13', compendium: 'International Cooperation', sources: 1 },
  { kind: 'resolution', symbol: '8/1', title: /^Enhancing the effectiveness of central authorities/, pp: 8, body: nums(1, 20), annexes: { I: letters(15), II: '1[a b c d e f g h] 2[a b c d] 3' }, adoption: '2016-10-21', reportSymbol: 'CTOC/COP/2016/15', compendium: 'International Cooperation', sources: 2 },
  { kind: 'resolution', symbol: '8/4', title: /^Implementation of the provisions on technical assistance/, pp: 2, body: '1 2', annexes: { '': nums(1, 19) }, reportSymbol: 'CTOC/COP/2016/15', compendium: 'Technical Assistance', sources: 1 },
  { kind: 'resolution', symbol: '9/3', title: /^Implementation of the provisions on international cooperation/, pp: 6, body: '1 2 3', annexes: { I: letters(14), II: letters(8), III: letters(10) }, reportSymbol: 'CTOC/COP/2018/13', compendium: 'International Cooperation', sources: 2 },
];

describe('COP instruments', () => {
  const idx = index();
  it('holds exactly the 16 instruments of the sources', () => {
    assert.deepEqual(
      idx.data.instruments.map((i) => `${i.kind} ${i.symbol}`),
      EXPECTED.map((e) => `${e.kind} ${e.symbol}`),
    );
  });
  for (const e of EXPECTED) {
    describe(`${e.kind} ${e.symbol}`, () => {
      const inst = idx.instrument(e.kind, e.symbol)!;
      it('has its title, session and compendium', () => {
        assert.match(inst.title, e.title);
        assert.equal(inst.session, Number(e.symbol.split('/')[0]));
        assert.ok(inst.sessionInfo.dates, 'session dates');
        assert.ok(inst.compendia.some((c) => c.name === e.compendium && c.part === 'B'));
        assert.equal(inst.reportSymbol, e.reportSymbol);
        assert.equal(inst.sources.length, e.sources);
      });
      it(`counts PP 1–${e.pp}`, () => assert.equal(inst.preamble.length, e.pp));
      it('has its operative labels', () => assert.equal(shape(inst.paragraphs), e.body));
      it('has its annexes and their item labels', () => {
        const want = e.annexes ?? {};
        assert.deepEqual(inst.annexes.map((a) => a.key), Object.keys(want).sort((a, b) => (a === '' ? -1 : a.localeCompare(b))));
        for (const [k, labels] of Object.entries(want)) assert.equal(shape(annexOf(inst, k)!.items), labels, `annex ${k}`);
      });
      it('records the adoption date where a source states it, with where it was found', () => {
        assert.equal(inst.adoption?.iso, e.adoption);
        if (inst.adoption) {
          const line = sourceLine(inst.adoption.foundAt.file, inst.adoption.foundAt.line);
          assert.ok(line.includes(e.symbol) && line.includes(inst.adoption.text), line);
        }
      });
    });
  }
});

describe('structure and text', () => {
  const idx = index();
  it('spot-checks texts, clean of footnote markers and emphasis', () => {
    const p13 = findPath(idx.instrument('resolution', '8/1')!.paragraphs, ['13'])!;
    assert.match(p13.text, /^Requests States parties to support central authorities in establishing or strengthening/);
    const pp1 = idx.instrument('resolution', '8/1')!.preamble[0];
    assert.match(pp1.text, /^Recalling that article 18, paragraph 1, of the United Nations Convention against Transnational Organized Crime requires/);
    for (const part of idx.data.parts.values()) {
      assert.doesNotMatch(part.text, /[⁰¹²³⁴⁵⁶⁷⁸⁹]|<sup>|<\/?[uip]>|\*/, `${part.id}: ${part.text.slice(0, 80)}`);
    }
  });
  it('reads decision 3/2 (l) from “(*l*)” and joins text split by a footnote', () => {
    const d = idx.instrument('decision', '3/2')!;
    assert.match(findPath(d.paragraphs, ['l'])!.text, /^Recommends that central authorities/);
    assert.match(findPath(d.paragraphs, ['g', 'ii'])!.text, /as well as authorities designated under article 8, paragraph 6, of the Protocol/);
    assert.match(findPath(d.paragraphs, ['v'])!.text, /on the basis of the Convention in order to encourage States parties/);
  });
  it('keeps section headings inside instruments', () => {
    const d42 = idx.instrument('decision', '4/2')!;
    assert.equal(findPath(d42.paragraphs, ['c'])!.section, 'I. Substantive discussion of the working group');
    assert.equal(findPath(d42.paragraphs, ['t'])!.section, 'IV. Strengthening of central authorities');
    const d34 = idx.instrument('decision', '3/4')!;
    assert.equal(findPath(d34.paragraphs, ['12'])!.section, 'IV. Mobilization of potential resources');
    assert.equal(findPath(d34.paragraphs, ['1'])!.section, 'I. Determination of needs for technical assistance');
  });
  it('reads the bulleted “- (i)” sub-items', () => {
    const d26 = idx.instrument('decision', '2/6')!;
    assert.match(findPath(d26.paragraphs, ['c', 'iv'])!.text, /^Facilitate mobilization of potential resources/);
  });
  it('gives canonical ids and citations', () => {
    const p = findPath(annexOf(idx.instrument('resolution', '8/1')!, 'II')!.items, ['1', 'c'])!;
    assert.equal(p.id, 'res_8-1__annex_II__para_1__para_c');
    assert.equal(p.citation, 'resolution 8/1, annex II, paragraph 1 (c)');
    assert.equal(findPath(idx.instrument('decision', '3/2')!.paragraphs, ['g', 'ii'])!.citation, 'decision 3/2, paragraph (g) (ii)');
    assert.equal(idx.instrument('resolution', '8/1')!.preamble[3].citation, 'resolution 8/1, PP 4');
    assert.equal(idx.part('res_8-1__pp_4')!.citation, 'resolution 8/1, PP 4');
  });
});

describe('duplicated instruments', () => {
  const idx = index();
  it('keeps one instrument with both source locations', () => {
    const r81 = idx.instrument('resolution', '8/1')!;
    assert.deepEqual(r81.sources.map((s) => doc(s.file)), ['IC', 'R8-1']);
    const p = findPath(r81.paragraphs, ['13'])!;
    assert.deepEqual(p.sources.map((s) => `${doc(s.file)}:${s.line}`), ['IC:688', 'R8-1:61']);
    const r93 = idx.instrument('resolution', '9/3')!;
    assert.deepEqual(r93.sources.map((s) => doc(s.file)), ['IC', 'R9-3']);
  });
  it('reads 000’s OCR “(b)” as (h), agreeing with 004, and records it', () => {
    const h = findPath(annexOf(idx.instrument('resolution', '8/1')!, 'II')!.items, ['1', 'h'])!;
    assert.match(h.text, /undertake training activities on the use of the Organized Crime Convention/);
    assert.deepEqual(h.sources.map((s) => `${doc(s.file)}:${s.line}`), ['IC:766', 'R8-1:147']);
    const note = idx.data.notes.find((n) => n.code === 'ocr-label' && n.source.line === 766)!;
    assert.match(note.message, /prints \(b\) where the sequence requires \(h\).*resolution-8-1\.md:147 prints \(h\)/);
  });
  it('records the differences between copies', () => {
    assert.ok(idx.data.audit.some((a) => a.code === 'duplicate-text' && /paragraph 19/.test(a.message) && /extra budgetary/.test(a.message)));
  });
});

describe('Working Group meetings and the annexes that carry them', () => {
  const idx = index();
  it('holds IC meetings I–X and TA meetings I–XI with dates and report symbols', () => {
    assert.deepEqual(idx.data.meetings.filter((m) => m.group === 'IC').map((m) => m.number), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    assert.deepEqual(idx.data.meetings.filter((m) => m.group === 'TA').map((m) => m.number), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const ic3 = idx.meeting('IC', 3)!;
    assert.equal(ic3.dates, '20 and 21 October 2010');
    assert.equal(ic3.reportSymbol, 'CTOC/COP/WG.3/2010/1');
    assert.equal(shape(ic3.recommendations), letters(14));
    assert.equal(idx.meeting('TA', 7)!.reportSymbol, 'CTOC/COP/WG.2/2013/5');
    assert.equal(shape(idx.meeting('TA', 4)!.recommendations), '1[a b c d e f[i ii] g h] 2 3 4 5 6');
  });
  it('links IC meetings V–X to the annexes that contain them, both ways', () => {
    const links: [number, string, string][] = [[5, 'res_7-4', ''], [6, 'res_8-1', 'I'], [7, 'res_8-1', 'II'], [8, 'res_9-3', 'I'], [9, 'res_9-3', 'II'], [10, 'res_9-3', 'III']];
    for (const [n, inst, key] of links) {
      const m = idx.meeting('IC', n)!;
      assert.deepEqual(m.endorsedIn, { instrumentId: inst, annexKey: key });
      const annex = idx.data.instruments.find((i) => i.id === inst)!.annexes.find((a) => a.key === key)!;
      assert.deepEqual(annex.meeting, { group: 'IC', number: n });
      assert.equal(m.recommendations, annex.items);
    }
  });
  it('resolves the TA annexes that only point to Part A', () => {
    const r73 = idx.instrument('resolution', '7/3')!;
    const a1 = annexOf(r73, 'I')!;
    assert.deepEqual(a1.pointer && { g: a1.pointer.group, m: a1.pointer.meeting }, { g: 'TA', m: 7 });
    const rec26 = findPath(a1.items, ['26'])!;
    assert.match(rec26.text, /Paris Declaration on Aid Effectiveness, the Accra Agenda for Action/);
    assert.equal(rec26.sources[0].line, 265);
    assert.equal(rec26.citation, 'resolution 7/3, annex I, paragraph 26');
    assert.deepEqual(rec26.aliases, ['Working Group on Technical Assistance, seventh meeting, 26']);
    const ctx = idx.data.context.get(rec26.id)!;
    assert.equal(ctx.meeting?.number, 7);
    assert.equal(ctx.instrument?.symbol, '7/3');
    assert.equal(ctx.annex?.key, 'I');
    assert.deepEqual(idx.meeting('TA', 8)!.endorsedIn, { instrumentId: 'res_7-3', annexKey: 'II' });
    assert.deepEqual(idx.meeting('TA', 9)!.endorsedIn, { instrumentId: 'res_8-4', annexKey: '' });
    assert.deepEqual(idx.meeting('TA', 5)!.endorsedIn, { instrumentId: 'res_5-6', annexKey: '' });
    assert.deepEqual(idx.meeting('TA', 6)!.endorsedIn, { instrumentId: 'res_6-4', annexKey: '' });
  });
});

describe('thematic indexes', () => {
  const idx = index();
  it('holds both indexes with merged “(continued)” topics', () => {
    const ic = idx.data.topics.filter((t) => t.index === 'IC');
    const ta = idx.data.topics.filter((t) => t.index === 'TA');
    assert.ok(ic.length > 50 && ta.length > 30, `${ic.length} / ${ta.length}`);
    assert.equal(ic.filter((t) => t.name === 'Authorities, central').length, 1);
    const central = ic.find((t) => t.name === 'Authorities, central')!;
    assert.ok(central.entries.length >= 12);
  });
  it('resolves entries to concrete paragraphs, expanding lists and ranges', () => {
    const central = idx.data.topics.find((t) => t.index === 'IC' && t.name === 'Authorities, central')!;
    const row = central.entries.find((e) => e.source.line === 915)!;
    const cites = row.targets.map((id) => idx.part(id)!.citation);
    assert.deepEqual(cites, ['3', '4', '5', '6', '7', '9', '10', '12', '13', '14', '15', '18', '19', '21'].map((n) => `resolution 7/4, annex, paragraph ${n}`));
    const accra = idx.data.topics.find((t) => t.index === 'TA' && t.name === 'Accra Agenda for Action')!;
    assert.deepEqual(accra.entries.map((e) => e.targets), [['wg_ta__mtg_VII__rec_26'], ['wg_ta__mtg_VII__rec_26']]);
    const ext = idx.data.topics.find((t) => t.index === 'IC' && t.name === 'Extradition')!;
    const d42 = ext.entries.find((e) => e.source.line === 1028)!;
    assert.deepEqual(d42.targets.map((id) => idx.part(id)!.citation), ['i', 'j', 'k', 'o'].map((l) => `decision 4/2, paragraph (${l})`));
    assert.deepEqual(d42.notes, ['Organized Crime Convention as a basis for extradition', 'online directory']);
  });
  it('lists the thematic-index locators that do not resolve or disagree, each with its line', () => {
    const lines = idx.data.audit.filter((a) => a.code === 'index-locator').map((a) => `${doc(a.source.file)}:${a.source.line}`);
    for (const want of ['IC:929', 'IC:980', 'IC:1049', 'IC:1050', 'IC:1177', 'TA:824']) assert.ok(lines.includes(want), `${want} in ${lines.join(' ')}`);
    const reversed = idx.data.audit.find((a) => a.source.line === 929 && /reversed range IV\.n-g/.test(a.message));
    assert.ok(reversed);
    const wrongSession = idx.data.audit.find((a) => a.source.line === 980)!;
    assert.match(wrongSession.message, /the locator also gives resolution 5\/8, paragraph 2/);
  });
});

describe('the Secretariat report', () => {
  const idx = index();
  const rep = idx.data.reports[0];
  it('has its title, session, date and paragraphs 1–51 with 51 (a)–(d)', () => {
    assert.match(rep.title, /^Activities of the United Nations Office on Drugs and Crime to promote the implementation/);
    assert.equal(rep.session, 9);
    assert.equal(rep.date, '2018-07-19');
    assert.equal(shape(rep.paragraphs), `${nums(1, 50)} 51[a b c d]`);
    assert.ok(rep.sections.some((s) => s.heading === 'II. Implementation of Conference resolution 8/1'));
    assert.ok(rep.sections.some((s) => s.heading === '1. Engagement among central authorities in person'));
  });
  it('links the paragraphs that report on resolution 8/1 to the paragraph they report on', () => {
    const on = new Map(rep.reportsOn.map((r) => [r.reportParagraphId.replace(/.*__para_/, ''), r.paragraph]));
    assert.equal(on.get('5'), 'res_8-1__para_11');
    assert.equal(on.get('12'), 'res_8-1__para_6');
    assert.equal(on.get('24'), 'res_8-1__para_12');
    assert.equal(on.get('32'), 'res_8-1__para_7');
  });
});
