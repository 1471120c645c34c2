// The README's Neovim configuration, run in a real headless Neovim against `npx resref lsp --stdio`.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describe, it } from 'node:test';

const ROOT = path.resolve(__dirname, '..', '..');
const hasNvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;
// Outside CI a machine without Neovim skips this test, saying so; in CI (.ci/run installs it) it must run.
const skip = !hasNvim && !process.env.CI ? 'nvim is not installed (apt-get install neovim); .ci/run installs it' : false;

describe('Neovim with the README configuration', () => {
  it('attaches resref, shows its diagnostics and hover', { skip, timeout: 60000 }, () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const m = /<!-- nvim-config:start -->\s*```lua\n([\s\S]*?)```\s*<!-- nvim-config:end -->/.exec(readme);
    assert.ok(m, 'README has the Neovim snippet between markers');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resref-nvim-'));
    const init = path.join(dir, 'init.lua');
    fs.writeFileSync(init, m[1]);
    const draft = path.join(dir, 'draft.md');
    fs.writeFileSync(draft, 'Recalling resolution 8/1, annex III, and paragraph 13 of resolution 8/1.\n');
    const r = spawnSync('nvim', ['--headless', '-n', '-i', 'NONE', '-u', init, '-c', `luafile ${path.join(ROOT, 'test', 'nvim', 'check.lua')}`], {
      cwd: ROOT,
      env: { ...process.env, RESREF_DRAFT: draft, RESREF_LINE: '0', RESREF_COL: '51' },
      encoding: 'utf8',
      timeout: 50000,
    });
    const line = r.stdout.split('\n').find((l) => l.startsWith('{'));
    assert.ok(line, `no output from nvim: ${r.stdout}\n${r.stderr}`);
    const res = JSON.parse(line);
    assert.equal(res.filetype, 'markdown');
    assert.deepEqual(res.clients, ['resref']);
    assert.ok(res.diagnosticsArrived);
    assert.deepEqual(res.diagnostics.map((d: { lnum: number; col: number; message: string }) => `${d.lnum}:${d.col} ${d.message}`), ['0:26 resolution 8/1 has annexes I and II; there is no annex III']);
    assert.match(res.hover, /\*\*Resolution 8\/1, paragraph 13\*\*/);
    assert.match(res.hover, /Requests States parties to support central authorities/);
  });
});
