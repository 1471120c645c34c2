// One run of the scale benchmark, in its own process so its peak RSS is its own.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { showReference } from '../../server/src/cli/main';
import { buildDataset, DatasetIndex } from '../../server/src/index/dataset';
import { findRoot, readDatasetSources } from '../../server/src/index/loadDataset';
import { NodeWorkspace } from '../../server/src/service/nodeWorkspace';
import { readSourceFolders } from '../../server/src/service/sourceFolders';
import { renumberedCorpus } from './corpus';

const copies = Number(process.argv[2] ?? 100);
const root = findRoot(__dirname);
const shipped = readDatasetSources(root);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resref-scale-'));
let bytes = 0;
for (const f of renumberedCorpus(shipped, copies)) {
  fs.writeFileSync(path.join(dir, f.file), f.content);
  bytes += f.content.length;
}
async function main(): Promise<void> {
  const t0 = process.hrtime.bigint();
  const user = await readSourceFolders(new NodeWorkspace(), [dir]);
  const index = new DatasetIndex(buildDataset([...shipped, ...user.texts]));
  const indexMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const refs = ['resolution 8/1, annex II, 1 (c)', `resolution 8/${1 + 10 * copies}, annex II, 1 (c)`, 'paragraph 13 of resolution 8/1'];
  if (showReference(index, refs[1]).status !== 'ok') throw new Error(`${refs[1]} does not resolve in the scaled corpus`);
  for (const r of refs) showReference(index, r);
  const t1 = process.hrtime.bigint();
  const N = 2000;
  for (let i = 0; i < N; i++) showReference(index, refs[i % refs.length]);
  const lookupUs = Number(process.hrtime.bigint() - t1) / 1e3 / N;
  fs.rmSync(dir, { recursive: true, force: true });
  process.stdout.write(JSON.stringify({ copies, megabytes: bytes / 1e6, instruments: index.data.instruments.length, indexMs, maxRssMB: process.resourceUsage().maxRSS / 1024, lookupUs }));
}

void main();
