// Files as bytes → text (model/decodeText.ts): UTF-8, UTF-16 by its byte-order mark, and the
// UTF-16 without a mark that would otherwise be read as nothing at all.
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { decodeText } from '../../server/src/model/decodeText';

const TEXT = 'Recalling resolution 8/1, annex I, (h) – “Enhancing”\r\n';

describe('decoding drafts and sources read from disk', () => {
  it('reads UTF-8, with or without its mark', () => {
    assert.deepEqual(decodeText(Buffer.from(TEXT, 'utf8')), { text: TEXT, encoding: 'utf-8' });
    assert.deepEqual(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')])), { text: TEXT, encoding: 'utf-8' });
  });
  it('reads UTF-16 little- and big-endian by the byte-order mark', () => {
    const le = Buffer.from(TEXT, 'utf16le');
    assert.deepEqual(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), le])), { text: TEXT, encoding: 'utf-16le' });
    assert.deepEqual(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()])), { text: TEXT, encoding: 'utf-16be' });
  });
  it('says where bytes were not valid, but not for a U+FFFD the file itself holds', () => {
    const d = decodeText(Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' resolution 8/1')]));
    assert.equal(d.invalidAt, 3);
    assert.equal(decodeText(Buffer.from('a \uFFFD b', 'utf8')).invalidAt, undefined);
  });
  it('marks UTF-16 without a mark (a NUL between every letter), never plain text', () => {
    assert.equal(decodeText(Buffer.from(TEXT, 'utf16le')).looksUtf16, true);
    assert.equal(decodeText(Buffer.from(TEXT, 'utf8')).looksUtf16, undefined);
    assert.equal(decodeText(new Uint8Array(0)).looksUtf16, undefined);
  });
});
