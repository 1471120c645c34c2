// Quick fixes: each edits only the faulty component of a reference.

import type { Span } from '../grammar/reference';
import type { Analysis } from './analyze';

export interface QuickFix {
  title: string;
  code: string;
  /** The problem this fixes (its span and message, to match the editor's diagnostic). */
  problem: { span: Span; message: string };
  edit: { span: Span; newText: string };
  preferred: boolean;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start <= a.end;
}

export function quickFixesFor(analysis: Analysis, range: Span): QuickFix[] {
  const out: QuickFix[] = [];
  const near = range.end - range.start > 2000 ? analysis.resolutions : [...analysis.resolutionsAt(range.start), ...(range.end !== range.start ? analysis.resolutionsAt(range.end) : [])];
  const seen = new Set<string>();
  for (const r of near) {
    const key = `${r.reference.span.start}:${r.reference.span.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!overlaps(r.reference.span, range)) continue;
    for (const p of r.problems) {
      if (!overlaps(p.span, range)) continue;
      p.fixes.forEach((f, i) => {
        out.push({ title: f.title, code: p.code, problem: { span: p.span, message: p.message }, edit: { span: f.span, newText: f.newText }, preferred: i === 0 && p.fixes.length === 1 });
      });
    }
  }
  return out;
}

/** Applies one edit to a text: what the editor does when the user picks the fix. */
export function applyEdit(text: string, edit: { span: Span; newText: string }): string {
  return text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);
}
