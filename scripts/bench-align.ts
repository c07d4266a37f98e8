/**
 * Alignment benchmark: sentence-link F1 and time on FLORES-200 devtest (each document joined
 * into one paragraph per language and re-split), diglot's aligner (length + anchors) side by
 * side with a length-only Gale–Church baseline on the same inputs.
 *
 * Run: npx tsx scripts/bench-align.ts
 */
import { alignSentences } from '../src/align/align-sentences.js';
import { floresCase, linksOf, loadSplitter, readFlores, scoreLinks, type FloresCase, type Perturbation } from '../tests/align/flores.js';

const docs = readFlores();
const split = await loadSplitter();
const settings: Array<{ name: string; perturbation: Perturbation; every: number }> = [
  { name: 'clean 1–1', perturbation: 'none', every: 1 },
  { name: '2–1 merge, every 3rd doc', perturbation: 'merge', every: 3 },
  { name: '2–1 merge, every doc', perturbation: 'merge', every: 1 },
  { name: '1–0 drop, every 10th doc', perturbation: 'drop', every: 10 },
  { name: '1–0 drop, every 3rd doc', perturbation: 'drop', every: 3 },
  { name: '1–0 drop, every doc', perturbation: 'drop', every: 1 },
];

function run(cases: readonly FloresCase[], classic: boolean): { f1: number; ms: number } {
  const started = performance.now();
  const scored = cases.map((c) => ({ predicted: linksOf(alignSentences(c.en, c.ru, { classic }), c), gold: c.gold }));
  const ms = performance.now() - started;
  return { f1: scoreLinks(scored).f1, ms };
}

console.log(`FLORES-200 devtest: ${docs.length} documents, ${docs.reduce((n, d) => n + d.en.length, 0)} sentence pairs; sentences re-split with ${split ? 'splitSentences' : 'the gold segmentation'}\n`);
console.log(`| setting | diglot F1 | diglot ms | Gale–Church F1 | Gale–Church ms |`);
console.log(`|---|---:|---:|---:|---:|`);
for (const s of settings) {
  const cases = docs.map((d, k) => floresCase(d, k, s.perturbation, split, s.every));
  run(cases, false);
  const ours = run(cases, false);
  const baseline = run(cases, true);
  console.log(`| ${s.name} | ${ours.f1.toFixed(4)} | ${ours.ms.toFixed(0)} | ${baseline.f1.toFixed(4)} | ${baseline.ms.toFixed(0)} |`);
}
