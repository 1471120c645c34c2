// Where the draft holds what it cites of itself ("paragraph 2 of the present resolution"): the
// line the hover quotes. The outline is read again from the analysis's blocks at the moment of
// asking, so the place is always the current version's.

import { DRAFT_START, findInOutline, foldOutline, lineHeadsAt, placeAfter, type Place } from '../grammar/draftOutline';
import type { LocatorItem } from '../grammar/reference';
import { lineBreakAt, toRoman } from '../model/text';
import type { Resolution } from '../resolver/resolve';
import { internalParagraphs } from '../resolver/selfReference';
import type { Analysis } from './analyze';

export interface SelfPlace {
  item: LocatorItem;
  /** Offset of the line that holds it (its number, label or annex heading). */
  at: number;
  /** That line, as written (cut at 300 characters). */
  line: string;
}

const MAX_LINE = 300;

/** The lines of the draft that a self-reference's items name, for the items the draft has. */
export function selfPlaces(analysis: Analysis, r: Resolution): SelfPlace[] {
  const kind = r.reference.kind;
  if (kind !== 'self' && kind !== 'internal') return [];
  const heads = analysis.blocks.map((b) => b.heads);
  let annexes: string[] | undefined;
  // "Paragraph 3 above" is in the part of the draft where it stands; "(d) above", in its paragraph.
  const here = kind === 'internal' ? placeAt(analysis, r.reference.span.start) : undefined;
  const paragraphs = here ? internalParagraphs(r.reference.items, here) : [];
  const out: SelfPlace[] = [];
  for (const [x, item] of r.reference.items.entries()) {
    if (item.pp) continue;
    let annex: string | undefined;
    let path = item.path.map((l) => l.value);
    if (here) {
      if (item.annex) continue;
      annex = here.annex ?? undefined;
      if (path.length > 0 && !/^\d+$/.test(path[0])) {
        const paragraph = paragraphs[x];
        if (paragraph === undefined) continue;
        path = [String(paragraph), ...path];
      }
    } else if (item.annex) {
      annex = item.annex.figures !== undefined ? toRoman(item.annex.figures) : item.annex.key;
      // "the annex": the draft's only annex, whatever its numeral.
      if (annex === '') {
        annexes ??= foldOutline(heads).annexes;
        if (annexes.length === 1) annex = annexes[0];
      }
    }
    const found = findInOutline(heads, annex, path);
    if (!found) continue;
    const block = analysis.blocks[found.block];
    const blockText = analysis.text.slice(block.start, block.end);
    const rel = lineHeadsAt(blockText)[found.head]?.at;
    if (rel === undefined) continue;
    const eol = lineBreakAt(blockText, rel);
    const line = blockText.slice(rel, eol < 0 ? blockText.length : eol).trim();
    out.push({ item, at: block.start + rel, line: line.length > MAX_LINE ? `${line.slice(0, MAX_LINE - 1)}…` : line });
  }
  return out;
}

/** Where the line heads before `offset` put it in the draft's outline. */
function placeAt(analysis: Analysis, offset: number): Place {
  let place = DRAFT_START;
  for (const b of analysis.blocks) {
    if (b.end <= offset) {
      place = placeAfter(place, b.heads);
      continue;
    }
    if (b.start < offset) for (const h of lineHeadsAt(analysis.text.slice(b.start, b.end))) if (b.start + h.at < offset) place = placeAfter(place, [h.head]);
    break;
  }
  return place;
}
