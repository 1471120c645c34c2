// Pieces of references and of the Unicode and markup around them, for generated drafts.

export const FRAGMENTS = [
  'resolution', 'resolutions', 'decision', 'Decision', '8/1', '3/2', '7/3', '55/25', ' of ', ' and ', ', ', 'annex', 'annex I', 'annex II',
  'paragraph', 'paras.', 'PP', 'preambular paragraph', '(a)', '(g)', '(ii)', '(I)', '(', ')', '((((', '1', '13', '3–7', '—', '–', '-', '“', '”', '"',
  'entitled', 'of 21 October 2016', 'its', 'Conference', 'General Assembly', 'Working Group on International Cooperation', 'at its third meeting',
  'International Cooperation compendium, Part A ', 'III.3.c', 'part B.VIII', 'report of the Secretariat', 'CTOC/COP/WG.3/2015/4', ', para. ',
  'article 18', 'above', '\u00a0', '\u200b', '\r\n', '\n', '\n\n', '*', '**', '𝐀', '😀', '\uFEFF', 'the fourth', 'to',
];
