// The custom requests the server answers for the views (types shared with the core).
export type { DocumentsTree, PartNode, TopicEntryNode, TopicIndexNode, TopicNode } from '../../server/src/features/views';

export const Requests = {
  topics: 'resolutionReferences/topics',
  documents: 'resolutionReferences/documents',
  citations: 'resolutionReferences/citations',
  part: 'resolutionReferences/part',
  stats: 'resolutionReferences/stats',
  checkWorkspace: 'resolutionReferences/checkWorkspace',
  sourceName: 'resolutionReferences/sourceName',
  cite: 'resolutionReferences/cite',
  citedIn: 'resolutionReferences/citedIn',
} as const;

export const Notifications = {
  indexChanged: 'resolutionReferences/indexChanged',
  trust: 'resolutionReferences/trust',
} as const;

export type { CitationEntry as Citation } from '../../server/src/features/views';
export type { CitedInDraft } from '../../server/src/service/service';

export interface Stats {
  instruments: number;
  meetings: number;
  addressableParts: number;
  topics: number;
  indexEntries: number;
  sources: number;
  indexMs: number;
  loadErrors: string[];
}
