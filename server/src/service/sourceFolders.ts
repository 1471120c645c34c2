// Extra source folders (settings, `.resref.json`, `resref check --sources`): only Markdown and
// text files below the named folders are read (symbolic links that lead elsewhere are skipped),
// and a file that cannot be read yields a message with its name while everything else is still
// served. Shared by the language service and the CLI, so both index the same documents.

import type { AuditEntry, SourceText } from '../index/datasetIndex';
import { joinPath, reason, type Workspace } from './workspace';

const SOURCE_EXT = /\.(md|markdown|txt)$/i;
/** A source document is a UN document of tens of pages; a file this large is something else. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Files read from all source folders together: bounds the memory a misnamed folder can take. */
const MAX_FILES = 5000;

export interface UserSources {
  texts: SourceText[];
  errors: AuditEntry[];
  /** Folders that exist (the named ones and those below them), for the watcher. */
  folders: string[];
  /** What was read otherwise than the folders list it, and how (a link to a folder already read): notes of the audit, not errors. */
  notes: AuditEntry[];
}

function within(root: string, p: string): boolean {
  return p === root || p.startsWith(root.endsWith('/') ? root : `${root}/`) || p.startsWith(root.endsWith('\\') ? root : `${root}\\`);
}

function isAbsolute(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\');
}

/** A folder named relative to `base` (the first workspace folder, or the CLI's working folder). */
export function resolveFolder(base: string | undefined, folder: string): string {
  if (isAbsolute(folder) || !base) return folder;
  const rel = folder.replace(/^\.[\\/]/, '');
  return rel === '.' || rel === '' ? base : joinPath(base, rel);
}

/**
 * What a user's source holds that is no text as printed: bytes that were not valid UTF-8 (read
 * as U+FFFD) or control characters (NUL, a binary file named .md). Said, as a draft's are,
 * never indexed in silence as if they were the document's words.
 */
function oddCharacters(content: string): string | undefined {
  const lineOf = (i: number): number => {
    let n = 1;
    for (let k = content.indexOf('\n'); k >= 0 && k < i; k = content.indexOf('\n', k + 1)) n++;
    return n;
  };
  const bad = content.indexOf('\uFFFD');
  const control = CONTROL.exec(content);
  const said: string[] = [];
  if (bad >= 0) said.push(`it is not valid UTF-8 in ${content.split('\uFFFD').length - 1} place(s), read as “\uFFFD” (first on line ${lineOf(bad)}): text saved in a legacy encoding such as Windows-1252? Save it as UTF-8`);
  if (control) said.push(`it holds control characters such as U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} (first on line ${lineOf(control.index)}), which no printed document has: a binary file, or bytes pasted into the text?`);
  return said.length > 0 ? `${said.join('; ')}; the text around them is indexed as read` : undefined;
}
// Tab, line feed, carriage return and form feed (a page break) are a text's own.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;

export async function readSourceFolders(ws: Workspace, folders: readonly string[], base?: string): Promise<UserSources> {
  const texts: SourceText[] = [];
  const errors: AuditEntry[] = [];
  const notes: AuditEntry[] = [];
  const dirs: string[] = [];
  const entry = (file: string, code: string, message: string): AuditEntry => ({ source: { file, line: 1, column: 1 }, code, message });
  // Folders read, by real path, across all the named folders (two names for one folder, or one inside another, are read once).
  const seen = new Set<string>();
  for (const raw of folders) {
    const folder = resolveFolder(base, raw);
    let real: string;
    try {
      real = await ws.realpath(folder);
      const st = await ws.stat(real);
      if (st?.type !== 'directory') throw Object.assign(new Error('not a folder'), { code: st ? 'ENOTDIR' : 'ENOENT' });
    } catch (e) {
      errors.push(entry(folder, 'source-folder', `extra source folder ${folder} cannot be read (${reason(e)})`));
      continue;
    }
    // Depth first with an explicit stack, names sorted so the index does not depend on the disk.
    // Each real folder once: a link back to a folder above ("self -> .") read it again forever.
    const stack = [real];
    while (stack.length > 0) {
      const dir = stack.pop()!;
      if (seen.has(dir)) continue;
      seen.add(dir);
      dirs.push(dir);
      let names: string[];
      try {
        names = (await ws.list(dir)).map((e) => e.name).sort((a, b) => a.localeCompare(b));
      } catch (e) {
        errors.push(entry(dir, 'source-folder', `folder ${dir} cannot be read (${reason(e)})`));
        continue;
      }
      const subfolders: string[] = [];
      for (const name of names) {
        if (name.startsWith('.') || name === 'node_modules') continue;
        const p = joinPath(dir, name);
        let target: string;
        try {
          target = await ws.realpath(p);
        } catch (e) {
          if (SOURCE_EXT.test(name)) errors.push(entry(p, 'source-unreadable', `${p} cannot be read (${reason(e)})`));
          continue;
        }
        if (!within(real, target)) continue;
        const st = await ws.stat(target);
        if (!st) continue;
        if (st.type === 'directory') {
          // A link to a folder already read (a loop, or a second name for it): its files once, and said.
          if (seen.has(target) || subfolders.includes(target) || stack.includes(target)) {
            if (target !== p) notes.push(entry(p, 'source-folder-link', `a link to ${target}, a folder already read: its files were read once`));
            continue;
          }
          subfolders.push(target);
        }
        else if (SOURCE_EXT.test(name) && texts.length < MAX_FILES) {
          if (st.size > MAX_FILE_BYTES) {
            errors.push(entry(target, 'source-too-large', `${target} is ${(st.size / 1048576).toFixed(1)} MB; source files over 20 MB are not indexed`));
            continue;
          }
          try {
            const content = await ws.read(target);
            texts.push({ file: target, content, origin: 'user' });
            const odd = oddCharacters(content);
            if (odd) notes.push(entry(target, 'source-encoding', odd));
          } catch (e) {
            errors.push(entry(target, 'source-unreadable', `${target} cannot be read (${reason(e)})`));
          }
        }
      }
      // Pushed in reverse so that they are read in name order, each before the next one's files.
      for (let i = subfolders.length - 1; i >= 0; i--) stack.push(subfolders[i]);
    }
  }
  return { texts, errors, folders: dirs, notes };
}
