// Agreed-language similarity over the paragraphs of a dataset.
//
// Two stages. Candidate retrieval: MiniSearch (a BM25 inverted index) ranks the paragraphs
// that share words with the text, rare words first, and keeps the best few dozen, so the cost
// of a query does not grow with the number of paragraphs compared in full. Scoring: each
// candidate is compared on single words and ordered word pairs, every term weighted by its
// inverse document frequency in the dataset (ln(1 + N / df)), so that wording every resolution
// shares ("Requests the Secretariat to", "States parties") weighs next to nothing and a rare
// pair of words in the same order weighs most.
//
//   covered   = weight of the text's terms the paragraph also has / weight of the text's terms
//   used      = the same shared weight / weight of the paragraph's terms
//   score     = weighted harmonic mean of covered (weight ALPHA) and used (1 - ALPHA)
//
// `covered` is weighed most: a drafter who keeps half a paragraph still follows it, while a
// draft that shares only common words covers little of itself. The threshold is calibrated on
// the generated test set (test/core/similarity.test.ts prints the figures).

import MiniSearch from 'minisearch';
import type { DatasetIndex } from '../../index/datasetIndex';
import type { Part } from '../../model/types';
import { corpusOf, type CorpusEntry } from './corpus';
import { termsOf } from './terms';
import { wordDiff, type DiffPiece } from './wordDiff';

export const ALPHA = 0.7;
/** Scores below this are not agreed language (calibrated on the test set). */
export const THRESHOLD = 0.4;
/** A text whose shared terms weigh less than this shares too little to follow anything. */
export const MIN_SHARED_WEIGHT = 30;
/** Candidates taken from the ranking index for full scoring. */
const CANDIDATES = 15;
/** Share of the paragraphs above which a word is too common to rank candidates by. */
const COMMON_SHARE = 0.2;
/** Words of the text the ranking index is asked about. */
const QUERY_TERMS = 8;
/** Texts longer than this (characters) are cut before matching: a paragraph, not a document. */
export const MAX_QUERY_CHARS = 4000;

export interface SimilarityMatch {
  part: Part;
  /** Other parts with the same wording. */
  same: Part[];
  /** 0–1. */
  score: number;
  /** Source paragraph → the text (made on first read: ranking alone does not need it). */
  readonly diff: DiffPiece[];
}

export interface MatchOptions {
  limit?: number;
  threshold?: number;
  /** Skip the word diff (ranking only). */
  noDiff?: boolean;
  /** Overrides MIN_SHARED_WEIGHT (calibration). */
  minShared?: number;
}

interface Entry extends CorpusEntry {
  features: Set<number>;
  weight: number;
}


export class SimilarityIndex {
  private readonly entries: Entry[];
  /** Term → number (features are numbers: no string is made per word pair). */
  private readonly vocabulary = new Map<string, number>();
  /**
   * Word pairs are numbered past every single word: (first + 1) × pair + second, `pair` the size
   * of the vocabulary. Numbered so, the pairs of a dataset's few thousand words stay small integers,
   * which sets and maps hash fastest (a fixed 2^21 made most of them floating-point numbers).
   */
  private readonly pair: number;
  private readonly df = new Map<number, number>();
  /** Words in more paragraphs than this are not in the ranking index. */
  private readonly common: number;
  private readonly search: MiniSearch<{ id: number; text: string }>;
  readonly buildMs: number;

  constructor(corpus: readonly CorpusEntry[]) {
    const t0 = performance.now();
    const ids = corpus.map((c) => {
      const out = new Int32Array(c.terms.length);
      for (let i = 0; i < c.terms.length; i++) {
        let id = this.vocabulary.get(c.terms[i]);
        if (id === undefined) this.vocabulary.set(c.terms[i], (id = this.vocabulary.size));
        out[i] = id;
      }
      return out;
    });
    const pair = (this.pair = Math.max(1, this.vocabulary.size));
    this.entries = corpus.map((c, x) => {
      const features = new Set<number>();
      const words = ids[x];
      for (let i = 0; i < words.length; i++) {
        features.add(words[i]);
        if (i > 0) features.add((words[i - 1] + 1) * pair + words[i]);
      }
      for (const f of features) this.df.set(f, (this.df.get(f) ?? 0) + 1);
      return { part: c.part, terms: c.terms, same: c.same, features, weight: 0 };
    });
    const n = this.entries.length;
    for (const e of this.entries) {
      let w = 0;
      for (const f of e.features) w += Math.log(1 + n / this.df.get(f)!);
      e.weight = w;
    }
    this.search = new MiniSearch<{ id: number; text: string }>({
      fields: ['text'],
      // Documents arrive as their stemmed terms, already split: no second tokenisation.
      tokenize: (s) => s.split(' '),
      processTerm: (t) => (t.length > 1 ? t : null),
      searchOptions: { combineWith: 'OR' },
    });
    // The ranking index is only asked for a text's rarest words: words most paragraphs have
    // ("the", "of", "States") are left out of it, and each paragraph gives each word once.
    this.common = Math.max(2, n * COMMON_SHARE);
    // Each word once, by its number (a stamp per word says which entry saw it last).
    const rare = new Uint8Array(pair);
    for (let id = 0; id < this.vocabulary.size; id++) rare[id] = this.df.get(id)! <= this.common ? 1 : 0;
    const seenIn = new Int32Array(pair).fill(-1);
    this.search.addAll(
      this.entries.map((e, x) => {
        const words: string[] = [];
        const w = ids[x];
        for (let i = 0; i < w.length; i++) {
          if (seenIn[w[i]] === x) continue;
          seenIn[w[i]] = x;
          if (rare[w[i]]) words.push(e.terms[i]);
        }
        return { id: x, text: words.join(' ') };
      }),
    );
    this.buildMs = performance.now() - t0;
  }

  get size(): number {
    return this.entries.length;
  }

  /** Inverse document frequency of a term or a pair ("a b"); one the dataset never uses is as rare as the rarest. */
  weight(feature: string): number {
    const [a, b] = feature.split(' ');
    const ia = this.vocabulary.get(a);
    const ib = b === undefined ? undefined : this.vocabulary.get(b);
    const f = ia === undefined ? undefined : b === undefined ? ia : ib === undefined ? undefined : (ia + 1) * this.pair + ib;
    return this.idf(f);
  }

  private idf(feature: number | undefined): number {
    return Math.log(1 + this.entries.length / ((feature === undefined ? undefined : this.df.get(feature)) ?? 1));
  }

  /** The paragraphs whose wording `text` follows, best first. */
  match(text: string, opts: MatchOptions = {}): SimilarityMatch[] {
    const limit = opts.limit ?? 10;
    const threshold = opts.threshold ?? THRESHOLD;
    const query = text.length > MAX_QUERY_CHARS ? text.slice(0, MAX_QUERY_CHARS) : text;
    const queryTerms = termsOf(query);
    if (queryTerms.length === 0 || limit <= 0) return [];
    // Each term and pair of the text with its weight, once: every candidate is scored against
    // them. Terms and pairs the dataset never uses weigh in the text's total only.
    const known = new Set<number>();
    const unseen = new Set<string>();
    let prev: number | undefined;
    for (let i = 0; i < queryTerms.length; i++) {
      const id = this.vocabulary.get(queryTerms[i]);
      if (id === undefined) unseen.add(queryTerms[i]);
      else known.add(id);
      if (i > 0) {
        if (id !== undefined && prev !== undefined) known.add((prev + 1) * this.pair + id);
        else unseen.add(`${queryTerms[i - 1]} ${queryTerms[i]}`);
      }
      prev = id;
    }
    const weighted: [number, number][] = [];
    let wq = unseen.size * this.idf(undefined);
    for (const f of known) {
      const w = this.idf(f);
      weighted.push([f, w]);
      wq += w;
    }
    const ranked = this.search.search(this.rarest(queryTerms).join(' ')).slice(0, CANDIDATES);
    const scored: { entry: Entry; score: number }[] = [];
    for (const r of ranked) {
      const entry = this.entries[r.id as number];
      const score = this.score(weighted, wq, entry, opts.minShared ?? MIN_SHARED_WEIGHT);
      if (score >= threshold) scored.push({ entry, score });
    }
    scored.sort((a, b) => b.score - a.score);
    return scored.slice(0, limit).map(({ entry, score }) => {
      let diff: DiffPiece[] | undefined;
      return {
        part: entry.part,
        same: entry.same,
        score,
        get diff(): DiffPiece[] {
          return (diff ??= opts.noDiff ? [] : wordDiff(entry.part.text, query));
        },
      };
    });
  }

  /**
   * The query's rarest words that the dataset has: a paragraph that follows another keeps
   * most of its rare words, and asking the ranking index for common words costs most (their
   * lists of paragraphs are longest) while telling least.
   */
  private rarest(terms: readonly string[]): string[] {
    const dfOf = (t: string): number => this.df.get(this.vocabulary.get(t)!)!;
    const known = [...new Set(terms)].filter((t) => t.length > 1 && this.vocabulary.has(t) && dfOf(t) <= this.common);
    known.sort((a, b) => dfOf(a) - dfOf(b));
    return known.slice(0, QUERY_TERMS);
  }

  private score(weighted: readonly [number, number][], wq: number, entry: Entry, minShared: number): number {
    let shared = 0;
    for (const [f, w] of weighted) if (entry.features.has(f)) shared += w;
    if (shared < minShared) return 0;
    const covered = shared / wq;
    const used = shared / entry.weight;
    return 1 / (ALPHA / covered + (1 - ALPHA) / used);
  }
}

const built = new WeakMap<DatasetIndex, SimilarityIndex>();

/** The similarity index of a dataset, built on first use and kept as long as the dataset. */
export function similarityIndexOf(index: DatasetIndex): SimilarityIndex {
  let s = built.get(index);
  if (!s) {
    s = new SimilarityIndex(corpusOf(index));
    built.set(index, s);
  }
  return s;
}
