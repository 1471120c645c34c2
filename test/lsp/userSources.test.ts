// User-added source folders, settings and progress, through the real server over stdio.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'url';
import { LspClient } from './lspClient';

const USER_DOC = [
  'Resolution 10/1',
  '',
  'Strengthening international cooperation against organized crime',
  '',
  'The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,',
  '',
  'Recalling its resolution 9/3 of 19 October 2018,',
  '',
  '1. *Requests* the Secretariat to report on the implementation of the present resolution;',
  '',
  '2. *Decides* to keep the matter under review.',
  '',
].join('\n');

describe('user-added source folders', () => {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'resref-user-'));
  const extra = path.join(ws, 'extra');
  fs.mkdirSync(extra);
  fs.writeFileSync(path.join(extra, 'res-10-1.md'), USER_DOC);
  fs.writeFileSync(path.join(extra, 'notes.txt'), 'Just some notes, not a resolution.\n');
  fs.writeFileSync(path.join(extra, 'dup.md'), 'Resolution 8/1\n\nA different title\n\nThe Conference of the Parties,\n\n1. Something else.\n');
  fs.writeFileSync(path.join(ws, 'secret.md'), 'Resolution 11/1\n\nOutside the folder\n');
  fs.symlinkSync(path.join(ws, 'secret.md'), path.join(extra, 'link.md'));
  const draft = pathToFileURL(path.join(ws, 'draft.md')).toString();
  const plain = pathToFileURL(path.join(ws, 'notes-off.txt')).toString();
  let client: LspClient;
  let progress = 0;

  before(async () => {
    client = new LspClient();
    client.conn.onRequest('window/workDoneProgress/create', () => {
      progress++;
      return null;
    });
    await client.initialize(ws, { extraSourceFolders: ['extra'], languages: ['markdown'], unknownSeverity: 'warning', enable: true, debounceMs: 30 });
  });
  after(async () => client.stop());

  it('indexes them with the same parser, so their instruments resolve', async () => {
    client.open(draft, 'See resolution 10/1, paragraph 2 and resolution 10/1, paragraph 3 and resolution 11/1.');
    const d = await client.diagnostics(draft, (p) => p.diagnostics.length > 0);
    assert.deepEqual(d.diagnostics.map((x) => x.code), ['no-paragraph', 'unknown-instrument']);
    assert.equal(d.diagnostics[0].message, 'resolution 10/1 numbers its paragraphs 1–2; there is no paragraph 3');
    assert.equal(d.diagnostics[1].severity, 2, 'unknown severity set to warning');
    const h = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: draft }, position: { line: 0, character: 30 } });
    assert.match(h.contents.value, /Decides to keep the matter under review/);
  });

  it('reports a document that is not in the expected shape, and a duplicate of a shipped instrument, with file and line', async () => {
    const notes = await client.diagnostics(pathToFileURL(fs.realpathSync(path.join(extra, 'notes.txt'))).toString());
    assert.match(notes.diagnostics[0].message, /no resolution, decision, Working Group meeting or report found/);
    const dup = await client.diagnostics(pathToFileURL(fs.realpathSync(path.join(extra, 'dup.md'))).toString());
    assert.equal(dup.diagnostics[0].range.start.line, 0);
    assert.match(dup.diagnostics[0].message, /resolution 8\/1 is already in the shipped dataset \(data\/sources\/international-cooperation-compendium\.txt:638\); this copy is not used/);
  });

  it('never lets a user copy change the shipped dataset', async () => {
    const part = await client.request<{ text: string }>('resolutionReferences/part', { id: 'res_8-1' });
    assert.match(part.text, /^Enhancing the effectiveness/);
  });

  it('does not read files outside the named folders through symbolic links', async () => {
    const stats = await client.request<{ instruments: number }>('resolutionReferences/stats', {});
    assert.equal(stats.instruments, 17);
  });

  it('reindexes when a file in the folder changes', async () => {
    fs.writeFileSync(path.join(extra, 'res-10-1.md'), USER_DOC.replace('2. *Decides* to keep the matter under review.', '2. *Decides* to keep the matter under review.\n\n3. *Invites* donors to contribute.'));
    const d = await client.diagnostics(draft, (p) => p.diagnostics.every((x) => x.code !== 'no-paragraph'), 10000);
    assert.deepEqual(d.diagnostics.map((x) => x.code), ['unknown-instrument']);
  });

  it('checks only the languages listed in the settings', async () => {
    client.open(plain, 'resolution 8/1, annex III', 'plaintext');
    const d = await client.diagnostics(plain);
    assert.deepEqual(d.diagnostics, []);
  });

  it('reports indexing as work-done progress', () => {
    assert.ok(progress >= 1);
  });
});

describe('an untrusted workspace', () => {
  it('does not read extra source folders', async () => {
    const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'resref-untrusted-'));
    fs.mkdirSync(path.join(ws, 'extra'));
    fs.writeFileSync(path.join(ws, 'extra', 'r.md'), USER_DOC);
    const client = new LspClient();
    try {
      const r = await client.conn.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(ws).toString(), workspaceFolders: [{ uri: pathToFileURL(ws).toString(), name: 'ws' }], capabilities: { workspace: { configuration: true } }, initializationOptions: { trusted: false } });
      assert.ok(r);
      client.settings = { extraSourceFolders: ['extra'] };
      await client.conn.sendNotification('initialized', {});
      const uri = pathToFileURL(path.join(ws, 'd.md')).toString();
      client.open(uri, 'resolution 10/1');
      const d = await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
      assert.deepEqual(d.diagnostics.map((x) => x.code), ['unknown-instrument']);
      void client.conn.sendNotification('resolutionReferences/trust', { trusted: true });
      const d2 = await client.diagnostics(uri, (p) => p.diagnostics.length === 0);
      assert.deepEqual(d2.diagnostics, []);
    } finally {
      await client.stop();
    }
  });
});
