// What a request must carry, checked before the service sees it: an editor or a script that sends
// a request without its document, position or range gets InvalidParams saying what is missing
// (it got an internal error quoting JavaScript, "Cannot read properties of undefined"), and a
// negative position is refused rather than read as the document's start.

import { ErrorCodes, ResponseError, type Position } from 'vscode-languageserver/node';

function invalid(method: string, what: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, `${method}: ${what}`);
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

/** `p.textDocument.uri` is a string. */
export function needDocument(method: string, p: unknown): void {
  if (!isRecord(p) || !isRecord(p.textDocument) || typeof p.textDocument.uri !== 'string') throw invalid(method, 'the parameters need “textDocument”: { “uri”: string }');
}

function isPosition(x: unknown): x is Position {
  return isRecord(x) && isCount(x.line) && isCount(x.character);
}

/** `p.position` is a position of non-negative integers. */
export function needPosition(method: string, p: unknown): void {
  needDocument(method, p);
  if (!isPosition((p as { position?: unknown }).position)) throw invalid(method, 'the parameters need “position”: { “line”, “character” } as integers of 0 or more');
}

/** `p.range` is a range of such positions. */
export function needRange(method: string, p: unknown): void {
  needDocument(method, p);
  const r = (p as { range?: unknown }).range;
  if (!isRecord(r) || !isPosition(r.start) || !isPosition(r.end)) throw invalid(method, 'the parameters need “range”: { “start”, “end” } positions of integers of 0 or more');
}

/** Each named field of `p` has the type given ("string", "number", "string[]"). */
export function needFields(method: string, p: unknown, fields: Record<string, 'string' | 'number' | 'string[]'>): void {
  for (const [name, type] of Object.entries(fields)) {
    const v = isRecord(p) ? p[name] : undefined;
    const ok = type === 'string[]' ? Array.isArray(v) && v.every((x) => typeof x === 'string') : typeof v === type;
    if (!ok) throw invalid(method, `the parameters need “${name}”: ${type}`);
  }
}

