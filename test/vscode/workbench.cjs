// What the Playwright checks in code-server share (typing.cjs, screenshots.cjs): their
// command-line arguments, the JSON line each check prints, and a headless Debian Chromium
// opened on code-server's workbench of a folder.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

/** `--name value` pairs of the command line. */
function parseArgs(argv) {
  const args = {};
  for (let i = 2; i < argv.length; i += 2) args[argv[i].replace(/^--/, '')] = argv[i + 1];
  return args;
}

/** A list of checks and the function that records (and prints) one, its detail cut to `detailMax`. */
function checkList(detailMax) {
  const checks = [];
  const check = (name, ok, detail) => {
    checks.push({ name, ok });
    console.log(JSON.stringify({ check: name, ok, detail: detail && String(detail).slice(0, detailMax) }));
  };
  return { checks, check };
}

/** A headless Debian Chromium with a fresh profile, and its page. */
async function launch() {
  const ctx = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'resref-pw-')), {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 760 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return { ctx, page: ctx.pages()[0] || (await ctx.newPage()) };
}

/** code-server's workbench for `folder` in `page`, once it is drawn. */
async function openFolder(page, url, folder, timeout) {
  await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`, { timeout });
  await page.locator('.monaco-workbench').waitFor({ timeout });
}

module.exports = { parseArgs, checkList, launch, openFolder };
