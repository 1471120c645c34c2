// The tokenizer of the reference grammar. It reads a block of draft text once, left to right,
// and yields tokens with their UTF-16 offsets in the original text. Markdown emphasis,
// footnote markers, `<sup>` tags and link wrappers are transparent, so `*resolution 8/1*`
// and `resolution [8/1](#)` read like plain text; every space variant counts as a space.

export type TokType = 'word' | 'num' | 'slashnum' | 'plabel' | 'symbol' | 'dash' | 'quote' | 'punct';

export interface Token {
  type: TokType;
  /** Normalised text: words lower-cased, labels without parentheses. */
  value: string;
  /** As written (case kept), for titles and messages. */
  raw: string;
  start: number;
  end: number;
  /** True when the token starts a line (a heading, a list item). */
  lineStart: boolean;
}

const DASHES = new Set(['-', '–', '—', '‐', '‑', '‒', '−']);
const QUOTES = new Set(['“', '”', '"', '‘', '’', '«', '»', '„']);

// Character classes by code unit: the tokenizer reads every character of a draft, so no
// regular expression runs per character.
function isSpaceCode(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 13 || c === 11 || c === 12 || c === 0xa0 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200d) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f ||
    c === 0x2060 || c === 0x3000 || c === 0xfeff
  );
}

function isSkippable(c: number): boolean {
  // "*", "_", "#", ">" (Markdown) and superscript digits (footnote markers) are transparent.
  return c === 42 || c === 95 || c === 35 || c === 62 || c === 0xb9 || c === 0xb2 || c === 0xb3 || (c >= 0x2070 && c <= 0x2079);
}

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

const LABEL_LETTERS = /^(?:[a-z]|([a-z])\1|[ivxl]{1,6}|I)$/;

/** Tokenizes `text` from `from` to `to`. Linear in the length of the slice. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  let lineStart = true;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      lineStart = true;
      i++;
      continue;
    }
    if (isSpaceCode(code) || isSkippable(code)) {
      i++;
      continue;
    }
    const c = text[i];
    if (c === '<') {
      const m = /^<\/?[a-zA-Z]{1,6}[^<>\n]{0,20}>/.exec(text.slice(i, Math.min(to, i + 32)));
      if (m) {
        i += m[0].length;
        continue;
      }
    }
    // Markdown link wrapper "[55/25](#)": the brackets are transparent.
    if (c === ']' && text[i + 1] === '(') {
      const close = text.indexOf(')', i + 2);
      if (close > 0 && close - i < 200 && !text.slice(i + 2, close).includes('\n')) {
        i = close + 1;
        continue;
      }
    }
    if (c === '[' && i + 1 < to && (isDigit(text[i + 1]) || text.startsWith('CTOC', i + 1))) {
      i++;
      continue;
    }
    const start = i;
    const ls = lineStart;
    lineStart = false;
    if (c === 'C' && text.startsWith('CTOC/', i)) {
      let j = i;
      while (j < to && /[A-Za-z0-9./]/.test(text[j])) j++;
      while (j > i && /[./]/.test(text[j - 1])) j--;
      out.push({ type: 'symbol', value: text.slice(i, j), raw: text.slice(i, j), start, end: j, lineStart: ls });
      i = j;
      continue;
    }
    if (isWordCode(code)) {
      // Most words are already lower-case ASCII: their value is their text, with no copy.
      let lower = code >= 97 && code <= 122;
      let j = i + 1;
      for (; j < to; j++) {
        const cj = text.charCodeAt(j);
        if (isWordCode(cj)) {
          if (cj < 97 || cj > 122) lower = false;
          continue;
        }
        if ((cj === 45 || cj === 0x2019 || cj === 39) && j + 1 < to && isWordCode(text.charCodeAt(j + 1))) continue;
        break;
      }
      const raw = text.slice(i, j);
      out.push({ type: 'word', value: lower ? raw : raw.toLowerCase(), raw, start, end: j, lineStart: ls });
      i = j;
      continue;
    }
    if (isDigit(c)) {
      let j = i;
      while (j < to && isDigit(text[j])) j++;
      if (text[j] === '/' && j + 1 < to && isDigit(text[j + 1])) {
        let k = j + 1;
        while (k < to && isDigit(text[k])) k++;
        const raw = text.slice(i, k);
        out.push({ type: 'slashnum', value: raw, raw, start, end: k, lineStart: ls });
        i = k;
        continue;
      }
      const raw = text.slice(i, j);
      out.push({ type: 'num', value: raw, raw, start, end: j, lineStart: ls });
      i = j;
      continue;
    }
    if (c === '(') {
      // "(a)", "(*v*)", "( ii )": a label. Anything else is punctuation.
      const m = /^\(\s?[*_]{0,2}([A-Za-z]{1,6})[*_]{0,2}\s?\)/.exec(text.slice(i, Math.min(to, i + 16)));
      if (m && LABEL_LETTERS.test(m[1])) {
        out.push({ type: 'plabel', value: m[1] === 'I' ? 'I' : m[1].toLowerCase(), raw: m[0], start, end: i + m[0].length, lineStart: ls });
        i += m[0].length;
        continue;
      }
    }
    if (DASHES.has(c)) {
      out.push({ type: 'dash', value: '-', raw: c, start, end: i + 1, lineStart: ls });
      i++;
      continue;
    }
    if (QUOTES.has(c)) {
      out.push({ type: 'quote', value: c, raw: c, start, end: i + 1, lineStart: ls });
      i++;
      continue;
    }
    // Astral-plane characters are one token of two code units: offsets stay UTF-16.
    const cp = text.codePointAt(i) ?? 0;
    const len = cp > 0xffff ? 2 : 1;
    out.push({ type: 'punct', value: text.slice(i, i + len), raw: text.slice(i, i + len), start, end: i + len, lineStart: ls });
    i += len;
  }
  return out;
}
