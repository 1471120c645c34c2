// Resolves the thematic indexes to concrete parts, and collects every locator that does not
// resolve or that disagrees with its own row: those are real errors in the sources.

import { annexCitation, annexLabel, formatPath, instrumentName, meetingId, thematicIndexName, topicId, workingGroupName } from '../model/naming';
import { parseThematicIndex, type LabelRef, type LocatorTarget, type RawEntry } from '../model/thematicIndex';
import { toRoman } from '../model/text';
import type { GroupKey, Instrument, ParsedSource, Part } from '../model/types';
import { annexOf, findPath, type AuditEntry, type DatasetIndex, type Topic, type TopicEntry } from './datasetIndex';

export type { Topic, TopicEntry } from './datasetIndex';

export interface TopicsBuild {
  topics: Topic[];
  /** Meeting-report paragraphs mapped to compendium parts: "CTOC/COP/WG.3/2015/4|2.h" → ids. */
  symbolParagraphs: Map<string, string[]>;
  audit: AuditEntry[];
  meetingSymbols: Map<string, string>;
  instrumentSymbols: Map<string, string>;
}

interface Resolved {
  ids: string[];
  problems: string[];
}

function describePath(ref: LabelRef): string {
  if (ref.pp !== undefined) return `PP ${ref.pp}`;
  const p = formatPath(ref.path);
  return ref.annex !== undefined ? `${annexLabel(ref.annex)}, ${p}` : `paragraph ${p}`;
}

/** Resolves label refs inside one instrument; "(h)" after "1 (d)" may mean "1 (h)". */
function resolveInInstrument(inst: Instrument, refs: LabelRef[]): Resolved {
  const ids: string[] = [];
  const problems: string[] = [];
  let prev: string[] | undefined;
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
      const a = annexOf(inst, ref.annex) ?? (ref.annex === '' && inst.annexes.length === 1 ? inst.annexes[0] : undefined);
      if (!a) {
        problems.push(`${instrumentName(inst.kind, inst.symbol)} has no ${annexLabel(ref.annex)}`);
        continue;
      }
      items = a.items;
    }
    const found = lookup(items, ref, prev);
    if (found) {
      ids.push(found.id);
      prev = found.path;
    } else problems.push(`${instrumentName(inst.kind, inst.symbol)} has no ${describePath(ref)}`);
  }
  return { ids, problems };
}

function lookup(items: Part[], ref: LabelRef, prev: string[] | undefined): Part | undefined {
  if (ref.bare && prev && prev.length > 1) {
    const inherited = findPath(items, [...prev.slice(0, -1), ...ref.path]);
    if (inherited) return inherited;
  }
  return findPath(items, ref.path);
}

function resolveInMeeting(recs: Part[], refs: LabelRef[]): { ids: string[]; missing: LabelRef[] } {
  const ids: string[] = [];
  const missing: LabelRef[] = [];
  let prev: string[] | undefined;
  for (const ref of refs) {
    let found = lookup(recs, ref, prev);
    // Part A locators of lettered meetings carry the report paragraph first: "III.3.c" is (c).
    if (!found && ref.path.length > 1 && /^\d+$/.test(ref.path[0])) found = findPath(recs, ref.path.slice(1));
    if (found) {
      ids.push(found.id);
      prev = found.path;
    } else missing.push(ref);
  }
  return { ids, missing };
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
    const raw = parseThematicIndex(src.indexRows, group);
    for (const rt of raw) {
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
        for (const r of e.repairs) audit.push({ source: e.source, code: 'index-repair', message: `${rt.name}: ${r}` });
        if (e.instruments.length === 0 && e.symbol && entry.targets.length === e.paragraphRefs.length && entry.problems.length === 0) {
          let prev: string[] = [];
          e.paragraphRefs.forEach((ref, n) => {
            const path = ref.bare && prev.length > 1 ? [...prev.slice(0, -1), ...ref.path] : ref.path;
            prev = path;
            for (const sym of e.symbol.split('–')) {
              const key = `${sym}|${path.join('.')}`;
              const list = symbolParagraphs.get(key) ?? [];
              if (!list.includes(entry.targets[n])) list.push(entry.targets[n]);
              symbolParagraphs.set(key, list);
            }
          });
        }
        if (e.instruments.length === 1) {
          const inst = index.instrument(e.instruments[0].kind, e.instruments[0].symbol);
          if (inst && e.symbol && !instrumentSymbols.has(inst.id)) instrumentSymbols.set(inst.id, e.symbol);
        } else if (e.instruments.length === 0 && e.symbol) {
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
          }
        }
      }
      topics.push(topic);
    }
  }
  return { topics, audit, meetingSymbols, instrumentSymbols, symbolParagraphs };
}

function resolveEntry(e: RawEntry, group: GroupKey, compInstruments: Instrument[], index: DatasetIndex): TopicEntry {
  const problems: string[] = [];
  const rowInstruments = e.instruments.map((x) => index.instrument(x.kind, x.symbol));
  for (const [i, ri] of rowInstruments.entries()) {
    if (!ri) problems.push(`${e.instruments[i].kind} ${e.instruments[i].symbol} is not in the indexed documents`);
  }
  const rowInst = rowInstruments.length === 1 ? rowInstruments[0] : undefined;
  const loc = resolveLocator(e.targets, e.locator, group, compInstruments, index);
  problems.push(...loc.problems);
  const fromLocator = loc.ids;
  const wholeMeetings = loc.wholeMeetings;
  let targets = fromLocator;
  // The paragraph column, checked against the locator where both name instrument paragraphs.
  if (rowInst && e.paragraphRefs.length > 0) {
    const r = resolveInInstrument(rowInst, e.paragraphRefs);
    for (const p of r.problems) problems.push(`paragraph column “${e.paragraphs}”: ${p}`);
    if (wholeMeetings.length > 0) {
      // "See part A.VII" with "Annex I, 26": the annex must carry that meeting's recommendations.
      for (const ref of e.paragraphRefs) {
        if (ref.annex === undefined) continue;
        const a = annexOf(rowInst, ref.annex) ?? (rowInst.annexes.length === 1 ? rowInst.annexes[0] : undefined);
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
    repairs: e.repairs,
    source: e.source,
  };
}

/** Resolves parsed compendium locators to part ids; used by the index and by drafts that cite the compendia. */
export function resolveLocator(
  targets: LocatorTarget[],
  locator: string,
  group: GroupKey,
  compInstruments: Instrument[],
  index: DatasetIndex,
): { ids: string[]; problems: string[]; wholeMeetings: number[] } {
  const problems: string[] = [];
  const fromLocator: string[] = [];
  const e = { locator };
  const wholeMeetings: number[] = [];
  for (const t of targets) {
    if (t.reversed) problems.push(`locator “${e.locator}” has a reversed range ${toRoman(t.roman)}.${t.reversed}`);
    if (t.tooLong) problems.push(`locator “${e.locator}” has a range ${toRoman(t.roman)}.${t.tooLong} longer than any list of paragraphs`);
    if (t.part === 'B') {
      const inst = t.instrument ? index.instrument(t.instrument.kind, t.instrument.symbol) : compInstruments.find((i) => i.session === t.roman);
      if (!inst) {
        problems.push(`locator “${e.locator}”: part B has no instrument of session ${toRoman(t.roman)}`);
        continue;
      }
      if (t.refs.length === 0) {
        if (!t.reversed && !t.tooLong) fromLocator.push(inst.id);
        continue;
      }
      const r = resolveInInstrument(inst, t.refs);
      fromLocator.push(...r.ids);
      for (const p of r.problems) problems.push(`locator “${e.locator}”: ${p}`);
    } else {
      const m = index.meeting(group, t.roman);
      if (!m) {
        problems.push(`locator “${e.locator}”: there is no ${toRoman(t.roman)} meeting of the ${workingGroupName(group)}`);
        continue;
      }
      if (t.refs.length === 0) {
        if (!t.reversed && !t.tooLong) wholeMeetings.push(t.roman);
        continue;
      }
      const r = resolveInMeeting(m.recommendations, t.refs);
      fromLocator.push(...r.ids);
      for (const miss of r.missing) problems.push(`locator “${e.locator}”: the ${toRoman(t.roman)} meeting has no recommendation ${miss.path.join('.')}`);
    }
  }
  return { ids: fromLocator, problems, wholeMeetings };
}
