// Scans a draft and resolves every reference in it: the one entry point the CLI, the language
// server and the tests share. A draft is read as blocks (paragraphs between blank lines); each
// block keeps its results relative to its own start, so an edit re-reads only the blocks it
// touched and the blocks after it are reused as they are, merely moved.

import { attributeReferences, bodyName, DEFAULT_LIMITS, draftBodyOf, type ConferenceLimits, type DraftBody } from '../grammar/attribution';
import { blocksOf, scanBlock } from '../grammar/parser';
import { contentsReferences, hasContentsLines, headingBefore, withoutTitleReferences } from './contentsLists';
import type { HeldAt, Label, Reference, Span } from '../grammar/reference';
import type { DatasetIndex } from '../index/datasetIndex';
import type { InstrumentKind } from '../model/types';
import type { DraftText } from './chunkedText';
import { documentBeside, forgetLocatorReadings, meetingBeforeDuring, meetingConjoinedWith, meetingPlacedIn, pointedFrom, pointsInto, Resolver, sessionReportHolding, uncheckedResolution, type Problem, type Resolution, type Target } from '../resolver/resolve';
import { DRAFT_START, foldOutline, lineHeadsAt, lineHeadsOf, outlineKey, placeAfter, quotedAt, softWrapped, type DraftOutline, type LineHead, type Place } from '../grammar/draftOutline';
import { checkInternalReference, checkSelfReference, selfNameIn } from '../resolver/selfReference';
import { anaphoricLocators, ibidLocators, misspeltKinds, misspeltSymbols, type AnaphoricLocator, type IbidLocator, type MisspeltKind, type MisspeltSymbol } from '../grammar/misspeltKind';
import { withMarkdownEscapesRead, withoutEditMarks } from '../grammar/editMarks';
import { isSpaceCode, withoutFootnoteMarks, withoutLinkWrappers, withRespectivelyAsClause } from '../grammar/tokens';
import { FULLWIDTH_DIGIT, FULLWIDTH_PART, fullwidthNumbers, fullwidthSymbols, type FullwidthNumber, type FullwidthSymbol } from '../grammar/fullwidthSymbols';
import { HOLDS_UNSEEN, hyphenSplits, replacementsInCitations, UNSEEN_CLASS, unseenSplits, type HyphenSplit, type UnseenSplit } from '../grammar/unseenCharacters';
import { MAY_HOLD_OTHER_LANGUAGE, OTHER_SCRIPT_CLASS, otherLanguageCitations, type OtherLanguageCitation } from '../grammar/otherLanguage';
import { listAnd } from '../index/datasetIndex';
import { withPlainSpaces } from '../model/text';

export interface AnalysedBlock {
  start: number;
  end: number;
  /** Resolutions with spans relative to `start`. */
  local: Resolution[];
  /** Whether any of them has a problem (the server skips the others when it lists diagnostics). */
  hasProblems: boolean;
  /** The block's line heads ("1.", "(a)", "Annex I"): the draft's outline is folded from them. */
  heads: LineHead[];
  /** Whether it cites the draft itself ("paragraph 7 of the present resolution", "the present resolution"): its verdicts depend on the outline. */
  citesSelf: boolean;
}

// With or without a locator: "the present resolution" in a draft decision is called the wrong kind.
// "Paragraph 3 above" cites the draft too, from where it stands.
const citesSelf = (r: Resolution): boolean => r.reference.kind === 'self' || r.reference.kind === 'internal';

/**
 * The blocks with their self-references checked against the draft's outline (blocks that cite
 * no part of the draft are returned as they are), and the outline's key; none when nothing cites it.
 */
function withOutline(text: DraftText, blocks: AnalysedBlock[]): { blocks: AnalysedBlock[]; outline?: { value: DraftOutline; key: string } } {
  if (!blocks.some((b) => b.citesSelf)) return { blocks };
  const o = foldOutline(blocks.map((b) => b.heads));
  return { blocks: applyOutlineFrom(text, blocks, o, DRAFT_START), outline: { value: o, key: outlineKey(o) } };
}

/** `blocks` in order with the outline applied; `place`: where the line heads before the first put it. */
function applyOutlineFrom(text: DraftText, blocks: AnalysedBlock[], o: DraftOutline, place: Place): AnalysedBlock[] {
  let at = place;
  return blocks.map((b) => {
    const out = b.citesSelf ? applyOutline(text, b, o, at) : b;
    at = placeAfter(at, b.heads);
    return out;
  });
}

/** Where the line heads of `blocks` leave the draft. */
function placeOf(blocks: readonly AnalysedBlock[]): Place {
  let place = DRAFT_START;
  for (const b of blocks) place = placeAfter(place, b.heads);
  return place;
}

const citesInternal = (b: AnalysedBlock): boolean => b.citesSelf && b.local.some((r) => r.reference.kind === 'internal');

function sameHeads(a: readonly AnalysedBlock[], b: readonly AnalysedBlock[]): boolean {
  const x = a.flatMap((k) => k.heads);
  const y = b.flatMap((k) => k.heads);
  return x.length === y.length && x.every((h, i) => h === y[i]);
}

function applyOutline(text: DraftText, b: AnalysedBlock, o: DraftOutline, place: Place): AnalysedBlock {
  const local = againstOutline(b.local, text.slice(b.start, b.end), o, place);
  return { ...b, local, hasProblems: local.some((r) => r.problems.length > 0) };
}

/**
 * A block's resolutions (spans relative to `blockText`) with those that cite the draft itself
 * checked against its outline; `place`: where the line heads before the block put it. A
 * reference in a quotation or after an annex heading may be another text's: said, not checked.
 */
export function againstOutline(local: Resolution[], blockText: string, o: DraftOutline, place: Place): Resolution[] {
  const citing = local.filter(citesSelf);
  if (citing.length === 0) return local;
  const starts = citing.map((r) => r.reference.span.start).sort((a, b) => a - b);
  // By start, not by searching the list per reference: a block may hold thousands of them.
  const quotedFrom = quotedAt(blockText, starts);
  const quoted = new Map(starts.map((s, i) => [s, quotedFrom[i]]));
  // Where each reference stands, advanced over the block's line heads in one pass (references are in order).
  const heads = lineHeadsAt(blockText);
  let h = 0;
  let here = place;
  // Where the last line head read stands, and the last line break before the reference: one pass over the block.
  let headAt = -1;
  let scanned = 0;
  let lineBreak = -1;
  // The last instrument named before each reference, in one pass too.
  let lastNamed: string | undefined;
  return local.map((r) => {
    const ref = r.reference;
    if (!citesSelf(r)) {
      const m = ref.instruments[ref.instruments.length - 1];
      if (m) lastNamed = `${m.kind} ${m.symbol}`;
      return r;
    }
    const start = ref.span.start;
    for (; h < heads.length && heads[h].at < start; h++) {
      here = placeAfter(here, [heads[h].head]);
      headAt = heads[h].at;
    }
    // Named by its words as read ("… of the present resolution"), before any unread words after it.
    let end = ref.span.end;
    for (const u of ref.unread ?? []) if (u.side === 'after') end = Math.min(end, u.start);
    if (ref.kind === 'internal') {
      for (; scanned < start; scanned++) {
        const c = blockText.charCodeAt(scanned);
        if (c === 10 || c === 13) lineBreak = scanned;
      }
      const { value: direction, span: word } = ref.direction!;
      let from = start;
      for (const u of ref.unread ?? []) if (u.side === 'before') from = Math.max(from, u.end);
      const written = blockText.slice(from, end).replace(/\s+/g, ' ');
      return checkInternalReference(r, o, here, { quoted: quoted.get(start) ?? false, direction, word, written, onHeadLine: headAt > lineBreak });
    }
    const written = blockText.slice(start, end);
    const { name, noun } = selfNameIn(written);
    const context = {
      quoted: quoted.get(start) ?? false,
      inAnnex: here.annex !== null,
      // "decision 8/2 … this decision": perhaps decision 8/2, not the draft.
      anaphoric: name.startsWith('this') && lastNamed?.startsWith(name.slice(5)) ? lastNamed : undefined,
      qualified: /^[\s\u00a0,*_]*(?:of|adopted|by)\b/i.test(blockText.slice(end, end + 40)),
    };
    return checkSelfReference(r, o, name, { ...context, noun: noun && { start: start + noun.start, end: start + noun.end } });
  });
}

/** The outline of a whole draft, as the analysis folds it from its blocks. */
export function outlineOf(text: string): DraftOutline {
  return foldOutline(blocksOf(text).map((b) => lineHeadsOf(text.slice(b.start, b.end))));
}

/** `r` with every span moved by `delta`. */
export function shiftResolution(r: Resolution, delta: number): Resolution {
  if (delta === 0) return r;
  const mv = (s: Span): Span => ({ start: s.start + delta, end: s.end + delta });
  const lbl = (l: Label): Label => ({ value: l.value, span: mv(l.span) });
  const src = r.reference;
  const ref: Reference = {
    ...src,
    span: mv(src.span),
    instruments: src.instruments.map((m) => ({
      ...m,
      span: mv(m.span),
      kindSpan: mv(m.kindSpan),
      date: m.date && { ...m.date, span: mv(m.date.span), weekday: m.date.weekday && { day: m.date.weekday.day, span: mv(m.date.weekday.span) } },
      venue: m.venue && { text: m.venue.text, span: mv(m.venue.span) },
      written: m.written && mv(m.written),
      sessionClaim: m.sessionClaim && { ...m.sessionClaim, span: mv(m.sessionClaim.span), phrase: mv(m.sessionClaim.phrase) },
    })),
    items: src.items.map((it) => ({
      ...it,
      span: mv(it.span),
      annex: it.annex && { ...it.annex, span: mv(it.annex.span) },
      path: it.path.map(lbl),
      to: it.to && lbl(it.to),
    })),
    title: src.title && { ...src.title, span: mv(src.title.span) },
    titles: src.titles && src.titles.map((t) => t && { ...t, span: mv(t.span) }),
    wg: src.wg && { ...src.wg, span: mv(src.wg.span), held: src.wg.held && moveHeld(src.wg.held, mv) },
    session: src.session && {
      ...src.session,
      span: mv(src.session.span),
      held: src.session.held && moveHeld(src.session.held, mv),
      cop: src.session.cop && { number: src.session.cop.number, span: mv(src.session.cop.span) },
      metBy: src.session.metBy && { group: src.session.metBy.group, span: mv(src.session.metBy.span) },
    },
    subsidiary: src.subsidiary && { ...src.subsidiary, span: mv(src.subsidiary.span) },
    compendium: src.compendium && { ...src.compendium, span: mv(src.compendium.span) },
    report: src.report && { span: mv(src.report.span) },
    symbol: src.symbol && { value: src.symbol.value, span: mv(src.symbol.span) },
    document: src.document && { value: src.document.value, span: mv(src.document.span) },
    unread: src.unread && src.unread.map((u) => ({ ...u, ...mv(u) })),
  };
  return {
    reference: ref,
    status: r.status,
    targets: r.targets.map((t) => shiftTarget(t, delta)),
    problems: r.problems.map((p) => shiftProblem(p, delta)),
  };
}

function moveHeld(h: HeldAt, mv: (s: Span) => Span): HeldAt {
  return { date: h.date && { ...h.date, span: mv(h.date.span) }, venue: h.venue && { text: h.venue.text, span: mv(h.venue.span) } };
}

function shiftTarget(t: Target, delta: number): Target {
  return delta === 0 ? t : { ...t, span: { start: t.span.start + delta, end: t.span.end + delta } };
}

function shiftProblem(p: Problem, delta: number): Problem {
  if (delta === 0) return p;
  const mv = (s: Span): Span => ({ start: s.start + delta, end: s.end + delta });
  return { ...p, span: mv(p.span), fixes: p.fixes.map((f) => ({ ...f, span: mv(f.span) })) };
}

/** Caches block results by their text; shared by every document of one server. */
export class BlockCache {
  private readonly map = new Map<string, Resolution[]>();
  constructor(private readonly max = 20000) {}
  get(text: string): Resolution[] | undefined {
    return this.map.get(text);
  }
  set(text: string, v: Resolution[]): void {
    if (this.map.size >= this.max) this.map.clear();
    this.map.set(text, v);
  }
}

// Verdicts by the text of the reference, per index: drafts cite the same few references over
// and over, and a verdict depends only on the reference's own text and on its kind and body,
// which the text before it can decide ("General Assembly resolution 45/116 and resolution
// 52/88": the second is the Assembly's too). An unnamed compendium locator also looks at the
// instruments cited around it, so it is never remembered (a named one is).
const MEMO_MAX = 20000;
/**
 * References longer than this are resolved but not remembered: a list of thousands of
 * instruments or paragraphs is written once, and remembered it would keep its text and its
 * thousands of targets alive with the index (the fuzzer's 10 MB inputs ran out of memory).
 */
const MEMO_REFERENCE_MAX = 2000;
/**
 * Verdicts under the reference's text; the rest of the key (kind, bodies, unread material) is
 * compared beside it. Keyed by the text alone, the lookup hashes a slice of the block in place:
 * one key string made by concatenation was copied and hashed whole per reference, the most
 * expensive line of a scan.
 */
interface MemoEntry {
  rest: string;
  verdict: Resolution;
  next: MemoEntry | undefined;
}
interface Memo {
  byText: Map<string, MemoEntry>;
  size: number;
}
const memos = new WeakMap<DatasetIndex, Memo>();

/** Forgets the remembered verdicts of `index` (the benchmark measures a cold scan with it). */
export function forgetVerdicts(index: DatasetIndex): void {
  memos.delete(index);
  forgetLocatorReadings(index);
}

function memoOf(index: DatasetIndex): Memo {
  let m = memos.get(index);
  if (!m) memos.set(index, (m = { byText: new Map(), size: 0 }));
  return m;
}

/** A remembered verdict, moved onto a new occurrence of the same reference text. */
function rebase(hit: Resolution, ref: Reference): Resolution {
  const delta = ref.span.start - hit.reference.span.start;
  return {
    reference: ref,
    status: hit.status,
    targets: delta === 0 ? hit.targets : hit.targets.map((t) => shiftTarget(t, delta)),
    // Verdicts are never changed after they are made: an empty list is shared, not copied.
    problems: hit.problems.length === 0 ? hit.problems : hit.problems.map((p) => shiftProblem(p, delta)),
  };
}

const limitsByIndex = new WeakMap<DatasetIndex, ConferenceLimits>();

/** What the attribution pass knows of the Conference: its first session's date, from the dataset. */
function limitsOf(index: DatasetIndex): ConferenceLimits {
  let l = limitsByIndex.get(index);
  if (!l) {
    const starts = index.data.instruments.map((i) => i.sessionInfo.start).filter((x): x is string => !!x).sort();
    l = { ...DEFAULT_LIMITS, firstSessionStart: starts[0], heldSymbols: new Set(index.data.instruments.map((i) => i.symbol)) };
    limitsByIndex.set(index, l);
  }
  return l;
}

/** Options of an analysis that concern the whole draft. */
export interface AnalysisOptions {
  /** The body whose document the draft is, from a setting ("General Assembly"); the draft's front matter overrides it. */
  draftBody?: string;
}

/** The body of the draft: front matter, else the setting, else its opening line. */
export function draftContext(text: DraftText, opts: AnalysisOptions = {}): DraftBody | undefined {
  const found = draftBodyOf(text.slice(0, Math.min(text.length, 4000)));
  if (found && found.from === 'front matter') return found;
  // Normalised as the front matter's ("COP", "Conference of the Parties" are the Conference's own name).
  if (opts.draftBody && opts.draftBody.trim()) return { body: bodyName(opts.draftBody.trim()), from: 'setting', quote: `resolutionReferences.draftBody = ${opts.draftBody.trim()}` };
  return found;
}

/** The references of one block, each attributed to its body (grammar, then the attribution pass). */
export function referencesOf(index: DatasetIndex, blockText: string, draft?: DraftBody, scan: (text: string) => Reference[] = scanBlock): Reference[] {
  const refs = scan(blockText);
  attributeReferences(blockText, refs, draft, limitsOf(index));
  return refs;
}

function draftKey(d: DraftBody | undefined): string {
  return d ? `${d.body}\u0002${d.from}\u0002${d.quote}` : '';
}

/** How far back a contents list looks for its heading (across the blank lines between its items). */
const CONTENTS_LOOKBACK = 4000;

function analyzeBlock(index: DatasetIndex, text: DraftText, start: number, end: number, cache?: BlockCache, draft?: DraftBody, heads?: LineHead[]): AnalysedBlock {
  const blockText = text.slice(start, end);
  // A contents list ("3/4. Title") depends on the heading above it, which may be in the block before.
  const contents = hasContentsLines(blockText);
  const heading = contents ? headingBefore(text.slice(Math.max(0, start - CONTENTS_LOOKBACK), start)) : undefined;
  // The draft's body changes what "its" means in every block: it is part of the cache key.
  const cacheKey = `${draft ? `${draftKey(draft)}\u0003` : ''}${heading !== undefined ? `${heading}\u0004` : ''}${blockText}`;
  let local = cache?.get(cacheKey);
  if (!local) {
    try {
      local = readBlock(index, blockText, draft, heading, contents);
    } catch (e) {
      // One block that breaks the scanner must not take the draft (or the server) down: it gets
      // an error on its first line and the other blocks are served as usual.
      local = [blockFailure(blockText, e)];
    }
    cache?.set(cacheKey, local);
  }
  return { start, end, local, hasProblems: local.some((r) => r.problems.length > 0), heads: heads ?? lineHeadsOf(blockText), citesSelf: local.some(citesSelf) };
}

function blockFailure(blockText: string, e: unknown): Resolution {
  const firstLine = blockText.search(/[\r\n]/);
  const span = { start: 0, end: firstLine < 0 ? blockText.length : firstLine };
  return uncheckedResolution({ kind: 'unreadable', span, instruments: [], items: [] }, e, 'this paragraph');
}

/** A block as the analysis reads it: without the marks of editing, the footnote marks and the wrappers of links, its soft line breaks and spaces of other widths as spaces; same length. */
export function blockAsRead(text: string): string {
  return softWrapped(withoutFootnoteMarks(withRespectivelyAsClause(withoutLinkWrappers(withMarkdownEscapesRead(withoutEditMarks(withPlainSpaces(text)))))));
}

/**
 * Scans one block and resolves its references (spans relative to the block). The block is read
 * with its soft line breaks as spaces (`softWrapped`): where a paragraph's lines are wrapped
 * changes nothing in what is read or said of it; and without the marks of editing
 * (`withoutEditMarks`: comments, tracked changes, entities), as its reader sees it.
 */
export function readBlock(index: DatasetIndex, text: string, draft?: DraftBody, heading?: string, contents = hasContentsLines(text)): Resolution[] {
  const blockText = blockAsRead(text);
  const resolver = new Resolver(index, blockText);
  let refs = referencesOf(index, blockText, draft);
  if (heading !== undefined || contents) {
    const kindOf = (symbol: string) => index.instrumentsWithSymbol(symbol)[0]?.kind;
    const all = refs.slice();
    for (const r of contentsReferences(blockText, heading, refs, kindOf)) all.push(r);
    refs = withoutTitleReferences(all);
    refs.sort((a, b) => a.span.start - b.span.start);
  }
  const memo = memoOf(index);
  const read = withSlips(blockText, resolveAll(resolver, blockText, refs, memo), text);
  return keepingWritten(text, blockText, read);
}

/**
 * Whether the block as written and as read differ inside `span` other than by a line break read
 * as a space: a mark of editing, an entity or a backslash stands there.
 */
function readOtherwise(text: string, asRead: string, span: Span): boolean {
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    // A link's bracket, blank as read, and a space of another width (or a byte order mark) read as a
    // plain one are kept by the edit as written (writtenEdit.ts), as emphasis is.
    if (c !== asRead.charCodeAt(i) && c !== 10 && c !== 13 && !(asRead.charCodeAt(i) === 32 && (c === 91 || c === 93 || isSpaceCode(c)))) return true;
  }
  return false;
}

/**
 * The resolutions without the fixes that would write over what the drafter wrote and the checker
 * read otherwise: a fix is made from the text as read, and applying it would delete a comment, a
 * tracked change's marks, an entity ("its decisions 8/1, {++9/3++} and 3/2", "decisions
 * 8/1,&nbsp;9/3" rewritten as a list), or cut one in two. The problem is still said. Verdicts are
 * shared with the memo: changed ones are copies.
 */
export function keepingWritten(text: string, asRead: string, resolutions: Resolution[]): Resolution[] {
  // A character the editor does not show, inside what a fix replaces ("effec⟨soft hyphen⟩tiveness" in a
  // title the fix rewrites): deleted unseen by a fix that says nothing of it. Only the fix that
  // deletes it (`unseen-character`) may.
  const unseen = HOLDS_UNSEEN.test(text);
  if (text === asRead && !unseen) return resolutions;
  const over = (f: { span: Span }, code: string): boolean => (text !== asRead && readOtherwise(text, asRead, f.span)) || (unseen && code !== 'unseen-character' && HOLDS_UNSEEN.test(text.slice(f.span.start, f.span.end)));
  return resolutions.map((r) => {
    if (!r.problems.some((p) => p.fixes.some((f) => over(f, p.code)))) return r;
    return { ...r, problems: r.problems.map((p) => ({ ...p, fixes: p.fixes.filter((f) => !over(f, p.code)) })) };
  });
}

/**
 * A block's resolutions (in order) with the citations no rule opened because their kind word is
 * mistyped ("resolutoin 8/1"): said, never passed over.
 */
export function withSlips(blockText: string, resolutions: Resolution[], written = blockText): Resolution[] {
  const spans = resolutions.map((r) => r.reference.span);
  const slips = misspeltKinds(blockText, spans);
  const symbolSlips = misspeltSymbols(blockText, spans);
  const ibids = ibidLocators(blockText, spans);
  const anaphors = anaphoricLocators(blockText, spans);
  // Most blocks hold none of the characters the four passes below look for: one native search
  // of one class decides whether any is needed (a search per pass was a tenth of a scan of prose).
  const rare = RARE_CHARACTER.test(blockText);
  // Inside a reference too ("resolution 8/\u00ad1" is "8" unread), unless its findings name the character.
  const unseen = rare && HOLDS_UNSEEN.test(blockText) ? unseenSplits(blockText, resolutions.filter((r) => r.problems.some((p) => /U\+[0-9A-F]{4} /.test(p.message))).map((r) => r.reference.span), spans) : [];
  const foreign = rare && MAY_HOLD_OTHER_LANGUAGE.test(blockText) ? otherLanguageCitations(blockText, spans) : [];
  const unreadBytes = rare && blockText.includes('\uFFFD') ? replacementsInCitations(blockText, spans) : [];
  // Read where the block as written has its line breaks (as read they are spaces, `softWrapped`).
  const broken = written.includes('\n') && (written.includes('-\n') || written.includes('-\r\n') || /-[ \t]+\r?\n/.test(written)) ? hyphenSplits(written, spans) : [];
  const wide = rare && FULLWIDTH_DIGIT.test(blockText) ? fullwidthSymbols(blockText, spans) : [];
  const wideNumbers = rare && FULLWIDTH_PART.test(blockText) ? fullwidthNumbers(blockText, spans, wide.map((w) => w.span)) : [];
  if (slips.length === 0 && symbolSlips.length === 0 && ibids.length === 0 && anaphors.length === 0 && unseen.length === 0 && foreign.length === 0 && unreadBytes.length === 0 && broken.length === 0 && wide.length === 0 && wideNumbers.length === 0) return resolutions;
  for (const w of wide) resolutions.push(fullwidthResolution(blockText, w));
  for (const w of wideNumbers) resolutions.push(fullwidthNumberResolution(blockText, w));
  for (const h of broken) resolutions.push(hyphenSplitResolution(written, h));
  for (const b of unreadBytes) resolutions.push(unreadBytesResolution(b));
  for (const s of slips) resolutions.push(slipResolution(blockText, s));
  for (const s of symbolSlips) resolutions.push(symbolSlipResolution(blockText, s));
  const cited = ibids.length > 0 ? citedBefore(resolutions, ibids.map((b) => b.span.start)) : [];
  ibids.forEach((b, x) => resolutions.push(ibidResolution(blockText, b, cited[x])));
  const pointed = anaphors.length > 0 ? referencesBefore(resolutions, anaphors.map((a) => a.span.start), anaphors.map((a) => a.kind)) : [];
  anaphors.forEach((a, x) => {
    const r = anaphorResolution(blockText, a, pointed[x]);
    if (r) resolutions.push(r);
  });
  for (const u of unseen) resolutions.push(unseenResolution(blockText, u));
  for (const f of foreign) resolutions.push(otherLanguageResolution(blockText, f));
  return resolutions.sort((a, b) => a.reference.span.start - b.reference.span.start);
}

function fullwidthResolution(blockText: string, w: FullwidthSymbol): Resolution {
  const reference: Reference = { kind: 'cop', span: w.span, instruments: [], items: [] };
  const written = blockText.slice(w.symbol.start, w.symbol.end);
  const message = `“${written}” is written in full-width characters: the checker reads the digits 0–9 and “/” only, so “${blockText.slice(w.span.start, w.span.end)}” was not read as a citation and nothing in it was checked; write “${w.plain}”`;
  // As "resolution 8.1": a kind word whose symbol was not read is an error, nothing in it checked.
  return { reference, status: 'invalid', targets: [], problems: [{ severity: 'error', code: 'unread-symbol', message, span: w.symbol, fixes: [{ title: `Change to “${w.plain}”`, span: w.symbol, newText: w.plain }] }] };
}

function fullwidthNumberResolution(blockText: string, w: FullwidthNumber): Resolution {
  const reference: Reference = { kind: 'cop', span: w.span, instruments: [], items: [] };
  const written = blockText.slice(w.span.start, w.span.end);
  const message = `“${written}” is written in full-width characters: the checker reads the digits 0–9 and Latin letters only, so this part of the citation beside it was not read and not checked; write “${w.plain}”`;
  return { reference, status: 'partial', targets: [], problems: [{ severity: 'warning', code: 'unread-locator', message, span: w.span, fixes: [{ title: `Change to “${w.plain}”`, span: w.span, newText: w.plain }] }] };
}

function hyphenSplitResolution(blockText: string, h: HyphenSplit): Resolution {
  const reference: Reference = { kind: 'cop', span: h.word, instruments: [], items: [] };
  const written = blockText.slice(h.word.start, h.word.end).replace(/\r?\n[ \t]*/, '⏎');
  const message = `“${written}” is “${h.joined}” broken at the end of a line by a hyphen (as text copied from a PDF is): the checker reads “${h.parts[0]}” and “${h.parts[1]}”, so the citation around it was not read and not checked; join the word`;
  // No fix: joining deletes a line break, which a fix never does (writtenEdit.ts keeps line breaks).
  return { reference, status: 'partial', targets: [], problems: [{ severity: 'warning', code: 'broken-word', message, span: h.word, fixes: [] }] };
}

function unreadBytesResolution(at: Span): Resolution {
  const reference: Reference = { kind: 'cop', span: at, instruments: [], items: [] };
  const message = '“\uFFFD” (U+FFFD) stands where the file had bytes that could not be read as text (a character saved in another encoding, such as a Windows-1252 no-break space or quotation mark): the citation around it was not read as written and not checked; type the character again, or save the file as UTF-8';
  return { reference, status: 'partial', targets: [], problems: [{ severity: 'warning', code: 'unreadable-character', message, span: at, fixes: [] }] };
}

function otherLanguageResolution(blockText: string, f: OtherLanguageCitation): Resolution {
  const reference: Reference = { kind: 'cop', span: f.span, instruments: [], items: [] };
  const written = blockText.slice(f.span.start, f.span.end);
  const message = `“${written}” is written in ${f.language}: the checker reads citations in English only, so nothing in it or around it was checked; “${f.meant} ${f.symbol}” is how it would be read`;
  return { reference, status: 'partial', targets: [], problems: [{ severity: 'warning', code: 'other-language', message, span: f.span, fixes: [] }] };
}

/** What either an unseen character or a letter of another script needs: one character of these ranges. */
/** The characters the passes of `withSlips` look for, as one class: the unseen, other scripts, U+FFFD, full-width digits, parentheses and letters. */
const RARE_CHARACTER = new RegExp(`[${[UNSEEN_CLASS, OTHER_SCRIPT_CLASS, FULLWIDTH_PART.source, '[\\ufffd]'].map((c) => c.slice(1, -1)).join('')}]`);

function unseenResolution(blockText: string, u: UnseenSplit): Resolution {
  const written = blockText.slice(u.word.start, u.word.end);
  const names = listAnd(u.names);
  const reference: Reference = { kind: 'cop', span: u.word, instruments: [], items: [] };
  const them = u.names.length === 1 ? 'it' : 'them';
  const message = u.readThrough
    ? `“${written}” holds ${names}, which ${u.names.length === 1 ? 'is' : 'are'} not shown: the citation was read as “${u.joined}” and checked, but a search for it does not find it so written; delete ${them}`
    : `“${written}” holds ${names}, which ${u.names.length === 1 ? 'is' : 'are'} not shown: the checker reads “${written.split(new RegExp(`${UNSEEN_CLASS}+`)).join('” and “')}”, so the citation around it was not read as written and not checked; delete ${them}`;
  const fix = { title: `Delete ${names} from “${u.joined}”`, span: u.word, newText: u.joined };
  return { reference, status: 'partial', targets: [], problems: [{ severity: u.readThrough ? 'information' : 'warning', code: 'unseen-character', message, span: u.word, fixes: [fix] }] };
}

function slipResolution(blockText: string, s: MisspeltKind): Resolution {
  const written = blockText.slice(s.word.start, s.word.end);
  const reference: Reference = { kind: 'cop', span: s.span, instruments: [], items: [] };
  const message = `“${written}” is not “${s.meant}”: “${blockText.slice(s.span.start, s.span.end)}” was not read as a citation, so nothing in it was checked; write “${s.meant} ${s.symbol}”`;
  return { reference, status: 'invalid', targets: [], problems: [{ severity: 'error', code: 'misspelt-kind', message, span: s.word, fixes: [{ title: `Change to “${s.meant}”`, span: s.word, newText: s.meant }] }] };
}

/**
 * For each position of `ats` (in order), the one instrument cited last before it in the block
 * ("resolution 8/1"), if the last citation naming instruments names one: one pass over the
 * citations by where they end, not one per position (a line of thousands of "ibid." was quadratic).
 */
function citedBefore(resolutions: readonly Resolution[], ats: readonly number[]): (string | undefined)[] {
  return referencesBefore(resolutions, ats).map((r) => {
    const m = r && r.kind === 'cop' && r.instruments.length === 1 ? r.instruments[0] : undefined;
    return m && `${m.kind} ${m.symbol}`;
  });
}

function ibidResolution(blockText: string, b: IbidLocator, before: string | undefined): Resolution {
  const written = blockText.slice(b.span.start, b.span.end);
  const ibid = blockText.slice(b.word.start, b.word.end);
  const reference: Reference = { kind: 'cop', span: b.span, instruments: [], items: [] };
  const message = before
    ? `“${ibid}” stands for the citation before it (${before}), which the checker does not follow, so “${b.locator}” was not checked; write “${before}, ${b.locator}”`
    : `“${ibid}” stands for a citation in another paragraph or a footnote, which the checker does not follow, so “${b.locator}” in “${written}” was not checked; name the instrument`;
  const fixes = before ? [{ title: `Change “${ibid}” to “${before}”`, span: b.word, newText: before }] : [];
  return { reference, status: 'partial', targets: [], problems: [{ severity: 'warning', code: 'unread-locator', message, span: b.span, fixes }] };
}

/**
 * For each position of `ats` (in order), the last reference naming instruments that ends before
 * it: one pass over the citations by where they end, not one per position (a line of thousands of
 * "ibid." was quadratic).
 */
function referencesBefore(resolutions: readonly Resolution[], ats: readonly number[], kinds?: readonly (InstrumentKind | undefined)[]): (Reference | undefined)[] {
  const naming = resolutions.filter((r) => r.reference.instruments.length > 0).sort((a, b) => a.reference.span.end - b.reference.span.end);
  const out: (Reference | undefined)[] = [];
  let k = 0;
  let last: Reference | undefined;
  // With `kinds`: the last naming an instrument of that kind ("that decision" after "decision 3/2 and resolution 8/1").
  const lastOf = new Map<InstrumentKind, Reference>();
  ats.forEach((at, x) => {
    for (; k < naming.length && naming[k].reference.span.end <= at; k++) {
      last = naming[k].reference;
      for (const m of last.instruments) lastOf.set(m.kind, last);
    }
    const kind = kinds?.[x];
    out.push(kind ? lastOf.get(kind) : last);
  });
  return out;
}

/**
 * "paragraph 26 of the same resolution", "…, read in conjunction with paragraph 26": said, with
 * the instrument it may stand for. Nothing for one after another body's instrument, which would
 * not be checked anyway.
 */
function anaphorResolution(blockText: string, a: AnaphoricLocator, before: Reference | undefined): Resolution | undefined {
  if (before && (before.kind === 'external' || before.body !== undefined)) return undefined;
  const reference: Reference = { kind: 'cop', span: a.span, instruments: [], items: [] };
  const clean = (t: string): string => t.replace(/[\s\u00a0]+/g, ' ');
  const locator = clean(a.locator);
  // The one instrument of that kind the citation before it names ("that decision" after a resolution: none).
  const ofKind = before?.instruments.filter((m) => !a.kind || m.kind === a.kind) ?? [];
  const meant = ofKind.length === 1 ? `${ofKind[0].kind} ${ofKind[0].symbol}` : undefined;
  let message: string;
  let fixes: Resolution['problems'][number]['fixes'] = [];
  if (a.anaphor) {
    const anaphor = clean(a.anaphor);
    message = meant
      ? `“${anaphor}” stands for the citation before it (${meant}), which the checker does not follow, so “${locator}” was not checked; write “${meant}”`
      : `“${anaphor}” stands for an instrument named before it, which the checker does not follow, so “${locator}” was not checked; name the instrument`;
    if (meant) fixes = [{ title: `Change “${anaphor}” to “${meant}”`, span: a.word, newText: meant }];
  } else if (a.pointsBack) {
    // "Recalling resolution 8/1. See in particular annex IX thereto.": apart from the citation it points back to.
    const written = clean(blockText.slice(a.span.start, a.span.end));
    message = meant
      ? `“${written}” points back to ${meant}, which the checker does not follow, so “${locator}” was not checked; write “${meant}, ${locator}”`
      : `“${written}” points back to a citation, which the checker does not follow, so it was not checked; name the instrument`;
    // Offered, never preferred: "thereof" may point to a nearer text that is no COP instrument ("the Doha Declaration, … paragraph 5 thereof"; found by the review).
    if (meant && !/^\(/.test(locator)) fixes = [{ title: `Change to “${meant}, ${locator}”`, span: a.span, newText: `${meant}, ${blockText.slice(a.span.start, a.span.start + a.locator.length)}`, ask: true }];
  } else if (a.thereof) {
    // "…, read in conjunction with paragraph 99 thereof": the citation's own, in a wording the grammar does not read.
    const written = clean(blockText.slice(a.span.start, a.span.end));
    message = meant
      ? `“${written}” is ${meant}'s, in words the checker does not read after “read in conjunction with”, so it was not checked; write “${meant}, ${locator}”`
      : `“${written}” is the citation's before it, in words the checker does not read, so it was not checked; name the instrument`;
    if (meant && !/^\(/.test(locator)) fixes = [{ title: `Change to “${meant}, ${locator}”`, span: a.span, newText: `${meant}, ${blockText.slice(a.span.start, a.span.start + a.locator.length)}` }];
  } else {
    // No fix: it may as well be the draft's own paragraph ("…, read in conjunction with paragraph 1" of the draft).
    const bare = /^\(/.test(locator);
    message = meant
      ? `“${locator}” names no instrument${bare ? ' or annex' : ''}: it may be ${meant}'s or the draft's own, so it was not checked; ${bare ? 'cite it in full' : `write “${meant}, ${locator}” or “${locator} of the present resolution”`}`
      : `“${locator}” names no instrument, so it was not checked; name the instrument`;
  }
  return { reference, status: 'partial', targets: [], problems: [{ severity: 'warning', code: 'unread-locator', message, span: a.span, fixes }] };
}

function symbolSlipResolution(blockText: string, s: MisspeltSymbol): Resolution {
  const written = blockText.slice(s.span.start, s.span.end);
  const prefix = blockText.slice(s.prefix.start, s.prefix.end);
  const reference: Reference = { kind: 'symbol', span: s.span, instruments: [], items: [] };
  const why = s.spaced ? 'it is written with spaces around its slashes' : `“${prefix}” is not “CTOC”, as the Conference's documents print it`;
  const message = `“${written}” is no document symbol the checker reads (${why}), so nothing in it was checked; write “${s.meant}”`;
  return { reference, status: 'invalid', targets: [], problems: [{ severity: 'error', code: 'misspelt-symbol', message, span: s.span, fixes: [{ title: `Change to “${s.meant}”`, span: s.span, newText: s.meant }] }] };
}

/** "At its eighth session, the Conference adopted resolution 9/3": a session claimed, or an instrument named, outside the reference's own text. */
function claimedBefore(ref: Reference): boolean {
  // "the Working Group on Technical Assistance met during the second session": whose meeting it must hold.
  if (ref.session?.metBy) return true;
  // "At its eighth session, on 20 October 2016, the Conference adopted resolution 8/1": the day
  // is checked with the instrument after it, not with the session (the same words before other
  // verbs are checked as a day of the session).
  if (ref.session?.held?.date?.adoption) return true;
  for (const m of ref.instruments) if ((m.sessionClaim && (m.sessionClaim.phrase.start < ref.span.start || m.sessionClaim.phrase.end > ref.span.end)) || (m.date && (m.date.span.start < ref.span.start || m.date.span.end > ref.span.end))) return true;
  // "decision 2/6 and decision 3/4, both of …": the message names the instrument before it.
  if (ref.unread) for (const u of ref.unread) if (u.pairs?.what === 'both') return true;
  return false;
}

function saysOutside(r: Resolution): boolean {
  const s = r.reference.span;
  for (const p of r.problems) if (p.span.start < s.start || p.span.end > s.end) return true;
  return false;
}

/**
 * A session whose dates are written outside its span: the first sessions of a list given a year
 * each ("its fourth and fifth sessions, held in 2008 and 2010, respectively"). Its verdict depends
 * on text its own does not hold, so it is never remembered by it (an "ok" of "its fourth" was
 * served to "its fourth" of a wrong year).
 */
function heldOutside(ref: Reference): boolean {
  // A session's year paired with it from outside ("held in 2008 and 2010, respectively"), or a
  // joint meeting's dates written after the other group's name.
  const d = ref.session?.held?.date ?? ref.wg?.held?.date;
  return d !== undefined && (d.span.start < ref.span.start || d.span.end > ref.span.end);
}

/** A reference that ends in a bare "annex" (any case, emphasis after it): the resolver reads the numeral after it ("annex Ⅲ"). */
const BARE_ANNEX_END = /annex[*_]{0,2}$/i;

/** Every reference of a block resolved, a verdict remembered by the reference's text where it depends on nothing else. */
function resolveAll(resolver: Resolver, blockText: string, refs: Reference[], memo: ReturnType<typeof memoOf>): Resolution[] {
  return refs.map((ref, x) => {
    // A compendium named in the reference ("International Cooperation compendium, VII, 23") is
    // read from its own text alone, like the others; an unnamed one looks at its neighbours, and
    // so does a part B section, at the instrument after it ("part B.IX (resolution 9/3 …)").
    // A list of sessions names the whole list in its messages ("its tenth, eleventh and twelfth
    // sessions were checked"), text outside the reference's own: never remembered either.
    // So does an annex said to contain a Working Group meeting's recommendations (meetingPlacedIn), and
    // a session a meeting named before it was held during (meetingBeforeDuring), and a document said to hold the reference before it (documentBeside), a meeting said to be held in conjunction with the one before it (meetingConjoinedWith), a session whose report is said to hold the instrument before it (sessionReportHolding), and an instrument adopted at a session named before it (claimedBefore).
    if ((ref.kind === 'compendium' && (ref.compendium?.group === undefined || (ref.compendium.part === 'B' && (pointsInto(blockText, ref, refs[x + 1]) || pointedFrom(blockText, refs[x - 1], ref))))) || ref.contentsLine || ref.listSpan || meetingPlacedIn(blockText, ref, refs) || meetingBeforeDuring(blockText, ref, refs) || documentBeside(blockText, ref, refs) || meetingConjoinedWith(blockText, ref, refs) || sessionReportHolding(blockText, ref, refs) || claimedBefore(ref) || heldOutside(ref)) return resolver.resolve(ref, refs);
    // Whether part of the text was left unread can depend on what comes before the reference
    // (a failed rule may have read into it), so it is part of the key.
    const unread = ref.unread ? ref.unread.map((u) => `${u.side}${u.pairs?.what ?? ''}${u.start - ref.span.start}-${u.end - ref.span.start}`).join(',') : '';
    // "its eighth" is the International Cooperation group's meeting after that group's name and
    // the Technical Assistance group's after the other's (attribution.ts): the group is part of the key.
    // A subsidiary body's name comes from the paragraph ("the Working Group at its tenth meeting"
    // after "the Working Group on Firearms"): part of the key too.
    // What the words after "the report of the Secretariat" say of which report it is may stand outside its span: part of the key.
    const rep = ref.report;
    // Its full date is checked where it stands, which may be outside the span: its place is part of the key too.
    const dated = rep?.date ? `${rep.date.year}-${rep.date.month}-${rep.date.day}@${rep.date.span.start - ref.span.start}-${rep.date.span.end - ref.span.start}` : '';
    const said = rep && (rep.on || rep.symbol || rep.session !== undefined || rep.year || rep.date) ? `report\u0001${rep.symbol ?? ''}\u0001${(rep.on ?? []).map((m) => `${m.kind} ${m.symbol}`).join(',')}\u0001${rep.session ?? ''}\u0001${rep.year ?? ''}\u0001${dated}` : undefined;
    const kind = ref.kind === 'wg' && ref.wg ? `wg${ref.wg.group}` : ref.kind === 'subsidiary' && ref.subsidiary ? `subsidiary\u0001${ref.subsidiary.name}` : (said ?? ref.kind);
    // An unknown body of the draft is said with where the draft names it: part of the key.
    const rest = ref.body === undefined && ref.attribution === undefined && unread === '' ? kind : `${kind}\u0001${ref.body ?? ''}\u0001${ref.attribution?.body ?? ''}\u0001${unread}${ref.attribution?.unknownBody || ref.attribution?.readAsOurs ? `\u0001${ref.attribution.reason}` : ''}`;
    if (ref.span.end - ref.span.start > MEMO_REFERENCE_MAX) return resolver.resolve(ref, refs);
    const written = blockText.slice(ref.span.start, ref.span.end);
    // A bare "annex" is checked with the numeral after it that the grammar did not read ("annex Ⅲ"): part of the key.
    // Whether the session after "adopted at its ninth session in Geneva" was read as a session with
    // its place may depend on what follows the span (where the clause ends): part of the key.
    const keyed = ref.session ? `${rest}\u0005` : rest;
    const key = BARE_ANNEX_END.test(written) ? `${keyed}\u0001${blockText.slice(ref.span.end, ref.span.end + 18)}` : keyed;
    const first = memo.byText.get(written);
    for (let e = first; e !== undefined; e = e.next) if (e.rest === key) return rebase(e.verdict, ref);
    const r = resolver.resolve(ref, refs);
    // A problem said of text outside the reference depends on that text: not remembered by the
    // reference's own (a rule that reads outside it and is not listed above stays right).
    if (saysOutside(r)) return r;
    if (memo.size >= MEMO_MAX) {
      memo.byText.clear();
      memo.size = 0;
    }
    memo.byText.set(written, { rest: key, verdict: r, next: memo.size === 0 ? undefined : first });
    memo.size++;
    return r;
  });
}

/**
 * How an analysis was made from the previous version's: its first `kept` blocks are the previous
 * analysis's, the next `read` blocks were read again, and the rest are the previous analysis's
 * blocks from `movedFrom` on, moved by the edit. Consumers that convert blocks (diagnostics in
 * editor types) convert only the `read` ones again.
 */
export interface BlockEdit {
  /** The previous analysis's `serial` (a number, so that versions do not hold on to each other). */
  from: number;
  kept: number;
  read: number;
  movedFrom: number;
}

let serials = 0;

export class Analysis {
  private all: Resolution[] | undefined;
  /** Tells analyses apart (in `BlockEdit.from`). */
  readonly serial = ++serials;

  constructor(
    readonly text: DraftText,
    readonly blocks: AnalysedBlock[],
    readonly index: DatasetIndex,
    /** The body whose document the draft is, when it names one. */
    readonly draft?: DraftBody,
    readonly options: AnalysisOptions = {},
    readonly edit?: BlockEdit,
    /** The draft's outline and its key, when a block cites the draft itself (`withOutline`). */
    readonly outline?: { value: DraftOutline; key: string },
  ) {}

  /** Every resolution with absolute spans (materialised once, on demand). */
  get resolutions(): Resolution[] {
    if (!this.all) {
      const out: Resolution[] = [];
      for (const b of this.blocks) for (const r of b.local) out.push(shiftResolution(r, b.start));
      this.all = out;
    }
    return this.all;
  }

  /** The resolutions of the block that contains `offset` (or ends at it), absolute. */
  resolutionsAt(offset: number): Resolution[] {
    const b = this.blockAt(offset);
    return b ? b.local.map((r) => shiftResolution(r, b.start)) : [];
  }

  /** The resolutions of every block that meets `start`..`end` (a selection across paragraphs), absolute. */
  resolutionsIn(start: number, end: number): Resolution[] {
    // The first block that ends at or after `start`, then on while blocks start by `end`.
    let lo = 0;
    let hi = this.blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.blocks[mid].end < start) lo = mid + 1;
      else hi = mid;
    }
    const out: Resolution[] = [];
    for (let i = lo; i < this.blocks.length && this.blocks[i].start <= end; i++) {
      const b = this.blocks[i];
      for (const r of b.local) out.push(shiftResolution(r, b.start));
    }
    return out;
  }

  private blockAt(offset: number): AnalysedBlock | undefined {
    let lo = 0;
    let hi = this.blocks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const b = this.blocks[mid];
      if (offset < b.start) hi = mid - 1;
      else if (offset > b.end) lo = mid + 1;
      else return b;
    }
    return undefined;
  }
}

export function analyzeText(index: DatasetIndex, text: string, cache?: BlockCache, opts: AnalysisOptions = {}): Analysis {
  const draft = draftContext(text, opts);
  const { blocks, outline } = withOutline(text, blocksOf(text).map((b) => analyzeBlock(index, text, b.start, b.end, cache, draft)));
  return new Analysis(text, blocks, index, draft, opts, undefined, outline);
}

/**
 * The blocks of `text` analysed one after the other, each exactly as `analyzeText` analyses it,
 * for a reader that needs each block once and keeps nothing of it (`resref check`): holding a
 * whole large draft's verdicts until the end was a third of a check's time (the garbage
 * collector moving them) and most of its memory.
 */
export function* analysedBlocks(index: DatasetIndex, text: string, opts: AnalysisOptions = {}): Generator<AnalysedBlock> {
  const draft = draftContext(text, opts);
  const spans = blocksOf(text);
  // The outline needs every block's line heads before the first block that cites the draft is
  // given out; read then, once, and given to the blocks after it.
  let heads: LineHead[][] | undefined;
  let outline: DraftOutline | undefined;
  let place = DRAFT_START;
  for (let i = 0; i < spans.length; i++) {
    const block = analyzeBlock(index, text, spans[i].start, spans[i].end, undefined, draft, heads?.[i]);
    if (block.citesSelf && !outline) {
      heads = spans.map((s, x) => (x === i ? block.heads : lineHeadsOf(text.slice(s.start, s.end))));
      outline = foldOutline(heads);
    }
    yield outline && block.citesSelf ? applyOutline(text, block, outline, place) : block;
    place = placeAfter(place, block.heads);
  }
}

/**
 * The analysis of `text` given the analysis of the previous version: blocks before the edit are
 * kept, blocks after it are moved, and only the blocks the edit touched are read again.
 */
export interface EditHint {
  /** Offset of the edit in the previous text. */
  start: number;
  /** End of the replaced range in the previous text. */
  endOld: number;
}

export function updateAnalysis(prev: Analysis, text: DraftText, cache?: BlockCache, hint?: EditHint): Analysis {
  if (!hint && prev.text === text) return prev;
  const index = prev.index;
  // An edit that changes whose document the draft is (its opening line, its front matter)
  // changes the verdicts of every block.
  const draft = draftContext(text, prev.options);
  if (draftKey(draft) !== draftKey(prev.draft)) return analyzeText(index, text.toString(), cache, prev.options);
  let p: number;
  let changeEndOld: number;
  if (hint) {
    // The editor said where it edited (incremental sync): no need to compare the texts.
    p = hint.start;
    changeEndOld = hint.endOld;
  } else {
    // Without a hint, compare the texts (whole strings: made once per version, if ever).
    const old = prev.text.toString();
    const now = text.toString();
    p = 0;
    const max = Math.min(old.length, now.length);
    while (p < max && old.charCodeAt(p) === now.charCodeAt(p)) p++;
    let s = 0;
    while (s < max - p && old.charCodeAt(old.length - 1 - s) === now.charCodeAt(now.length - 1 - s)) s++;
    changeEndOld = old.length - s;
  }
  const delta = text.length - prev.text.length;
  // A block survives when neither it nor the blank lines that separate it from its neighbour
  // on the edit's side were touched: deleting part of a separator merges two blocks, and a
  // reference can then read across the old boundary ("General Assembly resolution 55/25
  // resolution 8/1": the second is the Assembly's too).
  const blocks = prev.blocks;
  let nBefore = 0;
  while (nBefore + 1 < blocks.length && blocks[nBefore + 1].start < p) nBefore++;
  let firstAfter = blocks.length;
  while (firstAfter - 1 >= 1 && blocks[firstAfter - 2].end > changeEndOld) firstAfter--;
  // Contents lists after the edit depend on the heading above them, which the edit may have
  // changed: every one within reach is read again, with the blocks between (not only those right after).
  let lastContents = firstAfter;
  for (let x = firstAfter; x < blocks.length && blocks[x].start - changeEndOld < CONTENTS_LOOKBACK; x++) {
    if (hasContentsLines(prev.text.slice(blocks[x].start, blocks[x].end))) lastContents = x + 1;
  }
  firstAfter = lastContents;
  const before = blocks.slice(0, nBefore);
  const after = blocks.slice(firstAfter);
  const from = before.length ? before[before.length - 1].end : 0;
  const toNew = after.length ? after[0].start + delta : text.length;
  const middle: AnalysedBlock[] = [];
  for (const b of blocksOf(text.slice(from, toNew))) middle.push(analyzeBlock(index, text, from + b.start, from + b.end, cache, draft));
  const moved = after.map((b) => ({ start: b.start + delta, end: b.end + delta, local: b.local, hasProblems: b.hasProblems, heads: b.heads, citesSelf: b.citesSelf }));
  const all = [...before, ...middle, ...moved];
  if (!all.some((b) => b.citesSelf)) return new Analysis(text, all, index, draft, prev.options, { from: prev.serial, kept: before.length, read: middle.length, movedFrom: firstAfter });
  // A draft that cites its own paragraphs: an edit that changes its outline (a paragraph number,
  // an annex heading) changes the verdicts of blocks it did not touch, which are read again
  // (from the block cache) and converted again.
  // Typing inside a paragraph leaves its line heads as they were: the outline is then the previous one.
  let outline = prev.outline;
  if (!outline || !sameHeads(blocks.slice(nBefore, firstAfter), middle)) {
    const value = foldOutline(all.map((b) => b.heads));
    outline = { value, key: outlineKey(value) };
    const untouched = [...before, ...moved];
    // "Paragraph 3 above" after the edit stands under other line heads even when the outline is the same.
    if ((outline.key !== prev.outline?.key && untouched.some((b) => b.citesSelf)) || moved.some(citesInternal)) return analyzeText(index, text.toString(), cache, prev.options);
  }
  const read = middle.some((b) => b.citesSelf) ? applyOutlineFrom(text, middle, outline.value, placeOf(before)) : middle;
  return new Analysis(text, [...before, ...read, ...moved], index, draft, prev.options, { from: prev.serial, kept: before.length, read: middle.length, movedFrom: firstAfter }, outline);
}
