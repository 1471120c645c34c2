// Resolves the thematic indexes to concrete parts, and collects every locator that does not
// resolve or that disagrees with its own row: those are real errors in the sources.

import { annexCitation, annexLabel, formatPath, instrumentName, meetingId, ordinal, thematicIndexName, topicId, workingGroupName } from '../model/naming';
import { parseThematicIndex, type LabelRef, type LocatorTarget, type RawEntry } from '../model/thematicIndex';
import { letterIndex, romanLabelValue, toRoman, truncateWords } from '../model/text';
import type { GroupKey, Instrument, Meeting, ParsedSource, Part, ReportParagraphOf } from '../model/types';
import { annexOf, findPath, type AuditEntry, type DatasetIndex, type Topic, type TopicEntry } from './datasetIndex';

/** How much of a locator a problem quotes (the longest in the indexes is about 60 characters). */
const LOCATOR_QUOTED_MAX = 100;

export type { Topic, TopicEntry } from './datasetIndex';

export interface TopicsBuild {
  topics: Topic[];
  /** Meeting-report paragraphs mapped to compendium parts: "CTOC/COP/WG.3/2015/4|2.h" → ids. */
  symbolParagraphs: Map<string, string[]>;
  /** By meeting id: the paragraphs of its report that the index rows give its recommendations in. */
  meetingParagraphs: Map<string, ReportParagraphOf[]>;
  audit: AuditEntry[];
  meetingSymbols: Map<string, string>;
  instrumentSymbols: Map<string, string>;
}

interface Resolved {
  ids: string[];
  problems: string[];
  /** Where the print was read other than as printed, and how (audit notes of the index). */
  readings: string[];
}

function describePath(ref: LabelRef): string {
  if (ref.pp !== undefined) return `PP ${ref.pp}`;
  const p = formatPath(ref.path);
  return ref.annex !== undefined ? `${annexLabel(ref.annex)}, ${p}` : `paragraph ${p}`;
}

/** "; its paragraphs run from 1 to 19": the level a missing item was looked for in, named by its first and last labels. */
function whatExists(items: Part[], ref: LabelRef): string {
  const level = ref.path.length === 1 ? items : findPath(items, ref.path.slice(0, -1))?.children;
  // "IV.c.i-ix" where (c) is not divided: say so, rather than nothing.
  if (level && level.length === 0 && ref.path.length > 1) return `; ${ref.annex !== undefined ? `${annexLabel(ref.annex)}, ` : 'paragraph '}${formatPath(ref.path.slice(0, -1))} has no items of its own`;
  if (!level || level.length === 0) return '';
  const whose = ref.path.length > 1 ? `${ref.annex !== undefined ? `${annexLabel(ref.annex)}, ` : 'paragraph '}${formatPath(ref.path.slice(0, -1))} has items` : ref.annex !== undefined ? `${annexLabel(ref.annex)} has items` : 'its paragraphs run';
  return `; ${whose} from ${formatPath([level[0].num])} to ${formatPath([level[level.length - 1].num])}`;
}

/** Whether label `b` comes right after `a` in the numbering of one list: 3, 4; (c), (d); (iii), (iv). */
function successive(a: string, b: string): boolean {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return Number(b) === Number(a) + 1;
  const ra = romanLabelValue(a);
  const rb = romanLabelValue(b);
  if (ra !== undefined && rb !== undefined && a.length + b.length > 2 && rb === ra + 1) return true;
  const la = letterIndex(a);
  const lb = letterIndex(b);
  return la !== undefined && lb !== undefined && lb === la + 1;
}

/**
 * Missing items in runs: "VII.26-99" past the end of a list is one run, 26 to 99, reported
 * once with what exists (not one error per missing item). A run is successive labels of one
 * list (same annex, same parent), in the order written.
 */
function runsOf(missing: LabelRef[]): LabelRef[][] {
  const runs: LabelRef[][] = [];
  for (const ref of missing) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    const same =
      last !== undefined &&
      last.pp === undefined &&
      ref.pp === undefined &&
      last.annex === ref.annex &&
      last.path.length === ref.path.length &&
      last.path.slice(0, -1).join('.') === ref.path.slice(0, -1).join('.') &&
      successive(last.path[last.path.length - 1], ref.path[ref.path.length - 1]);
    if (same) run.push(ref);
    else runs.push([ref]);
  }
  return runs;
}

/** "paragraphs 26 to 99", "paragraphs (c) (iv) to (c) (ix)", "annex I, (m) to (z)": a run of missing items. */
function describeRun(run: LabelRef[]): string {
  if (run.length === 1) return describePath(run[0]);
  const first = run[0];
  const last = run[run.length - 1];
  const range = `${formatPath(first.path)} to ${formatPath(last.path)}`;
  return first.annex !== undefined ? `${annexLabel(first.annex)}, ${range}` : `paragraphs ${range}`;
}

/** Resolves label refs inside one instrument; "(h)" after "1 (d)" may mean "1 (h)". */
function resolveInInstrument(inst: Instrument, refs: LabelRef[]): Resolved {
  const ids: string[] = [];
  const problems: string[] = [];
  const readings: string[] = [];
  let prev: string[] | undefined;
  const missing: { ref: LabelRef; items: Part[] }[] = [];
  for (const ref of refs) {
    if (ref.pp !== undefined) {
      const pp = inst.preamble[ref.pp - 1];
      if (pp) ids.push(pp.id);
      else problems.push(`${instrumentName(inst.kind, inst.symbol)} has ${inst.preamble.length} preambular paragraphs; there is no PP ${ref.pp}`);
      prev = undefined;
      continue;
    }
    let items: Part[] = inst.paragraphs;
    if (ref.annex !== undefined) {
      let a = annexOf(inst, ref.annex);
      if (!a && ref.annex === '' && inst.annexes.length === 1) {
        // "Annex" without its numeral, for an instrument whose only annex is numbered.
        a = inst.annexes[0];
        const read = annexCitation(inst.kind, inst.symbol, a.key);
        if (!readings.some((r) => r.endsWith(read))) readings.push(`“annex” is printed without a numeral; ${instrumentName(inst.kind, inst.symbol)} has one annex: read as ${read}`);
      }
      if (!a) {
        const has = inst.annexes.length === 0 ? 'has no annexes' : inst.annexes.length === 1 ? `has one annex${inst.annexes[0].key ? `, annex ${inst.annexes[0].key}` : ' (unnumbered)'}` : `has annexes ${listOf(inst.annexes.map((x) => x.key || '(unnumbered)'))}`;
        problems.push(`${instrumentName(inst.kind, inst.symbol)} ${has}; there is no ${ref.annex ? annexLabel(ref.annex) : 'unnumbered annex'}`);
        continue;
      }
      items = a.items;
      // "IX, annex II": the whole annex.
      if (ref.path.length === 0) {
        ids.push(a.id);
        prev = undefined;
        continue;
      }
    }
    const found = lookup(items, ref, prev);
    if (found) {
      ids.push(found.id);
      prev = found.path;
    } else missing.push({ ref, items });
  }
  for (const run of runsOf(missing.map((x) => x.ref))) {
    const items = missing.find((x) => x.ref === run[0])!.items;
    problems.push(`${instrumentName(inst.kind, inst.symbol)} has no ${describeRun(run)}${whatExists(items, run[0])}`);
  }
  return { ids, problems, readings };
}

function lookup(items: Part[], ref: LabelRef, prev: string[] | undefined): Part | undefined {
  if (ref.bare && prev && prev.length > 1) {
    const inherited = findPath(items, [...prev.slice(0, -1), ...ref.path]);
    if (inherited) return inherited;
  }
  return findPath(items, ref.path);
}

/** A Part A locator item read without the report paragraph it prints ("III.3.c" as (c)). */
interface WithoutReportParagraph {
  paragraph: string;
  printed: string[];
  read: string[];
}

function resolveInMeeting(recs: Part[], refs: LabelRef[]): { ids: string[]; missing: LabelRef[]; withoutParagraph: WithoutReportParagraph[] } {
  const ids: string[] = [];
  const missing: LabelRef[] = [];
  const withoutParagraph: WithoutReportParagraph[] = [];
  let prev: string[] | undefined;
  for (const ref of refs) {
    let found = lookup(recs, ref, prev);
    // Part A locators of lettered meetings carry the report paragraph first ("III.3.c"), but
    // part A prints those recommendations as (a), (b), …: "III.3.c" is read as (c), and said so.
    if (!found && ref.path.length > 1 && /^\d+$/.test(ref.path[0])) {
      found = findPath(recs, ref.path.slice(1));
      if (found) {
        let w = withoutParagraph.find((x) => x.paragraph === ref.path[0]);
        if (!w) withoutParagraph.push((w = { paragraph: ref.path[0], printed: [], read: [] }));
        w.printed.push(ref.path.join('.'));
        w.read.push(formatPath(found.path));
      }
    }
    if (found) {
      ids.push(found.id);
      prev = found.path;
    } else missing.push(ref);
  }
  return { ids, missing, withoutParagraph };
}

/** "(c), (d) and (g)". */
function listOf(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function sameSet(a: string[], b: string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}

export function buildTopics(sources: ParsedSource[], index: DatasetIndex): TopicsBuild {
  const topics: Topic[] = [];
  const audit: AuditEntry[] = [];
  const meetingSymbols = new Map<string, string>();
  const instrumentSymbols = new Map<string, string>();
  const symbolParagraphs = new Map<string, string[]>();
  // What each list of `symbolParagraphs` holds, to ask in one step (a folder of copies of a compendium makes them long).
  const symbolTargets = new Map<string, Set<string>>();
  const meetingParagraphs = new Map<string, ReportParagraphOf[]>();
  // The instruments each compendium prints, found in one pass (per compendium, a pass over all
  // instruments made index building quadratic in a large user folder of compendia).
  const byCompendium = new Map<string, Instrument[]>();
  for (const i of index.data.instruments) {
    for (const c of i.compendia) {
      const list = byCompendium.get(c.file) ?? [];
      if (list[list.length - 1] !== i) list.push(i);
      byCompendium.set(c.file, list);
    }
  }
  for (const src of sources) {
    if (!src.compendium || src.indexRows.length === 0) continue;
    const group = src.compendium.group;
    const compInstruments = byCompendium.get(src.file) ?? [];
    const read = parseThematicIndex(src.indexRows, group);
    for (const u of read.unplaced) audit.push({ source: u.source, code: 'index-repair', message: u.message });
    for (const rt of read.topics) {
      for (const r of rt.repairs) audit.push({ source: r.source, code: 'index-repair', message: `${rt.name}: ${r.message}` });
      const topic: Topic = {
        id: topicId(group, rt.name),
        index: group,
        indexName: thematicIndexName(group),
        name: rt.name,
        source: rt.source,
        entries: [],
      };
      for (const e of rt.entries) {
        const entry = resolveEntry(e, group, compInstruments, index);
        topic.entries.push(entry);
        for (const p of entry.problems) audit.push({ source: e.source, code: 'index-locator', message: `${rt.name}: ${p}` });
        for (const r of entry.repairs) audit.push({ source: e.source, code: 'index-repair', message: `${rt.name}: ${r}` });
        if (e.instruments.length === 0 && e.symbol && entry.targets.length === e.paragraphRefs.length && entry.problems.length === 0) {
          let prev: string[] = [];
          e.paragraphRefs.forEach((ref, n) => {
            const path = ref.bare && prev.length > 1 ? [...prev.slice(0, -1), ...ref.path] : ref.path;
            prev = path;
            for (const sym of e.symbol.split('–')) {
              const key = `${sym}|${path.join('.')}`;
              const list = symbolParagraphs.get(key) ?? [];
              const had = symbolTargets.get(key) ?? new Set<string>();
              if (!had.has(entry.targets[n])) {
                had.add(entry.targets[n]);
                list.push(entry.targets[n]);
              }
              symbolParagraphs.set(key, list);
              symbolTargets.set(key, had);
            }
          });
        }
        if (e.instruments.length === 1) {
          const inst = index.instrument(e.instruments[0].kind, e.instruments[0].symbol);
          if (inst && e.symbol && !instrumentSymbols.has(inst.id)) instrumentSymbols.set(inst.id, e.symbol);
        } else if (e.instruments.length === 0 && e.symbol) {
          const meetingsOfRow = new Set<string>();
          for (const t of e.targets) {
            let mId: string | undefined;
            if (t.part === 'A') mId = meetingId(group, t.roman);
            else if (t.instrument) {
              const inst = index.instrument(t.instrument.kind, t.instrument.symbol);
              const annexKey = t.refs[0]?.annex;
              const a = inst && annexKey !== undefined ? annexOf(inst, annexKey) : undefined;
              if (a?.meeting) mId = meetingId(a.meeting.group, a.meeting.number);
            }
            if (mId && !meetingSymbols.has(mId)) meetingSymbols.set(mId, e.symbol);
            if (mId) meetingsOfRow.add(mId);
          }
          // "3 (a) and (b)" of the meeting's report: its paragraph 3 holds those recommendations.
          if (meetingsOfRow.size === 1 && entry.problems.length === 0) {
            const mId = [...meetingsOfRow][0];
            const list = meetingParagraphs.get(mId) ?? [];
            for (const ref of e.paragraphRefs) {
              if (ref.path.length < 2 || !/^\d+$/.test(ref.path[0]) || list.some((x) => x.paragraph === ref.path[0] && x.symbol === e.symbol)) continue;
              list.push({ paragraph: ref.path[0], symbol: e.symbol, source: e.source });
            }
            if (list.length > 0) meetingParagraphs.set(mId, list);
          }
        }
      }
      topics.push(topic);
    }
  }
  return { topics, audit, meetingSymbols, instrumentSymbols, symbolParagraphs, meetingParagraphs };
}

function resolveEntry(e: RawEntry, group: GroupKey, compInstruments: Instrument[], index: DatasetIndex): TopicEntry {
  const problems: string[] = [];
  const rowInstruments = e.instruments.map((x) => index.instrument(x.kind, x.symbol));
  for (const [i, ri] of rowInstruments.entries()) {
    if (!ri) problems.push(`${e.instruments[i].kind} ${e.instruments[i].symbol} is not in the indexed documents`);
  }
  const rowInst = rowInstruments.length === 1 ? rowInstruments[0] : undefined;
  const repairs = [...e.repairs];
  const loc = resolveLocator(e.targets, e.locator, group, compInstruments, index, 'index');
  problems.push(...loc.problems);
  repairs.push(...loc.readings);
  const fromLocator = loc.ids;
  const wholeMeetings = loc.wholeMeetings;
  let targets = fromLocator;
  let disputed: TopicEntry['disputed'];
  // The paragraph column, checked against the locator where both name instrument paragraphs.
  if (rowInst && e.paragraphRefs.length > 0) {
    const r = resolveInInstrument(rowInst, e.paragraphRefs);
    for (const p of r.problems) problems.push(`paragraph column “${e.paragraphs}”: ${p}`);
    for (const x of r.readings) if (!repairs.includes(`the paragraph column: ${x}`)) repairs.push(`the paragraph column: ${x}`);
    if (wholeMeetings.length > 0) {
      // "See part A.VII" with "Annex I, 26": the annex must carry that meeting's recommendations.
      for (const ref of e.paragraphRefs) {
        if (ref.annex === undefined) continue;
        let a = annexOf(rowInst, ref.annex);
        if (!a && rowInst.annexes.length === 1) {
          // The instrument's only annex stands in for the one printed, for this check only; the
          // paragraph column itself is read (and reported) as printed. "annex" without a numeral
          // is already said by the paragraph column's reading.
          a = rowInst.annexes[0];
          const note = `the paragraph column prints ${annexLabel(ref.annex)}; ${instrumentName(rowInst.kind, rowInst.symbol)} has one annex${a.key ? `, annex ${a.key}` : ' (unnumbered)'}: read as that annex to check the meeting the locator points to`;
          if (ref.annex !== '' && !repairs.includes(note)) repairs.push(note);
        }
        if (a?.meeting && !wholeMeetings.includes(a.meeting.number)) {
          problems.push(`locator “${e.locator}” points to part A ${wholeMeetings.map(toRoman).join(', ')} but ${annexCitation(rowInst.kind, rowInst.symbol, a.key)} carries the ${toRoman(a.meeting.number)} meeting`);
        }
      }
      targets = [...targets, ...r.ids];
    } else if (fromLocator.length > 0 && r.ids.length > 0 && !sameSet(r.ids, fromLocator)) {
      const onlyCol = r.ids.filter((x) => !fromLocator.includes(x)).map((x) => index.part(x)?.citation ?? x);
      const onlyLoc = fromLocator.filter((x) => !r.ids.includes(x)).map((x) => index.part(x)?.citation ?? x);
      problems.push(
        `locator “${e.locator}” disagrees with the paragraph column “${e.paragraphs}”` +
          (onlyCol.length ? `: the column also gives ${onlyCol.join(', ')}` : '') +
          (onlyLoc.length ? `${onlyCol.length ? ';' : ':'} the locator also gives ${onlyLoc.join(', ')}` : ''),
      );
      targets = [...new Set([...r.ids, ...fromLocator])];
      disputed = [
        ...r.ids.filter((x) => !fromLocator.includes(x)).map((id) => ({ id, by: 'paragraph column' as const })),
        ...fromLocator.filter((x) => !r.ids.includes(x)).map((id) => ({ id, by: 'locator' as const })),
      ];
    } else if (fromLocator.length === 0) targets = r.ids;
  }
  return {
    symbol: e.symbol,
    instruments: e.instruments.map((x) => instrumentName(x.kind, x.symbol)),
    paragraphs: e.paragraphs,
    notes: e.notes,
    locator: e.locator,
    targets: [...new Set(targets)],
    problems,
    repairs,
    ...(disputed && disputed.length > 0 ? { disputed } : {}),
    source: e.source,
  };
}

/**
 * Resolves parsed compendium locators to part ids; used by the index and by drafts that cite the
 * compendia. `reading` says whose locator it is: the index's own print is read as best it can be
 * (a range printed high to low is read low to high, and `readings` says so for the audit); in a
 * draft the same range is an error and is not read.
 */
export function resolveLocator(
  targets: LocatorTarget[],
  locator: string,
  group: GroupKey,
  compInstruments: Instrument[],
  index: DatasetIndex,
  reading: 'index' | 'draft' = 'draft',
): { ids: string[]; problems: string[]; reversed: string[]; wholeMeetings: number[]; readings: string[]; reportParagraphs: ReportParagraphRead[] } {
  const problems: string[] = [];
  // Those of `problems` that are a range written high to low (a draft's `reversed-range`).
  const reversed: string[] = [];
  const readings: string[] = [];
  const fromLocator: string[] = [];
  // Quoted in every problem of every part it names: a draft's list of thousands of parts made
  // messages that grew with the square of its length (a 160 KB list ran the server out of memory).
  const e = { locator: truncateWords(locator, LOCATOR_QUOTED_MAX) };
  const wholeMeetings: number[] = [];
  // Part A items read without their report paragraph, per meeting and paragraph: one note for
  // "III.3.c , III.3.d and III.3.k", not three.
  const withoutParagraph = new Map<string, { roman: number; meeting: Meeting } & WithoutReportParagraph>();
  for (const t of targets) {
    const unread = (t.reversed && reading === 'draft') || t.tooLong !== undefined || t.mixedRange !== undefined;
    if (t.reversed && reading === 'draft') {
      const message = `locator “${e.locator}” has a reversed range ${t.reversed.printed}; write it low to high (${t.reversed.readAs})`;
      problems.push(message);
      reversed.push(message);
    }
    if (t.tooLong) problems.push(`locator “${e.locator}” has a range ${toRoman(t.roman)}.${t.tooLong} longer than any list of paragraphs; not read`);
    if (t.mixedRange) problems.push(`locator “${e.locator}” has a range ${toRoman(t.roman)}.${t.mixedRange} whose ends are of different kinds; not read`);
    if (unread) continue;
    if (t.part === 'B') {
      const inst = t.instrument ? index.instrument(t.instrument.kind, t.instrument.symbol) : compInstruments.find((i) => i.session === t.roman);
      if (!inst) {
        problems.push(`locator “${e.locator}”: part B has no instrument of session ${toRoman(t.roman)}`);
        continue;
      }
      if (t.refs.length === 0) {
        fromLocator.push(inst.id);
        continue;
      }
      const r = resolveInInstrument(inst, t.refs);
      fromLocator.push(...r.ids);
      for (const p of r.problems) problems.push(`locator “${e.locator}”: ${p}`);
      for (const x of r.readings) if (!readings.includes(`the locator: ${x}`)) readings.push(`the locator: ${x}`);
    } else {
      const m = index.meeting(group, t.roman);
      if (!m) {
        const held = index.data.meetings.filter((x) => x.group === group).map((x) => x.number);
        const range = held.length > 0 ? `; the indexed documents hold its meetings ${toRoman(held.reduce((a, b) => Math.min(a, b)))}–${toRoman(held.reduce((a, b) => Math.max(a, b)))}` : '';
        problems.push(`locator “${e.locator}”: the ${workingGroupName(group)} has no ${ordinal(t.roman)} meeting (${toRoman(t.roman)})${range}`);
        continue;
      }
      // Part A holds the meetings' recommendations: an annex in its locator names nothing there (it was ignored).
      const annexed = t.refs.find((x) => x.annex !== undefined);
      if (annexed) {
        problems.push(`locator “${e.locator}”: part A holds the recommendations of the ${workingGroupName(group)}'s meetings, which have no annexes; “${annexed.annex ? annexLabel(annexed.annex) : 'annex'}” names nothing in the ${ordinal(t.roman)} meeting (${toRoman(t.roman)}) — the annexes of the Conference's resolutions are in part B`);
        continue;
      }
      if (t.refs.length === 0) {
        wholeMeetings.push(t.roman);
        continue;
      }
      const r = resolveInMeeting(m.recommendations, t.refs);
      fromLocator.push(...r.ids);
      const recs = m.recommendations;
      const runs = recs.length > 0 ? `has recommendations ${formatPath([recs[0].num])} to ${formatPath([recs[recs.length - 1].num])}` : 'has no recommendations in the documents';
      for (const run of runsOf(r.missing)) {
        const name = (x: LabelRef): string => `${toRoman(t.roman)}.${x.path.join('.')}`;
        const none = run.length === 1 ? `there is no recommendation ${name(run[0])}` : `there are no recommendations ${name(run[0])} to ${name(run[run.length - 1])}`;
        problems.push(`locator “${e.locator}”: the ${ordinal(t.roman)} meeting of the ${workingGroupName(group)} ${runs}; ${none}`);
      }
      for (const w of r.withoutParagraph) {
        const key = `${t.roman}|${w.paragraph}`;
        const acc = withoutParagraph.get(key) ?? { roman: t.roman, meeting: m, paragraph: w.paragraph, printed: [], read: [] };
        acc.printed.push(...w.printed);
        acc.read.push(...w.read);
        withoutParagraph.set(key, acc);
      }
    }
  }
  const reportParagraphs: ReportParagraphRead[] = [];
  for (const w of withoutParagraph.values()) {
    const roman = toRoman(w.roman);
    const known = w.meeting.reportParagraphs ?? [];
    const printed = listOf(w.printed.map((p) => `${roman}.${p}`));
    reportParagraphs.push({ meeting: w.meeting, paragraph: w.paragraph, printed, read: w.read, known, checked: known.some((k) => k.paragraph === w.paragraph) });
    // In a draft, a report paragraph the sources contradict is wrong, whatever the letter.
    if (reading === 'draft' && known.length > 0 && !known.some((k) => k.paragraph === w.paragraph)) {
      const where = [...new Set(known.map((k) => `paragraph ${k.paragraph} of ${k.symbol}`))];
      problems.push(
        `locator “${e.locator}” puts ${w.read.length > 1 ? 'recommendations' : 'recommendation'} ${listOf(w.read)} of the ${ordinal(w.roman)} meeting in paragraph ${w.paragraph} of its report; ` +
          `the sources give that meeting's recommendations in ${listOf(where)} (${listOf([...new Set(known.map((k) => `${k.source.file}:${k.source.line}`))])}): write ${listOf(w.printed.map((p) => `${roman}.${[known[0].paragraph, ...p.split('.').slice(1)].join('.')}`))}`,
      );
    }
    readings.push(
      `the locator prints ${listOf(w.printed.map((p) => `${roman}.${p}`))}; read as ${w.read.length > 1 ? 'recommendations' : 'recommendation'} ${listOf(w.read)} of the ${ordinal(w.roman)} meeting of the ${workingGroupName(group)}: ` +
        `part A prints that meeting's recommendations without the report paragraph ${w.paragraph} that the locator puts before them`,
    );
  }
  return { ids: fromLocator, problems, reversed, wholeMeetings, readings, reportParagraphs };
}

/** A Part A locator's report paragraph ("3" in "III.3.c"), read past to the recommendation, and whether a source confirms it. */
export interface ReportParagraphRead {
  meeting: Meeting;
  paragraph: string;
  /** "III.3.c and III.3.d" as the locator prints them. */
  printed: string;
  /** The recommendations read: "(c)", "(d)". */
  read: string[];
  /** What the sources say about the meeting's report paragraphs (empty: nothing). */
  known: ReportParagraphOf[];
  checked: boolean;
}
