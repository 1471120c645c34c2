// The citation style the tool writes (completion, picker, trees): every form is read back by the
// grammar to the same parts, with nothing left unread; place queries rank their items first.
import * as assert from 'assert';
import { describe, it } from 'node:test';
import { analyzeText } from '../../server/src/features/analyze';
import { itemsInPlace, rankByPlace } from '../../server/src/features/citationQuery';
import { cite, citeFirst, citeMany } from '../../server/src/features/citationStyle';
import { citedIn, tableOfAuthorities } from '../../server/src/features/citedIn';
import { allCitations } from '../../server/src/features/views';
import type { Part } from '../../server/src/model/types';
import { index } from './helpers';

const idx = index();
const part = (id: string): Part => {
  const p = idx.part(id);
  assert.ok(p, id);
  return p!;
};

/** The ids a text resolves to, asserting every reference in it is read and checked. */
function readBack(text: string): string[] {
  const a = analyzeText(idx, text);
  for (const r of a.resolutions) assert.equal(r.status, 'ok', `${text}: ${r.status} ${r.problems.map((p) => p.message).join('; ')}`);
  return a.resolutions.flatMap((r) => r.targets.map((t) => t.id));
}

describe('citation style', () => {
  it('writes the short form with “paragraph” and preambular paragraphs by ordinal', () => {
    assert.equal(cite(idx, part('res_9-3__annex_I__para_n')), 'resolution 9/3, annex I, paragraph (n)');
    assert.equal(cite(idx, part('res_8-1__pp_4')), 'the fourth preambular paragraph of resolution 8/1');
    assert.equal(cite(idx, part('res_8-1__annex_II__para_1__para_c')), 'resolution 8/1, annex II, paragraph 1 (c)');
  });
  it('writes the first mention with the date and the title', () => {
    assert.equal(citeFirst(idx, part('res_8-1')), 'resolution 8/1 of 21 October 2016, entitled “Enhancing the effectiveness of central authorities in international cooperation in criminal matters to counter transnational organized crime”');
    assert.match(citeFirst(idx, part('res_8-1__para_13')), /^paragraph 13 of resolution 8\/1 of 21 October 2016, entitled “Enhancing/);
    assert.match(citeFirst(idx, part('res_9-3__annex_I__para_n')), /^paragraph \(n\) of annex I to resolution 9\/3, entitled “Implementation of the provisions on international cooperation/);
  });
  it('cites several at once', () => {
    assert.equal(citeMany(idx, [part('res_5-8'), part('res_8-1')]), 'resolutions 5/8 and 8/1');
    assert.equal(citeMany(idx, [part('res_8-1__annex_I__para_h'), part('res_8-1__annex_I__para_j')]), 'resolution 8/1, annex I, paragraphs (h) and (j)');
    assert.equal(citeMany(idx, [part('res_5-8'), part('dec_3-2')]), 'resolution 5/8 and decision 3/2');
  });
  it('is read back to the same parts, for every citable part and both forms', () => {
    let n = 0;
    for (const c of allCitations(idx)) {
      if (!/^(res|dec)_/.test(c.id)) continue;
      for (const text of [c.cite, c.first]) {
        const ids = readBack(`Recalling ${text},`);
        assert.ok(ids.includes(c.id), `${text} → ${ids.join(' ')} (wanted ${c.id})`);
      }
      n++;
    }
    assert.ok(n > 300, String(n));
    const many = [
      [part('res_5-8'), part('res_8-1')],
      [part('res_8-1__annex_I__para_h'), part('res_8-1__annex_I__para_j')],
      [part('res_8-1__annex_II__para_1__para_d'), part('res_8-1__annex_II__para_1__para_h')],
      [part('res_5-8'), part('dec_3-2')],
    ];
    for (const ps of many) assert.deepEqual(readBack(`Recalling ${citeMany(idx, ps)},`).sort(), ps.map((p) => p.id).sort());
  });
});

describe('place queries', () => {
  const all = allCitations(idx);
  it('rank the items of the annex a query names first', () => {
    const ranked = rankByPlace('8/1 annex II', all);
    assert.match(ranked[0].citation, /^resolution 8\/1, annex II/);
    const inPlace = itemsInPlace('8/1 annex II', all);
    assert.ok(inPlace.length >= 8 && inPlace.every((c) => c.citation.startsWith('resolution 8/1, annex II')), inPlace.map((c) => c.citation).join('; '));
    assert.deepEqual(itemsInPlace('9/3, annex I, (n)', all).map((c) => c.citation), ['resolution 9/3, annex I, paragraph (n)']);
    assert.deepEqual(itemsInPlace('resolution 8/1 para 13', all).map((c) => c.citation), ['resolution 8/1, paragraph 13']);
    assert.deepEqual(itemsInPlace('electronic evidence', all), []);
  });
});

describe('cited in this draft', () => {
  const draft = 'Recalling its resolution 8/1 of 21 October 2016 and resolution 8/1, annex I, (h) and (j),\n\nNoting resolutions 5/1 and 9/3, and resolution 9/3, annex IV, and decision 8/1, and resolution 8/1, annex I, (h),\n';
  const groups = citedIn(idx, analyzeText(idx, draft));
  it('groups every instrument and part by instrument, with counts and findings', () => {
    assert.deepEqual(groups.map((g) => g.label), ['Resolution 8/1', 'Resolution 5/1', 'Resolution 9/3']);
    const r81 = groups[0];
    assert.equal(r81.count, 4);
    assert.equal(groups[2].count, 2);
    assert.deepEqual(r81.parts.map((p) => `${p.citation} ×${p.count}`), ['resolution 8/1 ×2', 'resolution 8/1, annex I, paragraph (h) ×2', 'resolution 8/1, annex I, paragraph (j) ×1']);
    assert.deepEqual(r81.findings.map((f) => f.code), ['wrong-kind']);
    assert.ok(groups[1].unknown);
    assert.deepEqual(groups[2].findings.map((f) => f.message), ['resolution 9/3 has annexes I, II and III; there is no annex IV']);
  });
  it('copies as a Markdown table of authorities', () => {
    const table = tableOfAuthorities(groups);
    const lines = table.trim().split('\n');
    assert.equal(lines[0], '| Authority | Date and title | Parts cited | Times cited | Check |');
    assert.match(lines[2], /^\| Resolution 8\/1 \| 21 October 2016 · Enhancing the effectiveness .* \| annex I, paragraph \(h\); annex I, paragraph \(j\) \| 4 \| 8\/1 is a resolution, not a decision/);
    assert.match(lines[3], /^\| Resolution 5\/1 \| not among the indexed documents; not checked \| — \| 1 \| not checked \|$/);
    assert.match(lines[4], /^\| Resolution 9\/3 \| Implementation of the provisions on international cooperation .* \| — \| 2 \| resolution 9\/3 has annexes I, II and III; there is no annex IV \|$/);
  });
});
