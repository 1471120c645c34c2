// Agreed language over LSP: code lenses above draft paragraphs that follow a paragraph of the
// dataset, information diagnostics for those that change its wording, the command a lens runs
// and the custom request other editors call with a text or a range. Pure conversions from the
// core (features/similarity) to LSP types; the server only routes requests here.

import { DiagnosticSeverity, type CodeLens, type Diagnostic, type Position, type Range } from 'vscode-languageserver';
import { lensTitle, percent, type AgreedLanguageMatch } from '../features/similarity/agreedLanguage';
import { agreedLanguageOf, similarTo, type SimilarResult } from '../features/similarity/similar';
import { describeChanges } from '../features/similarity/wordDiff';
import type { DatasetIndex } from '../index/datasetIndex';

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
  /** "“States parties” → “Member States”; inserted …" ("" when unchanged). */
  changes: string;
}

export interface AgreedLanguageParams {
  text?: string;
  textDocument?: { uri: string };
  range?: Range;
  limit?: number;
}

function matchesOf(index: DatasetIndex, doc: DraftLike): AgreedLanguageMatch[] {
  return agreedLanguageOf(index).matchesIn(doc.getText());
}

function argsOf(doc: DraftLike, m: AgreedLanguageMatch): ShowDiffArgs {
  const part = m.match.part;
  return {
    uri: doc.uri,
    range: { start: doc.positionAt(m.paragraph.start), end: doc.positionAt(m.paragraph.end) },
    id: part.id,
    citation: part.citation,
    score: Math.round(m.match.score * 1000) / 1000,
    sourceText: part.text,
    draftText: m.paragraph.text,
    source: { file: part.sources[0]?.file ?? '', line: part.sources[0]?.line ?? 0 },
    changes: describeChanges(m.changes, 8),
  };
}

/** A lens above each paragraph that follows agreed language. */
export function agreedLanguageLenses(index: DatasetIndex, doc: DraftLike): CodeLens[] {
  return matchesOf(index, doc).map((m) => {
    const at = doc.positionAt(m.paragraph.start);
    return { range: { start: at, end: at }, command: { title: lensTitle(m), command: SHOW_DIFF_COMMAND, arguments: [argsOf(doc, m)] } };
  });
}

/** An information diagnostic on the first changed words of each paragraph that changes agreed language. */
export function agreedLanguageDiagnostics(index: DatasetIndex, doc: DraftLike): Diagnostic[] {
  return matchesOf(index, doc)
    .filter((m) => m.changes.length > 0)
    .map((m) => ({
      range: { start: doc.positionAt(m.firstChange.start), end: doc.positionAt(m.firstChange.end) },
      severity: DiagnosticSeverity.Information,
      code: 'agreed-language',
      source: 'resref',
      message: `follows ${m.match.part.citation} (${percent(m.match.score)}) but changes its wording: ${describeChanges(m.changes)}`,
      data: { id: m.match.part.id },
    }));
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

/** The message the command shows in editors that run it on the server. */
export function showDiffMessage(a: ShowDiffArgs): string {
  return a.changes
    ? `This paragraph follows ${a.citation} (${percent(a.score)}, ${a.source.file}:${a.source.line}) and changes: ${a.changes}`
    : `This paragraph follows ${a.citation} (${a.source.file}:${a.source.line}) word for word.`;
}
