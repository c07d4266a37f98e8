import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { editOneParagraph, makeContentRepo } from './content-repo.js';
import type { Row } from './format-report.js';
import type { Measurement } from './measure.js';
import { runCli, runStage } from './run-diglot.js';
import { summarize, type Summary } from './stats.js';

/** Results of the check and build workloads. */
export interface CheckBuildResult {
  rows: Row[];
  coldCheck?: Summary | undefined;
  coldBuild?: Summary | undefined;
  incCheck?: Summary | undefined;
  incBuild?: Summary | undefined;
  mb: number;
  /** Whether the incremental build's output equals a cold build of the same content. */
  identical: boolean | undefined;
  notes: string[];
}

/**
 * Check and build, cold and after a one-paragraph edit, on a content repository of every real
 * English–Russian pair (see content-repo.ts), through the CLI (`diglot check`, `diglot build`)
 * when those commands exist; otherwise check falls back to the library (checkPair per pair,
 * always cold) and build is reported as not measured. Per run: restore the text, delete
 * `.diglot-cache` and `dist`, cold check; delete them again, cold build; check once more
 * (untimed, so the cache holds both); edit one paragraph; incremental check and build.
 *
 * @example await measureCheckBuild({ repoRoot, corpora, dir: '/tmp/diglot-bench-repo', runs: 5, log: console.log })
 */
export async function measureCheckBuild(options: {
  repoRoot: string;
  corpora: string;
  dir: string;
  runs: number;
  log: (line: string) => void;
  copies?: number;
}): Promise<CheckBuildResult> {
  const copies = options.copies ?? 1;
  const repo = makeContentRepo(options.repoRoot, options.corpora, options.dir, copies);
  const mb = repo.bytes / 1e6;
  const notes: string[] = [];
  const input = `${repo.pairs.length} en/ru pairs${copies > 1 ? ` (the ${repo.pairs.length / copies} real pairs × ${copies})` : ''}, ${mb.toFixed(2)} MB`;
  const hasCheck = await available('check', repo.dir);
  const hasBuild = await available('build', repo.dir);
  const pairsFile = join(repo.dir, 'pairs.json');
  writeFileSync(pairsFile, JSON.stringify(repo.pairs));
  const clean = (): void => {
    for (const d of ['.diglot-cache', 'dist']) rmSync(join(repo.dir, d), { recursive: true, force: true });
  };
  const cli = async (command: string): Promise<Measurement> => {
    const m = await runCli([command], repo.dir, true);
    if (m.status !== 0) throw new Error(`Cannot benchmark \`diglot ${command}\`: exit ${m.status}: ${m.stderr.split('\n').slice(-5).join(' ')}`);
    return m;
  };
  const runs: Record<'coldCheck' | 'coldBuild' | 'incCheck' | 'incBuild', Measurement[]> = { coldCheck: [], coldBuild: [], incCheck: [], incBuild: [] };
  try {
    for (let i = 0; i < options.runs; i++) {
      writeFileSync(repo.edited.file, repo.edited.original);
      clean();
      runs.coldCheck.push(hasCheck ? await cli('check') : await runStage(['check', pairsFile]));
      if (hasBuild) {
        clean();
        runs.coldBuild.push(await cli('build'));
        if (hasCheck) await cli('check');
      }
      writeFileSync(repo.edited.file, editOneParagraph(repo.edited.original));
      if (hasCheck) runs.incCheck.push(await cli('check'));
      if (hasBuild) runs.incBuild.push(await cli('build'));
      options.log(`  check/build run ${i + 1}/${options.runs} (${input})`);
    }
  } catch (error) {
    notes.push((error as Error).message.slice(0, 300));
  }
  let identical: boolean | undefined;
  if (hasBuild && runs.incBuild.length === options.runs) {
    const incremental = join(repo.dir, 'dist-incremental');
    cpSync(join(repo.dir, 'dist'), incremental, { recursive: true });
    clean();
    await cli('build');
    identical = sameTree(join(repo.dir, 'dist'), incremental);
  }
  const summary = (list: Measurement[]): Summary | undefined => (list.length ? summarize(list) : undefined);
  const result: CheckBuildResult = {
    rows: [],
    mb,
    identical,
    notes,
    coldCheck: summary(runs.coldCheck),
    coldBuild: summary(runs.coldBuild),
    incCheck: summary(runs.incCheck),
    incBuild: summary(runs.incBuild),
  };
  const why = notes[0] ?? 'command not available yet';
  const wall = (list: Measurement[]): string =>
    list.length ? `; process wall ${summarize(list.map((m) => ({ ...m, seconds: m.wall }))).seconds.toFixed(2)} s` : '';
  result.rows.push(
    {
      workload: 'check, cold',
      tool: 'diglot',
      input,
      mb,
      summary: result.coldCheck,
      note: hasCheck ? `\`diglot check\`${wall(runs.coldCheck)}` : `library checkPair per pair (no \`diglot check\` command yet)${wall(runs.coldCheck)}`,
    },
    { workload: 'build, cold', tool: 'diglot', input, mb, summary: result.coldBuild, note: hasBuild ? `\`diglot build\`${wall(runs.coldBuild)}` : why },
    {
      workload: 'check, one-paragraph edit',
      tool: 'diglot',
      input,
      mb,
      summary: result.incCheck,
      note: hasCheck ? `with .diglot-cache${wall(runs.incCheck)}` : why,
    },
    {
      workload: 'build, one-paragraph edit',
      tool: 'diglot',
      input,
      mb,
      summary: result.incBuild,
      note: hasBuild ? `with .diglot-cache${wall(runs.incBuild)}` : why,
    },
  );
  return result;
}

/** Whether the CLI has the command (its `--help` succeeds). */
async function available(command: string, cwd: string): Promise<boolean> {
  const m = await runCli([command, '--help'], cwd, true);
  return m.status === 0;
}

function sameTree(a: string, b: string): boolean {
  const list = (root: string): string[] => (readdirSync(root, { recursive: true }) as string[]).filter((p) => statSync(join(root, p)).isFile()).sort();
  const files = list(a);
  const other = list(b);
  if (files.join('\n') !== other.join('\n')) return false;
  return files.every((f) => existsSync(join(b, f)) && readFileSync(join(a, f)).equals(readFileSync(join(b, relative(a, join(a, f))))));
}
