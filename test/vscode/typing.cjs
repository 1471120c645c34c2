#!/usr/bin/env node
// "Never type for the drafter", checked in a real VS Code (code-server + Debian Chromium) with the
// packaged .vsix installed: real paragraphs are typed key by key at typing speed into an empty
// Markdown file and an empty plain-text file, each clause ended with "," or ";" and Enter, then
// saved; the file on disk must be exactly what was typed. Along the way it checks that a list
// does open by itself where a locator is expected ("annex I, (") and that none is open when a
// clause ends. Usage: node typing.cjs --url URL --folder WS [--out DIR]
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { checkList, launch, openFolder, parseArgs } = require('./workbench.cjs');

const args = parseArgs(process.argv);
const timeout = Number(args.timeout || 90000);
const out = path.resolve(args.out || os.tmpdir());
// About 12 characters a second (a fast typist), a drafter's pace; a pause where a drafter stops to think.
const KEY_DELAY = 80;
const { checks, check } = checkList(600);

// Six preambular clauses and two operative ones, as drafters write them: the three that the
// issue saw rewritten (a list accepted by Enter after ",") and the bracket VS Code auto-closes.
const CLAUSES = [
  'Recalling its resolution 8/1 of 21 October 2016,',
  'Bearing in mind its resolution 8/4,',
  'Reaffirming its decision 3/2, and its decision 3/2,',
  'Recalling also its resolution 8/1 of 21 October 2016, entitled “Enhancing the effectiveness of central authorities in international cooperation in criminal matters to counter transnational organized crime”;',
  'Noting paragraph 13 of resolution 8/1, and the recommendations contained in resolution 9/3, annex I, (j), (k) and (l),',
  'Welcoming the report of the Secretariat on resolution 8/1, annex II, paragraph 1 (c);',
  'Taking note of resolutions 5/8 and 8/1, PP 4,',
  'Requests the Secretariat to report on the implementation of its resolution 9/3, annex I;',
];

const suggestVisible = (page) => page.evaluate(() => !!document.querySelector('.editor-widget.suggest-widget.visible'));

async function openFile(page, name) {
  const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label^="${name}"]`).first();
  await row.waitFor({ timeout });
  await row.click();
  await page.locator('.tab.active', { hasText: name }).first().waitFor({ timeout });
  await page.locator('.editor-instance .view-lines').first().click();
  await page.waitForTimeout(500);
}

/** Types `text` key by key; returns whether a list was open right after the marked positions. */
async function typeDraft(page, lines, file) {
  let openedAtLocator = false;
  let openAtClauseEnd = [];
  for (const line of lines) {
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      await page.keyboard.type(ch);
      await page.waitForTimeout(KEY_DELAY);
      // A drafter who stops after "annex I, (" to look: the list opens by itself, unselected.
      if (ch === '(' && line.slice(0, i).endsWith('annex I, ')) {
        await page.waitForTimeout(1500);
        if (await suggestVisible(page)) openedAtLocator = true;
      }
    }
    // The clause ends with "," or ";": the drafter stops, then presses Enter.
    await page.waitForTimeout(700);
    if (await suggestVisible(page)) openAtClauseEnd.push(line);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(KEY_DELAY);
  }
  await page.screenshot({ path: path.join(out, `typing-${file}.png`) }).catch(() => undefined);
  return { openedAtLocator, openAtClauseEnd };
}

(async () => {
  const { ctx, page } = await launch();
  try {
    await openFolder(page, args.url, args.folder, timeout);
    // Wait until the language server answers in this window: a hover on a draft's reference.
    await openFile(page, 'draft.md');
    await page.locator('.statusbar-item', { hasText: /Resolution|ResRef|citable/ }).first().waitFor({ timeout }).catch(() => undefined);
    await page.waitForTimeout(4000);
    for (const file of ['typed.md', 'typed.txt']) {
      await openFile(page, file);
      const typed = CLAUSES.join('\n') + '\n';
      const r = await typeDraft(page, CLAUSES, file);
      await page.keyboard.press('Control+S');
      await page.waitForTimeout(1500);
      const saved = fs.readFileSync(path.join(args.folder, file), 'utf8');
      check(`${file}: the saved file is exactly what was typed`, saved === typed, saved === typed ? '' : `saved:\n${saved}`);
      check(`${file}: no list open when a clause ends`, r.openAtClauseEnd.length === 0, r.openAtClauseEnd.join(' | '));
      if (file.endsWith('.md')) check(`${file}: a list opens by itself after “annex I, (”`, r.openedAtLocator);
    }
  } catch (e) {
    check('exception', false, e && e.stack);
    await page.screenshot({ path: path.join(out, 'typing-failure.png') }).catch(() => undefined);
  }
  await ctx.close();
  const failed = checks.filter((c) => !c.ok).length;
  console.log(`typing: ${checks.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
})();
