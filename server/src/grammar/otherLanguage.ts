// Citations written in another official language of the United Nations ("résolution 8/1",
// "resolución 8/1", "резолюция 8/1", "القرار 8/1", "第8/1号决议"). The grammar reads English
// only, so a draft in French passed a check with "0 errors" while nothing in it had been read.
// Found after the scan, each said once, so a clean result is never mistaken for a checked one.

import type { Span } from './reference';

export interface OtherLanguageCitation {
  span: Span;
  /** The kind word as written, and what it is in English. */
  word: string;
  meant: 'resolution' | 'decision';
  symbol: string;
  language: string;
}

interface KindWord {
  re: string;
  meant: 'resolution' | 'decision';
  language: string;
}

const KIND_WORDS: KindWord[] = [
  { re: 'r[ée]solutions?', meant: 'resolution', language: 'French' },
  { re: 'd[ée]cisions?', meant: 'decision', language: 'French' },
  { re: 'resoluci[óo]n|resoluciones', meant: 'resolution', language: 'Spanish' },
  { re: 'decisi[óo]n|decisiones', meant: 'decision', language: 'Spanish' },
  { re: 'резолюци[яиюей]', meant: 'resolution', language: 'Russian' },
  { re: 'решени[еяюй]|решениях?', meant: 'decision', language: 'Russian' },
  { re: '(?:ال)?قرار(?:ات)?', meant: 'resolution', language: 'Arabic' },
  { re: '(?:ال)?مقرر(?:ات)?', meant: 'decision', language: 'Arabic' },
];

// A kind word, "n°", "No", "núm.", "№" or nothing, then a symbol; the English words themselves are
// the grammar's (and "decision 8/1" in English matches "d[ée]cisions?": those are skipped below).
const NUMBER_SIGN = String.raw`(?:[ \u00a0]*(?:n[°ºo]\.?|N[°ºo]\.?|núm\.?|№))?`;
const WORD_THEN_SYMBOL = new RegExp(`(?<![\\p{L}])(${KIND_WORDS.map((k) => k.re).join('|')})${NUMBER_SIGN}[ \\u00a0]*(\\d{1,2}/\\d{1,3})(?!\\d)`, 'giu');
// Chinese puts the number first: "第8/1号决议", "8/1号决定", or the word first: "决议8/1".
const CHINESE = /(?:第?[ \u00a0]*(\d{1,2}\/\d{1,3})[ \u00a0]*号?[ \u00a0]*(决议|决定))|(?:(决议|决定)[ \u00a0]*(\d{1,2}\/\d{1,3}))/gu;

const WHOLE_WORD = KIND_WORDS.map((k) => new RegExp(`^(?:${k.re})$`, 'iu'));

/** The letters of the other official languages' scripts, as a class of a regular expression. */
export const OTHER_SCRIPT_CLASS = '[\\u00c0-\\u024f\\u0400-\\u04ff\\u0600-\\u06ff\\u4e00-\\u9fff]';
/** Whether `text` may hold such a citation: letters beyond ASCII (one native search). */
export const MAY_HOLD_OTHER_LANGUAGE = new RegExp(OTHER_SCRIPT_CLASS);

/** Citations in another official language in `text`, outside the spans of the references found (`found`, in order). */
export function otherLanguageCitations(text: string, found: readonly Span[]): OtherLanguageCitation[] {
  const out: OtherLanguageCitation[] = [];
  WORD_THEN_SYMBOL.lastIndex = 0;
  for (let m = WORD_THEN_SYMBOL.exec(text); m; m = WORD_THEN_SYMBOL.exec(text)) {
    const word = m[1];
    // English kind words are the grammar's.
    if (/^(?:resolutions?|decisions?)$/i.test(word)) continue;
    const k = KIND_WORDS.find((x, i) => WHOLE_WORD[i].test(word));
    if (!k) continue;
    out.push({ span: { start: m.index, end: m.index + m[0].length }, word, meant: k.meant, symbol: m[2], language: k.language });
  }
  CHINESE.lastIndex = 0;
  for (let m = CHINESE.exec(text); m; m = CHINESE.exec(text)) {
    const word = m[2] ?? m[3];
    out.push({ span: { start: m.index, end: m.index + m[0].length }, word, meant: word === '决议' ? 'resolution' : 'decision', symbol: m[1] ?? m[4], language: 'Chinese' });
  }
  // In order, then past the references found in one sweep (`found` is in order): a search of all of
  // them for each citation was quadratic on a line of both.
  out.sort((a, b) => a.span.start - b.span.start);
  const kept: OtherLanguageCitation[] = [];
  let f = 0;
  for (const c of out) {
    while (f < found.length && found[f].end <= c.span.start) f++;
    if (f < found.length && found[f].start < c.span.end) continue;
    kept.push(c);
  }
  return kept;
}
