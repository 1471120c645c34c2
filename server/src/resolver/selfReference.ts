// "Paragraph 7 of the present resolution", "annex III to the present resolution": the draft
// cites itself, and a paragraph or annex it does not have reaches the published text as surely
// as a wrong citation of another resolution. The draft's outline (grammar/draftOutline.ts) says
// what it has. What the outline cannot settle (no numbered paragraphs, numbering that starts
// again, subparagraphs not at line starts, preambular paragraphs) is said to be unchecked,
// never passed as ok and never called wrong.

import type { DraftOutline, OutlineRegion } from '../grammar/draftOutline';
import type { Label, LocatorItem } from '../grammar/reference';
import { listAnd } from '../index/datasetIndex';
import { ordinalWord, toRoman } from '../model/text';
import { describeLabelValues, statusOf, type Problem, type Resolution } from './resolve';

/** "the present resolution", "this decision": how the reference names the draft, from its last words. */
export function selfNameOf(written: string): string {
  const m = /(the[\s\u00a0]+present|this)[\s\u00a0]+(resolution|decision|report)[\s\u00a0]*$/i.exec(written);
  if (!m) return 'the present text';
  return `${/^this/i.test(m[1]) ? 'this' : 'the present'} ${m[2].toLowerCase()}`;
}

const ANNEX_HEADING = '“Annex” or “Annex I” alone on its line';

/**
 * The verdict on a self-reference (kind `self`, with locator items) given the draft's outline:
 * the resolver's placeholder is replaced by what the outline shows; what it said of unread text stays.
 */
export function checkSelfReference(r: Resolution, outline: DraftOutline, name: string): Resolution {
  const problems: Problem[] = r.problems.filter((p) => p.code !== 'unchecked-self');
  const push = (severity: Problem['severity'], code: string, message: string, item: LocatorItem | Label): void => {
    problems.push({ severity, code, message, span: item.span, fixes: [] });
  };
  for (const item of r.reference.items) checkItem(item, outline, name, push);
  const out: Resolution = { reference: r.reference, status: 'ok', targets: r.targets, problems };
  out.status = statusOf(out);
  return out;
}

type Push = (severity: Problem['severity'], code: string, message: string, at: LocatorItem | Label) => void;

function checkItem(item: LocatorItem, outline: DraftOutline, name: string, push: Push): void {
  if (item.pp) {
    const n = Number(item.path[0]?.value);
    const which = Number.isInteger(n) && n > 0 ? `the ${ordinalWord(n)} preambular paragraph` : 'a preambular paragraph';
    push('information', 'unchecked-self', `a draft does not number its preambular paragraphs, so ${which} of ${name} was not checked`, item);
    return;
  }
  let where: OutlineRegion = outline.operative;
  let owner = name;
  if (item.annex) {
    // Written in figures ("annex 3"): the grammar reports the form; the annex is read as III.
    const key = item.annex.figures !== undefined ? toRoman(item.annex.figures) : item.annex.key;
    const annex = annexIn(outline, key, name, item, push);
    if (annex === undefined) return;
    where = annex.region;
    owner = `${annex.key === '' ? 'the annex' : `annex ${annex.key}`} to ${name}`;
  }
  if (item.path.length === 0) return;
  checkPath(item, where, owner, item.annex !== undefined, push);
}

function annexIn(outline: DraftOutline, key: string, name: string, item: LocatorItem, push: Push): { key: string; region: OutlineRegion } | undefined {
  const cited = key === '' ? 'the annex' : `annex ${key}`;
  if (outline.annexes.length === 0) {
    push('information', 'unchecked-self', `no line of this draft heads an annex (${ANNEX_HEADING}), so ${cited} to ${name} was not checked`, item);
    return undefined;
  }
  const several = severalTexts(outline);
  if (several) {
    push('information', 'unchecked-self', `${several}: it may hold several texts, so ${cited} to ${name} was not checked`, item);
    return undefined;
  }
  const has = outline.annexes.length === 1 && outline.annexes[0] === '' ? 'a single, unnamed annex' : `annex${outline.annexes.length > 1 ? 'es' : ''} ${listAnd(outline.annexes.map((k) => (k === '' ? '(unnamed)' : k)))}`;
  if (key === '') {
    if (outline.annexes.length === 1) return { key: outline.annexes[0], region: outline.annex.get(outline.annexes[0])! };
    push('error', 'no-annex', `${name} has ${has} in this draft; say which one`, item);
    return undefined;
  }
  const region = outline.annex.get(key);
  if (region) return { key, region };
  if (outline.annexes.length === 1 && outline.annexes[0] === '' && key === 'I') {
    // A single annex is headed "Annex" without a numeral: "annex I" can only mean it, but is not how it is named.
    push('warning', 'no-annex', `${name} has a single, unnamed annex in this draft (headed “Annex”): “annex I” names it as if there were others`, item);
    return { key: '', region: outline.annex.get('')! };
  }
  push('error', 'no-annex', `${name} has ${has} in this draft; there is no annex ${key}`, item);
  return undefined;
}

/** Why the draft's lines may belong to several texts (a second "1." or a second "Annex I"), if they may. */
function severalTexts(outline: DraftOutline): string | undefined {
  const r = outline.operative.restart;
  if (r) return `the paragraph numbers of this draft start again (${r.at} after ${r.after})`;
  if (outline.repeatedAnnex !== undefined) return `this draft heads ${outline.repeatedAnnex === '' ? 'an unnamed annex' : `annex ${outline.repeatedAnnex}`} twice`;
  return undefined;
}

function checkPath(item: LocatorItem, where: OutlineRegion, owner: string, inAnnex: boolean, push: Push): void {
  const [first, second] = item.path;
  const label = (l: Label): string => (/^\d+$/.test(l.value) ? l.value : `(${l.value})`);
  const written = item.path.map(label).join(' ');
  if (!/^\d+$/.test(first.value)) {
    push('information', 'unchecked-self', `the paragraphs of ${owner} are numbered in this draft; “${written}” was not checked`, item);
    return;
  }
  if (where.numbers.length === 0) {
    const lines = inAnnex ? `no line of ${owner} in this draft` : 'no line of this draft';
    push('information', 'unchecked-self', `${lines} starts with a paragraph number (“1.”), so paragraph ${written} of ${owner} was not checked`, item);
    return;
  }
  if (where.restart) {
    push('information', 'unchecked-self', `the paragraph numbers of ${owner} start again in this draft (${where.restart.at} after ${where.restart.after}): it may hold several texts, so paragraph ${written} was not checked`, item);
    return;
  }
  const numbers = where.numbers.map(String);
  const ends = item.to && item.path.length === 1 ? [first, item.to] : [first];
  for (const end of ends) {
    if (!numbers.includes(end.value)) {
      push('error', 'no-paragraph', `${owner} numbers its paragraphs ${describeLabelValues(numbers)} in this draft; there is no paragraph ${end.value}`, end);
      return;
    }
  }
  if (second === undefined) return;
  const n = Number(first.value);
  const subs = where.subs.get(n);
  if (item.path.length > 2) {
    push('information', 'unchecked-self', `only paragraphs and their subparagraphs are read in a draft; “${written}” of ${owner} was not checked`, item);
    return;
  }
  if (!subs || subs.length === 0) {
    push('information', 'unchecked-self', `no line under paragraph ${n} of ${owner} starts with a subparagraph label (“(a)”), so ${label(second)} was not checked`, second);
    return;
  }
  const subEnds = item.to ? [second, item.to] : [second];
  for (const end of subEnds) {
    if (!subs.includes(end.value)) {
      push('error', 'no-paragraph', `paragraph ${n} of ${owner} has subparagraphs ${describeLabelValues(subs)} in this draft; there is no subparagraph ${label(end)}`, end);
      return;
    }
  }
}
