// Files as bytes → text, for drafts and sources read from disk (the editor decodes what it
// opens itself). UTF-8, unless a byte-order mark says UTF-16: Windows Notepad saves "Unicode"
// as UTF-16LE with a mark, and read as UTF-8 such a file is a NUL between every letter, so not
// one reference in it would be found and a checker would have nothing to say about a file it
// never read.

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  /** Offset in `text` of the first character that stands for bytes that were not valid (U+FFFD). */
  invalidAt?: number;
  /**
   * Offsets of every U+FFFD when some stand for bytes that were not valid (a file that also
   * holds the character itself cannot tell which do: all are given).
   */
  invalid?: number[];
  /** How many characters stand for bytes that were not valid (fewer than `invalid` when the file also holds U+FFFD itself). */
  invalidCount?: number;
  /**
   * Set when so much of the file is invalid bytes or control characters that it is no text (a
   * PDF, an image, a zip); `legacy` when they are invalid bytes alone (text saved in a legacy
   * encoding such as Windows-1251).
   */
  binary?: { bad: number; of: number; legacy: boolean };
  /**
   * Set when a file without a byte-order mark has NUL bytes in at least NUL_SHARE of its first
   * bytes: UTF-16 saved without a mark (or not text at all). Its references cannot be read.
   */
  looksUtf16?: boolean;
  /** A byte-order mark of an encoding not read here (UTF-32): `text` is empty, and the file is reported. */
  unsupported?: 'UTF-32LE' | 'UTF-32BE';
}

/** Share of NUL bytes above which a file is UTF-16 without its mark (text has none; UTF-16 of Latin script, half). */
const NUL_SHARE = 0.2;
/** Bytes looked at for NULs: enough to tell, without a pass over a large file. */
const NUL_SAMPLE = 4096;

export function decodeText(bytes: Uint8Array): DecodedText {
  // UTF-32's marks first: "FF FE 00 00" also starts like UTF-16LE's, which read it as text with a NUL after every letter.
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return { text: '', encoding: 'utf-8', unsupported: 'UTF-32LE' };
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return { text: '', encoding: 'utf-8', unsupported: 'UTF-32BE' };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return withBinary(withInvalid(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le', bytes.subarray(2), false));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return withBinary(withInvalid(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be', bytes.subarray(2), false));
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const decoded = withInvalid(new TextDecoder('utf-8').decode(body), 'utf-8', body, true);
  const sample = Math.min(body.length, NUL_SAMPLE);
  let nul = 0;
  for (let i = 0; i < sample; i++) if (body[i] === 0) nul++;
  if (sample > 0 && nul / sample >= NUL_SHARE) decoded.looksUtf16 = true;
  return withBinary(decoded);
}

function withBinary(d: DecodedText): DecodedText {
  const binary = binaryShare(d.text);
  if (binary) d.binary = binary;
  return d;
}

/** Offsets of U+FFFD kept for messages. */
const INVALID_KEPT = 1000;
/** Share of invalid bytes and control characters above which a file is not text: a draft with a few Windows-1252 quotation marks has far fewer. */
const BINARY_SHARE = 0.1;
/** Characters looked at for that share. */
const BINARY_SAMPLE = 1 << 20;
const BINARY_MIN = 32;

/** What the loop below counts: U+FFFD and control characters other than tab, line feed, vertical tab, form feed and carriage return. */
const SUSPECT = /[\u0000-\u0008\u000e-\u001f\ufffd]/;

/** How many of the first characters are U+FFFD or control characters other than white space, when that makes the text no text. */
function binaryShare(text: string): DecodedText['binary'] {
  const of = Math.min(text.length, BINARY_SAMPLE);
  if (of < BINARY_MIN) return undefined;
  // Text has none of them: one native search decides it, where the loop below read every character
  // (a few per cent of indexing a large folder of sources).
  const first = text.search(SUSPECT);
  if (first < 0 || first >= of) return undefined;
  let bad = 0;
  let control = 0;
  for (let i = 0; i < of; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) bad++;
    else if (c < 32 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13) control++;
  }
  return (bad + control) / of > BINARY_SHARE ? { bad: bad + control, of, legacy: control * 100 < of } : undefined;
}

function withInvalid(text: string, encoding: DecodedText['encoding'], bytes: Uint8Array, utf8: boolean): DecodedText {
  const at = text.indexOf('\uFFFD');
  if (at < 0) return { text, encoding };
  // The first offsets are kept (a message names their lines), all are counted: a large binary
  // file has millions.
  const first: number[] = [];
  let count = 0;
  for (let p = at; p >= 0; p = text.indexOf('\uFFFD', p + 1)) {
    if (first.length < INVALID_KEPT) first.push(p);
    count++;
  }
  // A U+FFFD the file itself holds (written as such) is text, not a decoding failure: only
  // more of them than the file holds written means bytes were not valid.
  const written = utf8 ? encodedReplacements(bytes) : 0;
  return count > written ? { text, encoding, invalidAt: at, invalid: first, invalidCount: count - written } : { text, encoding };
}

function encodedReplacements(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i + 2 < bytes.length; i++) if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  return n;
}
