// One citation style for everything the tool writes into a draft: completion, the Insert Citation
// picker and the trees' Insert/Copy. It follows the UN Editorial Manual's usage for resolutions:
// the instrument by kind and number ("resolution 8/1"), then its annex, then the word
// "paragraph" with the number and the subparagraph letters ("paragraph 1 (c)", "paragraph (n)");
// preambular paragraphs by their ordinal ("the fourth preambular paragraph of resolution 8/1");
// a first mention gives the date of adoption and the title ("resolution 8/1 of 21 October 2016,
// entitled “…”", and "paragraph 13 of resolution 8/1 of 21 October 2016, entitled “…”" for a part).
// Every form written here is read back by the project's own grammar to the same parts (a test
// checks it).

import { listAnd, type DatasetIndex } from '../index/datasetIndex';
import { annexLabel, formatPath } from '../model/naming';
import { formatIsoDate, ordinalWord } from '../model/text';
import type { Instrument, Part } from '../model/types';

/** The short form: "resolution 9/3, annex I, paragraph (n)". */
export function cite(index: DatasetIndex, part: Part): string {
  if (part.kind === 'pp') {
    const inst = index.data.context.get(part.id)?.instrument;
    if (inst) return `the ${ordinalWord(Number(part.num.replace(/^pp/, '')))} preambular paragraph of ${inst.kind} ${inst.symbol}`;
  }
  return part.citation;
}

function dated(inst: Instrument): string {
  const date = inst.adoption ? ` of ${formatIsoDate(inst.adoption.iso)}` : '';
  return `${inst.kind} ${inst.symbol}${date}, entitled “${inst.title}”`;
}

/** The first-mention form, with the date of adoption and the title of the instrument. */
export function citeFirst(index: DatasetIndex, part: Part): string {
  const ctx = index.data.context.get(part.id) ?? {};
  const inst = part.kind === 'instrument' ? index.data.instruments.find((i) => i.id === part.id) : ctx.instrument;
  if (!inst) return cite(index, part);
  if (part.kind === 'instrument') return dated(inst);
  if (part.kind === 'pp') return `the ${ordinalWord(Number(part.num.replace(/^pp/, '')))} preambular paragraph of ${dated(inst)}`;
  if (part.kind === 'annex' && ctx.annex) return `${annexLabel(ctx.annex.key)} to ${dated(inst)}`;
  if (ctx.annex) return `paragraph ${formatPath(part.path)} of ${annexLabel(ctx.annex.key)} to ${dated(inst)}`;
  if (part.kind === 'paragraph') return `paragraph ${formatPath(part.path)} of ${dated(inst)}`;
  return cite(index, part);
}

/**
 * Several parts in one citation: "resolutions 5/8 and 8/1", "resolution 8/1, annex I,
 * paragraphs (h) and (j)"; otherwise each cited in turn ("resolution 5/8 and decision 3/2").
 */
export function citeMany(index: DatasetIndex, parts: Part[], firstMention = false): string {
  const one = (p: Part): string => (firstMention ? citeFirst(index, p) : cite(index, p));
  if (parts.length === 1) return one(parts[0]);
  if (!firstMention && parts.every((p) => p.kind === 'instrument')) {
    const insts = parts.map((p) => index.data.instruments.find((i) => i.id === p.id)!);
    if (insts.every((i) => i && i.kind === insts[0].kind)) return `${insts[0].kind}s ${listAnd(insts.map((i) => i.symbol))}`;
  }
  // Paragraphs of one container (same instrument, same annex or none, same depth): one citation.
  if (!firstMention && parts.every((p) => p.kind === 'paragraph')) {
    const ctxs = parts.map((p) => index.data.context.get(p.id) ?? {});
    const inst = ctxs[0].instrument;
    const annex = ctxs[0].annex;
    const sameOwner = inst && ctxs.every((c) => c.instrument === inst && c.annex === annex);
    const sameDepth = parts.every((p) => p.path.length === parts[0].path.length);
    if (inst && sameOwner && sameDepth) {
      const owner = annex ? `${inst.kind} ${inst.symbol}, ${annexLabel(annex.key)}` : `${inst.kind} ${inst.symbol}`;
      return `${owner}, paragraphs ${listAnd(parts.map((p) => formatPath(p.path)))}`;
    }
  }
  return listAnd(parts.map(one));
}
