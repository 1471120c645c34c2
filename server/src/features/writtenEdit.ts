// A quick fix is made from the text as the grammar reads it: one span and the words that
// belong there ("12 October 2016" → "21 October 2016"). Applied as it is, it would also write
// over what the drafter typed between those words and the checker reads through: emphasis
// ("12 October **2016**"), a line break and its indent, tabs. The editor never types for the
// drafter, so the edit is made from the drafter's own text: the words that change are
// replaced and everything around them stays as typed, or the fix is not offered (the problem
// is still said).

import type { Span } from '../grammar/reference';
import { isSpaceCode } from '../grammar/tokens';

export interface TextReplacement {
  span: Span;
  newText: string;
}

/** Characters a drafter types for form, never as words of a citation: what a fix must not delete. */
// A link's brackets too ("annex [III](#)": the fix deleted the "[").
const FORM = /[*_`~\n\r\t[\]]/;
/** Words as the fix compares them: letters and figures. */
const WORD = /[\p{L}\p{N}]+/gu;

interface Split {
  words: string[];
  /** Before the first word, between the words, after the last: words.length + 1 of them. */
  gaps: string[];
  /** Where each word starts. */
  at: number[];
}

function split(s: string): Split {
  const words: string[] = [];
  const gaps: string[] = [];
  const at: number[] = [];
  let last = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(s); m !== null; m = WORD.exec(s)) {
    gaps.push(s.slice(last, m.index));
    words.push(m[0]);
    at.push(m.index);
    last = m.index + m[0].length;
  }
  gaps.push(s.slice(last));
  return { words, gaps, at };
}

/** A gap as it reads: without emphasis marks and a link's brackets, any run of white space (line breaks, tabs) one space. */
const asRead = (gap: string): string => gap.replace(/[*_`~[\]]/g, '').replace(/[\s\u00a0]+/g, ' ');

/**
 * The fix `edit` as an edit of `written` (the text under `edit.span` as the drafter typed it):
 * only the words that change are replaced; undefined when that cannot be done without
 * deleting or moving a mark of form the drafter typed (emphasis, a line break, a tab).
 */
export function editAsWritten(written: string, given: TextReplacement): TextReplacement | undefined {
  // Words the drafter joined with no-break spaces only ("21\u00a0October\u00a02016") are written so
  // by the fix too (a fix of several words wrote plain spaces between them).
  const edit = written.includes('\u00a0') && !written.includes(' ') ? { span: given.span, newText: given.newText.replace(/ /g, '\u00a0') } : given;
  if (written === edit.newText) return { span: edit.span, newText: edit.newText };
  const w = split(written);
  const n = split(edit.newText);
  // The same words in the same places, with gaps that read the same: the changed words are
  // replaced where they stand ("12\n  October 2016" → "21\n  October 2016").
  if (w.words.length === n.words.length && w.words.length > 0 && w.gaps.every((g, i) => asRead(g) === asRead(n.gaps[i]))) {
    let first = -1;
    let last = -1;
    for (let i = 0; i < w.words.length; i++) {
      if (w.words[i] !== n.words[i]) {
        if (first < 0) first = i;
        last = i;
      }
    }
    if (first >= 0) {
      let text = '';
      for (let i = first; i <= last; i++) text += (i > first ? w.gaps[i] : '') + n.words[i];
      const start = edit.span.start + w.at[first];
      return { span: { start, end: edit.span.start + w.at[last] + w.words[last].length }, newText: text };
    }
  }
  // Otherwise the smallest stretch that differs, widened to whole words; it must hold nothing
  // of form ("annex **2" → "annex II" would delete the bold's opening marks).
  let p = 0;
  const max = Math.min(written.length, edit.newText.length);
  // A no-break space (or a space of another width) where the fix has a plain one is the same: kept as written, outside the edit.
  const same = (a: number, b: number): boolean => a === b || (isSpaceCode(a) && a !== 9 && a !== 13 && (b === 32 || b === 0xa0));
  while (p < max && same(written.charCodeAt(p), edit.newText.charCodeAt(p))) p++;
  let s = 0;
  while (s < max - p && same(written.charCodeAt(written.length - 1 - s), edit.newText.charCodeAt(edit.newText.length - 1 - s))) s++;
  const isWord = (c: string): boolean => /[\p{L}\p{N}]/u.test(c);
  while (p > 0 && isWord(written[p - 1])) p--;
  while (s > 0 && isWord(written[written.length - s])) s--;
  const from = written.slice(p, written.length - s);
  if (FORM.test(from)) return undefined;
  return { span: { start: edit.span.start + p, end: edit.span.end - s }, newText: edit.newText.slice(p, edit.newText.length - s) };
}
