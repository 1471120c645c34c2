// Reading a source is reading, not editing: definition, the trees and the links of hovers open
// the shipped source documents as read-only virtual documents named for what they show
// ("Resolution 9∕3, annex I"), with clean text (no markup leftovers), word-wrapped, the cited
// paragraph revealed and highlighted. They are never checked as drafts: the language client
// only serves file: and untitled: documents. Other editors keep the file location over LSP.

import * as vscode from 'vscode';
import { cleanInline } from '../../server/src/model/text';

export const SOURCE_SCHEME = 'resref-source';
export const SOURCE_LANGUAGE = 'resref-source';

export interface SourceName {
  /** "International Cooperation compendium, part B, resolution 8/1, annex II". */
  section: string;
}

export class SourceViewer implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly highlight = vscode.window.createTextEditorDecorationType({
    isWholeLine: true,
    backgroundColor: new vscode.ThemeColor('editor.rangeHighlightBackground'),
    overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.rangeHighlightForeground'),
  });
  private readonly sourcesRoot: vscode.Uri;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly nameOf: (file: string, line: number) => Promise<SourceName | undefined>,
  ) {
    this.sourcesRoot = vscode.Uri.joinPath(extensionUri, 'data', 'sources');
  }

  dispose(): void {
    this.highlight.dispose();
  }

  /** The file a virtual document shows, relative to the extension ("data/sources/…"). */
  private fileOf(uri: vscode.Uri): string {
    return new URLSearchParams(uri.query).get('file') ?? '';
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const file = this.fileOf(uri);
    if (!file.startsWith('data/sources/')) return '';
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, ...file.split('/')));
    // One clean line per source line, so the server's line numbers hold in the view.
    return new TextDecoder('utf-8')
      .decode(bytes)
      .split(/\r\n|\r|\n/)
      .map((l) => cleanInline(l))
      .join('\n');
  }

  /** "data/sources/x.txt" when `uri` is a shipped source file, else undefined. */
  shippedFile(uri: vscode.Uri): string | undefined {
    if (uri.scheme !== this.sourcesRoot.scheme || uri.authority !== this.sourcesRoot.authority) return undefined;
    const root = `${this.sourcesRoot.path.replace(/\/$/, '')}/`;
    if (!uri.path.startsWith(root)) return undefined;
    return `data/sources/${uri.path.slice(root.length)}`;
  }

  /** The virtual document for a line of a shipped source, named for its section. */
  async uriFor(file: string, line: number): Promise<vscode.Uri> {
    const name = (await this.nameOf(file, line).catch(() => undefined))?.section ?? file.split('/').pop() ?? file;
    // A tab shows the last path segment: "9/3" must not split it.
    return vscode.Uri.from({ scheme: SOURCE_SCHEME, path: `/${name.replace(/\//g, '∕')}`, query: new URLSearchParams({ file }).toString() });
  }

  /** Opens a shipped source at a 1-based line, read-only, the line revealed and highlighted. */
  async open(file: string, line: number): Promise<vscode.TextEditor> {
    const uri = await this.uriFor(file, line);
    let doc = await vscode.workspace.openTextDocument(uri);
    if (doc.languageId !== SOURCE_LANGUAGE) doc = await vscode.languages.setTextDocumentLanguage(doc, SOURCE_LANGUAGE);
    const at = new vscode.Position(Math.max(0, line - 1), 0);
    const editor = await vscode.window.showTextDocument(doc, { selection: new vscode.Range(at, at), preview: true });
    this.reveal(editor, line);
    return editor;
  }

  reveal(editor: vscode.TextEditor, line: number): void {
    const range = editor.document.lineAt(Math.min(editor.document.lineCount - 1, Math.max(0, line - 1))).range;
    editor.setDecorations(this.highlight, [range]);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
  }

  /** Definition results: shipped source files become their read-only views. */
  async mapLocations(result: vscode.Definition | vscode.LocationLink[] | null | undefined): Promise<vscode.Definition | vscode.LocationLink[] | null | undefined> {
    if (!result) return result;
    const list = Array.isArray(result) ? result : [result];
    const out: (vscode.Location | vscode.LocationLink)[] = [];
    for (const l of list) {
      const uri = 'targetUri' in l ? l.targetUri : l.uri;
      const range = 'targetUri' in l ? l.targetRange : l.range;
      const file = this.shippedFile(uri);
      if (!file) {
        out.push(l);
        continue;
      }
      const target = await this.uriFor(file, range.start.line + 1);
      const lineRange = new vscode.Range(range.start.line, 0, range.start.line, 0);
      out.push('targetUri' in l ? { ...l, targetUri: target, targetRange: lineRange, targetSelectionRange: lineRange } : new vscode.Location(target, lineRange));
    }
    return out as vscode.Location[] | vscode.LocationLink[];
  }

  /** A command link that opens the view: for hovers and document links. */
  commandLink(file: string, line: number): vscode.Uri {
    return vscode.Uri.parse(`command:resolutionReferences.openSource?${encodeURIComponent(JSON.stringify([file, line]))}`);
  }

  /** Rewrites links to shipped source files (file:…#L12) in hover Markdown to open the view. */
  rewriteMarkdown(value: string): string {
    const root = this.sourcesRoot.with({ fragment: '', query: '' }).toString();
    return value.replace(/\]\((file:[^)\s]+)#L(\d+)\)/g, (whole, target: string, line: string) => {
      const uri = vscode.Uri.parse(target);
      const file = this.shippedFile(uri) ?? (target.startsWith(root) ? `data/sources/${decodeURIComponent(target.slice(root.length + 1))}` : undefined);
      return file ? `](${this.commandLink(file, Number(line)).toString()})` : whole;
    });
  }
}
