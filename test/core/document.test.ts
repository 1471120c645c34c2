// The server's document model: text in chunks, positions exactly as vscode-languageserver-
// textdocument computes them, after any sequence of edits (CRLF pairs split and joined, large
// inserts and deletions across chunks, reversed ranges, positions past the end).
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ChunkedText } from '../../server/src/features/chunkedText';
import { DraftDocument } from '../../server/src/service/document';
import { readDatasetSources } from '../../server/src/index/loadDataset';
import { ROOT } from './helpers';

const PIECES = ['\r\n', '\r', '\n', '\n\n', 'resolution 8/1', ' ', 'x', '“', '😀', '\u00a0', 'é'];
const insertText = fc.oneof(
  fc.constantFrom('', ...PIECES),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((a) => a.join('')),
  fc.integer({ min: 1, max: 40000 }).map((n) => 'abc\r\n'.repeat(Math.ceil(n / 5)).slice(0, n)),
);

describe('document model', () => {
  const source = readDatasetSources(ROOT)[0].content.slice(0, 60000).replace(/\n/g, (m, i: number) => (i % 3 === 0 ? '\r\n' : i % 3 === 1 ? '\r' : m));

  it('chunked text reads like the string it stands for after any edits, and old versions stay as they were', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ at: fc.nat(), len: fc.oneof(fc.nat({ max: 20 }), fc.nat({ max: 30000 })), text: insertText }), { minLength: 1, maxLength: 25 }), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 20000 })), { minLength: 5, maxLength: 5 }), (edits, reads) => {
        let str = source;
        let ct = ChunkedText.of(source);
        const versions: [ChunkedText, string][] = [];
        for (const e of edits) {
          const s = e.at % (str.length + 1);
          const end = Math.min(str.length, s + e.len);
          str = str.slice(0, s) + e.text + str.slice(end);
          ct = ct.replace(s, end, e.text);
          versions.push([ct, str]);
          assert.equal(ct.length, str.length);
          for (const [a, n] of reads) {
            const from = a % (str.length + 1);
            assert.equal(ct.slice(from, from + n), str.slice(from, from + n));
            assert.equal(ct.charCodeAt(from), str.charCodeAt(from));
          }
        }
        for (const [v, expected] of versions) assert.equal(v.toString(), expected);
      }),
      { numRuns: 150 },
    );
  });

  it('positions, offsets, lines and text equal those of vscode-languageserver-textdocument after incremental edits', () => {
    const pos = fc.record({ line: fc.integer({ min: -1, max: 3000 }), character: fc.integer({ min: -1, max: 200 }) });
    fc.assert(
      fc.property(fc.array(fc.record({ start: pos, end: pos, text: insertText, full: fc.boolean() }), { minLength: 1, maxLength: 20 }), fc.array(fc.nat(), { minLength: 8, maxLength: 8 }), (edits, probes) => {
        const ours = new DraftDocument('file:///d.md', 'markdown', 1, source);
        const theirs = TextDocument.create('file:///d.md', 'markdown', 1, source);
        let version = 1;
        for (const e of edits) {
          version++;
          // Mostly single edits, sometimes two in one notification (as editors send with multi-cursor).
          const changes = e.full ? [{ range: { start: e.start, end: e.end }, text: e.text }, { range: { start: e.end, end: e.end }, text: 'y\r' }] : [{ range: { start: e.start, end: e.end }, text: e.text }];
          ours.update(changes, version);
          // The library is given each range as it reads it (a line past the end is the end): given
          // the raw range it corrupts its own line table (see 'an edit past the last line').
          for (const c of changes) TextDocument.update(theirs, [{ range: { start: theirs.positionAt(theirs.offsetAt(c.range.start)), end: theirs.positionAt(theirs.offsetAt(c.range.end)) }, text: c.text }], version);
          assert.equal(ours.version, theirs.version);
          assert.equal(ours.getText(), theirs.getText());
          assert.equal(ours.lineCount, theirs.lineCount);
          const len = theirs.getText().length;
          for (const p of probes) {
            const o = p % (len + 2);
            assert.deepEqual(ours.positionAt(o), theirs.positionAt(o));
            const line = p % (theirs.lineCount + 1);
            const position = { line, character: p % 90 };
            assert.equal(ours.offsetAt(position), theirs.offsetAt(position));
            assert.deepEqual(ours.getLineRange(line), theirs.getLineRange(line));
            assert.equal(ours.getEOLCharacters(line), theirs.getEOLCharacters(line));
            assert.equal(ours.getText({ start: position, end: { line: line + 2, character: 3 } }), theirs.getText({ start: position, end: { line: line + 2, character: 3 } }));
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('an edit past the last line is made at the end, and the next edit lands where the editor put it', () => {
    // vscode-languageserver-textdocument 1.0.16 leaves holes in its line table here, and then
    // doubles the text on the second edit ('a\nb\nc\nZa\nb\nc\n').
    const ours = new DraftDocument('file:///d.md', 'markdown', 1, 'a\nb\nc');
    ours.update([{ range: { start: { line: 10, character: 0 }, end: { line: 11, character: 0 } }, text: '\n' }], 2);
    assert.equal(ours.getText(), 'a\nb\nc\n');
    assert.equal(ours.lineCount, 4);
    ours.update([{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: 'Z' }], 3);
    assert.equal(ours.getText(), 'a\nb\nc\nZ');
    assert.deepEqual(ours.positionAt(7), { line: 3, character: 1 });
    assert.equal(ours.offsetAt({ line: 3, character: 1 }), 7);
    ours.update([{ range: { start: { line: 1, character: 0 }, end: { line: 9, character: 0 } }, text: 'B\r\n' }], 4);
    assert.equal(ours.getText(), 'a\nB\r\n');
    assert.equal(ours.lineCount, 3);
  });

  it('a full-text change replaces the document', () => {
    const ours = new DraftDocument('file:///d.md', 'markdown', 1, source);
    ours.update([{ text: 'resolution 8/1\r\nannex II' }], 2);
    assert.equal(ours.getText(), 'resolution 8/1\r\nannex II');
    assert.equal(ours.lineCount, 2);
    assert.deepEqual(ours.positionAt(17), { line: 1, character: 1 });
  });
});
