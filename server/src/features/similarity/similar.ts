// The agreed-language answers the CLI, the language server and the tests share: matches of a
// text in the shape `resref similar --json` prints, and findings for paragraphs of a draft that
// follow a paragraph of the dataset but change it.

import type { DatasetIndex } from '../../index/datasetIndex';
import { AgreedLanguage, findingMessage } from './agreedLanguage';
import { draftParagraphs } from './draftParagraphs';
import { similarityIndexOf } from './similarityIndex';
import type { DiffPiece } from './wordDiff';

export interface SimilarResult {
  id: string;
  citation: string;
  /** 0–1, rounded to three decimals. */
  score: number;
  text: string;
  source: { file: string; line: number };
  diff: DiffPiece[];
}

/** The paragraphs whose wording `text` follows, best first; [] when none does. */
export function similarTo(index: DatasetIndex, text: string, limit = 5): SimilarResult[] {
  // A selection or a pasted paragraph may carry its label, emphasis or line breaks.
  const clean = draftParagraphs(text).map((p) => p.text).join(' ');
  return similarityIndexOf(index)
    .match(clean || text, { limit })
    .map((m) => ({
      id: m.part.id,
      citation: m.part.citation,
      score: Math.round(m.score * 1000) / 1000,
      text: m.part.text,
      source: { file: m.part.sources[0]?.file ?? '', line: m.part.sources[0]?.line ?? 0 },
      diff: m.diff,
    }));
}

const perIndex = new WeakMap<DatasetIndex, AgreedLanguage>();

/** The draft-paragraph matcher of a dataset (its cache lives as long as the dataset). */
export function agreedLanguageOf(index: DatasetIndex): AgreedLanguage {
  let a = perIndex.get(index);
  if (!a) {
    a = new AgreedLanguage(similarityIndexOf(index));
    perIndex.set(index, a);
  }
  return a;
}

export interface AgreedLanguageFinding {
  start: number;
  end: number;
  code: 'agreed-language';
  message: string;
  /** The paragraph followed. */
  partId: string;
}

/** One information finding per paragraph that follows agreed language with changed wording. */
export function agreedLanguageFindings(agreed: AgreedLanguage, draft: string): AgreedLanguageFinding[] {
  return agreed
    .matchesIn(draft)
    .filter((m) => m.changes.length > 0)
    .map((m) => ({ start: m.firstChange.start, end: m.firstChange.end, code: 'agreed-language' as const, message: findingMessage(m), partId: m.match.part.id }));
}
