// Builds nested paragraph lists ("1.", "(a)", "(i)") from labelled lines, the way the
// compendia print them, including the OCR slips the sources are known to carry.

import { letterAt, letterIndex, romanLabelValue } from './text';
import type { Part, PartKind, SourceLocation, SourceNote } from './types';

type Level = 'num' | 'alpha' | 'roman';

interface ChainEntry {
  part: Part;
  level: Level;
}

/** Letters that the PDF conversion is known to confuse: "(b)" printed where "(h)" was meant, "(I)" for "(l)". */
const CONFUSABLE: Record<string, string[]> = {
  b: ['h'],
  h: ['b'],
  I: ['l'],
  l: ['i'],
};

export interface ListNaming {
  id(path: string[]): string;
  citation(path: string[]): string;
  kind: PartKind;
}

export class ListBuilder {
  readonly items: Part[] = [];
  private chain: ChainEntry[] = [];
  section: string | undefined;
  private lastNumber: number | undefined;

  constructor(
    private readonly naming: ListNaming,
    private readonly notes: SourceNote[],
  ) {}

  get last(): Part | undefined {
    return this.chain[this.chain.length - 1]?.part;
  }

  addNumbered(num: string, text: string, loc: SourceLocation): Part {
    const prev = this.lastNumber;
    const expected = prev === undefined ? 1 : prev + 1;
    if (Number(num) !== expected) {
      this.notes.push({
        source: loc,
        code: 'label-sequence',
        message: prev === undefined ? `the first numbered paragraph is ${num}, not 1` : `paragraph ${num} follows paragraph ${prev}; ${expected} was expected`,
      });
    }
    this.lastNumber = Number(num);
    this.chain = [];
    const part = this.make([num], text, loc);
    this.items.push(part);
    this.chain.push({ part, level: 'num' });
    return part;
  }

  /**
   * A "(x)" label: decides between a lettered item and a roman sub-item from context. A label
   * read other than as printed (a capital "(B)" as (b), "(I)" as the sub-item (i), an OCR slip)
   * gets a note saying how it was read.
   */
  addParenthesized(rawLabel: string, text: string, loc: SourceLocation): Part {
    const notesBefore = this.notes.length;
    const part = this.readParenthesized(rawLabel, text, loc);
    const slipNoted = this.notes.slice(notesBefore).some((n) => n.code === 'ocr-label');
    if (part.num !== rawLabel && !slipNoted) {
      this.notes.push({ source: loc, code: 'label-case', message: `prints (${rawLabel}) in capitals; read as (${part.num})` });
    }
    return part;
  }

  private readParenthesized(rawLabel: string, text: string, loc: SourceLocation): Part {
    const label = rawLabel.length === 1 && rawLabel !== 'I' ? rawLabel.toLowerCase() : rawLabel;
    const lower = label.toLowerCase();
    const deepest = this.chain[this.chain.length - 1];
    const roman = romanLabelValue(lower);

    if (roman !== undefined && deepest?.level === 'roman') {
      const prev = romanLabelValue(deepest.part.num) ?? 0;
      if (roman === prev + 1) return this.addSibling(lower, 'roman', text, loc);
    }
    const twoLetterRoman = roman !== undefined && letterIndex(lower) === undefined;
    if ((lower === 'i' && deepest && deepest.level !== 'roman' && deepest.part.introducesList) || (twoLetterRoman && deepest && deepest.level !== 'roman')) {
      return this.addChild(lower, 'roman', text, loc);
    }
    if (twoLetterRoman && deepest?.level === 'roman') {
      this.notes.push({ source: loc, code: 'label-sequence', message: `sub-item (${lower}) follows (${deepest.part.num})` });
      return this.addSibling(lower, 'roman', text, loc);
    }

    // Lettered item: a sibling of the nearest lettered item, or the first child of a numbered one.
    while (this.chain.length > 0 && this.chain[this.chain.length - 1].level === 'roman') this.chain.pop();
    const top = this.chain[this.chain.length - 1];
    let siblings: Part[];
    if (!top) siblings = this.items;
    else if (top.level === 'num') siblings = top.part.children;
    else {
      const parent = this.chain[this.chain.length - 2];
      siblings = parent ? parent.part.children : this.items;
    }
    const prevAlpha = [...siblings].reverse().find((p) => letterIndex(p.num) !== undefined);
    const expected = letterAt((prevAlpha ? letterIndex(prevAlpha.num) ?? 0 : 0) + 1);
    let num = lower;
    if (label !== expected) {
      if (CONFUSABLE[label]?.includes(expected)) {
        num = expected;
        this.notes.push({
          source: loc,
          code: 'ocr-label',
          message: `prints (${rawLabel}) where the sequence requires (${expected}); read as (${expected})`,
        });
      } else if (letterIndex(lower) !== undefined) {
        this.notes.push({
          source: loc,
          code: 'label-sequence',
          message: `label (${rawLabel}) where the sequence requires (${expected})`,
        });
      }
    }
    if (!top) return this.addTop(num, 'alpha', text, loc);
    if (top.level === 'num') return this.addChild(num, 'alpha', text, loc);
    return this.addSibling(num, 'alpha', text, loc);
  }

  appendText(text: string): boolean {
    const last = this.last;
    if (!last) return false;
    appendJoined(last, text);
    return true;
  }

  private addTop(num: string, level: Level, text: string, loc: SourceLocation): Part {
    this.chain = [];
    const part = this.make([num], text, loc);
    this.items.push(part);
    this.chain.push({ part, level });
    return part;
  }

  private addChild(num: string, level: Level, text: string, loc: SourceLocation): Part {
    const parent = this.chain[this.chain.length - 1];
    const part = this.make([...parent.part.path, num], text, loc);
    part.parentId = parent.part.id;
    parent.part.children.push(part);
    this.chain.push({ part, level });
    return part;
  }

  private addSibling(num: string, level: Level, text: string, loc: SourceLocation): Part {
    this.chain.pop();
    if (this.chain.length === 0) return this.addTop(num, level, text, loc);
    return this.addChild(num, level, text, loc);
  }

  private make(path: string[], text: string, loc: SourceLocation): Part {
    return {
      id: this.naming.id(path),
      kind: this.naming.kind,
      num: path[path.length - 1],
      path,
      citation: this.naming.citation(path),
      text,
      section: this.section,
      sources: [loc],
      children: [],
      introducesList: /:\s*$/.test(text),
    };
  }
}

/** Characters of a joined text's end that are read: enough for every test of its end. */
const TAIL = 256;

/**
 * A text joined line by line (`joinText`) and read at its end only: its end is kept, so neither
 * the join nor a test of the end copies the whole text. Testing the end of a text that grows
 * line by line copied it at each line (a 1 MB source of unnumbered lines took 19 s to read, 4 MB
 * nearly 5 minutes). A text changed otherwise (its length is not the one kept) is read again.
 */
export class JoinedText {
  private length = -1;
  private tail = '';

  /** The last characters of `text`. */
  end(text: string): string {
    if (text.length !== this.length) {
      this.tail = text.slice(-TAIL);
      this.length = text.length;
    }
    return this.tail;
  }

  /** `joinText(text, piece)`. */
  join(text: string, piece: string): string {
    const end = this.end(text);
    const glued = text.length > 0 && HYPHEN_END.test(end) && /^[a-z]/.test(piece);
    const joined = text.length === 0 ? piece : glued ? text + piece : `${text} ${piece}`;
    this.tail = (text.length === 0 ? piece : glued ? end + piece : `${end} ${piece}`).slice(-TAIL);
    this.length = joined.length;
    return joined;
  }
}

const HYPHEN_END = /-$/;
const joinedParts = new WeakMap<Part, JoinedText>();

/** The joined text of a part, kept with it. */
export function joinedTextOf(part: Part): JoinedText {
  let j = joinedParts.get(part);
  if (!j) joinedParts.set(part, (j = new JoinedText()));
  return j;
}

/** `joinText(part.text, text)` into the part, and whether it now introduces a list. */
export function appendJoined(part: Part, text: string): void {
  const j = joinedTextOf(part);
  part.text = j.join(part.text, text);
  part.introducesList = /:\s*$/.test(j.end(part.text));
}

export function joinText(a: string, b: string): string {
  if (!a) return b;
  if (/-$/.test(a) && /^[a-z]/.test(b)) return a + b;
  return `${a} ${b}`;
}

// Kept for callers that formatted paths through the list builder before naming.ts existed.
export { formatPath } from './naming';
