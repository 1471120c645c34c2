// The README's agreed-language snippet for Neovim (:AgreedLanguage, code lenses), run in a real
// headless Neovim after the README's configuration, against `npx resref lsp --stdio`.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describe, it } from 'node:test';

const ROOT = path.resolve(__dirname, '..', '..');
const hasNvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;
const skip = !hasNvim && !process.env.CI ? 'nvim is not installed (apt-get install neovim); .ci/run installs it' : false;

function snippet(readme: string, name: string): string {
  const m = new RegExp(`<!-- ${name}:start -->\\s*\`\`\`lua\\n([\\s\\S]*?)\`\`\`\\s*<!-- ${name}:end -->`).exec(readme);
  assert.ok(m, `README has the ${name} snippet between markers`);
  return m[1];
}

describe('Neovim with the README agreed-language snippet', () => {
  it(':AgreedLanguage fills the quickfix list; lenses and the diagnostic arrive', { skip, timeout: 60000 }, () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resref-nvim-agreed-'));
    const init = path.join(dir, 'init.lua');
    fs.writeFileSync(init, `${snippet(readme, 'nvim-config')}\n${snippet(readme, 'nvim-agreed')}`);
    const draft = path.join(dir, 'draft.md');
    fs.writeFileSync(draft, '# Draft\n\n1. Urges Member States to afford one another, as appropriate, the greatest measure of assistance, in accordance with the provisions of the Convention;\n');
    const r = spawnSync('nvim', ['--headless', '-n', '-i', 'NONE', '-u', init, '-c', `luafile ${path.join(ROOT, 'test', 'nvim', 'agreed.lua')}`], {
      cwd: ROOT,
      env: { ...process.env, RESREF_DRAFT: draft },
      encoding: 'utf8',
      timeout: 50000,
    });
    const line = r.stdout.split('\n').find((l) => l.startsWith('{'));
    assert.ok(line, `no output from nvim: ${r.stdout}\n${r.stderr}`);
    const res = JSON.parse(line) as { attached: boolean; quickfix: { file: string; lnum: number; text: string }[]; lenses: { line: number; title: string }[]; diagnostics: { lnum: number; message: string }[] };
    assert.ok(res.attached);
    assert.match(res.quickfix[0].text, /^resolution 8\/1, paragraph 2 · \d\d %: Urges States parties to afford one another/);
    assert.equal(res.quickfix[0].file, 'data/sources/international-cooperation-compendium.txt');
    assert.ok(res.quickfix[0].lnum > 0);
    assert.deepEqual(res.lenses.map((l) => l.line), [2]);
    assert.match(res.lenses[0].title, /^Follows resolution 8\/1, paragraph 2 · \d\d %$/);
    assert.ok(res.diagnostics.some((d) => d.lnum === 2 && /^follows resolution 8\/1, paragraph 2/.test(d.message)));
  });
});
