// cleanInline reads every line of every source once; its single-pass version must clean
// exactly as the plain sequence of replacements below (kept here as the specification).
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { cleanInline, normalizeSpace } from '../../server/src/model/text';
import { readDatasetSources } from '../../server/src/index/loadDataset';
import { ROOT } from './helpers';

function specification(raw: string): string {
  let s = raw;
  s = s.replace(/<sup>\s*\d+\s*<\/sup>/g, '');
  s = s.replace(/<\/?(?:u|i|p|b|em|strong|sup|sub|br)\s*\/?>/gi, ' ');
  s = s.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, '');
  s = s.replace(/\[([^\]]*)\]\(#\)/g, '$1');
  s = s.replace(/^#{1,6}\s+/, '');
  s = s.replace(/\*+/g, '');
  s = s.replace(/[\u00a0\u2007\u202f\t ]+/g, ' ');
  return s.trim();
}

const PIECES = ['<sup>1</sup>', '<sup> 12 </sup>', '<b>', '</I>', '<br/>', '<em >', '<x>', '<', '[55/25](#)', '[a](b)', '[', ']', '](#)', '#', '## ', '###### x', '*', '**', '¹', '²', '³', '⁴', '⁰', '\u00a0', '\u2007', '\u202f', '\t', ' ', '  ', '\u2003', 'Crime', '8/1', '(a)', '\n', '—'];

describe('cleanInline', () => {
  it('equals the specification on every line of the shipped sources', () => {
    for (const src of readDatasetSources(ROOT)) for (const line of src.content.split(/\r\n|\r|\n/)) assert.equal(cleanInline(line), specification(line), line);
  });
  it('normalizeSpace collapses every whitespace run to one space, as /\\s+/ does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u3000', '\ufeff', 'a', 'bc', '8/1', '—'), { maxLength: 30 }), (a) => {
        const s = a.join('');
        assert.equal(normalizeSpace(s), s.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 20000 },
    );
  });
  it('equals the specification on generated markup', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 30 }), (a) => {
        const line = a.join('');
        assert.equal(cleanInline(line), specification(line));
      }),
      { numRuns: 20000 },
    );
  });
});
