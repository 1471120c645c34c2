// `resref`: the command-line face of the core. show / topics / stats / audit / check / lsp.
// The CLI never evaluates its input: references and files are only read and parsed.

import * as fs from 'fs';
import * as path from 'path';
import { analysedBlocks, analyzeText } from '../features/analyze';
import { LineMap } from '../features/lineMap';
import { buildDataset } from '../index/dataset';
import { DatasetIndex } from '../index/datasetIndex';
import { findRoot, loadShippedIndex, readDatasetSources } from '../index/loadDataset';
import type { Resolution, Severity, Status } from '../resolver/resolve';
import { toSarif, type CheckProblem, type CheckRun } from './sarif';
import { datasetStats } from '../features/stats';
import { agreedLanguageFindings, agreedLanguageOf, similarTo, type SimilarResult } from '../features/similarity/similar';
import { percent } from '../features/similarity/agreedLanguage';
import { decodeText } from '../model/decodeText';
import { NodeWorkspace } from '../service/nodeWorkspace';
import { listDrafts, type SkipReason } from '../service/workspace';
import { DEFAULT_SETTINGS, mergeSettings, readConfigFile, type ServiceSettings } from '../service/settings';
import { blockDiagnostics, diagnosticsOf, type UnknownSeverity } from '../features/diagnostics';
import { readSourceFolders } from '../service/sourceFolders';

export { datasetStats };

interface Io {
  out(s: string): void;
  err(s: string): void;
}

const USAGE = `usage: resref <command> [options]

commands:
  show "<reference>" [--json]     print the cited text, its citation and source
  check <files or folders…> [--format text|json|sarif] [--agreed-language]
        [--fail-on error|warning|information]
                                  check every reference in Markdown and text drafts;
                                  --agreed-language also reports each paragraph that
                                  follows a paragraph of the dataset but changes it;
                                  exit 1 when a finding is at least as severe as
                                  --fail-on (default error: a citation only partly
                                  read is a warning, and passes unless --fail-on warning)
  similar "<text>" [--json] [--limit N]
                                  the paragraphs of the dataset whose wording the text
                                  follows, best first, with a word diff
  topics [--json]                 both thematic indexes, with their resolved paragraphs
  stats                           counts of what the dataset holds
  audit                           errors in the sources: index locators, duplicate texts
  lsp --stdio                     start the language server over stdio (for any LSP editor)

options of show, check, similar, topics, stats and audit:
  --sources <folder>              also index the Markdown and text documents of a folder in
                                  the shape of the sources (repeatable)
options of check:
  --body "<body>"                 whose documents the drafts are (see configuration)
an option a command does not read, or one given no value, is a usage error (exit 2)

configuration: .resref.json in the working folder, as the language server reads it in the
workspace folder: {"extraSourceFolders": ["sources"], "unknownSeverity": "warning",
"languages": ["markdown"], "draftBody": "General Assembly"}; --sources adds to its extraSourceFolders;
check --body "<body>" sets draftBody: whose documents the drafts are, for whose instrument
"its resolution …" is (default: each draft's front matter "body:" or opening line)
`;

/** The options each command reads: flags, and options that take a value. */
const COMMAND_OPTIONS: Record<string, { flags: string[]; valued: string[] }> = {
  show: { flags: ['--json'], valued: ['--sources'] },
  check: { flags: ['--agreed-language'], valued: ['--format', '--sources', '--body', '--fail-on'] },
  similar: { flags: ['--json'], valued: ['--limit', '--sources'] },
  topics: { flags: ['--json'], valued: ['--sources'] },
  stats: { flags: [], valued: ['--sources'] },
  audit: { flags: [], valued: ['--sources'] },
};

/**
 * What is wrong with the options given to `cmd`, if anything: an option the command does not
 * read ("--frmat json" checked a file named "json"), or one given no value ("--format" at the
 * end was the text format, silently).
 */
function optionProblem(cmd: string, args: string[]): string | undefined {
  const known = COMMAND_OPTIONS[cmd];
  if (!known) return undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    // "--" ends the options: what follows is operands.
    if (a === '--') break;
    if (!a.startsWith('--')) continue;
    const name = a.includes('=') ? a.slice(0, a.indexOf('=')) : a;
    if (known.valued.includes(name)) {
      if (name === a && (args[i + 1] === undefined || args[i + 1].startsWith('--'))) return `resref ${cmd}: ${name} needs a value`;
      if (name === a) i++;
      continue;
    }
    if (!known.flags.includes(a)) {
      const all = [...known.flags, ...known.valued];
      return `resref ${cmd}: unknown option “${a}”; ${cmd} reads ${all.length === 1 ? all[0] : `${all.slice(0, -1).join(', ')} and ${all[all.length - 1]}`}`;
    }
  }
  return undefined;
}

export async function main(argv: string[], io: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) }): Promise<number> {
  const [cmd, ...rest] = argv;
  const wrong = optionProblem(cmd ?? '', rest);
  if (wrong) {
    io.err(`${wrong}\n${USAGE}`);
    return 2;
  }
  try {
    switch (cmd) {
      case 'show':
        return show(rest, io, await loadIndex(rest, io));
      case 'check':
        return await check(rest, io, await loadIndex(rest, io));
      case 'similar':
        return similar(rest, io, await loadIndex(rest, io));
      case 'topics':
        return topics(rest, io, await loadIndex(rest, io));
      case 'stats':
        return await stats(rest, io);
      case 'audit':
        // The command that reports damaged sources: it lists them with the rest, never refuses.
        return audit(io, await buildIndex(rest));
      case 'lsp': {
        // Loaded lazily: the other commands must not pay for the LSP library.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { startServer } = require('../server/server') as typeof import('../server/server');
        startServer();
        return -1;
      }
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.out(USAGE);
        return cmd === undefined ? 2 : 0;
      default:
        io.err(`resref: unknown command “${cmd}”\n${USAGE}`);
        return 2;
    }
  } catch (e) {
    io.err(`resref: ${(e as Error).message}\n`);
    return 2;
  }
}

interface Loaded {
  index: DatasetIndex;
  settings: ServiceSettings;
}

/**
 * The dataset as the language server would build it for a workspace opened here: the shipped
 * sources, the `extraSourceFolders` of `.resref.json` in the working folder (relative to it),
 * and each `--sources <folder>` (relative to the working folder). A folder or a configuration
 * file that cannot be read is a usage error: a check against a partial dataset would mislead.
 */
async function loadIndex(args: string[], io: Io): Promise<Loaded> {
  const loaded = await buildIndex(args);
  reportLoadErrors(loaded.index, io);
  return loaded;
}

/**
 * A shipped source that cannot be read or holds no document makes every check incomplete: a
 * usage error naming the file. A user's source with a problem is a warning, as the server's
 * diagnostic on that file is; the check goes on without it.
 */
/** Notes on what was read from extra source folders otherwise than they list it: said on standard error too. */
const USER_FOLDER_NOTES = new Set(['source-folder-link', 'source-encoding']);

function reportLoadErrors(index: DatasetIndex, io: Io): void {
  const errors = index.data.loadErrors;
  const shipped = errors.filter((e) => e.source.file.startsWith('data/sources/'));
  if (shipped.length > 0) {
    throw new Error(`the shipped dataset is damaged, so no check against it would be complete: ${shipped.map((e) => `${e.source.file}: ${e.message}`).join('; ')}; restore ${shipped.length === 1 ? 'that file' : 'those files'} (reinstall the package)`);
  }
  for (const e of errors) io.err(`resref: warning: ${e.source.file}:${e.source.line}: ${e.message} (${e.code})\n`);
  for (const n of index.data.notes) if (USER_FOLDER_NOTES.has(n.code)) io.err(`resref: note: ${n.source.file}: ${n.message} (${n.code})\n`);
}

async function buildIndex(args: string[]): Promise<Loaded> {
  const cwd = process.cwd();
  const ws = new NodeWorkspace([cwd]);
  const config = await readConfigFile(ws, cwd);
  if (config.problems.length > 0) throw new Error(config.problems.map((p) => `${p.source.file}: ${p.message}`).join('; '));
  const settings = mergeSettings(config.settings);
  const folders = [...settings.extraSourceFolders, ...options(args, '--sources')];
  if (folders.length === 0) return { index: loadShippedIndex(findRoot()), settings };
  const user = await readSourceFolders(ws, folders, cwd);
  if (user.errors.length > 0) throw new Error(user.errors.map((e) => e.message).join('; '));
  const data = buildDataset([...readDatasetSources(findRoot()), ...user.texts]);
  data.notes.push(...user.notes);
  return { index: new DatasetIndex(data), settings };
}

function options(args: string[], name: string): string[] {
  const out: string[] = [];
  args.forEach((a, i) => {
    if (a === name && args[i + 1] !== undefined) out.push(args[i + 1]);
    else if (a.startsWith(`${name}=`)) out.push(a.slice(name.length + 1));
  });
  return out;
}

/** Arguments that are neither options nor the values of the named options. */
function operands(args: string[], valued: string[]): string[] {
  return args.filter((a, i) => !a.startsWith('--') && !valued.includes(args[i - 1]));
}

function flag(args: string[], name: string): boolean {
  return args.includes(name);
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  const eq = args.find((a) => a.startsWith(`${name}=`));
  return eq?.slice(name.length + 1);
}

// ---- show --------------------------------------------------------------------------------

export interface ShowResult {
  status: Exclude<Status, 'external'> | 'external';
  targets: { id: string; citation: string; text: string; source: { file: string; line: number } }[];
  problems: { severity: Severity; code: string; message: string }[];
}

export function showReference(index: DatasetIndex, input: string): ShowResult {
  const analysis = analyzeText(index, input);
  const checked = analysis.resolutions.filter((r) => r.status !== 'external');
  const chosen: Resolution | undefined = checked[0] ?? analysis.resolutions[0];
  if (!chosen) {
    return {
      status: 'none',
      targets: [],
      problems: [{ severity: 'error', code: 'no-reference', message: `no reference found in “${input}”; write one as a drafter would, e.g. “resolution 8/1, paragraph 13”` }],
    };
  }
  // Every reference of the input is shown, with the verdict of the worst: "paragraph 13 of
  // resolution 8/1 and paragraph 4 of resolution 9/3" was "ok" on the first alone. ("its fourth
  // and fifth sessions" is one citation read as two references.)
  const group = checked.length > 0 ? checked : [chosen];
  const seen = new Set<string>();
  const targets = group
    .flatMap((g) => g.targets)
    .filter((t) => !seen.has(t.id) && seen.add(t.id))
    .map((t) => ({ id: t.id, citation: t.citation, text: t.text, source: { file: t.source.file, line: t.source.line } }));
  const problems = group.flatMap((g) => g.problems).map((p) => ({ severity: p.severity, code: p.code, message: p.message }));
  const status = group.map((g) => g.status).sort((a, b) => STATUS_WEIGHT.indexOf(a) - STATUS_WEIGHT.indexOf(b))[0];
  if (chosen.status === 'external') {
    const attr = chosen.reference.attribution;
    const message = attr
      ? `this is ${attr.body === 'another body' ? 'not an instrument of the Conference of the Parties' : `an instrument of the ${attr.body}`} (${attr.reason}); it is not checked`
      : 'this is not a reference to the COP documents indexed here; it is not checked';
    problems.push({ severity: 'information', code: 'not-cop', message });
  }
  return { status, targets, problems };
}

/** Verdicts from worst to best: a citation read as several references takes the worst. */
const STATUS_WEIGHT: Resolution['status'][] = ['unchecked', 'none', 'invalid', 'unknown', 'mismatch', 'ambiguous', 'partial', 'external', 'ok'];

function show(args: string[], io: Io, { index }: Loaded): number {
  const input = operands(args, ['--sources']).join(' ');
  if (!input.trim()) {
    io.err('resref show: give a reference, e.g. resref show "resolution 8/1, paragraph 13"\n');
    return 2;
  }
  const result = showReference(index, input);
  if (flag(args, '--json')) {
    io.out(`${JSON.stringify(result)}\n`);
  } else {
    for (const p of result.problems) io.out(`${p.severity} ${p.code}: ${p.message}\n`);
    for (const t of result.targets) {
      const part = index.part(t.id);
      const more = part && part.sources.length > 1 ? ` (also ${part.sources.slice(1).map((s) => `${s.file}:${s.line}`).join(', ')})` : '';
      io.out(`${t.citation}\n  ${t.source.file}:${t.source.line}${more}\n\n${wrap(t.text, 88, '  ')}\n\n`);
    }
  }
  return result.status === 'invalid' || result.status === 'unchecked' || result.status === 'none' ? 1 : 0;
}

function wrap(text: string, width: number, indent: string): string {
  const out: string[] = [];
  let line = '';
  for (const w of text.split(/\s+/)) {
    if (line && line.length + 1 + w.length > width) {
      out.push(indent + line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(indent + line);
  return out.join('\n');
}

// ---- check -------------------------------------------------------------------------------

/**
 * The drafts named by `target`: the file itself, or the drafts below a folder in name order,
 * listed as the editor's "check all drafts" lists them (service/workspace.ts) but without its
 * limits: every draft is checked, however many, large or deep.
 */
async function collectFiles(target: string, io: Io, out: string[], run: CheckRun, skipped: Map<SkipReason, string[]>): Promise<boolean> {
  let st: fs.Stats;
  try {
    st = fs.statSync(target);
  } catch {
    io.err(`resref check: cannot read ${target}: no such file or folder\n`);
    run.notifications.push({ level: 'error', message: `cannot read ${target}: no such file or folder`, file: target });
    return false;
  }
  // A file, or a pipe named on purpose ("resref check /dev/stdin", a process substitution): read.
  // In a folder, only files are (a pipe there is passed over and said).
  if (!st.isDirectory()) {
    out.push(target);
    return true;
  }
  let ok = true;
  const found = await listDrafts(new NodeWorkspace(), {
    roots: [target],
    max: Infinity,
    maxBytes: Infinity,
    maxDepth: Infinity,
    sorted: true,
    onUnreadable: (dir, why) => {
      io.err(`resref check: cannot read folder ${dir}: ${why}\n`);
      run.notifications.push({ level: 'error', message: `cannot read folder ${dir}: ${why}`, file: dir });
      ok = false;
    },
    onSkipped: (p, why) => {
      const list = skipped.get(why) ?? [];
      list.push(p);
      skipped.set(why, list);
    },
  });
  for (const f of found) out.push(f);
  return ok;
}

const SKIPPED_SAID: Record<SkipReason, (n: number) => string> = {
  hidden: (n) => `${n} hidden file${n === 1 ? '' : 's'} (named with a leading “.”)`,
  'not a draft': (n) => `${n} file${n === 1 ? ' that is' : 's that are'} no draft by ${n === 1 ? 'its' : 'their'} name (drafts end in .md, .markdown, .txt or .text)`,
  'not a regular file': (n) => `${n} that ${n === 1 ? 'is' : 'are'} no regular file (a pipe, a socket, a broken link)`,
  'folder not searched': (n) => `${n} folder${n === 1 ? '' : 's'} not searched (hidden, node_modules, out, dist)`,
  'too deep': (n) => `${n} folder${n === 1 ? '' : 's'} too deep`,
  'too large': (n) => `${n} file${n === 1 ? '' : 's'} too large`,
};

/** What the folders held that was not read, said in one line: a check never passes over a file in silence. */
function skippedLine(skipped: Map<SkipReason, string[]>): string | undefined {
  if (skipped.size === 0) return undefined;
  // In one order, whatever the folders' order.
  const parts = (Object.keys(SKIPPED_SAID) as SkipReason[]).filter((why) => skipped.has(why)).map((why) => [why, skipped.get(why)!] as const).map(([why, paths]) => `${SKIPPED_SAID[why](paths.length)}: ${paths.slice(0, 5).map((f) => path.relative(process.cwd(), f) || f).join(', ')}${paths.length > 5 ? ', …' : ''}`);
  return `not read: ${parts.join('; ')}`;
}

/** A draft's findings, exactly the diagnostics the language server publishes for it with the same settings. */
export function checkDraft(index: DatasetIndex, file: string, text: string, agreedLanguage = false, unknownSeverity: UnknownSeverity = DEFAULT_SETTINGS.unknownSeverity, draftBody = DEFAULT_SETTINGS.draftBody): CheckProblem[] {
  return [...draftFindings(index, file, text, agreedLanguage, unknownSeverity, draftBody)];
}

/**
 * `checkDraft`'s findings one at a time, block after block, keeping nothing of a block once its
 * findings are out: a large draft is checked in the memory of its findings, not of its verdicts.
 * With agreed language the findings of both kinds are ordered by position together, so they are
 * gathered first.
 */
export function* draftFindings(index: DatasetIndex, file: string, text: string, agreedLanguage = false, unknownSeverity: UnknownSeverity = DEFAULT_SETTINGS.unknownSeverity, draftBody = DEFAULT_SETTINGS.draftBody, tally?: CitationTally): Generator<CheckProblem> {
  const lines = new LineMap(text);
  const at = (start: number, end: number): Pick<CheckProblem, 'line' | 'column' | 'endLine' | 'endColumn'> => {
    const s = lines.position(start);
    const e = lines.position(end);
    return { line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
  };
  const settings = { unknownSeverity };
  if (!agreedLanguage) {
    for (const b of analysedBlocks(index, text, { draftBody })) {
      if (tally) countCitations(tally, b.local);
      if (!b.hasProblems) continue;
      for (const p of blockDiagnostics(b.local, settings, b.start)) yield { file, ...at(p.span.start, p.span.end), severity: p.severity, code: p.code, message: p.message };
    }
    return;
  }
  const problems: CheckProblem[] = [];
  const analysis = analyzeText(index, text, undefined, { draftBody });
  if (tally) countCitations(tally, analysis.resolutions);
  for (const p of diagnosticsOf(analysis, settings)) problems.push({ file, ...at(p.span.start, p.span.end), severity: p.severity, code: p.code, message: p.message });
  for (const f of agreedLanguageFindings(agreedLanguageOf(index), text)) problems.push({ file, ...at(f.start, f.end), severity: 'information', code: f.code, message: f.message });
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  yield* problems;
}

/** What the summary says of the citations read, beside the findings. */
export interface CitationTally {
  /** Citations read that the checker checks (not another body's). */
  cited: number;
  /** Of them, verdict ok: every part read and checked, and correct. */
  correct: number;
  /** Naming another body ("General Assembly resolution 55/25"): not checked. */
  named: number;
  /** Set aside as another body's by whose they were read to be ("its resolution 70/1" in an Assembly draft): no finding says them. */
  notOurs: number;
}

export const newTally = (): CitationTally => ({ cited: 0, correct: 0, named: 0, notOurs: 0 });

function countCitations(tally: CitationTally, resolutions: readonly Resolution[]): void {
  for (const r of resolutions) {
    if (r.status === 'none') continue;
    if (r.status === 'external') {
      // Citations set aside as another body's have no finding: counted, so the summary says them.
      if (r.reference.attribution?.named) tally.named++;
      else tally.notOurs++;
      continue;
    }
    tally.cited++;
    if (r.status === 'ok') tally.correct++;
  }
}

/** The severities `--fail-on` takes, the most severe first: a finding of the one named or above fails the check. */
const FAIL_ON = ['error', 'warning', 'information'] as const;
type FailOn = (typeof FAIL_ON)[number];
const isFailOn = (s: string): s is FailOn => (FAIL_ON as readonly string[]).includes(s);

/** Characters of output written at once. */
const CHUNK = 1 << 20;

/**
 * Writes `check`'s output as the findings come: the text lines, or the JSON array exactly as
 * `JSON.stringify(all, null, 2)` prints it, in chunks of about `CHUNK` characters. SARIF names
 * every rule before the results, so it is written at the end.
 */
class FindingsWriter {
  private buf = '';
  private count = 0;
  private errors = 0;
  /** Findings at or above the `--fail-on` severity. */
  private failing = 0;
  private readonly sarif: CheckProblem[] = [];

  constructor(
    private readonly io: Io,
    private readonly format: string,
    private readonly failOn: FailOn = 'error',
  ) {}

  add(p: CheckProblem): void {
    this.count++;
    if (p.severity === 'error') this.errors++;
    const rank = (FAIL_ON as readonly string[]).indexOf(p.severity);
    // A hint (rank -1) fails no check.
    if (rank >= 0 && rank <= FAIL_ON.indexOf(this.failOn)) this.failing++;
    if (this.format === 'sarif') {
      this.sarif.push(p);
      return;
    }
    if (this.format === 'json') {
      // An element of the array as stringify indents it there: its own array, brackets cut off.
      this.buf += `${this.count === 1 ? '[\n' : ',\n'}${JSON.stringify([p], null, 2).slice(2, -2)}`;
    } else this.buf += `${p.file}:${p.line}:${p.column}: ${p.severity} ${p.code}: ${p.message}\n`;
    if (this.buf.length >= CHUNK) this.flush();
  }

  private flush(): void {
    if (this.buf) this.io.out(this.buf);
    this.buf = '';
  }

  /** Ends the output; says whether any finding was at or above the `--fail-on` severity. */
  end(files: number, run: CheckRun, tally: CitationTally): boolean {
    if (this.format === 'json') this.buf += this.count === 0 ? '[]\n' : '\n]\n';
    else if (this.format === 'sarif') this.buf += `${JSON.stringify(toSarif(this.sarif, run), null, 2)}\n`;
    this.flush();
    // On standard error in every format: standard output stays the findings alone.
    const others = this.count - this.errors;
    const s = (n: number): string => (n === 1 ? '' : 's');
    // How many citations were confirmed, said beside the findings: a run with warnings and exit 0
    // must not read as "all checked".
    const cited = tally.cited === 0 ? '; no citation to check was found' : `; ${tally.cited} citation${s(tally.cited)} read, ${tally.correct === tally.cited ? (tally.cited === 1 ? '' : 'all ') : `${tally.correct} `}checked and correct in every part`;
    const named = tally.named > 0 ? `; ${tally.named} citation${tally.named === 1 ? ' names' : 's name'} another body and ${tally.named === 1 ? 'was' : 'were'} not checked` : '';
    const set = tally.notOurs > 0 ? `; ${tally.notOurs} citation${tally.notOurs === 1 ? ' was' : 's were'} read as another body's and not checked` : '';
    // Findings below the --fail-on severity let the check pass: said, so a gate's pass is not read as "no findings".
    const passing = this.failing === 0 && this.count > 0 ? ` (they do not fail the check: --fail-on ${this.failOn}${this.failOn === 'error' ? '; --fail-on warning or information makes them' : ''})` : '';
    this.io.err(`${files} file${s(files)} checked: ${this.errors} error${s(this.errors)}, ${others} other finding${s(others)}${passing}${cited}${named}${set}\n`);
    return this.failing > 0;
  }
}

async function check(args: string[], io: Io, { index, settings }: Loaded): Promise<number> {
  const format = option(args, '--format') ?? 'text';
  if (!['text', 'json', 'sarif'].includes(format)) {
    io.err(`resref check: unknown format “${format}”; use text, json or sarif\n`);
    return 2;
  }
  const failOn = option(args, '--fail-on') ?? 'error';
  if (!isFailOn(failOn)) {
    io.err(`resref check: --fail-on takes error, warning or information (the least severe finding that fails the check), not “${failOn}”\n`);
    return 2;
  }
  const targets = operands(args, ['--format', '--sources', '--body', '--fail-on']);
  if (targets.length === 0) {
    io.err('resref check: give files or folders to check, e.g. resref check drafts/\n');
    return 2;
  }
  const listed: string[] = [];
  const run: CheckRun = { executionSuccessful: true, notifications: [] };
  const skipped = new Map<SkipReason, string[]>();
  let ioError = false;
  for (const t of targets) if (!(await collectFiles(t, io, listed, run, skipped))) ioError = true;
  // A file named twice ("a.md ./a.md", or within a folder named too) is checked once.
  const seen = new Set<string>();
  const files = listed.filter((f) => {
    let key = path.resolve(f);
    try {
      key = fs.realpathSync(f);
    } catch {
      // read below, and reported there
    }
    return !seen.has(key) && seen.add(key) !== undefined;
  });
  const said = skippedLine(skipped);
  if (said) {
    io.err(`resref check: ${said}\n`);
    run.notifications.push({ level: 'note', message: said });
  }
  const agreed = flag(args, '--agreed-language');
  const findings = new FindingsWriter(io, format, failOn);
  const tally = newTally();
  let read = 0;
  for (const f of files) {
    let buf: Buffer;
    try {
      buf = fs.readFileSync(f);
    } catch (e) {
      const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      io.err(`resref check: cannot read ${f}: ${why}\n`);
      run.notifications.push({ level: 'error', message: `cannot read ${f}: ${why}`, file: f });
      ioError = true;
      continue;
    }
    const decoded = decodeText(buf);
    const text = decoded.text;
    // "/dev/stdin" as named, not as a path up from here.
    const rel = f.startsWith('/dev/') ? f : path.relative(process.cwd(), f) || f;
    if (decoded.unsupported) {
      findings.add({ file: rel, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', code: 'unreadable-encoding', message: `the file is ${decoded.unsupported} (as its byte-order mark says), which the checker does not read, so its references could not be read or checked; save it as UTF-8` });
      continue;
    }
    if (decoded.looksUtf16) {
      // Read as UTF-8 it is a NUL between every letter: nothing in it can be checked.
      findings.add({ file: rel, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', code: 'unreadable-encoding', message: 'the file has NUL bytes between its letters: it looks like UTF-16 saved without a byte-order mark, so its references could not be read or checked; save it as UTF-8 (or as UTF-16 with a byte-order mark)' });
      continue;
    }
    if (decoded.binary) {
      const enc = decoded.encoding === 'utf-8' ? 'UTF-8' : decoded.encoding.toUpperCase();
      const message = decoded.binary.legacy
        ? `the file is not ${enc}: ${decoded.binary.bad} of its first ${decoded.binary.of} characters are bytes that are not valid ${enc} (text saved in a legacy encoding, such as Windows-1251 or Windows-1252?), so its references could not be read or checked; save it as UTF-8`
        : `the file is not text: ${decoded.binary.bad} of its first ${decoded.binary.of} characters are bytes that are not valid ${enc} or control characters (a PDF, an image or a word-processor file named as a draft?), so its references could not be read or checked; save the draft as text (UTF-8)`;
      findings.add({ file: rel, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', code: 'unreadable-encoding', message });
      continue;
    }
    if (decoded.invalidAt !== undefined) {
      const lines = new LineMap(text);
      const pos = lines.position(decoded.invalidAt);
      const as = decoded.encoding === 'utf-8' ? 'UTF-8' : `${decoded.encoding.toUpperCase()} (as its byte-order mark says)`;
      const onLines = [...new Set(decoded.invalid!.map((o) => lines.position(o).line + 1))];
      const where = onLines.length === 1 ? `on line ${onLines[0]}` : `on lines ${onLines.slice(0, 10).join(', ')}${onLines.length > 10 ? ` and ${onLines.length - 10} more` : ''}`;
      findings.add({ file: rel, line: pos.line + 1, column: pos.character + 1, endLine: pos.line + 1, endColumn: pos.character + 2, severity: 'warning', code: 'invalid-utf8', message: `the file is not valid ${as} in ${decoded.invalidCount} place${decoded.invalidCount === 1 ? '' : 's'} (“\uFFFD” ${where}); those bytes were read as “\uFFFD” (U+FFFD), and a citation a “\uFFFD” stands in or beside is said where it stands; the rest of the file was checked. Save the file as UTF-8` });
    }
    read++;
    for (const p of draftFindings(index, rel, text, agreed, settings.unknownSeverity, option(args, '--body') ?? settings.draftBody, tally)) findings.add(p);
  }
  if (files.length === 0 && !ioError) {
    // Nothing to check is no clean check: a gate on a folder of drafts in another format must not pass.
    const msg = `no draft to check in ${targets.join(', ')}: drafts are files ending in .md, .markdown, .txt or .text`;
    io.err(`resref check: ${msg}\n`);
    run.notifications.push({ level: 'error', message: msg });
    ioError = true;
  }
  run.executionSuccessful = !ioError;
  const failed = findings.end(read, run, tally);
  if (ioError) return 2;
  return failed ? 1 : 0;
}

// ---- similar -----------------------------------------------------------------------------

function similar(args: string[], io: Io, { index }: Loaded): number {
  const input = operands(args, ['--limit', '--sources']).join(' ');
  if (!input.trim()) {
    io.err('resref similar: give the wording to look for, e.g. resref similar "Urges States parties to afford one another the greatest measure of assistance"\n');
    return 2;
  }
  const rawLimit = option(args, '--limit');
  const limit = rawLimit === undefined ? 5 : Number(rawLimit);
  if (!Number.isInteger(limit) || limit < 1) {
    io.err(`resref similar: --limit takes a whole number of 1 or more, not “${rawLimit}”\n`);
    return 2;
  }
  const result = similarTo(index, input, limit);
  if (flag(args, '--json')) {
    io.out(`${JSON.stringify(result)}\n`);
    return 0;
  }
  if (result.length === 0) {
    io.out('no paragraph of the dataset is agreed language for this text\n');
    return 0;
  }
  for (const m of result) {
    io.out(`${m.citation} · ${percent(m.score)}\n  ${m.source.file}:${m.source.line}\n\n${wrap(m.text, 88, '  ')}\n\n  ${diffLine(m.diff)}\n\n`);
  }
  return 0;
}

/** The diff in one line: [-deleted-]{+inserted+}, as `git diff --word-diff` writes it. */
function diffLine(diff: SimilarResult['diff']): string {
  return diff.map((d) => (d.op === 'equal' ? d.text : d.op === 'insert' ? `{+${d.text.trim()}+} ` : `[-${d.text.trim()}-] `)).join('').replace(/\s+/g, ' ').trim();
}

// ---- topics, stats, audit ---------------------------------------------------------------

function topics(args: string[], io: Io, { index }: Loaded): number {
  const data = index.data;
  if (flag(args, '--json')) {
    const out = (['IC', 'TA'] as const).map((g) => ({
      index: g,
      name: data.topics.find((t) => t.index === g)?.indexName ?? '',
      topics: data.topics
        .filter((t) => t.index === g)
        .map((t) => ({
          id: t.id,
          name: t.name,
          source: { file: t.source.file, line: t.source.line },
          entries: t.entries.map((e) => ({
            symbol: e.symbol,
            instruments: e.instruments,
            paragraphs: e.paragraphs,
            notes: e.notes,
            locator: e.locator,
            targets: e.targets,
            citations: e.targets.map((id) => index.part(id)?.citation ?? id),
            problems: e.problems,
            source: { file: e.source.file, line: e.source.line },
          })),
        })),
    }));
    io.out(`${JSON.stringify(out, null, 2)}\n`);
    return 0;
  }
  for (const g of ['IC', 'TA'] as const) {
    const list = data.topics.filter((t) => t.index === g);
    if (list.length === 0) continue;
    io.out(`${list[0].indexName}\n`);
    for (const t of list) {
      io.out(`  ${t.name}\n`);
      for (const e of t.entries) {
        const what = [e.symbol, ...e.instruments].filter(Boolean).join(' ');
        const cites = e.targets.map((id) => index.part(id)?.citation ?? id).join('; ');
        io.out(`    ${what}: ${e.locator}${cites ? ` → ${cites}` : ''}${e.problems.length ? `  [${e.problems.length} problem${e.problems.length > 1 ? 's' : ''}]` : ''}\n`);
      }
    }
  }
  return 0;
}

async function stats(args: string[], io: Io): Promise<number> {
  const t0 = process.hrtime.bigint();
  const { index } = await loadIndex(args, io);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const s = datasetStats(index);
  const labels: Record<string, string> = {
    sources: 'source documents',
    instruments: 'COP instruments',
    resolutions: '  resolutions',
    decisions: '  decisions',
    preambularParagraphs: 'preambular paragraphs',
    paragraphs: 'operative paragraphs and sub-items',
    annexes: 'annexes',
    annexItems: 'annex items (printed in the annex)',
    meetings: 'Working Group meetings',
    recommendations: 'recommendations (printed in part A)',
    reportParagraphs: 'Secretariat report paragraphs',
    topics: 'thematic index topics',
    indexEntries: 'thematic index entries',
    unresolvedIndexEntries: 'index entries with a locator problem',
    addressableParts: 'addressable parts (ids)',
  };
  for (const [k, v] of Object.entries(s)) io.out(`${labels[k].padEnd(40)} ${v}\n`);
  io.out(`${'indexed in'.padEnd(40)} ${ms.toFixed(1)} ms\n`);
  return 0;
}

function audit(io: Io, { index }: Loaded): number {
  const d = index.data;
  const rows = [
    ...d.notes.map((n) => ({ ...n })),
    ...d.audit.map((a) => ({ ...a })),
    ...d.loadErrors.map((a) => ({ ...a })),
  ].sort((a, b) => a.source.file.localeCompare(b.source.file) || a.source.line - b.source.line);
  for (const r of rows) io.out(`${r.source.file}:${r.source.line}: ${r.code}: ${r.message}\n`);
  io.err(`${rows.length} finding${rows.length === 1 ? '' : 's'} in ${d.sources.length} source documents\n`);
  // A source that could not be indexed leaves the dataset incomplete: not a clean audit.
  return d.loadErrors.length > 0 ? 1 : 0;
}
