// `npm pack`, then `npm install -g` of the tarball into a temporary prefix: the installed
// `resref` works from any folder, with the dataset it carries.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describe, it } from 'node:test';

const ROOT = path.resolve(__dirname, '..', '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('global install from the packed tarball', () => {
  it('gives a working `resref` in a temporary prefix, run from an unrelated folder', { timeout: 300000 }, () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'resref-install-'));
    // The build is fresh (npm test builds first), so the prepack build is skipped here.
    const pack = spawnSync(npm, ['pack', '--ignore-scripts', '--pack-destination', tmp, '--json'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(pack.status, 0, pack.stderr);
    const [{ filename, files }] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
    const names = files.map((f) => f.path);
    assert.ok(names.includes('bin/resref.js') && names.includes('out/server/src/cli/main.js'), names.join('\n'));
    assert.ok(!names.some((n) => n.startsWith('test/') || n.startsWith('client/') || n.endsWith('.ts') || n.endsWith('.map')), 'only what the command needs');
    const prefix = path.join(tmp, 'prefix');
    const install = spawnSync(npm, ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', '--prefer-offline', path.join(tmp, filename)], { cwd: tmp, encoding: 'utf8' });
    assert.equal(install.status, 0, install.stderr);
    const bin = path.join(prefix, 'bin', 'resref');
    assert.ok(fs.existsSync(bin), `${bin} after npm install -g`);

    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'resref-elsewhere-'));
    const env = { ...process.env, PATH: `${path.dirname(bin)}${path.delimiter}${process.env.PATH ?? ''}` };
    const show = spawnSync('resref', ['show', 'resolution 8/1, annex II, 1 (c)', '--json'], { cwd: elsewhere, env, encoding: 'utf8' });
    assert.equal(show.status, 0, show.stderr);
    const j = JSON.parse(show.stdout) as { status: string; targets: { source: { file: string } }[] };
    assert.equal(j.status, 'ok');
    assert.equal(j.targets[0].source.file, 'data/sources/international-cooperation-compendium.txt');

    fs.writeFileSync(path.join(elsewhere, 'draft.md'), 'Welcoming resolution 8/1, annex III.\n');
    const check = spawnSync('resref', ['check', 'draft.md'], { cwd: elsewhere, env, encoding: 'utf8' });
    assert.equal(check.status, 1, check.stderr);
    assert.equal(check.stdout, 'draft.md:1:27: error no-annex: resolution 8/1 has annexes I and II; there is no annex III\n');
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.rmSync(elsewhere, { recursive: true, force: true });
  });
});
