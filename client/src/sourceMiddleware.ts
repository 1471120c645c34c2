// Language-client middleware that sends definition, hover links and document links of shipped
// sources to their read-only views instead of the editable files in the extension's folder.

import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import type { SourceViewer } from './sourceView';

/**
 * VS Code shows a diagnostic's message in the same hover: the server's copy of the findings
 * ("**Error:** …") is dropped so it is not said twice; what only the hover says (the list of
 * instruments the documents cover, under an unknown instrument) stays.
 */
export function withoutFindings(markdown: string): string {
  const kept = markdown.split(/(\n\n---\n\n|\n\n)/);
  const out: string[] = [];
  for (let i = 0; i < kept.length; i += 2) {
    const block = kept[i];
    const m = /^\*\*(?:Error|Warning|Note):\*\* [^\n]*(?: {2}\n([\s\S]*))?$/.exec(block);
    if (!m) {
      out.push(block, kept[i + 1] ?? '');
      continue;
    }
    if (m[1]) out.push(m[1], kept[i + 1] ?? '');
  }
  return out.join('').replace(/^(?:\n\n---\n\n|\n\n)+|(?:\n\n---\n\n|\n\n)+$/g, '');
}

export function sourceMiddleware(viewer: SourceViewer): Middleware {
  return {
    provideDefinition: async (document, position, token, next) => viewer.mapLocations(await next(document, position, token)),
    provideHover: async (document, position, token, next) => {
      const hover = await next(document, position, token);
      if (!hover) return hover;
      const contents = hover.contents
        .map((c) => withoutFindings(typeof c === 'string' ? c : 'value' in c ? c.value : ''))
        .filter((v) => v.trim() !== '')
        .map((value) => {
          const md = new vscode.MarkdownString(viewer.rewriteMarkdown(value));
          md.isTrusted = { enabledCommands: ['resolutionReferences.openSource'] };
          return md;
        });
      return contents.length ? new vscode.Hover(contents, hover.range) : undefined;
    },
    provideDocumentLinks: async (document, token, next) => {
      const links = await next(document, token);
      if (!links) return links;
      return links.map((l) => {
        const file = l.target ? viewer.shippedFile(l.target.with({ fragment: '' })) : undefined;
        const line = l.target ? Number(/^L(\d+)/.exec(l.target.fragment)?.[1] ?? '1') : 1;
        if (!file) return l;
        const link = new vscode.DocumentLink(l.range, viewer.commandLink(file, line));
        link.tooltip = l.tooltip;
        return link;
      });
    },
  };
}
