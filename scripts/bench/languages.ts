import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { editOneParagraph } from './content-repo.js';
import type { Row, Target } from './format-report.js';
import type { Measurement } from './measure.js';
import { runCli } from './run-diglot.js';
import { summarize, type Summary } from './stats.js';

/** The target languages of the workload: every translation md-12factor has. */
export const LANGUAGES = ['ru', 'uk', 'pl', 'de', 'fr'] as const;
/** The language of the one-language check the five are compared with. */
const ONE = 'ru';
/** The sentence appended to a paragraph of the edited English document. */
const EDIT = 'This sentence was added by the benchmark.';

/** What `diglot check --stats` prints on stderr (see CheckStats in src/check/check-files-cached.ts). */
export interface CheckStatsLine {
  pairs: number;
  checked: number;
  cached: number;
  sources: number;
  sourceSegmentations: number;
  languages: Record<string, { pairs: number; unitPairs: number; rechecked: number }>;
}

/** What {@link measureLanguages} reports: table rows, targets, remarks. */
export interface LanguagesResult {
  rows: Row[];
  targets: Target[];
  notes: string[];
}

/**
 * `diglot check` of one project in five target languages: every md-12factor document in English
 * and in ru, uk, pl, de and fr (real community translations), the project's glossary,
 * `targetLanguages: [ru, uk, pl, de, fr]`. Per run: `check --no-cache --lang ru` (cold, one
 * language) and `check --no-cache` (cold, all five); then, with the cache and memos of an
 * untimed `check`, a sentence appended to one paragraph of the largest English document and
 * `check` timed again (all five; then the same with `--lang ru`). Every run passes `--stats`: the
 * source documents segmented, and per language the unit pairs checked again after the edit.
 * Nothing is asserted; the ratio five/one compares runs of this benchmark only.
 *
 * @param options this repository (its glossary), the corpora folder, the work folder, runs, log
 * @example const { rows, targets } = await measureLanguages({ repoRoot: '/work/main', corpora: '/work/shared/corpora', dir: '/tmp/diglot-bench-languages', runs: 3, log: console.log })
 */
export async function measureLanguages(options: {
  repoRoot: string;
  corpora: string;
  dir: string;
  runs: number;
  log: (line: string) => void;
}): Promise<LanguagesResult> {
  const repo = makeLanguagesRepo(options.repoRoot, options.corpora, options.dir);
  const input = `${repo.documents} md-12factor documents × ${LANGUAGES.length} languages, ${(repo.bytes / 1e6).toFixed(2)} MB`;
  const notes: string[] = [];
  const stats: Record<'cold1' | 'cold5' | 'edit5' | 'edit1', CheckStatsLine | undefined> = {
    cold1: undefined,
    cold5: undefined,
    edit5: undefined,
    edit1: undefined,
  };
  const cli = async (args: string[]): Promise<{ m: Measurement; stats: CheckStatsLine }> => {
    const m = await runCli(['check', '--stats', ...args], repo.dir, true);
    // Exit 1 is findings; 2 (or a crash) is a failure.
    if (m.status !== 0 || (typeof m.info.exitCode === 'number' && m.info.exitCode > 1)) {
      throw new Error(`Cannot benchmark \`diglot check ${args.join(' ')}\`: exit ${m.info.exitCode ?? m.status}: ${m.stderr.split('\n').slice(-5).join(' ')}`);
    }
    const line = m.stderr.split('\n').find((l) => l.startsWith('diglot: stats '));
    if (!line) throw new Error(`Cannot read the figures of \`diglot check --stats ${args.join(' ')}\`: no \`diglot: stats\` line on stderr`);
    return { m, stats: JSON.parse(line.slice('diglot: stats '.length)) as CheckStatsLine };
  };
  const noCache = (): void => rmSync(join(repo.dir, '.diglot-cache'), { recursive: true, force: true });
  const runs: Record<'cold1' | 'cold5' | 'edit5' | 'edit1', Measurement[]> = { cold1: [], cold5: [], edit5: [], edit1: [] };
  const timed = async (name: keyof typeof runs, args: string[]): Promise<void> => {
    const { m, stats: line } = await cli(args);
    runs[name].push(m);
    stats[name] = line;
  };
  try {
    for (let i = 0; i < options.runs; i++) {
      repo.restore();
      noCache();
      await timed('cold1', ['--no-cache', '--lang', ONE]);
      await timed('cold5', ['--no-cache']);
      for (const [name, args] of [
        ['edit5', []],
        ['edit1', ['--lang', ONE]],
      ] as const) {
        repo.restore();
        noCache();
        await cli([...args]);
        repo.edit();
        await timed(name, [...args]);
      }
      options.log(
        `  languages run ${i + 1}/${options.runs}: cold ${secs(runs.cold1)} s (${ONE}), ${secs(runs.cold5)} s (five); after an edit ${secs(runs.edit5)} s (five), ${secs(runs.edit1)} s (${ONE})`,
      );
    }
  } catch (error) {
    notes.push((error as Error).message.slice(0, 300));
  }
  repo.restore();
  const summary = (list: Measurement[]): Summary | undefined => (list.length === options.runs ? summarize(list) : undefined);
  const s = { cold1: summary(runs.cold1), cold5: summary(runs.cold5), edit5: summary(runs.edit5), edit1: summary(runs.edit1) };
  const why = notes[0] ?? '';
  const wall = (list: Measurement[]): string =>
    list.length ? `; process wall ${summarize(list.map((m) => ({ ...m, seconds: m.wall }))).seconds.toFixed(2)} s` : '';
  const segmented = (line: CheckStatsLine | undefined): string =>
    line ? `; ${line.checked} pairs, ${line.sources} English documents read, ${line.sourceSegmentations} segmented` : '';
  const rechecked = (line: CheckStatsLine | undefined): string =>
    line
      ? Object.entries(line.languages)
          .map(([lang, l]) => `${lang} ${l.rechecked}/${l.unitPairs}`)
          .join(', ')
      : '';
  const rows: Row[] = [
    {
      workload: `check, cold, one language (\`--lang ${ONE}\`)`,
      tool: 'diglot',
      input,
      mb: repo.bytes / 1e6,
      summary: s.cold1,
      note: s.cold1 ? `\`--no-cache\`${segmented(stats.cold1)}${wall(runs.cold1)}` : why,
    },
    {
      workload: 'check, cold, five languages',
      tool: 'diglot',
      input,
      mb: repo.bytes / 1e6,
      summary: s.cold5,
      note: s.cold5 ? `\`--no-cache\`${segmented(stats.cold5)}${wall(runs.cold5)}` : why,
    },
    {
      workload: 'check, five languages, one English paragraph edited',
      tool: 'diglot',
      input,
      mb: repo.bytes / 1e6,
      summary: s.edit5,
      note: s.edit5 ? `with .diglot-cache; unit pairs checked again: ${rechecked(stats.edit5)}${wall(runs.edit5)}` : why,
    },
    {
      workload: `check, \`--lang ${ONE}\`, one English paragraph edited`,
      tool: 'diglot',
      input,
      mb: repo.bytes / 1e6,
      summary: s.edit1,
      note: s.edit1 ? `with .diglot-cache; unit pairs checked again: ${rechecked(stats.edit1)}${wall(runs.edit1)}` : why,
    },
  ];
  const ratio = (a: Summary | undefined, b: Summary | undefined): number | undefined => (a && b && b.seconds > 0 ? a.seconds / b.seconds : undefined);
  const cpu = (a: Summary | undefined, b: Summary | undefined): string =>
    a?.cpu !== undefined && b?.cpu ? `; CPU s ratio ${(a.cpu / b.cpu).toFixed(2)}×` : '';
  const fiveOne = ratio(s.cold5, s.cold1);
  const edited = stats.edit5 ? Object.values(stats.edit5.languages) : [];
  // One paragraph edited: in each language, at most the unit pairs that hold it (one, or two where the aligner joined it with a neighbour).
  const onlyTouched = stats.edit5
    ? edited.length === LANGUAGES.length && edited.every((l) => l.pairs === 1 && l.rechecked >= 1 && l.rechecked <= 2)
    : undefined;
  const once = stats.cold5 ? stats.cold5.sourceSegmentations === stats.cold5.sources : undefined;
  const targets: Target[] = [
    {
      name: `cold check: five target languages vs one (${ONE})`,
      ratio: fiveOne,
      limit: '≤ 5.5',
      met: fiveOne === undefined ? undefined : fiveOne <= 5.5,
      how: `five s / one s${cpu(s.cold5, s.cold1)}`,
    },
    {
      name: 'English segmented once per run, five targets',
      ratio: stats.cold5 ? stats.cold5.sourceSegmentations / stats.cold5.sources : undefined,
      limit: '1 per document',
      met: once,
      how: stats.cold5 ? `${stats.cold5.sourceSegmentations} segmentations of ${stats.cold5.sources} English documents for ${stats.cold5.checked} pairs` : why,
    },
    {
      name: 'one-paragraph English edit re-checks only the units it touches',
      ratio: undefined,
      limit: '1–2 unit pairs per language',
      met: onlyTouched,
      how: stats.edit5 ? `unit pairs checked again / in the edited document: ${rechecked(stats.edit5)}` : why,
    },
  ];
  return { rows, targets, notes };
}

function secs(list: Measurement[]): string {
  return list.at(-1)?.seconds.toFixed(2) ?? '—';
}

/** The project: its size, and how to put back or edit the English document the edit goes into. */
interface LanguagesRepo {
  dir: string;
  documents: number;
  bytes: number;
  restore(): void;
  edit(): void;
}

/**
 * Make the project: `content/en` and `content/<lang>` of every md-12factor document present in
 * all five translations, the project's glossary, a diglot.config.yaml with five targets.
 *
 * @example makeLanguagesRepo('/work/main', '/work/shared/corpora', '/tmp/diglot-bench-languages').documents // 16
 */
export function makeLanguagesRepo(repoRoot: string, corpora: string, dir: string): LanguagesRepo {
  rmSync(dir, { recursive: true, force: true });
  const set = join(corpora, 'md-12factor');
  const names = readdirSync(join(set, 'en'))
    .filter((n) => n.endsWith('.md') && LANGUAGES.every((lang) => existsSync(join(set, lang, n))))
    .sort();
  let bytes = 0;
  for (const lang of ['en', ...LANGUAGES]) {
    mkdirSync(join(dir, 'content', lang), { recursive: true });
    for (const name of names) {
      cpSync(join(set, lang, name), join(dir, 'content', lang, name));
      bytes += statSync(join(set, lang, name)).size;
    }
  }
  writeFileSync(
    join(dir, 'diglot.config.yaml'),
    `sourceLanguage: en\ntargetLanguages: [${LANGUAGES.join(', ')}]\ncontentDir: content\nglossaryDir: glossary\noutputDir: dist\n`,
  );
  // The project's own glossary, as in content-repo.ts: check loads and matches it in every language.
  cpSync(join(repoRoot, 'glossary'), join(dir, 'glossary'), { recursive: true });
  // The largest English document with a one-line prose paragraph takes the edit.
  const candidates = names.map((n) => join(dir, 'content', 'en', n)).sort((a, b) => statSync(b).size - statSync(a).size || a.localeCompare(b));
  const file = candidates.find((f) => editable(readFileSync(f, 'utf8')));
  if (!file) throw new Error('Cannot benchmark an edit without an English document holding a one-line prose paragraph');
  const original = readFileSync(file, 'utf8');
  return {
    dir,
    documents: names.length,
    bytes,
    restore: () => writeFileSync(file, original),
    edit: () => writeFileSync(file, editOneParagraph(original, EDIT)),
  };
}

function editable(text: string): boolean {
  try {
    editOneParagraph(text, EDIT);
    return true;
  } catch {
    return false;
  }
}
