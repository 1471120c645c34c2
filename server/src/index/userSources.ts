// Extra source folders named in the settings: only Markdown and text files below the named
// folders are read (symbolic links that lead elsewhere are skipped), and a file that cannot
// be read yields a message with its name while everything else is still served.

import * as fs from 'fs';
import * as path from 'path';
import type { AuditEntry, SourceText } from './datasetIndex';

const SOURCE_EXT = /\.(md|markdown|txt)$/i;
const MAX_FILE_BYTES = 20 * 1024 * 1024;
const MAX_FILES = 5000;

export interface UserSources {
  texts: SourceText[];
  errors: AuditEntry[];
  /** Folders that exist, for the watcher. */
  folders: string[];
}

function within(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

export function readUserSources(folders: string[], base?: string): UserSources {
  const texts: SourceText[] = [];
  const errors: AuditEntry[] = [];
  const dirs: string[] = [];
  for (const raw of folders) {
    const folder = path.resolve(base ?? process.cwd(), raw);
    let real: string;
    try {
      real = fs.realpathSync(folder);
      if (!fs.statSync(real).isDirectory()) throw new Error('not a folder');
    } catch (e) {
      errors.push({ source: { file: folder, line: 1, column: 1 }, code: 'source-folder', message: `extra source folder ${folder} cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` });
      continue;
    }
    const walk = (dir: string): void => {
      dirs.push(dir);
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch (e) {
        errors.push({ source: { file: dir, line: 1, column: 1 }, code: 'source-folder', message: `folder ${dir} cannot be read (${(e as NodeJS.ErrnoException).code})` });
        return;
      }
      for (const ent of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        if (ent.name.startsWith('.') || ent.name === 'node_modules') continue;
        const p = path.join(dir, ent.name);
        let target: string;
        try {
          target = fs.realpathSync(p);
        } catch (e) {
          if (SOURCE_EXT.test(ent.name)) errors.push({ source: { file: p, line: 1, column: 1 }, code: 'source-unreadable', message: `${p} cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` });
          continue;
        }
        if (!within(real, target)) continue;
        let st: fs.Stats;
        try {
          st = fs.statSync(target);
        } catch {
          continue;
        }
        if (st.isDirectory()) walk(target);
        else if (SOURCE_EXT.test(ent.name) && texts.length < MAX_FILES) {
          if (st.size > MAX_FILE_BYTES) {
            errors.push({ source: { file: target, line: 1, column: 1 }, code: 'source-too-large', message: `${target} is ${(st.size / 1048576).toFixed(1)} MB; source files over 20 MB are not indexed` });
            continue;
          }
          try {
            texts.push({ file: target, content: fs.readFileSync(target, 'utf8'), origin: 'user' });
          } catch (e) {
            errors.push({ source: { file: target, line: 1, column: 1 }, code: 'source-unreadable', message: `${target} cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` });
          }
        }
      }
    };
    walk(real);
  }
  return { texts, errors, folders: dirs };
}
