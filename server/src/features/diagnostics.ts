// Diagnostics from the resolver's verdicts, with the severity of "unknown" set by the user.

import type { Span } from '../grammar/reference';
import type { Problem, Resolution, Severity } from '../resolver/resolve';
import type { Analysis } from './analyze';

export type UnknownSeverity = Severity | 'hint' | 'off';

export interface DiagnosticSettings {
  unknownSeverity: UnknownSeverity;
}

export interface DraftDiagnostic {
  span: Span;
  severity: Severity | 'hint';
  code: string;
  message: string;
}

/** Where each diagnostic code is explained (the README's table), linked from every diagnostic. */
export const CODES_HREF = 'https://github.com/resolution-references/resolution-references#diagnostic-codes';

const UNKNOWN_CODES = new Set(['unknown-instrument', 'unknown-meeting', 'unknown-report', 'unknown-document', 'unknown-session', 'unknown-body', 'unmapped-report-paragraph']);

function toDiagnostic(p: Problem, settings: DiagnosticSettings, delta: number): DraftDiagnostic | undefined {
  let severity: DraftDiagnostic['severity'] = p.severity;
  if (UNKNOWN_CODES.has(p.code)) {
    if (settings.unknownSeverity === 'off') return undefined;
    severity = settings.unknownSeverity;
  }
  return { span: { start: p.span.start + delta, end: p.span.end + delta }, severity, code: p.code, message: p.message };
}

export function diagnosticsOf(analysis: Analysis, settings: DiagnosticSettings = { unknownSeverity: 'information' }): DraftDiagnostic[] {
  const out: DraftDiagnostic[] = [];
  for (const b of analysis.blocks) for (const d of blockDiagnostics(b.local, settings, b.start)) out.push(d);
  return out;
}

/**
 * The diagnostics of one block's resolutions, offset by `delta` (0: relative to the block).
 * The language server caches them per block, so an edit re-converts only the blocks it touched.
 */
export function blockDiagnostics(local: readonly Resolution[], settings: DiagnosticSettings, delta = 0): DraftDiagnostic[] {
  const out: DraftDiagnostic[] = [];
  for (const r of local) {
    for (const p of r.problems) {
      const d = toDiagnostic(p, settings, delta);
      if (d) out.push(d);
    }
  }
  return out;
}
