// A Working Group meeting's dates as its heading gives them ("II. Second meeting, 3 to 5 October
// 2007"), compared with the dates the sources state for it elsewhere: its own text ("the Working
// Group held a meeting in Vienna from 16 to 17 October 2007", TA compendium line 84) and the
// heading of the annex carrying its recommendations ("… at its meeting held in Vienna on 27 and
// 28 October 2015"). The same words say where it was held (`Meeting.venue`). Where they disagree, both dates are kept (`Meeting.otherDates`), the audit
// says so, and a draft citing the meeting with either date is warned that the sources disagree.

import { ordinal, workingGroupName } from '../model/naming';
import { parseDateSpan } from '../model/text';
import type { Instrument, Meeting, SourceLocation } from '../model/types';
import type { AuditEntry } from './datasetIndex';

const MONTH = '[A-Z][a-z]+';
// "held a meeting in Vienna from 16 to 17 October 2007", "at its meeting held in Vienna on 27 and 28 October 2015"
const HELD_RE = new RegExp(
  `(?:held (?:a|its|the) meeting|(?:its|the) meeting held)(?: in ([A-Z][a-z]+))? (?:from (\\d{1,2}(?: ${MONTH})? to \\d{1,2} ${MONTH} \\d{4})|on (\\d{1,2}(?:, \\d{1,2})*(?: and \\d{1,2})? ${MONTH} \\d{4}))`,
  'g',
);

interface Stated {
  /** "16 to 17 October 2007" */
  dates: string;
  start: string;
  end: string;
  /** "Vienna", where the same words say where. */
  venue?: string;
  /** The words of the source that state it. */
  quote: string;
  source: SourceLocation;
}

function statedIn(text: string, source: SourceLocation | undefined): Stated[] {
  if (!source || !text.includes('meeting')) return [];
  const out: Stated[] = [];
  HELD_RE.lastIndex = 0;
  for (let m = HELD_RE.exec(text); m; m = HELD_RE.exec(text)) {
    const dates = m[2] ?? m[3];
    const span = parseDateSpan(dates);
    if (span.start && span.end) out.push({ dates, start: span.start, end: span.end, venue: m[1], quote: m[0], source });
  }
  return out;
}

export function compareMeetingDates(meetings: Meeting[], instruments: Instrument[], audit: AuditEntry[]): void {
  // Read once per heading: a meeting repeated in folders of copies meets every copy's headings
  // (a hundred copies read each heading ten thousand times, a tenth of the 100× corpus's index build).
  const annexHeadings = new Map<string, Stated[][]>();
  for (const inst of instruments) {
    for (const a of inst.annexes) {
      if (!a.meeting) continue;
      const key = `${a.meeting.group}:${a.meeting.number}`;
      const list = annexHeadings.get(key) ?? [];
      list.push(statedIn(a.heading, a.headingSource ?? a.sources[0]));
      annexHeadings.set(key, list);
    }
  }
  for (const m of meetings) {
    const stated: Stated[][] = [statedIn(m.intro ?? '', m.sources[0])];
    // Only the meeting's own top-level paragraphs: sub-items are recommendations, not its account of itself.
    for (const p of m.recommendations) stated.push(statedIn(p.text, p.sources[0]));
    for (const h of annexHeadings.get(`${m.group}:${m.number}`) ?? []) stated.push(h);
    const heading = m.sources[0];
    for (const list of stated) {
      for (const s of list) {
        if (s.venue && !m.venue) {
          m.venue = s.venue;
          m.venueSource = s.source;
        } else if (s.venue && s.venue !== m.venue) {
          audit.push({ source: s.source, code: 'meeting-conflict', message: `the ${ordinal(m.number)} meeting of the ${workingGroupName(m.group)} was held in ${m.venue} according to ${m.venueSource!.file}:${m.venueSource!.line} but in ${s.venue} here (“${s.quote}”)` });
        }
        if (!m.start || !m.end || !m.dates) continue;
        if (s.start === m.start && s.end === m.end) continue;
        if ((m.otherDates ?? []).some((o) => o.start === s.start && o.end === s.end && o.source.line === s.source.line && o.source.file === s.source.file)) continue;
        (m.otherDates ??= []).push({ dates: s.dates, start: s.start, end: s.end, source: s.source });
        audit.push({
          source: s.source,
          code: 'meeting-conflict',
          message: `the ${ordinal(m.number)} meeting of the ${workingGroupName(m.group)} is dated ${m.dates} by its heading (${heading.file}:${heading.line}) but ${s.dates} here (“${s.quote}”); drafts citing it with either date are warned`,
        });
      }
    }
  }
}
