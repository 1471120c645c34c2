// `resref check --format sarif` validated against the SARIF 2.1.0 schema (vendored in
// test/sarif/ with its source named), on drafts whose problems cover every severity and whose
// file names need escaping in a URI.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describe, it } from 'node:test';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'resref.js');
const SCHEMA = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'sarif', 'sarif-2.1.0-rtm.5.json'), 'utf8')) as object;

function validator(): (data: unknown) => string[] {
  // unicodeRegExp off: the schema's language pattern ends in a lone "]", valid only without the u flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(SCHEMA);
  return (data) => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`));
}

describe('SARIF output', () => {
  const validate = validator();

  it('is valid SARIF 2.1.0 for errors, warnings, information and hints, with escaped file URIs', () => {
    const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'resref-sarif-'));
    fs.mkdirSync(path.join(ws, 'drafts', 'sous dossier'), { recursive: true });
    fs.writeFileSync(path.join(ws, 'drafts', 'draft #1.md'), 'Noting resolution 8/1, annex III, its decision 8/1 and resolution 5/1.\n');
    fs.writeFileSync(path.join(ws, 'drafts', 'sous dossier', 'projet é.txt'), 'resolution 8/1, paragraph 99 and resolution 5/1');
    fs.writeFileSync(path.join(ws, '.resref.json'), '{"unknownSeverity": "hint"}');
    const r = spawnSync(process.execPath, [BIN, 'check', 'drafts', '--format', 'sarif'], { cwd: ws, encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr);
    const sarif = JSON.parse(r.stdout) as { runs: { results: { level: string; ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    assert.deepEqual(validate(sarif), []);
    const results = sarif.runs[0].results;
    assert.deepEqual([...new Set(results.map((x) => x.level))].sort(), ['error', 'note', 'warning']);
    assert.deepEqual([...new Set(results.map((x) => x.locations[0].physicalLocation.artifactLocation.uri))].sort(), [
      'drafts/draft%20%231.md',
      'drafts/sous%20dossier/projet%20%C3%A9.txt',
    ]);
    fs.rmSync(ws, { recursive: true, force: true });
  });

  it('the validator rejects what the schema forbids (so the test above can fail)', () => {
    const bad = { version: '2.1.0', runs: [{ tool: { driver: { name: 'resref' } }, results: [{ level: 'fatal', message: { text: 'x' } }] }] };
    assert.notDeepEqual(validate(bad), []);
    assert.notDeepEqual(validate({ version: '2.0.0', runs: [] }), []);
  });
});
