// The agreed-language test set, generated from the dataset itself with a seeded generator:
// paragraphs of the dataset edited the ways drafters edit them (each must find its source
// first), and paragraphs on unrelated subjects written here in resolution style (each must
// find nothing). Nothing generated is committed; the same seed gives the same set.

import { corpusOf, type CorpusEntry } from '../../server/src/features/similarity/corpus';
import { wordsOf } from '../../server/src/features/similarity/terms';
import type { DatasetIndex } from '../../server/src/index/dataset';

export type EditKind = 'synonyms' | 'qualifier' | 'clause dropped' | 'cut short' | 'words dropped' | 'synonyms + qualifier';
export const EDIT_KINDS: readonly EditKind[] = ['synonyms', 'qualifier', 'clause dropped', 'cut short', 'words dropped', 'synonyms + qualifier'];

export interface EditedCase {
  kind: EditKind;
  text: string;
  source: CorpusEntry;
}

export interface UnrelatedCase {
  kind: 'unrelated';
  text: string;
}

export interface TestSet {
  edited: EditedCase[];
  unrelated: UnrelatedCase[];
}

import { rng } from '../rng';
export { rng };

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

// Near-synonyms drafters swap in, both ways where the swap reads naturally.
const SYNONYMS: [RegExp, string[]][] = [
  [/\bStates parties\b/, ['Member States', 'States']],
  [/\bMember States\b/, ['States parties', 'States']],
  [/\bRequests\b/, ['Calls upon', 'Invites']],
  [/\bEncourages\b/, ['Urges', 'Invites']],
  [/\bUrges\b/, ['Encourages', 'Calls upon']],
  [/\bInvites\b/, ['Encourages', 'Requests']],
  [/\bNoting\b/, ['Recognizing', 'Acknowledging']],
  [/\bRecognizing\b/, ['Noting', 'Acknowledging']],
  [/\bstrengthen\b/, ['enhance', 'reinforce']],
  [/\benhance\b/, ['strengthen', 'improve']],
  [/\bpromote\b/, ['foster', 'encourage']],
  [/\bensure\b/, ['guarantee', 'make sure']],
  [/\bprovide\b/, ['offer', 'deliver']],
  [/\bconsider\b/, ['examine', 'look into']],
  [/\bmeasures\b/, ['steps', 'action']],
  [/\brelevant\b/, ['pertinent', 'appropriate']],
  [/\beffective\b/, ['efficient', 'meaningful']],
  [/\bassistance\b/, ['support', 'help']],
  [/\bcooperation\b/, ['collaboration', 'coordination']],
  [/\bincluding\b/, ['in particular', 'such as']],
  [/\bcontinue\b/, ['keep', 'carry on']],
  [/\bthe Secretariat\b/, ['the United Nations Office on Drugs and Crime', 'UNODC']],
  [/\bthe Convention\b/, ['the Organized Crime Convention', 'the treaty']],
  [/\bin order to\b/, ['so as to', 'to']],
  [/\bimplementation\b/, ['application', 'execution']],
  [/\bauthorities\b/, ['agencies', 'bodies']],
  [/\bin particular\b/, ['especially', 'notably']],
  [/\bdevelop\b/, ['design', 'prepare']],
  [/\bexchange\b/, ['sharing', 'swap']],
  [/\bimportance\b/, ['significance', 'value']],
];

const QUALIFIERS = [
  ', as appropriate,',
  ', where appropriate,',
  ', in accordance with their domestic law,',
  ', within existing resources,',
  ', upon request,',
  ', inter alia,',
  ', subject to the availability of extrabudgetary resources,',
  ' further',
  ', in particular,',
  ', consistent with their legal systems,',
];

function synonyms(r: () => number, text: string, count: number): string | undefined {
  let out = text;
  let done = 0;
  const order = SYNONYMS.map((s) => s).sort(() => r() - 0.5);
  for (const [re, subs] of order) {
    if (done >= count) break;
    if (!re.test(out)) continue;
    out = out.replace(re, pick(r, subs));
    done++;
  }
  return done > 0 ? out : undefined;
}

function qualifier(r: () => number, text: string): string {
  const ws = wordsOf(text);
  // After a word in the first two thirds, never inside a number or a quotation.
  const at = ws[1 + Math.floor(r() * Math.max(1, Math.floor((ws.length * 2) / 3) - 1))];
  const q = pick(r, QUALIFIERS);
  const rest = text.slice(at.end).replace(/^,/, '');
  return text.slice(0, at.end) + q + (q.endsWith(',') && !rest.startsWith(' ') ? ' ' : '') + rest;
}

function clauseDropped(r: () => number, text: string): string | undefined {
  // A stretch between two punctuation marks (or from one to the end) of at least three words
  // and at most 40 % of the paragraph.
  const total = wordsOf(text).length;
  const marks: number[] = [];
  for (let i = 0; i < text.length; i++) if (',;:'.includes(text[i])) marks.push(i);
  const spans: [number, number][] = [];
  for (let k = 0; k < marks.length; k++) {
    const end = k + 1 < marks.length ? marks[k + 1] : text.replace(/[.;:]\s*$/, '').length;
    const n = wordsOf(text.slice(marks[k], end)).length;
    if (n >= 3 && n <= total * 0.4) spans.push([marks[k], end]);
  }
  if (spans.length === 0) return undefined;
  const [s, e] = pick(r, spans);
  return text.slice(0, s) + text.slice(e);
}

function cutShort(r: () => number, text: string): string {
  const ws = wordsOf(text);
  const keep = Math.max(8, Math.round(ws.length * (0.5 + r() * 0.3)));
  return `${text.slice(0, ws[Math.min(keep, ws.length) - 1].end)};`;
}

function wordsDropped(r: () => number, text: string): string {
  const ws = wordsOf(text);
  const n = 2 + Math.floor(r() * 3);
  const drop = new Set<number>();
  while (drop.size < n) drop.add(1 + Math.floor(r() * (ws.length - 1)));
  let out = '';
  let from = 0;
  for (const i of [...drop].sort((a, b) => a - b)) {
    out += text.slice(from, ws[i].start);
    from = ws[i].end;
    while (text[from] === ' ') from++;
  }
  return out + text.slice(from);
}

function edit(r: () => number, kind: EditKind, text: string): string | undefined {
  switch (kind) {
    case 'synonyms':
      return synonyms(r, text, 1 + Math.floor(r() * 3));
    case 'qualifier':
      return qualifier(r, text);
    case 'clause dropped':
      return clauseDropped(r, text);
    case 'cut short':
      return cutShort(r, text);
    case 'words dropped':
      return wordsDropped(r, text);
    case 'synonyms + qualifier': {
      const s = synonyms(r, text, 2);
      return s && qualifier(r, s);
    }
  }
}

// ---- unrelated paragraphs: written for this test set, in the style of the resolutions ----

const OPENINGS = [
  'Requests the Secretariat to',
  'Also requests the Secretariat to',
  'Encourages States parties to',
  'Urges Member States to',
  'Invites Member States and other donors to',
  'Calls upon States parties to',
  'Decides to',
  'Emphasizes the need to',
  'Recognizes the importance of efforts to',
  'Welcomes the initiatives of States parties to',
  'Noting with concern the insufficient efforts to',
  'Encourages Member States, as appropriate, to',
];

const SUBJECTS = [
  'improve the collection of statistics on road traffic injuries involving heavy goods vehicles on rural highways',
  'protect coastal wetlands and estuaries from unregulated sand extraction and the pollution caused by untreated sewage',
  'expand vaccination campaigns against measles and rubella in remote mountain districts and among nomadic communities',
  'develop school curricula on renewable energy, climate adaptation and the sustainable management of water catchments',
  'modernize meteorological observation networks and early warning systems for droughts, floods and tropical cyclones',
  'support smallholder farmers in the transition to drought-resistant seed varieties and integrated pest management',
  'preserve the intangible heritage of indigenous languages through digital archives, dictionaries and community radio',
  'reduce the loss of forest cover caused by shifting cultivation and uncontrolled wildfires in the dry season',
  'strengthen pension systems so that informal workers and the self-employed are covered in their old age',
  'promote access to broadband connectivity in small island developing States and landlocked developing countries',
  'improve maternal and newborn health by training midwives and equipping rural clinics with basic obstetric supplies',
  'encourage the recycling of electronic devices and the safe disposal of batteries containing heavy metals',
  'facilitate the mutual recognition of university degrees and vocational qualifications among neighbouring countries',
  'monitor the migration routes of birds and marine mammals affected by offshore wind farms and shipping lanes',
  'reform agricultural subsidies that encourage the excessive use of nitrogen fertilizers and irrigation water',
  'establish public libraries and reading programmes for children in newly built urban settlements',
  'combat the spread of invasive plant species along rivers, canals and irrigation channels',
  'improve the safety of passenger ferries and the training of their crews in emergency evacuation procedures',
  'promote tourism that respects fragile mountain ecosystems and benefits local guides and cooperatives',
  'reduce food waste along supply chains, from harvest and storage to retail markets and households',
  'ensure that public buildings, transport and websites are accessible to persons with visual and hearing impairments',
  'protect coral reefs from bleaching, destructive anchoring and runoff from coastal construction sites',
  'expand social housing programmes for low-income families displaced by the renovation of city centres',
  'encourage the use of solar cookers and clean stoves to reduce indoor air pollution in rural households',
  'strengthen the surveillance of zoonotic diseases at livestock markets and slaughterhouses',
  'improve the teaching of mathematics and science to girls in secondary schools',
  'support the restoration of mangrove forests that shelter coastlines against storm surges',
  'promote physical activity and sport among older persons through community sports facilities',
  'develop national cadastral registers so that rural landholders can document their land titles',
  'protect pollinators by limiting the use of neonicotinoid pesticides near flowering crops',
  'establish seed banks and botanical gardens that conserve the genetic diversity of local crops',
  'improve the maintenance of rural roads and bridges damaged during the rainy season',
  'support orchestras, theatres and museums that lost their audiences during the pandemic',
  'expand school meal programmes that buy fresh produce from local farmers',
  'encourage the translation of textbooks into minority languages spoken in border regions',
  'reduce the noise produced by airports and motorways in densely populated neighbourhoods',
  'promote the responsible management of groundwater aquifers shared by several countries',
  'strengthen the training of lifeguards and the signposting of dangerous beaches',
  'improve weather forecasts for fishing communities that go to sea in small open boats',
  'develop standards for the energy efficiency of household appliances and street lighting',
];

const TAILS = [
  '',
  ', and to report thereon to the Conference at its next session',
  ', in cooperation with relevant international and regional organizations',
  ', subject to the availability of extrabudgetary resources',
  ', taking into account the needs of developing countries',
  ', and to share their experiences and good practices in that regard',
];

function unrelated(r: () => number, count: number): UnrelatedCase[] {
  const out: UnrelatedCase[] = [];
  const seen = new Set<string>();
  while (out.length < count) {
    const open = pick(r, OPENINGS);
    const subject = pick(r, SUBJECTS);
    // A Noting/Recognizes opening takes the gerund of the subject's first verb in real drafts;
    // the infinitive reads well enough for a similarity test and keeps the subjects reusable.
    const text = `${open} ${subject}${pick(r, TAILS)};`;
    if (seen.has(text)) continue;
    seen.add(text);
    out.push({ kind: 'unrelated', text });
  }
  return out;
}

/** Edited paragraphs per kind and unrelated paragraphs, the same for the same seed. */
export function buildTestSet(index: DatasetIndex, seed = 20261130, perKind = 80, unrelatedCount = 300): TestSet {
  const r = rng(seed);
  // Paragraphs with enough wording to be built on (twelve words or more).
  const sources = corpusOf(index).filter((e) => wordsOf(e.part.text).length >= 12);
  const edited: EditedCase[] = [];
  for (const kind of EDIT_KINDS) {
    let made = 0;
    for (let tries = 0; made < perKind && tries < perKind * 20; tries++) {
      const source = pick(r, sources);
      const text = edit(r, kind, source.part.text);
      if (!text || text === source.part.text) continue;
      edited.push({ kind, text, source });
      made++;
    }
  }
  return { edited, unrelated: unrelated(r, unrelatedCount) };
}
