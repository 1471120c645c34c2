// Pieces of references and of the Unicode and markup around them, for generated drafts.

export const FRAGMENTS = [
  'resolution', 'resolutions', 'decision', 'Decision', '8/1', '3/2', '7/3', '55/25', ' of ', ' and ', ', ', 'annex', 'annex I', 'annex II',
  'paragraph', 'paras.', 'PP', 'preambular paragraph', '(a)', '(g)', '(ii)', '(I)', '(', ')', '((((', '1', '13', '3–7', '—', '–', '-', '“', '”', '"',
  'entitled', 'of 21 October 2016', 'its', 'Conference', 'General Assembly', 'Working Group on International Cooperation', 'at its third meeting',
  'International Cooperation compendium, Part A ', 'III.3.c', 'part B.VIII', 'report of the Secretariat', 'CTOC/COP/WG.3/2015/4', ', para. ',
  'article 18', 'above', '\u00a0', '\u200b', '\r\n', '\n', '\n\n', '*', '**', '𝐀', '😀', '\uFEFF', 'the fourth', 'to',
  // sessions, meetings and subsidiary bodies (sessionRules.ts)
  'session', ' session of the Conference', 'eighth', '11th', 'COP', 'COP8', '(COP9)', ', held in Vienna from 17 to 21 October 2016', ' held on 1 and 2 October 2009',
  'sessions', ' and fifth sessions', 'at its fourth and ', ', part A, ', 'IV.g-n', ' - ',
  '(Vienna, 8–17 October 2008)', 'the meeting of the Working Group on Technical Assistance', 'Working Group on Firearms', 'Implementation Review Group', 'met during the',
  'its 11th and 12th', 'the eighth and ninth meetings', ' or eleventh session', ', at its 8th, 9th and 12th meetings', 'meeting', 'meetings', ', eleventh and twelfth sessions', 'its tenth', 'ninety-ninth meeting of the ', 'seventy ',
  'recommendation 3 of the ', ', in particular recommendation (e)', 'the sixth, seventh and eighth preambular paragraphs of ', 'eighth and ninth', 'annexes I-II', 'section A', 'OP 3', 'op.', ' et seq.', ' ff.', 'pp. 3', ', second sentence', ', on 1 January 1999', ', from 8 to 9 October 2014', ' (see part B)', 'III.3.c and d', ' alt', ' (bis)',
  '8 / 1', '8\u20441', ' 9\u22151', '8.1', 'VIII/1', ' 1325', '3-2',
  'The General Assembly,', 'Economic and Social Council in', 'of the Governing Council of the United Nations Environment Programme', 'CTOC/COP/2012/2',
];
