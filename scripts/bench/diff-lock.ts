import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Row, Target } from './format-report.js';
import type { Measurement } from './measure.js';
import { runCli } from './run-diglot.js';
import { summarize, type Summary } from './stats.js';

/** What {@link measureDiffLock} reports: table rows, ratio targets, remarks. */
export interface DiffLockResult {
  rows: Row[];
  targets: Target[];
  notes: string[];
}

/** The sentence appended to a paragraph of each changed English document. */
const EDIT = ' This sentence was added by the benchmark.';

/**
 * `diglot diff` and `diglot lock` on a real multi-document project: every md-12factor pair of
 * `../shared/corpora` present in both `en/` and `ru/`, under `content/`, locked and committed in
 * a throw-away git repository. Per run:
 *
 * - diff, nothing changed (working tree = HEAD), with the memos `check` keeps;
 * - diff with 2 English documents changed (a sentence appended to a paragraph of each), with
 *   the memos of the unchanged versions; and the same with no `.diglot-cache` (cold);
 * - lock of the changed project, cold (no `.diglot-cache`) and with the memos of a `check` run.
 *
 * Untimed `check` runs fill the memos. Ratios compare runs of this benchmark only (2 changed vs
 * 0 changed, cold vs warm), so machine load hits both sides alike; nothing is asserted.
 *
 * @param options corpora folder, work folder, runs per workload, log
 * @example const { rows, targets } = await measureDiffLock({ repoRoot: '/work/main', corpora: '/work/shared/corpora', dir: '/tmp/diglot-bench-diff', runs: 3, log: console.log })
 */
export async function measureDiffLock(options: {
  repoRoot: string;
  corpora: string;
  dir: string;
  runs: number;
  log: (line: string) => void;
  diff?: boolean;
  lock?: boolean;
}): Promise<DiffLockResult> {
  const doDiff = options.diff ?? true;
  const doLock = options.lock ?? true;
  const repo = makeRepo(options.repoRoot, options.corpora, options.dir);
  const input = `${repo.documents} en/ru pairs (md-12factor), ${(repo.bytes / 1e6).toFixed(2)} MB, git`;
  const notes: string[] = [];
  const cli = async (args: string[]): Promise<Measurement> => {
    const m = await runCli(args, repo.dir, true);
    // Exit 1 is findings (check) or a document reported; 2 is a failure.
    if (m.status !== 0 || (typeof m.info.exitCode === 'number' && m.info.exitCode > 1)) {
      throw new Error(`Cannot benchmark \`diglot ${args.join(' ')}\`: exit ${m.info.exitCode ?? m.status}: ${m.stderr.split('\n').slice(-5).join(' ')}`);
    }
    return m;
  };
  const noCache = (): void => rmSync(join(repo.dir, '.diglot-cache'), { recursive: true, force: true });
  const runs: Record<'diff0' | 'diff2' | 'diff2Cold' | 'lockCold' | 'lockWarm', Measurement[]> = {
    diff0: [],
    diff2: [],
    diff2Cold: [],
    lockCold: [],
    lockWarm: [],
  };
  try {
    await cli(['lock']);
    repo.commit();
    for (let i = 0; i < options.runs; i++) {
      repo.restore();
      noCache();
      if (doDiff) {
        await cli(['check']);
        runs.diff0.push(await cli(['diff', '--format', 'json']));
      }
      repo.edit();
      if (doDiff) {
        runs.diff2.push(await cli(['diff', '--format', 'json']));
        noCache();
        runs.diff2Cold.push(await cli(['diff', '--format', 'json']));
      }
      if (!doLock) {
        options.log(
          `  diff run ${i + 1}/${options.runs}: ${secs(runs.diff0)} s (0 changed), ${secs(runs.diff2)} s (2 changed), cold ${secs(runs.diff2Cold)} s`,
        );
        continue;
      }
      repo.restoreLocks();
      noCache();
      runs.lockCold.push(await cli(['lock']));
      repo.restoreLocks();
      await cli(['check']);
      runs.lockWarm.push(await cli(['lock']));
      options.log(
        `  diff/lock run ${i + 1}/${options.runs}: diff ${secs(runs.diff0)} → ${secs(runs.diff2)} s (2 changed), cold ${secs(runs.diff2Cold)} s; lock cold ${secs(runs.lockCold)} s, warm ${secs(runs.lockWarm)} s`,
      );
    }
  } catch (error) {
    notes.push((error as Error).message.slice(0, 300));
  }
  repo.restore();
  const summary = (list: Measurement[]): Summary | undefined => (list.length === options.runs ? summarize(list) : undefined);
  const s = {
    diff0: summary(runs.diff0),
    diff2: summary(runs.diff2),
    diff2Cold: summary(runs.diff2Cold),
    lockCold: summary(runs.lockCold),
    lockWarm: summary(runs.lockWarm),
  };
  const why = notes[0] ?? '';
  const wall = (list: Measurement[]): string =>
    list.length ? `; process wall ${summarize(list.map((m) => ({ ...m, seconds: m.wall }))).seconds.toFixed(2)} s` : '';
  const all: Row[] = [
    {
      workload: 'diff, nothing changed, with memos',
      tool: 'diglot',
      input,
      mb: repo.bytes / 1e6,
      summary: s.diff0,
      note: s.diff0 ? `\`diglot diff\` HEAD vs working tree${wall(runs.diff0)}` : why,
    },
    {
      workload: 'diff, 2 English documents changed, with memos',
      tool: 'diglot',
      input,
      mb: repo.bytes / 1e6,
      summary: s.diff2,
      note: s.diff2 ? `a sentence appended to a paragraph of the 2 largest; memos of \`check\` before the edit${wall(runs.diff2)}` : why,
    },
    {
      workload: 'diff, 2 English documents changed, cold',
      tool: 'diglot',
      input,
      mb: repo.bytes / 1e6,
      summary: s.diff2Cold,
      note: s.diff2Cold ? `no .diglot-cache${wall(runs.diff2Cold)}` : why,
    },
    {
      workload: 'lock, cold',
      tool: 'diglot',
      input,
      mb: repo.bytes / 1e6,
      summary: s.lockCold,
      note: s.lockCold ? `\`diglot lock\` after the edit, no .diglot-cache${wall(runs.lockCold)}` : why,
    },
    {
      workload: 'lock, with memos',
      tool: 'diglot',
      input,
      mb: repo.bytes / 1e6,
      summary: s.lockWarm,
      note: s.lockWarm ? `after \`check\`${wall(runs.lockWarm)}` : why,
    },
  ];
  const rows = all.filter((r) => (r.workload.startsWith('diff') ? doDiff : doLock));
  const ratio = (a: Summary | undefined, b: Summary | undefined): number | undefined => (a && b && b.seconds > 0 ? a.seconds / b.seconds : undefined);
  // On a shared machine CPU seconds vary less than wall seconds: both ratios are given.
  const cpu = (a: Summary | undefined, b: Summary | undefined): string =>
    a?.cpu !== undefined && b?.cpu ? `; CPU s ratio ${(a.cpu / b.cpu).toFixed(2)}×` : '';
  const targets: Target[] = [
    {
      name: 'diff: 2 of the documents changed vs none, with memos',
      ratio: ratio(s.diff2, s.diff0),
      limit: 'reported',
      met: undefined,
      how: `diff s (2 changed) / diff s (0 changed)${cpu(s.diff2, s.diff0)}`,
    },
    {
      name: 'diff: cold vs with memos, 2 changed',
      ratio: ratio(s.diff2Cold, s.diff2),
      limit: 'reported',
      met: undefined,
      how: `cold s / warm s${cpu(s.diff2Cold, s.diff2)}`,
    },
    {
      name: 'lock: cold vs with memos',
      ratio: ratio(s.lockCold, s.lockWarm),
      limit: 'reported',
      met: undefined,
      how: `cold s / warm s${cpu(s.lockCold, s.lockWarm)}`,
    },
  ].filter((t) => (t.name.startsWith('diff') ? doDiff : doLock));
  return { rows, targets, notes };
}

function secs(list: Measurement[]): string {
  return list.at(-1)?.seconds.toFixed(2) ?? '—';
}

/** The project: files, originals of the two edited English documents and of the locks. */
interface Repo {
  dir: string;
  documents: number;
  bytes: number;
  /** Put back the committed English documents and locks. */
  restore(): void;
  /** Put back the committed locks only. */
  restoreLocks(): void;
  /** Change the 2 English documents. */
  edit(): void;
  /** Commit everything (after the first lock) and remember the committed locks. */
  commit(): void;
}

function makeRepo(repoRoot: string, corpora: string, dir: string): Repo {
  rmSync(dir, { recursive: true, force: true });
  for (const lang of ['en', 'ru']) mkdirSync(join(dir, 'content', lang), { recursive: true });
  writeFileSync(join(dir, '.gitignore'), '.diglot-cache/\ndist/\n');
  writeFileSync(join(dir, 'diglot.config.yaml'), 'sourceLanguage: en\ntargetLanguages: [ru]\ncontentDir: content\nglossaryDir: glossary\noutputDir: dist\n');
  // The project's own glossary, as in content-repo.ts: check and lock load and match it.
  cpSync(join(repoRoot, 'glossary'), join(dir, 'glossary'), { recursive: true });
  const set = join(corpora, 'md-12factor');
  const names = readdirSync(join(set, 'en'))
    .filter((n) => n.endsWith('.md') && existsSync(join(set, 'ru', n)))
    .sort();
  let bytes = 0;
  for (const name of names) {
    for (const lang of ['en', 'ru']) {
      cpSync(join(set, lang, name), join(dir, 'content', lang, name));
      bytes += readFileSync(join(set, lang, name)).length;
    }
  }
  const git = (...args: string[]): void =>
    void execFileSync('git', args, {
      cwd: dir,
      stdio: 'ignore',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'bench',
        GIT_AUTHOR_EMAIL: 'bench@example.org',
        GIT_COMMITTER_NAME: 'bench',
        GIT_COMMITTER_EMAIL: 'bench@example.org',
      },
    });
  git('init', '-q');
  // The two largest English documents change: diff has real work on both.
  const edited = names
    .map((n) => join(dir, 'content', 'en', n))
    .sort((a, b) => readFileSync(b).length - readFileSync(a).length)
    .slice(0, 2);
  const originals = new Map(edited.map((f) => [f, readFileSync(f, 'utf8')]));
  const lockTexts = new Map<string, string>();
  const restoreLocks = (): void => {
    for (const [f, text] of lockTexts) writeFileSync(f, text);
  };
  return {
    dir,
    documents: names.length,
    bytes,
    restore: () => {
      for (const [f, text] of originals) writeFileSync(f, text);
      restoreLocks();
    },
    restoreLocks,
    edit: () => {
      for (const [f, text] of originals) writeFileSync(f, appendToParagraph(text));
    },
    commit: () => {
      git('add', '-A');
      git('commit', '-q', '-m', 'content and locks');
      for (const n of readdirSync(join(dir, 'content')).filter((x) => x.endsWith('.lock.json')))
        lockTexts.set(join(dir, 'content', n), readFileSync(join(dir, 'content', n), 'utf8'));
    },
  };
}

/** Append {@link EDIT} to the first one-line prose paragraph after the title. */
function appendToParagraph(text: string): string {
  const lines = text.split('\n');
  for (let i = 1; i < lines.length - 1; i++) {
    const line = lines[i] as string;
    if (lines[i - 1] === '' && lines[i + 1] === '' && /^[A-Z]/.test(line) && /[.!?]$/.test(line)) {
      lines[i] = line + EDIT;
      return lines.join('\n');
    }
  }
  return `${text.trimEnd()}\n\nA paragraph added by the benchmark.\n`;
}
