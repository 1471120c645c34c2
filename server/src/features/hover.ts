// Hover: exactly the cited part under the cursor, as Markdown.

import type { Span } from '../grammar/reference';
import type { DatasetIndex } from '../index/datasetIndex';
import type { Analysis } from './analyze';
import { capitalize, instrumentMarkdown, partMarkdown, type DescribeOptions } from './describe';
import { locate } from './locate';

export interface HoverResult {
  markdown: string;
  span: Span;
}

const MAX_TARGETS = 6;

export function hoverAt(index: DatasetIndex, analysis: Analysis, offset: number, opts: DescribeOptions = {}): HoverResult | undefined {
  const hit = locate(analysis, offset);
  if (!hit) return undefined;
  const { resolution } = hit;
  const problems = resolution.problems.map((p) => `*${p.severity}* \`${p.code}\`: ${p.message}`);
  const attr = resolution.reference.attribution;
  if (resolution.status === 'external' && attr) {
    // Another body's instrument: say whose, and why, so a wrong attribution is visible.
    const whose = attr.body === 'another body' ? 'not an instrument of the Conference of the Parties' : `an instrument of the ${attr.body}, not of the Conference of the Parties`;
    return { markdown: `**${capitalize(whose)}**, so it is not checked against the COP documents: ${attr.reason}.`, span: resolution.reference.span };
  }
  if (hit.mention) {
    const inst = index.instrument(hit.mention.kind, hit.mention.symbol) ?? index.instrumentsWithSymbol(hit.mention.symbol)[0];
    const body = inst ? instrumentMarkdown(index, inst, opts) : '';
    const md = [...problems, body].filter(Boolean).join('\n\n');
    return md ? { markdown: md, span: hit.mention.span } : undefined;
  }
  const shown = hit.targets.slice(0, MAX_TARGETS).map((t) => partMarkdown(index, index.part(t.id)!, opts));
  if (hit.targets.length > MAX_TARGETS) shown.push(`… and ${hit.targets.length - MAX_TARGETS} more: ${hit.targets.slice(MAX_TARGETS).map((t) => t.citation).join('; ')}`);
  if (resolution.status === 'external' && shown.length === 0) return undefined;
  const md = [...problems, ...shown].join('\n\n---\n\n');
  if (!md) return undefined;
  const span = hit.targets.length === 1 ? hit.targets[0].span : resolution.reference.span;
  return { markdown: md, span };
}
