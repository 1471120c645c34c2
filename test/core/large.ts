// Large drafts of one repeated construct: what once overflowed the stack (a label list read
// with an argument spread) or could make a rule read the same stretch again and again. Shared
// by the unit tests, the fuzzer and the language-server test; `bytes` is the size wanted.
const times = (unit: string, bytes: number): string => unit.repeat(Math.ceil(bytes / unit.length));

export const LARGE: [string, (bytes: number) => string][] = [
  ['one line of labels after a reference', (b) => `resolution 8/1, annex II, 1 ${times('(a), ', b)}\n`],
  ['one line of commas after a reference', (b) => `See resolution 8/1${times(', ', b)}.\n`],
  ['one line of opening parentheses', (b) => `resolution 8/1 ${times('(', b)}\n`],
  ['nested "of" chains', (b) => `${times('paragraph 1 of ', b)}resolution 8/1\n`],
  ['nested "of" chains without an instrument', (b) => `${times('subparagraph (a) of paragraph 2 of annex II to ', b)}the Convention\n`],
  ['a list of instruments', (b) => `resolutions ${times('8/1, ', b)}and 9/3, annex II\n`],
  // The session after the list is checked for each instrument (one fix decided per claim, not per instrument).
  ['a list of instruments with a wrong session after it', (b) => `resolutions ${times('8/1, ', b)}and 9/3, adopted at its fifth session, held in Vienna from 18 to 22 October 2010\n`],
  ['a list of quoted titles', (b) => `resolutions 8/1 and 9/3, entitled ${times('“A”, ', b)}and “B”\n`],
  ['one line of numbers after "paragraphs"', (b) => `resolution 8/1, paragraphs ${times('1, ', b)}and 2\n`],
  ['ordinals without a paragraph', (b) => `the ${times('twenty-fifth ', b)}preambular paragraph of resolution 8/1\n`],
];
