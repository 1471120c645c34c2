// A workspace held in memory, for driving the language service without a process or a folder.
// Paths are POSIX absolute paths ("/ws/draft.md"); symbolic links are entries that name a target.

import type { DirectoryEntry, Disposable, FileStat, Workspace } from '../../server/src/service/workspace';

type Node = { kind: 'file'; text: string } | { kind: 'dir' } | { kind: 'link'; target: string } | { kind: 'unreadable' };

function errno(code: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${path}`), { code });
}

const parentOf = (p: string): string => p.slice(0, Math.max(1, p.lastIndexOf('/')));

export class InMemoryWorkspace implements Workspace {
  private readonly nodes = new Map<string, Node>([['/', { kind: 'dir' }]]);
  private readonly listeners = new Set<(paths: string[]) => void>();
  watched: readonly string[] = [];

  constructor(private readonly roots: string[] = ['/ws'], files: Record<string, string> = {}) {
    for (const r of roots) this.mkdir(r);
    for (const [p, text] of Object.entries(files)) this.write(p, text);
  }

  // ---- setting it up (and changing it, as an editor or another program would) ---------
  mkdir(path: string): void {
    const parts = path.split('/').filter(Boolean);
    for (let i = 1; i <= parts.length; i++) {
      const p = `/${parts.slice(0, i).join('/')}`;
      if (!this.nodes.has(p)) this.nodes.set(p, { kind: 'dir' });
    }
  }

  write(path: string, text: string): void {
    this.mkdir(parentOf(path));
    this.nodes.set(path, { kind: 'file', text });
    this.fire(path);
  }

  delete(path: string): void {
    for (const k of [...this.nodes.keys()]) if (k === path || k.startsWith(`${path}/`)) this.nodes.delete(k);
    this.fire(path);
  }

  symlink(path: string, target: string): void {
    this.mkdir(parentOf(path));
    this.nodes.set(path, { kind: 'link', target });
  }

  /** A file that exists but cannot be read (EACCES). */
  unreadable(path: string): void {
    this.mkdir(parentOf(path));
    this.nodes.set(path, { kind: 'unreadable' });
  }

  // ---- the Workspace interface -------------------------------------------------------
  folders(): readonly string[] {
    return this.roots;
  }

  async read(path: string): Promise<string> {
    const n = this.resolve(path);
    if (!n) throw errno('ENOENT', path);
    if (n.node.kind === 'dir') throw errno('EISDIR', path);
    if (n.node.kind !== 'file') throw errno('EACCES', path);
    return n.node.text;
  }

  async stat(path: string): Promise<FileStat | undefined> {
    const n = this.resolve(path);
    if (!n) return undefined;
    if (n.node.kind === 'dir') return { type: 'directory', size: 0 };
    if (n.node.kind === 'file') return { type: 'file', size: Buffer.byteLength(n.node.text) };
    return { type: 'file', size: 0 };
  }

  async list(dir: string): Promise<DirectoryEntry[]> {
    const n = this.resolve(dir);
    if (!n || n.node.kind !== 'dir') throw errno('ENOTDIR', dir);
    const prefix = n.path === '/' ? '/' : `${n.path}/`;
    const out: DirectoryEntry[] = [];
    for (const k of [...this.nodes.keys()].sort()) {
      if (!k.startsWith(prefix) || k === n.path || k.slice(prefix.length).includes('/')) continue;
      const target = this.resolve(k);
      out.push({ name: k.slice(prefix.length), type: !target ? 'other' : target.node.kind === 'dir' ? 'directory' : 'file' });
    }
    return out;
  }

  async realpath(path: string): Promise<string> {
    const n = this.resolve(path);
    if (!n) throw errno('ENOENT', path);
    return n.path;
  }

  watch(dirs: readonly string[]): Disposable {
    this.watched = [...dirs];
    return { dispose: () => (this.watched = []) };
  }

  onDidChangeFiles(listener: (paths: string[]) => void): Disposable {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  private fire(path: string): void {
    if (!this.watched.includes(parentOf(path))) return;
    for (const l of this.listeners) l([path]);
  }

  /** Follows links in every segment (at most 40 hops, as POSIX does). */
  private resolve(path: string): { path: string; node: Node } | undefined {
    let current = '/';
    const todo = path.split('/').filter(Boolean);
    let hops = 0;
    while (todo.length > 0) {
      const seg = todo.shift()!;
      const next = current === '/' ? `/${seg}` : `${current}/${seg}`;
      const node = this.nodes.get(next);
      if (!node) return undefined;
      if (node.kind === 'link') {
        if (++hops > 40) return undefined;
        for (const s of node.target.split('/').filter(Boolean).reverse()) todo.unshift(s);
        current = '/';
        continue;
      }
      current = next;
    }
    const node = this.nodes.get(current);
    return node ? { path: current, node } : undefined;
  }
}

/** "|" marks the cursor: the text without it and the cursor's offset. */
export function cursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('|');
  if (offset < 0) throw new Error('no cursor marker "|" in the text');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}
