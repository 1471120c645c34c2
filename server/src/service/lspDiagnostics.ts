// A draft's diagnostics in LSP types, converted per block: after an edit only the blocks it
// touched are converted again (BlockDiagnostics); a block whose text is also elsewhere in the
// draft, or was on another line before, reuses those diagnostics moved by whole lines.

import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../features/analyze';
import { blockDiagnostics, CODES_HREF, type DraftDiagnostic, type UnknownSeverity } from '../features/diagnostics';
import type { Span } from '../grammar/reference';
import { BlockDiagnostics } from './blockDiagnostics';

export const LSP_SEVERITY: Record<DraftDiagnostic['severity'], 1 | 2 | 3 | 4> = { error: 1, warning: 2, information: 3, hint: 4 };

export function lspRange(doc: Pick<TextDocument, 'positionAt'>, s: Span): Diagnostic['range'] {
  return { start: doc.positionAt(s.start), end: doc.positionAt(s.end) };
}

export function lspDiagnostic(doc: Pick<TextDocument, 'positionAt'>, d: DraftDiagnostic): Diagnostic {
  return { range: lspRange(doc, d.span), severity: LSP_SEVERITY[d.severity], code: d.code, codeDescription: { href: CODES_HREF }, source: 'resref', message: d.message };
}

interface BlockLspDiagnostics {
  line: number;
  diagnostics: Diagnostic[];
}

/** Entries kept per block result: identical paragraphs on different lines share one result. */
const KEPT_PER_RESULT = 8;

export class LspDiagnosticsCache {
  // By the block's results (the same array while its text is unchanged; identical paragraphs
  // share it through the block cache, so one array can stand for blocks on several lines).
  private byResult = new WeakMap<object, BlockLspDiagnostics[]>();

  /** Dropped with the index, or when the severity of unknown references changes. */
  clear(): void {
    this.byResult = new WeakMap();
    this.kept.clear();
  }

  private readonly kept = new BlockDiagnostics();

  forget(uri: string): void {
    this.kept.forget(uri);
  }

  diagnostics(doc: Pick<TextDocument, 'positionAt' | 'uri' | 'lineCount'>, analysis: Analysis, unknownSeverity: UnknownSeverity): Diagnostic[] {
    return this.kept.collect(doc, analysis, (b) => (b.hasProblems ? this.convert(doc, b, unknownSeverity) : NONE)).diagnostics;
  }

  private convert(doc: Pick<TextDocument, 'positionAt'>, b: Analysis['blocks'][number], unknownSeverity: UnknownSeverity): Diagnostic[] {
    const at = doc.positionAt(b.start);
    // A block that starts mid-line cannot be moved by whole lines: its diagnostics are made afresh.
    const movable = at.character === 0;
    const kept = movable ? this.byResult.get(b.local) : undefined;
    let hit = kept?.find((h) => h.line === at.line);
    if (!hit) {
      const other = kept?.[0];
      if (other) {
        const dl = at.line - other.line;
        hit = {
          line: at.line,
          diagnostics: other.diagnostics.map((d) => ({
            ...d,
            range: { start: { line: d.range.start.line + dl, character: d.range.start.character }, end: { line: d.range.end.line + dl, character: d.range.end.character } },
          })),
        };
      } else {
        hit = { line: at.line, diagnostics: blockDiagnostics(b.local, { unknownSeverity }, b.start).map((d) => lspDiagnostic(doc, d)) };
      }
      if (movable) {
        const list = kept ?? [];
        if (list.length >= KEPT_PER_RESULT) list.pop();
        list.unshift(hit);
        this.byResult.set(b.local, list);
      }
    }
    return hit.diagnostics;
  }
}

const NONE: readonly Diagnostic[] = Object.freeze([]);
