// The index: merges parsed sources into one dataset (duplicated instruments become one
// instrument with several source locations), links Working Group meetings and the annexes
// that carry their recommendations both ways, and gives O(1) lookups for the resolver.
//
// buildDataset runs named passes in order; each pass reads what the ones before it built:
//   parseAll → mergeInstruments → fillSessionDates → applyAdoptionDates → linkMeetingsAndAnnexes
//   → citeEndorsedRecommendations → registerParts → attachTopics

import { parseSource } from '../model/parseSource';
import { annexCitation, annexLabel, instrumentName, meetingName, ordinal, paragraphCitation, recommendationCitation, reportName, sessionId, sessionName } from '../model/naming';
import { normalizeSpace, words } from '../model/text';
import type { Instrument, Meeting, ParsedSource, Part, ReportDocument, Session, SourceLocation, SourceNote } from '../model/types';
import { annexOf, DatasetIndex, findPath, instrumentKey, type AuditEntry, type Dataset, type PartContext, type SourceText } from './datasetIndex';
import { compareMeetingDates } from './meetingDates';
import { buildTopics } from './topics';

// The dataset's shape and lookups live in datasetIndex.ts; re-exported for the modules that
// have always imported them from here.
export {
  annexOf,
  DatasetIndex,
  findPath,
  instrumentKey,
  listAnd,
  type AuditEntry,
  type Dataset,
  type PartContext,
  type SourceSummary,
  type SourceText,
  type Topic,
  type TopicEntry,
} from './datasetIndex';

type Origin = 'dataset' | 'user';

interface ParsedText {
  p: ParsedSource;
  origin: Origin;
}

/** Visits parts depth-first in document order, without recursion. */
function walk(parts: Part[], fn: (p: Part) => void): void {
  const stack: Part[] = [];
  for (let i = parts.length - 1; i >= 0; i--) stack.push(parts[i]);
  while (stack.length > 0) {
    const p = stack.pop()!;
    fn(p);
    for (let i = p.children.length - 1; i >= 0; i--) stack.push(p.children[i]);
  }
}

function textsDiffer(a: string, b: string): string | undefined {
  if (a === b) return undefined;
  const wa = words(a);
  const wb = words(b);
  const n = Math.min(wa.length, wb.length);
  for (let i = 0; i < n; i++) {
    if (wa[i] !== wb[i]) {
      return `“${wa.slice(Math.max(0, i - 2), i + 3).join(' ')}” / “${wb.slice(Math.max(0, i - 2), i + 3).join(' ')}”`;
    }
  }
  if (wa.length !== wb.length) return `one copy has ${Math.abs(wa.length - wb.length)} more words at the end`;
  return undefined;
}

function mergeParts(primary: Part[], other: Part[], audit: AuditEntry[], what: string): void {
  for (const o of other) {
    const p = primary.find((x) => x.num === o.num);
    if (!p) {
      audit.push({ source: o.sources[0], code: 'duplicate-structure', message: `${what}: this copy has ${o.citation}, the other copy does not` });
      continue;
    }
    p.sources.push(...o.sources);
    const diff = textsDiffer(p.text, o.text);
    if (diff) {
      audit.push({
        source: o.sources[0],
        code: 'duplicate-text',
        message: `${p.citation} differs from ${p.sources[0].file}:${p.sources[0].line}: ${diff}`,
      });
    }
    mergeParts(p.children, o.children, audit, what);
  }
  for (const p of primary) {
    if (!other.some((o) => o.num === p.num) && other.length > 0) {
      audit.push({ source: p.sources[0], code: 'duplicate-structure', message: `${what}: ${p.citation} is missing from the other copy` });
    }
  }
}

function mergeInstrument(into: Instrument, other: Instrument, audit: AuditEntry[], notes: SourceNote[]): void {
  into.sources.push(...other.sources);
  for (const c of other.compendia) if (!into.compendia.some((x) => x.file === c.file)) into.compendia.push(c);
  if (!into.sessionInfo.dates && other.sessionInfo.dates) into.sessionInfo = { ...other.sessionInfo };
  const what = instrumentName(into.kind, into.symbol);
  if (normalizeSpace(into.title) !== normalizeSpace(other.title)) {
    audit.push({ source: other.sources[0], code: 'duplicate-text', message: `${what}: title differs from ${into.sources[0].file}:${into.sources[0].line}` });
  }
  if (into.preamble.length !== other.preamble.length) {
    audit.push({ source: other.sources[0], code: 'duplicate-structure', message: `${what}: ${other.preamble.length} preambular paragraphs here, ${into.preamble.length} in ${into.sources[0].file}` });
  }
  mergeParts(into.preamble, other.preamble, audit, what);
  mergeParts(into.paragraphs, other.paragraphs, audit, what);
  for (const oa of other.annexes) {
    const a = annexOf(into, oa.key);
    if (!a) {
      into.annexes.push(oa);
      continue;
    }
    a.sources.push(...oa.sources);
    mergeParts(a.items, oa.items, audit, annexCitation(into.kind, into.symbol, oa.key));
  }
  // A label the parser had to correct in one copy but that the other copy prints right.
  for (const n of notes) {
    if (n.code !== 'ocr-label' || !into.sources.some((s) => s.file === n.source.file)) continue;
    const part = findCorrected(into, n.source);
    if (part && part.sources.length > 1) {
      const others = part.sources.filter((s) => s.file !== n.source.file).map((s) => `${s.file}:${s.line}`);
      n.message += `; ${others.join(', ')} prints (${part.num})`;
    }
  }
}

function findCorrected(inst: Instrument, at: SourceLocation): Part | undefined {
  let hit: Part | undefined;
  const visit = (p: Part): void => {
    if (p.sources.some((s) => s.file === at.file && s.line === at.line)) hit = p;
  };
  walk(inst.paragraphs, visit);
  for (const a of inst.annexes) walk(a.items, visit);
  return hit;
}

export function buildDataset(texts: SourceText[]): Dataset {
  const loadErrors: AuditEntry[] = [];
  const audit: AuditEntry[] = [];
  const parsed = parseAll(texts, loadErrors);
  const notes: SourceNote[] = parsed.flatMap((x) => x.p.notes);
  const { instruments, byKey } = mergeInstruments(parsed, notes, audit, loadErrors);
  fillSessionDates(parsed, instruments);
  applyAdoptionDates(parsed, byKey, audit);
  const meetings: Meeting[] = parsed.flatMap((x) => x.p.meetings);
  linkMeetingsAndAnnexes(meetings, instruments, byKey, audit);
  citeEndorsedRecommendations(meetings, instruments);
  compareMeetingDates(meetings, instruments, audit);
  const reports = parsed.map((x) => x.p.report).filter((r): r is ReportDocument => r !== undefined);
  const { parts, context } = registerParts(instruments, meetings, reports);
  for (const r of reports) linkReportToResolution(r, byKey);

  const data: Dataset = {
    instruments,
    meetings,
    sessions: [],
    reports,
    topics: [],
    sources: parsed.map(({ p, origin }) => ({ file: p.file, title: p.title, lineCount: p.lineCount, compendium: p.compendium?.name, origin })),
    notes,
    audit,
    loadErrors,
    parts,
    context,
    topicsByPart: new Map(),
    symbolParagraphs: new Map(),
  };
  attachTopics(data, parsed);
  data.sessions = buildSessions(parsed, instruments, meetings, audit);
  for (const s of data.sessions) {
    data.parts.set(s.id, sessionPart(s, instruments));
    data.context.set(s.id, { session: s });
  }
  return data;
}

/**
 * Pass 9: the sessions of the Conference, from the session headings of the compendia and the
 * front matter of session documents; what each adopted and which Working Group meetings were
 * held during it. Sources that disagree on a session's dates or venue are audited, not merged.
 */
function buildSessions(parsed: ParsedText[], instruments: Instrument[], meetings: Meeting[], audit: AuditEntry[]): Session[] {
  const byNumber = new Map<number, Session>();
  for (const { p } of parsed) {
    for (const info of p.sessions) {
      if (info.number <= 0) continue;
      let s = byNumber.get(info.number);
      if (!s) byNumber.set(info.number, (s = { id: sessionId(info.number), number: info.number, sources: [], instruments: [], meetings: [] }));
      if (info.source) s.sources.push(info.source);
      const at = info.source ?? { file: p.file, line: 1, column: 1 };
      if (info.start) {
        if (!s.start) {
          s.dates = info.dates;
          s.start = info.start;
          s.end = info.end;
        } else if (s.start !== info.start || s.end !== info.end) {
          audit.push({ source: at, code: 'session-conflict', message: `the ${sessionName(info.number)} is dated ${info.dates} here but ${s.dates} at ${s.sources[0].file}:${s.sources[0].line}` });
        }
      } else if (info.dates) {
        // Never dropped in silence: a draft's dates of the session are then said to be unchecked.
        audit.push({ source: at, code: 'session-date-unread', message: `the dates of the ${sessionName(info.number)}, “${info.dates}”, are not dates the reader reads (days, a month and a year: “12–16 October 2020”); dates cited for the session are not checked` });
      }
      if (info.venue) {
        if (!s.venue) {
          s.venue = info.venue;
          s.venueSource = info.venueSource ?? at;
        }
        else if (s.venue !== info.venue) audit.push({ source: at, code: 'session-conflict', message: `the ${sessionName(info.number)} was held in ${info.venue} according to this line but in ${s.venue} according to ${s.sources[0].file}:${s.sources[0].line}` });
      }
    }
  }
  const sessions = [...byNumber.values()].sort((a, b) => a.number - b.number);
  for (const s of sessions) {
    const adopted = instruments.filter((i) => i.session === s.number);
    s.instruments = adopted.map((i) => i.id);
    if (s.start && s.end) s.meetings = meetings.filter((m) => m.start && m.end && m.start >= s.start! && m.end <= s.end!).map((m) => m.id);
    const symbols = adopted.map((i) => i.reportSymbol).filter((x): x is string => !!x);
    // The symbol most of its instruments give, the first of them on a tie (counted once: a count per
    // comparison was quadratic in a folder of copies).
    const counts = new Map<string, number>();
    for (const x of symbols) counts.set(x, (counts.get(x) ?? 0) + 1);
    let most: string | undefined;
    for (const x of symbols) if (most === undefined || counts.get(x)! > counts.get(most)!) most = x;
    if (most !== undefined) s.reportSymbol = most;
  }
  return sessions;
}

/** "17 to 21 October 2016, Vienna; adopted resolutions 8/1 and 8/4": the text a session part serves. */
export function sessionSummary(s: Session, instruments: Instrument[]): string {
  const when = [s.dates, s.venue].filter(Boolean).join(', ');
  const adopted = instruments.filter((i) => s.instruments.includes(i.id)).map((i) => instrumentName(i.kind, i.symbol));
  return `${when || 'dates not stated in the sources'}${adopted.length ? `; adopted ${adopted.join(', ')}` : ''}`;
}

function sessionPart(s: Session, instruments: Instrument[]): Part {
  return { id: s.id, kind: 'session', num: String(s.number), path: [], citation: sessionName(s.number), text: sessionSummary(s, instruments), sources: s.sources, children: [] };
}

/** Pass 1: every text through the source parser; a document that throws is reported, the others kept. */
function parseAll(texts: SourceText[], loadErrors: AuditEntry[]): ParsedText[] {
  const parsed: ParsedText[] = [];
  for (const t of texts) {
    if (t.unreadable !== undefined) {
      loadErrors.push({ source: { file: t.file, line: 1, column: 1 }, code: 'unreadable-source', message: `${t.unreadable}; nothing in it is indexed` });
      continue;
    }
    try {
      parsed.push({ p: parseSource(t.file, t.content), origin: t.origin ?? 'dataset' });
    } catch (e) {
      loadErrors.push({ source: { file: t.file, line: 1, column: 1 }, code: 'parse-failed', message: `could not be read as a source document: ${(e as Error).message}` });
    }
  }
  return parsed;
}

/** Pass 2: one instrument per kind and symbol; copies merged into it, differences audited. */
function mergeInstruments(
  parsed: ParsedText[],
  notes: SourceNote[],
  audit: AuditEntry[],
  loadErrors: AuditEntry[],
): { instruments: Instrument[]; byKey: Map<string, Instrument> } {
  const instruments: Instrument[] = [];
  const byKey = new Map<string, Instrument>();
  // Compendium copies first: they carry session headings and the part of the compendium.
  const ordered = [...parsed].sort((a, b) => Number(!a.p.compendium) - Number(!b.p.compendium));
  const originOf = new Map<string, Origin>();
  for (const { p, origin } of ordered) {
    // A shipped source emptied or overwritten says so too: every one holds documents.
    if (p.instruments.length === 0 && p.meetings.length === 0 && !p.report) {
      loadErrors.push({
        source: { file: p.file, line: 1, column: 1 },
        code: 'unrecognised-document',
        message: 'no resolution, decision, Working Group meeting or report found; an instrument starts with a heading line such as “Resolution 10/1”, then its title',
      });
    }
    for (const inst of p.instruments) {
      const key = instrumentKey(inst.kind, inst.symbol);
      const existing = byKey.get(key);
      if (existing && origin === 'user' && originOf.get(key) === 'dataset') {
        // A user's copy never changes the shipped dataset.
        loadErrors.push({ source: inst.sources[0], code: 'duplicate-instrument', message: `${key} is already in the shipped dataset (${existing.sources[0].file}:${existing.sources[0].line}); this copy is not used` });
      } else if (existing && origin === 'user') {
        const found: AuditEntry[] = [];
        mergeInstrument(existing, inst, found, notes);
        // Which copy a draft is checked against is said: the one read first (folders and files in name order).
        const used = `${existing.sources[0].file}:${existing.sources[0].line}`;
        for (const f of found) loadErrors.push({ ...f, code: 'duplicate-instrument', message: `${key} is defined twice with different texts: ${f.message}; drafts are checked against the copy read first, ${used} (folders and files are read in name order)` });
      } else if (existing) mergeInstrument(existing, inst, audit, notes);
      else {
        byKey.set(key, inst);
        originOf.set(key, origin);
        instruments.push(inst);
      }
    }
  }
  instruments.sort((a, b) => a.session - b.session || a.number - b.number);
  return { instruments, byKey };
}

/** Pass 3: session dates for instruments kept only in stand-alone files. */
function fillSessionDates(parsed: ParsedText[], instruments: Instrument[]): void {
  const sessions = new Map<number, { dates?: string; start?: string; end?: string }>();
  for (const { p } of parsed) for (const s of p.sessions) if (!sessions.has(s.number)) sessions.set(s.number, s);
  for (const inst of instruments) {
    const s = sessions.get(inst.session);
    if (!inst.sessionInfo.dates && s) inst.sessionInfo = { number: inst.session, dates: s.dates, start: s.start, end: s.end };
  }
}

/** Pass 4: adoption dates where a source states them; sources that disagree are audited. */
function applyAdoptionDates(parsed: ParsedText[], byKey: Map<string, Instrument>, audit: AuditEntry[]): void {
  for (const { p } of parsed) {
    for (const d of p.dateMentions) {
      const inst = byKey.get(instrumentKey(d.kind, d.instrument));
      if (!inst) continue;
      if (!inst.adoption) inst.adoption = { iso: d.iso, text: d.text, foundAt: d.source };
      else if (inst.adoption.iso !== d.iso) {
        if (!(inst.otherDates ?? []).some((o) => o.iso === d.iso)) (inst.otherDates ??= []).push({ iso: d.iso, text: d.text, foundAt: d.source });
        audit.push({ source: d.source, code: 'date-conflict', message: `${d.kind} ${d.instrument} is dated ${d.text} here but ${inst.adoption.text} at ${inst.adoption.foundAt.file}:${inst.adoption.foundAt.line}` });
      }
    }
  }
}

/** Pass 5: Working Group meetings and the COP annexes carrying their recommendations, linked both ways. */
function linkMeetingsAndAnnexes(meetings: Meeting[], instruments: Instrument[], byKey: Map<string, Instrument>, audit: AuditEntry[]): void {
  const meetingByKey = new Map(meetings.map((m) => [`${m.group}:${m.number}`, m]));
  for (const m of meetings) {
    if (!m.containedIn) continue;
    const inst = byKey.get(instrumentKey('resolution', m.containedIn.instrument)) ?? byKey.get(instrumentKey('decision', m.containedIn.instrument));
    if (!inst) {
      audit.push({ source: m.containedIn.source, code: 'unresolved-link', message: `the ${ordinal(m.number)} meeting points to ${m.containedIn.instrument}, which is not in the dataset` });
      continue;
    }
    let key = m.containedIn.annexKey;
    if (key === undefined && inst.annexes.length === 1) key = inst.annexes[0].key;
    const annex = key === undefined ? undefined : annexOf(inst, key);
    if (key !== undefined && !annex) {
      audit.push({ source: m.containedIn.source, code: 'unresolved-link', message: `${instrumentName(inst.kind, inst.symbol)} has no ${annexLabel(key)}` });
      continue;
    }
    // "are contained in Conference decision 3/4", an instrument without annexes: in its own text.
    if (key === undefined && inst.annexes.length === 0) m.carriedBy = { kind: inst.kind, symbol: inst.symbol };
    if (annex) {
      m.endorsedIn = { instrumentId: inst.id, annexKey: annex.key };
      annex.meeting = { group: m.group, number: m.number };
      if (m.recommendations.length === 0) m.recommendations = annex.items;
    }
  }
  for (const inst of instruments) {
    for (const a of inst.annexes) {
      if (!a.pointer) continue;
      const m = meetingByKey.get(`${a.pointer.group}:${a.pointer.meeting}`);
      if (!m) {
        audit.push({ source: a.pointer.source, code: 'unresolved-link', message: `${annexCitation(inst.kind, inst.symbol, a.key)} points to the ${ordinal(a.pointer.meeting)} meeting, which is not in the dataset` });
        continue;
      }
      a.items = m.recommendations;
      a.meeting = { group: m.group, number: m.number };
      m.endorsedIn = { instrumentId: inst.id, annexKey: a.key };
    }
  }
}

/** Pass 6: an endorsed recommendation is cited through the COP annex; the meeting form is an alias. */
function citeEndorsedRecommendations(meetings: Meeting[], instruments: Instrument[]): void {
  for (const m of meetings) {
    const endorsed = m.endorsedIn;
    if (!endorsed) continue;
    const inst = instruments.find((i) => i.id === endorsed.instrumentId)!;
    walk(m.recommendations, (p) => {
      p.citation = paragraphCitation(inst.kind, inst.symbol, p.path, endorsed.annexKey);
      p.aliases = [recommendationCitation(m.group, m.number, p.path)];
    });
  }
}

/** Pass 7: every addressable part by id, with where it sits. */
function registerParts(instruments: Instrument[], meetings: Meeting[], reports: ReportDocument[]): { parts: Map<string, Part>; context: Map<string, PartContext> } {
  const parts = new Map<string, Part>();
  const context = new Map<string, PartContext>();
  const meetingByKey = new Map(meetings.map((m) => [`${m.group}:${m.number}`, m]));
  for (const inst of instruments) {
    const instPart: Part = { id: inst.id, kind: 'instrument', num: inst.symbol, path: [], citation: instrumentName(inst.kind, inst.symbol), text: inst.title, sources: inst.sources, children: [] };
    parts.set(inst.id, instPart);
    context.set(inst.id, { instrument: inst });
    const inInstrument = (p: Part): void => {
      parts.set(p.id, p);
      context.set(p.id, { instrument: inst });
    };
    walk(inst.preamble, inInstrument);
    walk(inst.paragraphs, inInstrument);
    for (const a of inst.annexes) {
      const annexPart: Part = { id: a.id, kind: 'annex', num: a.key, path: [], citation: annexCitation(inst.kind, inst.symbol, a.key), text: a.heading || a.intro || '', sources: a.sources, children: a.items };
      parts.set(a.id, annexPart);
      context.set(a.id, { instrument: inst, annex: a });
      const m = a.meeting ? meetingByKey.get(`${a.meeting.group}:${a.meeting.number}`) : undefined;
      walk(a.items, (p) => {
        parts.set(p.id, p);
        context.set(p.id, { instrument: inst, annex: a, meeting: m });
      });
    }
  }
  for (const m of meetings) {
    const mp: Part = { id: m.id, kind: 'meeting', num: String(m.number), path: [], citation: meetingName(m.group, m.number), text: m.intro ?? '', sources: m.sources, children: m.recommendations };
    parts.set(m.id, mp);
    const endorsed = m.endorsedIn ? instruments.find((i) => i.id === m.endorsedIn!.instrumentId) : undefined;
    const annex = endorsed && m.endorsedIn ? annexOf(endorsed, m.endorsedIn.annexKey) : undefined;
    context.set(m.id, { meeting: m, instrument: endorsed, annex });
    walk(m.recommendations, (p) => {
      if (!parts.has(p.id)) parts.set(p.id, p);
      context.set(p.id, { meeting: m, instrument: endorsed, annex });
    });
  }
  for (const r of reports) {
    parts.set(r.id, { id: r.id, kind: 'report', num: '', path: [], citation: reportName(undefined), text: r.title, sources: r.sources, children: r.paragraphs });
    context.set(r.id, { report: r });
    walk(r.paragraphs, (p) => {
      parts.set(p.id, p);
      context.set(p.id, { report: r });
    });
  }
  return { parts, context };
}

/** Pass 8: the thematic indexes resolved against the parts, and what they say about each part. */
function attachTopics(data: Dataset, parsed: ParsedText[]): void {
  const built = buildTopics(
    parsed.map((x) => x.p),
    new DatasetIndex(data),
  );
  data.topics = built.topics;
  data.symbolParagraphs = built.symbolParagraphs;
  data.audit.push(...built.audit);
  for (const t of data.topics) {
    t.entries.forEach((e, i) => {
      for (const id of e.targets) {
        const list = data.topicsByPart.get(id) ?? [];
        const disputed = e.disputed?.find((d) => d.id === id)?.by;
        // Topics are attached one after another, so this topic's row for the part, if any, is the
        // list's last (a search of the list was quadratic in a folder of copies of a compendium).
        const had = list.length > 0 && list[list.length - 1].topic === t ? list.length - 1 : -1;
        // A row of the topic that gives the part without dispute outweighs one that disputes it.
        if (had < 0) list.push(disputed ? { topic: t, entryIndex: i, disputed } : { topic: t, entryIndex: i });
        else if (list[had].disputed && !disputed) list[had] = { topic: t, entryIndex: i };
        data.topicsByPart.set(id, list);
      }
    });
  }
  for (const m of data.meetings) if (!m.reportSymbol && built.meetingSymbols.has(m.id)) m.reportSymbol = built.meetingSymbols.get(m.id);
  for (const m of data.meetings) {
    for (const p of built.meetingParagraphs.get(m.id) ?? []) {
      const list = (m.reportParagraphs ??= []);
      if (!list.some((x) => x.paragraph === p.paragraph && x.symbol === p.symbol)) list.push(p);
    }
  }
  for (const inst of data.instruments) if (!inst.reportSymbol && built.instrumentSymbols.has(inst.id)) inst.reportSymbol = built.instrumentSymbols.get(inst.id);
}

/** "In resolution 8/1, the Conference strongly encouraged …": the operative paragraph it reports on. */
function linkReportToResolution(r: ReportDocument, byKey: Map<string, Instrument>): void {
  // The first words of each operative paragraph, made once per report rather than once per
  // report paragraph that mentions the resolution.
  const opening = new Map<Part, Set<string>>();
  const openingOf = (op: Part): Set<string> => {
    let w = opening.get(op);
    if (!w) opening.set(op, (w = new Set(words(op.text).slice(0, 40))));
    return w;
  };
  for (const p of r.paragraphs) {
    const m = /\b[Ii]n (?:its )?resolution (\d{1,2}\/\d{1,4}), the Conference (.*)$/.exec(p.text);
    if (!m) continue;
    const inst = byKey.get(instrumentKey('resolution', m[1]));
    if (!inst) continue;
    const said = new Set(words(m[2]).slice(0, 40));
    let best: { part: Part; score: number } | undefined;
    for (const op of inst.paragraphs) {
      const w = openingOf(op);
      const shared = [...w].filter((x) => said.has(x)).length;
      const score = shared / Math.max(1, Math.min(w.size, said.size));
      if (!best || score > best.score) best = { part: op, score };
    }
    if (best && best.score >= 0.5) {
      r.reportsOn.push({ reportParagraphId: p.id, instrument: inst.id, paragraph: best.part.id, score: Math.round(best.score * 100) / 100 });
    } else {
      r.reportsOn.push({ reportParagraphId: p.id, instrument: inst.id, score: 0 });
    }
  }
}
