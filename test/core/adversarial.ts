// Inputs that made (or could make) a parser backtrack over long stretches: the property tests
// count the parser's work on them, the benchmark times them. `n` scales the input linearly.
export const ADVERSARIAL: [string, (n: number) => string][] = [
  ['real sentences', (n) => 'Recalling its resolution 8/1 of 21 October 2016, and paragraphs 4 and 5 of resolution 8/1, annex II, 1 (c). '.repeat(n)],
  ['thousands of commas after a label list', (n) => `paragraphs ${'1, '.repeat(n * 20)}and 2 of`],
  ['unbalanced parentheses', (n) => '(((((('.repeat(n * 20)],
  ['labels without an instrument', (n) => '(a)(b)(c) (ii) '.repeat(n * 10)],
  ['kind words without numbers', (n) => 'resolution decision resolutions of the Conference '.repeat(n * 5)],
  ['an unterminated title', (n) => `resolution 8/1, entitled “${'word '.repeat(n * 20)}`],
  ['dotted locators', (n) => `part B.${'VIII.1.a and '.repeat(n * 10)}`],
  ['one long line of dashes and spaces', (n) => '– — -\u00a0'.repeat(n * 30)],
  ['Working Group openings without a meeting', (n) => 'Working Group on International Cooperation, '.repeat(n * 5)],
  ['report openings without a paragraph', (n) => 'report of the Secretariat on '.repeat(n * 8)],
  ['document symbols', (n) => 'CTOC/COP/WG.3/2015/4, para. 2 (h) - '.repeat(n * 5)],
  ['articles and paragraphs', (n) => 'article 18, paragraph 13, of '.repeat(n * 6)],
  ['qualifiers without instruments', (n) => 'General Assembly its Conference of the Parties to the '.repeat(n * 4)],
  ['preambular ordinals', (n) => 'the fourth preambular paragraph of the '.repeat(n * 5)],
  ['a title opened on every line of a paragraph', (n) => 'resolution 8/1, entitled “a\n'.repeat(n * 5)],
  ['titles opened and never closed', (n) => 'resolution 8/1, entitled ‘word '.repeat(n * 5)],
  ['emphasis between every token', (n) => 'resolution * * * * 8/1 * * * , annex * * I '.repeat(n * 3)],
  // Each "its" looked back for the Working Group last named in full: once per block, not per reference.
  ['bare Working Group sessions', (n) => 'the Working Group on Firearms, the Working Group, at its eighth session, '.repeat(n * 3)],
  ['instrument ranges and annex lists', (n) => 'resolutions 8/1 to 8/4 and annexes I and II to resolution 8/1, '.repeat(n * 3)],
  // Each pointer looked at the instrument after it, and each unnamed one for the nearest
  // instrument, over the whole paragraph (a 1 MB paragraph of them took 50 s).
  ['part B pointers, each with its instrument', (n) => 'See part B.IX (resolution 8/1, annex I). See part B.VIII, '.repeat(n * 2)],
  ['meetings placed in annexes', (n) => 'the recommendations of the Working Group on International Cooperation at its sixth meeting are contained in annex II to resolution 8/1, '.repeat(n)],
  // Each self-reference's quotation state was found by searching the block's list of them (quadratic).
  // Each one described the draft's whole numbering again (and looked for its gaps).
  ['numbered paragraphs each citing a missing one', (n) => Array.from({ length: n * 2 }, (_, i) => `${(i % 900) + 1}. See paragraph 950 of the present resolution.`).join('\n')],
  // Each opening mark looked for its closing one to the end of the text (quadratic if none closes).
  ['marks of editing never closed', (n) => '<!-- {-- {>> {~~ x ~~} <del> resolution 8/1, {++paragraph 3 &nbsp; '.repeat(n * 3)],
  // Each wrong date of a list compared the whole list for instruments sharing it (a 400 KB list took 30 s).
  ['a list of instruments, each wrongly dated', (n) => 'its resolution 8/1 of 25 October 2016, its resolution 8/1, adopted at COP8, Geneva, 25 October 2016, '.repeat(n)],
  // Each "ibid." looked for the citation before it over the whole paragraph (a 1.6 MB line took 27 s).
  ['"ibid." after every citation', (n) => 'resolution 8/1, annex II; see also ibid., annex III, '.repeat(n * 2)],
  // Each locator of "the same resolution" or after "read in conjunction with" is looked at once, through cursors.
  ['locators of an instrument named before without its symbol', (n) => 'resolution 8/1, read in conjunction with paragraph 26, and paragraph 3 of the same resolution, the said resolution, annex I, '.repeat(n)],
  ['self-references, quoted and not', (n) => `1. x.\n\n2. ${'paragraph 3 of the present resolution and “paragraph 2 of the present resolution” and '.repeat(n * 2)}`],
];
