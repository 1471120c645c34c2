// Prints how the agreed-language threshold trades the two targets on the generated test set:
// for each threshold, the share of edited paragraphs whose source comes first and the share of
// unrelated paragraphs that find nothing. `node out/test/similarity/calibrate.js`
import * as path from 'path';
import { similarityIndexOf, THRESHOLD, MIN_SHARED_WEIGHT } from '../../server/src/features/similarity/similarityIndex';
import { loadShippedIndex } from '../../server/src/index/loadDataset';
import { buildTestSet } from './testSet';

const index = loadShippedIndex(path.resolve(__dirname, '..', '..', '..'));
const sim = similarityIndexOf(index);
const set = buildTestSet(index);
const minShared = Number(process.argv[2] ?? MIN_SHARED_WEIGHT);
const edited = set.edited.map((c) => {
  const best = sim.match(c.text, { threshold: 0, limit: 1, noDiff: true, minShared })[0];
  const right = best !== undefined && best.part.id === c.source.part.id;
  return { kind: c.kind, score: right ? best.score : -1, wrongScore: right ? 0 : best?.score ?? 0 };
});
const unrelated = set.unrelated.map((c) => sim.match(c.text, { threshold: 0, limit: 1, noDiff: true, minShared })[0]?.score ?? 0);
console.log(`min shared weight ${minShared}; current threshold ${THRESHOLD}`);
for (let t = 0.3; t <= 0.701; t += 0.025) {
  const found = edited.filter((e) => e.score >= t).length / edited.length;
  const quiet = unrelated.filter((s) => s < t).length / unrelated.length;
  console.log(`threshold ${t.toFixed(3)}  source first ${(found * 100).toFixed(1)} %  unrelated find nothing ${(quiet * 100).toFixed(1)} %`);
}
const wrong = edited.filter((e) => e.score < 0);
console.log(`edited paragraphs whose best match is another paragraph (at any score): ${wrong.length}`);
const sorted = [...unrelated].sort((a, b) => b - a);
console.log(`highest unrelated scores: ${sorted.slice(0, 8).map((s) => s.toFixed(3)).join(' ')}`);
const lowest = edited.filter((e) => e.score >= 0).sort((a, b) => a.score - b.score).slice(0, 8);
console.log(`lowest right scores: ${lowest.map((e) => `${e.score.toFixed(3)} (${e.kind})`).join(' ')}`);
