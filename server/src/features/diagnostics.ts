// Diagnostics from the resolver's verdicts, with the severity of "unknown" set by the user.

import type { Span } from '../grammar/reference';
import type { Severity } from '../resolver/resolve';
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

const UNKNOWN_CODES = new Set(['unknown-instrument', 'unknown-meeting', 'unknown-report', 'unmapped-report-paragraph']);

export function diagnosticsOf(analysis: Analysis, settings: DiagnosticSettings = { unknownSeverity: 'information' }): DraftDiagnostic[] {
  const out: DraftDiagnostic[] = [];
  {
    for (const p of analysis.problems()) {
      let severity: DraftDiagnostic['severity'] = p.severity;
      if (UNKNOWN_CODES.has(p.code)) {
        if (settings.unknownSeverity === 'off') continue;
        severity = settings.unknownSeverity;
      }
      out.push({ span: p.span, severity, code: p.code, message: p.message });
    }
  }
  return out;
}
