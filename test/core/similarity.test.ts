// Agreed-language similarity on the real dataset: quality on the generated test set (printed
// per kind of edit), boilerplate, the word diff, draft paragraphs, findings, user sources and
// the per-paragraph cache.
import { strict as assert } from 'assert';
import fc from 'fast-check';
import { describe, it } from 'node:test';
import { agreedLanguageFindings, agreedLanguageOf, similarTo } from '../../server/src/features/similarity/similar';
import { AgreedLanguage, lensTitle } from '../../server/src/features/similarity/agreedLanguage';
import { draftParagraphs } from '../../server/src/features/similarity/draftParagraphs';
import { SimilarityIndex, similarityIndexOf, THRESHOLD } from '../../server/src/features/similarity/similarityIndex';
import { corpusOf } from '../../server/src/features/similarity/corpus';
import { changesOf, wordDiff } from '../../server/src/features/similarity/wordDiff';
import { WORD, wordsOf } from '../../server/src/features/similarity/terms';
import { buildDataset, DatasetIndex } from '../../server/src/index/dataset';
import { readDatasetSources } from '../../server/src/index/loadDataset';
import { buildTestSet, EDIT_KINDS } from '../similarity/testSet';
import { index, ROOT } from './helpers';

describe('agreed language: quality on the generated test set', () => {
  it('finds the source first for ≥ 95 % of edited paragraphs (each kind) and nothing for ≥ 95 % of unrelated ones', () => {
    const ix = index();
    const sim = similarityIndexOf(ix);
    const set = buildTestSet(ix);
    assert.ok(set.edited.length >= 400, `${set.edited.length} edited paragraphs`);
    assert.ok(set.unrelated.length >= 200);
    const rows: string[] = [];
    const misses: string[] = [];
    let allFound = 0;
    for (const kind of EDIT_KINDS) {
      const cases = set.edited.filter((c) => c.kind === kind);
      let found = 0;
      for (const c of cases) {
        const best = sim.match(c.text, { limit: 1, noDiff: true })[0];
        if (best && best.part.id === c.source.part.id) found++;
        else misses.push(`  ${kind}: ${c.source.part.citation} → ${best ? `${best.part.citation} (${best.score.toFixed(2)})` : 'nothing'}: “${c.text.slice(0, 90)}…”`);
      }
      allFound += found;
      rows.push(`| ${kind} | ${cases.length} | ${found} | ${((100 * found) / cases.length).toFixed(1)} % |`);
      assert.ok(found / cases.length >= 0.95, `${kind}: ${found}/${cases.length}`);
    }
    const quiet = set.unrelated.filter((c) => sim.match(c.text, { limit: 1, noDiff: true }).length === 0).length;
    rows.push(`| all edited paragraphs | ${set.edited.length} | ${allFound} | ${((100 * allFound) / set.edited.length).toFixed(1)} % |`);
    rows.push(`| unrelated paragraphs (must find nothing) | ${set.unrelated.length} | ${quiet} | ${((100 * quiet) / set.unrelated.length).toFixed(1)} % |`);
    console.log(`\nagreed language, threshold ${THRESHOLD}, ${sim.size} paragraphs of the dataset\n| kind of edit | paragraphs | source first | share |\n| --- | ---: | ---: | ---: |\n${rows.join('\n')}`);
    if (misses.length) console.log(`misses:\n${misses.join('\n')}`);
    assert.ok(allFound / set.edited.length >= 0.95);
    assert.ok(quiet / set.unrelated.length >= 0.95, `${quiet}/${set.unrelated.length}`);
  });

  it('the test set is the same for the same seed and changes with the seed', () => {
    const a = buildTestSet(index(), 7, 10, 10);
    const b = buildTestSet(index(), 7, 10, 10);
    const c = buildTestSet(index(), 8, 10, 10);
    assert.deepEqual(a.edited.map((e) => e.text), b.edited.map((e) => e.text));
    assert.notDeepEqual(a.edited.map((e) => e.text), c.edited.map((e) => e.text));
  });
});

describe('agreed language: scoring', () => {
  it('a paragraph of the dataset finds itself at 1 with an all-equal diff', () => {
    const part = index().part('res_8-1__para_13')!;
    const [best] = similarTo(index(), part.text, 3);
    assert.equal(best.id, 'res_8-1__para_13');
    assert.equal(best.score, 1);
    assert.deepEqual(best.diff.map((d) => d.op), ['equal']);
    assert.deepEqual(best.source, { file: 'data/sources/international-cooperation-compendium.txt', line: part.sources[0].line });
  });

  it('boilerplate alone never matches', () => {
    for (const text of [
      'Requests the Secretariat to',
      'Requests the Secretariat to continue to provide technical assistance to States parties, upon request, and to report thereon to the Conference at its next session;',
      'Encourages States parties to make full use of the Convention;',
      'Decides to keep the matter under review;',
      'States parties',
      'Recalling its previous resolutions on the matter,',
    ]) {
      assert.deepEqual(similarTo(index(), text), [], text);
    }
  });

  it('weighs rare words most: sharing common words scores less than sharing rare ones', () => {
    const sim = similarityIndexOf(index());
    assert.ok(sim.weight('secretariat') < sim.weight('extradition') && sim.weight('extradition') < sim.weight('piracy'));
    assert.ok(sim.weight('the') < 1, `weight of “the”: ${sim.weight('the')}`);
    assert.ok(sim.weight('piracy') > 5 * sim.weight('the'));
  });

  it('a drafter’s edit: replaced, inserted and dropped words, best first', () => {
    const text = 'Urges Member States to afford one another, as appropriate, the greatest measure of assistance, in accordance with the provisions of the Convention;';
    const r = similarTo(index(), text, 5);
    assert.equal(r[0].citation, 'resolution 8/1, paragraph 2');
    assert.ok(r[0].score > 0.6 && r[0].score < 1, `${r[0].score}`);
    for (let i = 1; i < r.length; i++) assert.ok(r[i - 1].score >= r[i].score);
    const changes = changesOf(r[0].diff);
    assert.deepEqual(
      changes.map((c) => [c.kind, c.from ?? '', c.to ?? '']),
      [
        ['insert', '', 'Member'],
        ['delete', 'parties', ''],
        ['insert', '', ', as appropriate,'],
        ['delete', ', as well as their domestic laws', ''],
      ],
    );
    // The diff rebuilds both texts.
    // (jsdiff keeps the draft's spaces in equal runs: the source side is compared without them.)
    assert.equal(r[0].diff.filter((d) => d.op !== 'insert').map((d) => d.text).join('').replace(/\s+/g, ''), r[0].text.replace(/\s+/g, ''));
    assert.equal(r[0].diff.filter((d) => d.op !== 'delete').map((d) => d.text).join(''), text);
  });

  it('word diff reads a deletion followed by an insertion as a replacement', () => {
    assert.deepEqual(changesOf(wordDiff('Requests the Secretariat to assist States', 'Invites the Secretariat to assist States')), [{ kind: 'replace', from: 'Requests', to: 'Invites' }]);
  });

  it('finds paragraphs of every kind: preambular, sub-item, recommendation, report paragraph', () => {
    const ix = index();
    const kinds = new Set(corpusOf(ix).map((e) => e.part.kind));
    assert.deepEqual([...kinds].sort(), ['paragraph', 'pp', 'recommendation', 'reportParagraph']);
    for (const id of ['res_9-3__pp_5', 'res_6-4__annex__para_b__para_iii', 'wg_ta__mtg_IX__rec_7', 'sgr_9__para_29']) {
      const cut = ix.part(id)!.text.split(' ').slice(0, 14).join(' ');
      assert.equal(similarTo(ix, cut, 1)[0]?.id, id, cut);
    }
  });

  it('finds the paragraphs of a user-added source', () => {
    const doc = [
      'Resolution 10/1',
      '',
      'Protecting fisheries against organized crime',
      '',
      'The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,',
      '',
      '1. *Requests* the Secretariat to study the involvement of organized criminal groups in illegal, unreported and unregulated fishing and in the laundering of its proceeds through coastal processing plants;',
      '',
      '2. *Decides* to keep the matter under review.',
      '',
    ].join('\n');
    const ix = new DatasetIndex(buildDataset([...readDatasetSources(ROOT), { file: '/tmp/extra/res-10-1.md', content: doc, origin: 'user' }]));
    const r = similarTo(ix, 'Requests the Secretariat, within existing resources, to study the involvement of organized criminal groups in illegal, unreported and unregulated fishing;', 3);
    assert.equal(r[0]?.citation, 'resolution 10/1, paragraph 1');
    assert.equal(r[0].source.file, '/tmp/extra/res-10-1.md');
    assert.deepEqual(similarTo(index(), 'Requests the Secretariat, within existing resources, to study the involvement of organized criminal groups in illegal, unreported and unregulated fishing;'), []);
  });
});

describe('agreed language in a draft', () => {
  const p13 = () => index().part('res_8-1__para_13')!.text;

  it('reads paragraphs without their labels, emphasis, headings or line breaks (CRLF too)', () => {
    const draft = '# Draft resolution\r\n\r\n1. *Requests* the Secretariat\r\n   to act;\r\n2. __Decides__ to stay.\r\n\r\n(a) First item;\r\n- bullet item\r\n';
    const ps = draftParagraphs(draft);
    assert.deepEqual(ps.map((p) => p.text), ['Requests the Secretariat to act;', 'Decides to stay.', 'First item;', 'bullet item']);
    assert.equal(draft.slice(ps[0].start, ps[0].end), '*Requests* the Secretariat\r\n   to act;');
    for (const p of ps) for (let i = 0; i < p.text.length; i++) if (p.text[i] !== ' ') assert.equal(draft[p.offsets[i]], p.text[i]);
  });

  it('a finding names the source and the changed words, on the first change; an unchanged quote has a lens and no finding', () => {
    const edited = p13().replace('States parties', 'Member States');
    const draft = `# Draft\n\n1. ${p13()}\n\n2. ${edited}\n\n3. Decides to hold a workshop on the protection of coral reefs against bleaching.\n`;
    const agreed = agreedLanguageOf(index());
    const matches = agreed.matchesIn(draft);
    assert.equal(matches.length, 2);
    assert.match(lensTitle(matches[0]), /^Follows resolution 8\/1, paragraph 13 · 100 % \(unchanged\)$/);
    assert.match(lensTitle(matches[1]), /^Follows resolution 8\/1, paragraph 13 · \d\d %$/);
    const findings = agreedLanguageFindings(agreed, draft);
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /^follows resolution 8\/1, paragraph 13 \(\d\d %\) but changes its wording: .*“Member”/);
    assert.equal(draft.slice(findings[0].start, findings[0].end), 'Member');
  });

  it('after an edit, only the edited paragraph is matched again', () => {
    const agreed = new AgreedLanguage(new SimilarityIndex(corpusOf(index())));
    const paras = corpusOf(index()).slice(0, 30).map((e) => e.part.text);
    const draft = paras.join('\n\n');
    agreed.matchesIn(draft);
    assert.equal(agreed.takeMatchedCount(), 30);
    const edited = paras.map((p, i) => (i === 12 ? p.replace(/ /, ' , as appropriate, ') : p)).join('\n\n');
    agreed.matchesIn(edited);
    assert.equal(agreed.takeMatchedCount(), 1);
  });
});

describe('agreed language on any text', () => {
  it('never throws; paragraph offsets point at their characters; findings lie inside the draft', () => {
    const ix = index();
    const agreed = agreedLanguageOf(ix);
    const pieces = [
      ...corpusOf(ix).slice(0, 40).map((e) => e.part.text),
      '1. ', '(a) ', '- ', '# ', '*', '__', '\r\n', '\n\n', '\r', '\u00a0', '–', '—', '‘’', '“”', ', as appropriate,', ' ', 'é', '😀', '\u0301',
    ];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 30 }), (parts) => {
        const draft = parts.join('');
        for (const p of draftParagraphs(draft)) {
          assert.equal(p.offsets.length, p.text.length);
          for (let i = 0; i < p.text.length; i++) if (p.text[i] !== ' ') assert.equal(draft[p.offsets[i]], p.text[i]);
        }
        for (const f of agreedLanguageFindings(agreed, draft)) assert.ok(f.start >= 0 && f.start <= f.end && f.end <= draft.length, JSON.stringify(f));
        similarTo(ix, draft, 3);
      }),
      { numRuns: 300, seed: 16 },
    );
  });
});

describe('agreed language: the words of a text', () => {
  it('are the matches of the word pattern, read by code point (apostrophes, accents, astral letters, numbers)', () => {
    const pieces = ['a', 'Z', '9', "'", '’', ' ', 'é', 'ß', '٣', '𝐀', '😀', 'Ⅻ', '-', '\u00a0', '_', 'Ω', '\u0301', 'ǅ', '²', 's', 'State', 'd', 'Ivoire'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        const want: string[] = [];
        WORD.lastIndex = 0;
        for (let m = WORD.exec(text); m; m = WORD.exec(text)) want.push(`${m.index}-${m.index + m[0].length}`);
        assert.deepEqual(wordsOf(text).map((w) => `${w.start}-${w.end}`), want, JSON.stringify(text));
      }),
      { numRuns: 5000 },
    );
    assert.deepEqual(wordsOf("the State’s Côte d'Ivoire 8/1").map((w) => w.term), ['the', 'state', 'cote', 'divoire', '8', '1']);
  });
});
