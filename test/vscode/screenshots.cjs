#!/usr/bin/env node
// Playwright check in a real VS Code (code-server + Debian Chromium) with the packaged .vsix
// installed: hover, diagnostics, completion and the topics tree must appear; each is
// screenshotted. Usage: node screenshots.cjs --url URL --folder WS --out DIR
'use strict';
const fs = require('fs');
const path = require('path');
const { checkList, launch, openFolder, parseArgs } = require('./workbench.cjs');

const args = parseArgs(process.argv);
const timeout = Number(args.timeout || 90000);
const out = path.resolve(args.out || '.');
fs.mkdirSync(out, { recursive: true });
const { checks, check } = checkList(300);

async function hoverText(page, word, nth, needle) {
  // Dismiss any previous hover first, so its text is not read as the new one.
  await page.mouse.move(700, 600);
  await page.keyboard.press('Escape');
  await page.waitForTimeout(400);
  const t0 = Date.now();
  let last = '';
  while (Date.now() - t0 < timeout) {
    const spans = page.locator('.editor-instance .view-lines .view-line span span', { hasText: word });
    const n = await spans.count();
    if (n > nth) {
      const span = spans.nth(nth);
      const box = await span.boundingBox();
      if (box) {
        const text = await span.textContent();
        const idx = text.indexOf(word);
        const w = box.width / Math.max(1, text.length);
        const x = box.x + w * (idx + word.length / 2);
        const y = box.y + box.height / 2;
        await page.mouse.move(x - 60, y + 60);
        await page.waitForTimeout(150);
        await page.mouse.move(x, y, { steps: 4 });
        for (let k = 0; k < 16; k++) {
          last = await page.evaluate(() => Array.from(document.querySelectorAll('.monaco-hover')).map((e) => e.innerText).join('\n'));
          if (last.includes(needle)) return last;
          await page.waitForTimeout(250);
        }
      }
    }
    await page.waitForTimeout(500);
  }
  return last;
}

(async () => {
  const { ctx, page } = await launch();
  try {
    await openFolder(page, args.url, args.folder, timeout);
    const row = page.locator('.explorer-folders-view .monaco-list-row[aria-label^="draft.md"]').first();
    await row.waitFor({ timeout });
    await row.click();
    await page.locator('.tab.active', { hasText: 'draft.md' }).first().waitFor({ timeout });

    const hover = await hoverText(page, '(c)', 0, 'States parties should enhance measures');
    check('hover', hover.includes('States parties should enhance measures'), hover);
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(out, 'hover.png') });

    const squiggle = await page.locator('.squiggly-error').first().waitFor({ timeout }).then(() => true, () => false);
    const diag = await hoverText(page, 'III', 0, 'there is no annex III');
    check('diagnostic', squiggle && diag.includes('resolution 8/1 has annexes I and II; there is no annex III'), diag);
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(out, 'diagnostics.png') });

    await page.keyboard.press('Escape');
    await page.mouse.move(700, 600);
    const lastLine = page.locator('.editor-instance .view-lines .view-line', { hasText: 'resolution 8/1, annex I, (' }).first();
    const firstSpan = lastLine.locator('span span').first();
    const lb = await firstSpan.boundingBox();
    await page.mouse.click(lb.x + 3, lb.y + lb.height / 2);
    await page.keyboard.press('End');
    await page.waitForTimeout(300);
    await page.keyboard.press('Control+Space');
    const suggest = page.locator('.suggest-widget.visible .monaco-list-row', { hasText: '(b)' }).first();
    const sOk = await suggest.waitFor({ timeout: 20000 }).then(() => true, () => false);
    check('completion', sOk);
    await page.waitForTimeout(800);
    await page.screenshot({ path: path.join(out, 'completion.png') });
    await page.keyboard.press('Escape');

    await page.locator('.activitybar .action-item a[aria-label^="Resolution References"]').first().click();
    // "Cited in this draft": what the active draft cites, grouped by instrument, with findings.
    const citedRow = page.locator('.monaco-list-row', { hasText: 'Resolution 8/1' }).first();
    const cOk = await citedRow.waitFor({ timeout }).then(() => true, () => false);
    if (cOk) await citedRow.click();
    const citedPart = await page.locator('.monaco-list-row', { hasText: 'annex II, paragraph 1 (c)' }).first().waitFor({ timeout: 20000 }).then(() => true, () => false);
    check('cited in this draft', cOk && citedPart);
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(out, 'cited.png') });
    // Collapse it so the topics have room.
    await page.locator('.pane-header', { hasText: 'Cited in This Draft' }).first().click().catch(() => undefined);
    const idx = page.locator('.monaco-list-row', { hasText: 'International Cooperation thematic index' }).first();
    await idx.waitFor({ timeout });
    await idx.click();
    const topic = page.locator('.monaco-list-row', { hasText: 'Authorities, central' }).first();
    await topic.waitFor({ timeout });
    await topic.click();
    const entry = page.locator('.monaco-list-row', { hasText: 'Working Group on International Cooperation, third meeting' }).first();
    const eOk = await entry.waitFor({ timeout: 20000 }).then(() => true, () => false);
    if (eOk) await entry.click();
    const partOk = await page.locator('.monaco-list-row', { hasText: '(c) States and the United Nations Office' }).first().waitFor({ timeout: 20000 }).then(() => true, () => false);
    check('topics tree', eOk && partOk);
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(out, 'topics.png') });
  } catch (e) {
    check('exception', false, e && e.stack);
    await page.screenshot({ path: path.join(out, 'failure.png') }).catch(() => undefined);
  }
  await ctx.close();
  const failed = checks.filter((c) => !c.ok).length;
  console.log(`${checks.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
})();
