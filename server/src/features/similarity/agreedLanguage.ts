// Agreed language in a draft: for each paragraph, the paragraph of the dataset it follows, the
// score, and what the draft changed. Results are kept by the paragraph's wording, so after a
// keystroke only the edited paragraph is matched again.

import { blockParagraphs, blocksOf, type DraftParagraph } from './draftParagraphs';
import type { SimilarityIndex, SimilarityMatch } from './similarityIndex';
import { wordsOf } from './terms';
import { changesOf, describeChanges, type WordChange } from './wordDiff';

/** Paragraphs with fewer words are not checked: a heading or a label, not wording. */
export const MIN_PARAGRAPH_WORDS = 6;

/**
 * A draft paragraph and the paragraph of the dataset it follows. What the draft changed (the
 * word diff) is worked out on first read: a lens needs only whether anything changed.
 */
export class AgreedLanguageMatch {
  private changed?: WordChange[];
  private first?: { start: number; end: number };

  constructor(
    readonly paragraph: DraftParagraph,
    readonly match: SimilarityMatch,
  ) {}

  /** The draft's words are the source's words (spaces aside). */
  get unchanged(): boolean {
    return collapse(this.paragraph.text) === collapse(this.match.part.text);
  }

  get changes(): WordChange[] {
    return (this.changed ??= this.unchanged ? [] : changesOf(this.match.diff));
  }

  /** Draft offsets of the first changed words (the next word when words were only dropped). */
  get firstChange(): { start: number; end: number } {
    return (this.first ??= firstChange(this.paragraph, this.match));
  }
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

const CACHE_MAX = 5000;
const BLOCK_CACHE_MAX = 20000;

export class AgreedLanguage {
  private readonly byText = new Map<string, SimilarityMatch | null>();
  /** Matches of a block (text between blank lines) by its text, offsets relative to the block. */
  private readonly byBlock = new Map<string, AgreedLanguageMatch[]>();
  /** Paragraphs matched (not found in the cache) since the last call of takeMatchedCount. */
  private matched = 0;

  constructor(readonly similarity: SimilarityIndex) {}

  /** The best match of a paragraph's wording, remembered. */
  best(text: string): SimilarityMatch | undefined {
    const hit = this.byText.get(text);
    if (hit !== undefined) return hit ?? undefined;
    this.matched++;
    const m = wordsOf(text).length >= MIN_PARAGRAPH_WORDS ? this.similarity.match(text, { limit: 1 })[0] : undefined;
    if (this.byText.size >= CACHE_MAX) this.byText.clear();
    this.byText.set(text, m ?? null);
    return m;
  }

  takeMatchedCount(): number {
    const n = this.matched;
    this.matched = 0;
    return n;
  }

  /**
   * Every paragraph of the draft that follows a paragraph of the dataset. Blocks are looked up
   * by their text first: a keystroke changes one block, and only its paragraphs are read again.
   */
  matchesIn(draft: string): AgreedLanguageMatch[] {
    const out: AgreedLanguageMatch[] = [];
    for (const b of blocksOf(draft)) {
      for (const m of this.blockMatches(draft.slice(b.start, b.end))) out.push(b.start === 0 ? m : shift(m, b.start));
    }
    return out;
  }

  /** Whether the matches of this block's text are known (no matching needed). */
  knows(blockText: string): boolean {
    return this.byBlock.has(blockText);
  }

  /** The matches of one block (text between blank lines), offsets relative to the block. */
  blockMatches(blockText: string): AgreedLanguageMatch[] {
    let local = this.byBlock.get(blockText);
    if (!local) {
      local = [];
      for (const p of blockParagraphs(blockText, { start: 0, end: blockText.length })) {
        const match = this.best(p.text);
        if (match) local.push(new AgreedLanguageMatch(p, match));
      }
      if (this.byBlock.size >= BLOCK_CACHE_MAX) this.byBlock.clear();
      this.byBlock.set(blockText, local);
    }
    return local;
  }
}

function shift(m: AgreedLanguageMatch, d: number): AgreedLanguageMatch {
  const p = m.paragraph;
  return new AgreedLanguageMatch({ start: p.start + d, end: p.end + d, text: p.text, offsets: p.offsets.map((o) => o + d) }, m.match);
}

function firstChange(p: DraftParagraph, match: SimilarityMatch): { start: number; end: number } {
  let at = 0;
  for (const d of match.diff) {
    if (d.op === 'equal') at += d.text.length;
    else if (d.op === 'insert') {
      const lead = d.text.length - d.text.trimStart().length;
      const len = d.text.trim().length;
      const s = Math.min(at + lead, p.offsets.length - 1);
      const e = Math.min(at + lead + Math.max(len, 1), p.offsets.length) - 1;
      return { start: p.offsets[s], end: p.offsets[e] + 1 };
    } else {
      // Dropped words: mark the draft's next word.
      const rest = p.text.slice(at);
      const m = /\S+/.exec(rest);
      if (!m) break;
      return { start: p.offsets[at + m.index], end: p.offsets[at + m.index + m[0].length - 1] + 1 };
    }
  }
  return { start: p.start, end: p.offsets[Math.min(p.text.indexOf(' ') > 0 ? p.text.indexOf(' ') : p.text.length, p.offsets.length) - 1] + 1 };
}

export function percent(score: number): string {
  return `${Math.round(score * 100)} %`;
}

/** "Follows resolution 8/1, paragraph 13 · 87 %" */
export function lensTitle(m: AgreedLanguageMatch): string {
  return `Follows ${m.match.part.citation} · ${percent(m.match.score)}${m.unchanged ? ' (unchanged)' : ''}`;
}

/** The finding for a paragraph that follows agreed language but changes it. */
export function findingMessage(m: AgreedLanguageMatch): string {
  return `follows ${m.match.part.citation} (${percent(m.match.score)}) but changes its wording: ${describeChanges(m.changes)}`;
}
