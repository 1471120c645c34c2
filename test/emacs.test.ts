// The README's Emacs configuration, run in a real batch Emacs with eglot against
// `npx resref lsp --stdio`: it attaches, the diagnostics arrive in Flymake, hover answers.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { describe, it } from 'node:test';

const ROOT = path.resolve(__dirname, '..', '..');
const hasEmacs = spawnSync('emacs', ['--version'], { encoding: 'utf8' }).status === 0;
// Outside CI a machine without Emacs skips this test, saying so; in CI (.ci/run installs it) it must run.
const skip = !hasEmacs && !process.env.CI ? 'emacs is not installed (apt-get install emacs-nox elpa-eglot); .ci/run installs it' : false;

describe('Emacs (eglot) with the README configuration', () => {
  it('attaches resref, shows its diagnostics in Flymake and answers hover', { skip, timeout: 120000 }, () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const m = /<!-- emacs-config:start -->\s*```elisp\n([\s\S]*?)```\s*<!-- emacs-config:end -->/.exec(readme);
    assert.ok(m, 'README has the Emacs snippet between markers');
    // Inside the project (under out/, not committed): eglot starts the server in the draft's
    // folder, and `npx resref` must find this project's `resref` there, as a user's would.
    fs.mkdirSync(path.join(ROOT, 'out'), { recursive: true });
    const dir = fs.mkdtempSync(path.join(ROOT, 'out', 'emacs-'));
    const init = path.join(dir, 'init.el');
    fs.writeFileSync(init, m[1]);
    const draft = path.join(dir, 'draft.txt');
    fs.writeFileSync(draft, 'Recalling resolution 8/1, annex III, and paragraph 13 of resolution 8/1.\n');
    const r = spawnSync('emacs', ['--batch', '-l', init, '-l', path.join(ROOT, 'test', 'emacs', 'check.el')], {
      cwd: dir,
      // Offline: `npx` must find the project's own command, never fetch one.
      env: { ...process.env, RESREF_DRAFT: draft, RESREF_LINE: '0', RESREF_COL: '51', npm_config_offline: 'true' },
      encoding: 'utf8',
      timeout: 110000,
    });
    fs.rmSync(dir, { recursive: true, force: true });
    const line = r.stdout.split('\n').find((l) => l.startsWith('{'));
    assert.ok(line, `no output from emacs (status ${r.status}): ${r.stdout}\n${r.stderr}`);
    const res = JSON.parse(line) as { mode: string; command: string[] | null; managed: boolean; diagnostics: { line: number; col: number; type: string; text: string }[]; hover: string | null };
    assert.equal(res.mode, 'text-mode');
    assert.deepEqual(res.command, ['npx', 'resref', 'lsp', '--stdio']);
    assert.equal(res.managed, true);
    assert.deepEqual(
      res.diagnostics.map((d) => `${d.line}:${d.col} ${d.type} ${d.text}`),
      ['0:26 eglot-error resref [no-annex]: resolution 8/1 has annexes I and II; there is no annex III'],
      r.stderr,
    );
    assert.match(res.hover ?? '', /\*\*Resolution 8\/1, paragraph 13\*\*/);
    assert.match(res.hover ?? '', /Requests States parties to support central authorities/);
  });
});
