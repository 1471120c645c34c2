// File-system helpers of the language server: the drafts of a workspace (for "find references"
// and "check all drafts") and a watcher for extra source folders.

import * as fs from 'fs';
import * as path from 'path';

const DRAFT_EXT = /\.(md|markdown|txt)$/i;
const SKIP = new Set(['node_modules', '.git', 'out', 'dist', '.vscode-test']);

export function listDrafts(roots: string[], max = 5000, maxBytes = 5 * 1024 * 1024): string[] {
  const out: string[] = [];
  const walk = (dir: string, depth: number): void => {
    if (out.length >= max || depth > 12) return;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.') || SKIP.has(e.name)) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p, depth + 1);
      else if (e.isFile() && DRAFT_EXT.test(e.name)) {
        try {
          if (fs.statSync(p).size <= maxBytes) out.push(p);
        } catch {
          // vanished between listing and stat: skip it
        }
      }
      if (out.length >= max) return;
    }
  };
  for (const r of roots) walk(r, 0);
  return out;
}

/** Watches folders (non-recursively each, so it works on every platform) and calls back, debounced. */
export class FolderWatcher {
  private watchers: fs.FSWatcher[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly onChange: () => void, private readonly delayMs = 300) {}

  watch(folders: string[]): void {
    this.dispose();
    for (const f of folders) {
      try {
        const w = fs.watch(f, { persistent: false }, () => this.fire());
        w.on('error', () => this.fire());
        this.watchers.push(w);
      } catch {
        // A folder that cannot be watched is still indexed; it just won't refresh by itself.
      }
    }
  }

  private fire(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.onChange(), this.delayMs);
  }

  dispose(): void {
    for (const w of this.watchers) w.close();
    this.watchers = [];
    if (this.timer) clearTimeout(this.timer);
  }
}
