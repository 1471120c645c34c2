// "ok" means every part was read and checked, shown on the sources' own citations: each one the
// checker passes is changed in one part it checks (a symbol, a paragraph, a label, an annex, a
// date, a title, a document number, a locator added after it), in its paragraph, and the changed
// citation must not pass. Typography that leaves the citation as it was (no-break spaces, a line
// break, emphasis) must leave it ok. A mutation probe found the false oks this guards against
// (joint symbols, compendium annexes, meetings held during a session, wrapped dates).
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { analyzeText, BlockCache, type Analysis } from '../../server/src/features/analyze';
import { readDatasetSources } from '../../server/src/index/loadDataset';
import type { Resolution } from '../../server/src/resolver/resolve';
import { index, ROOT } from './helpers';

interface Mutation {
  kind: string;
  text: string;
  /** The changed characters, relative to the citation. */
  at: [number, number];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function* matches(re: RegExp, s: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) yield m;
}

/** Changes of one checked part of the citation `c`, each of which makes it wrong. */
function mutations(c: string): Mutation[] {
  const out: Mutation[] = [];
  const put = (kind: string, i: number, len: number, w: string): void => {
    out.push({ kind, text: c.slice(0, i) + w + c.slice(i + len), at: [i, i + w.length] });
  };
  for (const m of matches(/\b(\d{1,2})\/(\d{1,2})\b/g, c)) {
    if (/CTOC/.test(c.slice(Math.max(0, m.index - 20), m.index))) continue;
    put('symbol', m.index, m[0].length, `${m[1]}/${Number(m[2]) + 6}`);
  }
  for (const m of matches(/\b(paragraphs?|para\.|paras\.)\s+(\d+)/g, c)) put('paragraph', m.index + m[0].length - m[2].length, m[2].length, String(Number(m[2]) + 50));
  for (const m of matches(/\(([a-z]{1,4})\)/g, c)) put('label', m.index + 1, m[1].length, 'zz');
  for (const m of matches(/\bannex ([IVX]+)\b/gi, c)) put('annex', m.index + m[0].length - m[1].length, m[1].length, 'IX');
  for (const m of matches(/\b(\d{1,2})( and \d{1,2}| to \d{1,2})? (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\b/g, c)) {
    put('date-year', m.index + m[0].length - 4, 4, String(Number(m[4]) + 1));
    put('date-month', m.index + m[1].length + (m[2] ?? '').length + 1, m[3].length, MONTHS[(MONTHS.indexOf(m[3]) + 1) % 12]);
  }
  for (const m of matches(/“([^”]+)”/g, c)) {
    const words = m[1].split(' ');
    if (words.length > 3) put('title', m.index + 1, m[1].length, [...words.slice(0, 1), ...words.slice(2)].join(' '));
  }
  for (const m of matches(/CTOC\/COP\/(?:WG\.\d\/)?\d{4}\/(\d+)/g, c)) put('document', m.index + m[0].length - m[1].length, m[1].length, String(Number(m[1]) + 30));
  for (const [kind, tail] of [
    ['paragraph after', ', paragraph 99'],
    ['label after', ' (zz)'],
    ['annex after', ', annex IV'],
  ]) {
    out.push({ kind, text: c + tail, at: [c.length, c.length + tail.length] });
  }
  return out;
}

/** Ways of writing the citation `c` that change nothing in it. */
function typography(c: string): { kind: string; text: string }[] {
  const spaces = [...c.matchAll(/ /g)].map((m) => m.index ?? 0);
  const mid = spaces[Math.floor(spaces.length / 2)];
  const out = [
    { kind: 'no-break spaces', text: c.replace(/ /g, '\u00a0') },
    { kind: 'emphasis', text: `*${c}*` },
  ];
  if (mid !== undefined) out.push({ kind: 'line break', text: `${c.slice(0, mid)}\n${c.slice(mid + 1)}` });
  return out.filter((t) => t.text !== c);
}

const overlaps = (r: Resolution, a: number, b: number): boolean => r.reference.span.start < b && r.reference.span.end > a;
const clean = (r: Resolution): boolean => r.status === 'ok' && r.problems.length === 0;
/** What the file's findings are, wherever they stand: a change may be caught by a neighbour. */
const findings = (a: Analysis): string =>
  a.resolutions
    .filter((r) => !clean(r))
    .map((r) => `${r.status}:${r.problems.map((p) => p.code).join(',')}`)
    .sort()
    .join('|');

/** Every third clean citation of each source (all kinds of them, in a few seconds). */
const SAMPLE = 3;

describe('a citation the checker passes, changed in a part it checks, no longer passes', () => {
  const idx = index();
  const falseOks: string[] = [];
  const falseErrors: string[] = [];
  let tried = 0;
  for (const src of readDatasetSources(ROOT)) {
    const cache = new BlockCache();
    const text = src.content;
    const base = analyzeText(idx, text, cache);
    const baseFindings = findings(base);
    const oks = base.resolutions.filter(clean).filter((_, x) => x % SAMPLE === 0);
    for (const r of oks) {
      const { start, end } = r.reference.span;
      const cite = text.slice(start, end);
      for (const m of mutations(cite)) {
        if (m.text === cite) continue;
        tried++;
        const changed = analyzeText(idx, text.slice(0, start) + m.text + text.slice(end), cache);
        const covering = changed.resolutions.filter((x) => overlaps(x, start + m.at[0], start + m.at[1]));
        if (covering.some(clean) && findings(changed) === baseFindings) falseOks.push(`${src.file}: ${m.kind}: “${cite}” → “${m.text}” is still ok`);
      }
      for (const t of typography(cite)) {
        const changed = analyzeText(idx, text.slice(0, start) + t.text + text.slice(end), cache);
        const covering = changed.resolutions.filter((x) => overlaps(x, start, start + t.text.length));
        if (covering.length === 0 || !covering.every(clean)) falseErrors.push(`${src.file}: ${t.kind}: “${cite}” → ${covering.map((x) => `${x.status} ${x.problems.map((p) => p.code).join(',')}`).join('; ') || 'no reference'}`);
      }
    }
  }

  it('every changed citation is found wrong, unknown or not checked', () => {
    assert.ok(tried > 500, `${tried} mutations`);
    assert.deepEqual(falseOks, []);
  });

  it('the same citation written with no-break spaces, a line break or emphasis is still ok', () => {
    assert.deepEqual(falseErrors, []);
  });
});
