// Completion of sessions and Working Group meetings: the sessions after "at its " (and "COP"),
// the dates and venue after "… eighth session", the meetings after "meeting of the Working
// Group …". Each item replaces exactly the partly written word.

import type { Span } from '../grammar/reference';
import type { DatasetIndex } from '../index/datasetIndex';
import { meetingName, ordinal, sessionName, workingGroupName } from '../model/naming';
import { fromOrdinalWord, toRoman } from '../model/text';
import type { GroupKey } from '../model/types';
import { sessionMarkdown, type DescribeOptions } from './describe';

/** A completion item (the shape of completion.ts's CompletionCandidate, which imports this module). */
export interface CompletionCandidate {
  label: string;
  kind: 'keyword' | 'date';
  detail?: string;
  documentation?: string;
  insertText: string;
  replace: Span;
  sortText?: string;
  filterText?: string;
  retrigger?: boolean;
}

const GROUPS: Record<string, GroupKey> = { 'international cooperation': 'IC', 'technical assistance': 'TA' };

/** Session and meeting completions at the end of `prefix` (the line before the cursor), or undefined. */
export function sessionCompletions(index: DatasetIndex, prefix: string, offset: number, opts: DescribeOptions = {}): CompletionCandidate[] | undefined {
  const replaceLast = (typed: string): Span => ({ start: offset - typed.length, end: offset });

  // "at its ei" → "eighth session"; "COP" → "COP8".
  const atIts = /\b(?:at|during|since|before|after|to) its\s+([a-z0-9]*)$/i.exec(prefix);
  // Not inside a document symbol ("CTOC/COP|/2016/15"): no session is completed there.
  const cop = /(?<![\w/.-])COP(\d{0,2})$/.exec(prefix);
  if (atIts || cop) {
    const typed = atIts ? atIts[1] : cop![0];
    return index.data.sessions.map((s, i) => {
      const text = atIts ? `${ordinal(s.number)} session` : `COP${s.number}`;
      return {
        label: text,
        kind: 'keyword' as const,
        detail: `${s.dates ?? ''}${s.venue ? `, ${s.venue}` : ''}${s.instruments.length ? ` · adopted ${s.instruments.length}` : ''}`,
        documentation: sessionMarkdown(index, s, opts),
        insertText: text,
        replace: replaceLast(typed),
        sortText: String(i).padStart(3, '0'),
        filterText: text,
      };
    });
  }

  // "… eighth session" or "… eighth session of the Conference" → ", held [in Vienna] from 17 to 21 October 2016".
  const after = /\b(?:its|the) (\w+) session(?: of the Conference(?: of the Parties)?)?(,?\s*(?:h[a-z]*)?)$/i.exec(prefix);
  if (after) {
    const n = fromOrdinalWord(after[1]);
    const s = n ? index.session(n) : undefined;
    if (!s || !s.dates) return [];
    const text = `, held ${s.venue ? `in ${s.venue} ` : ''}from ${s.dates}`;
    return [{ label: text, kind: 'date', detail: `when the ${sessionName(s.number)} was held`, documentation: sessionMarkdown(index, s, opts), insertText: text, replace: replaceLast(after[2]), filterText: after[2] || text }];
  }

  // "meeting of the Working Group " → the groups; "… on Technical Assistance " → its meetings by date.
  const wg = /\bmeeting of the Working Group(?: of Government Experts)?(?: on ((?:International|Technical)(?: [A-Za-z]*)?))?(\s*[A-Za-z]*)$/.exec(prefix);
  if (wg) {
    const group = wg[1] ? GROUPS[wg[1].toLowerCase()] : undefined;
    if (!group) {
      const typed = wg[1] ? `on ${wg[1]}${wg[2]}`.trimStart() : wg[2].trimStart();
      return (['IC', 'TA'] as const).map((g, i) => ({
        label: `on ${workingGroupName(g).replace('Working Group on ', '')}`,
        kind: 'keyword' as const,
        detail: workingGroupName(g),
        insertText: `on ${workingGroupName(g).replace('Working Group on ', '')} `,
        replace: replaceLast(typed),
        sortText: String(i),
        retrigger: true,
      }));
    }
    const typed = wg[2].trimStart();
    return index.data.meetings
      .filter((m) => m.group === group && m.dates)
      .map((m, i) => {
        const text = `held ${m.start === m.end || / and /.test(m.dates ?? "") ? "on" : "from"} ${m.dates}`;
        return {
          label: text,
          kind: 'keyword' as const,
          detail: `${meetingName(m.group, m.number)} (${toRoman(m.number)})`,
          insertText: text,
          replace: replaceLast(typed),
          sortText: String(i).padStart(3, '0'),
          filterText: `held ${typed}`,
        };
      });
  }
  return undefined;
}
