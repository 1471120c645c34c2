// `resref check` writes its findings block by block as it reads (nothing of a block is kept once
// its findings are out). Its output must be byte for byte what the whole-draft path prints: the
// analysis of the whole draft, its diagnostics, and one `JSON.stringify` / one line per finding.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describe, it } from 'node:test';
import { main } from '../../server/src/cli/main';
import { toSarif, type CheckProblem } from '../../server/src/cli/sarif';
import { analyzeText } from '../../server/src/features/analyze';
import { diagnosticsOf } from '../../server/src/features/diagnostics';
import { LineMap } from '../../server/src/features/lineMap';
import { findRoot, loadShippedIndex, readDatasetSources } from '../../server/src/index/loadDataset';
import { makeDraft, referenceSentences } from '../bench/corpus';

const ROOT = findRoot(__dirname);
const index = loadShippedIndex(ROOT);

/** The findings as the CLI printed them before it streamed: whole analysis, then conversion. */
function wholeDraftFindings(file: string, text: string): CheckProblem[] {
  const lines = new LineMap(text);
  return diagnosticsOf(analyzeText(index, text)).map((p) => {
    const s = lines.position(p.span.start);
    const e = lines.position(p.span.end);
    return { file, line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1, severity: p.severity, code: p.code, message: p.message };
  });
}

async function check(cwd: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  let writes = 0;
  const before = process.cwd();
  process.chdir(cwd);
  try {
    const code = await main(['check', ...args], {
      out: (s) => {
        out += s;
        writes++;
      },
      err: (s) => (err += s),
    });
    return { code, out, err: `${err}writes:${writes}` };
  } finally {
    process.chdir(before);
  }
}

describe('resref check streams its findings', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resref-stream-'));
  const sentences = referenceSentences(readDatasetSources(ROOT).map((s) => s.content));
  // Large enough to be written in several chunks (a chunk is about 1 MB of output).
  const big = makeDraft(sentences, 1_500_000, 23);
  const small = 'Recalling its resolution 8/1, annex III,\r\n\r\nand decision 3/2, paragraph (*l*).\n';
  fs.writeFileSync(path.join(dir, 'a-big.md'), big);
  fs.writeFileSync(path.join(dir, 'b-small.txt'), small);
  fs.writeFileSync(path.join(dir, 'c-clean.md'), 'Recalling its resolution 8/1 of 21 October 2016,\n');
  const expected = [...wholeDraftFindings('a-big.md', big), ...wholeDraftFindings('b-small.txt', small)];

  it('prints the JSON array stringify prints, in several writes', async () => {
    const r = await check(dir, ['.', '--format', 'json']);
    assert.ok(expected.length > 1000, `a test draft with many findings (${expected.length})`);
    assert.equal(r.out, `${JSON.stringify(expected, null, 2)}\n`);
    assert.ok(Number(/writes:(\d+)/.exec(r.err)![1]) > 1, 'written as it goes, not at the end');
    assert.equal(r.code, 1);
  });
  it('prints the same lines and the same count in text', async () => {
    const r = await check(dir, ['.']);
    assert.equal(r.out, expected.map((p) => `${p.file}:${p.line}:${p.column}: ${p.severity} ${p.code}: ${p.message}\n`).join(''));
    const errors = expected.filter((p) => p.severity === 'error').length;
    // The citations set aside as other bodies' are counted too (none is a finding).
    assert.match(r.err, new RegExp(`^3 files checked: ${errors} errors, ${expected.length - errors} other findings; \\d+ citations read, \\d+ checked and correct in every part; \\d+ citations name another body and were not checked; \\d+ citations were read as another body's and not checked\n`));
  });
  it('prints the same SARIF', async () => {
    const r = await check(dir, ['.', '--format', 'sarif']);
    assert.equal(r.out, `${JSON.stringify(toSarif(expected, { executionSuccessful: true, notifications: [] }), null, 2)}\n`);
  });
  it('prints an empty array, and exits 0, for a clean draft', async () => {
    const r = await check(dir, ['c-clean.md', '--format', 'json']);
    assert.equal(r.out, '[]\n');
    assert.equal(r.code, 0);
  });
});

describe('resref check: a list item after a reference is not locator material', () => {
  it('"b)" or a number on the line after a reference (or after "resolution 8/1:") gives no finding', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resref-list-'));
    fs.writeFileSync(path.join(dir, 'list.md'), 'Recalling resolution 8/1\nb) Noting resolution 9/3\n\nRecalling resolution 8/1:\n25 States have responded\n');
    const r = await check(dir, ['list.md', '--format', 'json']);
    assert.equal(r.out, '[]\n');
  });
});

describe('a list of thousands of instruments, each with a date the grammar cannot read', () => {
  it('is one reference whose every unread date is reported, naming its instrument, with bounded quotes', () => {
    const text = 'its resolution 8/1 of 22/10/2016, '.repeat(3000);
    const [r] = analyzeText(index, text).resolutions;
    assert.equal(r.reference.instruments.length, 3000);
    const dates = r.problems.filter((p) => p.code === 'unread-locator');
    assert.equal(dates.length, 3000);
    assert.match(dates[2999].message, /^the date “22\/10\/2016” after resolution 8\/1 is not in a form the checker reads/);
    // Each message quotes the start of the citation, never the whole list (that was a copy of it per date).
    assert.ok(dates.every((p) => p.message.length < 300), 'messages stay short');
  });
});
