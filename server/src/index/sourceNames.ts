// Names people use for places in the sources: "Technical Assistance compendium, part A, seventh
// meeting — line 265" instead of a file name. Everything comes from the parsed documents (their
// titles, the compendium each instrument and meeting is printed in, annexes, report sections,
// thematic-index topics), so a user's own documents are named the same way. The CLI keeps
// file:line (it is read by tools); editors show these names.

import { annexLabel, ordinal } from '../model/naming';
import type { SourceLocation } from '../model/types';
import type { DatasetIndex } from './datasetIndex';

interface Landmark {
  line: number;
  section: string;
}

interface DocumentOutline {
  name: string;
  /** Sorted by line: the section a line belongs to is the last landmark at or before it. */
  landmarks: Landmark[];
}

export class SourceNames {
  private readonly outlines = new Map<string, DocumentOutline>();

  constructor(index: DatasetIndex) {
    const data = index.data;
    const outline = (file: string): DocumentOutline => {
      let o = this.outlines.get(file);
      if (!o) {
        o = { name: documentName(index, file), landmarks: [] };
        this.outlines.set(file, o);
      }
      return o;
    };
    const mark = (loc: SourceLocation, section: string): void => {
      outline(loc.file).landmarks.push({ line: loc.line, section });
    };
    for (const inst of data.instruments) {
      const name = `${inst.kind} ${inst.symbol}`;
      for (const s of inst.sources) {
        const part = inst.compendia.find((c) => c.file === s.file)?.part;
        // In a document of its own the instrument is the document: no section to name.
        mark(s, part ? `part ${part}, ${name}` : '');
      }
      for (const a of inst.annexes) {
        for (const s of a.sources) {
          const part = inst.compendia.find((c) => c.file === s.file)?.part;
          mark(s, part ? `part ${part}, ${name}, ${annexLabel(a.key)}` : annexLabel(a.key));
        }
      }
    }
    for (const m of data.meetings) for (const s of m.sources) mark(s, `part A, ${ordinal(m.number)} meeting`);
    // A session heading opens its own section of part B: without it, a session's line would be
    // named after the last annex of the session before.
    for (const session of data.sessions) {
      for (const s of session.sources) {
        const inCompendium = data.sources.some((src) => src.file === s.file && src.compendium);
        mark(s, `${inCompendium ? 'part B, ' : ''}${ordinal(session.number)} session`);
      }
    }
    for (const r of data.reports) for (const sec of r.sections) mark(sec.source, sec.heading.replace(/^[IVX]+\.\s+|^[A-H]\.\s+|^\d+\.\s+/, ''));
    for (const t of data.topics) mark(t.source, `thematic index, “${t.name}”`);
    for (const o of this.outlines.values()) o.landmarks.sort((a, b) => a.line - b.line);
  }

  /** "Technical Assistance compendium, part A, seventh meeting — line 265". */
  where(loc: Pick<SourceLocation, 'file' | 'line'>): string {
    return `${this.section(loc)} — line ${loc.line}`;
  }

  /** "Technical Assistance compendium, part A, seventh meeting" (no line). */
  section(loc: Pick<SourceLocation, 'file' | 'line'>): string {
    const o = this.outlines.get(loc.file);
    if (!o) return baseName(loc.file);
    let found: Landmark | undefined;
    // Binary search: the last landmark at or before the line.
    let lo = 0;
    let hi = o.landmarks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (o.landmarks[mid].line <= loc.line) {
        found = o.landmarks[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found && found.section ? `${o.name}, ${found.section}` : o.name;
  }

  /** The document's own name: "International Cooperation compendium", "Resolution 9/3". */
  document(file: string): string {
    return this.outlines.get(file)?.name ?? baseName(file);
  }
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

function documentName(index: DatasetIndex, file: string): string {
  const summary = index.data.sources.find((s) => s.file === file);
  if (summary?.compendium) return `${summary.compendium} compendium`;
  const report = index.data.reports.find((r) => r.sources.some((s) => s.file === file));
  if (report) return `${report.subtitle || 'Report'}${report.session ? ` to the ${ordinal(report.session)} session` : ''}`;
  // A heading names the document ("Resolution 9/3"); a first line that is a sentence does not.
  const title = summary?.title.trim();
  if (title && title.length <= 80 && !/[,;:.]$/.test(title)) return title;
  return baseName(file);
}

const cache = new WeakMap<DatasetIndex, SourceNames>();

/** The names of an index's sources, made once per index. */
export function sourceNames(index: DatasetIndex): SourceNames {
  let n = cache.get(index);
  if (!n) {
    n = new SourceNames(index);
    cache.set(index, n);
  }
  return n;
}
