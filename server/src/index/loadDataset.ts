// Reads the shipped dataset (data/sources) from disk. The only module of the core that
// touches the file system for the dataset; everything downstream works on strings.

import * as fs from 'fs';
import * as path from 'path';
import { buildDataset } from './dataset';
import { DatasetIndex, type SourceText } from './datasetIndex';
import { decodeText } from '../model/decodeText';

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

/**
 * The shipped sources. A file that cannot be read, or not as text, is returned with `unreadable`
 * (and no content): the dataset reports it by name and indexes the others, never stops at it.
 */
export function readDatasetSources(root: string): SourceText[] {
  const dir = path.join(root, 'data', 'sources');
  return fs
    .readdirSync(dir)
    .filter((f) => /\.(txt|md)$/i.test(f))
    .sort()
    .map((f) => readSource(path.join(dir, f), `data/sources/${f}`));
}

function readSource(full: string, file: string): SourceText {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(full);
  } catch (e) {
    return { file, content: '', origin: 'dataset', unreadable: `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  const d = decodeText(bytes);
  if (d.unsupported) return { file, content: '', origin: 'dataset', unreadable: `is ${d.unsupported}, which is not read here` };
  if (d.looksUtf16) return { file, content: '', origin: 'dataset', unreadable: 'is not text: NUL bytes between its letters (UTF-16 saved without its byte-order mark, or a binary file)' };
  if (d.invalidAt !== undefined) {
    const line = d.text.slice(0, d.invalidAt).split('\n').length;
    return { file, content: '', origin: 'dataset', unreadable: `holds bytes that are not valid ${d.encoding === 'utf-8' ? 'UTF-8' : 'UTF-16'} (first at line ${line})` };
  }
  return { file, content: d.text, origin: 'dataset' };
}

let cached: DatasetIndex | undefined;

/** The shipped dataset, parsed once per process. */
export function loadShippedIndex(root: string = findRoot()): DatasetIndex {
  if (!cached) cached = new DatasetIndex(buildDataset(readDatasetSources(root)));
  return cached;
}
