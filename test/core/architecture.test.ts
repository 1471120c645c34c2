// The layering ARCHITECTURE.md promises, checked on the import statements of server/src:
// no import cycle (type-only imports included), and a core that imports neither VS Code nor
// the language-server connection.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { describe, it } from 'node:test';
import { ROOT } from './helpers';

const SRC = path.join(ROOT, 'server', 'src');
const CORE = ['model', 'index', 'grammar', 'resolver', 'features'];

function sourceFiles(): string[] {
  const out: string[] = [];
  const dirs = [SRC];
  while (dirs.length > 0) {
    const dir = dirs.pop()!;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) dirs.push(p);
      else if (e.name.endsWith('.ts')) out.push(p);
    }
  }
  return out.sort();
}

function imports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const specs: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+'([^']+)'/gms)) specs.push(m[1]);
  return specs;
}

function resolveLocal(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [`${base}.ts`, path.join(base, 'index.ts')]) if (fs.existsSync(candidate)) return candidate;
  return undefined;
}

describe('architecture', () => {
  const files = sourceFiles();
  const graph = new Map(files.map((f) => [f, imports(f).map((s) => resolveLocal(f, s)).filter((x): x is string => x !== undefined)]));

  it('has no import cycle in server/src', () => {
    const rel = (f: string): string => path.relative(SRC, f);
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    for (const start of files) {
      if (state.has(start)) continue;
      // Iterative depth-first search; the path on the stack is the chain of open files.
      const stack: { file: string; next: number }[] = [{ file: start, next: 0 }];
      state.set(start, 'open');
      while (stack.length > 0) {
        const top = stack[stack.length - 1];
        const deps = graph.get(top.file) ?? [];
        if (top.next >= deps.length) {
          state.set(top.file, 'done');
          stack.pop();
          continue;
        }
        const dep = deps[top.next++];
        const s = state.get(dep);
        if (s === 'open') {
          const from = stack.findIndex((x) => x.file === dep);
          cycles.push([...stack.slice(from).map((x) => rel(x.file)), rel(dep)].join(' → '));
        } else if (s === undefined) {
          state.set(dep, 'open');
          stack.push({ file: dep, next: 0 });
        }
      }
    }
    assert.deepEqual(cycles, []);
  });

  it('keeps VS Code and the LSP connection out of the core', () => {
    const offending = files
      .filter((f) => CORE.includes(path.relative(SRC, f).split(path.sep)[0]))
      .filter((f) => imports(f).some((s) => s === 'vscode' || s.startsWith('vscode-languageserver') || s.startsWith('vscode-jsonrpc')))
      .map((f) => path.relative(SRC, f));
    assert.deepEqual(offending, []);
  });
});
