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
    for (const body of ['Conference of the Parties', 'COP', 'the COP', 'Conference', 'Conference of States Parties to the United Nations Convention against Transnational Organised Crime', 'Conference of Parties to the Convention']) {
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
    assert.match(r.err, /1 file checked: 0 errors, 1 other finding \(they do not fail the check: --fail-on error; --fail-on warning or information makes them\); no citation to check was found; 1 citation was read as another body's and not checked/);
    fs.writeFileSync(path.join(dir, 'unodc.md'), `---\nbody: UNODC\n---\n\n${BAD}`);
    assert.match(run(['check', 'unodc.md', '--format', 'json'], dir).out, /"code": "unknown-draft-body"/);
    // Another treaty's Conference of the Parties is no body the checker knows either.
    assert.match(run(['check', 'bad.md', '--body', 'Conference of the Parties to the Paris Agreement'], dir).out, /warning unknown-draft-body: “Conference of the Parties to the Paris Agreement” is no body the checker knows/);
    // "body:" left empty names none: the Conference's draft, checked.
    fs.writeFileSync(path.join(dir, 'empty.md'), `---\nbody: \n---\n\n${BAD}`);
    assert.match(run(['check', 'empty.md'], dir).out, /error no-paragraph/);
    // A body it knows: set aside, and the summary says so (no finding: the Assembly's numbering is not checked).
    fs.writeFileSync(path.join(dir, 'ga.md'), 'The General Assembly,\n\nRecalling its resolution 70/1,\n');
    const ga = run(['check', 'ga.md'], dir);
    assert.equal(ga.code, 0);
    assert.equal(ga.out, '');
    assert.match(ga.err, /1 file checked: 0 errors, 0 other findings; no citation to check was found; 1 citation was read as another body's and not checked/);
    // A number the Assembly never gave: read as the Conference's, checked, and said.
    fs.writeFileSync(path.join(dir, 'ga81.md'), 'The General Assembly,\n\nRecalling its resolution 8/1 of 22 October 2016,\n');
    const ga81 = run(['check', 'ga81.md'], dir);
    assert.match(ga81.out, /ga81\.md:3:11: information read-as-conference: resolution 8\/1 was read as the Conference of the Parties' and checked against its instruments: the draft is a document of the General Assembly \(opening line: “The General Assembly,”\), which numbers no instrument so/);
    assert.match(ga81.out, /warning wrong-date: resolution 8\/1 was adopted on 21 October 2016, not 22 October 2016/);
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
    fs.writeFileSync(path.join(d, '.draft.md'), BAD);
    const r = run(['check', 'drafts'], dir);
    assert.equal(r.code, 1);
    assert.match(r.err, /resref check: not read: 1 hidden file \(named with a leading “\.”\): drafts\/\.draft\.md; 1 file that is no draft by its name \(drafts end in \.md, \.markdown, \.txt or \.text\): drafts\/b\.rst; 1 that is no regular file \(a pipe, a socket, a broken link\): drafts\/broken\.md; 1 folder not searched \(hidden, node_modules, out, dist\): drafts\/node_modules\n/);
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

  it('reads a pipe named on purpose, and checks a file named twice once', () => {
    // "cat draft.md | resref check /dev/stdin": named, so read (a pipe inside a folder is passed over, and said).
    fs.writeFileSync(path.join(dir, 'twice.md'), BAD);
    const piped = spawnSync('sh', ['-c', `cat twice.md | "${process.execPath}" "${BIN}" check /dev/stdin`], { cwd: dir, encoding: 'utf8' });
    assert.equal(piped.status, 1, piped.stderr);
    assert.match(piped.stdout, /^\/dev\/stdin:1:\d+: error no-paragraph/);
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
    fs.writeFileSync(path.join(dir, 'both.md'), Buffer.concat([Buffer.from('The sign \uFFFD is text.\n\nRecalls resolution 8/1,'), Buffer.from([0xa0]), Buffer.from('paragraph 98;\n')]));
    assert.match(run(['check', 'both.md'], dir).out, /warning invalid-utf8: the file is not valid UTF-8 in 1 place \(“\uFFFD” on lines 1, 3\)[^\n]*\n[^\n]*both\.md:3:24: warning unreadable-character/);
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
      'data/sources/resolution-9-3.txt: differs from the source shipped (16924 characters, now 5000): it may be cut short or damaged; reinstall, or restore it in a checkout of the repository (after changing the sources on purpose, run node scripts/manifest.js there); nothing in it is indexed',
      'data/sources/secretariat-report-cop9-resolution-8-1.txt: is missing: data/sources/manifest.json lists it, so the dataset is incomplete; nothing in it is indexed',
    ]);
    // A manifest that cannot be read leaves the dataset unable to say it is whole: said too.
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'resref-manifest-'));
    fs.mkdirSync(path.join(other, 'data'));
    fs.cpSync(path.join(ROOT, 'data', 'sources'), path.join(other, 'data', 'sources'), { recursive: true });
    fs.writeFileSync(path.join(other, 'data', 'sources', 'manifest.json'), '{"sources": [');
    assert.deepEqual(buildDataset(readDatasetSources(other)).loadErrors.map((e) => e.source.file), ['data/sources/manifest.json']);
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

describe('resref check: what a passing check confirmed', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resref-failon-'));
  // One citation read in every part and correct, one whose "(99)" was not understood (a warning),
  // one of another body named as such.
  fs.writeFileSync(path.join(dir, 'draft.md'), 'Recalling its resolution 8/1 (99).\n\nRecalling resolution 8/1, paragraph 13, and General Assembly resolution 55/25.\n');
  fs.writeFileSync(path.join(dir, 'info.md'), 'Recalling its resolution 8/1 on seaweed farming of 21 October 2016,\n');

  it('says how many citations were checked and correct, and that its warnings let it pass', () => {
    const r = run(['check', 'draft.md'], dir);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /draft\.md:1:30: warning unread-locator: its resolution 8\/1 was checked; “\(99\)” after it was not understood, so it was not checked/);
    assert.match(r.err, /^1 file checked: 0 errors, 1 other finding \(they do not fail the check: --fail-on error; --fail-on warning or information makes them\); 2 citations read, 1 checked and correct in every part; 1 citation names another body and was not checked\n$/);
  });

  it('fails on a citation only partly read with --fail-on warning, in every format', () => {
    for (const format of ['text', 'json', 'sarif']) {
      const r = run(['check', 'draft.md', '--fail-on', 'warning', '--format', format], dir);
      assert.equal(r.code, 1, `${format}: ${r.err}`);
      assert.match(r.err, /1 file checked: 0 errors, 1 other finding; 2 citations read, 1 checked and correct in every part/);
    }
  });

  it('fails on information only with --fail-on information', () => {
    const passes = run(['check', 'info.md', '--fail-on', 'warning'], dir);
    assert.equal(passes.code, 0, passes.out);
    assert.match(passes.out, /information unchecked-topic/);
    assert.equal(run(['check', 'info.md', '--fail-on', 'information'], dir).code, 1);
  });

  it('refuses a severity it does not know, and says the ones it takes', () => {
    const r = run(['check', 'draft.md', '--fail-on', 'warnings'], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /--fail-on takes error, warning or information \(the least severe finding that fails the check\), not “warnings”/);
    assert.equal(run(['check', 'draft.md', '--fail-on'], dir).code, 2);
  });

  it('says when a draft holds no citation to check, so an empty pass is not read as a checked one', () => {
    fs.writeFileSync(path.join(dir, 'prose.md'), 'The Conference welcomes the progress made.\n');
    assert.match(run(['check', 'prose.md'], dir).err, /^1 file checked: 0 errors, 0 other findings; no citation to check was found\n$/);
  });
});
