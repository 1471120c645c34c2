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
import { LspDiagnosticsCache } from '../../server/src/service/lspDiagnostics';
import { rng } from '../rng';

const ROOT = path.resolve(__dirname, '..', '..', '..');

describe('agreed language in the language service', () => {
  it('after a keystroke, the diagnostics match only the edited block again, and the other blocks keep theirs', () => {
    const ix = new DatasetIndex(buildDataset(readDatasetSources(ROOT)));
    const paras = corpusOf(ix).slice(40, 80).map((e, i) => `${i + 1}. ${e.part.text.replace(/ the /, ' the relevant ')}`);
    const before = paras.join('\n\n');
    const docOf = (text: string) => {
      const lines = new LineMap(text);
      return { uri: 'file:///draft.md', getText: () => text, positionAt: (o: number) => lines.position(o), lineCount: lines.lineCount };
    };
    const drafts = new AgreedLanguageDrafts(ix);
    const a = analyzeText(ix, before);
    const first = drafts.diagnostics(docOf(before), a, 1e9);
    assert.ok(first.complete);
    assert.ok(first.diagnostics.length >= 30, `${first.diagnostics.length} diagnostics`);
    agreedLanguageOf(ix).takeMatchedCount();
    // A character typed in the 20th paragraph.
    const at = before.indexOf(paras[19]) + 10;
    const after = `${before.slice(0, at)}x${before.slice(at)}`;
    const b = updateAnalysis(a, after, undefined, { start: at, endOld: at });
    const second = drafts.diagnostics(docOf(after), b);
    assert.equal(agreedLanguageOf(ix).takeMatchedCount(), 1);
    assert.equal(second.diagnostics.length, first.diagnostics.length);
    // Paragraphs after the edit keep their diagnostics on the same lines (the edit added no line).
    assert.deepEqual(second.diagnostics.slice(20).map((d) => d.range), first.diagnostics.slice(20).map((d) => d.range));
  });

  it('a keystroke in a draft whose blocks are not all matched yet matches the edited block only, and leaves the rest to later slices', () => {
    const ix = new DatasetIndex(buildDataset(readDatasetSources(ROOT)));
    const paras = corpusOf(ix).slice(100, 140).map((e, i) => `${i + 1}. ${e.part.text.replace(/ the /, ' the relevant ')}`);
    const before = paras.join('\n\n');
    const docOf = (text: string) => {
      const lines = new LineMap(text);
      return { uri: 'file:///opened.md', getText: () => text, positionAt: (o: number) => lines.position(o), lineCount: lines.lineCount };
    };
    const drafts = new AgreedLanguageDrafts(ix);
    const a = analyzeText(ix, before);
    // Just opened: the budget spent before the last blocks were matched (as in a 1 MB draft).
    const opened = drafts.diagnostics(docOf(before), a, -1);
    assert.equal(opened.complete, false);
    agreedLanguageOf(ix).takeMatchedCount();
    // A character typed in the 30th paragraph, which was not matched yet.
    const at = before.indexOf(paras[29]) + 10;
    const after = `${before.slice(0, at)}x${before.slice(at)}`;
    const b = updateAnalysis(a, after, undefined, { start: at, endOld: at });
    const typed = drafts.diagnostics(docOf(after), b, 20, true);
    assert.equal(agreedLanguageOf(ix).takeMatchedCount(), 1, 'the edited paragraph alone was matched');
    assert.equal(typed.complete, false);
    const line = new LineMap(after).position(at).line;
    assert.ok(typed.diagnostics.some((d) => d.range.start.line === line), 'the edited paragraph has its diagnostic');
    // Two keystrokes, the first never published (it gave way to the second): both edited paragraphs are matched.
    const at2 = after.indexOf(paras[33]) + 10;
    const after2 = `${after.slice(0, at2)}y${after.slice(at2)}`;
    const c = updateAnalysis(b, after2, undefined, { start: at2, endOld: at2 });
    const at3 = after2.indexOf(paras[35]) + 10;
    const after3 = `${after2.slice(0, at3)}z${after2.slice(at3)}`;
    const d = updateAnalysis(c, after3, undefined, { start: at3, endOld: at3 });
    agreedLanguageOf(ix).takeMatchedCount();
    const twice = drafts.diagnostics(docOf(after3), d, 1e9, true);
    assert.ok(agreedLanguageOf(ix).takeMatchedCount() >= 2, 'both edited paragraphs matched');
    const lines3 = new LineMap(after3);
    for (const o of [at2, at3]) assert.ok(twice.diagnostics.some((x) => x.range.start.line === lines3.position(o).line), `the paragraph edited at ${o} has its diagnostic`);
    // A paste touches many paragraphs: they are matched within the budget (spent here), not whole inside the edit's diagnostics.
    const pasted = `${after3}\n\n${paras.slice(0, 12).map((x) => x.replace(/ the /, ' the pasted ')).join('\n\n')}`;
    const e = updateAnalysis(d, pasted, undefined, { start: after3.length, endOld: after3.length });
    drafts.diagnostics(docOf(after3), d, 1e9);
    agreedLanguageOf(ix).takeMatchedCount();
    const paste = drafts.diagnostics(docOf(pasted), e, -1, true);
    assert.equal(agreedLanguageOf(ix).takeMatchedCount(), 0, 'no pasted paragraph matched past the budget');
    assert.equal(paste.complete, false);
    // The slices after it match the rest: the same diagnostics as a draft matched at once.
    const done = drafts.diagnostics(docOf(after), b, 1e9);
    assert.ok(done.complete);
    const fresh = new AgreedLanguageDrafts(ix).diagnostics(docOf(after), analyzeText(ix, after), 1e9);
    assert.deepEqual(done.diagnostics, fresh.diagnostics);
    assert.ok(done.diagnostics.length >= 30, `${done.diagnostics.length} diagnostics`);
  });

  it('diagnostics kept across edits are those a fresh conversion gives, for edits that add, remove, split and join lines', () => {
    const ix = new DatasetIndex(buildDataset(readDatasetSources(ROOT)));
    // Paragraphs that change agreed language, and references with problems (both kinds are kept per block).
    const paras = corpusOf(ix)
      .slice(100, 140)
      .map((e, i) => `${i + 1}. ${e.part.text.replace(/ the /, ' the relevant ')}${i % 3 === 0 ? ' See resolution 8/1, annex III, and paragraph 99 of resolution 9/3.' : ''}`);
    let text = paras.join('\n\n');
    const docOf = (t: string) => {
      const lines = new LineMap(t);
      return { uri: 'file:///draft.md', getText: () => t, positionAt: (o: number) => lines.position(o), lineCount: lines.lineCount };
    };
    const agreed = new AgreedLanguageDrafts(ix);
    const refs = new LspDiagnosticsCache();
    let analysis = analyzeText(ix, text);
    agreed.diagnostics(docOf(text), analysis, 1e9);
    refs.diagnostics(docOf(text), analysis, 'warning');
    const r = rng(11);
    const edits = ['x', '\n', '\n\n', '', ' and', '\r\n'];
    for (let step = 0; step < 60; step++) {
      const at = Math.floor(r() * text.length);
      const removed = step % 4 === 3 ? Math.min(text.length - at, 1 + Math.floor(r() * 5)) : 0;
      const insert = edits[Math.floor(r() * edits.length)];
      text = `${text.slice(0, at)}${insert}${text.slice(at + removed)}`;
      analysis = updateAnalysis(analysis, text, undefined, { start: at, endOld: at + removed });
      const doc = docOf(text);
      const kept = agreed.diagnostics(doc, analysis, 1e9);
      const fresh = new AgreedLanguageDrafts(ix).diagnostics(doc, analyzeText(ix, text), 1e9);
      assert.ok(kept.complete);
      assert.deepEqual(kept.diagnostics, fresh.diagnostics, `agreed language after edit ${step} (${JSON.stringify(insert)} at ${at}, ${removed} removed)`);
      assert.deepEqual(refs.diagnostics(doc, analysis, 'warning'), new LspDiagnosticsCache().diagnostics(doc, analyzeText(ix, text), 'warning'), `references after edit ${step}`);
    }
  });
});
