// The language service's agreed language (service/agreedLanguage.ts) on real dataset content:
// per-block matching across edits, as the server runs it after each keystroke.
import { strict as assert } from 'assert';
import * as path from 'path';
import { describe, it } from 'node:test';
import { analyzeText, updateAnalysis } from '../../server/src/features/analyze';
import { LineMap } from '../../server/src/features/lineMap';
import { corpusOf } from '../../server/src/features/similarity/corpus';
import { agreedLanguageOf } from '../../server/src/features/similarity/similar';
import { buildDataset } from '../../server/src/index/dataset';
import { DatasetIndex } from '../../server/src/index/datasetIndex';
import { readDatasetSources } from '../../server/src/index/loadDataset';
import { AgreedLanguageDrafts } from '../../server/src/service/agreedLanguage';

const ROOT = path.resolve(__dirname, '..', '..', '..');

describe('agreed language in the language service', () => {
  it('after a keystroke, the diagnostics match only the edited block again, and the other blocks keep theirs', () => {
    const ix = new DatasetIndex(buildDataset(readDatasetSources(ROOT)));
    const paras = corpusOf(ix).slice(40, 80).map((e, i) => `${i + 1}. ${e.part.text.replace(/ the /, ' the relevant ')}`);
    const before = paras.join('\n\n');
    const docOf = (text: string) => {
      const lines = new LineMap(text);
      return { uri: 'file:///draft.md', getText: () => text, positionAt: (o: number) => lines.position(o) };
    };
    const drafts = new AgreedLanguageDrafts(ix);
    const a = analyzeText(ix, before);
    const first = drafts.diagnostics(docOf(before), a.text, a.blocks, 1e9);
    assert.ok(first.complete);
    assert.ok(first.diagnostics.length >= 30, `${first.diagnostics.length} diagnostics`);
    agreedLanguageOf(ix).takeMatchedCount();
    // A character typed in the 20th paragraph.
    const at = before.indexOf(paras[19]) + 10;
    const after = `${before.slice(0, at)}x${before.slice(at)}`;
    const b = updateAnalysis(a, after, undefined, { start: at, endOld: at });
    const second = drafts.diagnostics(docOf(after), b.text, b.blocks);
    assert.equal(agreedLanguageOf(ix).takeMatchedCount(), 1);
    assert.equal(second.diagnostics.length, first.diagnostics.length);
    // Paragraphs after the edit keep their diagnostics on the same lines (the edit added no line).
    assert.deepEqual(second.diagnostics.slice(20).map((d) => d.range), first.diagnostics.slice(20).map((d) => d.range));
  });
});
