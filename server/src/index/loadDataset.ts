// Reads the shipped dataset (data/sources) from disk. The only module of the core that
// touches the file system for the dataset; everything downstream works on strings.

import * as crypto from 'crypto';
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
  let manifest: ReturnType<typeof readManifest>;
  let manifestError: string | undefined;
  try {
    manifest = readManifest(dir);
  } catch (e) {
    manifestError = (e as Error).message;
  }
  const present = fs
    .readdirSync(dir)
    .filter((f) => /\.(txt|md)$/i.test(f))
    .sort();
  const out = present.map((f) => {
    const t = readSource(path.join(dir, f), `data/sources/${f}`);
    const listed = manifest?.get(f);
    if (!listed || t.unreadable !== undefined) return t;
    const now = sourceDigest(fs.readFileSync(path.join(dir, f)));
    if (now.sha256 === listed.sha256) return t;
    const how = now.chars < listed.chars ? 'it may be cut short or damaged' : 'it was changed';
    return { file: t.file, content: '', origin: 'dataset' as const, unreadable: `differs from the source shipped (${listed.chars} characters, now ${now.chars}): ${how}; reinstall, or restore it in a checkout of the repository (after changing the sources on purpose, run node scripts/manifest.js there)` };
  });
  // Without its manifest the dataset cannot say it is whole: said, never read as whole.
  if (manifestError !== undefined) out.push({ file: 'data/sources/manifest.json', content: '', origin: 'dataset', unreadable: `cannot be read as the list of shipped sources (${manifestError})` });
  // A listed source that is gone: said by name, never a smaller dataset that passes for the whole.
  for (const f of manifest?.keys() ?? []) {
    if (!present.includes(f)) out.push({ file: `data/sources/${f}`, content: '', origin: 'dataset', unreadable: 'is missing: data/sources/manifest.json lists it, so the dataset is incomplete' });
  }
  return out;
}

/** The length and SHA-256 of a source's text, its line ends read as "\n" (what data/sources/manifest.json lists). */
export function sourceDigest(bytes: Uint8Array): { chars: number; sha256: string } {
  const text = decodeText(bytes).text.replace(/\r\n?/g, '\n');
  return { chars: text.length, sha256: crypto.createHash('sha256').update(text).digest('hex') };
}

/** The shipped sources by name, when the dataset has a manifest (a folder of sources made by hand has none). */
function readManifest(dir: string): Map<string, { chars: number; sha256: string }> | undefined {
  const file = path.join(dir, 'manifest.json');
  if (!fs.existsSync(file)) return undefined;
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { sources?: { file: string; chars: number; sha256: string }[] };
  return new Map((parsed.sources ?? []).map((s) => [s.file, { chars: s.chars, sha256: s.sha256 }]));
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
