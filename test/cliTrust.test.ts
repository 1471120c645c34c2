// `resref check` never says "ok" for what it did not read, as a CI gate runs it: real processes,
// real files (found by an independent probe of the checker: a natural --body value switched
// every check off, a missing source, a binary file and a folder of drafts in another format all
// passed with exit 0).
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describe, it } from 'node:test';
import { readDatasetSources, sourceDigest } from '../server/src/index/loadDataset';
import { buildDataset } from '../server/src/index/dataset';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'resref.js');

function run(args: string[], cwd: string, bin = BIN): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: 60000 });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

const BAD = 'Recalls its resolution 8/1, paragraph 99;\n';

describe('resref check: whose draft it is', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resref-body-'));
  fs.writeFileSync(path.join(dir, 'bad.md'), BAD);

  it('reads the Conference under every name a drafter gives it (setting, front matter, opening line)', () => {
    for (const body of ['Conference of the Parties', 'COP', 'the COP', 'Conference', 'Conference of States Parties to the United Nations Convention against Transnational Organised Crime']) {
      const r = run(['check', 'bad.md', '--body', body], dir);
      assert.equal(r.code, 1, `${body}: ${r.err}`);
      assert.match(r.out, /error no-paragraph: resolution 8\/1 numbers its paragraphs 1–20; there is no paragraph 99/, body);
    }
    fs.writeFileSync(path.join(dir, 'fm.md'), `---\nbody: COP\n---\n\n${BAD}`);
    fs.writeFileSync(path.join(dir, 'opening.md'), `The Conference,\n\n${BAD}`);
    fs.writeFileSync(path.join(dir, 'full.md'), `The Conference of the Parties to the UNTOC,\n\n${BAD}`);
    for (const f of ['fm.md', 'opening.md', 'full.md']) assert.match(run(['check', f], dir).out, /error no-paragraph/, f);
  });

  it('says when the draft is named as no body it knows, and counts the citations set aside', () => {
    const r = run(['check', 'bad.md', '--body', 'Conferense of the Parties'], dir);
    assert.match(r.out, /bad\.md:1:9: warning unknown-draft-body: “Conferense of the Parties” is no body the checker knows, and this citation was read as its because the draft is a document of the Conferense of the Parties \(setting: “resolutionReferences\.draftBody = Conferense of the Parties”\), so nothing in it was checked; if the draft is the Conference of the Parties', name it so/);
    assert.match(r.err, /1 file checked: 0 errors, 1 other finding; 1 citation was read as another body's and not checked/);
    fs.writeFileSync(path.join(dir, 'unodc.md'), `---\nbody: UNODC\n---\n\n${BAD}`);
    assert.match(run(['check', 'unodc.md', '--format', 'json'], dir).out, /"code": "unknown-draft-body"/);
    // A body it knows: set aside, and the summary says so (no finding: the Assembly's numbering is not checked).
    fs.writeFileSync(path.join(dir, 'ga.md'), 'The General Assembly,\n\nRecalling its resolution 70/1,\n');
    const ga = run(['check', 'ga.md'], dir);
    assert.equal(ga.code, 0);
    assert.equal(ga.out, '');
    assert.match(ga.err, /1 file checked: 0 errors, 0 other findings; 1 citation was read as another body's and not checked/);
  });
});

describe('resref check: files it cannot read or does not read', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resref-files-'));

  it('says what a folder held that it did not read, and fails when no draft was there', () => {
    const d = path.join(dir, 'drafts');
    fs.mkdirSync(path.join(d, 'node_modules'), { recursive: true });
    fs.writeFileSync(path.join(d, 'a.md'), BAD);
    fs.writeFileSync(path.join(d, 'b.rst'), BAD);
    fs.writeFileSync(path.join(d, 'node_modules', 'c.md'), BAD);
    fs.symlinkSync(path.join(dir, 'nowhere'), path.join(d, 'broken.md'));
    const r = run(['check', 'drafts'], dir);
    assert.equal(r.code, 1);
    assert.match(r.err, /resref check: not read: 1 file that is no draft by its name \(drafts end in \.md, \.markdown, \.txt or \.text\): drafts\/b\.rst; 1 that is no regular file \(a pipe, a socket, a broken link\): drafts\/broken\.md; 1 folder not searched \(hidden, node_modules, out, dist\): drafts\/node_modules\n/);
    assert.match(r.err, /1 file checked: 1 error/);
    const other = path.join(dir, 'other');
    fs.mkdirSync(other);
    fs.writeFileSync(path.join(other, 'draft.docx'), BAD);
    const none = run(['check', 'other', '--format', 'sarif'], dir);
    assert.equal(none.code, 2);
    assert.match(none.err, /resref check: no draft to check in other: drafts are files ending in \.md, \.markdown, \.txt or \.text/);
    const inv = (JSON.parse(none.out) as { runs: { invocations: { executionSuccessful: boolean; toolExecutionNotifications: { message: { text: string } }[] }[] }[] }).runs[0].invocations[0];
    assert.equal(inv.executionSuccessful, false);
    assert.ok(inv.toolExecutionNotifications.some((n) => /no draft to check in other/.test(n.message.text)));
  });

  it('refuses a pipe instead of waiting on it, and checks a file named twice once', () => {
    const fifo = path.join(dir, 'pipe.md');
    if (spawnSync('mkfifo', [fifo]).status === 0) {
      const r = run(['check', 'pipe.md'], dir);
      assert.equal(r.code, 2);
      assert.match(r.err, /cannot read pipe\.md: not a regular file/);
    }
    fs.writeFileSync(path.join(dir, 'twice.md'), BAD);
    const r = run(['check', 'twice.md', './twice.md'], dir);
    assert.equal(r.out.split('\n').filter(Boolean).length, 1);
    assert.match(r.err, /^1 file checked: 1 error/m);
  });

  it('reports a file that is no text as unread, and every citation a byte it could not read stands in', () => {
    // A zip-like file of bytes named as a draft: no "ok" with a mere warning.
    const bytes = Buffer.alloc(4000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
    fs.writeFileSync(path.join(dir, 'binary.md'), bytes);
    const bin = run(['check', 'binary.md'], dir);
    assert.equal(bin.code, 1);
    assert.match(bin.out, /error unreadable-encoding: the file is not text: \d+ of its first \d+ characters are bytes that are not valid UTF-8 or control characters/);
    // Windows-1252 quotation marks and no-break spaces: the later one hid "paragraph 98".
    fs.writeFileSync(path.join(dir, 'cp1252.md'), Buffer.from('The \x93Conference\x94 text.\n\nRecalls resolution 8/1,\xa0paragraph 98;\n', 'latin1'));
    const r = run(['check', 'cp1252.md'], dir);
    assert.match(r.out, /cp1252\.md:1:5: warning invalid-utf8: the file is not valid UTF-8 in 3 places \(“\uFFFD” on lines 1, 3\)/);
    assert.match(r.out, /cp1252\.md:3:24: warning unreadable-character: “\uFFFD” \(U\+FFFD\) stands where the file had bytes that could not be read as text/);
    // The file's own U+FFFD does not hide the others.
    fs.writeFileSync(path.join(dir, 'both.md'), Buffer.concat([Buffer.from('The sign \uFFFD is text.\nRecalls resolution 8/1,'), Buffer.from([0xa0]), Buffer.from('paragraph 98;\n')]));
    assert.match(run(['check', 'both.md'], dir).out, /warning invalid-utf8: the file is not valid UTF-8 in 1 place \(“\uFFFD” on lines 1, 2\)[^\n]*\n[^\n]*both\.md:2:24: warning unreadable-character/);
  });
});

describe('the shipped dataset is whole, or the checker says it is not', () => {
  it('lists every shipped source with the digest of its text (node scripts/manifest.js after changing one)', () => {
    const dir = path.join(ROOT, 'data', 'sources');
    const listed = (JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { sources: { file: string; chars: number; sha256: string }[] }).sources;
    const present = fs.readdirSync(dir).filter((f) => /\.(txt|md)$/i.test(f)).sort();
    assert.deepEqual(listed, present.map((file) => ({ file, ...sourceDigest(fs.readFileSync(path.join(dir, file))) })));
    // Line ends as a Windows checkout writes them read the same.
    const text = fs.readFileSync(path.join(dir, present[0]));
    assert.deepEqual(sourceDigest(Buffer.from(text.toString('utf8').replace(/\n/g, '\r\n'))), listed[0] && { chars: listed[0].chars, sha256: listed[0].sha256 });
  });

  it('reports a source that is missing or cut short, and the check stops with exit 2', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'resref-data-'));
    fs.mkdirSync(path.join(root, 'data'));
    fs.cpSync(path.join(ROOT, 'data', 'sources'), path.join(root, 'data', 'sources'), { recursive: true });
    fs.rmSync(path.join(root, 'data', 'sources', 'secretariat-report-cop9-resolution-8-1.txt'));
    const cut = path.join(root, 'data', 'sources', 'resolution-9-3.txt');
    fs.writeFileSync(cut, fs.readFileSync(cut, 'utf8').slice(0, 5000));
    const errors = buildDataset(readDatasetSources(root)).loadErrors.map((e) => `${e.source.file}: ${e.message}`);
    assert.deepEqual(errors, [
      'data/sources/resolution-9-3.txt: differs from the source shipped (16924 characters, now 5000): it may be damaged or cut short (after changing the sources on purpose, run node scripts/manifest.js); nothing in it is indexed',
      'data/sources/secretariat-report-cop9-resolution-8-1.txt: is missing: data/sources/manifest.json lists it, so the dataset is incomplete; nothing in it is indexed',
    ]);
    // The checker installed beside that dataset refuses to check against it.
    fs.mkdirSync(path.join(root, 'out'));
    fs.cpSync(path.join(ROOT, 'bin'), path.join(root, 'bin'), { recursive: true });
    fs.cpSync(path.join(ROOT, 'out', 'server'), path.join(root, 'out', 'server'), { recursive: true });
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'));
    fs.writeFileSync(path.join(root, 'draft.md'), BAD);
    const r = run(['check', 'draft.md'], root, path.join(root, 'bin', 'resref.js'));
    assert.equal(r.code, 2);
    assert.match(r.err, /the shipped dataset is damaged, so no check against it would be complete: data\/sources\/resolution-9-3\.txt: differs from the source shipped/);
    assert.equal(r.out, '');
  });
});
