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
  checkPath(item, where, { owner, lines: item.annex !== undefined ? `no line of ${owner} in this draft` : 'no line of this draft', suffix: ' in this draft' }, push);
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

/** How a check's messages name what holds the paragraphs: "the present resolution", "annex I of this draft". */
interface Wording {
  owner: string;
  /** "no line of this draft" (starts with a paragraph number). */
  lines: string;
  /** After a description of the numbering: " in this draft", or nothing when the owner says it. */
  suffix: string;
}

/** Whether the paragraphs an item names are in the region (paragraph and first subparagraph); false when a problem was said. */
function checkPath(item: LocatorItem, where: OutlineRegion, words: Wording, push: Push): boolean {
  const { owner, suffix } = words;
  const [first, second] = item.path;
  const written = item.path.map(fmt).join(' ');
  if (!/^\d+$/.test(first.value)) {
    // "recommendation (d) of annex I to the present resolution", an annex lettered (a), (b), …:
    // checked against its lettered lines (it was said to be numbered, and never checked).
    const lettered = where.subs.get(0);
    if (lettered && where.numbers.length === 0) {
      // "(i)" under a lettered list may be the second level, which is not read.
      const second = item.path.length > 1 || (lettered.labels[0] !== 'i' && romanLabelValue(first.value) !== undefined);
      if (!second) return checkSub(item, first, lettered, owner, push, suffix);
      push('information', 'unchecked-self', `only the lettered lines (“(a)”) of ${owner} are read${suffix}, not the items under them; “${written}” was not checked`, item);
      return false;
    }
    const how = where.numbers.length > 0 ? `the paragraphs of ${owner} are numbered${suffix}` : `${words.lines} starts with a paragraph number (“1.”) or a letter (“(a)”)`;
    push('information', 'unchecked-self', `${how}; “${written}” of ${owner} was not checked`, item);
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
    push('information', 'unchecked-self', `the paragraph numbers of ${owner}${suffix} ${how}: a numbered line may be a footnote or a list, so paragraph ${written} was not checked`, item);
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
      // "has one numbered paragraph, 1, in this draft", but "this draft has one numbered paragraph, 1;" (no comma before the semicolon).
      const has = last === 1 ? `has one numbered paragraph, 1${suffix ? `,${suffix}` : ''}` : `numbers its paragraphs ${described}${suffix}`;
      push('error', 'no-paragraph', `${owner} ${has}; there is no paragraph ${end.value}`, end);
      return false;
    }
  }
  if (second === undefined) return true;
  const n = Number(first.value);
  if (item.path.length > 2) {
    push('information', 'unchecked-self', `only paragraphs and their first subparagraphs are read in a draft; “${written}” of ${owner} was not checked`, item);
    return false;
  }
  return checkSub(item, second, where.subs.get(n), `paragraph ${n} of ${owner}`, push, suffix);
}

/** Whether the subparagraphs an item names are under the paragraph; false when a problem was said. */
function checkSub(item: LocatorItem, label: Label, subs: SubList | undefined, paragraph: string, push: Push, suffix = ' in this draft'): boolean {
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
      push('error', 'no-paragraph', `${paragraph} has subparagraphs ${describeLabelValues(subs.labels)}${suffix}; there is no subparagraph ${fmt(end)}`, end);
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
  /** The reference as written, for messages ("recommendation (a) above"). */
  written: string;
  /** It stands on the line of the last line head before it ("(c) z, see …"), not on a line after it. */
  onHeadLine: boolean;
}

/** What one item of an internal reference came to: its problems, and the side it was found on. */
interface ItemVerdict {
  item: LocatorItem;
  problems: Problem[];
  /** 'right': on the side the reference says; 'other': wholly on the other side (a fix may turn the word). */
  side?: 'right' | 'other';
}

/** Paragraph numbers past this are not read as line heads (draftOutline.ts): not checked. */
const MAX_READ_PARAGRAPH = 999;

/**
 * The verdict on "paragraph 3 above", "subparagraph (d) below" given the draft's outline and the
 * place the reference stands: the paragraph must be in the same part of the draft (the operative
 * part, or the annex the reference is in) and on the side it says. A subparagraph named alone is
 * one of the paragraph the reference stands in, or of the paragraph named just before it in the
 * reference ("paragraph 3 (a) and (c) above"). What the outline cannot settle is unchecked: among
 * it, a number another part of the draft on that side also has ("paragraph 2 above" in an annex
 * whose paragraph 2 is below, when the operative paragraph 2 is above).
 */
export function checkInternalReference(r: Resolution, outline: DraftOutline, place: Place, context: InternalContext): Resolution {
  const problems: Problem[] = r.problems.filter((p) => p.code !== 'unchecked-self');
  const cited = `“${context.written}”`;
  const where = partName(outline, place.annex);
  const several = severalTexts(outline);
  const region = regionOf(outline, place);
  const verdicts: ItemVerdict[] = [];
  const paragraphs = internalParagraphs(r.reference.items, place);
  for (const [x, item] of r.reference.items.entries()) {
    const v: ItemVerdict = { item, problems: [] };
    verdicts.push(v);
    const unchecked = (why: string): void => {
      v.problems.push({ severity: 'information', code: 'unchecked-self', message: why, span: item.span, fixes: [] });
    };
    if (context.quoted) unchecked(`in a quotation, ${cited} may be another text's, so it was not checked against this draft`);
    else if (several !== undefined) unchecked(`${several}: it may hold several texts, so ${cited} was not checked`);
    else if (item.pp) unchecked(`a draft does not number its preambular paragraphs, so ${cited} was not checked`);
    else if (item.annex || item.path.length === 0 || !region) unchecked(`only paragraphs and subparagraphs are found above and below a reference; ${cited} was not checked`);
    else {
      const numbered = /^\d+$/.test(item.path[0].value);
      const paragraph = paragraphs[x];
      const label = numbered ? item.path[1]?.value : item.path[0].value;
      if (paragraph === undefined) unchecked(`${cited} stands before any numbered paragraph of ${where}, so whose subparagraph it is was not checked`);
      else if (paragraph > MAX_READ_PARAGRAPH) unchecked(`paragraph numbers past ${MAX_READ_PARAGRAPH} are not read in a draft, so ${cited} was not checked`);
      else if (!numbered && paragraph === place.paragraph && place.deep && !place.roman && label !== undefined && romanLabelValue(label) !== undefined) {
        unchecked(`${cited} stands in a second-level list (“(i)” under “(a)”), which is not read, so it was not checked`);
      } else judgeItem(v, { ...item, path: numbered ? item.path : [{ value: String(paragraph), span: item.span }, ...item.path] }, outline, place, context, region, unchecked);
    }
  }
  // A fix turns the word only when everything the reference names is on the other side.
  const fixable = !verdicts.some((v) => v.side === 'right');
  for (const v of verdicts) {
    for (const p of v.problems) {
      if (p.code === 'wrong-direction' && v.side === 'other' && !fixable) {
        problems.push({ ...p, message: `${p.message.replace(/; write “\w+”$/, '')}, while the rest of ${cited} is ${context.direction} it: cite them apart`, fixes: [] });
      } else problems.push(p);
    }
  }
  const out: Resolution = { reference: r.reference, status: 'ok', targets: r.targets, problems };
  out.status = statusOf(out);
  return out;
}

/**
 * The paragraph each item of an internal reference is in: its own number, else (a label alone) the
 * paragraph named just before it in the reference ("paragraphs 3 (a) and (c) above"), else the
 * paragraph the reference stands in. The checker and go to definition read them alike.
 */
export function internalParagraphs(items: readonly LocatorItem[], place: Place): (number | undefined)[] {
  let last: number | undefined;
  return items.map((item) => {
    const first = item.path[0]?.value;
    if (first !== undefined && /^\d+$/.test(first)) return (last = Number(first));
    return item.bare && last !== undefined ? last : place.paragraph;
  });
}

/** A part of the draft by name: the operative part is "this draft" unless the draft has annexes. */
function partName(outline: DraftOutline, annex: string | null): string {
  if (annex === null) return outline.annexes.length > 0 ? 'the operative part of this draft' : 'this draft';
  return annex === '' ? 'the annex of this draft' : `annex ${annex} of this draft`;
}

/** The other parts of the draft on one side of `place`, nearest first, with their names. */
function partsOnSide(outline: DraftOutline, place: Place, direction: 'above' | 'below'): { name: string; region: OutlineRegion }[] {
  const parts: { annex: string | null; region: OutlineRegion }[] = [{ annex: null, region: outline.operative }, ...outline.annexes.map((k) => ({ annex: k, region: outline.annex.get(k)! }))];
  const at = parts.findIndex((p) => p.annex === place.annex);
  const side = direction === 'above' ? parts.slice(0, Math.max(0, at)).reverse() : parts.slice(at + 1);
  return side.map((p) => ({ name: partName(outline, p.annex), region: p.region }));
}

/**
 * One item ("paragraph 3 (a)", with its paragraph supplied when written as a label alone) against
 * the region the reference stands in: that it exists, then the side it is on.
 */
function judgeItem(v: ItemVerdict, item: LocatorItem, outline: DraftOutline, place: Place, context: InternalContext, region: OutlineRegion, unchecked: (why: string) => void): void {
  const { direction, word } = context;
  const other = direction === 'above' ? 'below' : 'above';
  const where = partName(outline, place.annex);
  const cited = `“${context.written}”`;
  const n = Number(item.path[0].value);
  const p = place.paragraph;
  // Another part of the draft on the side the reference says may hold the number: which is meant is not known.
  const elsewhere = (): string | undefined => partsOnSide(outline, place, direction).find((x) => x.region.numbers.includes(n))?.name;
  const found: Problem[] = [];
  const push: Push = (severity, code, message, at) => {
    found.push({ severity, code, message, span: at.span, fixes: [] });
  };
  const label = item.path[1]?.value;
  if (!checkPath(item, region, { owner: where, lines: `no line of ${where}`, suffix: '' }, push)) {
    const missing = !region.numbers.includes(n);
    const also = missing ? elsewhere() : undefined;
    if (also) unchecked(`${where} has no paragraph ${n}, but ${also} ${direction} it does: which is meant by ${cited} was not checked`);
    else v.problems.push(...found);
    return;
  }
  const subOf = (l: string | undefined): number => (l === undefined ? 0 : place.roman ? (romanLabelValue(l) ?? 0) : (letterIndex(l) ?? 0));
  // Both ends of a range: "paragraphs 2 to 4", "subparagraphs (a) to (c)" of one paragraph.
  const ends: { paragraph: number; label: string | undefined }[] = [{ paragraph: n, label }];
  if (item.to) ends.push(/^\d+$/.test(item.to.value) ? { paragraph: Number(item.to.value), label: undefined } : { paragraph: n, label: item.to.value });
  const hereWords = (paragraph: number): string => (place.sub === undefined || paragraph !== p ? `paragraph ${p}` : `subparagraph (${place.sub}) of paragraph ${p}`);
  if (p === undefined) {
    // Before the first numbered paragraph of its part: every paragraph is below.
    if (direction === 'below') {
      v.side = 'right';
      return;
    }
    const also = elsewhere();
    if (also) return unchecked(`${cited} stands before paragraph 1 of ${where}, but ${also} above it has a paragraph ${n}: which is meant was not checked`);
    v.side = 'other';
    v.problems.push({ severity: 'error', code: 'wrong-direction', message: `this reference stands before paragraph 1 of ${where}: paragraph ${n} is below it, not above; write “${other}”`, span: item.span, fixes: [{ title: `Change to “${other}”`, span: word, newText: other }] });
    return;
  }
  // Compared as (paragraph, subparagraph), the chapeau of a paragraph before its subparagraphs.
  const cmp = (e: { paragraph: number; label: string | undefined }): number => (e.paragraph !== p ? e.paragraph - p : e.label === undefined ? 0 : subOf(e.label) - subOf(place.sub));
  if (ends.length === 2 && Math.sign(cmp(ends[0])) !== Math.sign(cmp(ends[1]))) {
    v.problems.push({ severity: 'error', code: 'wrong-direction', message: `${cited} takes in ${hereWords(n)} of ${where}, where it stands: name only what is ${direction} it`, span: item.span, fixes: [] });
    return;
  }
  for (const end of ends) {
    const named = end.label === undefined ? `paragraph ${end.paragraph}` : `subparagraph (${end.label}) of paragraph ${end.paragraph}`;
    const c = cmp(end);
    if (c === 0 || (end.label === undefined && end.paragraph === p)) {
      // A line after the last subparagraph's that starts with no label may be the paragraph's closing words.
      if (end.label !== undefined && !context.onHeadLine) return unchecked(`${cited} stands on a line after subparagraph (${place.sub}) that starts with no label: it may be in (${place.sub}) or in the paragraph's closing words, so it was not checked`);
      const also = end.label === undefined ? elsewhere() : undefined;
      if (also) return unchecked(`${named} of ${where} is where this reference stands, but ${also} ${direction} it has a paragraph ${end.paragraph}: which is meant by ${cited} was not checked`);
      v.problems.push({ severity: 'error', code: 'wrong-direction', message: `${named} of ${where} is where this reference stands, not a part ${direction} it`, span: item.span, fixes: [] });
      return;
    }
    if ((c < 0) !== (direction === 'above')) {
      const also = end.label === undefined ? elsewhere() : undefined;
      if (also) return unchecked(`${named} of ${where} is ${other} this reference, but ${also} ${direction} it has a paragraph ${end.paragraph}: which is meant by ${cited} was not checked`);
      v.side = 'other';
      v.problems.push({ severity: 'error', code: 'wrong-direction', message: `${named} of ${where} is ${other} this reference, which stands in ${hereWords(end.paragraph)}; write “${other}”`, span: item.span, fixes: [{ title: `Change to “${other}”`, span: word, newText: other }] });
      return;
    }
  }
  v.side = 'right';
}
