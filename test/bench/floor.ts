// The floor under any reader written in JavaScript, measured rather than assumed: the native pass
// of the candidate pattern, then, at each candidate, its next characters read once (up to a
// clause end, at most WINDOW) and one small object made for it. No grammar, no dataset: a parser
// that finds and reports each reference must do at least this much. Run as a script
// (`node floor.js DRAFT OUT`) it is also the floor of a whole process: Node starts, reads the
// draft, does the above and writes the objects as JSON.

import * as fs from 'fs';
import { candidatePattern } from '../../server/src/grammar/candidates';
import { OPENERS } from '../../server/src/grammar/parser';

/** Characters read after each candidate: the span of a common reference ("resolution 8/1, annex I, paragraph 3"). */
const WINDOW = 60;
const SEMICOLON = 59;
const NEWLINE = 10;

export interface FloorHit {
  start: number;
  end: number;
  sum: number;
}

export function floorRead(text: string): FloorHit[] {
  const re = candidatePattern(OPENERS).re;
  re.lastIndex = 0;
  const out: FloorHit[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index;
    const stop = Math.min(text.length, start + WINDOW);
    let i = start;
    let sum = 0;
    for (; i < stop; i++) {
      const c = text.charCodeAt(i);
      if (c === SEMICOLON || c === NEWLINE) break;
      sum += c;
    }
    out.push({ start, end: i, sum });
  }
  return out;
}

/**
 * The floor under any reader that reports each reference with its verdict, however it finds
 * them: the native pass, then, for each reference (its span given, found by the real scanner
 * outside the time measured), its text cut out and looked up once in a memo of verdicts by
 * text, and one object made for it. No parsing, no checking: what is left of a target for them.
 */
export function referenceFloor(text: string, spans: Int32Array): number {
  const re = candidatePattern(OPENERS).re;
  re.lastIndex = 0;
  let candidates = 0;
  while (re.test(text)) candidates++;
  const memo = new Map<string, { text: string }>();
  const out: { start: number; end: number; verdict: { text: string } }[] = [];
  for (let i = 0; i < spans.length; i += 2) {
    const written = text.slice(spans[i], spans[i + 1]);
    let verdict = memo.get(written);
    if (verdict === undefined) {
      verdict = { text: written };
      memo.set(written, verdict);
    }
    out.push({ start: spans[i], end: spans[i + 1], verdict });
  }
  return candidates + out.length;
}

if (require.main === module) {
  const [draft, outFile] = process.argv.slice(2);
  fs.writeFileSync(outFile, JSON.stringify(floorRead(fs.readFileSync(draft, 'utf8'))));
}
