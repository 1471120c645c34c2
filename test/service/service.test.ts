// The language service in memory: every feature through createResolutionService with an
// in-memory workspace, drafts marked with a "|" cursor, and LSP ranges asserted. No process,
// no folder: the stdio tests (test/lsp) keep proving the wire.
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import type { InitializeParams, PublishDiagnosticsParams } from 'vscode-languageserver';
import { readDatasetSources } from '../../server/src/index/loadDataset';
import { createResolutionService, type ResolutionService } from '../../server/src/service/service';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ROOT } from '../core/helpers';
import { cursor, InMemoryWorkspace } from './inMemoryWorkspace';

const SHIPPED = readDatasetSources(ROOT);

interface Harness {
  ws: InMemoryWorkspace;
  service: ResolutionService;
  published: PublishDiagnosticsParams[];
  /** Opens a draft (text marked with "|" for a cursor); returns the document and the cursor position. */
  open(path: string, marked: string, languageId?: string): { doc: TextDocument; at: { line: number; character: number } };
  /** The next diagnostics published for `uri` that satisfy `pred`. */
  diagnostics(uri: string, pred?: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>;
}

const uriOf = (p: string): string => `file://${p}`;

async function start(
  files: Record<string, string> = {},
  editorSettings: Record<string, unknown> = {},
  opts: { trusted?: boolean; setup?: (ws: InMemoryWorkspace) => void } = {},
): Promise<Harness> {
  const ws = new InMemoryWorkspace(['/ws'], files);
  opts.setup?.(ws);
  let settings = editorSettings;
  const service = createResolutionService({ workspace: ws, dataset: { root: ROOT, sources: SHIPPED }, settings: async () => settings, reindexDelayMs: 0 });
  const published: PublishDiagnosticsParams[] = [];
  let waiters: { pred: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  service.onDiagnostics((p) => {
    published.push(p);
    waiters = waiters.filter((w) => (w.pred(p) ? (w.resolve(p), false) : true));
  });
  const params = { processId: null, rootUri: 'file:///ws', capabilities: { workspace: { configuration: true } }, initializationOptions: { trusted: opts.trusted ?? true } };
  service.initialize(params as unknown as InitializeParams);
  await service.initialized();
  const h: Harness & { setSettings(s: Record<string, unknown>): void } = {
    ws,
    service,
    published,
    open(path, marked, languageId = 'markdown') {
      const { text, offset } = marked.includes('|') ? cursor(marked) : { text: marked, offset: 0 };
      const doc = service.documentConfiguration.create(uriOf(path), languageId, 1, text);
      service.didOpen(doc);
      return { doc, at: doc.positionAt(offset) };
    },
    diagnostics(uri, pred = () => true) {
      return new Promise((resolve) => waiters.push({ pred: (p) => p.uri === uri && pred(p), resolve }));
    },
    setSettings(s) {
      settings = s;
    },
  };
  return h;
}

describe('language service: features in LSP types', () => {
  it('hovers the cited paragraph, with the range of the cited component', async () => {
    const h = await start();
    const { doc, at } = h.open('/ws/draft.md', 'Noting the recommendations in resolution 8/1, annex II, 1 (|c), and more.');
    const hover = await h.service.hover(doc, at);
    assert.ok(hover && typeof hover.contents === 'object' && 'value' in hover.contents);
    assert.match(hover.contents.value, /^\*\*Resolution 8\/1, annex II, paragraph 1 \(c\)\*\*/);
    assert.deepEqual(hover.range, { start: { line: 0, character: 56 }, end: { line: 0, character: 61 } });
    h.service.dispose();
  });

  it('a document opened again without a close is read anew, though its version number is the same', async () => {
    const h = await start();
    const first = h.open('/ws/draft.md', 'Recalling resolution 8/1, paragraph |99.');
    const before = await h.service.hover(first.doc, first.at);
    assert.ok(before && 'value' in (before.contents as object));
    assert.match((before.contents as { value: string }).value, /no paragraph 99/);
    // Same URI, same version 1, other text: the hover is of the new text, not the analysis kept for the old.
    const second = h.open('/ws/draft.md', 'Recalling resolution 8/1, paragraph |13.');
    const after = await h.service.hover(second.doc, second.at);
    assert.ok(after && 'value' in (after.contents as object));
    assert.match((after.contents as { value: string }).value, /^\*\*Resolution 8\/1, paragraph 13\*\*/);
    h.service.dispose();
  });

  it('goes to the definition: the paragraph’s line in its sources', async () => {
    const h = await start();
    const { doc, at } = h.open('/ws/draft.md', 'See paragraph 1|3 of resolution 8/1.');
    const locs = await h.service.definition(doc, at);
    assert.ok(locs.length >= 1);
    assert.match(locs[0].uri, /^file:\/\/.*\/data\/sources\/international-cooperation-compendium\.txt$/);
    h.service.dispose();
  });

  it('completes the annexes of an instrument, replacing what was typed', async () => {
    const h = await start();
    const { doc, at } = h.open('/ws/draft.md', 'Recalling resolution 8/1, an|');
    const { items } = await h.service.completion(doc, at);
    assert.deepEqual(items.map((i) => i.label).filter((l) => l.startsWith('annex')), ['annex I', 'annex II']);
    const edit = items[0].textEdit as { range: unknown; newText: string };
    assert.deepEqual(edit.range, { start: { line: 0, character: 26 }, end: { line: 0, character: 28 } });
    h.service.dispose();
  });

  it('publishes diagnostics on open and after an edit, with versions, and offers the quick fix', async () => {
    const h = await start();
    const uri = uriOf('/ws/draft.md');
    const first = h.diagnostics(uri);
    const { doc } = h.open('/ws/draft.md', 'Welcoming resolution 8/1, annex III, and its decision 8/1.');
    const d = await first;
    assert.deepEqual(d.diagnostics.map((x) => [x.code, x.severity, x.range.start.character, x.range.end.character]), [
      ['no-annex', 1, 26, 35],
      ['wrong-kind', 2, 45, 53],
    ]);
    assert.equal(d.diagnostics[0].message, 'resolution 8/1 has annexes I and II; there is no annex III');
    const actions = await h.service.codeActions(doc, d.diagnostics[0].range, { diagnostics: d.diagnostics });
    // Each fix says what its target is, so the choice can be made by it.
    const title = 'Change to annex II — recommendations of the seventh meeting of the Working Group on International Cooperation';
    assert.ok(actions.some((a) => a.title === title), actions.map((a) => a.title).join('; '));
    const fix = actions.find((a) => a.title === title)!;
    assert.deepEqual(fix.diagnostics, [d.diagnostics[0]]);
    const [edit] = fix.edit!.changes![uri];
    const next = h.diagnostics(uri, (p) => p.version === 2);
    h.service.documentConfiguration.update(doc as never, [{ range: edit.range, text: edit.newText }], 2);
    h.service.didChange(doc);
    assert.deepEqual((await next).diagnostics.map((x) => x.code), ['wrong-kind']);
    h.service.dispose();
  });

  it('re-checks “paragraph 3 of the present resolution” in an untouched paragraph when an edit numbers a paragraph 3', async () => {
    const h = await start();
    const uri = uriOf('/ws/self.md');
    const first = h.diagnostics(uri);
    const { doc } = h.open('/ws/self.md', '1. Requests a report on paragraph 3 of the present resolution.\n\n2. Two.\n');
    const d = await first;
    assert.deepEqual(d.diagnostics.map((x) => [x.code, x.range.start.line, x.range.start.character, x.message]), [
      ['no-paragraph', 0, 34, 'the present resolution numbers its paragraphs 1–2 in this draft; there is no paragraph 3'],
    ]);
    const next = h.diagnostics(uri, (p) => p.version === 2);
    h.service.documentConfiguration.update(doc as never, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '\n3. Three.\n' }], 2);
    h.service.didChange(doc);
    assert.deepEqual((await next).diagnostics, []);
    // Go to definition goes to the paragraph's line in the draft itself.
    assert.deepEqual(await h.service.definition(doc, { line: 0, character: 35 }), [{ uri, range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } } }]);
    h.service.dispose();
  });

  it('“paragraph 2 above” in paragraph 1: wrong-direction, whose quick fix (applied by the user) writes “below” and clears it', async () => {
    const h = await start();
    const uri = uriOf('/ws/internal.md');
    const first = h.diagnostics(uri);
    const { doc } = h.open('/ws/internal.md', '1. Acts as set out in paragraph 2 above.\n\n2. Two.\n');
    const d = await first;
    assert.deepEqual(d.diagnostics.map((x) => [x.code, x.range.start.line, x.range.start.character, x.message]), [
      ['wrong-direction', 0, 32, 'paragraph 2 of this draft is below this reference, which stands in paragraph 1; write “below”'],
    ]);
    const actions = await h.service.codeActions(doc, d.diagnostics[0].range, { diagnostics: d.diagnostics });
    const fix = actions.find((a) => a.title === 'Change to “below”');
    assert.ok(fix, actions.map((a) => a.title).join('; '));
    const [edit] = fix.edit!.changes![uri];
    assert.deepEqual([edit.range.start.character, edit.range.end.character, edit.newText], [34, 39, 'below']);
    const next = h.diagnostics(uri, (p) => p.version === 2);
    h.service.documentConfiguration.update(doc as never, [{ range: edit.range, text: edit.newText }], 2);
    h.service.didChange(doc);
    assert.deepEqual((await next).diagnostics, []);
    assert.deepEqual(await h.service.definition(doc, { line: 0, character: 33 }), [{ uri, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } } }]);
    h.service.dispose();
  });

  it('checks plain text and Markdown under the ids other editors send (eglot: "text", "gfm")', async () => {
    const h = await start();
    for (const [file, lang] of [['/ws/a.txt', 'text'], ['/ws/b.md', 'gfm']]) {
      const got = h.diagnostics(uriOf(file));
      h.open(file, 'resolution 8/1, annex III', lang);
      assert.deepEqual((await got).diagnostics.map((d) => d.code), ['no-annex'], lang);
    }
    const other = h.diagnostics(uriOf('/ws/c.py'));
    h.open('/ws/c.py', 'resolution 8/1, annex III', 'python');
    assert.deepEqual((await other).diagnostics, []);
    h.service.dispose();
  });

  it('serves nothing in a document of a language it does not check: no hover, definition, completion, fix or link', async () => {
    // An independent probe found hovers, completions and fixes (for problems never reported) in LaTeX and Python files.
    const h = await start();
    for (const lang of ['latex', 'python']) {
      const { doc, at } = h.open(`/ws/paper.${lang}`, 'Recalling resolution 8/1, annex I|II.', lang);
      assert.equal(await h.service.hover(doc, at), null, lang);
      assert.deepEqual(await h.service.definition(doc, at), [], lang);
      assert.deepEqual((await h.service.completion(doc, at)).items, [], lang);
      const line = { start: { line: 0, character: 0 }, end: { line: 0, character: 40 } };
      assert.deepEqual(await h.service.codeActions(doc, line, { diagnostics: [] }), [], lang);
      assert.deepEqual(await h.service.documentLinks(doc), [], lang);
    }
    // The same text in Markdown gets them.
    const { doc, at } = h.open('/ws/draft.md', 'Recalling resolution 8/1, annex I|II.');
    assert.notEqual(await h.service.hover(doc, at), null);
    assert.ok((await h.service.codeActions(doc, { start: { line: 0, character: 0 }, end: { line: 0, character: 40 } }, { diagnostics: [] })).length > 0);
    h.service.dispose();
  });

  it('links each cited component to its source line, and finds paragraphs by symbol search', async () => {
    const h = await start();
    const { doc } = h.open('/ws/draft.md', 'resolution 8/1, annex I, (h) and (j)');
    const links = await h.service.documentLinks(doc);
    assert.deepEqual(links.map((l) => [l.range.start.character, l.range.end.character]), [
      [25, 28],
      [33, 36],
    ]);
    assert.ok(links.every((l) => /international-cooperation-compendium\.txt#L\d+$/.test(l.target ?? '')));
    const syms = await h.service.workspaceSymbols('electronic evidence');
    assert.ok(syms.some((s) => s.name === 'resolution 8/1, annex I, paragraph (a)'));
    h.service.dispose();
  });

  it('answers the views’ requests', async () => {
    const h = await start();
    assert.deepEqual((await h.service.topics()).map((t) => t.name), ['International Cooperation thematic index', 'Technical Assistance thematic index']);
    assert.equal(h.service.part('wg_ta__mtg_VII__rec_26')?.citation, 'resolution 7/3, annex I, paragraph 26');
    assert.equal(h.service.part('no_such_part'), null);
    assert.equal(h.service.stats().instruments, 16);
    assert.deepEqual(h.service.timings(), {}, 'no timings unless asked for');
    h.service.dispose();
  });
});

describe('language service: find references in memory', () => {
  const files = {
    '/ws/other.txt': 'First, paragraph 13 of resolution 8/1.\n\nThen resolution 8/1, para. 13 again.',
    '/ws/sub/deep.md': '# Notes\n\nAs in resolution 8/1, paragraph 13.',
    '/ws/unrelated.md': 'resolution 8/1, paragraph 12 only.',
    '/ws/node_modules/pkg/readme.md': 'resolution 8/1, paragraph 13 in a dependency',
    '/ws/.hidden/x.md': 'resolution 8/1, paragraph 13 hidden',
    '/ws/image.png': 'resolution 8/1, paragraph 13 in a binary',
  };

  it('finds every citation of the part at the cursor in open drafts and the workspace’s files, with ranges', async () => {
    const h = await start(files);
    const { doc, at } = h.open('/ws/draft.md', 'Recalling paragraph 1|3 of resolution 8/1,');
    const refs = (await h.service.references(doc, at)) ?? [];
    const got = refs.map((r) => `${r.uri.slice('file:///ws/'.length)} ${r.range.start.line}:${r.range.start.character}-${r.range.end.line}:${r.range.end.character}`).sort();
    assert.deepEqual(got, ['draft.md 0:20-0:22', 'other.txt 0:17-0:19', 'other.txt 2:27-2:29', 'sub/deep.md 2:32-2:34']);
    h.service.dispose();
  });

  it('prefers the open draft’s unsaved text over the file on disk', async () => {
    const h = await start({ ...files, '/ws/draft.md': 'nothing cited on disk' });
    const { doc, at } = h.open('/ws/draft.md', 'Unsaved: paragraph 1|3 of resolution 8/1.');
    const refs = (await h.service.references(doc, at)) ?? [];
    assert.equal(refs.filter((r) => r.uri.endsWith('/draft.md')).length, 1);
    h.service.dispose();
  });

  it('leaves out open documents of languages it does not check', async () => {
    const h = await start(files);
    h.open('/ws/paper.tex', 'resolution 8/1, paragraph 13 in LaTeX', 'latex');
    const { doc, at } = h.open('/ws/draft.md', 'Recalling paragraph 1|3 of resolution 8/1,');
    const refs = (await h.service.references(doc, at)) ?? [];
    assert.deepEqual(refs.filter((r) => r.uri.endsWith('.tex')), []);
    assert.equal(refs.filter((r) => r.uri.endsWith('/draft.md')).length, 1);
    h.service.dispose();
  });

  it('finds nothing outside a reference, and stops when cancelled', async () => {
    const h = await start(files);
    const { doc, at } = h.open('/ws/draft.md', 'no refer|ence here');
    assert.deepEqual(await h.service.references(doc, at), []);
    const cited = h.open('/ws/cited.md', 'paragraph 1|3 of resolution 8/1');
    assert.equal(await h.service.references(cited.doc, cited.at, { isCancellationRequested: true, onCancellationRequested: () => ({ dispose() {} }) }), null);
    h.service.dispose();
  });
});

describe('language service: check all drafts in memory', () => {
  it('checks every draft that is not open, publishes each file’s diagnostics and counts them', async () => {
    const h = await start({
      '/ws/a.md': 'resolution 8/1, annex III\n\nresolution 5/1',
      '/ws/notes/b.txt': 'decision 8/1 and resolution 8/1, paragraph 99',
      '/ws/clean.md': 'resolution 8/1, paragraph 13',
      '/ws/open.md': 'resolution 8/1, annex IV',
      '/ws/unreadable.md': '',
    });
    h.ws.unreadable('/ws/unreadable.md');
    h.open('/ws/open.md', 'resolution 8/1, annex IV');
    await h.diagnostics(uriOf('/ws/open.md'));
    h.published.length = 0;
    const result = await h.service.checkAllDrafts();
    assert.deepEqual(result, { files: 5, problems: 4, errors: 2 });
    const byFile = Object.fromEntries(h.published.map((p) => [p.uri.slice('file:///ws/'.length), p.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code}`)]));
    assert.deepEqual(byFile, {
      'a.md': ['0:16 no-annex', '2:0 unknown-instrument'],
      'clean.md': [],
      'notes/b.txt': ['0:0 wrong-kind', '0:43 no-paragraph'],
    });
    h.service.dispose();
  });

  it('counts only files of the checked languages as drafts', async () => {
    const h = await start({ '/ws/a.md': 'resolution 8/1, annex III', '/ws/notes.txt': 'resolution 8/1, annex III' }, { languages: ['markdown'] });
    const result = await h.service.checkAllDrafts();
    assert.deepEqual(result, { files: 1, problems: 1, errors: 1 });
    assert.deepEqual(h.published.map((p) => p.uri), ['file:///ws/a.md']);
    h.service.dispose();
  });

  it('reports progress and stops when cancelled', async () => {
    const files = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`/ws/d${String(i).padStart(2, '0')}.md`, 'resolution 8/1, annex III']));
    const h = await start(files);
    const seen: number[] = [];
    let cancelled = false;
    const result = await h.service.checkAllDrafts(undefined, {
      report: (pct) => {
        seen.push(pct);
        if (seen.length === 12) cancelled = true;
      },
      get cancelled() {
        return cancelled;
      },
    });
    assert.equal(result.files, 25);
    assert.equal(seen.length, 12, 'stopped after the cancellation');
    assert.equal(result.problems, 12);
    h.service.dispose();
  });
});

describe('language service: extra source folders through the workspace', () => {
  const RES_10_1 = 'Resolution 10/1\n\nStrengthening cooperation\n\nThe Conference of the Parties,\n\n1. Requests the Secretariat to report;\n\n2. Decides to keep the matter under review.\n';

  it('indexes them, skips links that lead outside, reports unreadable files, and re-indexes on change', async () => {
    const h = await start(
      { '/ws/extra/res-10-1.md': RES_10_1, '/secret/res-11-1.md': RES_10_1.replace('10/1', '11/1') },
      { extraSourceFolders: ['extra'], debounceMs: 0 },
      {
        setup: (ws) => {
          ws.symlink('/ws/extra/link.md', '/secret/res-11-1.md');
          ws.unreadable('/ws/extra/locked.md');
        },
      },
    );
    const uri = uriOf('/ws/draft.md');
    const first = h.diagnostics(uri);
    h.open('/ws/draft.md', 'resolution 10/1, paragraph 2 and resolution 10/1, paragraph 3 and resolution 12/1 and resolution 11/1');
    assert.deepEqual((await first).diagnostics.map((d) => d.code), ['no-paragraph', 'unknown-instrument', 'unknown-instrument']);
    assert.ok(h.service.stats().loadErrors.some((e) => /\/ws\/extra\/locked\.md cannot be read \(EACCES\)/.test(e)), h.service.stats().loadErrors.join('\n'));
    assert.deepEqual(h.ws.watched.filter((d) => d.startsWith('/ws/extra')), ['/ws/extra']);
    // A new document appears in the watched folder: indexed again, and open drafts re-checked.
    const again = h.diagnostics(uri, (p) => p.diagnostics.length === 2);
    h.ws.write('/ws/extra/res-12-1.md', RES_10_1.replace('10/1', '12/1'));
    assert.deepEqual((await again).diagnostics.map((d) => d.code), ['no-paragraph', 'unknown-instrument']);
    h.service.dispose();
  });

  it('reads no extra folder in an untrusted workspace', async () => {
    const h = await start({ '/ws/extra/res-10-1.md': RES_10_1 }, { extraSourceFolders: ['extra'] }, { trusted: false });
    const first = h.diagnostics(uriOf('/ws/draft.md'));
    h.open('/ws/draft.md', 'resolution 10/1, paragraph 2');
    assert.deepEqual((await first).diagnostics.map((d) => d.code), ['unknown-instrument']);
    const trusted = h.diagnostics(uriOf('/ws/draft.md'));
    await h.service.setTrusted(true);
    assert.deepEqual((await trusted).diagnostics, []);
    h.service.dispose();
  });

  it('names a folder that cannot be read', async () => {
    const h = await start({}, { extraSourceFolders: ['missing'] });
    assert.deepEqual(h.service.stats().loadErrors, ['/ws/missing:1: extra source folder /ws/missing cannot be read (ENOENT)']);
    h.service.dispose();
  });
});
