// What the language service knows of the world outside the open drafts: the workspace folders
// and the files below them. Production passes the Node file system (nodeWorkspace.ts); tests
// pass an in-memory workspace (test/service/inMemoryWorkspace.ts). The service reaches files
// only through this interface, so every feature can be tested without a process or a folder.

export type FileType = 'file' | 'directory' | 'other';

export interface FileStat {
  type: FileType;
  size: number;
}

export interface DirectoryEntry {
  name: string;
  /** The type of what the entry leads to (symbolic links followed); 'other' when it leads nowhere. */
  type: FileType;
}

export interface Disposable {
  dispose(): void;
}

export interface Workspace {
  /** Absolute paths of the workspace folders, the first one being where `.resref.json` is looked for. */
  folders(): readonly string[];
  /** A file's text (UTF-8); rejects with an error whose `code` says why (ENOENT, EACCES, …). */
  read(path: string): Promise<string>;
  /** undefined when nothing is there. */
  stat(path: string): Promise<FileStat | undefined>;
  /** Entries of a folder; rejects when it cannot be read. */
  list(dir: string): Promise<DirectoryEntry[]>;
  /** The path with symbolic links resolved: a source folder never reads outside itself. */
  realpath(path: string): Promise<string>;
  /** Starts watching these folders (each non-recursively) instead of those watched before. */
  watch(dirs: readonly string[]): Disposable;
  /** Files created, changed or deleted in a watched folder (or any file, for a workspace that knows). */
  onDidChangeFiles(listener: (paths: string[]) => void): Disposable;
}

/** "code" of a file-system error, or its message. */
export function reason(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
}

/** Drafts by their name: the same for the editor's "check all drafts" and `resref check` of a folder. */
const DRAFT_EXT = /\.(md|markdown|txt|text)$/i;
/** Folders that hold no drafts (dependencies, build output); names starting with "." are skipped too. */
const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', 'out', 'dist']);
/** A workspace with more drafts than this is a repository of something else: stop listing. */
export const MAX_DRAFTS = 5000;
/** Drafts are written by people; larger files are generated and not worth a check in the editor. */
export const MAX_DRAFT_BYTES = 5 * 1024 * 1024;
/** Folder depth below a workspace folder that is still searched for drafts. */
const MAX_DRAFT_DEPTH = 12;

/** How far `listDrafts` goes: the editor's "check all drafts" bounds it, `resref check` of a folder does not. */
export interface DraftListing {
  /** Folders to list (default: the workspace folders). */
  roots?: readonly string[];
  max?: number;
  maxBytes?: number;
  maxDepth?: number;
  /** Entries of each folder in name order (the CLI's output order), else in listing order. */
  sorted?: boolean;
  /** A folder that could not be listed; without it, such a folder is passed over (it holds no drafts we can check). */
  onUnreadable?: (dir: string, reason: string) => void;
  /**
   * An entry passed over: a file that is no draft by its name, one that is no regular file (a
   * pipe, a socket, a broken link), or a folder that holds no drafts (hidden, dependencies, build
   * output). The checker says what it did not read.
   */
  onSkipped?: (path: string, why: SkipReason) => void;
}

export type SkipReason = 'hidden' | 'not a draft' | 'not a regular file' | 'folder not searched' | 'too deep' | 'too large';

/**
 * The Markdown and text drafts below the workspace folders (or `roots`), depth first. An explicit
 * stack of open folders (no recursion whose depth grows with the folders), and each real folder
 * once, so a symbolic link back to a parent is not followed round and round.
 */
export async function listDrafts(ws: Workspace, opts: DraftListing = {}): Promise<string[]> {
  const { max = MAX_DRAFTS, maxBytes = MAX_DRAFT_BYTES, maxDepth = MAX_DRAFT_DEPTH } = opts;
  const out: string[] = [];
  const stack: { dir: string; entries: DirectoryEntry[]; next: number; depth: number }[] = [];
  const seen = new Set<string>();
  const enter = async (dir: string, depth: number): Promise<void> => {
    const real = await ws.realpath(dir).catch(() => dir);
    if (seen.has(real)) return;
    seen.add(real);
    try {
      const entries = await ws.list(dir);
      if (opts.sorted) entries.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
      stack.push({ dir, entries, next: 0, depth });
    } catch (e) {
      opts.onUnreadable?.(dir, reason(e));
    }
  };
  for (const root of opts.roots ?? ws.folders()) {
    await enter(root, 0);
    while (stack.length > 0 && out.length < max) {
      const top = stack[stack.length - 1];
      if (top.next >= top.entries.length) {
        stack.pop();
        continue;
      }
      const e = top.entries[top.next++];
      const p = joinPath(top.dir, e.name);
      if (e.name.startsWith('.') || SKIPPED_FOLDERS.has(e.name)) {
        opts.onSkipped?.(p, e.type === 'directory' ? 'folder not searched' : e.name.startsWith('.') ? 'hidden' : 'not a draft');
        continue;
      }
      if (e.type === 'directory') {
        if (top.depth < maxDepth) await enter(p, top.depth + 1);
        else opts.onSkipped?.(p, 'too deep');
      } else if (e.type === 'file' && DRAFT_EXT.test(e.name)) {
        const st = await ws.stat(p);
        if (st && st.size <= maxBytes) out.push(p);
        else opts.onSkipped?.(p, st ? 'too large' : 'not a regular file');
      } else opts.onSkipped?.(p, e.type === 'file' ? 'not a draft' : 'not a regular file');
    }
    stack.length = 0;
    if (out.length >= max) break;
  }
  return out;
}

export function joinPath(dir: string, name: string): string {
  const sep = dir.includes('\\') && !dir.includes('/') ? '\\' : '/';
  return dir.endsWith(sep) ? `${dir}${name}` : `${dir}${sep}${name}`;
}
