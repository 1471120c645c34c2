// The paragraphs of a draft, as agreed-language matching reads them: blocks between blank
// lines, split again where a line opens a new numbered, lettered or bulleted paragraph; the
// label, Markdown emphasis and block-quote marks are left out of the text compared, and each
// character of that text remembers where it sits in the draft.

import { blocksOf } from '../../grammar/parser';

export interface DraftParagraph {
  /** Offsets in the draft of the paragraph's wording (after its label). */
  start: number;
  end: number;
  /** The wording, cleaned: one space between words, no label or emphasis marks. */
  text: string;
  /** Draft offset of each character of `text`. */
  offsets: number[];
}

/** "1.", "(a)", "a)", "(iv)", "-", "*", "+", ">" at the start of a line, with the spaces after. */
const LABEL = /^[ \t]*(?:>[ \t]*)*(?:(?:\d{1,3}[.)]|\(?[a-z]{1,2}\)|\((?:[ivxlc]{1,6})\)|[-*+•])[ \t]+)?/i;
const HEADING = /^[ \t]*(?:#{1,6}[ \t]|[=-]{3,}[ \t]*$)/;
const OPENS_PARAGRAPH = /^[ \t]*(?:>[ \t]*)*(?:\d{1,3}[.)]|\(?[a-z]{1,2}\)|\((?:[ivxlc]{1,6})\)|[-*+•])[ \t]+/i;

/** Paragraphs of `text` in order; headings and empty lines are not paragraphs. */
export function draftParagraphs(text: string): DraftParagraph[] {
  return blocksOf(text).flatMap((b) => blockParagraphs(text, b));
}

/** The paragraphs of one block (text between blank lines) of `text`, offsets in `text`. */
export function blockParagraphs(text: string, b: { start: number; end: number }): DraftParagraph[] {
  const out: DraftParagraph[] = [];
  {
    let cur: Paragraph | undefined;
    const flush = (): void => {
      if (cur && cur.text.trim()) out.push(finish(cur));
      cur = undefined;
    };
    let lineStart = b.start;
    while (lineStart < b.end) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0 || lineEnd > b.end) lineEnd = b.end;
      const raw = text.slice(lineStart, lineEnd).replace(/\r$/, '');
      if (HEADING.test(raw)) {
        flush();
      } else {
        if (OPENS_PARAGRAPH.test(raw)) flush();
        const label = LABEL.exec(raw)?.[0].length ?? 0;
        cur ??= { text: '', offsets: [], start: lineStart + label, end: lineStart + label, atBreak: true };
        appendClean(cur, raw, label, lineStart);
      }
      lineStart = lineEnd + 1;
    }
    flush();
  }
  return out;
}

export { blocksOf };

/**
 * A paragraph being read. `atBreak`: its text is empty or ends with a space. Kept aside because
 * asking the text (`endsWith`) flattens the string built so far on every character, which made
 * one long line quadratic (a 1 MB line took minutes and stalled the language server).
 */
interface Paragraph {
  text: string;
  offsets: number[];
  start: number;
  end: number;
  atBreak: boolean;
}

function appendClean(cur: Paragraph, line: string, from: number, base: number): void {
  if (!cur.atBreak) {
    cur.text += ' ';
    cur.offsets.push(base - 1);
    cur.atBreak = true;
  }
  for (let i = from; i < line.length; i++) {
    const ch = line[i];
    // Emphasis marks around words (*Requests*, __Noting__) are not wording.
    if ((ch === '*' || ch === '_') && (i === 0 || /[\s*_]/.test(line[i - 1]) || i + 1 === line.length || /[\s*_.,;:]/.test(line[i + 1]))) continue;
    if (/\s/.test(ch)) {
      if (!cur.atBreak) {
        cur.text += ' ';
        cur.offsets.push(base + i);
        cur.atBreak = true;
      }
      continue;
    }
    cur.text += ch;
    cur.atBreak = false;
    cur.offsets.push(base + i);
    cur.end = base + i + 1;
  }
}

function finish(cur: Paragraph): DraftParagraph {
  let text = cur.text;
  let offsets = cur.offsets;
  while (text.endsWith(' ')) {
    text = text.slice(0, -1);
    offsets = offsets.slice(0, -1);
  }
  return { start: cur.start, end: cur.end, text, offsets };
}
