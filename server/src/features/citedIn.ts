// "Cited in this draft": every instrument and part a draft cites, grouped by instrument (or
// Working Group meeting, or report), with how often and the findings; and the same as a
// Markdown table of authorities.

import type { Span } from '../grammar/reference';
import type { DatasetIndex } from '../index/datasetIndex';
import { formatIsoDate } from '../model/text';
import type { Analysis } from './analyze';
import { cite } from './citationStyle';

export interface CitedPart {
  id: string;
  /** In the citation style: "resolution 8/1, annex I, paragraph (h)". */
  citation: string;
  count: number;
  /** Where each citation of it is, in the draft (offsets). */
  spans: Span[];
}

export interface CitedFinding {
  severity: 'error' | 'warning' | 'information';
  code: string;
  message: string;
  span: Span;
}

export interface CitedGroup {
  /** "Resolution 8/1", "Working Group on International Cooperation, third meeting", "Resolution 10/4". */
  label: string;
  /** Date and title when the dataset holds the instrument. */
  detail?: string;
  /** References that name it (or one of its parts). */
  count: number;
  /** The instrument itself and each of its parts cited. */
  parts: CitedPart[];
  findings: CitedFinding[];
  /** Not among the indexed documents: cited, not checked. */
  unknown: boolean;
  /** The first reference to it. */
  first: Span;
}

function capitalize(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/** The draft's authorities, in the order of their first citation. */
export function citedIn(index: DatasetIndex, analysis: Analysis): CitedGroup[] {
  const groups = new Map<string, CitedGroup>();
  const group = (key: string, make: () => Omit<CitedGroup, 'count' | 'parts' | 'findings' | 'first'>, first: Span): CitedGroup => {
    let g = groups.get(key);
    if (!g) {
      g = { ...make(), count: 0, parts: [], findings: [], first };
      groups.set(key, g);
    }
    return g;
  };
  for (const r of analysis.resolutions) {
    if (r.status === 'external' || r.status === 'none') continue;
    const touched = new Set<CitedGroup>();
    for (const t of r.targets) {
      const part = index.part(t.id);
      if (!part) continue;
      const ctx = index.data.context.get(t.id) ?? {};
      const inst = part.kind === 'instrument' ? index.data.instruments.find((i) => i.id === part.id) : ctx.instrument;
      const key = inst ? inst.id : ctx.meeting ? ctx.meeting.id : ctx.report ? ctx.report.id : part.id;
      const g = group(
        key,
        () =>
          inst
            ? { label: `${capitalize(inst.kind)} ${inst.symbol}`, detail: `${inst.adoption ? `${formatIsoDate(inst.adoption.iso)} · ` : ''}${inst.title}`, unknown: false }
            : { label: capitalize(ctx.meeting ? (index.part(ctx.meeting.id)?.citation ?? part.citation) : ctx.report ? (index.part(ctx.report.id)?.citation ?? part.citation) : part.citation), unknown: false },
        t.span,
      );
      touched.add(g);
      let p = g.parts.find((x) => x.id === part.id);
      if (!p) {
        p = { id: part.id, citation: cite(index, part), count: 0, spans: [] };
        g.parts.push(p);
      }
      p.count++;
      p.spans.push(t.span);
    }
    for (const pr of r.problems) {
      // A finding belongs to the instrument it names; those outside the dataset get a group of their own.
      const m = r.reference.instruments.find((x) => pr.span.start >= x.span.start && pr.span.end <= x.span.end) ?? (r.reference.instruments.length === 1 ? r.reference.instruments[0] : undefined);
      let g: CitedGroup | undefined;
      if (pr.code === 'unknown-instrument' && m) {
        g = group(`unknown:${m.kind} ${m.symbol}`, () => ({ label: `${capitalize(m.kind)} ${m.symbol}`, detail: 'not among the indexed documents; not checked', unknown: true }), { start: m.span.end - m.symbol.length, end: m.span.end });
      } else if (m) {
        const inst = index.instrument(m.kind, m.symbol) ?? index.instrumentsWithSymbol(m.symbol)[0];
        g = inst ? groups.get(inst.id) ?? group(inst.id, () => ({ label: `${capitalize(inst.kind)} ${inst.symbol}`, detail: inst.title, unknown: false }), m.span) : undefined;
      }
      g ??= [...touched][0];
      if (!g) continue;
      touched.add(g);
      g.findings.push({ severity: pr.severity, code: pr.code, message: pr.message, span: pr.span });
    }
    for (const g of touched) g.count++;
  }
  // By where each is first named (its end: a shared kind word starts "resolutions 5/1 and 9/3" for both).
  return [...groups.values()].sort((a, b) => a.first.end - b.first.end);
}

/** The draft's authorities as a Markdown table, in the order they are first cited. */
export function tableOfAuthorities(groups: CitedGroup[]): string {
  const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const rows = groups.map((g) => {
    const parts = g.parts.filter((p) => !/^(resolution|decision) \d+\/\d+$/.test(p.citation)).map((p) => p.citation.replace(/^(resolution|decision) \d+\/\d+, /, ''));
    return `| ${cell(g.label)} | ${cell(g.detail ?? '')} | ${cell(parts.join('; ') || '—')} | ${g.count} | ${g.unknown ? 'not checked' : g.findings.length ? cell(g.findings.map((f) => f.message).join('; ')) : 'ok'} |`;
  });
  return ['| Authority | Date and title | Parts cited | Times cited | Check |', '| --- | --- | --- | ---: | --- |', ...rows].join('\n') + '\n';
}
