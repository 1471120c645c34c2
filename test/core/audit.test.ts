// No silent repair (issue 12, item 4): where the readers read the sources other than as printed,
// `resref audit` says so, with the line, the text as printed and how it was read.
import { strict as assert } from 'assert';
import { describe, it } from 'node:test';
import { doc, index } from './helpers';

describe('repairs of the sources are audited', () => {
  const idx = index();
  const repairs = [...idx.data.notes, ...idx.data.audit]
    .filter((n) => n.code === 'index-repair' || n.code === 'ocr-label')
    .map((n) => `${doc(n.source.file)}:${n.source.line} ${n.code}: ${n.message}`)
    .sort();

  it('lists every repair the readers make of the shipped sources', () => {
    assert.deepEqual(repairs, [
      'IC:1087 index-repair: International Criminal Police Organization (INTERPOL): the locator prints “IV.I”; read as IV.l',
      'IC:1087 index-repair: International Criminal Police Organization (INTERPOL): the paragraph column prints “(I)”; read as (l)',
      'IC:1102 index-repair: Law enforcement authorities, training: the locator prints “IV.I”; read as IV.l',
      'IC:1102 index-repair: Law enforcement authorities, training: the paragraph column prints “(I)”; read as (l)',
      'IC:241 ocr-label: prints (b) where the sequence requires (h); read as (h)',
      'IC:766 ocr-label: prints (b) where the sequence requires (h); read as (h); data/sources/resolution-8-1.md:147 prints (h)',
      'TA:700 index-repair: Data collection: the topic “Data collection” is printed in the document-symbol column; read as a topic',
      'TA:724 index-repair: Focal point for the purposes of article 32 of the Organized Crime Convention: document symbol “CTOC/COP/WG.2.2016/5” is printed with a dot for a slash; read as “CTOC/COP/WG.2/2016/5”',
    ]);
  });

  it('marks the repaired entries in the Topics view data', () => {
    const entries = idx.data.topics.flatMap((t) => t.entries).filter((e) => e.repairs.length > 0);
    assert.equal(entries.length, 3);
    for (const e of entries) assert.ok(e.repairs.every((r) => /printed|prints/.test(r)));
  });
});
