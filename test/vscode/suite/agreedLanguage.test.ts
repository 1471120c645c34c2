// Agreed language in a real VS Code: the code lens, the diff editor it opens (the source side a
// read-only virtual document), Find Agreed Language's QuickPick, and the setting.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ResolutionReferencesApi } from '../../../client/src/extension';
import { poll, runPickingItem } from './helpers';


const SOURCE_START = 'Urges States parties to afford one another the greatest measure of assistance';

suite('Agreed language in VS Code', () => {
  let doc: vscode.TextDocument;
  const folder = () => vscode.workspace.workspaceFolders![0].uri;
  const lenses = async (): Promise<vscode.CodeLens[]> => (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri)) ?? [];

  suiteSetup(async () => {
    const ext = vscode.extensions.getExtension<ResolutionReferencesApi>('resolution-references.resolution-references');
    assert.ok(ext, 'extension is installed');
    doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), 'agreed.md'));
    await vscode.window.showTextDocument(doc);
    const api = await ext.activate();
    await api.ready;
  });

  test('a code lens above the paragraph that follows agreed language, none above the other', async () => {
    const found = await poll(async () => {
      const ls = await lenses();
      return ls.length ? ls : undefined;
    });
    assert.ok(found, 'lenses');
    assert.strictEqual(found!.length, 1);
    assert.match(found![0].command!.title, /^Follows resolution 8\/1, paragraph 2 · \d\d %$/);
    assert.strictEqual(found![0].range.start.line, 2);
    assert.strictEqual(found![0].command!.command, 'resolutionReferences.showAgreedLanguageDiff');
  });

  test('the lens opens the diff editor: the source paragraph (read-only virtual document) beside the draft paragraph', async () => {
    const [lens] = await lenses();
    await vscode.commands.executeCommand(lens.command!.command, ...(lens.command!.arguments ?? []));
    const tab = await poll(() => {
      const t = vscode.window.tabGroups.activeTabGroup.activeTab;
      return t && t.input instanceof vscode.TabInputTextDiff ? t : undefined;
    }, 10000);
    assert.ok(tab, 'a diff editor is the active tab');
    const input = tab!.input as vscode.TabInputTextDiff;
    assert.strictEqual(input.original.scheme, 'resref-agreed');
    assert.match(tab!.label, /^resolution 8\/1, paragraph 2 ↔ draft \(\d\d %\)$/);
    const left = await vscode.workspace.openTextDocument(input.original);
    const right = await vscode.workspace.openTextDocument(input.modified);
    assert.ok(left.getText().replace(/\n/g, ' ').startsWith(SOURCE_START), left.getText());
    assert.ok(right.getText().replace(/\n/g, ' ').startsWith('Urges Member States to afford one another, as appropriate,'), right.getText());
    // Read-only: no file system backs the scheme (a content provider's text), so nothing can be saved to it.
    assert.strictEqual(vscode.workspace.fs.isWritableFileSystem('resref-agreed'), undefined);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('an information diagnostic names the source and the changed words', async () => {
    const d = await poll(() => {
      const x = vscode.languages.getDiagnostics(doc.uri).filter((y) => y.code === 'agreed-language');
      return x.length ? x : undefined;
    });
    assert.ok(d, 'agreed-language diagnostic');
    assert.strictEqual(d![0].severity, vscode.DiagnosticSeverity.Information);
    assert.match(d![0].message, /^follows resolution 8\/1, paragraph 2 \(\d\d %\) but changes its wording: inserted “Member”/);
  });

  test('Find Agreed Language shows the matches of the selection in a QuickPick and inserts the chosen text', async () => {
    const editor = await vscode.window.showTextDocument(doc);
    const line = doc.lineAt(2);
    editor.selection = new vscode.Selection(new vscode.Position(2, 3), line.range.end);
    // The first item is "Insert its text" of the best match.
    const inserted = await runPickingItem<string>('resolutionReferences.findAgreedLanguage');
    assert.ok(inserted?.startsWith(SOURCE_START), inserted);
    assert.strictEqual(doc.lineAt(2).text, `1. ${inserted}`);
    // The paragraph now quotes its source word for word: the lens says so.
    const unchanged = await poll(async () => (await lenses()).find((l) => /\(unchanged\)$/.test(l.command?.title ?? '')));
    assert.ok(unchanged, 'lens of the unchanged paragraph');
    await vscode.commands.executeCommand('undo');
  });

  test('Find Agreed Language: "Insert its citation" puts the best match\'s citation after the selection and leaves the selection as typed', async () => {
    const editor = await vscode.window.showTextDocument(doc);
    const typed = doc.lineAt(2).text;
    const line = doc.lineAt(2);
    editor.selection = new vscode.Selection(new vscode.Position(2, 3), line.range.end);
    // The QuickPick lists, per match, "Insert its text" then "Insert its citation": the second item.
    const inserted = await runPickingItem<string>('resolutionReferences.findAgreedLanguage', [], 1);
    assert.strictEqual(inserted, 'resolution 8/1, paragraph 2');
    assert.strictEqual(doc.lineAt(2).text, `${typed} resolution 8/1, paragraph 2`);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(doc.lineAt(2).text, typed);
  });

  test('the agreedLanguage setting turns the lenses and the diagnostics off', async () => {
    const config = vscode.workspace.getConfiguration('resolutionReferences');
    await config.update('agreedLanguage', false, vscode.ConfigurationTarget.Workspace);
    try {
      const off = await poll(async () => ((await lenses()).length === 0 && vscode.languages.getDiagnostics(doc.uri).every((d) => d.code !== 'agreed-language') ? true : undefined));
      assert.ok(off, 'no lens and no agreed-language diagnostic');
    } finally {
      await config.update('agreedLanguage', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
