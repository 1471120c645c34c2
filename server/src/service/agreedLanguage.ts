// Agreed language over LSP: code lenses above draft paragraphs that follow a paragraph of the
// dataset, information diagnostics for those that change its wording, the command a lens runs
// and the custom request other editors call with a text or a range. Pure conversions from the
// core (features/similarity) to LSP types; the server only routes requests here.

import { DiagnosticSeverity, type CodeLens, type Diagnostic, type Position, type Range } from 'vscode-languageserver';
import { lensTitle, percent, type AgreedLanguageMatch } from '../features/similarity/agreedLanguage';
import { agreedLanguageOf, similarTo, type SimilarResult } from '../features/similarity/similar';
import { changesOf, describeChanges, wordDiff, type DiffPiece } from '../features/similarity/wordDiff';
import type { Analysis } from '../features/analyze';
import type { DatasetIndex } from '../index/datasetIndex';
import { BlockDiagnostics, type DraftPosition } from './blockDiagnostics';

/** Run by a lens; over LSP (workspace/executeCommand) it answers the diff and shows a message. */
export const SHOW_DIFF_COMMAND = 'resolutionReferences.agreedLanguage.showDiff';
/** `{ text } | { textDocument, range }` (and `limit`) → the matches as `resref similar --json` prints them. */
export const AGREED_LANGUAGE_REQUEST = 'resolutionReferences/agreedLanguage';

export interface DraftLike {
  uri: string;
  getText(range?: Range): string;
  positionAt(offset: number): Position;
}

/** What a lens hands to its command: enough to draw the diff without asking again. */
export interface ShowDiffArgs {
  uri: string;
  range: Range;
  id: string;
  citation: string;
  score: number;
  /** The source paragraph and the draft's paragraph (label and emphasis left out). */
  sourceText: string;
  draftText: string;
  source: { file: string; line: number };
}

export interface AgreedLanguageParams {
  text?: string;
  textDocument?: { uri: string };
  range?: Range;
  limit?: number;
}

/** A block of an analysed draft: its results array stays the same object while its text is unchanged. */
export interface BlockLike {
  start: number;
  end: number;
  local: object;
}

export interface DraftText {
  slice(start: number, end: number): string;
}

/** A paragraph of the draft that follows agreed language, offsets absolute. */
interface Found {
  at: number;
  m: AgreedLanguageMatch;
}

/**
 * The agreed-language state of the open drafts of one dataset. A block's matches are kept by
 * the block's results array (the analysis keeps it while the block's text is unchanged), so a
 * keystroke matches only the edited block; matching new blocks stops after a time budget and
 * `complete` says whether some are left for the next call (a large draft just opened).
 */
export class AgreedLanguageDrafts {
  private readonly byLocal = new WeakMap<object, AgreedLanguageMatch[]>();
  private readonly kept = new BlockDiagnostics();

  constructor(readonly index: DatasetIndex) {}

  /**
   * Builds the matcher's index of the sources (about 60 ms), which is otherwise built inside the
   * first draft's diagnostics, outside their time budget: the server calls it while idle.
   */
  prepare(): void {
    agreedLanguageOf(this.index);
  }

  /**
   * A block's matches: kept while its results array lives, else matched now; undefined when the
   * block is new to the matcher and the time budget is spent (left for the next call).
   */
  private matchesOf(agreed: ReturnType<typeof agreedLanguageOf>, text: DraftText, b: BlockLike, deadline: number): AgreedLanguageMatch[] | undefined {
    let local = this.byLocal.get(b.local);
    if (!local) {
      const blockText = text.slice(b.start, b.end);
      if (!agreed.knows(blockText) && performance.now() > deadline) return undefined;
      local = agreed.blockMatches(blockText);
      this.byLocal.set(b.local, local);
    }
    return local;
  }

  private found(text: DraftText, blocks: readonly BlockLike[], budgetMs: number): { found: Found[]; complete: boolean } {
    const agreed = agreedLanguageOf(this.index);
    const deadline = performance.now() + budgetMs;
    const found: Found[] = [];
    let complete = true;
    for (const b of blocks) {
      const local = this.matchesOf(agreed, text, b, deadline);
      if (!local) {
        complete = false;
        continue;
      }
      for (const m of local) found.push({ at: b.start, m });
    }
    return { found, complete };
  }

  /** A lens above each paragraph that follows agreed language. */
  lenses(doc: DraftLike, text: DraftText, blocks: readonly BlockLike[], budgetMs = 100): { lenses: CodeLens[]; complete: boolean } {
    const { found, complete } = this.found(text, blocks, budgetMs);
    const lenses = found.map(({ at, m }): CodeLens => {
      const pos = doc.positionAt(at + m.paragraph.start);
      return { range: { start: pos, end: pos }, command: { title: lensTitle(m), command: SHOW_DIFF_COMMAND, arguments: [argsOf(doc, at, m)] } };
    });
    return { lenses, complete };
  }

  /**
   * An information diagnostic on the first changed words of each paragraph that changes agreed
   * language. Kept per block between versions of a draft (see BlockDiagnostics), so a keystroke
   * matches and converts the edited block only. `afterEdit`: the diagnostics of a keystroke,
   * which match the blocks it touched and no others.
   */
  diagnostics(doc: DraftLike & DraftPosition, analysis: Analysis, budgetMs = 20, afterEdit = false): { diagnostics: Diagnostic[]; complete: boolean } {
    const agreed = agreedLanguageOf(this.index);
    // After a keystroke only the blocks the edit touched are matched: the blocks of a large
    // draft not matched yet are left to the slices between requests (the service's
    // `finishAgreed`). Spending the budget on them inside the keystroke's diagnostics made typing
    // in a draft just opened wait 20–45 ms a keystroke while the rest of it was matched.
    // An edit of a version whose diagnostics were never collected (its publish gave way to the
    // next keystroke) leaves the blocks of both edits new: the usual budget then.
    // A paste or a replaced text touches many blocks: they are matched within the budget as well.
    const edit = afterEdit && this.kept.follows(doc.uri, analysis) && analysis.edit && analysis.edit.read <= KEYSTROKE_BLOCKS ? analysis.edit : undefined;
    const deadline = performance.now() + (edit ? 0 : budgetMs);
    return this.kept.collect(doc, analysis, (b, i) => {
      const edited = edit !== undefined && i >= edit.kept && i < edit.kept + edit.read;
      const local = this.matchesOf(agreed, analysis.text, b, edited ? Infinity : deadline);
      if (!local) return undefined;
      const changed = local.filter((m) => m.changes.length > 0);
      return changed.length === 0 ? NONE : changed.map((m) => diagnosticOf(doc, b.start, m));
    });
  }

  forget(uri: string): void {
    this.kept.forget(uri);
  }
}

const NONE: readonly Diagnostic[] = Object.freeze([]);

/** Blocks an edit may touch and still be matched whole inside its diagnostics (a keystroke touches one; a line break typed between two, two). */
const KEYSTROKE_BLOCKS = 4;

function diagnosticOf(doc: DraftLike, at: number, m: AgreedLanguageMatch): Diagnostic {
  return {
    range: { start: doc.positionAt(at + m.firstChange.start), end: doc.positionAt(at + m.firstChange.end) },
    severity: DiagnosticSeverity.Information,
    code: 'agreed-language',
    source: 'resref',
    message: `follows ${m.match.part.citation} (${percent(m.match.score)}) but changes its wording: ${describeChanges(m.changes)}`,
    data: { id: m.match.part.id },
  };
}

function argsOf(doc: DraftLike, at: number, m: AgreedLanguageMatch): ShowDiffArgs {
  const part = m.match.part;
  return {
    uri: doc.uri,
    range: { start: doc.positionAt(at + m.paragraph.start), end: doc.positionAt(at + m.paragraph.end) },
    id: part.id,
    citation: part.citation,
    score: Math.round(m.match.score * 1000) / 1000,
    sourceText: part.text,
    draftText: m.paragraph.text,
    source: { file: part.sources[0]?.file ?? '', line: part.sources[0]?.line ?? 0 },
  };
}

/** The custom request: matches of a text, or of a range of an open draft. */
export function agreedLanguageRequest(index: DatasetIndex, params: AgreedLanguageParams, docOf: (uri: string) => DraftLike | undefined): SimilarResult[] {
  let text = params.text;
  if (text === undefined && params.textDocument) {
    const doc = docOf(params.textDocument.uri);
    if (!doc) throw new Error(`${params.textDocument.uri} is not open in the editor; send { text } instead`);
    text = doc.getText(params.range);
  }
  if (typeof text !== 'string') throw new Error('resolutionReferences/agreedLanguage takes { text } or { textDocument, range }');
  const limit = Number.isInteger(params.limit) && params.limit! > 0 ? Math.min(params.limit!, 50) : 10;
  return similarTo(index, text, limit);
}

/** What the lens command answers: its arguments and the changes, "" when there are none. */
export function showDiff(a: ShowDiffArgs): ShowDiffArgs & { changes: string; diff: DiffPiece[] } {
  const diff = wordDiff(a.sourceText, a.draftText);
  return { ...a, changes: describeChanges(changesOf(diff), 8), diff };
}

/** The message the command shows in editors that run it on the server. */
export function showDiffMessage(a: ShowDiffArgs & { changes: string }): string {
  return a.changes
    ? `This paragraph follows ${a.citation} (${percent(a.score)}, ${a.source.file}:${a.source.line}) and changes: ${a.changes}`
    : `This paragraph follows ${a.citation} (${a.source.file}:${a.source.line}) word for word.`;
}
