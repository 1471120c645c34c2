// Where a stretch of text stands with respect to the citations read in its block: just after one,
// just before one, inside one, in the same clause. The passes that look for what a citation may
// have lost beside it (a joining word split by an unseen character, a number in full-width
// digits) say it only there: elsewhere it is the sentence's prose.

import type { Span } from './reference';

/** How far after a citation, and before one, a stretch is the citation's clause, in characters. */
export const REACH_AFTER = 48;
export const REACH_BEFORE = 24;
/** A sentence's end or a semicolon between a citation and a stretch: the stretch is not the citation's. */
const CLAUSE_ENDS = /;|[.!?][ \u00a0]+[A-Z]/;

export interface Beside {
  before: boolean;
  after: boolean;
  inside: boolean;
}

/** Asked in text order, over the citations read (`read`, in order): one walk forward in all. */
export class BesideCitation {
  private r = 0;
  constructor(
    private readonly text: string,
    private readonly read: readonly Span[],
  ) {}

  at(start: number, end: number): Beside {
    while (this.r < this.read.length && this.read[this.r].end + REACH_AFTER < start) this.r++;
    const out: Beside = { before: false, after: false, inside: false };
    for (let k = this.r; k < this.read.length && this.read[k].start - REACH_BEFORE <= end; k++) {
      const s = this.read[k];
      if (s.start < end && start < s.end) out.inside = true;
      else if (end <= s.start && s.start - end <= REACH_BEFORE && !CLAUSE_ENDS.test(this.text.slice(end, s.start))) out.before = true;
      else if (s.end <= start && start - s.end <= REACH_AFTER && !CLAUSE_ENDS.test(this.text.slice(s.end, start))) out.after = true;
    }
    return out;
  }
}
