// Fuzzy search over every paragraph's text, citation, instrument title and topics (fuse.js).

import Fuse from 'fuse.js';
import type { DatasetIndex } from '../index/dataset';
import type { Part } from '../model/types';

export interface SearchDoc {
  id: string;
  citation: string;
  aliases: string;
  text: string;
  title: string;
  topics: string;
}

export interface SearchHit {
  part: Part;
  score: number;
}

const cache = new WeakMap<DatasetIndex, Fuse<SearchDoc>>();

function searchable(p: Part): boolean {
  return p.kind !== 'report' && p.text.length > 0;
}

export function searchDocs(index: DatasetIndex): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const p of index.data.parts.values()) {
    if (!searchable(p)) continue;
    const inst = index.data.context.get(p.id)?.instrument;
    docs.push({
      id: p.id,
      citation: p.citation,
      aliases: (p.aliases ?? []).join(' '),
      text: p.text,
      title: inst ? inst.title : '',
      topics: (index.data.topicsByPart.get(p.id) ?? []).map((t) => t.topic.name).join(' · '),
    });
  }
  return docs;
}

function fuseOf(index: DatasetIndex): Fuse<SearchDoc> {
  let f = cache.get(index);
  if (!f) {
    f = new Fuse(searchDocs(index), {
      keys: [
        { name: 'text', weight: 0.45 },
        { name: 'topics', weight: 0.25 },
        { name: 'citation', weight: 0.15 },
        { name: 'aliases', weight: 0.05 },
        { name: 'title', weight: 0.1 },
      ],
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.35,
      minMatchCharLength: 2,
      useExtendedSearch: false,
    });
    cache.set(index, f);
  }
  return f;
}

/** Parts matching a free-text query, best first. Multi-word queries must match every word. */
/** Recent answers, per index: typing "@elec…" asks for the same query several times. */
const recentByIndex = new WeakMap<DatasetIndex, Map<string, SearchHit[]>>();

export function searchParts(index: DatasetIndex, query: string, limit = 50): SearchHit[] {
  const q = query.trim().slice(0, 60);
  if (q.length < 2) return [];
  const key = `${limit}|${q}`;
  let recent = recentByIndex.get(index);
  if (!recent) {
    recent = new Map();
    recentByIndex.set(index, recent);
  }
  const hit = recent.get(key);
  if (hit) return hit;
  const fuse = fuseOf(index);
  // At most five words, each at most 20 characters: fuzzy matching cost grows with pattern length.
  const words = q.split(/\s+/).filter((w) => w.length > 1).slice(0, 5).map((w) => w.slice(0, 20));
  // Each word fuzzily, all words required: "electronic evidence" finds the paragraphs on it.
  const results =
    words.length > 1
      ? fuse.search({ $and: words.map((w) => ({ $or: (['text', 'topics', 'citation', 'title'] as const).map((k): Record<string, string> => ({ [k]: w })) })) }, { limit })
      : fuse.search(words[0] ?? q.slice(0, 20), { limit });
  const out = results.map((r) => ({ part: index.part(r.item.id)!, score: r.score ?? 1 }));
  if (recent.size > 200) recent.clear();
  recent.set(key, out);
  return out;
}
