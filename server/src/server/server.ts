// The language server: wires LSP requests to the core features. Runs over IPC (VS Code
// client) or stdio (`resref lsp --stdio`, for Neovim, Helix, Emacs; see transport.ts), or a
// socket or a pipe when started with those arguments.

import * as fs from 'fs';
import * as path from 'path';
import { constants, PerformanceObserver, type PerformanceEntry } from 'perf_hooks';
import { fileURLToPath, pathToFileURL } from 'url';
import {
  CancellationToken,
  CodeAction,
  CodeActionKind,
  CompletionItem,
  CompletionItemKind,
  CompletionParams,
  CompletionTriggerKind,
  type CompletionContext,
  Connection,
  Diagnostic,
  DiagnosticSeverity,
  DocumentLink,
  InitializeResult,
  Location,
  MarkupKind,
  SymbolInformation,
  SymbolKind,
  TextDocumentSyncKind,
  TextDocuments,
  TextEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DraftDocument } from './document';
import type { DraftText } from '../features/chunkedText';
import { datasetStats } from '../features/stats';
import { analyzeText, BlockCache, updateAnalysis, type Analysis, type EditHint } from '../features/analyze';
import { quickFixesFor } from '../features/codeActions';
import { completionsAt, TRIGGER_CHARACTERS, type CompletionKind, type CompletionTrigger } from '../features/completion';
import { definitionAt } from '../features/definition';
import { fileUri, partMarkdown } from '../features/describe';
import { blockDiagnostics, CODES_HREF, diagnosticsOf, type UnknownSeverity } from '../features/diagnostics';
import { hoverAt } from '../features/hover';
import { documentLinks } from '../features/links';
import { citationsIn, partsAt, partsAtSourceLine } from '../features/references';
import { searchParts } from '../features/search';
import { allCitations, documentsTree, topicsTree } from '../features/views';
import type { Span } from '../grammar/reference';
import { buildDataset, DatasetIndex, type AuditEntry, type SourceText } from '../index/dataset';
import { findRoot, readDatasetSources } from '../index/loadDataset';
import { sourceNames } from '../index/sourceNames';
import { citeMany } from '../features/citationStyle';
import { readUserSources } from '../index/userSources';
import type { SourceLocation } from '../model/types';
import { noteShutdown, serverConnection, splicesSerialised, withSerialised } from './transport';
import { FolderWatcher, listDrafts } from './workspace';

export interface ServerSettings {
  enable: boolean;
  languages: string[];
  unknownSeverity: UnknownSeverity;
  extraSourceFolders: string[];
  debounceMs: number;
}

const DEFAULTS: ServerSettings = {
  enable: true,
  languages: ['markdown', 'plaintext'],
  unknownSeverity: 'information',
  extraSourceFolders: [],
  debounceMs: 200,
};

const SEVERITY: Record<string, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const COMPLETION_KIND: Record<CompletionKind, CompletionItemKind> = {
  instrument: CompletionItemKind.File,
  annex: CompletionItemKind.Folder,
  paragraph: CompletionItemKind.Text,
  keyword: CompletionItemKind.Keyword,
  date: CompletionItemKind.Constant,
  title: CompletionItemKind.Text,
  search: CompletionItemKind.Reference,
};

export function startServer(connection: Connection = serverConnection()): void {
  // Where each single-range edit happened, so re-analysis reads only the blocks it touched.
  const editHints = new Map<string, { version: number; hint: EditHint }>();
  const documents = new TextDocuments<DraftDocument>({
    create: (uri, languageId, version, content) => new DraftDocument(uri, languageId, version, content),
    update: (doc, changes, version) => {
      const only = (changes.length === 1 ? changes[0] : undefined) as { range?: { start: { line: number; character: number }; end: { line: number; character: number } } } | undefined;
      changedAt.set(doc.uri, process.hrtime.bigint());
      if (only?.range) {
        editHints.set(doc.uri, { version, hint: { start: doc.offsetAt(only.range.start), endOld: doc.offsetAt(only.range.end) } });
      } else editHints.delete(doc.uri);
      const t = process.hrtime.bigint();
      doc.update(changes, version);
      record('rediagnose.apply', Number(process.hrtime.bigint() - t) / 1e6);
      return doc;
    },
  });
  const root = findRoot(__dirname);
  const shipped: SourceText[] = readDatasetSources(root);
  // Built after `initialize` is answered, so the editor is not kept waiting for it.
  let index = new DatasetIndex(buildDataset([]));
  let indexMs = 0;
  let settings: ServerSettings = { ...DEFAULTS };
  let trusted = true;
  let workspaceRoots: string[] = [];
  let cache = new BlockCache();
  const analyses = new Map<string, { version: number; analysis: Analysis }>();
  // Pending re-diagnoses, cancelled by the next edit (a timer, or an immediate when there is no debounce).
  const timers = new Map<string, () => void>();
  let sourceProblemUris: string[] = [];
  let configurationSupport = false;
  const watcher = new FolderWatcher(() => void reindex('a source folder changed'));
  // Drafts opened while the first index is built are checked once it is ready, not against a partial one.
  let markReady: () => void = () => undefined;
  let isReady = false;
  const ready = new Promise<void>((r) => (markReady = r)).then(() => {
    isReady = true;
  });
  // Requests that arrive before the first index is built wait for it rather than being answered
  // from the empty index the server starts with; afterwards they run at once.
  const whenReady =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R | Promise<R> =>
      isReady ? fn(...args) : ready.then(() => fn(...args));

  const log = (msg: string): void => connection.console.info(`[resref] ${msg}`);
  // Server-side durations of the last requests, for the benchmark (resolutionReferences/timings).
  const timings = new Map<string, number[]>();
  const record = (name: string, ms: number): void => {
    const list = timings.get(name) ?? [];
    if (list.length >= 1000) list.shift();
    list.push(ms);
    timings.set(name, list);
  };
  const timed = <T>(name: string, fn: () => T): T => {
    const t0 = process.hrtime.bigint();
    try {
      return fn();
    } finally {
      record(name, Number(process.hrtime.bigint() - t0) / 1e6);
    }
  };
  const changedAt = new Map<string, bigint>();
  // Garbage-collection pauses, for the benchmark: they, not the analysis, make the worst latencies.
  const gcObserver = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const kind = (e as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
      record(kind === constants.NODE_PERFORMANCE_GC_MAJOR ? 'gc.major' : kind === constants.NODE_PERFORMANCE_GC_MINOR ? 'gc.minor' : 'gc.other', e.duration);
    }
  });
  gcObserver.observe({ entryTypes: ['gc'] });

  // An open draft's text in chunks (no copy of the whole draft per keystroke); a file read from
  // disk for "check all drafts" is a plain string.
  const draftText = (doc: TextDocument): DraftText => (doc instanceof DraftDocument ? doc.text : doc.getText());

  function analysisOf(doc: TextDocument): Analysis {
    const hit = analyses.get(doc.uri);
    if (hit && hit.version === doc.version) return hit.analysis;
    // Re-read only what the edit touched, when the previous version was analysed with this index.
    const edit = editHints.get(doc.uri);
    const hint = edit && hit && edit.version === doc.version && hit.version === doc.version - 1 ? edit.hint : undefined;
    const analysis = hit && hit.analysis.index === index ? updateAnalysis(hit.analysis, draftText(doc), undefined, hint) : analyzeText(index, doc.getText(), cache);
    analyses.set(doc.uri, { version: doc.version, analysis });
    return analysis;
  }

  const offsetSpan = (doc: TextDocument, s: Span) => ({ start: doc.positionAt(s.start), end: doc.positionAt(s.end) });
  const toUri = (file: string): string => fileUri(root, file);
  const toLocation = (s: SourceLocation): Location => ({
    uri: toUri(s.file),
    range: { start: { line: s.line - 1, character: s.column - 1 }, end: { line: s.line - 1, character: s.column - 1 } },
  });

  // The shipped sources are read, never checked as drafts (even when opened as files).
  const sourcesDir = fileUri(root, 'data/sources/');
  function checked(doc: TextDocument): boolean {
    return settings.enable && settings.languages.includes(doc.languageId) && !doc.uri.startsWith(sourcesDir);
  }

  function publish(doc: TextDocument): void {
    const version = doc.version;
    if (!checked(doc)) {
      void connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
      return;
    }
    const t0 = changedAt.get(doc.uri);
    const tA = process.hrtime.bigint();
    const analysis = analysisOf(doc);
    // A newer version arrived while this one was analysed: never publish stale results.
    const current = documents.get(doc.uri);
    if (!current || current.version !== version) return;
    const tB = process.hrtime.bigint();
    const diagnostics = lspDiagnostics(doc, analysis);
    const tC = process.hrtime.bigint();
    const sent = connection.sendDiagnostics({ uri: doc.uri, version, diagnostics });
    if (t0 === undefined) return;
    // Times of a re-diagnosis after an edit, by part, for the benchmark.
    const ms = (from: bigint, to = process.hrtime.bigint()): number => Number(to - from) / 1e6;
    changedAt.delete(doc.uri);
    record('rediagnose.wait', ms(t0, tA));
    record('rediagnose.analyse', ms(tA, tB));
    record('rediagnose.convert', ms(tB, tC));
    record('rediagnose.send', ms(tC));
    record('rediagnose', ms(t0));
    // Writing waits for the editor to read what does not fit in the pipe: timed apart.
    void sent.then(() => record('rediagnose.written', ms(t0)));
  }

  // LSP diagnostics per block, keyed by the block's results (the same array while its text is
  // unchanged): after an edit only the touched blocks are converted again; the others are
  // reused, or moved by whole lines when the edit added or removed lines above them.
  interface BlockLspDiagnostics {
    line: number;
    diagnostics: Diagnostic[];
    /** Their JSON, made when first sent. */
    json?: string;
  }
  // By the block's results; identical paragraphs share their results (the block cache), so one
  // results array can stand for blocks on several lines: its diagnostics are kept per line.
  // Dropped when the index or the severity of unknown references changes.
  let lspCache = new WeakMap<object, BlockLspDiagnostics[]>();
  const cachedAt = (local: object, line: number): BlockLspDiagnostics | undefined => lspCache.get(local)?.find((h) => h.line === line);
  const anyCached = (local: object): BlockLspDiagnostics | undefined => lspCache.get(local)?.[0];
  const keep = (local: object, hit: BlockLspDiagnostics): void => {
    const list = lspCache.get(local) ?? [];
    if (list.length >= 8) list.pop();
    list.unshift(hit);
    lspCache.set(local, list);
  };
  // Over stdio, runs of consecutive blocks' diagnostics are kept as UTF-8 JSON. A run ends after
  // a block drawn at random (1 in 16) when its diagnostics are made, so runs are cut by content,
  // not by count: a block that gains or loses diagnostics changes only its own run.
  const runs = new WeakMap<BlockLspDiagnostics, { hits: BlockLspDiagnostics[]; bytes: Uint8Array }>();
  const cutsRun = new WeakSet<BlockLspDiagnostics>();
  let drawn = 0;
  const drawRunEnd = (hit: BlockLspDiagnostics): void => {
    // A multiplicative hash of a counter: reproducible, and spread like a random draw.
    if (((Math.imul(++drawn, 0x9e3779b1) >>> 0) & 0xf0000000) === 0) cutsRun.add(hit);
  };
  function runBytes(hits: BlockLspDiagnostics[]): Uint8Array {
    const known = runs.get(hits[0]);
    if (known && known.hits.length === hits.length && known.hits.every((h, i) => h === hits[i])) return known.bytes;
    const bytes = Buffer.from(hits.map((h) => (h.json ??= JSON.stringify(h.diagnostics).slice(1, -1))).join(','), 'utf8');
    runs.set(hits[0], { hits, bytes });
    return bytes;
  }
  function lspDiagnostics(doc: TextDocument, analysis: Analysis): Diagnostic[] {
    const out: Diagnostic[] = [];
    const pieces: Uint8Array[] = [];
    let run: BlockLspDiagnostics[] = [];
    const splice = splicesSerialised();
    for (const b of analysis.blocks) {
      if (!b.hasProblems) continue;
      const at = doc.positionAt(b.start);
      // A block that starts mid-line cannot be moved by whole lines: its diagnostics are made afresh.
      const movable = at.character === 0;
      let hit = movable ? cachedAt(b.local, at.line) : undefined;
      if (!hit) {
        const other = movable ? anyCached(b.local) : undefined;
        if (other) {
          const dl = at.line - other.line;
          hit = {
            line: at.line,
            diagnostics: other.diagnostics.map((d) => ({
              ...d,
              range: { start: { line: d.range.start.line + dl, character: d.range.start.character }, end: { line: d.range.end.line + dl, character: d.range.end.character } },
            })),
          };
        } else {
          hit = {
            line: at.line,
            diagnostics: blockDiagnostics(b.local, { unknownSeverity: settings.unknownSeverity }, b.start).map((d) => ({
              range: offsetSpan(doc, d.span),
              severity: SEVERITY[d.severity],
              code: d.code,
              codeDescription: { href: CODES_HREF },
              source: 'resref',
              message: d.message,
            })),
          };
        }
        drawRunEnd(hit);
        if (movable) keep(b.local, hit);
      }
      if (hit.diagnostics.length === 0) continue;
      for (const d of hit.diagnostics) out.push(d);
      if (splice) {
        run.push(hit);
        if (cutsRun.has(hit)) {
          pieces.push(runBytes(run));
          run = [];
        }
      }
    }
    if (run.length > 0) pieces.push(runBytes(run));
    return splice ? withSerialised(out, pieces) : out;
  }

  function schedule(doc: TextDocument, immediate = false): void {
    timers.get(doc.uri)?.();
    timers.delete(doc.uri);
    if (immediate) {
      void ready.then(() => {
        const d = documents.get(doc.uri);
        if (d) publish(d);
      });
      return;
    }
    const run = (): void => {
      timers.delete(doc.uri);
      // Never diagnose against the empty index the server starts with.
      void ready.then(() => {
        const d = documents.get(doc.uri);
        if (d) publish(d);
      });
    };
    // No debounce: still after the edits already read from the stream, never a timer's extra millisecond.
    if (settings.debounceMs <= 0) {
      const h = setImmediate(run);
      timers.set(doc.uri, () => clearImmediate(h));
    } else {
      const h = setTimeout(run, settings.debounceMs);
      timers.set(doc.uri, () => clearTimeout(h));
    }
  }

  /** Everything analysed with the previous index is dropped with it, so nothing stale is served. */
  function useIndex(next: DatasetIndex): void {
    index = next;
    cache = new BlockCache();
    lspCache = new WeakMap();
    analyses.clear();
  }

  async function reindex(reason: string): Promise<void> {
    const t0 = process.hrtime.bigint();
    const folders = trusted ? settings.extraSourceFolders : [];
    const user = readUserSources(folders, workspaceRoots[0]);
    const data = buildDataset([...shipped, ...user.texts]);
    data.loadErrors.push(...user.errors);
    useIndex(new DatasetIndex(data));
    indexMs = Number(process.hrtime.bigint() - t0) / 1e6;
    watcher.watch(user.folders);
    const s = datasetStats(index);
    log(`indexed ${s.instruments} instruments, ${s.meetings} meetings, ${s.addressableParts} parts, ${s.topics} topics from ${s.sources} documents (${user.texts.length} user-added) in ${indexMs.toFixed(1)} ms (${reason})`);
    publishSourceProblems(data.loadErrors);
    for (const doc of documents.all()) schedule(doc, true);
    void connection.sendNotification('resolutionReferences/indexChanged', { stats: s, loadErrors: data.loadErrors.length });
  }

  /** Problems of user-added sources, shown on those files with their line. */
  function publishSourceProblems(errors: AuditEntry[]): void {
    const byUri = new Map<string, Diagnostic[]>();
    for (const e of errors) {
      const uri = toUri(e.source.file);
      const list = byUri.get(uri) ?? [];
      list.push({ range: { start: { line: e.source.line - 1, character: 0 }, end: { line: e.source.line - 1, character: 1000 } }, severity: DiagnosticSeverity.Warning, code: e.code, codeDescription: { href: CODES_HREF }, source: 'resref', message: e.message });
      byUri.set(uri, list);
      log(`${e.source.file}:${e.source.line}: ${e.message}`);
    }
    for (const uri of sourceProblemUris) if (!byUri.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    for (const [uri, diagnostics] of byUri) void connection.sendDiagnostics({ uri, diagnostics });
    sourceProblemUris = [...byUri.keys()];
  }

  async function loadSettings(): Promise<void> {
    if (!configurationSupport) return;
    const got = (await connection.workspace.getConfiguration('resolutionReferences')) as Partial<ServerSettings> | null;
    settings = { ...DEFAULTS, ...(got ?? {}) };
    if (!Array.isArray(settings.languages)) settings.languages = DEFAULTS.languages;
    if (!Array.isArray(settings.extraSourceFolders)) settings.extraSourceFolders = [];
  }

  connection.onInitialize((params): InitializeResult => {
    configurationSupport = !!params.capabilities.workspace?.configuration;
    const opts = (params.initializationOptions ?? {}) as { trusted?: boolean; settings?: Partial<ServerSettings> };
    if (opts.trusted === false) trusted = false;
    if (opts.settings) settings = { ...DEFAULTS, ...opts.settings };
    workspaceRoots = (params.workspaceFolders ?? []).map((f) => fileURLToPath(f.uri));
    if (workspaceRoots.length === 0 && params.rootUri) workspaceRoots = [fileURLToPath(params.rootUri)];
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentLinkProvider: { resolveProvider: false },
        workspaceSymbolProvider: true,
        completionProvider: { triggerCharacters: TRIGGER_CHARACTERS, resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'resref', version: readVersion(root) },
    };
  });

  connection.onInitialized(async () => {
    const progress = await connection.window.createWorkDoneProgress().catch(() => undefined);
    progress?.begin('Resolution References', 0, 'indexing the dataset', false);
    try {
      await loadSettings();
      if (settings.extraSourceFolders.length > 0 || !configurationSupport) await reindex('start');
      else {
        const t0 = process.hrtime.bigint();
        useIndex(new DatasetIndex(buildDataset(shipped)));
        indexMs = Number(process.hrtime.bigint() - t0) / 1e6;
        const s = datasetStats(index);
        log(`indexed ${s.instruments} instruments, ${s.meetings} meetings, ${s.addressableParts} parts, ${s.topics} topics from ${s.sources} documents in ${indexMs.toFixed(1)} ms`);
        void connection.sendNotification('resolutionReferences/indexChanged', { stats: s, loadErrors: 0 });
      }
    } finally {
      progress?.done();
      markReady();
    }
  });

  connection.onDidChangeConfiguration(async (change) => {
    const before = JSON.stringify({ f: settings.extraSourceFolders, trusted });
    const severityBefore = settings.unknownSeverity;
    if (configurationSupport) await loadSettings();
    else {
      const s = (change.settings as { resolutionReferences?: Partial<ServerSettings> } | undefined)?.resolutionReferences;
      if (s) settings = { ...DEFAULTS, ...s };
    }
    if (settings.unknownSeverity !== severityBefore) lspCache = new WeakMap();
    if (JSON.stringify({ f: settings.extraSourceFolders, trusted }) !== before) await reindex('settings changed');
    else for (const doc of documents.all()) schedule(doc, true);
  });

  connection.onNotification('resolutionReferences/trust', async (p: { trusted: boolean }) => {
    trusted = !!p.trusted;
    await reindex('workspace trust changed');
  });

  documents.onDidOpen((e) => schedule(e.document, true));
  documents.onDidChangeContent((e) => schedule(e.document));
  documents.onDidClose((e) => {
    timers.get(e.document.uri)?.();
    timers.delete(e.document.uri);
    analyses.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onHover(whenReady((p) =>
    timed('hover', () => {
      const doc = documents.get(p.textDocument.uri);
      if (!doc) return null;
      const h = hoverAt(index, analysisOf(doc), doc.offsetAt(p.position), { root });
      return h ? { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: offsetSpan(doc, h.span) } : null;
    }),
  ));

  connection.onDefinition(whenReady((p) =>
    timed('definition', () => {
      const doc = documents.get(p.textDocument.uri);
      if (!doc) return null;
      return definitionAt(index, analysisOf(doc), doc.offsetAt(p.position)).map(toLocation);
    }),
  ));

  connection.onCompletion(whenReady((p) => timed('completion', () => completion(p))));
  const completion = (p: CompletionParams): CompletionItem[] => {
    const doc = documents.get(p.textDocument.uri);
    if (!doc) return [];
    const items = completionsAt(index, draftText(doc), doc.offsetAt(p.position), { root }, completionTrigger(p.context));
    return items.map(
      (c): CompletionItem => ({
        label: c.label,
        labelDetails: c.labelDetail || c.labelDescription ? { detail: c.labelDetail, description: c.labelDescription } : undefined,
        kind: COMPLETION_KIND[c.kind],
        detail: c.detail,
        documentation: c.documentation ? { kind: MarkupKind.Markdown, value: c.documentation } : undefined,
        textEdit: TextEdit.replace(offsetSpan(doc, c.replace), c.insertText),
        sortText: c.sortText,
        filterText: c.filterText,
        command: c.retrigger ? { title: 'more', command: 'editor.action.triggerSuggest' } : undefined,
      }),
    );
  };
  connection.onRequest('resolutionReferences/timings', () => Object.fromEntries(timings));

  connection.onCodeAction(whenReady((p) => {
    const doc = documents.get(p.textDocument.uri);
    if (!doc) return [];
    const span = { start: doc.offsetAt(p.range.start), end: doc.offsetAt(p.range.end) };
    return quickFixesFor(analysisOf(doc), span).map((f): CodeAction => {
      const range = offsetSpan(doc, f.problem.span);
      const diag = p.context.diagnostics.find((d) => d.code === f.code && d.range.start.line === range.start.line && d.range.start.character === range.start.character);
      return {
        title: f.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: diag ? [diag] : undefined,
        isPreferred: f.preferred,
        edit: { changes: { [doc.uri]: [TextEdit.replace(offsetSpan(doc, f.edit.span), f.edit.newText)] } },
      };
    });
  }));

  connection.onDocumentLinks(whenReady((p) => {
    const doc = documents.get(p.textDocument.uri);
    if (!doc) return [];
    return documentLinks(index, analysisOf(doc)).map(
      (l): DocumentLink => ({ range: offsetSpan(doc, l.span), target: `${toUri(l.target.file)}#L${l.target.line}`, tooltip: l.tooltip }),
    );
  }));

  connection.onWorkspaceSymbol(whenReady((p) =>
    searchParts(index, p.query, 100).map(
      (h): SymbolInformation => ({
        name: h.part.citation,
        kind: h.part.kind === 'instrument' ? SymbolKind.Module : SymbolKind.String,
        location: toLocation(h.part.sources[0]),
        containerName: h.part.text.slice(0, 120),
      }),
    ),
  ));

  connection.onReferences(async (p, token: CancellationToken) => {
    await ready;
    const doc = documents.get(p.textDocument.uri);
    if (!doc) return [];
    let ids: string[];
    const docPath = p.textDocument.uri.startsWith('file:') ? fileURLToPath(p.textDocument.uri) : '';
    const rel = docPath ? path.relative(root, docPath).split(path.sep).join('/') : '';
    if (rel.startsWith('data/sources/')) ids = partsAtSourceLine(index, rel, p.position.line + 1);
    else ids = partsAt(analysisOf(doc), doc.offsetAt(p.position));
    if (ids.length === 0) return [];
    const out: Location[] = [];
    const open = new Map(documents.all().map((d) => [d.uri, d]));
    const files = listDrafts(workspaceRoots);
    const uris = new Set([...open.keys(), ...files.map((f) => pathToFileURL(f).toString())]);
    let n = 0;
    for (const uri of uris) {
      // Yield now and then so that a cancellation sent by the client is read and honoured.
      if (++n % 10 === 0) await new Promise((r) => setImmediate(r));
      if (token.isCancellationRequested) return null;
      const od = open.get(uri);
      let analysis: Analysis;
      let textDoc: TextDocument;
      if (od) {
        textDoc = od;
        analysis = analysisOf(od);
      } else {
        let text: string;
        try {
          text = fs.readFileSync(fileURLToPath(uri), 'utf8');
        } catch {
          continue;
        }
        textDoc = TextDocument.create(uri, 'plaintext', 0, text);
        analysis = analyzeText(index, text, cache);
      }
      for (const s of citationsIn(analysis, ids)) out.push({ uri, range: offsetSpan(textDoc, s) });
    }
    return out;
  });

  // ---- custom requests for the client's views -------------------------------------------
  connection.onRequest('resolutionReferences/topics', whenReady(() => topicsTree(index)));
  connection.onRequest('resolutionReferences/documents', whenReady(() => documentsTree(index)));
  connection.onRequest('resolutionReferences/citations', whenReady(() => allCitations(index)));
  connection.onRequest('resolutionReferences/part', (p: { id: string }) => {
    const part = index.part(p.id);
    if (!part) return null;
    return { id: part.id, citation: part.citation, text: part.text, markdown: partMarkdown(index, part, { root }), location: toLocation(part.sources[0]), locations: part.sources.map(toLocation) };
  });
  connection.onRequest('resolutionReferences/cite', whenReady((p: { ids: string[]; firstMention?: boolean }) => {
    const parts = p.ids.map((id) => index.part(id)).filter((x): x is NonNullable<typeof x> => !!x);
    return parts.length ? citeMany(index, parts, !!p.firstMention) : '';
  }));
  connection.onRequest('resolutionReferences/sourceName', whenReady((p: { file: string; line: number }) => ({ section: sourceNames(index).section(p), where: sourceNames(index).where(p) })));
  connection.onRequest('resolutionReferences/stats', () => ({ ...datasetStats(index), pid: process.pid, indexMs: Math.round(indexMs * 10) / 10, loadErrors: index.data.loadErrors.map((e) => `${e.source.file}:${e.source.line}: ${e.message}`) }));
  connection.onRequest('resolutionReferences/checkWorkspace', async (_p: unknown, token: CancellationToken) => {
    const files = listDrafts(workspaceRoots);
    const progress = await connection.window.createWorkDoneProgress().catch(() => undefined);
    progress?.begin('Checking drafts', 0, `${files.length} files`, true);
    let problems = 0;
    let errors = 0;
    try {
      for (const [i, f] of files.entries()) {
        if (i % 10 === 9) await new Promise((r) => setImmediate(r));
        if (token.isCancellationRequested || progress?.token.isCancellationRequested) break;
        const uri = pathToFileURL(f).toString();
        if (documents.get(uri)) continue; // open drafts are checked live
        let text: string;
        try {
          text = fs.readFileSync(f, 'utf8');
        } catch {
          continue;
        }
        const textDoc = TextDocument.create(uri, 'plaintext', 0, text);
        const diags = diagnosticsOf(analyzeText(index, text, cache), { unknownSeverity: settings.unknownSeverity });
        problems += diags.length;
        errors += diags.filter((d) => d.severity === 'error').length;
        void connection.sendDiagnostics({ uri, diagnostics: diags.map((d) => ({ range: offsetSpan(textDoc, d.span), severity: SEVERITY[d.severity], code: d.code, codeDescription: { href: CODES_HREF }, source: 'resref', message: d.message })) });
        progress?.report(Math.round(((i + 1) / files.length) * 100), path.basename(f));
      }
    } finally {
      progress?.done();
    }
    return { files: files.length, problems, errors };
  });

  connection.onShutdown(() => {
    noteShutdown();
    watcher.dispose();
  });
  documents.listen(connection);
  connection.listen();
}

function completionTrigger(context: CompletionContext | undefined): CompletionTrigger {
  if (context?.triggerKind === CompletionTriggerKind.TriggerCharacter) return { kind: 'character', character: context.triggerCharacter ?? '' };
  if (context?.triggerKind === CompletionTriggerKind.TriggerForIncompleteCompletions) return { kind: 'incomplete' };
  return { kind: 'invoked' };
}

function readVersion(root: string): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}
