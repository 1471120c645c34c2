// The `resref` command as a user runs it: real processes, real files.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describe, it } from 'node:test';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'resref.js');

function run(args: string[], cwd = ROOT): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

describe('resref show', () => {
  it('prints exactly one JSON object for a TA recommendation endorsed in an annex', () => {
    const r = run(['show', 'resolution 7/3, annex I, 26', '--json']);
    assert.equal(r.code, 0);
    const j = JSON.parse(r.out);
    assert.equal(j.status, 'ok');
    assert.equal(j.targets.length, 1);
    assert.match(j.targets[0].text, /^In its delivery of technical assistance, UNODC should continue to apply the principles contained in the Paris Declaration/);
    assert.deepEqual(j.targets[0].source, { file: 'data/sources/technical-assistance-compendium.txt', line: 265 });
    assert.deepEqual(j.problems, []);
  });
  it('returns the training recommendation for annex II, 1 (h), not a second (b)', () => {
    const j = JSON.parse(run(['show', 'resolution 8/1, annex II, 1 (h)', '--json']).out);
    assert.equal(j.targets[0].citation, 'resolution 8/1, annex II, paragraph 1 (h)');
    assert.match(j.targets[0].text, /training activities on the use of the Organized Crime Convention/);
  });
  it('prints the text, citation and source line in plain text', () => {
    const r = run(['show', 'paragraph 13 of resolution 8/1']);
    assert.equal(r.code, 0);
    assert.match(r.out, /^resolution 8\/1, paragraph 13\n {2}data\/sources\/international-cooperation-compendium\.txt:688 \(also data\/sources\/resolution-8-1\.md:61\)/);
  });
  it('exits 1 with the problem for an invalid reference, and lists a mismatch with its targets', () => {
    const bad = run(['show', 'resolution 8/1, annex III', '--json']);
    assert.equal(bad.code, 1);
    assert.deepEqual(JSON.parse(bad.out).problems[0], { severity: 'error', code: 'no-annex', message: 'resolution 8/1 has annexes I and II; there is no annex III' });
    const mm = JSON.parse(run(['show', 'decision 8/1, paragraph 13', '--json']).out);
    assert.equal(mm.status, 'mismatch');
    assert.equal(mm.targets[0].citation, 'resolution 8/1, paragraph 13');
  });
  it('says what to write when there is no reference', () => {
    const r = run(['show', 'hello', '--json']);
    assert.equal(r.code, 1);
    assert.equal(JSON.parse(r.out).status, 'none');
  });
});

describe('resref check', () => {
  it('never passes dates of a session whose dates no source gives in a form it reads', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resref-session-'));
    const doc = (dateLine: string): string =>
      `Tenth session\n\n${dateLine}## **Resolution 10/1**\n\n### **Strengthening international cooperation**\n\n*The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,*\n\n1. *Requests* the Secretariat to report on the implementation of the present resolution;\n\n2. *Decides* to keep the matter under review.\n`;
    for (const [name, dateLine] of [['none', ''], ['hyphen', 'Vienna, 12-16 October 2020\n\n'], ['dash', 'Vienna, 12–16 October 2020\n\n']] as const) {
      fs.mkdirSync(path.join(dir, name));
      fs.writeFileSync(path.join(dir, name, 'resolution-10-1.md'), doc(dateLine));
    }
    fs.writeFileSync(path.join(dir, 'draft.md'), 'Recalling the tenth session of the Conference, from 1 to 3 March 1999.\n');
    const check = (folder: string) => spawnSync(process.execPath, [BIN, 'check', 'draft.md', '--sources', folder], { cwd: dir, encoding: 'utf8' });
    for (const folder of ['none', 'hyphen']) {
      const r = check(folder);
      assert.match(r.stdout, /information unchecked-date: the sources give no dates the checker reads for the tenth session of the Conference; “1 to 3 March 1999” was not checked/, folder);
      assert.match(r.stderr, /0 checked and correct in every part/);
    }
    assert.match(check('dash').stdout, /warning wrong-date: the tenth session of the Conference was held on 12–16 October 2020/);
    const audit = spawnSync(process.execPath, [BIN, 'audit', '--sources', 'hyphen'], { cwd: dir, encoding: 'utf8' });
    assert.match(audit.stdout, /resolution-10-1\.md:1: session-date-unread: the dates of the tenth session of the Conference, “12-16 October 2020”, are not dates the reader reads/);
  });

  it('says what a user source holds that is no text as printed: bytes not valid UTF-8, control characters', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resref-bytes-'));
    fs.mkdirSync(path.join(dir, 'src'));
    const shipped = fs.readFileSync(path.join(ROOT, 'data', 'sources', 'resolution-8-1.md'), 'utf8').replace(/8\/1/g, '10/1');
    // A title quoted in Windows-1252 (0x93 … 0x94), and a NUL in a paragraph.
    fs.writeFileSync(path.join(dir, 'src', 'cp1252.md'), Buffer.concat([Buffer.from(shipped.replace(/10\/1/g, '10/2'), 'utf8'), Buffer.from([0x0a, 0x93, 0x41, 0x94, 0x0a])]));
    fs.writeFileSync(path.join(dir, 'src', 'nul.md'), shipped.replace('Enhancing', 'Enh\u0000ancing'));
    fs.writeFileSync(path.join(dir, 'draft.md'), 'Recalling resolution 10/1, paragraph 1.\n');
    const r = spawnSync(process.execPath, [BIN, 'check', 'draft.md', '--sources', 'src'], { cwd: dir, encoding: 'utf8' });
    assert.match(r.stderr, /resref: note: .*cp1252\.md: it is not valid UTF-8 in 2 place\(s\), read as “\uFFFD” \(first on line \d+\): text saved in a legacy encoding such as Windows-1252\? Save it as UTF-8; the text around them is indexed as read \(source-encoding\)/);
    assert.match(r.stderr, /resref: note: .*nul\.md: it holds control characters such as U\+0000 \(first on line \d+\)/);
    const audit = spawnSync(process.execPath, [BIN, 'audit', '--sources', 'src'], { cwd: dir, encoding: 'utf8' });
    assert.match(audit.stdout, /cp1252\.md:1: source-encoding: it is not valid UTF-8/);
  });

  it('reads a source folder that links to itself once, and says so (it never ended)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resref-loop-'));
    const src = path.join(dir, 'sources');
    fs.mkdirSync(path.join(src, 'sub'), { recursive: true });
    fs.symlinkSync('..', path.join(src, 'sub', 'up'));
    fs.symlinkSync('.', path.join(src, 'self'));
    fs.writeFileSync(path.join(dir, 'draft.md'), 'Recalling resolution 8/1, paragraph 13.\n');
    const r = spawnSync(process.execPath, [BIN, 'check', 'draft.md', '--sources', 'sources'], { cwd: dir, encoding: 'utf8', timeout: 60000 });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /resref: note: .*sources\/self: a link to .*sources, a folder already read: its files were read once \(source-folder-link\)/);
    assert.match(r.stderr, /sub\/up: a link to .*sources, a folder already read/);
    assert.match(r.stderr, /1 citation read, all checked and correct in every part|1 citations? read/);
  });

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resref-'));
  fs.mkdirSync(path.join(dir, 'sub'));
  fs.writeFileSync(path.join(dir, 'good.md'), 'Recalling its resolution 8/1 of 21 October 2016,\n');
  fs.writeFileSync(path.join(dir, 'sub', 'bad.txt'), 'Line one.\r\nIn accordance with resolution 8/1, annex III, and decision 8/1.\r\n');
  fs.writeFileSync(path.join(dir, 'ignored.pdf'), 'resolution 8/1, annex III');
  fs.writeFileSync(path.join(dir, 'latin1.txt'), Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' resolution 8/1, paragraph 99\n')]));

  it('prints file:line:col: severity code: message and exits 1 on errors', () => {
    const r = run(['check', dir], dir);
    assert.equal(r.code, 1);
    const lines = r.out.trim().split('\n');
    assert.ok(lines.includes('sub/bad.txt:2:36: error no-annex: resolution 8/1 has annexes I and II; there is no annex III'), r.out);
    assert.ok(lines.includes('sub/bad.txt:2:51: warning wrong-kind: 8/1 is a resolution, not a decision: resolution 8/1, “Enhancing the effectiveness of central authorities in international cooperation in criminal matters to counter transnational organized crime”'), r.out);
    assert.ok(!r.out.includes('ignored.pdf'));
  });
  it('reads invalid UTF-8 with a clear message and checks the rest', () => {
    const r = run(['check', 'latin1.txt'], dir);
    assert.equal(r.code, 1);
    assert.match(r.out, /latin1\.txt:1:4: warning invalid-utf8: /);
    assert.match(r.out, /latin1\.txt:1:\d+: error no-paragraph: resolution 8\/1 numbers its paragraphs 1–20; there is no paragraph 99/);
  });
  it('reads UTF-16 with a byte-order mark (Notepad\'s "Unicode"), and refuses to pass UTF-16 without one', () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'resref-utf16-'));
    const text = 'Recalling resolution 8/1, annex III,\r\n';
    fs.writeFileSync(path.join(d, 'le.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    fs.writeFileSync(path.join(d, 'be.md'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
    fs.writeFileSync(path.join(d, 'nomark.md'), Buffer.from(text, 'utf16le'));
    // UTF-32LE's mark starts as UTF-16LE's does: read as UTF-16 it was a NUL after every letter, and passed with nothing said.
    const utf32 = Buffer.alloc(4 + text.length * 4);
    utf32.set([0xff, 0xfe, 0, 0]);
    for (let i = 0; i < text.length; i++) utf32.writeUInt32LE(text.charCodeAt(i), 4 + i * 4);
    fs.writeFileSync(path.join(d, 'utf32.md'), utf32);
    const r = run(['check', d], d);
    assert.equal(r.code, 1);
    const lines = r.out.trim().split('\n');
    for (const f of ['le.md', 'be.md']) assert.ok(lines.includes(`${f}:1:27: error no-annex: resolution 8/1 has annexes I and II; there is no annex III`), r.out);
    assert.ok(lines.some((l) => l.startsWith('nomark.md:1:1: error unreadable-encoding: the file has NUL bytes between its letters: it looks like UTF-16 saved without a byte-order mark, so its references could not be read or checked')), r.out);
    assert.ok(lines.includes('utf32.md:1:1: error unreadable-encoding: the file is UTF-32LE (as its byte-order mark says), which the checker does not read, so its references could not be read or checked; save it as UTF-8'), r.out);
    // The two files it could not read are not counted as checked; their errors are.
    assert.match(r.err, /^2 files checked: 4 errors, 0 other findings/);
  });
  it('walks a folder with a symbolic link back to a parent once, each draft once', () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'resref-loop-'));
    fs.mkdirSync(path.join(d, 'sub'));
    fs.writeFileSync(path.join(d, 'a.md'), 'Recalling resolution 8/1, annex III,\n');
    fs.writeFileSync(path.join(d, 'sub', 'b.md'), 'Recalling resolution 8/1, annex III,\n');
    fs.symlinkSync(d, path.join(d, 'sub', 'loop'));
    const r = run(['check', '.'], d);
    assert.deepEqual(r.out.trim().split('\n').map((l) => l.split(':')[0]), ['a.md', path.join('sub', 'b.md')]);
    assert.match(r.err, /^2 files checked: 2 errors/);
  });
  it('--body and draftBody in .resref.json say whose documents the drafts are: "its resolution 5/1" is then that body\'s', () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'resref-body-'));
    fs.writeFileSync(path.join(d, 'cosp.md'), 'Recalling its resolution 5/1,\n');
    assert.match(run(['check', 'cosp.md'], d).out, /cosp\.md:1:15: information unknown-instrument: resolution 5\/1 is not among the indexed documents; not checked/);
    const uncac = 'Conference of the States Parties to the United Nations Convention against Corruption';
    const found = (r: { out: string; err: string }): string => r.out + r.err;
    assert.match(found(run(['check', '--body', uncac, 'cosp.md'], d)), /^1 file checked: 0 errors, 0 other findings/);
    fs.writeFileSync(path.join(d, '.resref.json'), JSON.stringify({ draftBody: uncac }));
    assert.match(found(run(['check', 'cosp.md'], d)), /^1 file checked: 0 errors, 0 other findings/);
  });
  it('exits 0 when there are no errors', () => {
    assert.equal(run(['check', 'good.md'], dir).code, 0);
  });
  it('exits 2 with a clear message for a missing file, and no stack trace', () => {
    const r = run(['check', 'nope.md'], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /resref check: cannot read nope\.md: no such file or folder/);
    assert.doesNotMatch(r.err, /at .*\.js:\d+/);
  });
  it('prints a JSON array with 1-based ranges', () => {
    const r = run(['check', 'sub', '--format', 'json'], dir);
    const arr = JSON.parse(r.out);
    const p = arr.find((x: { code: string }) => x.code === 'no-annex');
    assert.deepEqual(p, { file: path.join('sub', 'bad.txt'), line: 2, column: 36, endLine: 2, endColumn: 45, severity: 'error', code: 'no-annex', message: 'resolution 8/1 has annexes I and II; there is no annex III' });
  });
  it('prints SARIF 2.1.0', () => {
    const r = run(['check', 'sub', '--format=sarif'], dir);
    const s = JSON.parse(r.out);
    assert.equal(s.version, '2.1.0');
    const res = s.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'no-annex');
    assert.equal(res.level, 'error');
    assert.deepEqual(res.locations[0].physicalLocation.region, { startLine: 2, startColumn: 36, endLine: 2, endColumn: 45 });
  });
  it('exits 2 for usage errors', () => {
    assert.equal(run(['check']).code, 2);
    assert.equal(run(['check', '.', '--format', 'xml']).code, 2);
    assert.equal(run(['frobnicate']).code, 2);
    // An option misspelt read its value as a file; one given no value used the default, silently.
    const misspelt = run(['check', 'README.md', '--frmat', 'json']);
    assert.equal(misspelt.code, 2);
    assert.match(misspelt.err, /^resref check: unknown option “--frmat”; check reads --agreed-language, --format, --sources, --body and --fail-on\n/);
    const bare = run(['check', 'README.md', '--format']);
    assert.equal(bare.code, 2);
    assert.match(bare.err, /^resref check: --format needs a value\n/);
    assert.match(run(['show', 'resolution 8/1', '--jsno']).err, /^resref show: unknown option “--jsno”; show reads --json and --sources/);
    assert.equal(run(['check', 'good.md', '--format=json'], dir).code, 0);
  });
});

describe('resref topics, stats, audit', () => {
  it('lists both thematic indexes with resolved paragraphs', () => {
    const j = JSON.parse(run(['topics', '--json']).out);
    assert.deepEqual(j.map((x: { index: string }) => x.index), ['IC', 'TA']);
    const accra = j[1].topics.find((t: { name: string }) => t.name === 'Accra Agenda for Action');
    assert.deepEqual(accra.entries[0].citations, ['resolution 7/3, annex I, paragraph 26']);
  });
  it('prints the counts', () => {
    const r = run(['stats']);
    assert.match(r.out, /COP instruments\s+16/);
    assert.match(r.out, /Working Group meetings\s+21/);
    assert.match(r.out, /index entries with a locator problem\s+\d+/);
  });
  it('audits the sources as file:line: message', () => {
    const r = run(['audit']);
    assert.match(r.out, /^data\/sources\/international-cooperation-compendium\.txt:929: index-repair: Authorities, central: the locator prints a reversed range IV\.n-g \(high to low\); read as IV\.g to IV\.n$/m);
    assert.match(r.out, /^data\/sources\/international-cooperation-compendium\.txt:913: index-repair: Authorities, central: the locator prints III\.3\.c, III\.3\.d, III\.3\.g and III\.3\.k; read as recommendations \(c\), \(d\), \(g\) and \(k\) of the third meeting of the Working Group on International Cooperation: part A prints that meeting's recommendations without the report paragraph 3 that the locator puts before them$/m);
    assert.match(r.out, /^data\/sources\/international-cooperation-compendium\.txt:1141: index-repair: Mutual legal assistance: the row is printed one column to the left /m);
    assert.match(r.out, /^data\/sources\/international-cooperation-compendium\.txt:1164: index-repair: Mutual Legal Assistance Request Writer Tool: the document-symbol and resolution\/decision cells are blank; read as continuing the row above \(CTOC\/COP\/2016\/15, resolution 8\/1\)$/m);
    assert.match(r.out, /^data\/sources\/international-cooperation-compendium\.txt:766: ocr-label: /m);
  });
});

describe('a damaged installation or a closed pipe', () => {
  /** A copy of the built package whose shipped sources `damage` changes. */
  const damaged = (damage: (sources: string) => void): string => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resref-damaged-'));
    for (const d of ['bin', 'out', 'data']) fs.cpSync(path.join(ROOT, d), path.join(dir, d), { recursive: true });
    fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
    damage(path.join(dir, 'data', 'sources'));
    return dir;
  };
  const runIn = (dir: string, args: string[]) => {
    const r = spawnSync(process.execPath, [path.join(dir, 'bin', 'resref.js'), ...args], { cwd: dir, encoding: 'utf8' });
    return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
  };
  it('a shipped source that cannot be read, is not text or holds no document is named, and no check claims to be complete', () => {
    const cases: [(s: string) => void, RegExp][] = [
      [(s) => { fs.rmSync(path.join(s, 'resolution-9-3.txt')); fs.mkdirSync(path.join(s, 'resolution-9-3.txt')); }, /data\/sources\/resolution-9-3\.txt: cannot be read \(EISDIR\); nothing in it is indexed/],
      // Emptied: no longer the source shipped (data/sources/manifest.json holds its digest).
      [(s) => fs.writeFileSync(path.join(s, 'technical-assistance-compendium.txt'), ''), /data\/sources\/technical-assistance-compendium\.txt: differs from the source shipped \(85009 characters, now 0\): it may be cut short or damaged/],
      [(s) => fs.writeFileSync(path.join(s, 'resolution-8-1.md'), Buffer.from([0x52, 0x65, 0xff, 0xfe, 0x73, 0x0a])), /data\/sources\/resolution-8-1\.md: holds bytes that are not valid UTF-8 \(first at line 1\)/],
    ];
    for (const [damage, said] of cases) {
      const dir = damaged(damage);
      try {
        for (const args of [['show', 'resolution 8/1'], ['check', 'package.json']]) {
          const r = runIn(dir, args);
          assert.equal(r.code, 2, `${args[0]}: ${r.err}`);
          assert.match(r.err, /^resref: the shipped dataset is damaged, so no check against it would be complete: /);
          assert.match(r.err, said);
          assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
        }
        // The audit, which reports the sources' problems, lists it with the others and exits 1.
        const a = runIn(dir, ['audit']);
        assert.equal(a.code, 1, a.err);
        assert.match(a.out, new RegExp(said.source.replace(/: /, ':1: (?:unreadable-source|unrecognised-document): ')));
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
  });
  it('ends quietly when the reader closes the pipe (resref audit | head -1)', () => {
    for (const cmd of ['audit', 'topics']) {
      const r = spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${BIN}" ${cmd} | head -c 10 >/dev/null`], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(r.status, 0);
      assert.doesNotMatch(r.stderr, /EPIPE|\n\s+at /, r.stderr);
    }
  });
});

describe('resref similar and check --agreed-language', () => {
  const edited = 'Urges Member States to afford one another, as appropriate, the greatest measure of assistance, in accordance with the provisions of the Convention;';
  it('prints the matches as a JSON array, best first, with a word diff', () => {
    const r = run(['similar', edited, '--json', '--limit', '2']);
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out) as { id: string; citation: string; score: number; text: string; source: { file: string; line: number }; diff: { op: string; text: string }[] }[];
    assert.ok(j.length >= 1 && j.length <= 2);
    assert.deepEqual(Object.keys(j[0]), ['id', 'citation', 'score', 'text', 'source', 'diff']);
    assert.equal(j[0].id, 'res_8-1__para_2');
    assert.equal(j[0].citation, 'resolution 8/1, paragraph 2');
    assert.ok(j[0].score > 0 && j[0].score < 1);
    assert.deepEqual(Object.keys(j[0].source), ['file', 'line']);
    assert.ok(j[0].diff.some((d) => d.op === 'insert' && d.text.includes('as appropriate')));
    assert.ok(j[0].diff.every((d) => ['equal', 'insert', 'delete'].includes(d.op)));
  });
  it('prints [] when nothing is agreed language for the text, and says so in plain text', () => {
    const text = 'Requests the Secretariat to organize a regional seminar on the restoration of mangrove forests;';
    assert.equal(run(['similar', text, '--json']).out, '[]\n');
    assert.match(run(['similar', text]).out, /no paragraph of the dataset is agreed language for this text/);
  });
  it('rejects a --limit that is not a whole number', () => {
    const r = run(['similar', edited, '--limit', 'x']);
    assert.equal(r.code, 2);
    assert.match(r.err, /--limit takes a whole number of 1 or more, not “x”/);
  });
  it('check --agreed-language names the source and the changed words; without the flag there is no such finding', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resref-agreed-'));
    const file = path.join(dir, 'draft.md');
    fs.writeFileSync(file, `# Draft\n\n1. *${edited.split(' ')[0]}* ${edited.split(' ').slice(1).join(' ')}\n`);
    const r = run(['check', file, '--agreed-language']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /draft\.md:3:\d+: information agreed-language: follows resolution 8\/1, paragraph 2 \(\d+ %\) but changes its wording: inserted “Member”; dropped “parties”; inserted “, as appropriate,”; dropped “, as well as their domestic laws”\n/);
    assert.doesNotMatch(run(['check', file]).out, /agreed-language/);
  });
});
