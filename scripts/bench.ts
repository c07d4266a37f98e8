import { execFileSync } from 'node:child_process';
/**
 * `npm run bench`: diglot against po4a and Translate Toolkit on ≥ 10 MB of real Markdown, in
 * one run, side by side (see docs/performance.md). Prints the tables and writes them into
 * README.md between `<!-- bench:start -->` and `<!-- bench:end -->`.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus, defaultSources } from './bench/build-corpus.js';
import { measureCheckBuild } from './bench/check-build.js';
import { measureDiffLock } from './bench/diff-lock.js';
import { formatRows, formatTargets, writeReadmeBlock, type Row, type Target } from './bench/format-report.js';
import { measureImportScaling } from './bench/import-scaling.js';
import { measurePathologicalMarkdown } from './bench/pathological-markdown.js';
import { measureLanguages } from './bench/languages.js';
import { makeLargeFiles } from './bench/large-input.js';
import type { Measurement } from './bench/measure.js';
import { parseArgs } from './bench/parse-args.js';
import { ensurePeers, measurePo4a, measureTranslateToolkit, potUnits } from './bench/peers.js';
import { runScript, runStage } from './bench/run-diglot.js';
import { summarize, type Summary } from './bench/stats.js';

const options = parseArgs(process.argv.slice(2));
// Measure the CLI as users run it: compiled (see scripts/bench/run-cli.mjs, run under plain node).
execFileSync(
  process.execPath,
  [fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url)), '-p', fileURLToPath(new URL('../tsconfig.build.json', import.meta.url))],
  { stdio: 'inherit' },
);
execFileSync(process.execPath, [fileURLToPath(new URL('./bundle-cli.mjs', import.meta.url))], { stdio: 'inherit' });
/** The most telling line of a failed child (e.g. V8's "heap out of memory"). */
const lastLine = (message: string): string =>
  (message.split('\n').find((l) => /out of memory|Error:/i.test(l)) ?? message.split('\n')[0] ?? '').trim().slice(0, 160);
const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const work = join(tmpdir(), 'diglot-bench');
mkdirSync(work, { recursive: true });
const log = (line: string): void => void process.stdout.write(`${line}\n`);
const started = new Date();
const load = [loadavg()[0] as number];

// `--only diff,lock,languages`: just those sections, their table printed; the README block is left alone.
if (options.only.length > 0) {
  const corpora = defaultSources(repoRoot).corpora;
  const none: { rows: Row[]; targets: Target[]; notes: string[] } = { rows: [], targets: [], notes: [] };
  const diffLock =
    options.only.includes('diff') || options.only.includes('lock')
      ? await measureDiffLock({
          repoRoot,
          corpora,
          dir: join(work, 'diff-lock'),
          runs: options.runs,
          log,
          diff: options.only.includes('diff'),
          lock: options.only.includes('lock'),
        })
      : none;
  const languages = options.only.includes('languages')
    ? await measureLanguages({ repoRoot, corpora, dir: join(work, 'languages'), runs: options.runs, log })
    : none;
  const pathological = options.only.includes('pathological') ? { ...measurePathologicalMarkdown(options.runs), notes: [] } : none;
  const only = {
    rows: [...diffLock.rows, ...languages.rows, ...pathological.rows],
    targets: [...diffLock.targets, ...languages.targets, ...pathological.targets],
    notes: [...diffLock.notes, ...languages.notes],
  };
  load.push(loadavg()[0] as number);
  const header = `\`npm run bench -- ${process.argv.slice(2).join(' ')}\`, ${((Date.now() - started.getTime()) / 60000).toFixed(0)} minutes. Measured ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}; medians of ${options.runs} runs; load average ${load.map((l) => l.toFixed(1)).join(' → ')} (the machine is shared).`;
  const notes = only.notes.map((n) => `- ${n}`).join('\n');
  log(`\n${[header, '', formatRows(only.rows), '', formatTargets(only.targets), notes ? `\n${notes}` : ''].join('\n')}\n`);
  process.exit(0);
}

const corpus = buildCorpus(defaultSources(repoRoot), options.mb * 1e6, join(tmpdir(), 'diglot-bench-corpus'));
const corpusMB = corpus.bytes / 1e6;
const kinds = ['shared', 'npm', 'debian'].map((k) => {
  const list = corpus.entries.filter((e) => e.origin.startsWith(`${k}:`));
  return `${k} ${list.length} files ${(list.reduce((n, e) => n + e.bytes, 0) / 1e6).toFixed(2)} MB`;
});
const corpusLabel = `${corpus.entries.length} files, ${corpusMB.toFixed(2)} MB`;
log(`Corpus: ${corpusLabel} (${kinds.join('; ')}) in ${corpus.dir}, manifest ${corpus.manifest}`);

const peers = ensurePeers(log);
for (const note of peers.notes) log(note);
const files = corpus.entries.map((e) => e.file);

// Main workloads, interleaved run by run so that changes in machine load hit every tool alike.
const segment: Measurement[] = [];
const workers = new Map<number, Measurement[]>(options.workers.map((n) => [n, []]));
const po4a: Measurement[] = [];
const txt2po: Measurement[] = [];
const posegment: Measurement[] = [];
const unitsFile = join(work, 'diglot-units.json');
let po4aMsgids = 0;
let tt = { units: 0, subsetUnits: 0, subsetBytes: 0, subsetFiles: 0, sentences: 0, subsetDir: '' };
for (let i = 0; i < options.runs; i++) {
  segment.push(await runStage(['segment', corpus.manifest, '1', ...(i === 0 ? [unitsFile] : [])]));
  for (const [n, list] of workers) list.push(await runStage(['segment', corpus.manifest, String(n)]));
  if (peers.po4a) {
    const r = await measurePo4a(files, join(work, 'po4a'));
    po4a.push(r.run);
    po4aMsgids = r.msgids;
  }
  if (peers.translateToolkit) {
    const r = await measureTranslateToolkit(corpus.dir, corpus.entries, options.posegmentMB * 1e6, join(work, 'tt'));
    txt2po.push(r.txt2po);
    posegment.push(r.posegment);
    tt = r;
  }
  log(
    `run ${i + 1}/${options.runs}: segment ${segment.at(-1)?.seconds.toFixed(1)} s, po4a ${po4a.at(-1)?.wall.toFixed(1) ?? '—'} s, txt2po+posegment ${txt2po.length ? ((txt2po.at(-1) as Measurement).wall + (posegment.at(-1) as Measurement).wall).toFixed(1) : '—'} s`,
  );
}
const sum = (list: Measurement[]): Summary | undefined => (list.length ? summarize(list) : undefined);
const segmentS = summarize(segment);
const po4aS = sum(po4a);
const txt2poS = sum(txt2po);
const posegmentS = sum(posegment);

// Sentence segmentation alone: diglot on the units Translate Toolkit extracted (the units posegment got) and on its own units.
const ttUnitsFile = join(work, 'tt-units.json');
let sentencesTt: Summary | undefined;
if (peers.translateToolkit) {
  writeFileSync(ttUnitsFile, JSON.stringify(potUnits(tt.subsetDir).map((text) => ({ lang: 'en', text: text.replace(/\{/g, '{{') }))));
  const list: Measurement[] = [];
  for (let i = 0; i < options.runs; i++) list.push(await runStage(['sentences', ttUnitsFile]));
  sentencesTt = summarize(list);
}
const ownSentences: Measurement[] = [];
for (let i = 0; i < options.runs; i++) ownSentences.push(await runStage(['sentences', unitsFile]));
const sentencesOwn = summarize(ownSentences);
log('Sentence segmentation measured.');

const checkBuild = await measureCheckBuild({ repoRoot, corpora: defaultSources(repoRoot).corpora, dir: join(work, 'repo'), runs: options.runs, log });
log('Check and build measured.');
// The same at the scale of a content repository (the issue's ~10 MB): the real pairs copied.
const copies = options.repoMB > 0 ? Math.max(2, Math.ceil(options.repoMB / checkBuild.mb)) : 0;
const scaled =
  copies > 0
    ? await measureCheckBuild({ repoRoot, corpora: defaultSources(repoRoot).corpora, dir: join(work, 'repo-scaled'), runs: options.repoRuns, log, copies })
    : undefined;
if (scaled) log('Check and build at repository scale measured.');
// diff and lock on a multi-document git project (scripts/bench/diff-lock.ts).
const diffLock = await measureDiffLock({ repoRoot, corpora: defaultSources(repoRoot).corpora, dir: join(work, 'diff-lock'), runs: options.runs, log });
log('Diff and lock measured.');
// check in five target languages vs one, and after an English edit (scripts/bench/languages.ts).
const languages = await measureLanguages({ repoRoot, corpora: defaultSources(repoRoot).corpora, dir: join(work, 'languages'), runs: options.runs, log });
log('Five languages measured.');

// Alignment on FLORES: scripts/bench-align.ts owns the workload and the baseline.
const alignScript = join(repoRoot, 'scripts', 'bench-align.ts');
let alignOutput: string | undefined;
let align: Measurement | undefined;
if (existsSync(alignScript)) {
  align = await runScript(alignScript, [], repoRoot);
  alignOutput = align.stdout.trim().split('\n').slice(-14).join('\n');
}

// Large input: one file per size, segmented whole (chunked parse inside).
const largeFiles = makeLargeFiles(
  corpus.entries.filter((e) => e.lang === 'en'),
  options.large,
  work,
);
const large: Array<{ mb: number; bytes: number; summary: Summary | undefined; failure?: string }> = [];
for (const { mb, file, bytes } of largeFiles) {
  const list: Measurement[] = [];
  try {
    for (let i = 0; i < options.largeRuns; i++) list.push(await runStage(['large', file]));
    large.push({ mb, bytes, summary: summarize(list) });
    log(`large ${mb} MB: ${list.at(-1)?.seconds.toFixed(1)} s, ${Math.round(list.at(-1)?.rssMB ?? 0)} MB RSS`);
  } catch (error) {
    const failure = `failed: ${lastLine((error as Error).message)}`;
    large.push({ mb, bytes, summary: undefined, failure });
    log(`large ${mb} MB: ${failure}`);
  }
}
// With --heap-cap, the largest file once more with the V8 heap capped: does it fit at all?
let capped: Measurement | string | undefined;
const largest = options.heapCap > 0 ? largeFiles.at(-1) : undefined;
if (largest) {
  capped = await runStage(['large', largest.file], [`--max-old-space-size=${options.heapCap}`]).catch(
    (error: Error) => `failed with a ${options.heapCap} MB heap: ${lastLine(error.message)}`,
  );
  log(`large ${largest.mb} MB, heap capped: ${typeof capped === 'string' ? capped : `${capped.seconds.toFixed(1)} s, ${Math.round(capped.rssMB)} MB RSS`}`);
}
// Import at growing sizes: linear, not quadratic (scripts/bench/import-scaling.ts).
const importScaling = measureImportScaling(options.runs);
log('Import scaling measured.');
// Pathological Markdown within and over the input limits (scripts/bench/pathological-markdown.ts).
const pathological = measurePathologicalMarkdown(options.runs);
log('Pathological Markdown measured.');
load.push(loadavg()[0] as number);

// Tables.
const subsetLabel = `${tt.subsetUnits} units of the first ${tt.subsetFiles} files (${(tt.subsetBytes / 1e6).toFixed(2)} MB)`;
const info = (s: Summary | undefined, keys: string[]): string =>
  keys
    .filter((k) => s?.info[k] !== undefined)
    .map((k) => `${s?.info[k]} ${k}`)
    .join(', ');
const rows: Row[] = [
  {
    workload: 'segment, cold (parse + units + sentences)',
    tool: 'diglot',
    input: corpusLabel,
    mb: corpusMB,
    summary: segmentS,
    note: info(segmentS, ['units', 'sentences', 'errors']),
  },
  ...[...workers].map(([n, list]): Row => ({
    workload: `segment, cold, ${n} worker threads`,
    tool: 'diglot',
    input: corpusLabel,
    mb: corpusMB,
    summary: sum(list),
    note: 'documents dealt largest first',
  })),
  {
    workload: 'extraction (`po4a-updatepo -f text -o markdown`)',
    tool: 'po4a 0.69',
    input: corpusLabel,
    mb: corpusMB,
    summary: po4aS,
    note: po4aS ? `${po4aMsgids} msgids, one process` : peers.notes.join(' '),
  },
  {
    workload: 'extraction (`txt2po -P`)',
    tool: 'Translate Toolkit',
    input: corpusLabel,
    mb: corpusMB,
    summary: txt2poS,
    note: txt2poS ? `${tt.units} units` : peers.notes.join(' '),
  },
  {
    workload: 'sentence segmentation (`posegment -P`) of txt2po units',
    tool: 'Translate Toolkit',
    input: subsetLabel,
    summary: posegmentS,
    note: posegmentS ? `${tt.sentences} sentences` : peers.notes.join(' '),
  },
  {
    workload: 'sentence segmentation (splitSentences) of the same txt2po units',
    tool: 'diglot',
    input: subsetLabel,
    summary: sentencesTt,
    note: sentencesTt ? `${sentencesTt.info.sentences} sentences` : 'needs txt2po',
  },
  {
    workload: "sentence segmentation (splitSentences) of diglot's own units",
    tool: 'diglot',
    input: `${sentencesOwn.info.units} units`,
    summary: sentencesOwn,
    note: `${sentencesOwn.info.sentences} sentences`,
  },
  ...checkBuild.rows,
  ...(scaled?.rows.map((r) => ({ ...r, workload: `${r.workload}, repository scale` })) ?? []),
  ...diffLock.rows,
  ...languages.rows,
  ...(align
    ? [
        {
          workload: 'align FLORES-200 devtest (scripts/bench-align.ts)',
          tool: 'diglot',
          input: '1,012 sentence pairs',
          summary: summarize([align]),
          note: 'one run; F1 below',
        } satisfies Row,
      ]
    : []),
  ...large.map((l): Row => ({
    workload: `segment one ${l.mb} MB file`,
    tool: 'diglot',
    input: `${(l.bytes / 1e6).toFixed(2)} MB`,
    mb: l.bytes / 1e6,
    summary: l.summary,
    note: l.summary ? `${l.summary.info.units} units` : (l.failure ?? ''),
  })),
  ...(largest && capped
    ? [
        {
          workload: `segment one ${largest.mb} MB file, V8 heap capped at ${options.heapCap} MB`,
          tool: 'diglot',
          input: `${(largest.bytes / 1e6).toFixed(2)} MB`,
          mb: largest.bytes / 1e6,
          summary: typeof capped === 'string' ? undefined : summarize([capped]),
          note: typeof capped === 'string' ? capped : `\`--max-old-space-size=${options.heapCap}\``,
        } satisfies Row,
      ]
    : []),
  ...importScaling.rows,
  ...pathological.rows,
];
const ratio = (a: number | undefined, b: number | undefined): number | undefined => (a !== undefined && b !== undefined && b > 0 ? a / b : undefined);
const cb = checkBuild;
const coldCb = cb.coldCheck && cb.coldBuild ? cb.coldCheck.seconds + cb.coldBuild.seconds : undefined;
const incCb = cb.incCheck && cb.incBuild ? cb.incCheck.seconds + cb.incBuild.seconds : undefined;
const checkPerMB = cb.coldCheck ? cb.coldCheck.seconds / cb.mb : undefined;
const scaledCold = scaled?.coldCheck && scaled.coldBuild ? scaled.coldCheck.seconds + scaled.coldBuild.seconds : undefined;
const scaledInc = scaled?.incCheck && scaled.incBuild ? scaled.incCheck.seconds + scaled.incBuild.seconds : undefined;
const po4aPerMB = po4aS ? po4aS.seconds / corpusMB : undefined;
const big = large.at(-1);
const small = large[0];
const mbps = (l: { bytes: number; summary: Summary | undefined } | undefined): number | undefined =>
  l?.summary ? l.bytes / 1e6 / l.summary.seconds : undefined;
const le = (r: number | undefined, limit: number): boolean | undefined => (r === undefined ? undefined : r <= limit);
const ge = (r: number | undefined, limit: number): boolean | undefined => (r === undefined ? undefined : r >= limit);
const segRatio = ratio(segmentS.seconds, po4aS?.seconds);
const checkRatio = ratio(checkPerMB, po4aPerMB);
const maxRss = Math.max(segmentS.rssMB, cb.coldCheck?.rssMB ?? 0, scaled?.coldCheck?.rssMB ?? 0);
const workerRatios = [...workers].map(([n, list]) => ({ n, r: ratio(segmentS.seconds, sum(list)?.seconds) }));
const targets: Target[] = [
  {
    name: 'cold segment of the corpus vs po4a extraction',
    ratio: segRatio,
    limit: '≤ 1.0',
    met: le(segRatio, 1),
    how: 'diglot segment s / po4a s, same files',
  },
  {
    name: 'cold check vs po4a extraction, per MB',
    ratio: checkRatio,
    limit: '≤ 1.0',
    met: le(checkRatio, 1),
    how: 'check s/MB (both sides of the pairs) / po4a s/MB',
  },
  { name: 'peak RSS of cold segment and check', ratio: maxRss / 500, limit: '≤ 1.0 (500 MB)', met: maxRss <= 500, how: `${Math.round(maxRss)} MB / 500 MB` },
  {
    name: `check + build: cold vs one-paragraph edit (${cb.mb.toFixed(2)} MB, the real pairs)`,
    ratio: ratio(coldCb, incCb),
    limit: '≥ 20',
    met: ge(ratio(coldCb, incCb), 20),
    how: 'cold s / incremental s',
  },
  ...(scaled
    ? [
        {
          name: `check + build: cold vs one-paragraph edit (${scaled.mb.toFixed(2)} MB, the real pairs × ${copies})`,
          ratio: ratio(scaledCold, scaledInc),
          limit: '≥ 20',
          met: ge(ratio(scaledCold, scaledInc), 20),
          how: 'cold s / incremental s',
        } satisfies Target,
      ]
    : []),
  ...(scaled
    ? [
        {
          name: `cold check vs po4a extraction, per MB (${scaled.mb.toFixed(2)} MB)`,
          ratio: ratio(scaled.coldCheck ? scaled.coldCheck.seconds / scaled.mb : undefined, po4aPerMB),
          limit: '≤ 1.0',
          met: le(ratio(scaled.coldCheck ? scaled.coldCheck.seconds / scaled.mb : undefined, po4aPerMB), 1),
          how: 'check s/MB / po4a s/MB',
        } satisfies Target,
      ]
    : []),
  {
    name: 'sentence segmentation: posegment vs diglot, same units',
    ratio: ratio(posegmentS?.seconds, sentencesTt?.seconds),
    limit: '≥ 15',
    met: ge(ratio(posegmentS?.seconds, sentencesTt?.seconds), 15),
    how: 'posegment process s / splitSentences s',
  },
  {
    name: 'cold and incremental build byte-identical',
    ratio: undefined,
    limit: 'identical',
    met: cb.identical,
    how: 'dist/ after the edit vs a cold build of the edited content',
  },
  {
    name: `large input: throughput at ${big?.mb} MB vs ${small?.mb} MB`,
    ratio: ratio(mbps(big), mbps(small)),
    limit: '≈ 1 (linear), ≥ 0.75',
    met: ge(ratio(mbps(big), mbps(small)), 0.75),
    how: 'MB/s ratio',
  },
  {
    name: `large input: peak RSS at ${big?.mb} MB`,
    ratio: big?.summary ? big.summary.rssMB / 1024 : undefined,
    limit: '≤ 1.0 (1 GB)',
    met: big ? (big.summary ? big.summary.rssMB <= 1024 : false) : undefined,
    how: big?.summary ? `${Math.round(big.summary.rssMB)} MB / 1024 MB` : (big?.failure ?? ''),
  },
  ...(largest
    ? [
        {
          name: `large input: ${largest.mb} MB within a ${options.heapCap} MB V8 heap`,
          ratio: capped && typeof capped !== 'string' ? capped.rssMB / 1024 : undefined,
          limit: 'completes, RSS ≤ 1 GB',
          met: capped === undefined ? undefined : typeof capped !== 'string' && capped.rssMB <= 1024,
          how: typeof capped === 'string' ? capped : `${Math.round(capped?.rssMB ?? 0)} MB RSS, ${capped?.seconds.toFixed(1)} s`,
        } satisfies Target,
      ]
    : []),
  ...importScaling.targets,
  ...pathological.targets,
  ...diffLock.targets,
  ...languages.targets,
  ...workerRatios.map(({ n, r }): Target => ({
    name: `segment with ${n} worker threads vs 1 thread`,
    ratio: r,
    limit: '> 1.1 pays',
    met: r === undefined ? undefined : r > 1.1,
    how: 'speed-up, 1-thread s / N-thread s',
  })),
];
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const header = [
  `\`${['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ')}\`, ${((Date.now() - started.getTime()) / 60000).toFixed(0)} minutes. Measured ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${availableParallelism()} cores (${cpu}), Node ${process.version}; medians of ${options.runs} runs (large input: ${options.largeRuns}); load average ${load.map((l) => l.toFixed(1)).join(' → ')} (the machine is shared).`,
  `Corpus: ${corpusLabel} — ${kinds.join('; ')}. "Median s" of a diglot row is the work inside its process (startup excluded); a peer row is its whole process. Peak RSS is per process (GNU time).`,
].join('\n');
const notes = [...peers.notes, ...cb.notes, ...(scaled?.notes ?? []), ...diffLock.notes, ...languages.notes].map((n) => `- ${n}`).join('\n');
const block = [
  header,
  '',
  formatRows(rows),
  '',
  formatTargets(targets),
  notes ? `\n${notes}` : '',
  alignOutput ? `\nAlignment (scripts/bench-align.ts):\n\n\`\`\`\n${alignOutput}\n\`\`\`` : '',
].join('\n');
writeFileSync(
  join(work, 'results.json'),
  JSON.stringify({ started, options, corpus: { files: corpus.entries.length, bytes: corpus.bytes }, rows, targets, load }, null, 1),
);
log(`\n${block}\n`);
if (options.readme) {
  writeReadmeBlock(join(repoRoot, 'README.md'), block);
  log('README.md: bench block updated.');
}
