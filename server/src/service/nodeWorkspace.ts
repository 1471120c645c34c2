// The workspace over Node's file system: what the language server and the CLI pass to the
// service. Watching is per folder and non-recursive, so it works on every platform.

import * as fs from 'fs';
import { decodeText } from '../model/decodeText';
import type { DirectoryEntry, Disposable, FileStat, Workspace } from './workspace';

export class NodeWorkspace implements Workspace {
  private watchers: fs.FSWatcher[] = [];
  private readonly listeners = new Set<(paths: string[]) => void>();

  /** Set by the server from `initialize` (workspace folders, or the root URI). */
  workspaceFolders: string[];

  constructor(folders: string[] = []) {
    this.workspaceFolders = folders;
  }

  folders(): readonly string[] {
    return this.workspaceFolders;
  }

  /** UTF-8, or UTF-16 when a byte-order mark says so (model/decodeText.ts). */
  async read(path: string): Promise<string> {
    return decodeText(await fs.promises.readFile(path)).text;
  }

  async stat(path: string): Promise<FileStat | undefined> {
    try {
      const st = await fs.promises.stat(path);
      return { type: st.isDirectory() ? 'directory' : st.isFile() ? 'file' : 'other', size: st.size };
    } catch {
      return undefined;
    }
  }

  async list(dir: string): Promise<DirectoryEntry[]> {
    const entries = await fs.promises.readdir(dir, { withFileTypes: true });
    const out: DirectoryEntry[] = [];
    for (const e of entries) {
      let type: DirectoryEntry['type'] = e.isDirectory() ? 'directory' : e.isFile() ? 'file' : 'other';
      if (e.isSymbolicLink()) type = (await this.stat(`${dir}/${e.name}`))?.type ?? 'other';
      out.push({ name: e.name, type });
    }
    return out;
  }

  realpath(path: string): Promise<string> {
    return fs.promises.realpath(path);
  }

  watch(dirs: readonly string[]): Disposable {
    this.closeWatchers();
    for (const d of dirs) {
      try {
        const w = fs.watch(d, { persistent: false }, (_event, name) => this.fire([name ? `${d}/${name}` : d]));
        w.on('error', () => this.fire([d]));
        this.watchers.push(w);
      } catch {
        // A folder that cannot be watched is still indexed; it just won't refresh by itself.
      }
    }
    return { dispose: () => this.closeWatchers() };
  }

  onDidChangeFiles(listener: (paths: string[]) => void): Disposable {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  dispose(): void {
    this.closeWatchers();
    this.listeners.clear();
  }

  private fire(paths: string[]): void {
    for (const l of this.listeners) l(paths);
  }

  private closeWatchers(): void {
    for (const w of this.watchers) w.close();
    this.watchers = [];
  }
}
