// How parts are named: ids (modelled on Akoma Ntoso eIds), canonical citations, labels,
// ordinals and the names of the Working Groups and their meetings. The parser, the index, the
// topics, the resolver and the views all name things through this one module, so a citation
// printed in a hover is the one the resolver accepts and the one the index keys.

import { ordinalWord, toRoman } from './text';
import type { GroupKey, InstrumentKind } from './types';

export const GROUP_NAMES: Record<GroupKey, string> = {
  IC: 'International Cooperation',
  TA: 'Technical Assistance',
};

/** "first" … "twentieth", then "21st": sessions and meetings. 0 (a number that could not be read) names nothing. */
export function ordinal(n: number): string {
  return n === 0 ? '' : ordinalWord(n);
}

/** "Seventh": an ordinal opening a heading. */
export function capitalizedOrdinal(n: number): string {
  const o = ordinal(n);
  return `${o[0].toUpperCase()}${o.slice(1)}`;
}

// ---- ids -------------------------------------------------------------------------------

export function instrumentId(kind: InstrumentKind, session: number, number: number): string {
  return `${kind === 'resolution' ? 'res' : 'dec'}_${session}-${number}`;
}

/** `res_8-1__annex_II`, or `res_5-6__annex` for a single unnamed annex. */
export function annexId(instrumentIdValue: string, key: string): string {
  return `${instrumentIdValue}${key ? `__annex_${key}` : '__annex'}`;
}

export function preambleId(instrumentIdValue: string, n: number): string {
  return `${instrumentIdValue}__pp_${n}`;
}

/** `…__para_1__para_c`: a paragraph path below an instrument, an annex or a report. */
export function paragraphId(containerId: string, path: string[]): string {
  return `${containerId}${path.map((p) => `__para_${p}`).join('')}`;
}

export function sessionId(number: number): string {
  return `cop__session_${number}`;
}

export function meetingId(group: GroupKey, number: number): string {
  return `wg_${group.toLowerCase()}__mtg_${toRoman(number)}`;
}

export function recommendationId(meetingIdValue: string, path: string[]): string {
  return `${meetingIdValue}${path.map((p) => `__rec_${p}`).join('')}`;
}

export function reportId(session: number | undefined): string {
  return `sgr_${session ?? 0}`;
}

export function topicId(group: GroupKey, name: string): string {
  return `topic_${group.toLowerCase()}_${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}

// ---- labels ----------------------------------------------------------------------------

export function annexLabel(key: string): string {
  return key ? `annex ${key}` : 'annex';
}

/** "1 (c)", "(g) (ii)", "13": how drafters write a paragraph path. */
export function formatPath(path: string[]): string {
  return path.map((p) => (/^\d+$/.test(p) ? p : `(${p})`)).join(' ');
}

// ---- names and citations ---------------------------------------------------------------

/** "resolution 8/1". */
export function instrumentName(kind: InstrumentKind, symbol: string): string {
  return `${kind} ${symbol}`;
}

/** "eighth session of the Conference". */
export function sessionName(number: number): string {
  return `${ordinal(number)} session of the Conference`;
}

/** "Working Group on Technical Assistance". */
export function workingGroupName(group: GroupKey): string {
  return `Working Group on ${GROUP_NAMES[group]}`;
}

/** "Working Group on Technical Assistance, seventh meeting". */
export function meetingName(group: GroupKey, number: number): string {
  return `${workingGroupName(group)}, ${ordinal(number)} meeting`;
}

/** "resolution 8/1, annex II". */
export function annexCitation(kind: InstrumentKind, symbol: string, key: string): string {
  return `${instrumentName(kind, symbol)}, ${annexLabel(key)}`;
}

/** "resolution 8/1, paragraph 13" or, inside an annex, "resolution 8/1, annex II, paragraph 1 (c)". */
export function paragraphCitation(kind: InstrumentKind, symbol: string, path: string[], annexKey?: string): string {
  const owner = annexKey === undefined ? instrumentName(kind, symbol) : annexCitation(kind, symbol, annexKey);
  return `${owner}, paragraph ${formatPath(path)}`;
}

export function preambleCitation(kind: InstrumentKind, symbol: string, n: number): string {
  return `${instrumentName(kind, symbol)}, PP ${n}`;
}

/** "Working Group on Technical Assistance, seventh meeting, 26". */
export function recommendationCitation(group: GroupKey, meeting: number, path: string[]): string {
  return `${meetingName(group, meeting)}, ${formatPath(path)}`;
}

/** "report of the Secretariat to the ninth session". */
export function reportName(session: number | undefined): string {
  return `report of the Secretariat${session ? ` to the ${ordinal(session)} session` : ''}`;
}

export function reportParagraphCitation(session: number | undefined, path: string[]): string {
  return `${reportName(session)}, paragraph ${formatPath(path)}`;
}

export function thematicIndexName(group: GroupKey): string {
  return `${GROUP_NAMES[group]} thematic index`;
}
