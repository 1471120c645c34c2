#!/usr/bin/env node
// Runs the VS Code integration suite (out/test/vscode/index.js) in a real VS Code:
//  - by default in code-server's Node extension host, driven by Debian's Chromium (works offline);
//  - with --electron through @vscode/test-electron, wherever VS Code can be downloaded.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const TESTS = path.join(ROOT, 'out', 'test', 'vscode', 'index.js');

function workspaceCopy() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resref-vscode-'));
  fs.cpSync(path.join(__dirname, 'workspace'), dir, { recursive: true });
  return dir;
}

async function electron() {
  const { runTests } = require('@vscode/test-electron');
  await runTests({ extensionDevelopmentPath: ROOT, extensionTestsPath: TESTS, launchArgs: [workspaceCopy(), '--disable-extensions'] });
}

function codeServer() {
  const rc = path.join(__dirname, 'realclient');
  const setup = spawnSync('bash', [path.join(rc, 'setup.sh')], { stdio: 'inherit' });
  if (setup.status !== 0) {
    console.error('could not install code-server and Chromium (test/vscode/realclient/setup.sh); see the log above');
    return 1;
  }
  const port = String(8400 + Math.floor(Math.random() * 400));
  // --vsix-only: only the checks of the packaged extension (typing, screenshots), e.g. while developing.
  if (!process.argv.includes('--vsix-only')) {
    const r = spawnSync('bash', [path.join(rc, 'ext-tests-code-server.sh'), ROOT, workspaceCopy(), TESTS, port], { stdio: 'inherit', env: { ...process.env, TIMEOUT_MS: '300000' } });
    if (r.status !== 0) return r.status ?? 1;
  }
  // --suite-only: only the mocha suite in the extension host.
  if (process.argv.includes('--suite-only')) return 0;
  return vsixCheck();
}

/** Packages the .vsix, installs it into a clean code-server, and checks it in the browser with screenshots. */
function vsixCheck() {
  const rc = path.join(__dirname, 'realclient');
  const pack = spawnSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, stdio: 'inherit' });
  if (pack.status !== 0) return 1;
  // Packaging minified the bundles; rebuild the development ones (with source maps) afterwards.
  const vsix = path.join(ROOT, 'resolution-references.vsix');
  const port = String(8800 + Math.floor(Math.random() * 400));
  const start = spawnSync('bash', [path.join(rc, 'start-code-server.sh'), vsix, port], { encoding: 'utf8', env: { ...process.env, EXT_MODE: 'vsix' } });
  process.stdout.write(start.stdout);
  if (start.status !== 0) {
    process.stderr.write(start.stderr);
    return 1;
  }
  const state = /state=(\S+)/.exec(start.stdout)[1];
  const outDir = process.argv.includes('--update-docs') ? path.join(ROOT, 'docs', 'images') : fs.mkdtempSync(path.join(os.tmpdir(), 'resref-shots-'));
  try {
    // Typing first, in a window of its own: nothing else has touched its files.
    const typing = spawnSync(process.execPath, [path.join(__dirname, 'typing.cjs'), '--url', `http://127.0.0.1:${port}`, '--folder', workspaceCopy(), '--out', fs.mkdtempSync(path.join(os.tmpdir(), 'resref-typing-'))], { stdio: 'inherit' });
    if (process.argv.includes('--typing-only')) return typing.status ?? 1;
    const r = spawnSync(process.execPath, [path.join(__dirname, 'screenshots.cjs'), '--url', `http://127.0.0.1:${port}`, '--folder', workspaceCopy(), '--out', outDir], { stdio: 'inherit' });
    console.log(`screenshots in ${outDir}`);
    return typing.status !== 0 ? typing.status ?? 1 : r.status ?? 1;
  } finally {
    spawnSync('bash', [path.join(rc, 'stop-code-server.sh'), state], { stdio: 'ignore' });
    spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'bundle.js')], { cwd: ROOT, stdio: 'inherit' });
  }
}

(async () => {
  if (process.argv.includes('--electron')) {
    await electron();
    return;
  }
  process.exitCode = codeServer();
})().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
