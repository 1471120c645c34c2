// Completion, context-aware: instruments after "resolution ", annexes/paragraph/PP after an
// instrument and ", ", the items of an annex after "annex I, (", paragraphs after
// "paragraph ", the adoption date and title after "of ", and fuzzy search after "@".
// Each item replaces exactly the partly written component.
//
// Never type for the drafter: a list that opens by itself (a trigger character) is offered only
// where a locator is expected — after "annex", "paragraph(s)", "PP", "(" after an annex or a
// paragraph word, "of" after an instrument with a known date — and on "@" (an explicit search).
// Everything else (instruments after "resolution ", ", annex …" after an instrument, the title
// after a date) waits for an explicit request (Ctrl+Space). Punctuation that ends a clause never
// opens a list, and no item carries commit characters.

import { scanParsedOnly } from '../grammar/parser';
import { readBlock } from './analyze';
import type { DraftText } from './chunkedText';
import type { Reference, Span } from '../grammar/reference';
import { annexOf, findPath, type DatasetIndex } from '../index/datasetIndex';
import { sourceNames } from '../index/sourceNames';
import { annexLabel, ordinal } from '../model/naming';
import { formatIsoDate, truncateWords } from '../model/text';
import type { Instrument, Part } from '../model/types';
import { capitalize, partMarkdown, structureSummary, type DescribeOptions } from './describe';
import { searchParts } from './search';
import { cite } from './citationStyle';
import { sessionCompletions } from './sessionCompletion';

export type CompletionKind = 'instrument' | 'annex' | 'paragraph' | 'keyword' | 'date' | 'title' | 'search';

export interface CompletionCandidate {
  label: string;
  kind: CompletionKind;
  detail?: string;
  documentation?: string;
  insertText: string;
  /** The text this item replaces. */
  replace: Span;
  sortText?: string;
  filterText?: string;
  /** Ask the editor for completions again after inserting (e.g. after "annex I, "). */
  retrigger?: boolean;
  /** Shown on every row right after the label: the title or the first words of the text. */
  labelDetail?: string;
  /** Shown on every row at its right: the session, the date, the annex. */
  labelDescription?: string;
  /** The list changes as more is typed: the editor should ask again (the "@" search). */
  incomplete?: boolean;
}

/** Announces "@" search in a list asked for explicitly, and stands in for results until two letters are typed. */
const SEARCH_HINT: Omit<CompletionCandidate, 'replace' | 'insertText'> = {
  label: '@ search every paragraph by its words',
  kind: 'keyword',
  detail: 'Type “@” then words of a paragraph, e.g. “@electronic evidence”: the list shows the paragraphs that match and inserts the citation',
  labelDescription: 'type @ and words',
  sortText: 'zzzz',
  incomplete: true,
};

/** Why completion was asked for: explicitly (Ctrl+Space, or as-you-type) or by a trigger character. */
export type CompletionTrigger = { kind: 'invoked' } | { kind: 'character'; character: string } | { kind: 'incomplete' };

/** After the cursor, where a list may open by itself: the line's end, or closing punctuation, after spaces if any. */
const AUTO_OPENS_BEFORE = /^[ \t\u00a0]*(?:$|[\r\n)\],.;:!?”’"'»])/;
/** How far after the cursor that is looked at (a run of spaces longer than this is taken as the line's end). */
const AUTO_LOOK_AHEAD = 40;

/** The characters on which an editor asks for completions by itself; never "," ";" "." or "/". */
export const TRIGGER_CHARACTERS = [' ', '(', '@'];

// Closers an editor may have inserted after an opener the drafter typed ("(" → "()").
const CLOSERS: Record<string, string> = { '(': ')', '[': ']', '"': '"', '“': '”', '‘': '’' };

/**
 * When the replaced text starts with an opener whose closer follows the cursor (auto-closed by
 * the editor), the item replaces the closer too: choosing "(j)" after "(" must give "(j)", not
 * "(j))", and choosing "1" there "1", not "1)". An item that writes the opener again and not
 * its closer leaves it.
 */
function coverAutoClosed(c: CompletionCandidate, text: Pick<DraftText, 'slice'>, offset: number): CompletionCandidate {
  if (c.replace.end !== offset || c.replace.start >= offset) return c;
  const opener = text.slice(c.replace.start, c.replace.start + 1);
  const closer = CLOSERS[opener];
  if (!closer || (!c.insertText.endsWith(closer) && c.insertText.startsWith(opener))) return c;
  if (text.slice(offset, offset + 1) !== closer) return c;
  // Only when the drafter has not closed it already: "(j|)" then ")" is the editor's.
  if (text.slice(c.replace.start, offset).includes(closer)) return c;
  return { ...c, replace: { start: c.replace.start, end: offset + 1 } };
}

/** What may follow the cursor inside a symbol, a label or an annex numeral being completed ("8/|1", "1|3"). */
const TOKEN_TAIL = /^[0-9A-Za-z/]+/;
/** The longest symbol or label a completion replaces whole ("12/345", "(viii)"). */
const TOKEN_TAIL_MAX = 12;
const COMPLETES_TOKEN = new Set<CompletionKind>(['instrument', 'paragraph', 'annex']);

/**
 * Completion asked for inside a symbol ("resolution 8/|1"): the item replaces the whole symbol,
 * not only what stands before the cursor ("5/6" chosen there gave "5/61").
 */
function coverTokenTail(c: CompletionCandidate, text: Pick<DraftText, 'slice'>, offset: number): CompletionCandidate {
  if (c.replace.end !== offset || !COMPLETES_TOKEN.has(c.kind)) return c;
  let tail = TOKEN_TAIL.exec(text.slice(offset, offset + TOKEN_TAIL_MAX + 1));
  if (!tail) return c;
  // A run longer than any symbol or label ("8/|1abcdefghijklmnop", "8/|1/CTOC/COP/WG") is more than
  // the token: only its figures are the item's, never half a word.
  if (tail[0].length > TOKEN_TAIL_MAX) tail = /^[0-9]+/.exec(tail[0]);
  if (!tail) return c;
  // Only inside the symbol or label: its tail starts with a figure or the slash, or the cursor stands
  // in a word ("annex I|I"). A word after a space is the next word ("resolution |of 21 October").
  const before = text.slice(Math.max(0, offset - 1), offset);
  // "annex |II, (h)": the numeral after "annex " is the one being chosen, with the ", " the item brings.
  const numeral = c.kind === 'annex' && /^[IVXLC]+$/.test(tail[0]) && before === ' ';
  const inside = /^[0-9/]/.test(tail[0]) || /[0-9A-Za-z/(]/.test(before) || numeral;
  if (!inside) return c;
  let end = offset + tail[0].length;
  const next = text.slice(end, end + 2);
  // "(|h)" then "(a)": the label's closing parenthesis is the item's own ("(a))" otherwise).
  if (c.insertText.endsWith(')') && next.startsWith(')')) end++;
  // "annex |II, (h)" then "annex I, ": the comma after the numeral is the item's too.
  else if (c.insertText.endsWith(', ') && next === ', ') end += 2;
  return { ...c, replace: { start: c.replace.start, end } };
}

/**
 * Completion asked for in the middle of a word ("Cooperatio|n", "Octo|ber 2016"): the item
 * replaces the rest of that word too, and a date the rest of the date written, never leaving
 * half a word after what was chosen ("Cooperation n", "21 October 2016ber 2016").
 */
function coverWordTail(c: CompletionCandidate, text: Pick<DraftText, 'slice'>, offset: number): CompletionCandidate {
  if (c.replace.end !== offset || !/[A-Za-z]$/.test(text.slice(Math.max(0, offset - 1), offset))) return c;
  const after = text.slice(offset, offset + 40);
  const word = /^[A-Za-z]+/.exec(after);
  if (!word) return c;
  let end = offset + word[0].length;
  if (c.kind === 'date' && /\d{4}$/.test(c.insertText)) {
    const year = /^[ \u00a0]+\d{4}\b/.exec(after.slice(word[0].length));
    if (year) end += year[0].length;
  }
  // "on International Cooperation " before ", held": the space the item brings would stand before the comma.
  const insertText = /\s$/.test(c.insertText) && !/^[A-Za-z0-9]/.test(text.slice(end, end + 1)) ? c.insertText.trimEnd() : c.insertText;
  return { ...c, insertText, replace: { start: c.replace.start, end } };
}

function firstWords(text: string, max = 60): string {
  return truncateWords(text.replace(/\s+/g, ' ').trim(), max);
}

function flatten(parts: Part[]): Part[] {
  const out: Part[] = [];
  const walk = (ps: Part[]): void => {
    for (const p of ps) {
      out.push(p);
      walk(p.children);
    }
  };
  walk(parts);
  return out;
}

function labelOf(path: string[]): string {
  return path.map((x) => (/^\d+$/.test(x) ? x : `(${x})`)).join(' ');
}

/**
 * Completions at `offset`, from the line before it (at most 400 characters of it). A list asked
 * for by a trigger character is offered only where a locator is expected (see the header).
 */
export function completionsAt(index: DatasetIndex, text: Pick<DraftText, 'slice'>, offset: number, opts: DescribeOptions = {}, trigger: CompletionTrigger = { kind: 'invoked' }): CompletionCandidate[] {
  // A list that opens by itself in front of what is written ("paragraph |13", "annex I, |(j)",
  // a space typed before a number) would put its first item over it at the next Enter or Tab
  // in an editor that accepts so: none opens there. Closing punctuation (an auto-closed ")")
  // and the line's end are no written text.
  // Spaces before written text are no end either ("paragraph | 13", "annex | II, 1 (h)" with two
  // spaces typed: the first item took " 13" and wrote "1", "annex  II, " and wrote "annex I").
  if (trigger.kind === 'character' && !AUTO_OPENS_BEFORE.test(text.slice(offset, offset + AUTO_LOOK_AHEAD))) return [];
  const found = candidatesAt(index, text, offset, opts, trigger.kind === 'character')
    .map((c) => (c.label === SEARCH_HINT.label ? c : coverWritten(coverWordTail(coverTokenTail(coverAutoClosed(c, text, offset), text, offset), text, offset), text, offset)))
    .filter((c) => !writesBeforeWritten(c, text, offset))
    // A list that opened by itself replaces nothing written after the cursor, whatever an item's
    // range says: only spaces and an auto-closed closer.
    .filter((c) => trigger.kind !== 'character' || !/[^\s)\]”’"']/.test(text.slice(offset, c.replace.end)))
    .map((c) => (c.label === SEARCH_HINT.label ? c : apartFromNext(c, text)));
  // Asked for explicitly where nothing fits: say that "@" searches by words.
  // Not in the middle of a word: editors also ask as-you-type there (plain text), indistinguishably.
  const before = text.slice(Math.max(0, offset - 1), offset);
  if (found.length === 0 && trigger.kind === 'invoked' && (before === '' || /\s/.test(before))) return [{ ...SEARCH_HINT, replace: { start: offset, end: offset }, insertText: '@', filterText: '@', retrigger: true }];
  return found;
}

/** Words as written: runs between spaces that hold a letter or a figure ("8/1" is one). */
const wordsIn = (t: string): number => t.split(/[\s\u00a0]+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * Whether the item would write a phrase in front of words already written after it, leaving
 * both: the group's name before the written one ("Working Group o|n International Cooperation"
 * and "on Technical Assistance"), a session's dates before written ones, a title before a
 * written title. An item that writes no more words than it replaces ("eighth| session" then
 * "ninth session") replaces them.
 */
function writesBeforeWritten(c: CompletionCandidate, text: Pick<DraftText, 'slice'>, offset: number): boolean {
  const after = text.slice(c.replace.end, c.replace.end + 40);
  if (c.kind === 'title' && /^[ \u00a0]*,?[ \u00a0]*(?:entitled\b|[“"‘])/.test(after)) return true;
  // Only a word being typed is taken over by a phrase: after a space, the phrase goes in before
  // what follows ("resolution 8/1 of | and resolution 9/3" takes the date).
  if (!/\p{L}$/u.test(text.slice(Math.max(0, offset - 1), offset))) return false;
  if (!/^[ \u00a0]*[\p{L}\p{N}“"‘(]/u.test(after)) return false;
  return wordsIn(c.insertText) > Math.max(1, wordsIn(text.slice(c.replace.start, c.replace.end)));
}

/** An item that ends in a word, before a written word: a space between them ("resolution |of 21 October" gave "5/6of"). */
function apartFromNext(c: CompletionCandidate, text: Pick<DraftText, 'slice'>): CompletionCandidate {
  const next = text.slice(c.replace.end, c.replace.end + 1);
  // "annex I, " before a space already written: one space, not two.
  if (/^[ \u00a0]$/.test(next) && / $/.test(c.insertText)) return { ...c, insertText: c.insertText.trimEnd() };
  if (!/^[\p{L}\p{N}]/u.test(next) || !/[\p{L}\p{N})”]$/u.test(c.insertText)) return c;
  return { ...c, insertText: `${c.insertText} ` };
}

/** A date written where a date item goes ("of 2|1 October 2016", "of |21 October 2016"). */
const WRITTEN_DATE = /^\d{1,2}[ \u00a0]+[A-Za-z]+\.?[ \u00a0]+\d{4}(?![0-9])/;
/** An annex named after the cursor ("|annex I, (a)"), with the comma an annex item brings. */
const WRITTEN_ANNEX = /^annex(?:[ \u00a0]+[IVXLC]+\b)?(?:, )?/i;
/** A label written after the cursor ("para.| 13", "annex I, |(a)"). */
const WRITTEN_LABEL = /^[ \u00a0]*(?:\d{1,3}|\([a-z]{1,3}\)|\([ivx]{1,5}\))(?![0-9A-Za-z])/;

/**
 * What the item writes that is already written after the cursor is replaced, not written twice:
 * the rest of its words ("eighth| session" then "ninth session"; "Technical| Assistance" then
 * "on Technical Assistance"), the annex or keyword it opens with ("|paragraph 40" then
 * "paragraph"; "an|nex I, (j)" then "annex II, "), the date around the cursor ("2|1 October
 * 2016"), a label after a locator word ("para.| 13", "annex I, |(a)"). A paragraph's number
 * typed tight against its word ("paragraph|") gets the space between them.
 */
function coverWritten(c: CompletionCandidate, text: Pick<DraftText, 'slice'>, offset: number): CompletionCandidate {
  const start = c.replace.start;
  let end = c.replace.end;
  let insertText = c.insertText;
  const after = (): string => text.slice(end, end + 120);
  // "COP|8" then "COP9": the figures after the cursor are the item's.
  if (/\d$/.test(insertText) && end === offset && /[A-Za-z0-9]$/.test(text.slice(Math.max(0, offset - 1), offset))) {
    const figures = /^\d+/.exec(after());
    if (figures) end += figures[0].length;
  }
  if (c.kind === 'date' || c.kind === 'title') {
    const date = WRITTEN_DATE.exec(text.slice(start, start + 40));
    if (date && start + date[0].length > end && /^\d/.test(insertText)) end = start + date[0].length;
  }
  if (c.kind === 'annex' || (c.kind === 'keyword' && /^(?:paragraph|PP) ?$/.test(insertText))) {
    // The word the item opens with, written after the cursor or around it: read from where it starts.
    const written = text.slice(start, start + 40);
    const opening = (from: number): RegExpExecArray | null => (c.kind === 'annex' ? WRITTEN_ANNEX : new RegExp(`^${insertText.trim()}[ \\u00a0]*`, 'i')).exec(text.slice(from, from + 40));
    const word = opening(start);
    if (word && start + word[0].length > end) end = start + word[0].length;
    // Or after the word the item replaces: "resolution 8/1, i|n paragraph 25" then "paragraph" is
    // "paragraph 25", not "paragraph paragraph 25" (found in an explicit completion inside a word).
    else if (!word && end > start) {
      const gap = /^[ \u00a0]*/.exec(after())![0];
      const next = gap.length > 0 ? opening(end + gap.length) : null;
      if (next) end += gap.length + next[0].length;
    }
  }
  if (c.kind === 'paragraph' && start === end && end === offset) {
    const label = WRITTEN_LABEL.exec(after());
    if (label) {
      end += label[0].length;
      // "annex I,| (a)": the space the label had stays before the item.
      insertText = /^[ \u00a0]*/.exec(label[0])![0] + insertText;
    }
  }
  if (c.kind === 'paragraph' && /[A-Za-z.]/.test(text.slice(Math.max(0, start - 1), start)) && /^[0-9(]/.test(insertText)) insertText = ` ${insertText}`;
  // The item's later words already there: "ninth session" over "eighth| session".
  const ins = insertText.trimEnd();
  for (let p = ins.indexOf(' ') + 1; p > 0 && p < ins.length; p = ins.indexOf(' ', p) + 1) {
    const rest = ins.slice(p);
    if (!/^[A-Za-z0-9(]/.test(rest)) continue;
    const m = /^[ \u00a0]*/.exec(after())!;
    const from = end + m[0].length;
    if (text.slice(from, from + rest.length).toLowerCase() === rest.toLowerCase() && !/^[A-Za-z0-9]/.test(text.slice(from + rest.length, from + rest.length + 1))) {
      end = from + rest.length;
      if (insertText !== ins && !/^[A-Za-z0-9]/.test(text.slice(end, end + 1))) insertText = ins;
      break;
    }
  }
  if (end === c.replace.end && insertText === c.insertText) return c;
  return { ...c, insertText, replace: { start, end } };
}

function candidatesAt(index: DatasetIndex, text: Pick<DraftText, 'slice'>, offset: number, opts: DescribeOptions, auto: boolean): CompletionCandidate[] {
  const from = Math.max(0, offset - 400);
  const near = text.slice(from, offset);
  // A line ends at "\r" alone too, as the server counts lines: an item must not reach across one.
  const lineStart = from + Math.max(near.lastIndexOf('\n'), near.lastIndexOf('\r')) + 1;
  const prefix = text.slice(lineStart, offset);

  // "@electronic evidence": fuzzy search, inserting the canonical citation.
  // "@" then up to 40 characters of words: longer queries are not searches any more.
  // The list stays "incomplete" so the editor asks again as words are typed (several words too).
  const at = /(?:^|[\s(“"‘])@((?:[A-Za-z][^@\n]{0,38})?)$/.exec(prefix);
  if (at) {
    const replace = { start: offset - at[1].length - 1, end: offset };
    if (at[1].trim().length < 2) return [{ ...SEARCH_HINT, replace, insertText: `@${at[1]}`, filterText: `@${at[1]}` }];
    return searchParts(index, at[1], 30).map((h, i) => ({
      incomplete: true,
      label: h.part.citation,
      kind: 'search' as const,
      detail: truncateWords(h.part.text, 90),
      labelDetail: ` ${firstWords(h.part.text, 50)}`,
      documentation: partMarkdown(index, h.part, opts),
      insertText: cite(index, h.part),
      replace,
      sortText: String(i).padStart(4, '0'),
      filterText: `@${at[1]}`,
    }));
  }

  // Sessions and Working Group meetings (sessionCompletion.ts).
  // A session or a meeting is no locator: its list waits for an explicit request (one opened by
  // the space after "at its ninth session" put its dates in at the Enter that ended the line).
  const sessions = auto ? undefined : sessionCompletions(index, prefix, offset, opts);
  if (sessions) return sessions;

  // "resolution 8/" or "decisions " → instruments of that kind.
  // Any case: "RESOLUTION 8/1, ANNEX III" is read and checked, so it is completed too.
  const kindM = /\b(resolutions\s+(?:\d{1,2}\/\d{1,4}(?:,\s*|\s+and\s+))*|decisions\s+(?:\d{1,2}\/\d{1,4}(?:,\s*|\s+and\s+))*|resolution\s+|decision\s+)(\d{0,2}\/?\d{0,4})$/i.exec(prefix);
  if (kindM && !/\b(?:General Assembly|Assembly|Council)\s+$/i.test(prefix.slice(0, kindM.index))) {
    // An instrument number is not a locator: its list waits for an explicit request.
    if (auto) return [];
    const kind = kindM[1].toLowerCase().startsWith('res') ? 'resolution' : 'decision';
    const replace = { start: offset - kindM[2].length, end: offset };
    const ofKind = index.data.instruments.filter((i) => i.kind === kind);
    // "paragraph 13 of resolution |", "annex II to resolution |": the instruments that have what
    // is written before them, each read with it as the checker reads it. Where none has it, all
    // are offered, each saying what the checker would say of it.
    const before = prefix.slice(0, prefix.length - kindM[2].length);
    const plural = /^[rd]\w+s\b/i.test(kindM[1]);
    const saying = new Map(ofKind.map((i) => [i, locatorProblem(index, before, i, plural)]));
    const having = ofKind.filter((i) => saying.get(i) === undefined);
    return (having.length > 0 ? having : ofKind)
      .map((i) => ({
        label: i.symbol,
        kind: 'instrument' as const,
        detail: saying.get(i) ?? i.title,
        labelDetail: ` ${firstWords(i.title, 60)}`,
        labelDescription: `${ordinal(i.session)} session${i.adoption ? `, ${i.adoption.iso.slice(0, 4)}` : ''}`,
        documentation: `${capitalize(i.kind)} ${i.symbol}${i.adoption ? ` of ${formatIsoDate(i.adoption.iso)}` : ''}\n\n${structureSummary(i)}`,
        insertText: i.symbol,
        replace,
        sortText: `${String(i.session).padStart(2, '0')}${String(i.number).padStart(2, '0')}`,
      }));
  }

  // After a complete instrument reference: find the reference that ends right before the cursor.
  // The references as parsed, without the unread material a reference may be widened over:
  // the cursor sits right after what was parsed ("resolution 5/8, paragraph |").
  const refs = scanParsedOnly(prefix);
  // "the report of the Secretariat, paragraph " → the report's paragraphs (nothing was offered).
  const report = refs[refs.length - 1];
  const rep = report?.kind === 'report' ? index.data.reports[0] : undefined;
  const reportParaM = rep ? /^\s*,\s*(?:paragraphs?|paras?\.)\s*(\d*)$/.exec(prefix.slice(report.span.end)) : null;
  if (rep && reportParaM) {
    const replace = { start: offset - reportParaM[1].length, end: offset };
    return flatten(rep.paragraphs).map((p, i) => paragraphItem(index, p, replace, i, opts));
  }
  const ref = [...refs].reverse().find((r) => r.kind === 'cop' && r.instruments.length === 1);
  if (!ref) return [];
  const m = ref.instruments[0];
  const inst = index.instrument(m.kind, m.symbol) ?? index.instrumentsWithSymbol(m.symbol)[0];
  if (!inst) return [];
  const tail = prefix.slice(ref.span.end);
  const abs = (n: number): number => lineStart + n;
  const lastItem = ref.items[ref.items.length - 1];
  const annexKey = lastItem?.annex?.key;

  // "resolution 8/1 of " → the adoption date, then ", entitled “…”".
  // Only a date begun there ("of ", "of 21 Oct"): "of the Conference of States " is no date.
  const ofM = /^\s+of\s+((?:\d{1,2}(?:\s+[A-Za-z]*(?:\s+\d{0,4})?)?)?)$/.exec(tail);
  if (ofM && ref.items.length === 0) {
    const replace = { start: offset - ofM[1].length, end: offset };
    if (!inst.adoption) return [];
    const date = formatIsoDate(inst.adoption.iso);
    const stated = sourceNames(index).where(inst.adoption.foundAt);
    const dateItem: CompletionCandidate = { label: date, kind: 'date', detail: `adoption date of ${inst.kind} ${inst.symbol}`, labelDescription: `adoption date of ${inst.kind} ${inst.symbol}`, insertText: date, replace, documentation: `Stated in ${stated}` };
    // Opened by itself after "of ", the list offers the date only: the longer "date, entitled …"
    // would still match once the drafter has typed the date and a comma, and stay open there.
    if (auto) return [dateItem];
    return [
      { label: date, kind: 'date', detail: `adoption date of ${inst.kind} ${inst.symbol}`, labelDescription: `adoption date of ${inst.kind} ${inst.symbol}`, insertText: date, replace, documentation: `Stated in ${stated}` },
      { label: `${date}, entitled “${inst.title}”`, kind: 'title', detail: 'date and title', labelDescription: 'date and title', insertText: `${date}, entitled “${inst.title}”`, replace },
    ];
  }
  // "…, entitled “": the title, with the closing quote (replacing one an editor added). The item
  // "…, entitled “…”" was offered there too, and typed a second title.
  const typedTitle = /\b(?:entitled|titled)\s*([“"])([^”"\n]{0,300})$/.exec(prefix.slice(ref.span.start));
  if (typedTitle) {
    // Only before any of it is typed: editors ask as-you-type while the title is typed (plain
    // text), and a list kept open by a matching title stayed open when the clause ended.
    if (auto || ref.items.length > 0 || typedTitle[2].trim() !== '') return [];
    const close = typedTitle[1] === '“' ? '”' : '"';
    const start = offset - typedTitle[2].length;
    const end = text.slice(offset, offset + 1) === close ? offset + 1 : offset;
    return [{ label: inst.title, kind: 'title', detail: `title of ${inst.kind} ${inst.symbol}`, insertText: `${inst.title}${close}`, replace: { start, end }, filterText: inst.title }];
  }
  // After the date, the title is offered on request only: "," there ends a clause as often as not.
  const titleM = /^(,?\s*(?:e[a-z]*)?)$/.exec(tail);
  if (titleM && m.date && ref.items.length === 0 && !ref.title && !/\b(?:entitled|titled)\b/i.test(prefix.slice(ref.span.start))) {
    if (auto) return [];
    const replace = { start: offset - titleM[1].length, end: offset };
    return [{ label: `, entitled “${inst.title}”`, kind: 'title', detail: `title of ${inst.kind} ${inst.symbol}`, insertText: `, entitled “${inst.title}”`, replace, filterText: titleM[1] }];
  }

  // ", annex I, (" or ", annex I, " → the items of that annex.
  const itemM = /^\s*,\s*(\(?[a-z0-9]*\)?)$/.exec(tail);
  if (itemM && annexKey !== undefined && lastItem.path.length === 0) {
    const a = annexOf(inst, annexKey);
    if (!a) return [];
    const replace = { start: offset - itemM[1].length, end: offset };
    return flatten(a.items).map((p, i) => paragraphItem(index, p, replace, i, opts));
  }
  // ", annex I, paragraph (" (the grammar reads no annex there until an item follows it) → that annex's items.
  // ", annex, paragraph " too: the single annex without a numeral ("resolution 8/4, annex, paragraph 2").
  const annexParaM = /^\s*,\s*annex(?:\s+([IVXLC]+))?\s*,\s*(?:(?:sub)?paragraphs?\s*|paras?\.\s*)?(\(?[a-z0-9]*\)?)$/i.exec(tail);
  if (annexParaM && ref.items.length === 0) {
    const a = annexOf(inst, (annexParaM[1] ?? '').toUpperCase());
    if (!a) return [];
    const replace = { start: offset - annexParaM[2].length, end: offset };
    return flatten(a.items).map((p, i) => paragraphItem(index, p, replace, i, opts));
  }
  // "…, annex II, 1 (" → the subparagraphs of 1; "…, annex I, (j), (" → the items beside (j).
  const lastPath = lastItem?.path.map((l) => l.value);
  const within = lastItem?.annex?.key !== undefined ? annexOf(inst, lastItem.annex.key)?.items : lastItem && !lastItem.pp ? inst.paragraphs : undefined;
  const childM = /^[ \u00a0]+(\([a-z]{0,3}\)?)$/.exec(tail);
  if (childM && within && lastPath && lastPath.length > 0 && !lastItem.to) {
    const part = findPath(within, lastPath);
    if (part && part.children.length > 0) {
      const replace = { start: offset - childM[1].length, end: offset };
      return part.children.map((p, i) => ownLabelItem(paragraphItem(index, p, replace, i, opts), p));
    }
  }
  const siblingM = /^\s*,\s*(?:and\s+)?(\([a-z0-9]{0,3}\)?)$/.exec(tail);
  if (siblingM && within && lastPath && lastPath.length > 0) {
    // A "(" typed asks for a lettered item, never a number.
    const parent = (lastPath.length > 1 ? findPath(within, lastPath.slice(0, -1))?.children : within)?.filter((p) => !/^\d+$/.test(p.num));
    if (parent && parent.length > 0) {
      const replace = { start: offset - siblingM[1].length, end: offset };
      return parent.map((p, i) => ownLabelItem(paragraphItem(index, p, replace, i, opts), p));
    }
  }
  // ", paragraph " / ", para. " / ", subparagraph (" → the paragraphs (of the annex in force).
  const paraM = /^\s*,\s*(?:(?:sub)?paragraphs?|paras?\.)\s*(\(?[a-z0-9]*\)?)$/.exec(tail);
  if (paraM) {
    const list = annexKey !== undefined ? annexOf(inst, annexKey)?.items ?? [] : inst.paragraphs;
    const replace = { start: offset - paraM[1].length, end: offset };
    return flatten(list).map((p, i) => paragraphItem(index, p, replace, i, opts));
  }
  const ppM = /^\s*,\s*(?:PP|preambular paragraphs?)\s*(\d*)$/.exec(tail);
  if (ppM) {
    const replace = { start: offset - ppM[1].length, end: offset };
    return inst.preamble.map((p, i) => ({ ...paragraphItem(index, p, replace, i, opts), label: `PP ${p.num}`, insertText: p.num, filterText: p.num }));
  }
  // "…, annex " (the grammar already read "annex" as the instrument's annex) → the annexes.
  const bareAnnexM = /,\s*(annex\s*)$/.exec(prefix.slice(ref.span.start));
  if (bareAnnexM && lastItem?.path.length === 0 && inst.annexes.some((a) => a.key !== '')) {
    const replace = { start: offset - bareAnnexM[1].length, end: offset };
    return inst.annexes.map((a, i) => annexItem(inst, a.key, a.heading, replace, i));
  }
  const annexM = /^\s*,\s*annex\s*([IVX]*)$/.exec(tail);
  if (annexM) {
    const replace = { start: offset - annexM[0].replace(/^\s*,\s*/, '').length, end: offset };
    return inst.annexes.map((a, i) => annexItem(inst, a.key, a.heading, replace, i));
  }
  // ", " after the instrument → its annexes, "paragraph", "PP".
  const commaM = /^\s*,\s*([A-Za-z]*)$/.exec(tail);
  if (commaM && ref.items.length === 0) {
    if (auto) return [];
    const replace = { start: offset - commaM[1].length, end: offset };
    const out: CompletionCandidate[] = inst.annexes.map((a, i) => annexItem(inst, a.key, a.heading, replace, i));
    if (inst.paragraphs.length) out.push({ label: 'paragraph', kind: 'keyword', detail: `paragraphs ${structureSummary({ ...inst, preamble: [], annexes: [] }).replace(/^paragraphs /, '')}`, insertText: 'paragraph ', replace, sortText: '1', retrigger: true });
    if (inst.preamble.length) out.push({ label: 'PP', kind: 'keyword', detail: `preambular paragraphs PP 1–${inst.preamble.length}`, insertText: 'PP ', replace, sortText: '2', retrigger: true });
    return out;
  }
  void abs;
  return [];
}

/** An item that writes only the part's own label ("(b)" beside "(a)" or under "1"), not its whole path. */
/** Words of a locator that can stand before an instrument ("paragraph 13 of", "annex II to", "the fourth preambular paragraph of"). */
const LOCATOR_BEFORE = /\b(?:paragraphs?|paras?|subparagraphs?|sub-paragraphs?|annex(?:es)?|pp|preambular|recommendations?|item|items)\b/i;

/**
 * What the checker says of a locator written before an instrument ("paragraph 13 of resolution")
 * once `inst` is written after it: its first error about `inst`, or undefined when there is none
 * or no locator is written before the instrument. In a list the locator is said of each
 * instrument only after a plural ("paragraph 13 of resolutions 5/6 and |"); after a repeated
 * singular ("paragraph 13 of resolution 8/1 and its resolution |") it is the first one's, and
 * nothing is filtered.
 */
function locatorProblem(index: DatasetIndex, before: string, inst: Instrument, plural: boolean): string | undefined {
  // Most lines before a kind word hold no locator: no parse for them (an explicit request only, but each costs a read of the line).
  if (!LOCATOR_BEFORE.test(before)) return undefined;
  const text = `${before}${inst.symbol}`;
  const kindAt = before.length - (/\S+\s*$/.exec(before)?.[0].length ?? 0);
  const name = `${inst.kind} ${inst.symbol}`;
  for (const r of readBlock(index, text)) {
    if (r.reference.span.end < text.length || r.reference.span.start >= kindAt) continue;
    if (r.reference.instruments.length > 1 && !plural) return undefined;
    return r.problems.find((p) => p.severity === 'error' && p.message.includes(name))?.message;
  }
  return undefined;
}

function ownLabelItem(c: CompletionCandidate, p: Part): CompletionCandidate {
  const own = /^\d+$/.test(p.num) ? p.num : `(${p.num})`;
  return { ...c, insertText: own, filterText: own };
}

function annexItem(inst: Instrument, key: string, heading: string, replace: Span, i: number): CompletionCandidate {
  return {
    label: annexLabel(key),
    kind: 'annex',
    detail: heading || `${annexLabel(key)} of ${inst.kind} ${inst.symbol}`,
    labelDetail: heading ? ` ${firstWords(heading, 60)}` : undefined,
    labelDescription: `${inst.kind} ${inst.symbol}`,
    insertText: `${annexLabel(key)}, `,
    replace,
    sortText: `0${i}`,
    retrigger: true,
  };
}

function paragraphItem(index: DatasetIndex, p: Part, replace: Span, i: number, opts: DescribeOptions): CompletionCandidate {
  const label = labelOf(p.path);
  return {
    label,
    kind: 'paragraph',
    detail: truncateWords(p.text, 80),
    labelDetail: ` ${firstWords(p.text, 60)}`,
    documentation: partMarkdown(index, p, { ...opts, maxText: 600 }),
    insertText: label,
    replace,
    sortText: String(i).padStart(4, '0'),
    filterText: label,
  };
}

export type { Reference };
