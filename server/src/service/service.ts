// The language service: everything the language server answers, in LSP types, with no
// connection, no process and no file system of its own (in the spirit of
// vscode-markdown-languageservice). It is created with an injected workspace (files and
// folders), a settings source and a logger; it owns the open drafts' analyses, the index, the
// settings, the watcher of source folders and the diagnostics it publishes through an event.
// The server (server/server.ts) wires a connection to it; tests drive it in memory.

import {
  CodeActionKind,
  CompletionItemKind,
  CompletionTriggerKind,
  type CompletionContext,
  type CompletionList,
  MarkupKind,
  SymbolKind,
  TextDocumentSyncKind,
  TextEdit,
  TextDocumentEdit,
  type CancellationToken,
  type CodeAction,
  type CodeLens,
  type CodeActionContext,
  type CompletionItem,
  type Diagnostic,
  type DocumentLink,
  type Hover,
  type InitializeParams,
  type InitializeResult,
  type Location,
  type Position,
  type PublishDiagnosticsParams,
  type Range,
  type SymbolInformation,
  type TextDocumentsConfiguration,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath, pathToFileURL } from 'url';
import { analyzeText, BlockCache, updateAnalysis, type Analysis, type EditHint } from '../features/analyze';
import type { DraftText } from '../features/chunkedText';
import { quickFixesFor } from '../features/codeActions';
import { completionsAt, TRIGGER_CHARACTERS, type CompletionKind, type CompletionTrigger } from '../features/completion';
import { citeMany } from '../features/citationStyle';
import { citedIn, tableOfAuthorities } from '../features/citedIn';
import { sourceNames } from '../index/sourceNames';
import { definitionAt, selfDefinitionAt } from '../features/definition';
import { fileUri, partMarkdown } from '../features/describe';
import { diagnosticsOf } from '../features/diagnostics';
import { hoverAt } from '../features/hover';
import { warmUp } from '../features/warmUp';
import { documentLinks } from '../features/links';
import { citationsIn, partsAt, partsAtSourceLine } from '../features/references';
import { searchParts } from '../features/search';
import { datasetStats } from '../features/stats';
import { allCitations, documentsTree, topicsTree } from '../features/views';
import { buildDataset } from '../index/dataset';
import { DatasetIndex, type AuditEntry, type SourceText } from '../index/datasetIndex';
import type { SourceLocation } from '../model/types';
import type { Span } from '../grammar/reference';
import { DraftDocument, wellFormed } from './document';
import { LspDiagnosticsCache, lspDiagnostic, lspRange } from './lspDiagnostics';
import { CONFIG_FILE, editorSettings, mergeSettings, readConfigFile, type ConfigFileSettings, type ServiceSettings } from './settings';
import { readSourceFolders, resolveFolder } from './sourceFolders';
import { createTimings } from './timings';
import { joinPath, listDrafts, type Disposable, type Workspace } from './workspace';
import { AgreedLanguageDrafts, agreedLanguageRequest, SHOW_DIFF_COMMAND, showDiff, showDiffMessage, type AgreedLanguageParams, type ShowDiffArgs } from './agreedLanguage';
import type { SimilarResult } from '../features/similarity/similar';

export interface Logger {
  info(message: string): void;
}

/** Work the service reports while it runs (indexing, checking all drafts); the server maps it to LSP progress. */
export interface Progress {
  report(percentage: number, message?: string): void;
  readonly cancelled?: boolean;
}

export interface ResolutionServiceInit {
  workspace: Workspace;
  /**
   * The editor's `resolutionReferences` section, when the editor can be asked for it
   * (workspace/configuration); the service asks again after every configuration change.
   */
  settings?: () => Promise<unknown>;
  logger?: Logger;
  /** The shipped dataset and the folder its paths are relative to. */
  dataset: { root: string; sources: SourceText[] };
  /** Record server-side durations for the benchmark (RESREF_TIMINGS=1). */
  timings?: boolean;
  /** Delay before source folders are indexed again after a change on disk. */
  reindexDelayMs?: number;
  /** Compile the grammar on the shipped sources while no draft is open (default true; tests that count work turn it off). */
  warmUp?: boolean;
}

export type DatasetStats = ReturnType<typeof datasetStats>;

/** The dataset's counts, with the server's process id, the last index time and load problems. */
export interface ServiceStats {
  [count: string]: number | string[];
  pid: number;
  indexMs: number;
  loadErrors: string[];
}

export interface IndexChanged {
  stats: DatasetStats;
  loadErrors: number;
}

export interface CheckResult {
  files: number;
  problems: number;
  errors: number;
}

/** What a draft cites (resolutionReferences/citedIn), with LSP ranges to jump to. */
export interface CitedInDraft {
  uri: string;
  /** The same as a Markdown table of authorities. */
  table: string;
  groups: {
    label: string;
    detail?: string;
    count: number;
    unknown: boolean;
    first: Range;
    parts: { id: string; citation: string; count: number; ranges: Range[] }[];
    findings: { severity: 'error' | 'warning' | 'information'; code: string; message: string; range: Range }[];
  }[];
}

export interface PartInfo {
  id: string;
  citation: string;
  text: string;
  markdown: string;
  location: Location;
  locations: Location[];
}

export interface ResolutionService {
  /** How the server keeps open drafts: in chunks, with the range of each edit noted. */
  readonly documentConfiguration: TextDocumentsConfiguration<DraftDocument>;
  initialize(params: InitializeParams): InitializeResult;
  /** Reads the settings and builds the index; requests wait for it. */
  initialized(progress?: Progress): Promise<void>;
  ready(): Promise<void>;
  didOpen(doc: TextDocument): void;
  didChange(doc: TextDocument): void;
  didClose(uri: string): void;
  didChangeConfiguration(pushed?: unknown): Promise<void>;
  setTrusted(trusted: boolean): Promise<void>;

  hover(doc: TextDocument, position: Position): Promise<Hover | null>;
  definition(doc: TextDocument, position: Position): Promise<Location[]>;
  /** A list marked incomplete (the "@" search) is asked for again as the drafter types. */
  completion(doc: TextDocument, position: Position, context?: CompletionContext): Promise<CompletionList>;
  codeActions(doc: TextDocument, range: Range, context: CodeActionContext): Promise<CodeAction[]>;
  documentLinks(doc: TextDocument): Promise<DocumentLink[]>;
  workspaceSymbols(query: string): Promise<SymbolInformation[]>;
  references(doc: TextDocument, position: Position, token?: CancellationToken): Promise<Location[] | null>;
  /** The draft's diagnostics now (what is published after an edit). */
  diagnostics(doc: TextDocument): Promise<Diagnostic[]>;
  /** A lens above each paragraph that follows agreed language (none when the setting is off). */
  codeLenses(doc: TextDocument): Promise<CodeLens[]>;
  /** workspace/executeCommand: the agreed-language lens command answers its diff and a message to show. */
  executeCommand(command: string, args: unknown[]): { result: (ShowDiffArgs & { changes: string }) | null; message?: string; error?: string };
  /** resolutionReferences/agreedLanguage: matches of a text or of a range of an open draft. */
  agreedLanguage(params: AgreedLanguageParams): Promise<SimilarResult[]>;
  /** Lenses changed without an edit (the setting, a large draft finished matching): editors may ask again. */
  onCodeLensesChanged(listener: () => void): Disposable;
  /** Checks every draft of the workspace that is not open, publishing each file's diagnostics. */
  checkAllDrafts(token?: CancellationToken, progress?: Progress): Promise<CheckResult>;

  topics(): Promise<ReturnType<typeof topicsTree>>;
  documents(): Promise<ReturnType<typeof documentsTree>>;
  citations(): Promise<ReturnType<typeof allCitations>>;
  /** The citation of parts in the citation style (several at once, or the first-mention form). */
  cite(ids: string[], firstMention: boolean): Promise<string>;
  /** A source line named for people: { section: "Resolution 9/3, annex I", where: "… — line 40" }. */
  sourceName(file: string, line: number): Promise<{ section: string; where: string }>;
  /** What an open draft cites, grouped by instrument, with positions to jump to. */
  citedIn(doc: TextDocument): Promise<CitedInDraft>;
  part(id: string): PartInfo | null;
  stats(): ServiceStats;
  timings(): Record<string, number[]>;

  /**
   * Diagnostics to publish (drafts, and problems of user-added sources and of `.resref.json`);
   * a listener may return the promise of the message being written, for the timings.
   */
  onDiagnostics(listener: (p: PublishDiagnosticsParams) => unknown): Disposable;
  onIndexChanged(listener: (e: IndexChanged) => void): Disposable;
  dispose(): void;
}

const COMPLETION_KIND: Record<CompletionKind, CompletionItemKind> = {
  instrument: CompletionItemKind.File,
  annex: CompletionItemKind.Folder,
  paragraph: CompletionItemKind.Text,
  keyword: CompletionItemKind.Keyword,
  date: CompletionItemKind.Constant,
  title: CompletionItemKind.Text,
  search: CompletionItemKind.Reference,
};

/** Why completion was asked for, in the core's terms: a trigger character opens lists only where a locator is expected. */
function completionTrigger(context: CompletionContext | undefined): CompletionTrigger {
  if (context?.triggerKind === CompletionTriggerKind.TriggerCharacter) return { kind: 'character', character: context.triggerCharacter ?? '' };
  if (context?.triggerKind === CompletionTriggerKind.TriggerForIncompleteCompletions) return { kind: 'incomplete' };
  return { kind: 'invoked' };
}

/**
 * Language ids other editors send for the kinds VS Code calls "markdown" and "plaintext": eglot
 * derives them from the major mode (text-mode → "text", gfm-mode → "gfm"), Helix names its
 * plain-text language "text".
 */
const LANGUAGE_ALIASES: Record<string, string> = { text: 'plaintext', gfm: 'markdown' };

/** Drafts checked between two yields to the event loop: a cancellation is read and honoured. */
const FILES_PER_YIELD = 10;
const DEFAULT_REINDEX_DELAY_MS = 300;

function emitter<T>(): { fire(e: T): Promise<unknown>[]; on(l: (e: T) => unknown): Disposable } {
  const listeners = new Set<(e: T) => unknown>();
  return {
    fire: (e) => [...listeners].map((l) => Promise.resolve(l(e))),
    on: (l) => {
      listeners.add(l);
      return { dispose: () => listeners.delete(l) };
    },
  };
}

const yieldToEventLoop = (): Promise<void> => new Promise((r) => setImmediate(r));

export function createResolutionService(init: ResolutionServiceInit): ResolutionService {
  const { workspace, dataset } = init;
  const root = dataset.root;
  const log = (m: string): void => init.logger?.info(`[resref] ${m}`);
  const timings = createTimings(init.timings ?? false);
  const diagnosticsEvent = emitter<PublishDiagnosticsParams>();
  const indexEvent = emitter<IndexChanged>();
  const lensesEvent = emitter<void>();

  // ---- state -----------------------------------------------------------------------
  // Built after `initialize` is answered, so the editor is not kept waiting for it.
  let index = new DatasetIndex(buildDataset([]));
  let indexMs = 0;
  let blockCache = new BlockCache();
  const lspCache = new LspDiagnosticsCache();
  // Agreed language: matched per block within a time budget per request; a large draft just
  // opened is finished in slices between requests, then published again and its lenses refreshed.
  let agreed = new AgreedLanguageDrafts(index);
  const finishing = new Set<string>();
  let editor: Partial<ServiceSettings> = {};
  let fileSettings: ConfigFileSettings = {};
  let settings = mergeSettings();
  let trusted = true;
  let configurationSupport = false;
  // A client that applies versioned edits refuses a quick fix made for a version the drafter has
  // typed past; one that does not gets plain edits (LSP offers it nothing better).
  let versionedEdits = false;
  const open = new Map<string, TextDocument>();
  const analyses = new Map<string, { doc: TextDocument; revision: number; analysis: Analysis }>();
  // Where each single-range edit happened, so re-analysis reads only the blocks it touched.
  const editHints = new Map<string, { revision: number; hint: EditHint }>();
  const changedAt = new Map<string, bigint>();
  // Pending re-diagnoses, cancelled by the next edit (a timer, or an immediate when there is no debounce).
  const pending = new Map<string, () => void>();
  let sourceProblemUris: string[] = [];
  let watchedSources: string[] = [];
  let reindexTimer: NodeJS.Timeout | undefined;
  /** Set by `dispose`: background work (the warm-up) stops. */
  let disposed = false;
  let indexGeneration = 0;
  let markReady: () => void = () => undefined;
  let isReady = false;
  const readyPromise = new Promise<void>((r) => (markReady = r)).then(() => {
    isReady = true;
  });
  // Requests that arrive before the first index is built wait for it rather than being answered
  // from the empty index the service starts with; afterwards they run at once.
  const whenReady = async (): Promise<void> => {
    if (!isReady) await readyPromise;
  };

  const configPath = (): string | undefined => {
    const first = workspace.folders()[0];
    return first ? joinPath(first, CONFIG_FILE) : undefined;
  };
  const watchSubscription = workspace.onDidChangeFiles((paths) => {
    const cfg = configPath();
    const relevant = paths.some((p) => p === cfg || watchedSources.some((d) => p === d || p.startsWith(`${d}/`) || p.startsWith(`${d}\\`)));
    if (!relevant) return;
    if (reindexTimer) clearTimeout(reindexTimer);
    reindexTimer = setTimeout(() => void reindex('a source folder or the configuration file changed'), init.reindexDelayMs ?? DEFAULT_REINDEX_DELAY_MS);
  });
  let watching: Disposable | undefined;

  // ---- documents and their analyses ------------------------------------------------
  // An open draft's text in chunks (no copy of the whole draft per keystroke); a file read from
  // disk for "check all drafts" is a plain string.
  const draftText = (doc: TextDocument): DraftText => (doc instanceof DraftDocument ? doc.text : doc.getText());
  // The server's documents count their changes; another TextDocument (a test's) has only its version.
  const revisionOf = (doc: TextDocument): number => (doc instanceof DraftDocument ? doc.revision : doc.version);

  function analysisOf(doc: TextDocument): Analysis {
    const hit = analyses.get(doc.uri);
    // The same open document at the same revision; a text read from disk is never served an open one's analysis.
    const revision = revisionOf(doc);
    if (hit && hit.doc === doc && hit.revision === revision) return hit.analysis;
    // Re-read only what the edit touched, when the text before it was analysed with this index.
    const edit = editHints.get(doc.uri);
    const hint = edit && hit && hit.doc === doc && edit.revision === revision && hit.revision === revision - 1 ? edit.hint : undefined;
    // A change of the draftBody setting changes whose instrument "its resolution …" is everywhere.
    const same = hit && hit.analysis.index === index && (hit.analysis.options.draftBody ?? '') === settings.draftBody;
    // With the block cache: an edit that changes the draft's outline (its title line, a paragraph
    // number) reads the whole draft again, and the blocks it did not touch come from the cache
    // (without it, editing a title line re-scanned a 1 MB draft: 0.6 s).
    const analysis = same ? updateAnalysis(hit.analysis, draftText(doc), blockCache, hint) : analyzeText(index, doc.getText(), blockCache, { draftBody: settings.draftBody });
    if (open.get(doc.uri) === doc) analyses.set(doc.uri, { doc, revision, analysis });
    return analysis;
  }

  const documentConfiguration: TextDocumentsConfiguration<DraftDocument> = {
    create: (uri, languageId, version, content) => new DraftDocument(uri, languageId, version, content),
    update: (doc, changes, version) => {
      const only = (changes.length === 1 ? changes[0] : undefined) as { range?: Range } | undefined;
      if (timings.enabled) changedAt.set(doc.uri, timings.now());
      // Where the edit was, in the order the document applies it (a range sent end first was read backwards, and the blocks it touched were kept).
      const range = only?.range && wellFormed(only.range);
      if (range) editHints.set(doc.uri, { revision: revisionOf(doc) + 1, hint: { start: doc.offsetAt(range.start), endOld: doc.offsetAt(range.end) } });
      else editHints.delete(doc.uri);
      const t = timings.now();
      doc.update(changes, version);
      timings.since('rediagnose.apply', t);
      return doc;
    },
  };

  const toUri = (file: string): string => fileUri(root, file);
  const toLocation = (s: SourceLocation): Location => ({
    uri: toUri(s.file),
    range: { start: { line: s.line - 1, character: s.column - 1 }, end: { line: s.line - 1, character: s.column - 1 } },
  });
  // The shipped sources are read, never checked as drafts (even when opened as files).
  const sourcesDir = fileUri(root, 'data/sources/');
  /** The language a draft file on disk is read in, by its extension (".txt" is plain text). */
  const draftLanguageOf = (f: string): string => (/\.(md|markdown)$/i.test(f) ? 'markdown' : 'plaintext');
  /** A document in a language the drafter has the checker read (also the shipped sources, opened to read them). */
  const served = (doc: TextDocument): boolean => settings.enable && settings.languages.includes(LANGUAGE_ALIASES[doc.languageId] ?? doc.languageId);
  const checked = (doc: TextDocument): boolean => served(doc) && !doc.uri.startsWith(sourcesDir);

  function publish(doc: TextDocument): void {
    const version = doc.version;
    if (!checked(doc)) {
      diagnosticsEvent.fire({ uri: doc.uri, diagnostics: [] });
      return;
    }
    const t0 = changedAt.get(doc.uri);
    const tA = timings.now();
    const revision = revisionOf(doc);
    const analysis = analysisOf(doc);
    // A newer text arrived while this one was analysed: never publish stale results.
    const current = open.get(doc.uri);
    if (current !== doc || current.version !== version || revisionOf(current) !== revision) return;
    const tB = timings.now();
    const diagnostics = lspCache.diagnostics(doc, analysis, settings.unknownSeverity);
    if (settings.agreedLanguage) for (const d of agreedDiagnostics(doc, analysis, analysis.edit !== undefined)) diagnostics.push(d);
    const tC = timings.now();
    const sent = diagnosticsEvent.fire({ uri: doc.uri, version, diagnostics });
    if (t0 === undefined) {
      // Diagnostics of a whole draft (opened, or settings changed): analysed and converted.
      if (timings.enabled) timings.record('diagnose.whole', Number(tC - tA) / 1e6);
      return;
    }
    // Times of a re-diagnosis after an edit, by part, for the benchmark.
    changedAt.delete(doc.uri);
    const ms = (from: bigint, to: bigint): number => Number(to - from) / 1e6;
    timings.record('rediagnose.wait', ms(t0, tA));
    timings.record('rediagnose.analyse', ms(tA, tB));
    timings.record('rediagnose.convert', ms(tB, tC));
    timings.since('rediagnose.send', tC);
    timings.since('rediagnose', t0);
    // Writing waits for the editor to read what does not fit in the pipe: timed apart.
    void Promise.all(sent).then(() => timings.since('rediagnose.written', t0));
  }

  function agreedDiagnostics(doc: TextDocument, analysis: Analysis, afterEdit: boolean): Diagnostic[] {
    const r = timings.timed('agreedLanguage.diagnostics', () => agreed.diagnostics(doc, analysis, undefined, afterEdit));
    if (!r.complete) finishAgreed(doc.uri);
    return r.diagnostics;
  }

  function finishAgreed(uri: string): void {
    if (finishing.has(uri)) return;
    finishing.add(uri);
    const step = (): void => {
      const doc = open.get(uri);
      if (!doc || !settings.agreedLanguage) {
        finishing.delete(uri);
        return;
      }
      const analysis = analysisOf(doc);
      if (!agreed.diagnostics(doc, analysis).complete) {
        setTimeout(step, 5);
        return;
      }
      finishing.delete(uri);
      publish(doc);
      lensesEvent.fire();
    };
    setTimeout(step, 5);
  }

  function cancelPending(uri: string): void {
    pending.get(uri)?.();
    pending.delete(uri);
  }

  function schedule(doc: TextDocument, immediate = false): void {
    cancelPending(doc.uri);
    const run = (): void => {
      pending.delete(doc.uri);
      // Never diagnose against the empty index the service starts with.
      void whenReady().then(() => {
        const d = open.get(doc.uri);
        if (d) publish(d);
      });
    };
    if (immediate) return run();
    // No debounce: still after the edits already read from the stream, never a timer's extra millisecond.
    if (settings.debounceMs <= 0) {
      const h = setImmediate(run);
      pending.set(doc.uri, () => clearImmediate(h));
    } else {
      const h = setTimeout(run, settings.debounceMs);
      pending.set(doc.uri, () => clearTimeout(h));
    }
  }

  // ---- the index -------------------------------------------------------------------
  /** Everything analysed with the previous index is dropped with it, so nothing stale is served. */
  function useIndex(next: DatasetIndex, ms: number): void {
    index = next;
    indexMs = ms;
    blockCache = new BlockCache();
    lspCache.clear();
    analyses.clear();
    agreed = new AgreedLanguageDrafts(next);
  }

  async function reindex(reason: string): Promise<void> {
    const generation = ++indexGeneration;
    const t0 = process.hrtime.bigint();
    const config = await readConfigFile(workspace, workspace.folders()[0]);
    fileSettings = config.settings;
    const configProblems = config.problems;
    settings = mergeSettings(fileSettings, editor);
    const folders = trusted ? settings.extraSourceFolders : [];
    const user = await readSourceFolders(workspace, folders, workspace.folders()[0]);
    // A later reindex started while this one read the disk: its result wins.
    if (generation !== indexGeneration) return;
    const data = buildDataset([...dataset.sources, ...user.texts]);
    data.loadErrors.push(...user.errors, ...configProblems);
    data.notes.push(...user.notes);
    for (const n of user.notes) log(`${n.source.file}: ${n.message}`);
    useIndex(new DatasetIndex(data), Number(process.hrtime.bigint() - t0) / 1e6);
    watchedSources = user.folders;
    watching?.dispose();
    const cfg = configPath();
    watching = workspace.watch([...user.folders, ...(cfg ? [workspace.folders()[0]] : [])]);
    const s = datasetStats(index);
    log(`indexed ${s.instruments} instruments, ${s.meetings} meetings, ${s.addressableParts} parts, ${s.topics} topics from ${s.sources} documents (${user.texts.length} user-added) in ${indexMs.toFixed(1)} ms (${reason})`);
    if (!trusted && (fileSettings.extraSourceFolders ?? []).length + (editor.extraSourceFolders ?? []).length > 0) log('extra source folders are not read: the workspace is not trusted');
    publishSourceProblems(data.loadErrors);
    for (const doc of open.values()) schedule(doc, true);
    indexEvent.fire({ stats: s, loadErrors: data.loadErrors.length });
  }

  /** Problems of user-added sources and of `.resref.json`, shown on those files with their line. */
  function publishSourceProblems(errors: AuditEntry[]): void {
    const byUri = new Map<string, Diagnostic[]>();
    for (const e of errors) {
      const uri = toUri(e.source.file);
      const list = byUri.get(uri) ?? [];
      list.push({ range: { start: { line: e.source.line - 1, character: 0 }, end: { line: e.source.line - 1, character: 1000 } }, severity: 2, code: e.code, source: 'resref', message: e.message });
      byUri.set(uri, list);
      log(`${e.source.file}:${e.source.line}: ${e.message}`);
    }
    for (const uri of sourceProblemUris) if (!byUri.has(uri)) diagnosticsEvent.fire({ uri, diagnostics: [] });
    for (const [uri, diagnostics] of byUri) diagnosticsEvent.fire({ uri, diagnostics });
    sourceProblemUris = [...byUri.keys()];
  }

  async function loadEditorSettings(pushed?: unknown): Promise<void> {
    let raw: unknown;
    if (configurationSupport && init.settings) raw = await init.settings();
    else if (pushed && typeof pushed === 'object' && 'resolutionReferences' in pushed) raw = (pushed as { resolutionReferences: unknown }).resolutionReferences;
    // An editor that neither answers workspace/configuration nor pushed our section: keep what we have.
    else return;
    const got = editorSettings(raw);
    for (const p of got.problems) log(p);
    editor = got.settings;
    settings = mergeSettings(fileSettings, editor);
  }

  // ---- the service -----------------------------------------------------------------
  const service: ResolutionService = {
    documentConfiguration,

    initialize(params) {
      configurationSupport = !!params.capabilities.workspace?.configuration;
      versionedEdits = !!params.capabilities.workspace?.workspaceEdit?.documentChanges;
      const opts = (params.initializationOptions ?? {}) as { trusted?: boolean; settings?: unknown };
      if (opts.trusted === false) trusted = false;
      if (opts.settings) {
        const got = editorSettings(opts.settings);
        for (const p of got.problems) log(p);
        editor = got.settings;
        settings = mergeSettings(fileSettings, editor);
      }
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
          codeLensProvider: { resolveProvider: false },
          executeCommandProvider: { commands: [SHOW_DIFF_COMMAND] },
        },
      };
    },

    async initialized() {
      try {
        await loadEditorSettings();
        await reindex('start');
      } finally {
        markReady();
      }
      // Idle until a draft is opened: compile the grammar on the shipped sources (warmUp.ts).
      if (init.warmUp !== false) {
        const started = index;
        const stop = (): boolean => open.size > 0 || index !== started || disposed;
        void (async () => {
          // The agreed-language matcher first: the first draft opened needs it whole, the grammar's
          // warm-up only shortens that draft's reading.
          await new Promise<void>((resolve) => setImmediate(resolve));
          if (settings.agreedLanguage && !stop()) agreed.prepare();
          await warmUp(started, dataset.sources.map((s) => s.content), stop);
        })().catch(() => undefined);
      }
    },

    ready: () => readyPromise,

    didOpen(doc) {
      // Opened again without a close (an editor that reopens a file): its version number may be
      // the one analysed before for other text, so nothing of the earlier analysis is reused.
      analyses.delete(doc.uri);
      editHints.delete(doc.uri);
      lspCache.forget(doc.uri);
      open.set(doc.uri, doc);
      schedule(doc, true);
    },
    didChange(doc) {
      open.set(doc.uri, doc);
      schedule(doc);
    },
    didClose(uri) {
      cancelPending(uri);
      open.delete(uri);
      analyses.delete(uri);
      editHints.delete(uri);
      changedAt.delete(uri);
      lspCache.forget(uri);
      agreed.forget(uri);
      diagnosticsEvent.fire({ uri, diagnostics: [] });
    },

    async didChangeConfiguration(pushed) {
      const before = JSON.stringify({ f: settings.extraSourceFolders, trusted });
      const severityBefore = settings.unknownSeverity;
      const agreedBefore = settings.agreedLanguage;
      await loadEditorSettings(pushed ?? {});
      if (settings.unknownSeverity !== severityBefore) lspCache.clear();
      if (settings.agreedLanguage !== agreedBefore) lensesEvent.fire();
      if (JSON.stringify({ f: settings.extraSourceFolders, trusted }) !== before) await reindex('settings changed');
      else for (const doc of open.values()) schedule(doc, true);
    },

    async setTrusted(value) {
      trusted = value;
      await reindex('workspace trust changed');
    },

    async hover(doc, position) {
      await whenReady();
      // Only where the checker reads (a LaTeX or Python file got hovers on words it never checked).
      if (!served(doc)) return null;
      return timings.timed('hover', () => {
        const h = hoverAt(index, analysisOf(doc), doc.offsetAt(position), { root });
        return h ? { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: lspRange(doc, h.span) } : null;
      });
    },

    async definition(doc, position) {
      await whenReady();
      if (!served(doc)) return [];
      return timings.timed('definition', () => {
        const analysis = analysisOf(doc);
        const offset = doc.offsetAt(position);
        // The draft citing itself: the line in this document.
        const inDraft = selfDefinitionAt(analysis, offset).map((at): Location => ({ uri: doc.uri, range: { start: doc.positionAt(at), end: doc.positionAt(at) } }));
        return inDraft.length > 0 ? inDraft : definitionAt(index, analysis, offset).map(toLocation);
      });
    },

    async completion(doc, position, context) {
      await whenReady();
      // Not in the shipped sources, which are read, never edited, nor where the checker does not read.
      if (!checked(doc)) return { isIncomplete: false, items: [] };
      return timings.timed('completion', () => {
        const found = completionsAt(index, draftText(doc), doc.offsetAt(position), { root }, completionTrigger(context));
        return { isIncomplete: found.some((c) => c.incomplete), items: found.map(
          (c): CompletionItem => ({
            label: c.label,
            labelDetails: c.labelDetail || c.labelDescription ? { detail: c.labelDetail, description: c.labelDescription } : undefined,
            kind: COMPLETION_KIND[c.kind],
            detail: c.detail,
            documentation: c.documentation ? { kind: MarkupKind.Markdown, value: c.documentation } : undefined,
            textEdit: TextEdit.replace(lspRange(doc, c.replace), c.insertText),
            sortText: c.sortText,
            filterText: c.filterText,
            command: c.retrigger ? { title: 'more', command: 'editor.action.triggerSuggest' } : undefined,
          }),
        ) };
      });
    },

    async codeActions(doc, range, context) {
      await whenReady();
      // Fixes only where the problems they fix are reported.
      if (!checked(doc)) return [];
      const span = { start: doc.offsetAt(range.start), end: doc.offsetAt(range.end) };
      return quickFixesFor(analysisOf(doc), span).map((f): CodeAction => {
        const problemRange = lspRange(doc, f.problem.span);
        const diag = context.diagnostics.find((d) => d.code === f.code && d.range.start.line === problemRange.start.line && d.range.start.character === problemRange.start.character);
        const edits = [TextEdit.replace(lspRange(doc, f.edit.span), f.edit.newText)];
        return {
          title: f.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: diag ? [diag] : undefined,
          isPreferred: f.preferred,
          edit: versionedEdits ? { documentChanges: [TextDocumentEdit.create({ uri: doc.uri, version: doc.version }, edits)] } : { changes: { [doc.uri]: edits } },
        };
      });
    },

    async documentLinks(doc) {
      await whenReady();
      if (!served(doc)) return [];
      return documentLinks(index, analysisOf(doc)).map((l): DocumentLink => ({ range: lspRange(doc, l.span), target: `${toUri(l.target.file)}#L${l.target.line}`, tooltip: l.tooltip }));
    },

    async codeLenses(doc) {
      await whenReady();
      if (!checked(doc) || !settings.agreedLanguage) return [];
      const analysis = analysisOf(doc);
      const r = timings.timed('agreedLanguage.lenses', () => agreed.lenses(doc, analysis.text, analysis.blocks));
      if (!r.complete) finishAgreed(doc.uri);
      return r.lenses;
    },

    executeCommand(command, args) {
      if (command !== SHOW_DIFF_COMMAND) return { result: null, error: `unknown command “${command}”; this server runs ${SHOW_DIFF_COMMAND}` };
      const a = args[0] as ShowDiffArgs | undefined;
      if (!a || typeof a !== 'object' || typeof a.citation !== 'string' || typeof a.sourceText !== 'string' || typeof a.draftText !== 'string') return { result: null, error: `${SHOW_DIFF_COMMAND} needs one argument { citation, sourceText, draftText }, each a string` };
      const shown = showDiff(a);
      return { result: shown, message: showDiffMessage(shown) };
    },

    async agreedLanguage(params) {
      await whenReady();
      return timings.timed('agreedLanguage.request', () => agreedLanguageRequest(index, params ?? {}, (uri) => open.get(uri)));
    },

    onCodeLensesChanged: (l) => lensesEvent.on(l),

    async workspaceSymbols(query) {
      await whenReady();
      return searchParts(index, query, 100).map(
        (h): SymbolInformation => ({
          name: h.part.citation,
          kind: h.part.kind === 'instrument' ? SymbolKind.Module : SymbolKind.String,
          location: toLocation(h.part.sources[0]),
          containerName: h.part.text.slice(0, 120),
        }),
      );
    },

    async references(doc, position, token) {
      await whenReady();
      // In a source document of the dataset, the parts printed on that line; in a draft, the parts cited at the cursor.
      const docPath = doc.uri.startsWith('file:') ? fileURLToPath(doc.uri) : '';
      const rootPrefix = `${root.replace(/\\/g, '/').replace(/\/$/, '')}/`;
      const rel = docPath.replace(/\\/g, '/').startsWith(rootPrefix) ? docPath.replace(/\\/g, '/').slice(rootPrefix.length) : '';
      const ids = rel.startsWith('data/sources/') ? partsAtSourceLine(index, rel, position.line + 1) : partsAt(analysisOf(doc), doc.offsetAt(position));
      if (ids.length === 0) return [];
      const out: Location[] = [];
      // Drafts only: open documents of the checked languages, and files of those languages (a LaTeX
      // file open beside the drafts is not read, as its citations are not checked), and the document asked from.
      const files = (await listDrafts(workspace)).filter((f) => settings.languages.includes(draftLanguageOf(f)) && !pathToFileURL(f).toString().startsWith(sourcesDir));
      const uris = new Set([...[...open.values()].filter((d) => checked(d) || d.uri === doc.uri).map((d) => d.uri), ...files.map((f) => pathToFileURL(f).toString())]);
      let n = 0;
      for (const uri of uris) {
        if (++n % FILES_PER_YIELD === 0) await yieldToEventLoop();
        if (token?.isCancellationRequested) return null;
        const od = open.get(uri);
        let located: Pick<TextDocument, 'positionAt'>;
        let analysis: Analysis;
        if (od) {
          located = od;
          analysis = analysisOf(od);
        } else {
          let text: string;
          try {
            text = await workspace.read(fileURLToPath(uri));
          } catch {
            continue;
          }
          located = new DraftDocument(uri, 'plaintext', 0, text);
          analysis = analyzeText(index, text, blockCache, { draftBody: settings.draftBody });
        }
        for (const s of citationsIn(analysis, ids)) out.push({ uri, range: lspRange(located, s) });
      }
      return out;
    },

    async diagnostics(doc) {
      await whenReady();
      if (!checked(doc)) return [];
      const analysis = analysisOf(doc);
      const out = lspCache.diagnostics(doc, analysis, settings.unknownSeverity);
      if (settings.agreedLanguage) for (const d of agreedDiagnostics(doc, analysis, false)) out.push(d);
      return out;
    },

    async checkAllDrafts(token, progress) {
      await whenReady();
      // Only files of the checked languages count as drafts (".txt" is plain text), never the shipped sources.
      const files = (await listDrafts(workspace)).filter((f) => settings.languages.includes(draftLanguageOf(f)) && !pathToFileURL(f).toString().startsWith(sourcesDir));
      let problems = 0;
      let errors = 0;
      for (const [i, f] of files.entries()) {
        if (i % FILES_PER_YIELD === FILES_PER_YIELD - 1) await yieldToEventLoop();
        if (token?.isCancellationRequested || progress?.cancelled) break;
        const uri = pathToFileURL(f).toString();
        if (open.has(uri)) continue; // open drafts are checked live
        let text: string;
        try {
          text = await workspace.read(f);
        } catch {
          continue;
        }
        const located = new DraftDocument(uri, 'plaintext', 0, text);
        const diags = diagnosticsOf(analyzeText(index, text, blockCache, { draftBody: settings.draftBody }), { unknownSeverity: settings.unknownSeverity });
        problems += diags.length;
        errors += diags.filter((d) => d.severity === 'error').length;
        diagnosticsEvent.fire({ uri, diagnostics: diags.map((d) => lspDiagnostic(located, d)) });
        progress?.report(Math.round(((i + 1) / files.length) * 100), f.slice(Math.max(f.lastIndexOf('/'), f.lastIndexOf('\\')) + 1));
      }
      return { files: files.length, problems, errors };
    },

    async topics() {
      await whenReady();
      return topicsTree(index);
    },
    async documents() {
      await whenReady();
      return documentsTree(index);
    },
    async citations() {
      await whenReady();
      return allCitations(index);
    },
    async cite(ids, firstMention) {
      await whenReady();
      const parts = ids.map((id) => index.part(id)).filter((x): x is NonNullable<typeof x> => !!x);
      return parts.length ? citeMany(index, parts, firstMention) : '';
    },
    async sourceName(file, line) {
      await whenReady();
      return { section: sourceNames(index).section({ file, line }), where: sourceNames(index).where({ file, line }) };
    },
    async citedIn(doc) {
      await whenReady();
      const groups = citedIn(index, analysisOf(doc));
      const at = (s: Span): Range => lspRange(doc, s);
      return {
        uri: doc.uri,
        table: tableOfAuthorities(groups),
        groups: groups.map((g) => ({
          label: g.label,
          detail: g.detail,
          count: g.count,
          unknown: g.unknown,
          first: at(g.first),
          parts: g.parts.map((p) => ({ id: p.id, citation: p.citation, count: p.count, ranges: p.spans.map(at) })),
          findings: g.findings.map((f) => ({ severity: f.severity, code: f.code, message: f.message, range: at(f.span) })),
        })),
      };
    },
    part(id) {
      const part = index.part(id);
      if (!part) return null;
      return { id: part.id, citation: part.citation, text: part.text, markdown: partMarkdown(index, part, { root }), location: toLocation(part.sources[0]), locations: part.sources.map(toLocation) };
    },
    stats() {
      return { ...datasetStats(index), pid: process.pid, indexMs: Math.round(indexMs * 10) / 10, loadErrors: index.data.loadErrors.map((e) => `${e.source.file}:${e.source.line}: ${e.message}`) };
    },
    timings: () => timings.snapshot(),

    onDiagnostics: (l) => diagnosticsEvent.on(l),
    onIndexChanged: (l) => indexEvent.on(l),

    dispose() {
      disposed = true;
      for (const uri of [...pending.keys()]) cancelPending(uri);
      if (reindexTimer) clearTimeout(reindexTimer);
      watching?.dispose();
      watchSubscription.dispose();
      timings.dispose();
    },
  };
  return service;
}

/** The workspace folders an `initialize` request names, as paths. */
export function workspaceFoldersOf(params: InitializeParams): string[] {
  const folders = (params.workspaceFolders ?? []).map((f) => fileURLToPath(f.uri));
  if (folders.length === 0 && params.rootUri) return [fileURLToPath(params.rootUri)];
  return folders;
}

export { resolveFolder };
