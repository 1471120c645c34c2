// The agreed-language rows of `npm run bench`: the similarity index build, one paragraph
// matched by the server (the custom request, server-side), code lenses for a 50 KB draft, and
// the agreed-language part of re-diagnosis (measured by the editor group's 200 keystrokes).
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { corpusOf } from '../../server/src/features/similarity/corpus';
import { SimilarityIndex } from '../../server/src/features/similarity/similarityIndex';
import { AgreedLanguage } from '../../server/src/features/similarity/agreedLanguage';
import type { DatasetIndex } from '../../server/src/index/datasetIndex';
import { LspClient } from '../lsp/lspClient';
import { buildTestSet } from '../similarity/testSet';

type Add = (group: string, name: string, unit: string, xs: number[], target?: { max: number; label: string; use?: 'median' | 'worst' | 'p99' }) => void;

const ms = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e6;

/** A draft of about `bytes` in resolution shape: numbered paragraphs, edited from the dataset or unrelated. */
export function agreedDraft(index: DatasetIndex, bytes: number, seed: number): string {
  const set = buildTestSet(index, seed, 40, 120);
  const paras = [...set.edited.map((c) => c.text), ...set.unrelated.map((c) => c.text)];
  const out: string[] = ['# Draft resolution', ''];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = `${i + 1}. ${paras[(i * 7 + seed) % paras.length]}`;
    out.push(p, '');
    size += p.length + 2;
  }
  return out.join('\n');
}

export async function agreedGroup(index: DatasetIndex, add: Add, tmp: string, quick: boolean): Promise<void> {
  // The similarity index, built apart from the dataset index (it is built lazily, on first use).
  const builds: number[] = [];
  for (let i = 0; i < (quick ? 3 : 10); i++) {
    const t0 = process.hrtime.bigint();
    new SimilarityIndex(corpusOf(index));
    builds.push(ms(t0));
  }
  add('agreed', 'similarity index: first build (cold; built on first use, not with the dataset index)', 'ms', [builds[0]]);
  add('agreed', 'similarity index: build (warm)', 'ms', builds.slice(1), { max: 30, label: '≤ 30 ms' });

  // RESREF_TIMINGS=1: the server records its side of each request.
  const client = new LspClient([], { ...process.env, RESREF_TIMINGS: '1' });
  await client.initialize(tmp, { debounceMs: 0, enable: true, languages: ['markdown'], unknownSeverity: 'information', extraSourceFolders: [], agreedLanguage: true });
  client.conn.onRequest('workspace/codeLens/refresh', () => null);
  // One paragraph: the custom request with paragraphs of the test set (edited and unrelated).
  const set = buildTestSet(index, 99, 30, 60);
  const texts = [...set.edited.map((c) => c.text), ...set.unrelated.map((c) => c.text)];
  await client.request('resolutionReferences/agreedLanguage', { text: texts[0] }); // builds the similarity index
  const rt: number[] = [];
  for (let i = 0; i < (quick ? 20 : 240); i++) {
    const t0 = process.hrtime.bigint();
    await client.request('resolutionReferences/agreedLanguage', { text: texts[i % texts.length], limit: 5 });
    rt.push(ms(t0));
  }
  // Lenses: each run a new 50 KB draft whose paragraphs the server has not matched yet.
  const lensRt: number[] = [];
  const lensCounts: number[] = [];
  for (let run = 0; run < (quick ? 2 : 6); run++) {
    const draft = agreedDraft(index, 50 * 1024, 1000 + run);
    const expected = new AgreedLanguage(new SimilarityIndex(corpusOf(index))).matchesIn(draft).length;
    const file = path.join(tmp, `agreed-${run}.md`);
    fs.writeFileSync(file, draft);
    const uri = pathToFileURL(file).toString();
    client.open(uri, draft);
    const t0 = process.hrtime.bigint();
    const lenses = await client.request<unknown[]>('textDocument/codeLens', { textDocument: { uri } });
    lensRt.push(ms(t0));
    lensCounts.push(lenses.length === expected ? 1 : 0);
  }
  const server = await client.request<Record<string, number[]>>('resolutionReferences/timings', {});
  await client.stop();
  add('agreed', 'one paragraph: resolutionReferences/agreedLanguage (round trip)', 'ms', rt);
  add('agreed', 'one paragraph: server-side', 'ms', server['agreedLanguage.request'] ?? [NaN], { max: 5, label: 'p99 ≤ 5 ms', use: 'p99' });
  add('agreed', 'code lenses, 50 KB draft just opened (round trip)', 'ms', lensRt);
  add('agreed', 'code lenses, 50 KB draft: server-side', 'ms', server['agreedLanguage.lenses'] ?? [NaN], { max: 100, label: '≤ 100 ms', use: 'worst' });
  add('agreed', `code lenses, 50 KB draft: runs (of ${lensCounts.length}) whose first answer had every lens`, 'runs', [lensCounts.reduce((a, b) => a + b, 0)]);
}
