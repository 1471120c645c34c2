// Resolving sessions of the Conference, Working Group meetings named by their dates, the dates
// and venues written after them, and subsidiary bodies the dataset does not hold. Kept apart
// from resolve.ts (instruments and locators); the Resolver calls in here.

import type { HeldAt, Reference, Span } from '../grammar/reference';
import { listAnd, type DatasetIndex } from '../index/datasetIndex';
import { meetingName, ordinal, sessionName, workingGroupName } from '../model/naming';
import { listedDaysOf, MONTHS, toRoman } from '../model/text';
import { groupNameMeant, isKnownGroupName, KNOWN_GROUP_NAMES } from '../grammar/groupNames';
import { sourceNames } from '../index/sourceNames';
import type { GroupKey, Meeting, Session, SourceLocation } from '../model/types';

// The shapes resolve.ts fills, restated here so that this module does not import it (resolve.ts
// imports this one).
interface Fix {
  title: string;
  span: Span;
  newText: string;
}
interface Target {
  id: string;
  citation: string;
  text: string;
  source: SourceLocation;
  span: Span;
}
interface Resolution {
  targets: Target[];
  problems: { severity: 'error' | 'warning' | 'information'; code: string; message: string; span: Span; fixes: Fix[] }[];
}
type Problem = Resolution['problems'][number];

function push(res: Resolution, severity: Problem['severity'], code: string, message: string, span: Span, fixes: Fix[] = []): void {
  res.problems.push({ severity, code, message, span, fixes });
}

function target(index: DatasetIndex, id: string, span: Span): Target {
  const part = index.part(id)!;
  return { id: part.id, citation: part.citation, text: part.text, source: part.sources[0] ?? { file: '', line: 1, column: 1 }, span };
}

// Messages are read in editors: the source is named for people, not by its file (the CLI adds file:line).
function where(index: DatasetIndex, s: SourceLocation | undefined): string {
  return s ? ` (${sourceNames(index).where(s)})` : '';
}

/** The right dates, written the way the draft wrote them ("from 17 to 21 October 2016", "17–21 October 2016"). */
function datesAs(d: Pick<NonNullable<HeldAt['date']>, 'form' | 'afterHeld' | 'bare'> & { text?: string }, dates: string, start?: string, end?: string): string {
  const form = d.form;
  // "held 27 and 28 October 2015" is no date a sentence writes: "held on 27 and 28 October 2015".
  if (form === 'paren') return d.afterHeld && !/\bto\b/.test(dates) ? `on ${dates}` : dates.replace(/ to /, '–');
  // "the 2016 meeting of …": a year for a year; "the May 2016 meeting": a month, with no "in" before it.
  if (form === 'in' && start && d.bare) return /^\d{4}$/.test(d.text ?? '') ? start.slice(0, 4) : `${MONTHS[Number(start.slice(5, 7)) - 1]} ${start.slice(0, 4)}`;
  if (form === 'in' && start) return `in ${MONTHS[Number(start.slice(5, 7)) - 1]} ${start.slice(0, 4)}`;
  // "on 27 and 28 October 2015": days joined by "and" take "on", a range "from", whichever was
  // written ("from 19 to 21 October 2015" became "from 27 and 28 October 2015", which is no date).
  return heldWhen(dates, start, end);
}

/**
 * The days something was held on, as the sources give them: the days they list ("15, 16 and 18
 * October 2012"), else every day from `start` to `end` (ISO dates), by their day of the month.
 */
function heldDays(dates: string, start: string, end: string): number[] {
  const listed = listedDaysOf(dates);
  if (listed) return listed;
  const out: number[] = [];
  for (let t = Date.parse(`${start}T00:00:00Z`), last = Date.parse(`${end}T00:00:00Z`); t <= last && out.length < 62; t += 86400000) out.push(new Date(t).getUTCDate());
  return out;
}

function sameDays(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

/** "from 17 to 21 October 2016", but "on 8 and 9 October 2014" and "on 17 October 2012": the dates as a sentence says them. */
function heldWhen(dates: string, start?: string, end?: string): string {
  return start === end || !/\bto\b/.test(dates) ? `on ${dates}` : `from ${dates}`;
}

/** Other dates the sources state for the same meeting, disagreeing with the first. */
type OtherDates = Meeting['otherDates'];

/**
 * The sources give two dates for the meeting (TA compendium, second meeting: “3 to 5 October
 * 2007” in its heading, “from 16 to 17 October 2007” in its text): a date written after it is
 * warned whichever it is, never silently accepted or corrected to one of them.
 */
function checkDisputedDate(index: DatasetIndex, res: Resolution, d: NonNullable<HeldAt['date']>, name: string, known: { dates: string; start: string; end: string; source?: SourceLocation }, others: NonNullable<OtherDates>): void {
  const all = [{ dates: known.dates, start: known.start, end: known.end, source: known.source }, ...others];
  const listed = all.map((x) => `${x.dates}${where(index, x.source)}`).join(' and ');
  const fits = (x: (typeof all)[number]): boolean =>
    d.form === 'in' ? !!d.start && x.start.slice(0, d.start.length) <= d.start && d.start <= x.end.slice(0, d.start.length) : d.within ? !!d.start && x.start <= d.start && (d.end ?? d.start) <= x.end : x.start === d.start && x.end === (d.end ?? d.start);
  // "in October 2007" is right by every date the sources give: nothing in dispute.
  if (d.form === 'in' && all.every(fits)) return;
  if (all.some(fits)) {
    push(res, 'warning', 'ambiguous-date', `the sources disagree on when the ${name} was held: ${listed}; “${d.text}” is one of them`, d.span);
    return;
  }
  const fixes = d.form === 'in' ? [] : all.map((x) => ({ title: `Change to “${datesAs(d, x.dates, x.start, x.end)}”`, span: d.span, newText: datesAs(d, x.dates, x.start, x.end) }));
  push(res, 'warning', 'wrong-date', `the sources disagree on when the ${name} was held: ${listed}; “${d.text}” is neither`, d.span, fixes);
}

/** Checks the written dates and venue against what the sources say; warnings with fixes. */
function checkHeld(index: DatasetIndex, res: Resolution, held: HeldAt | undefined, name: string, known: { dates?: string; start?: string; end?: string; venue?: string; venueSource?: SourceLocation; source?: SourceLocation }, others?: OtherDates): void {
  if (!held) return;
  // The day of an adoption said after the session: the instrument's reference checks it.
  const d = held.date?.adoption ? undefined : held.date;
  if (d && d.start && others && others.length > 0 && known.start && known.end && known.dates) {
    checkDisputedDate(index, res, d, name, { dates: known.dates, start: known.start, end: known.end, source: known.source }, others);
  } else if (d && known.start && known.end && known.dates) {
    if (d.form === 'in') {
      const month = d.start;
      if (month && !(known.start.slice(0, month.length) <= month && month <= known.end.slice(0, month.length))) {
        // A year alone is set right as a year: "(2015)" → "(2016)", "in 2015" → "in 2016".
        const year = known.start.slice(0, 4);
        const right = month.length === 4 ? (d.span.end - d.span.start > d.text.length ? `in ${year}` : year) : datesAs({ form: 'in', bare: d.bare, text: d.text }, known.dates, known.start, known.end);
        push(res, 'warning', 'wrong-date', `the ${name} was held ${heldWhen(known.dates, known.start, known.end)}${where(index, known.source)}, not in ${d.text}`, d.span, [{ title: `Change to “${right}”`, span: d.span, newText: right }]);
      }
    } else if (!d.start) {
      push(res, 'warning', 'invalid-date', `“${d.text}” is not a valid date`, d.span);
    } else if (d.within ? !(known.start <= d.start && (d.end ?? d.start) <= known.end) : d.start !== known.start || (d.end ?? d.start) !== known.end || (d.listedDays !== undefined && !sameDays(d.listedDays, heldDays(known.dates, known.start, known.end)))) {
      const right = datesAs(d, known.dates, known.start, known.end);
      // ", on 1 January 1999" names a day of the meeting: wrong only outside its dates.
      // "on 17 and 21 October 2016" for a session of five days: its first and last days, not the days it was held.
      const firstAndLast = !d.within && d.start === known.start && (d.end ?? d.start) === known.end;
      const not = d.within ? (known.start === known.end ? `, not on ${d.text}` : `; ${d.text} is not within them`) : firstAndLast ? `, not only on ${d.text} (days joined by “and” are every day it was held)` : `, not ${d.text}`;
      push(res, 'warning', 'wrong-date', `the ${name} was held ${heldWhen(known.dates, known.start, known.end)}${where(index, known.source)}${not}`, d.span, [{ title: `Change to “${right}”`, span: d.span, newText: right }]);
    }
  } else if (d) {
    // "ok" means every part was checked: dates the sources do not state (a user's source without
    // a date line, or one its reader could not read) are said to be unchecked, as a venue is.
    push(res, 'information', 'unchecked-date', `the sources give no dates the checker reads for the ${name}; “${d.text}” was not checked`, d.span);
  }
  const v = held.venue;
  // "ok" means every part was checked: a venue the sources do not state is said to be unchecked.
  if (v && !known.venue) {
    push(res, 'information', 'unchecked-venue', `the sources do not say where the ${name} was held; “${v.text}” was not checked`, v.span);
  }
  if (v && known.venue && v.text !== known.venue) {
    push(res, 'warning', 'wrong-venue', `the ${name} was held in ${known.venue}${where(index, known.venueSource ?? known.source)}, not in ${v.text}`, v.span, [{ title: `Change to “${known.venue}”`, span: v.span, newText: known.venue }]);
  }
}

function describedRange(sessions: Session[]): string {
  if (sessions.length === 0) return 'no session of the Conference';
  const first = sessions[0];
  const last = sessions[sessions.length - 1];
  return `sessions ${first.number}–${last.number} of the Conference (${first.start?.slice(0, 4) ?? '?'}–${last.end?.slice(0, 4) ?? '?'})`;
}

export function resolveSession(index: DatasetIndex, ref: Reference, res: Resolution): void {
  const s = ref.session!;
  const sessions = index.data.sessions;
  const session = index.session(s.number);
  if (!session) {
    const max = sessions.length ? sessions[sessions.length - 1].number : 0;
    const why = s.number > max ? `the ${ordinal(s.number)} session is later than any of them` : `the ${ordinal(s.number)} session is not among them`;
    push(res, 'information', 'unknown-session', `the indexed documents describe ${describedRange(sessions)}; ${why}`, s.span);
    return;
  }
  res.targets.push(target(index, session.id, s.span));
  const name = sessionName(session.number);
  checkHeld(index, res, s.held, name, { ...session, source: session.sources[0] });
  if (s.cop && s.cop.number !== s.number) {
    push(res, 'warning', 'wrong-session-number', `“COP${s.cop.number}” names the ${ordinal(s.cop.number)} session, but the text says the ${ordinal(s.number)}`, s.cop.span, [
      { title: `Change to “COP${s.number}”`, span: s.cop.span, newText: `COP${s.number}` },
    ]);
  }
  if (s.metBy) {
    const held = session.meetings.map((id) => index.data.meetings.find((m) => m.id === id)!).filter((m) => !s.metBy!.group || m.group === s.metBy!.group);
    if (held.length === 0) {
      const group = s.metBy.group ? workingGroupName(s.metBy.group) : 'either Working Group';
      push(res, 'warning', 'no-meeting-during', `no meeting of the ${group} in the indexed documents was held during the ${name} (${session.dates ?? 'dates not stated'})`, s.metBy.span);
    }
  }
}

/** A Working Group meeting: its dates and venue when written; a meeting named by its dates only. */
export function checkMeetingHeld(index: DatasetIndex, ref: Reference, m: Meeting, res: Resolution): void {
  checkHeld(index, res, ref.wg?.held, meetingName(m.group, m.number), { dates: m.dates, start: m.start, end: m.end, venue: m.venue, venueSource: m.venueSource, source: m.sources[0] }, m.otherDates);
}

/** "the meeting of the Working Group on … held from …": the meeting whose dates those are. */
/** The meeting of `wg`'s group held on the dates it gives ("held on 8 and 9 October 2014"), if the sources date one so. */
export function meetingHeldOn(index: DatasetIndex, wg: NonNullable<Reference['wg']>): Meeting | undefined {
  const d = wg.held?.date;
  if (!d?.start) return undefined;
  const start = d.start;
  const mine = index.data.meetings.filter((m) => m.group === wg.group);
  // "held in October 2007" names a month: the meeting held in it.
  const dated = (from?: string, to?: string): boolean =>
    !!from && !!to && (d.form === 'in' ? from.slice(0, start.length) <= start && start <= to.slice(0, start.length) : d.within ? from <= start && (d.end ?? start) <= to : from === start && to === (d.end ?? start));
  // A meeting the sources date two ways is found by either date (and warned: checkHeld).
  return mine.find((m) => dated(m.start, m.end)) ?? mine.find((m) => (m.otherDates ?? []).some((o) => dated(o.start, o.end)));
}

export function resolveMeetingByDate(index: DatasetIndex, ref: Reference, res: Resolution): void {
  const wg = ref.wg!;
  // Named by dates the grammar did not read: the unread rule says so, and no meeting is named.
  if (!wg.held) return;
  const d = wg.held?.date;
  const mine = index.data.meetings.filter((m) => m.group === wg.group);
  const hit = meetingHeldOn(index, wg);
  if (hit) {
    res.targets.push(target(index, hit.id, wg.span));
    checkHeld(index, res, wg.held, meetingName(hit.group, hit.number), { dates: hit.dates, start: hit.start, end: hit.end, venue: hit.venue, venueSource: hit.venueSource, source: hit.sources[0] }, hit.otherDates);
    return;
  }
  const year = d?.start?.slice(0, 4);
  // Every date the sources give a meeting: one the sources date two ways is listed with both.
  const datesOf = (m: Meeting): { dates: string; start?: string; end?: string }[] => [...(m.dates ? [{ dates: m.dates, start: m.start, end: m.end }] : []), ...(m.otherDates ?? [])];
  const sameYear = mine.filter((m) => year && datesOf(m).some((x) => x.start?.startsWith(year)));
  const list = sameYear
    .map((m) => {
      const all = datesOf(m);
      return `${ordinal(m.number)} (${toRoman(m.number)}), ${all.length > 1 ? `${all.map((x) => x.dates).join(' or ')} (the sources disagree)` : m.dates}`;
    })
    .join('; ');
  const fixes: Fix[] =
    sameYear.length === 1 && d
      ? datesOf(sameYear[0]).map((x) => ({ title: `Change to the dates of the ${ordinal(sameYear[0].number)} meeting, ${x.dates}`, span: d.span, newText: datesAs(d, x.dates, x.start, x.end) }))
      : [];
  // The same days in another year ("27 and 28 October 2014" for the sixth meeting's 2015): the year
  // may be the slip as much as the days (the fix rewrote the days to the fifth meeting's, preferred).
  const dayOf = (x?: string): string | undefined => (x && x.length === 10 ? x.slice(5) : undefined);
  // Only within the years the group's meetings span: a later year may be a meeting the sources do not hold yet.
  const years = mine.flatMap((m) => datesOf(m).map((x) => x.start?.slice(0, 4) ?? '')).filter((y) => y !== '').sort();
  const within = year !== undefined && years.length > 0 && years[0] <= year && year <= years[years.length - 1];
  const sameDays =
    within && d?.start && d.form !== 'in' && dayOf(d.start)
      ? mine.flatMap((m) => datesOf(m).filter((x) => x.start && x.start.slice(0, 4) !== year && dayOf(x.start) === dayOf(d.start) && dayOf(x.end ?? x.start) === dayOf(d.end ?? d.start)).map((x) => ({ m, x })))
      : [];
  for (const { m, x } of sameDays) fixes.push({ title: `Change to the dates of the ${ordinal(m.number)} meeting, ${x.dates}`, span: d!.span, newText: datesAs(d!, x.dates, x.start, x.end) });
  const said = d?.text ? `${d.form === 'from' ? 'from' : d.form === 'in' ? 'in' : 'on'} ${d.text}` : 'then';
  if (sameYear.length > 0) {
    push(res, 'warning', 'wrong-date', `no meeting of the ${workingGroupName(wg.group)} in the indexed documents was held ${said}; its meetings in ${year}: ${list}`, d?.span ?? wg.span, fixes);
    return;
  }
  if (sameDays.length > 0) {
    const others = sameDays.map(({ m, x }) => `its ${ordinal(m.number)} meeting was held ${x.dates}`).join('; ');
    push(res, 'warning', 'wrong-date', `no meeting of the ${workingGroupName(wg.group)} in the indexed documents was held ${said}; ${others}`, d?.span ?? wg.span, fixes);
    return;
  }
  push(res, 'information', 'unknown-meeting', `the indexed documents describe no meeting of the ${workingGroupName(wg.group)} in ${year ?? 'that year'}`, d?.span ?? wg.span);
}

export function resolveSubsidiary(ref: Reference, res: Resolution, groups: GroupKey[], text = ''): void {
  const b = ref.subsidiary!;
  if (!b.name) {
    const nth = b.meeting ? ordinal(b.meeting) : 'n-th';
    if (!/^its\b/i.test(text.slice(ref.span.start, ref.span.start + 4))) {
      // "the fifth meeting of the Working Group", the group's name not given.
      const named = groups.map((g) => `“the ${nth} meeting of the ${workingGroupName(g)}”`).join(' or ');
      push(res, 'warning', 'ambiguous-working-group', `no Working Group is named in full before “the Working Group” in this paragraph, so its ${nth} meeting was not checked; write ${named}`, b.span);
      return;
    }
    // "the Working Group, at its eighth session" with no Working Group named in full before it.
    const written = groups.map((g) => `“the ${workingGroupName(g)}, at its ${nth} meeting”`).join(' or ');
    push(
      res,
      'warning',
      'ambiguous-working-group',
      `“its” here is a Working Group's, not the Conference's, and no Working Group is named in full before it in this paragraph, so its ${nth} meeting was not checked; write ${written} (or “the Conference, at its ${nth} session” if the Conference's was meant)`,
      b.span,
    );
    return;
  }
  if (!isKnownGroupName(b.name)) {
    unknownGroup(ref, res, b, text);
    return;
  }
  push(res, 'information', 'unknown-body', `the indexed documents hold the recommendations of the ${groups.map(workingGroupName).join(' and of the ')} only; the ${b.name} is a subsidiary body of the Conference whose documents they do not hold`, b.span);
}

/**
 * A Working Group named otherwise than any the grammar reads: a slip for one of them (an error,
 * with the name to write), or a group the checker does not know. Either way its meeting was
 * not checked, and the verdict says so.
 */
function unknownGroup(ref: Reference, res: Resolution, b: NonNullable<Reference['subsidiary']>, text: string): void {
  const name = b.name.replace(/\s+/g, ' ').trim();
  const nameHere = text.slice(b.span.start, b.span.end) === b.name;
  // "at its tenth session" is how some drafts name a Working Group's meeting: said as written.
  const noun = /\bsessions?\b/i.test(text.slice(b.span.start, b.span.end)) || /\bsessions?\b/i.test(text.slice(ref.span.start, ref.span.end)) ? 'session' : 'meeting';
  const unchecked = b.meeting ? `its ${ordinal(b.meeting)} ${noun} was not checked` : 'nothing of it was checked';
  const meant = groupNameMeant(name);
  if (meant) {
    const fixes = nameHere ? [{ title: `Change to “${meant}”`, span: b.span, newText: meant }] : [];
    push(res, 'warning', 'misspelt-group', `“${name}”${nameHere ? '' : ', named before it,'} is not the name of a Working Group of the Conference: write “${meant}”; until then ${unchecked}`, b.span, fixes);
    return;
  }
  push(res, 'information', 'unknown-group', `“${name}”${nameHere ? '' : ', named before it,'} is none of the Working Groups the checker knows (${listAnd(KNOWN_GROUP_NAMES.map((n) => `the ${n}`))}), so ${unchecked}`, b.span);
}
