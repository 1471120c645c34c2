// Shared by the core tests: the real shipped dataset, loaded once.
import * as path from 'path';
import { loadShippedIndex } from '../../server/src/index/loadDataset';
import type { DatasetIndex } from '../../server/src/index/dataset';
import type { Part } from '../../server/src/model/types';

export const ROOT = path.resolve(__dirname, '..', '..', '..');

export function index(): DatasetIndex {
  return loadShippedIndex(ROOT);
}

/** "1[a b] 2": labels of a part list with their children, as the compendia print them. */
export function shape(parts: Part[]): string {
  return parts.map((p) => p.num + (p.children.length ? `[${shape(p.children)}]` : '')).join(' ');
}

export function sourceLine(file: string, line: number): string {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const fs = require('fs') as typeof import('fs');
  return fs.readFileSync(path.join(ROOT, file), 'utf8').split(/\r\n|\r|\n/)[line - 1];
}

const SHORT: Record<string, string> = {
  'international-cooperation-compendium': 'IC',
  'technical-assistance-compendium': 'TA',
  'resolution-8-1': 'R8-1',
  'resolution-9-3': 'R9-3',
  'secretariat-report-cop9-resolution-8-1': 'SGR',
};
/** A short name of a shipped source file for compact expectations: "IC", "TA", "R8-1", "R9-3", "SGR". */
export function doc(file: string): string {
  const base = path.basename(file).replace(/\.(txt|md)$/, '');
  return SHORT[base] ?? base;
}

/** A generated edit (`at` and `del` taken modulo the text) applied: the new text and the range it replaced. */
export function applyEdit(text: string, e: { at: number; del: number; ins: string }): { text: string; at: number; end: number } {
  const at = e.at % (text.length + 1);
  const end = Math.min(text.length, at + e.del);
  return { text: text.slice(0, at) + e.ins + text.slice(end), at, end };
}
