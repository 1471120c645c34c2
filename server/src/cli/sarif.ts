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

/** How the run went: whether every file given was read, and what was not (SARIF's invocation). */
export interface CheckRun {
  executionSuccessful: boolean;
  /** What could not be read or was passed over, each with its file when it has one. */
  notifications: { level: 'error' | 'warning' | 'note'; message: string; file?: string }[];
}

export function toSarif(problems: CheckProblem[], run?: CheckRun): object {
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
        // A scan that could not read a file is not a clean scan: the invocation says so, so a
        // code-scanning upload never shows it as one.
        ...(run && {
          invocations: [
            {
              executionSuccessful: run.executionSuccessful,
              toolExecutionNotifications: run.notifications.map((n) => ({
                level: n.level,
                message: { text: n.message },
                ...(n.file !== undefined && { locations: [{ physicalLocation: { artifactLocation: { uri: fileUriReference(n.file) } } }] }),
              })),
            },
          ],
        }),
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
