// Fuzzy search over every paragraph's text, citation, instrument title and topics (fuse.js).

import Fuse from 'fuse.js';
import type { DatasetIndex } from '../index/datasetIndex';
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

interface Searcher {
  fuse: Fuse<SearchDoc>;
  /** Over the short fields only (citation, topics, title): for queries that narrow nothing. */
  shortFuse: Fuse<SearchDoc>;
  docs: SearchDoc[];
  /** Three-letter word prefixes → documents with such a word: narrows what fuse.js must scan. */
  prefixes: Map<string, Set<number>>;
}

const cache = new WeakMap<DatasetIndex, Searcher>();

const FUSE_OPTIONS = {
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
};

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

function searcherOf(index: DatasetIndex): Searcher {
  let f = cache.get(index);
  if (!f) {
    const docs = searchDocs(index);
    const prefixes = new Map<string, Set<number>>();
    docs.forEach((d, i) => {
      for (const w of `${d.text} ${d.title} ${d.topics} ${d.citation}`.toLowerCase().split(/[^a-z0-9]+/)) {
        if (w.length < 3) continue;
        const key = w.slice(0, 3);
        let set = prefixes.get(key);
        if (!set) prefixes.set(key, (set = new Set()));
        set.add(i);
      }
    });
    const shortKeys = FUSE_OPTIONS.keys.filter((k) => k.name !== 'text');
    f = { fuse: new Fuse(docs, FUSE_OPTIONS), shortFuse: new Fuse(docs, { ...FUSE_OPTIONS, keys: shortKeys }), docs, prefixes };
    cache.set(index, f);
  }
  return f;
}

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
  const searcher = searcherOf(index);
  // At most five words, each at most 20 characters: fuzzy matching cost grows with pattern length.
  const words = q.split(/\s+/).filter((w) => w.length > 1).slice(0, 5).map((w) => w.slice(0, 20));
  // Only documents having, for every word of three letters or more, a word that starts like it.
  let candidates: Set<number> | undefined;
  for (const w of words) {
    const prefix = w.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 3);
    if (prefix.length < 3) continue;
    const set = searcher.prefixes.get(prefix) ?? new Set<number>();
    // A prefix most documents share ("par" of "paragraph") narrows nothing: skip it.
    if (set.size > searcher.docs.length / 2) continue;
    candidates = candidates ? new Set([...candidates].filter((i) => set.has(i))) : set;
  }
  if (candidates && candidates.size === 0) {
    recent.set(key, []);
    return [];
  }
  const narrowed = candidates !== undefined && candidates.size < searcher.docs.length / 2;
  // Paragraph texts are long: fuzzy-scan them only for the few documents the prefixes leave.
  const fuse = narrowed ? new Fuse([...candidates!].map((i) => searcher.docs[i]), FUSE_OPTIONS) : searcher.shortFuse;
  // Each word fuzzily, all words required: "electronic evidence" finds the paragraphs on it.
  // Over the whole collection, a multi-word fuzzy query is costly: search its longest word only.
  const longest = [...words].sort((a, b) => b.length - a.length)[0] ?? q.slice(0, 20);
  const results =
    words.length > 1 && narrowed
      ? fuse.search({ $and: words.map((w) => ({ $or: (['text', 'topics', 'citation', 'title'] as const).map((k): Record<string, string> => ({ [k]: w })) })) }, { limit })
      : fuse.search(words.length > 1 ? longest : words[0] ?? q.slice(0, 20), { limit });
  const out = results.map((r) => ({ part: index.part(r.item.id)!, score: r.score ?? 1 }));
  if (recent.size > 200) recent.clear();
  recent.set(key, out);
  return out;
}
