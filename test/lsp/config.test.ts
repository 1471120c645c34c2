// One configuration for the editor and the CLI: `.resref.json` in a workspace folder is read by
// the language server (over stdio, as an editor starts it) and by `resref check` run in that
// folder; both report the same diagnostics on the same drafts. Editor settings override the file.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'url';
import { FILE_KEYS, SEVERITIES } from '../../server/src/service/settings';
import { LspClient, ROOT, type Published } from './lspClient';

const BIN = path.join(ROOT, 'bin', 'resref.js');

const RES_10_1 = [
  'Resolution 10/1',
  '',
  'Strengthening international cooperation against organized crime',
  '',
  'The Conference of the Parties,',
  '',
  '1. *Requests* the Secretariat to report on the implementation of the present resolution;',
  '',
  '2. *Decides* to keep the matter under review.',
  '',
].join('\n');

const DRAFT = [
  '# Draft resolution',
  '',
  'Recalling its resolution 10/1, paragraph 2, and resolution 10/1, paragraph 3,',
  '',
  'Noting resolution 8/1, annex III, its decision 8/1 and resolution 5/1,',
  '',
  'Welcoming resolution 9/3, annex I, (j), and resolution 11/1,',
].join('\r\n');

interface Finding {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string;
  message: string;
}

const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];
const fromLsp = (p: Published): Finding[] =>
  p.diagnostics.map((d) => ({
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    severity: SEVERITY[d.severity],
    code: d.code,
    message: d.message,
  }));

function cli(args: string[], cwd: string): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

describe('.resref.json: the CLI and the server read the same configuration', () => {
  const ws = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'resref-config-')));
  fs.mkdirSync(path.join(ws, 'sources'));
  fs.mkdirSync(path.join(ws, 'drafts'));
  fs.writeFileSync(path.join(ws, 'sources', 'res-10-1.md'), RES_10_1);
  fs.writeFileSync(path.join(ws, 'drafts', 'draft.md'), DRAFT);
  fs.writeFileSync(path.join(ws, '.resref.json'), JSON.stringify({ $schema: './schema.json', extraSourceFolders: ['sources'], unknownSeverity: 'warning' }));
  const uri = pathToFileURL(path.join(ws, 'drafts', 'draft.md')).toString();
  let client: LspClient;

  before(async () => {
    client = new LspClient();
    // The editor sets nothing of its own: the file decides.
    await client.initialize(ws, {});
  });
  after(async () => {
    await client.stop();
    fs.rmSync(ws, { recursive: true, force: true });
  });

  it('gives the same diagnostics from `resref check` and from the server', async () => {
    const r = cli(['check', 'drafts', '--format', 'json'], ws);
    assert.equal(r.code, 1, r.err);
    const fromCli = (JSON.parse(r.out) as (Finding & { file: string })[]).map(({ file, ...f }) => {
      assert.equal(file, path.join('drafts', 'draft.md'));
      return f;
    });
    client.open(uri, DRAFT);
    const fromServer = fromLsp(await client.diagnostics(uri, (p) => p.diagnostics.length > 0));
    assert.deepEqual(fromServer, fromCli);
    // What the file changed, seen in both: its source folder is indexed, unknown instruments are warnings.
    assert.deepEqual(
      fromCli.map((f) => `${f.line}:${f.column} ${f.severity} ${f.code}`),
      ['3:76 error no-paragraph', '5:24 error no-annex', '5:39 warning wrong-kind', '5:56 warning unknown-instrument', '7:45 warning unknown-instrument'],
    );
  });

  it('lets the editor’s own settings override the file', async () => {
    client.settings = { unknownSeverity: 'off' };
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const p = await client.diagnostics(uri, (x) => !x.diagnostics.some((d) => d.code === 'unknown-instrument'));
    assert.deepEqual(p.diagnostics.map((d) => d.code), ['no-paragraph', 'no-annex', 'wrong-kind']);
  });

  it('adds each --sources folder of the CLI to the file’s, relative to the working folder', () => {
    fs.mkdirSync(path.join(ws, 'more'));
    fs.writeFileSync(path.join(ws, 'more', 'res-11-1.md'), RES_10_1.replace('10/1', '11/1'));
    const r = cli(['check', 'drafts', '--format', 'json', '--sources', 'more'], ws);
    const codes = (JSON.parse(r.out) as Finding[]).map((f) => `${f.line} ${f.code}`);
    assert.deepEqual(codes, ['3 no-paragraph', '5 no-annex', '5 wrong-kind', '5 unknown-instrument']);
  });

  it('reports a malformed file by name instead of checking against a partial dataset', () => {
    const bad = fs.mkdtempSync(path.join(os.tmpdir(), 'resref-config-bad-'));
    fs.writeFileSync(path.join(bad, '.resref.json'), '{"unknownSeverity": "loud", "extraSourceFolder": []}');
    fs.writeFileSync(path.join(bad, 'a.md'), 'resolution 8/1');
    const r = cli(['check', 'a.md'], bad);
    assert.equal(r.code, 2);
    assert.match(r.err, /\.resref\.json: “unknownSeverity” is "loud"; it must be one of error, warning, information, hint, off/);
    assert.match(r.err, /unknown setting “extraSourceFolder”; known settings are extraSourceFolders, unknownSeverity, languages/);
    fs.rmSync(bad, { recursive: true, force: true });
  });
});

describe('.resref.json schema', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'client', 'schemas', 'resref.schema.json'), 'utf8')) as {
    properties: Record<string, { enum?: string[] }>;
    additionalProperties: boolean;
  };
  it('is contributed to VS Code for .resref.json', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { jsonValidation: { fileMatch: string; url: string }[] } };
    assert.deepEqual(pkg.contributes.jsonValidation, [{ fileMatch: '.resref.json', url: './client/schemas/resref.schema.json' }]);
    const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8');
    assert.match(ignore, /^!client\/schemas\/resref\.schema\.json$/m, 'packaged in the .vsix');
  });
  it('names exactly the settings the server and the CLI read from the file', () => {
    assert.equal(schema.additionalProperties, false);
    assert.deepEqual(Object.keys(schema.properties).sort(), ['$schema', ...FILE_KEYS].sort());
    assert.deepEqual(schema.properties.unknownSeverity.enum, SEVERITIES);
  });
});
