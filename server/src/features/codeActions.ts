// Quick fixes: each edits only the faulty component of a reference, and only its words
// (`editAsWritten`): what the drafter typed around them stays.

import type { Span } from '../grammar/reference';
import type { Analysis } from './analyze';
import { editAsWritten } from './writtenEdit';

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
  // A range sent end first (as some clients send a selection made backwards) is the same range.
  if (range.end < range.start) range = { start: range.end, end: range.start };
  // Every paragraph the range meets, not only those at its ends (a selection across three
  // paragraphs offered no fix of the middle one).
  const near = analysis.resolutionsIn(range.start, range.end);
  const seen = new Set<string>();
  for (const r of near) {
    const key = `${r.reference.span.start}:${r.reference.span.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!overlaps(r.reference.span, range)) continue;
    // Two problems said of one citation ("resolution 9/3 of 21 October 2016, entitled “…”" with 8/1's
    // date and title): which part is the slip is not known (the symbol, likely), so no fix is the one
    // to apply without asking (the title's rewrote the correct title, and the date stayed wrong).
    const several = r.problems.filter((p) => p.severity !== 'information').length > 1;
    for (const p of r.problems) {
      if (!overlaps(p.span, range)) continue;
      p.fixes.forEach((f, i) => {
        // Made from the text as read: as an edit of the text as written, or not at all.
        const edit = editAsWritten(analysis.text.slice(f.span.start, f.span.end), f);
        if (edit) out.push({ title: f.title, code: p.code, problem: { span: p.span, message: p.message }, edit, preferred: i === 0 && p.fixes.length === 1 && !several && !f.ask });
      });
    }
    const swap = swapOf(analysis.text, r.problems.filter((p) => overlaps(p.span, range)));
    if (swap) out.push(swap);
  }
  // Two preferred fixes that write different text over the same words ("annex 2": "annex II" for its
  // form, "annex I" for the meeting's annex): neither is the one to apply without asking.
  // Runs of overlapping edits, found in one sweep by start (a whole draft's fixes are thousands).
  const byStart = out.slice().sort((a, b) => a.edit.span.start - b.edit.span.start);
  for (let i = 0; i < byStart.length; ) {
    let end = byStart[i].edit.span.end;
    let j = i + 1;
    while (j < byStart.length && byStart[j].edit.span.start <= end) end = Math.max(end, byStart[j++].edit.span.end);
    const first = byStart[i].edit;
    const differ = byStart.slice(i + 1, j).some((f) => f.edit.newText !== first.newText || f.edit.span.start !== first.span.start || f.edit.span.end !== first.span.end);
    if (differ) for (let k = i; k < j; k++) byStart[k].preferred = false;
    i = j;
  }
  // One edit offered for two problems (a meeting's ordinal, for its dates and for the meeting it
  // was held with): one action, preferred if either was (the menu listed it twice).
  const byEdit = new Map<string, QuickFix>();
  const unique: QuickFix[] = [];
  for (const f of out) {
    const key = `${f.edit.span.start}:${f.edit.span.end}:${f.edit.newText}`;
    const kept = byEdit.get(key);
    if (kept) kept.preferred ||= f.preferred;
    else {
      byEdit.set(key, f);
      unique.push(f);
    }
  }
  return unique;
}

/**
 * Values paired "respectively" in the wrong order ("resolutions 8/1 and 9/3, adopted at its ninth
 * and eighth sessions, respectively"): each problem's one fix writes what another's words hold, so
 * each alone leaves the other wrong. One fix that writes them all, never preferred (the
 * instruments may be what is out of order).
 */
function swapOf(text: { slice(start: number, end: number): string }, problems: readonly { code: string; span: Span; message: string; fixes: readonly { span: Span; newText: string }[] }[]): QuickFix | undefined {
  const one = problems.filter((p) => p.fixes.length === 1);
  if (one.length < 2 || one.length > SWAP_MAX || new Set(one.map((p) => p.code)).size !== 1) return undefined;
  const edits = one.map((p) => p.fixes[0]).sort((a, b) => a.span.start - b.span.start);
  for (let i = 1; i < edits.length; i++) if (edits[i].span.start < edits[i - 1].span.end) return undefined;
  const written = edits.map((e) => text.slice(e.span.start, e.span.end));
  // A permutation of what is written, each value moved.
  const wanted = edits.map((e) => e.newText);
  if (wanted.some((w, i) => w === written[i]) || [...wanted].sort().join('\u0000') !== [...written].sort().join('\u0000')) return undefined;
  const span = { start: edits[0].span.start, end: edits[edits.length - 1].span.end };
  let newText = '';
  let at = span.start;
  for (const e of edits) {
    newText += text.slice(at, e.span.start) + e.newText;
    at = e.span.end;
  }
  const edit = editAsWritten(text.slice(span.start, span.end), { span, newText });
  if (!edit) return undefined;
  const said = (xs: string[]): string => `${xs.slice(0, -1).map((w) => `“${w}”`).join(', ')} and “${xs[xs.length - 1]}”`;
  const first = one[0];
  return { title: `Change ${said(written)} to ${said(wanted)}, in that order`, code: first.code, problem: { span: first.span, message: first.message }, edit, preferred: false };
}
/** The most values a swap is looked for among. */
const SWAP_MAX = 6;

/** Applies one edit to a text: what the editor does when the user picks the fix. */
export function applyEdit(text: string, edit: { span: Span; newText: string }): string {
  return text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);
}
