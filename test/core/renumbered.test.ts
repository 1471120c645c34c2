// Documents in the shape of the sources but with other numbers (the benchmark's corpus, or a
// later session's compendium) index exactly like the shipped ones: instruments numbered up to
// four digits, their annexes, meetings and thematic-index entries, with the same audit.
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { showReference } from '../../server/src/cli/main';
import { buildDataset, DatasetIndex } from '../../server/src/index/dataset';
import { readDatasetSources } from '../../server/src/index/loadDataset';
import { renumberedCorpus } from '../bench/corpus';
import { ROOT } from './helpers';

describe('renumbered copies of the sources', () => {
  const shipped = readDatasetSources(ROOT);
  const copies = renumberedCorpus(shipped, 100).filter((f) => /^copy-(001|100)-/.test(f.file));
  const data = buildDataset([...shipped, ...copies.map((c) => ({ ...c, origin: 'user' as const }))]);
  const index = new DatasetIndex(data);
  const shippedData = buildDataset(shipped);

  it('resolve references to three- and four-digit instrument numbers', () => {
    for (const ref of ['resolution 8/1001, annex II, 1 (c)', 'resolution 7/1003, annex I, 26', 'decision 3/1002, paragraph (q)']) {
      assert.equal(showReference(index, ref).status, 'ok', ref);
    }
  });

  it('give each copy the thematic-index problems of the original, and no more', () => {
    const count = (d: typeof data): number => d.audit.filter((a) => a.code === 'index-locator').length;
    assert.equal(count(data), 3 * count(shippedData));
    const entries = (d: typeof data): number => d.topics.reduce((n, t) => n + t.entries.filter((e) => e.targets.length > 0).length, 0);
    assert.equal(entries(data), 3 * entries(shippedData));
  });
});
