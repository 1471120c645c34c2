// A draft's diagnostics kept per block from one version to the next. After an edit the blocks
// before it keep theirs, the blocks after it keep theirs moved by the lines the edit added or
// removed, and only the blocks the edit touched are converted again; a keystroke in a large
// draft then costs the edited paragraph, not a walk that converts or looks up every block.
// Both the reference diagnostics and the agreed-language ones are kept this way.

import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { Analysis } from '../features/analyze';

export interface DraftPosition {
  uri: string;
  lineCount: number;
}

/** A block's diagnostics, or undefined when they are not ready yet (converted on a later call). */
export type ConvertBlock = (block: Analysis['blocks'][number], index: number) => readonly Diagnostic[] | undefined;

interface Kept {
  serial: number;
  lineCount: number;
  perBlock: (readonly Diagnostic[] | undefined)[];
}

/** Drafts kept at once: more than anyone has open; beyond it, the oldest is converted afresh. */
const DRAFTS_KEPT = 64;

export class BlockDiagnostics {
  private kept = new Map<string, Kept>();

  /** Dropped with the index, or when a setting changes what a block's diagnostics are. */
  clear(): void {
    this.kept = new Map();
  }

  forget(uri: string): void {
    this.kept.delete(uri);
  }

  /** Whether `analysis` is an edit of the version last collected for `uri`: only its read blocks are new then. */
  follows(uri: string, analysis: Analysis): boolean {
    const prev = this.kept.get(uri);
    return prev !== undefined && analysis.edit !== undefined && analysis.edit.from === prev.serial;
  }

  /** Every block's diagnostics in order; `complete` is false when some block's are not ready. */
  collect(doc: DraftPosition, analysis: Analysis, convert: ConvertBlock): { diagnostics: Diagnostic[]; complete: boolean } {
    const prev = this.kept.get(doc.uri);
    const blocks = analysis.blocks;
    const perBlock: (readonly Diagnostic[] | undefined)[] = new Array(blocks.length);
    if (prev && prev.serial === analysis.serial) {
      for (let i = 0; i < blocks.length; i++) perBlock[i] = prev.perBlock[i];
    } else if (prev && analysis.edit && analysis.edit.from === prev.serial) {
      const { kept, read, movedFrom } = analysis.edit;
      for (let i = 0; i < kept; i++) perBlock[i] = prev.perBlock[i];
      // Blocks after the edit start after a separator it did not touch: same column, lines moved.
      const dl = doc.lineCount - prev.lineCount;
      for (let i = kept + read, j = movedFrom; i < blocks.length; i++, j++) {
        const ds = prev.perBlock[j];
        perBlock[i] = dl === 0 || !ds || ds.length === 0 ? ds : ds.map((d) => movedBy(d, dl));
      }
    }
    const diagnostics: Diagnostic[] = [];
    let complete = true;
    for (let i = 0; i < blocks.length; i++) {
      let ds = perBlock[i];
      if (!ds) {
        ds = convert(blocks[i], i);
        perBlock[i] = ds;
        if (!ds) {
          complete = false;
          continue;
        }
      }
      for (const d of ds) diagnostics.push(d);
    }
    if (!prev && this.kept.size >= DRAFTS_KEPT) this.kept.delete(this.kept.keys().next().value as string);
    this.kept.set(doc.uri, { serial: analysis.serial, lineCount: doc.lineCount, perBlock });
    return { diagnostics, complete };
  }
}

function movedBy(d: Diagnostic, dl: number): Diagnostic {
  const r = d.range;
  return { ...d, range: { start: { line: r.start.line + dl, character: r.start.character }, end: { line: r.end.line + dl, character: r.end.character } } };
}
