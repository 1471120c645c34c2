// The editor never types for the drafter, over stdio with a real LSP client: a quick fix is an
// edit of the version it was made for (a client that checks versions refuses it once the
// drafter has typed on), and it edits only the words that change (found by an independent
// probe: preferred fixes deleted emphasis marks and joined lines).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'url';
import { LspClient } from './lspClient';

interface Position {
  line: number;
  character: number;
}
interface Edit {
  range: { start: Position; end: Position };
  newText: string;
}
interface Action {
  title: string;
  isPreferred?: boolean;
  edit: { changes?: Record<string, Edit[]>; documentChanges?: { textDocument: { uri: string; version: number }; edits: Edit[] }[] };
}

/** Applies LSP edits (UTF-16 positions) to a text, as an editor does. */
function apply(text: string, edits: Edit[]): string {
  const lines = text.split('\n');
  const offset = (p: Position): number => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  let out = text;
  for (const e of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

describe('quick fixes over stdio never write over what the drafter typed', () => {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'resref-edits-'));
  const settings = { unknownSeverity: 'information', languages: ['markdown'], enable: true, extraSourceFolders: [], debounceMs: 0, agreedLanguage: false };
  let versioned: LspClient;
  let plain: LspClient;

  before(async () => {
    versioned = new LspClient();
    await versioned.initialize(ws, settings, { workspaceEdit: { documentChanges: true } });
    plain = new LspClient();
    await plain.initialize(ws, settings);
  });
  after(async () => {
    await versioned.stop();
    await plain.stop();
  });

  const actionsFor = async (client: LspClient, uri: string, version: number): Promise<Action[]> => {
    const d = await client.diagnostics(uri, (p) => p.version === version && p.diagnostics.length > 0);
    return client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: d.diagnostics[0].range, context: { diagnostics: d.diagnostics } });
  };

  it('gives a client that applies versioned edits the version each fix was made for', async () => {
    const uri = pathToFileURL(path.join(ws, 'versioned.md')).toString();
    const text = 'Recalling resolution 8/1, annex **2**,';
    versioned.open(uri, text);
    const [first] = await actionsFor(versioned, uri, 1);
    assert.equal(first.edit.changes, undefined);
    const [doc] = first.edit.documentChanges!;
    assert.deepEqual(doc.textDocument, { uri, version: 1 });
    assert.equal(apply(text, doc.edits), 'Recalling resolution 8/1, annex **II**,');
    // The drafter types on: a fix asked for now is made for version 2, and carries it.
    versioned.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'See ' }]);
    const [second] = await actionsFor(versioned, uri, 2);
    assert.deepEqual(second.edit.documentChanges![0].textDocument, { uri, version: 2 });
    assert.equal(apply(`See ${text}`, second.edit.documentChanges![0].edits), 'See Recalling resolution 8/1, annex **II**,');
  });

  it('reads the text again when a client sends the same version twice (its fixes and hovers are of the text the editor holds)', async () => {
    const uri = pathToFileURL(path.join(ws, 'repeated.md')).toString();
    plain.open(uri, 'Recalling resolution 9/3, annex 3, here');
    plain.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Also ' }]);
    const two = await plain.diagnostics(uri, (p) => p.version === 2 && p.diagnostics.length > 0);
    assert.equal(two.diagnostics[0].range.start.character, 31);
    // Version 2 again, for another text (a client's mistake): the analysis of the first is not served.
    plain.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } }, text: '' }]);
    const text = 'so Recalling resolution 9/3, annex 3, here';
    const again = await plain.diagnostics(uri, (p) => p.version === 2 && p.diagnostics.length > 0 && p.diagnostics[0].range.start.character !== 31);
    assert.equal(again.diagnostics[0].range.start.character, 29);
    const actions = await plain.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: again.diagnostics[0].range, context: { diagnostics: again.diagnostics } });
    assert.ok(actions.length > 0);
    for (const a of actions) assert.match(apply(text, a.edit.changes![uri]), /^so Recalling resolution 9\/3, annex I{1,3}, here$/, a.title);
    const hover = await plain.request<{ range: { start: Position; end: Position } }>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 27 } });
    assert.equal(text.slice(hover.range.start.character, hover.range.end.character).startsWith('resolution 9/3'), true);
  });

  it('opens no completion list by itself in front of written text (a typed space before “13”)', async () => {
    const uri = pathToFileURL(path.join(ws, 'completion.md')).toString();
    const text = 'Recalling resolution 8/1, paragraph 13 and annex I, (j)';
    plain.open(uri, text);
    await plain.diagnostics(uri, (p) => p.version === 1);
    const at = (character: number, triggerKind: number, triggerCharacter?: string): Promise<{ items: unknown[] }> =>
      plain.request('textDocument/completion', { textDocument: { uri }, position: { line: 0, character }, context: { triggerKind, triggerCharacter } });
    assert.deepEqual((await at(text.indexOf('13'), 2, ' ')).items, []);
    assert.deepEqual((await at(text.indexOf('(j)'), 2, ' ')).items, []);
    // Asked for explicitly there, the list is offered.
    assert.ok((await at(text.indexOf('13'), 1)).items.length > 0);
  });

  it('keeps emphasis and line breaks for a client that takes plain edits', async () => {
    const cases: [string, string][] = [
      ['- See resolution 8/1 of 12\n  October **2016**.', '- See resolution 8/1 of 21\n  October **2016**.'],
      ['See resolution 8/1, annex\n_2_, for the text.', 'See resolution 8/1, annex\n_II_, for the text.'],
    ];
    for (const [i, [text, want]] of cases.entries()) {
      const uri = pathToFileURL(path.join(ws, `plain-${i}.md`)).toString();
      plain.open(uri, text);
      const actions = await actionsFor(plain, uri, 1);
      assert.equal(actions.length, 1, actions.map((a) => a.title).join('; '));
      assert.equal(actions[0].isPreferred, true);
      assert.equal(apply(text, actions[0].edit.changes![uri]), want);
    }
  });
});
