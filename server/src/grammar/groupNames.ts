// The Conference's Working Groups by the names drafters write them, and what is said of a name
// that is none of them. "the Working Group on Internacional Cooperation at its tenth meeting" was
// no reference at all: a slip in the name hid the meeting from every check. A capitalised name
// after "Working Group on" is now read whatever it says; the resolver names the group meant, or
// says that the group is not one the checker knows.

import { distance } from './misspeltKind';

/** Subsidiary bodies of the Conference whose documents the dataset does not hold, as written (lower case). */
export const OTHER_BODIES: { words: string[]; name: string }[] = [
  { words: ['working', 'group', 'on', 'trafficking', 'in', 'persons'], name: 'Working Group on Trafficking in Persons' },
  { words: ['working', 'group', 'on', 'the', 'smuggling', 'of', 'migrants'], name: 'Working Group on the Smuggling of Migrants' },
  { words: ['working', 'group', 'on', 'smuggling', 'of', 'migrants'], name: 'Working Group on the Smuggling of Migrants' },
  { words: ['working', 'group', 'on', 'firearms'], name: 'Working Group on Firearms' },
  { words: ['implementation', 'review', 'group'], name: 'Implementation Review Group' },
];

/** The groups whose documents the dataset holds, by their full names (the others are in `OTHER_BODIES`). */
const HELD_GROUPS = ['Working Group on International Cooperation', 'Working Group of Government Experts on Technical Assistance'];
/** The Working Groups the grammar reads, by their full names: for messages. */
export const KNOWN_GROUP_NAMES = [...HELD_GROUPS, ...new Set(OTHER_BODIES.filter((b) => b.words[0] === 'working').map((b) => b.name))];
/** What follows "Working Group … on" in those names, and in the shorter forms drafters also write ("Smuggling of Migrants"). */
const SUBJECTS = [...new Set(KNOWN_GROUP_NAMES.map((n) => n.replace(/^.*? on /, '')).flatMap((x) => (x.startsWith('the ') ? [x, x.slice(4)] : [x])))];
const SUBJECT_KEYS = SUBJECTS.map((s) => s.toLowerCase());

/** Words that join the capitalised words of a name ("Trafficking in Persons", "Smuggling of Migrants"). */
export const NAME_JOINERS = ['of', 'and', 'the', 'in', 'for', 'on', 'against'];
/** The most words a name after "on" is read for (the longest printed one has four). */
export const NAME_WORDS_MAX = 8;

const PREFIX_RE = /^(Working\s+Group(?:\s+of\s+Government\s+Experts)?\s+on)\s+(.*)$/i;

/** `name` with its spaces made one and its letters lower-cased: how names are compared. */
const key = (name: string): string => name.replace(/\s+/g, ' ').trim().toLowerCase();

const KNOWN = new Set<string>();
for (const b of OTHER_BODIES) KNOWN.add(b.words.join(' '));
for (const prefix of ['working group on ', 'working group of government experts on ']) for (const s of ['international cooperation', 'technical assistance']) KNOWN.add(prefix + s);

/** Whether `written` is a name the grammar reads as a Working Group's (any case, any spacing). */
export function isKnownGroupName(written: string): boolean {
  return KNOWN.has(key(written));
}

/**
 * The name `written` is a slip for ("Working Group on Internacional Cooperation" → "Working Group
 * on International Cooperation"): the printed subject within two edits of the one written (one
 * for short subjects), with the prefix as written. None when it is no known name's slip.
 */
export function groupNameMeant(written: string): string | undefined {
  const m = PREFIX_RE.exec(written.replace(/\s+/g, ' ').trim());
  if (!m) return undefined;
  const subject = m[2].toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  SUBJECT_KEYS.forEach((s, x) => {
    const max = s.length < 10 ? 1 : 2;
    const d = distance(subject, s, max);
    if (d <= max && d < bestD) {
      bestD = d;
      best = SUBJECTS[x];
    }
  });
  if (best === undefined || bestD === 0) return undefined;
  return `${m[1]} ${best}`;
}

