/**
 * Alignment benchmark: sentence-link F1 and time on FLORES-200 devtest (each document joined
 * into one paragraph per language and re-split), diglot's aligner (length + anchors) side by
 * side with a length-only Gale–Church baseline on the same inputs; then the time of
 * `alignDocuments` on real documents, banded (the default) and with the full DP table.
 *
 * Run: npx tsx scripts/bench-align.ts [--runs 5]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { alignDocuments } from '../src/align/align-documents.js';
import { alignSentences } from '../src/align/align-sentences.js';
import type { AlignOptions } from '../src/align/types.js';
import { segmentMarkdown } from '../src/segment/segment-markdown.js';
import type { SegmentedDocument } from '../src/segment/types.js';
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

console.log(
  `FLORES-200 devtest: ${docs.length} documents, ${docs.reduce((n, d) => n + d.en.length, 0)} sentence pairs; sentences re-split with ${split ? 'splitSentences' : 'the gold segmentation'}\n`,
);
console.log(`| setting | diglot F1 | diglot ms | Gale–Church F1 | Gale–Church ms |`);
console.log(`|---|---:|---:|---:|---:|`);
for (const s of settings) {
  const cases = docs.map((d, k) => floresCase(d, k, s.perturbation, split, s.every));
  run(cases, false);
  const ours = run(cases, false);
  const baseline = run(cases, true);
  console.log(`| ${s.name} | ${ours.f1.toFixed(4)} | ${ours.ms.toFixed(0)} | ${baseline.f1.toFixed(4)} | ${baseline.ms.toFixed(0)} |`);
}

const runsAt = process.argv.indexOf('--runs');
const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 5;
const root = fileURLToPath(new URL('../', import.meta.url));
const guide = `${root}../shared/corpora/md-opensource-guide/`;
const segment = (source: string, file: string, lang: string): SegmentedDocument => segmentMarkdown(source, { file, lang });
const pair = (name: string, en: string, ru: string): { name: string; en: SegmentedDocument; ru: SegmentedDocument } => ({
  name,
  en: segment(readFileSync(en, 'utf8'), en, 'en'),
  ru: segment(readFileSync(ru, 'utf8'), ru, 'ru'),
});
const guideFiles = readdirSync(`${guide}en`)
  .filter((f) => f.endsWith('.md'))
  .sort();
const joined = (lang: string): string => guideFiles.map((f) => readFileSync(`${guide}${lang}/${f}`, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')).join('\n\n');
const documents = [
  pair('article `us-ussr-recognition-1933.md`', `${root}content/en/us-ussr-recognition-1933.md`, `${root}content/ru/us-ussr-recognition-1933.md`),
  pair('largest corpus pair, md-opensource-guide `how-to-contribute.md`', `${guide}en/how-to-contribute.md`, `${guide}ru/how-to-contribute.md`),
  {
    name: `all ${guideFiles.length} md-opensource-guide files in one (front matter cut)`,
    en: segment(joined('en'), 'guide-en.md', 'en'),
    ru: segment(joined('ru'), 'guide-ru.md', 'ru'),
  },
];

/** Median wall and CPU milliseconds of `runs` calls, after one warm-up call. */
function time(f: () => unknown): { wall: number; cpu: number; result: unknown } {
  const result = f();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < runs; k++) {
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    f();
    wall.push(performance.now() - started);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  return { wall: median(wall), cpu: median(cpu), result };
}

console.log(`\nalignDocuments, median of ${runs} (wall ms / CPU ms; CPU includes the collector's threads):\n`);
console.log('| document | units en × ru | banded | full table | same beads |');
console.log('|---|---|---:|---:|---|');
for (const doc of documents) {
  const run = (options: AlignOptions) => () => {
    const r = alignDocuments(doc.en, doc.ru, options);
    return JSON.stringify({ blocks: r.blocks, sentences: r.sentences, messages: r.messages.map(String) });
  };
  const banded = time(run({}));
  const full = time(run({ band: false }));
  const ms = (t: { wall: number; cpu: number }): string => `${t.wall.toFixed(0)} / ${t.cpu.toFixed(0)}`;
  console.log(
    `| ${doc.name} | ${doc.en.units.length} × ${doc.ru.units.length} | ${ms(banded)} | ${ms(full)} | ${banded.result === full.result ? 'yes' : 'NO'} |`,
  );
}
