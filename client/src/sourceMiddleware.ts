// Language-client middleware that sends definition, hover links and document links of shipped
// sources to their read-only views instead of the editable files in the extension's folder.

import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import type { SourceViewer } from './sourceView';

export function sourceMiddleware(viewer: SourceViewer): Middleware {
  return {
    provideDefinition: async (document, position, token, next) => viewer.mapLocations(await next(document, position, token)),
    provideHover: async (document, position, token, next) => {
      const hover = await next(document, position, token);
      if (!hover) return hover;
      const contents = hover.contents.map((c) => {
        const value = typeof c === 'string' ? c : 'value' in c ? c.value : '';
        const md = new vscode.MarkdownString(viewer.rewriteMarkdown(value));
        md.isTrusted = { enabledCommands: ['resolutionReferences.openSource'] };
        return md;
      });
      return new vscode.Hover(contents, hover.range);
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
