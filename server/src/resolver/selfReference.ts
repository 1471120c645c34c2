// "Paragraph 7 of the present resolution", "annex III to the present resolution": the draft
// cites itself, and a paragraph or annex it does not have reaches the published text as surely
// as a wrong citation of another resolution. The draft's outline (grammar/draftOutline.ts) says
// what it has. What the outline cannot settle (no numbered paragraphs, numbering that starts
// again or skips, subparagraph labels out of sequence, preambular paragraphs, a reference in a
// quotation or in an annex, which may be another text's) is said to be unchecked, never passed
// as ok and never called wrong.

import { regionOf, type DraftOutline, type OutlineRegion, type Place, type SubList } from '../grammar/draftOutline';
import type { Label, LocatorItem, Span } from '../grammar/reference';
import { listAnd } from '../index/datasetIndex';
import { letterIndex, ordinalWord, romanLabelValue, toRoman } from '../model/text';
import { describeLabelValues, statusOf, type Problem, type Resolution } from './resolve';

/**
 * How the reference names the draft ("the present resolution", "this decision"), by the last such
 * words in it, and where their noun stands (a fix replaces it when the draft is the other kind).
 */
export function selfNameIn(written: string): { name: string; noun?: Span } {
  let m: RegExpExecArray | null = null;
  const re = /(the[\s\u00a0*_]+present|this)[\s\u00a0*_]+(resolution|decision|report)\b/gi;
  for (let x = re.exec(written); x; x = re.exec(written)) m = x;
  if (!m) return { name: 'the present text' };
  const end = m.index + m[0].length;
  return { name: `${/^this/i.test(m[1]) ? 'this' : 'the present'} ${m[2].toLowerCase()}`, noun: { start: end - m[2].length, end } };
}

/** Where the reference stands, when that makes "the present resolution" perhaps another text. */
export interface SelfContext {
  /** Where the noun ("resolution", "decision") is written: a fix replaces it when the draft is the other kind. */
  noun?: Span;
  /** Inside quotation marks: words quoted from another text. */
  quoted?: boolean;
  /** After an annex heading: the annex may hold another text (a draft decision, a model law). */
  inAnnex?: boolean;
  /** "this resolution" after an instrument of that kind named before it in the paragraph: perhaps that one ("resolution 8/1"). */
  anaphoric?: string;
  /** "the present decision of the Bureau", "this resolution, adopted by the General Assembly": qualified as another's. */
  qualified?: boolean;
}

const ANNEX_HEADING = '“Annex” or “Annex I” alone on its line';

type Push = (severity: Problem['severity'], code: string, message: string, at: LocatorItem | Label) => void;

/**
 * The verdict on a self-reference (kind `self`, with locator items) given the draft's outline:
 * the resolver's placeholder is replaced by what the outline shows; what it said of unread text stays.
 */
export function checkSelfReference(r: Resolution, outline: DraftOutline, name: string, context: SelfContext = {}): Resolution {
  const problems: Problem[] = r.problems.filter((p) => p.code !== 'unchecked-self');
  const push: Push = (severity, code, message, at) => {
    problems.push({ severity, code, message, span: at.span, fixes: [] });
  };
  const where = context.quoted ? 'in a quotation' : context.inAnnex ? 'in an annex' : context.anaphoric ? `after ${context.anaphoric}` : undefined;
  const several = severalTexts(outline) !== undefined;
  // A file of several texts says so first: that is why nothing in it is checked.
  if (where && !several) {
    const why = context.anaphoric && !context.quoted && !context.inAnnex ? `“${name}” may be ${context.anaphoric}, named before it` : `${where}, “${name}” may be another text`;
    if (r.reference.items.length > 0) push('information', 'unchecked-self', `${why}, so what it cites of it was not checked against this draft`, { value: name, span: r.reference.span });
  } else {
    for (const item of r.reference.items) checkItem(item, outline, name, push);
    // "the present resolution" in a draft headed "Draft decision": a decision called a resolution.
    const noun = name.split(' ').pop();
    // Without a locator only "the present …" unqualified is surely the draft ("this decision" may be one just named).
    const surely = r.reference.items.length > 0 || (name.startsWith('the present') && !context.qualified);
    if (!where && !several && surely && outline.kind && context.noun && (noun === 'resolution' || noun === 'decision') && noun !== outline.kind) {
      problems.push({
        severity: 'warning',
        code: 'wrong-kind',
        message: `this draft is a ${outline.kind} (“${outline.title ?? outline.kind}”), not a ${noun}: write “${name.replace(noun, outline.kind)}”`,
        span: context.noun,
        fixes: [{ title: `Change to “${outline.kind}”`, span: context.noun, newText: outline.kind }],
      });
    }
  }
  // Without a locator there is nothing of the draft to check but what it is called.
  const out: Resolution = { reference: r.reference, status: r.reference.items.length > 0 ? 'ok' : 'external', targets: r.targets, problems };
  out.status = statusOf(out);
  return out;
}

function checkItem(item: LocatorItem, outline: DraftOutline, name: string, push: Push): void {
  if (item.pp) {
    const n = Number(item.path[0]?.value);
    const which = Number.isInteger(n) && n > 0 ? `the ${ordinalWord(n)} preambular paragraph` : 'a preambular paragraph';
    push('information', 'unchecked-self', `a draft does not number its preambular paragraphs, so ${which} of ${name} was not checked`, item);
    return;
  }
  const several = severalTexts(outline);
  let where: OutlineRegion = outline.operative;
  let owner = name;
  if (item.annex) {
    // Written in figures ("annex 3"): the grammar reports the form; the annex is read as III.
    const key = item.annex.figures !== undefined ? toRoman(item.annex.figures) : item.annex.key;
    const cited = key === '' ? 'the annex' : `annex ${key}`;
    if (several) {
      push('information', 'unchecked-self', `${several}: it may hold several texts, so ${cited} to ${name} was not checked`, item);
      return;
    }
    const annex = annexIn(outline, key, cited, name, item, push);
    if (annex === undefined) return;
    where = annex.region;
    owner = `${annex.key === '' ? 'the annex' : `annex ${annex.key}`} to ${name}`;
  }
  if (item.path.length === 0) return;
  const written = item.path.map(fmt).join(' ');
  if (several) {
    push('information', 'unchecked-self', `${several}: it may hold several texts, so paragraph ${written} of ${owner} was not checked`, item);
    return;
  }
  checkPath(item, where, { owner, lines: item.annex !== undefined ? `no line of ${owner} in this draft` : 'no line of this draft', here: ' in this draft' }, push);
}

const fmt = (l: Label): string => (/^\d+$/.test(l.value) ? l.value : `(${l.value})`);

// Said of a whole outline or region, so worked out once for all the references that ask: a draft
// may cite itself thousands of times and number thousands of paragraphs.
const SEVERAL = new WeakMap<DraftOutline, { why: string | undefined }>();
const REGION = new WeakMap<OutlineRegion, { skip: number; described: string }>();

function severalTexts(outline: DraftOutline): string | undefined {
  let known = SEVERAL.get(outline);
  if (!known) SEVERAL.set(outline, (known = { why: whySeveral(outline) }));
  return known.why;
}

function regionFacts(r: OutlineRegion): { skip: number; described: string } {
  let known = REGION.get(r);
  if (!known) {
    const skip = r.numbers.findIndex((n, i) => n !== i + 1);
    REGION.set(r, (known = { skip, described: skip < 0 && r.numbers.length > 0 ? describeLabelValues(r.numbers.map(String)) : '' }));
  }
  return known;
}

/** Why the draft's lines may belong to several texts (numbering that starts again, an annex headed twice), if they may. */
function whySeveral(outline: DraftOutline): string | undefined {
  const regions: [string, OutlineRegion][] = [['this draft', outline.operative], ...outline.annexes.map((k): [string, OutlineRegion] => [`${k === '' ? 'the annex' : `annex ${k}`} in this draft`, outline.annex.get(k)!])];
  for (const [where, r] of regions) if (r.restart) return `the paragraph numbers of ${where} start again (${r.restart.at} after ${r.restart.after})`;
  if (outline.repeatedAnnex !== undefined) return `this draft heads ${outline.repeatedAnnex === '' ? 'an unnamed annex' : `annex ${outline.repeatedAnnex}`} twice`;
  if (outline.secondTitle !== undefined) return `this draft has a second title, “${outline.secondTitle}”, after “${outline.title}”`;
  return undefined;
}

function annexIn(outline: DraftOutline, key: string, cited: string, name: string, item: LocatorItem, push: Push): { key: string; region: OutlineRegion } | undefined {
  if (outline.annexes.length === 0) {
    push('information', 'unchecked-self', `no line of this draft heads an annex (${ANNEX_HEADING}), so ${cited} to ${name} was not checked`, item);
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

/** How a check names what holds the paragraphs: "the present resolution", "annex I of this draft". */
interface Owner {
  owner: string;
  /** "no line of this draft" (starts with a paragraph number). */
  lines: string;
  /** After a description of the numbering: " in this draft", or nothing when the owner says it. */
  here: string;
}

/** Whether the paragraphs an item names are in the region (paragraph and first subparagraph); false when a problem was said. */
function checkPath(item: LocatorItem, where: OutlineRegion, words: Owner, push: Push): boolean {
  const { owner, here } = words;
  const [first, second] = item.path;
  const written = item.path.map(fmt).join(' ');
  if (!/^\d+$/.test(first.value)) {
    push('information', 'unchecked-self', `the paragraphs of ${owner} are numbered${here}; “${written}” was not checked`, item);
    return false;
  }
  const numbers = where.numbers;
  if (numbers.length === 0) {
    push('information', 'unchecked-self', `${words.lines} starts with a paragraph number (“1.”), so paragraph ${written} of ${owner} was not checked`, item);
    return false;
  }
  // Numbered 1, 2, 3, … without a gap, the lines are the paragraphs; a gap or another start
  // may be a numbered footnote, a list or a line that begins with a number.
  const { skip, described } = regionFacts(where);
  if (skip >= 0) {
    const how = skip === 0 ? `begin at ${numbers[0]}` : `go from ${numbers[skip - 1]} to ${numbers[skip]}`;
    push('information', 'unchecked-self', `the paragraph numbers of ${owner}${here} ${how}: a numbered line may be a footnote or a list, so paragraph ${written} was not checked`, item);
    return false;
  }
  const last = numbers.length;
  const to = item.to && item.path.length === 1 ? item.to : undefined;
  if (to && /^\d+$/.test(to.value) && Number(to.value) < Number(first.value)) {
    push('error', 'reversed-range', `“${first.value} to ${to.value}” is written backwards: ${owner} numbers its paragraphs upwards`, item);
    return false;
  }
  for (const end of to ? [first, to] : [first]) {
    const n = Number(end.value);
    if (!/^\d+$/.test(end.value) || n < 1 || n > last) {
      const has = last === 1 ? 'has one numbered paragraph, 1,' : `numbers its paragraphs ${described}`;
      push('error', 'no-paragraph', `${owner} ${has}${here}; there is no paragraph ${end.value}`, end);
      return false;
    }
  }
  if (second === undefined) return true;
  const n = Number(first.value);
  if (item.path.length > 2) {
    push('information', 'unchecked-self', `only paragraphs and their first subparagraphs are read in a draft; “${written}” of ${owner} was not checked`, item);
    return false;
  }
  return checkSub(item, second, where.subs.get(n), `paragraph ${n} of ${owner}`, push);
}

/** Whether the subparagraphs an item names are under the paragraph; false when a problem was said. */
function checkSub(item: LocatorItem, label: Label, subs: SubList | undefined, paragraph: string, push: Push): boolean {
  if (!subs || (subs.labels.length === 0 && subs.irregular === undefined)) {
    push('information', 'unchecked-self', `no line under ${paragraph} starts with a subparagraph label (“(a)”), so ${fmt(label)} was not checked`, label);
    return false;
  }
  if (subs.irregular !== undefined) {
    const how = subs.labels.length === 0 ? `begin with (${subs.irregular})` : `go from (${subs.labels[subs.labels.length - 1]}) to (${subs.irregular})`;
    push('information', 'unchecked-self', `the subparagraph labels at line starts under ${paragraph} ${how}: the list may begin on the paragraph's own line, so ${fmt(label)} was not checked`, label);
    return false;
  }
  const ends = item.to ? [label, item.to] : [label];
  for (const end of ends) {
    if (!subs.labels.includes(end.value)) {
      push('error', 'no-paragraph', `${paragraph} has subparagraphs ${describeLabelValues(subs.labels)} in this draft; there is no subparagraph ${fmt(end)}`, end);
      return false;
    }
  }
  if (item.to) {
    const roman = subs.labels[0] === 'i';
    const value = (l: string): number | undefined => (roman ? romanLabelValue(l) : letterIndex(l));
    if ((value(item.to.value) ?? 0) < (value(label.value) ?? 0)) {
      push('error', 'reversed-range', `“${fmt(label)} to ${fmt(item.to)}” is written backwards: ${paragraph} labels its subparagraphs in order`, item);
      return false;
    }
  }
  return true;
}

// ---- "paragraph 3 above": the draft's own paragraphs, from where the reference stands ----------

/** Where an internal reference stands and which way it points. */
export interface InternalContext {
  /** Inside quotation marks: words quoted from another text. */
  quoted: boolean;
  /** "above" or "below", and where it is written (a fix turns one into the other). */
  direction: 'above' | 'below';
  word: Span;
}

/**
 * The verdict on "paragraph 3 above", "subparagraph (d) below" given the draft's outline and the
 * place the reference stands: the paragraph must be in the same part of the draft (the operative
 * part, or the annex the reference is in) and on the side it says. A subparagraph named alone is
 * one of the paragraph the reference stands in. What the outline cannot settle is said to be unchecked.
 */
export function checkInternalReference(r: Resolution, outline: DraftOutline, place: Place, context: InternalContext): Resolution {
  const problems: Problem[] = r.problems.filter((p) => p.code !== 'unchecked-self');
  const push: Push = (severity, code, message, at) => {
    problems.push({ severity, code, message, span: at.span, fixes: [] });
  };
  const { direction } = context;
  const where = place.annex === null ? 'this draft' : place.annex === '' ? 'the annex of this draft' : `annex ${place.annex} of this draft`;
  const several = severalTexts(outline);
  const region = regionOf(outline, place);
  for (const item of r.reference.items) {
    const cited = `${citedItem(item)} ${direction}`;
    if (context.quoted) push('information', 'unchecked-self', `in a quotation, “${cited}” may be another text's, so it was not checked against this draft`, item);
    else if (several !== undefined) push('information', 'unchecked-self', `${several}: it may hold several texts, so “${cited}” was not checked`, item);
    else if (item.pp) push('information', 'unchecked-self', `a draft does not number its preambular paragraphs, so “${cited}” was not checked`, item);
    else if (item.annex || item.path.length === 0 || !region) push('information', 'unchecked-self', `only paragraphs and subparagraphs are found above and below a reference; “${cited}” was not checked`, item);
    else if (/^\d+$/.test(item.path[0].value)) {
      const words = { owner: where, lines: `no line of ${where}`, here: '' };
      if (checkPath(item, region, words, push)) checkSide(item, place, where, context, problems);
    } else if (place.paragraph === undefined) {
      push('information', 'unchecked-self', `“${cited}” stands before any numbered paragraph of ${where}, so whose subparagraph it is was not checked`, item);
    } else {
      const sub: LocatorItem = { ...item, path: [{ value: String(place.paragraph), span: item.span }, ...item.path] };
      if (checkSub(item, item.path[0], region.subs.get(place.paragraph), `paragraph ${place.paragraph} of ${where}, where it stands,`, push)) checkSide(sub, place, where, context, problems);
    }
  }
  const out: Resolution = { reference: r.reference, status: 'ok', targets: r.targets, problems };
  out.status = statusOf(out);
  return out;
}

function citedItem(item: LocatorItem): string {
  const [first, ...rest] = item.path;
  if (first === undefined) return item.annex ? `annex ${item.annex.key}` : 'the paragraph';
  const to = item.to ? ` to ${fmt(item.to)}` : '';
  const tail = `${[first, ...rest].map(fmt).join(' ')}${to}`;
  const noun = /^\d+$/.test(first.value) ? 'paragraph' : 'subparagraph';
  return `${noun}${item.to ? 's' : ''} ${tail}`;
}

/**
 * Whether what `item` names (a paragraph number, and perhaps its subparagraph; ranges by both
 * ends) stands on the side of `place` the reference says; an error with the fix when not.
 */
function checkSide(item: LocatorItem, place: Place, where: string, context: InternalContext, problems: Problem[]): void {
  const { direction, word } = context;
  const other = direction === 'above' ? 'below' : 'above';
  const subOf = (label: string | undefined): number => (label === undefined ? 0 : place.roman ? (romanLabelValue(label) ?? 0) : (letterIndex(label) ?? 0));
  // Both ends of a range: "paragraphs 2 to 4", "subparagraphs (a) to (c)" of one paragraph.
  const n = Number(item.path[0].value);
  const ends: { paragraph: number; label: string | undefined }[] = [{ paragraph: n, label: item.path[1]?.value }];
  if (item.to) ends.push(/^\d+$/.test(item.to.value) ? { paragraph: Number(item.to.value), label: undefined } : { paragraph: n, label: item.to.value });
  // "paragraphs 1 to 3 above" from paragraph 2: the range takes in the reference's own place.
  const p = place.paragraph;
  if (item.to && p !== undefined && ends.length === 2) {
    const at = (e: { paragraph: number; label: string | undefined }): number => (e.paragraph !== p ? e.paragraph - p : e.label === undefined ? 0 : subOf(e.label) - subOf(place.sub));
    if (Math.sign(at(ends[0])) !== Math.sign(at(ends[1]))) {
      const hereWords = place.sub === undefined ? `paragraph ${p}` : `subparagraph (${place.sub}) of paragraph ${p}`;
      problems.push({ severity: 'error', code: 'wrong-direction', message: `“${citedItem(item)}” of ${where} take in ${hereWords}, where this reference stands: name only what is ${direction} it`, span: item.span, fixes: [] });
      return;
    }
  }
  for (const { paragraph, label } of ends) {
    const named = label === undefined ? `paragraph ${paragraph}` : `subparagraph (${label}) of paragraph ${paragraph}`;
    const fix = { title: `Change to “${other}”`, span: word, newText: other };
    if (place.paragraph === undefined) {
      // Before the first numbered paragraph of its part: every paragraph is below.
      if (direction === 'below') continue;
      problems.push({ severity: 'error', code: 'wrong-direction', message: `this reference stands before paragraph 1 of ${where}: ${named} is below it, not above; write “${other}”`, span: item.span, fixes: [fix] });
      return;
    }
    // Compared as (paragraph, subparagraph), the chapeau of a paragraph before its subparagraphs.
    const cmp = paragraph !== place.paragraph ? paragraph - place.paragraph : label === undefined ? 0 : subOf(label) - subOf(place.sub);
    const hereWords = place.sub === undefined || paragraph !== place.paragraph ? `paragraph ${place.paragraph}` : `subparagraph (${place.sub}) of paragraph ${place.paragraph}`;
    if (cmp === 0 || (label === undefined && paragraph === place.paragraph)) {
      problems.push({ severity: 'error', code: 'wrong-direction', message: `${named} of ${where} is where this reference stands, not a part ${direction} it`, span: item.span, fixes: [] });
      return;
    }
    if ((cmp < 0) !== (direction === 'above')) {
      problems.push({ severity: 'error', code: 'wrong-direction', message: `${named} of ${where} is ${other} this reference, which stands in ${hereWords}; write “${other}”`, span: item.span, fixes: [fix] });
      return;
    }
  }
}
