// Reads the shipped dataset (data/sources) from disk. The only module of the core that
// touches the file system for the dataset; everything downstream works on strings.

import * as fs from 'fs';
import * as path from 'path';
import { buildDataset } from './dataset';
import { DatasetIndex, type SourceText } from './datasetIndex';

/** The repository (or installed extension) root: the folder that holds data/sources. */
export function findRoot(start: string = __dirname): string {
  let dir = start;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'data', 'sources'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find data/sources above ${start}`);
    dir = parent;
  }
}

export function readDatasetSources(root: string): SourceText[] {
  const dir = path.join(root, 'data', 'sources');
  return fs
    .readdirSync(dir)
    .filter((f) => /\.(txt|md)$/i.test(f))
    .sort()
    .map((f) => ({ file: `data/sources/${f}`, content: fs.readFileSync(path.join(dir, f), 'utf8'), origin: 'dataset' as const }));
}

let cached: DatasetIndex | undefined;

/** The shipped dataset, parsed once per process. */
export function loadShippedIndex(root: string = findRoot()): DatasetIndex {
  if (!cached) cached = new DatasetIndex(buildDataset(readDatasetSources(root)));
  return cached;
}
