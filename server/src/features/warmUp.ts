// Idle time after the server starts, spent compiling the grammar: V8 runs a function in its
// interpreter until it has been called often enough, so the first draft a user opens was read
// three to four times slower than the second (1 MB: ~500 ms against ~150 ms in the benchmark's
// profile). Reading the shipped sources once through the whole pipeline, in small slices that
// give way to any request, makes V8 compile the hot paths before a draft arrives.
//
// Nothing of it is kept: the sources are read against a second `DatasetIndex` over the same
// data, so the verdicts remembered per index (analyze.ts) and the block cache of the server are
// those of the user's drafts only, as cold as before.

import { blocksOf, forgetDates } from '../grammar/parser';
import { DatasetIndex } from '../index/datasetIndex';
import { analyzeText } from './analyze';
import { diagnosticsOf } from './diagnostics';

/** Characters read per slice: a few milliseconds of work, so a request waits no longer than that. */
const SLICE_CHARS = 16_000;

/**
 * Reads `texts` through scan, attribution, resolution and diagnostics, slice by slice, yielding
 * between slices; stops as soon as `stop()` says so (a draft was opened). Resolves to the number
 * of characters read.
 */
export async function warmUp(index: DatasetIndex, texts: readonly string[], stop: () => boolean): Promise<number> {
  try {
    return await readAll(new DatasetIndex(index.data), texts, stop);
  } finally {
    // The one cache the grammar keeps across drafts (dates and their ISO form): left as cold as before.
    forgetDates();
  }
}

async function readAll(scratch: DatasetIndex, texts: readonly string[], stop: () => boolean): Promise<number> {
  let read = 0;
  for (const text of texts) {
    const blocks = blocksOf(text);
    let from = 0;
    for (let k = 0; k < blocks.length; k++) {
      const b = blocks[k];
      if (b.end - from < SLICE_CHARS && k + 1 < blocks.length) continue;
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (stop()) return read;
      diagnosticsOf(analyzeText(scratch, text.slice(from, b.end)));
      read += b.end - from;
      from = b.end;
    }
  }
  return read;
}
