// The word-level difference between a source paragraph and a draft (jsdiff's diffWords: a
// Myers diff over words that keeps punctuation as its own tokens), and a reading of it as the
// changes a drafter made: words replaced, inserted, dropped.

import { diffWords } from 'diff';

export type DiffOp = 'equal' | 'insert' | 'delete';

export interface DiffPiece {
  op: DiffOp;
  text: string;
}

export interface WordChange {
  kind: 'replace' | 'insert' | 'delete';
  /** The source's words (replace, delete). */
  from?: string;
  /** The draft's words (replace, insert). */
  to?: string;
}

/** Source → draft, in order; whitespace differences are not changes. */
export function wordDiff(source: string, draft: string): DiffPiece[] {
  const out: DiffPiece[] = [];
  for (const c of diffWords(source, draft)) {
    const op: DiffOp = c.added ? 'insert' : c.removed ? 'delete' : 'equal';
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += c.value;
    else out.push({ op, text: c.value });
  }
  return out;
}

/** The changes of a diff, a deletion followed by an insertion read as one replacement. */
export function changesOf(diff: readonly DiffPiece[]): WordChange[] {
  const out: WordChange[] = [];
  for (let i = 0; i < diff.length; i++) {
    const d = diff[i];
    if (d.op === 'equal') continue;
    const next = diff[i + 1];
    if (d.op === 'delete' && next?.op === 'insert') {
      out.push({ kind: 'replace', from: d.text.trim(), to: next.text.trim() });
      i++;
    } else if (d.op === 'delete') out.push({ kind: 'delete', from: d.text.trim() });
    else out.push({ kind: 'insert', to: d.text.trim() });
  }
  return out.filter((c) => (c.from ?? '') !== '' || (c.to ?? '') !== '');
}

function quote(s: string, max = 60): string {
  const one = s.replace(/\s+/g, ' ');
  return `“${one.length > max ? `${one.slice(0, max - 1).trimEnd()}…` : one}”`;
}

/** "“States parties” → “Member States”; inserted “, as appropriate,”; dropped “…”" */
export function describeChanges(changes: readonly WordChange[], max = 4): string {
  const parts = changes.slice(0, max).map((c) =>
    c.kind === 'replace' ? `${quote(c.from!)} → ${quote(c.to!)}` : c.kind === 'insert' ? `inserted ${quote(c.to!)}` : `dropped ${quote(c.from!)}`,
  );
  const more = changes.length - max;
  return parts.join('; ') + (more > 0 ? `; and ${more} more change${more === 1 ? '' : 's'}` : '');
}
