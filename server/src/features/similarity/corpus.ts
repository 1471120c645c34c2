// Which parts of the dataset can be agreed language: every paragraph that carries wording of
// its own (preambular and operative paragraphs, sub-items, annex items, Working Group
// recommendations, the Secretariat report's paragraphs, whether shipped or from a user's
// folder). Titles, annex headings and meeting introductions are not paragraphs.

import type { DatasetIndex } from '../../index/datasetIndex';
import type { Part, PartKind } from '../../model/types';
import { termsOf } from './terms';

const PARAGRAPH_KINDS: ReadonlySet<PartKind> = new Set<PartKind>(['pp', 'paragraph', 'recommendation', 'reportParagraph']);

/** Paragraphs shorter than this are labels ("Article 6;"), not wording a draft follows. */
export const MIN_WORDS = 4;

export interface CorpusEntry {
  part: Part;
  /** The words of its text as terms (terms.ts), in order. */
  terms: string[];
  /** Other parts with the same words (a paragraph repeated in two instruments). */
  same: Part[];
}

/** The paragraphs of the dataset, one entry per distinct wording, in the index's order. */
export function corpusOf(index: DatasetIndex): CorpusEntry[] {
  const byWords = new Map<string, CorpusEntry>();
  const out: CorpusEntry[] = [];
  for (const part of index.data.parts.values()) {
    if (!PARAGRAPH_KINDS.has(part.kind)) continue;
    const terms = termsOf(part.text);
    if (terms.length < MIN_WORDS) continue;
    const key = terms.join(' ');
    const seen = byWords.get(key);
    if (seen) {
      seen.same.push(part);
      continue;
    }
    const entry: CorpusEntry = { part, terms, same: [] };
    byWords.set(key, entry);
    out.push(entry);
  }
  return out;
}
