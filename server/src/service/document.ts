// An open draft as the language server holds it: the `TextDocument` of
// vscode-languageserver-textdocument (same positions, same line bookkeeping, same treatment of
// "\r\n" split by an edit; a range past the last line is read as ending there, where the library
// corrupts its line table), with its text in chunks so that a keystroke does not copy the whole
// draft (see ChunkedText).

import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { ChunkedText } from '../features/chunkedText';

const LF = 10;
const CR = 13;
const isEOL = (c: number): boolean => c === CR || c === LF;

/** Offsets where lines start in `text` (placed at `textOffset`); the first line when `atLineStart`. */
function computeLineOffsets(text: string, atLineStart: boolean, textOffset = 0): number[] {
  const out = atLineStart ? [textOffset] : [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (isEOL(ch)) {
      if (ch === CR && i + 1 < text.length && text.charCodeAt(i + 1) === LF) i++;
      out.push(textOffset + i + 1);
    }
  }
  return out;
}

/** The range with its ends in order: an editor may send them the other way round. */
export function wellFormed(range: Range): Range {
  const { start, end } = range;
  if (start.line > end.line || (start.line === end.line && start.character > end.character)) return { start: end, end: start };
  return range;
}

export class DraftDocument implements TextDocument {
  private content: ChunkedText;
  private lineOffsets: number[] | undefined;
  private changes = 0;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    private currentVersion: number,
    content: string,
  ) {
    this.content = ChunkedText.of(content);
  }

  get version(): number {
    return this.currentVersion;
  }

  /**
   * How many times the text was changed since it was opened. The client's version numbers are
   * not trusted to tell texts apart: one that sends the same version twice (or none, or a smaller
   * one) must not be served the analysis of the text before.
   */
  get revision(): number {
    return this.changes;
  }

  /** This version's text, unchanged by later edits. */
  get text(): ChunkedText {
    return this.content;
  }

  getText(range?: Range): string {
    if (range) return this.content.slice(this.offsetAt(range.start), this.offsetAt(range.end));
    return this.content.toString();
  }

  get lineCount(): number {
    return this.offsets().length;
  }

  private offsets(): number[] {
    this.lineOffsets ??= computeLineOffsets(this.content.toString(), true);
    return this.lineOffsets;
  }

  positionAt(offset: number): Position {
    const at = Math.max(Math.min(offset, this.content.length), 0);
    const lineOffsets = this.offsets();
    let low = 0;
    let high = lineOffsets.length;
    if (high === 0) return { line: 0, character: at };
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (lineOffsets[mid] > at) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    return { line, character: this.beforeEOL(at, lineOffsets[line]) - lineOffsets[line] };
  }

  offsetAt(position: Position): number {
    const lineOffsets = this.offsets();
    if (position.line >= lineOffsets.length) return this.content.length;
    if (position.line < 0) return 0;
    const lineOffset = lineOffsets[position.line];
    if (position.character <= 0) return lineOffset;
    const next = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this.content.length;
    return this.beforeEOL(Math.min(lineOffset + position.character, next), lineOffset);
  }

  getLineRange(line: number): Range {
    const lineOffsets = this.offsets();
    if (line >= lineOffsets.length) {
      const last = lineOffsets.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.content.length - lineOffsets[last] } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const start = lineOffsets[line];
    const next = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this.content.length;
    return { start: { line, character: 0 }, end: { line, character: this.beforeEOL(next, start) - start } };
  }

  getEOLCharacters(line: number): string {
    const lineOffsets = this.offsets();
    if (line >= lineOffsets.length || line < 0) return '';
    const next = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this.content.length;
    return this.content.slice(this.beforeEOL(next, lineOffsets[line]), next);
  }

  private beforeEOL(offset: number, lineOffset: number): number {
    let o = offset;
    while (o > lineOffset && isEOL(this.content.charCodeAt(o - 1))) o--;
    return o;
  }

  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if ('range' in change && change.range !== undefined) {
        const range = wellFormed(change.range);
        const startOffset = this.offsetAt(range.start);
        const endOffset = this.offsetAt(range.end);
        this.content = this.content.replace(startOffset, endOffset, change.text);
        const insertedEnd = startOffset + change.text.length;
        const c = this.content;
        // A "\r\n" pair across an edit's boundary is not in the inserted text's line offsets.
        if ((c.charCodeAt(startOffset - 1) === CR && c.charCodeAt(startOffset) === LF) || (c.charCodeAt(insertedEnd - 1) === CR && c.charCodeAt(insertedEnd) === LF)) {
          this.lineOffsets = undefined;
          continue;
        }
        const lineOffsets = this.offsets();
        // A line past the end is the last line, as offsetAt reads it. The library keeps the
        // line number as given and leaves holes in its line table; a later edit on such a line
        // then doubles its text (substring(0, undefined)), which is not what the editor holds.
        const lastLine = lineOffsets.length - 1;
        const startLine = Math.min(Math.max(range.start.line, 0), lastLine);
        const endLine = Math.min(Math.max(range.end.line, 0), lastLine);
        const added = computeLineOffsets(change.text, false, startOffset);
        if (endLine - startLine === added.length) {
          for (let i = 0; i < added.length; i++) lineOffsets[i + startLine + 1] = added[i];
        } else if (added.length < 10000) {
          lineOffsets.splice(startLine + 1, endLine - startLine, ...added);
        } else {
          this.lineOffsets = [...lineOffsets.slice(0, startLine + 1), ...added, ...lineOffsets.slice(endLine + 1)];
        }
        const diff = change.text.length - (endOffset - startOffset);
        if (diff !== 0) {
          const lo = this.offsets();
          for (let i = startLine + 1 + added.length; i < lo.length; i++) lo[i] += diff;
        }
      } else {
        this.content = ChunkedText.of(change.text);
        this.lineOffsets = undefined;
      }
    }
    this.currentVersion = version;
    this.changes++;
  }
}
