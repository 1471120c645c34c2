// SARIF 2.1.0 output for code-scanning tools.

import type { DraftDiagnostic } from '../features/diagnostics';

export interface CheckProblem {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** As the language server publishes it: "unknown" verdicts take the configured severity. */
  severity: DraftDiagnostic['severity'];
  code: string;
  message: string;
}

const LEVEL: Record<CheckProblem['severity'], 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function toSarif(problems: CheckProblem[]): object {
  const codes = [...new Set(problems.map((p) => p.code))].sort();
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'resref',
            informationUri: 'https://github.com/resolution-references/resolution-references',
            rules: codes.map((c) => ({ id: c, shortDescription: { text: c.replace(/-/g, ' ') } })),
          },
        },
        results: problems.map((p) => ({
          ruleId: p.code,
          level: LEVEL[p.severity],
          message: { text: p.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: fileUriReference(p.file) },
                region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn },
              },
            },
          ],
        })),
      },
    ],
  };
}

/** A relative path as a URI reference (SARIF's artifactLocation.uri): segments percent-encoded. */
function fileUriReference(file: string): string {
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}
