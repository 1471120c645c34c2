// The text of a draft as it is edited. A JavaScript string cannot be changed in place: applying
// one keystroke to a 1 MB draft held as one string copies all of it (2 MB, as UTF-16), and that
// garbage, not the analysis, made the slowest re-diagnoses. Held as chunks, an edit copies only
// the chunk it falls in; the rest is shared with the previous version, which stays valid (an
// analysis keeps the version it read).

/** What the analysis reads of a draft: a plain string is one. */
export interface DraftText {
  readonly length: number;
  slice(start: number, end: number): string;
  toString(): string;
}

// Chunks stay between CHUNK / 4 and 2 × CHUNK code units (a short document is one chunk), so an
// edit copies at most a few kilobytes and the chunk list stays short (~128 for 1 MB).
const CHUNK = 8192;

/** An offset as `String.prototype.substring` reads it: NaN is 0, then clamped to the text. */
function at(i: number, length: number): number {
  const n = Number(i);
  return Number.isNaN(n) ? 0 : Math.max(0, Math.min(n, length));
}

export class ChunkedText implements DraftText {
  private flat: string | undefined;

  private constructor(
    private readonly chunks: readonly string[],
    /** Offset of each chunk. */
    private readonly starts: readonly number[],
    readonly length: number,
  ) {}

  static of(text: string): ChunkedText {
    const chunks: string[] = [];
    for (let i = 0; i < text.length; i += CHUNK) chunks.push(text.slice(i, i + CHUNK));
    const t = ChunkedText.from(chunks);
    t.flat = text;
    return t;
  }

  private static from(chunks: string[]): ChunkedText {
    const starts: number[] = new Array<number>(chunks.length);
    let at = 0;
    for (let i = 0; i < chunks.length; i++) {
      starts[i] = at;
      at += chunks[i].length;
    }
    return new ChunkedText(chunks, starts, at);
  }

  /** The chunk that holds offset `i` (the last chunk for the end of the text). */
  private chunkAt(i: number): number {
    let lo = 0;
    let hi = this.chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  charCodeAt(pos: number): number {
    const i = Number.isNaN(Number(pos)) ? 0 : pos;
    if (i < 0 || i >= this.length) return NaN;
    if (this.flat !== undefined) return this.flat.charCodeAt(i);
    const c = this.chunkAt(i);
    return this.chunks[c].charCodeAt(i - this.starts[c]);
  }

  /** Like `String.prototype.substring` (offsets clamped, NaN read as 0, swapped if reversed). */
  slice(start: number, end: number = this.length): string {
    const a = at(start, this.length);
    const b = at(end, this.length);
    const s = Math.min(a, b);
    const e = Math.max(a, b);
    if (this.flat !== undefined) return this.flat.slice(s, e);
    if (s === e) return '';
    let c = this.chunkAt(s);
    let out = '';
    for (let at = s; at < e; c++) {
      const base = this.starts[c];
      const chunk = this.chunks[c];
      const to = Math.min(e - base, chunk.length);
      out += chunk.slice(at - base, to);
      at = base + to;
    }
    return out;
  }

  /** The whole text as one string: made once per version, and only when a caller needs it. */
  toString(): string {
    this.flat ??= this.chunks.join('');
    return this.flat;
  }

  /** A new version with `start`–`end` replaced by `insert`; this one is unchanged. */
  replace(start: number, end: number, insert: string): ChunkedText {
    // As `substring(0, start) + insert + substring(end)` would read the offsets.
    const s = at(start, this.length);
    const e = at(end, this.length);
    // An end before the start repeats the text between them, as that concatenation does.
    if (e < s) return ChunkedText.of(this.slice(0, s) + insert + this.slice(e, this.length));
    if (this.chunks.length === 0) return ChunkedText.of(insert);
    const first = this.chunkAt(s);
    // An edit that ends exactly at a chunk's end stays within that chunk.
    const last = this.chunkAt(Math.max(s, e - 1));
    let middle = this.chunks[first].slice(0, s - this.starts[first]) + insert + this.chunks[last].slice(e - this.starts[last]);
    let from = first;
    let to = last + 1;
    // A chunk left small by deletions joins a neighbour.
    if (middle.length < CHUNK / 4 && this.chunks.length > 1) {
      if (to < this.chunks.length) middle += this.chunks[to++];
      else if (from > 0) middle = this.chunks[--from] + middle;
    }
    const pieces: string[] = [];
    if (middle.length > 2 * CHUNK) {
      const n = Math.ceil(middle.length / CHUNK);
      const size = Math.ceil(middle.length / n);
      for (let i = 0; i < middle.length; i += size) pieces.push(middle.slice(i, i + size));
    } else if (middle.length > 0) pieces.push(middle);
    const chunks = [...this.chunks.slice(0, from), ...pieces, ...this.chunks.slice(to)];
    return ChunkedText.from(chunks);
  }
}
