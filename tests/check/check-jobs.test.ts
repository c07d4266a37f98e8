import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeContentRepo } from '../../scripts/bench/content-repo.js';
import { CheckCache } from '../../src/check/check-cache.js';
import { checkFilesCached } from '../../src/check/check-files-cached.js';
import { checkInThreads } from '../../src/check/check-in-threads.js';
import { resolveFileSet } from '../../src/check/resolve-file-set.js';
import { loadConfig } from '../../src/config/load-config.js';
import { checkJob, type JobSettings, type PairJob } from '../../src/check/check-job.js';
import { checkPair } from '../../src/check/check-pair.js';
import { loadCheckResources, type ResourceSettings } from '../../src/check/load-check-resources.js';
import { RULE_DEFAULTS } from '../../src/check/rule-severities.js';
import { storeMessages } from '../../src/check/store-messages.js';
import { AUTO_THREADS, threadCount } from '../../src/check/thread-count.js';
import { runCli } from '../support/run-cli.js';
import { formatReport } from '../../src/report/format-report.js';
import { corporaRoot, repoRoot } from '../support/paths.js';

/** The real pairs kept from the bench repository (all 29 would make the tests slow). */
const KEEP = [
  'us-ussr-recognition-1933.md',
  'md-12factor-config.md',
  'md-12factor-logs.md',
  'md-12factor-dev-prod-parity.md',
  'md-12factor-build-release-run.md',
  'md-opensource-guide-metrics.md',
  'md-opensource-guide-security-best-practices-for-your-project.md',
];

let root: string;
let repo: string;

/** A content repository of real pairs, one whose English file is unreadable and one whose Russian file crashes the check. */
function contentRepo(): string {
  const dir = join(root, 'repo');
  makeContentRepo(repoRoot, corporaRoot, dir);
  for (const lang of ['en', 'ru']) {
    for (const name of readdirSync(join(dir, 'content', lang))) if (!KEEP.includes(name)) rmSync(join(dir, 'content', lang, name));
  }
  writeFileSync(join(dir, 'content', 'en', 'binary.md'), Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02]));
  writeFileSync(join(dir, 'content', 'ru', 'binary.md'), '# Текст\n');
  writeFileSync(join(dir, 'content', 'en', 'front-matter.md'), '# Text\n\nA paragraph.\n');
  writeFileSync(join(dir, 'content', 'ru', 'front-matter.md'), '---\ntitle: [unclosed\n---\n\nАбзац.\n');
  return dir;
}

/** A fresh copy of the repository (so that cache folders of different runs do not meet). */
function copy(name: string): string {
  const dir = join(root, name);
  cpSync(repo, dir, { recursive: true });
  return dir;
}

/** `diglot check …` in `cwd`, as the tests below read it. */
async function run(cwd: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const { code, stdout, stderr } = await runCli(['check', ...args], cwd);
  return { code, out: stdout, err: stderr };
}

/** Every file under a folder, by path from it, with its content. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (sub: string): void => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const path = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else out[path] = readFileSync(join(dir, path), 'utf8');
    }
  };
  walk('');
  return out;
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'diglot-jobs-'));
  repo = contentRepo();
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('diglot check --jobs: the same report from one thread and from two', () => {
  for (const format of ['text', 'json', 'sarif']) {
    it(`--no-cache --format ${format}: byte-identical output and exit code`, async () => {
      const one = await run(repo, '--no-cache', '--format', format, '--jobs', '1');
      const two = await run(repo, '--no-cache', '--format', format, '--jobs', '2');
      expect(two.out).toBe(one.out);
      expect(two.err).toBe(one.err);
      expect(two.code).toBe(one.code);
      expect(one.code).toBe(1);
      expect(existsSync(join(repo, '.diglot-cache'))).toBe(false);
    });
  }

  it('an unreadable English file and a Russian file that crashes the check are reported alike', async () => {
    const one = await run(repo, '--no-cache', '--jobs', '1');
    const two = await run(repo, '--no-cache', '--jobs', '2');
    for (const r of [one, two]) {
      expect(r.out).toMatch(/content\/en\/binary\.md:1:1: error unreadable-file(?: \([a-z]+\))?: Cannot check this file: .*NUL byte/); // on the English, which is the binary one
      expect(r.out).toMatch(/content\/ru\/front-matter\.md:\d+:\d+: error unreadable-file(?: \([a-z]+\))?: Cannot check this file/);
    }
    expect(two.out).toBe(one.out);
  });

  it('with the cache: the same report, summary line, cache entries and memos; then the same from the cache', async () => {
    const a = copy('cache-1');
    const b = copy('cache-2');
    // the message of the unreadable English file names it by its absolute path
    const one = await run(a, '--jobs', '1');
    const two = await run(b, '--jobs', '2');
    expect({ ...two, out: two.out.replaceAll(b, a) }).toEqual(one);
    expect(one.err).toBe(`diglot: checked ${KEEP.length + 2} of ${KEEP.length + 2} pairs, 0 from cache\n`);
    expect(tree(join(b, '.diglot-cache'))).toEqual(tree(join(a, '.diglot-cache')));
    const again = await run(b, '--jobs', '2');
    expect(again.out).toBe(two.out);
    expect(again.code).toBe(one.code);
    // the two crashes are never cached
    expect(again.err).toBe(`diglot: checked 2 of ${KEEP.length + 2} pairs, ${KEEP.length} from cache\n`);
  });

  it('--jobs must be a positive number or auto (exit 2)', async () => {
    for (const value of ['0', 'x', '-1', '1.5', '', '07']) {
      const r = await run(repo, '--no-cache', `--jobs=${value}`);
      expect(r.code).toBe(2);
      expect(r.err).toContain('Unexpected jobs');
      expect(r.out).toBe('');
    }
    expect((await run(repo, '--no-cache', '--jobs', 'auto')).code).toBe(1);
  });
});

describe('checkInThreads', () => {
  const resources: ResourceSettings = { glossaryDir: undefined };

  /** The pairs of the test repository as jobs, and the settings of a run keeping memos under `memoRoot`. */
  function jobsOf(dir: string): { jobs: PairJob[]; settings: JobSettings } {
    const jobs = KEEP.map((name) => {
      const [source, target] = ['en', 'ru'].map((lang) => join(dir, 'content', lang, name)) as [string, string];
      return {
        sourcePath: source,
        targetPath: target,
        source: { file: `content/en/${name}`, markdown: readFileSync(source, 'utf8'), lang: 'en' },
        target: { file: `content/ru/${name}`, markdown: readFileSync(target, 'utf8'), lang: 'ru' },
      };
    });
    jobs.push({
      sourcePath: join(dir, 'content/en/front-matter.md'),
      targetPath: join(dir, 'content/ru/front-matter.md'),
      source: { file: 'content/en/front-matter.md', markdown: '# Text\n', lang: 'en' },
      target: { file: 'content/ru/front-matter.md', markdown: readFileSync(join(dir, 'content/ru/front-matter.md'), 'utf8'), lang: 'ru' },
    });
    return { jobs, settings: { severities: RULE_DEFAULTS, lang: 'en', glossary: 'none', memoRoot: dir } };
  }

  let single: Array<{ file: string | undefined; messages: unknown; crashed: boolean }>;

  beforeAll(async () => {
    const { jobs, settings } = jobsOf(copy('single'));
    const loaded = await loadCheckResources(resources);
    single = jobs.map((job) => {
      const r = checkJob(job, settings, loaded, checkPair);
      return { file: r.file.path, messages: storeMessages(r.file.messages), crashed: r.crashed };
    });
  });

  it('pairs checked in workers give the same messages as in the main thread, in order', async () => {
    const dir = copy('workers');
    const { jobs, settings } = jobsOf(dir);
    const { results, stats } = await checkInThreads(jobs, { threads: 2, settings, resources });
    expect(stats.rechecked).toBe(0);
    expect(stats.checked.reduce((n, c) => n + c, 0)).toBe(jobs.length);
    expect(stats.loadMs).toHaveLength(2);
    expect(results.map((r) => ({ file: r.file.path, messages: storeMessages(r.file.messages), crashed: r.crashed }))).toEqual(single);
    expect(
      formatReport(
        results.map((r) => r.file),
        'text',
        { lang: 'en', cwd: dir },
      ),
    ).toContain('content/ru/front-matter.md');
    // each worker wrote the memos of the pairs it checked
    expect(readdirSync(join(dir, '.diglot-cache', 'memo', 'findings'))).toHaveLength(KEEP.length);
  });

  it('a worker that dies loses nothing: the pair it took, and the rest, are checked in the main thread', async () => {
    const dir = copy('dying');
    const { jobs, settings } = jobsOf(dir);
    const { results, stats } = await checkInThreads(jobs, { threads: 1, settings, resources, workerUrl: new URL('./dying-check-worker.ts', import.meta.url) });
    expect(readFileSync(join(dir, 'died'), 'utf8')).toBe('0');
    expect(stats.checked).toEqual([0]);
    expect(stats.rechecked).toBe(jobs.length);
    expect(results.map((r) => ({ file: r.file.path, messages: storeMessages(r.file.messages), crashed: r.crashed }))).toEqual(single);
  });

  it('checkFilesCached counts the pairs stopped workers left, and reports them all the same', async () => {
    const dir = copy('dying-files');
    const pairs = resolveFileSet([], loadConfig({ cwd: dir }), dir);
    const options = { severities: RULE_DEFAULTS, lang: 'en' as const, cache: new CheckCache(undefined), glossary: 'none', resources, memoRoot: dir };
    const alone = await checkFilesCached(pairs, { ...options, jobs: 1 });
    const stopped = await checkFilesCached(pairs, { ...options, jobs: 2, workerUrl: new URL('./dying-check-worker.ts', import.meta.url) });
    expect(stopped.stats.threads).toBe(2);
    // Every pair but binary.md, whose English file cannot be read (reported before any thread runs).
    expect(stopped.stats.rechecked).toBe(pairs.length - 1);
    expect(alone.stats.rechecked).toBe(0);
    expect(stopped.files.map((f) => [f.path, storeMessages(f.messages)])).toEqual(alone.files.map((f) => [f.path, storeMessages(f.messages)]));
  });

  it('an invalid glossary is an input error, as in one thread', async () => {
    const dir = copy('bad-glossary');
    const glossaryDir = join(dir, 'empty-glossary');
    cpSync(join(dir, 'content', 'en'), glossaryDir, { recursive: true }); // a folder without *.yaml
    const { jobs, settings } = jobsOf(dir);
    const bad: ResourceSettings = { glossaryDir, glossaryOption: basename(glossaryDir) };
    await expect(checkInThreads(jobs, { threads: 2, settings, resources: bad })).rejects.toThrow('Cannot check terms without glossary files');
  });
});

describe('threadCount', () => {
  const MB = 1_000_000;
  it('--jobs n: n threads, never more than there are pairs or cores', () => {
    expect(threadCount(1, [9 * MB, 9 * MB], 2)).toBe(1);
    expect(threadCount(2, [1000, 1000, 1000], 2)).toBe(2);
    expect(threadCount(3, [1000, 1000], 4)).toBe(2);
    expect(threadCount(4, [1000, 1000, 1000, 1000], 2)).toBe(2);
    expect(threadCount(3, [1000], 2)).toBe(1);
  });

  it('auto: two threads only when a second thread can take enough off the first', () => {
    const half = AUTO_THREADS.minShared;
    expect(
      threadCount(
        'auto',
        Array.from({ length: 29 }, () => 26_000),
        2,
      ),
    ).toBe(1); // the bench repository: 0.76 MB
    expect(
      threadCount(
        'auto',
        Array.from({ length: 406 }, () => 26_000),
        2,
      ),
    ).toBe(2); // the scaled one: 10.6 MB
    expect(threadCount('auto', [half, half], 2)).toBe(2);
    expect(threadCount('auto', [10 * MB, half - 1], 2)).toBe(1); // one large pair: nothing to share
    expect(threadCount('auto', [half, half], 1)).toBe(1); // one core
    expect(
      threadCount(
        'auto',
        Array.from({ length: 100 }, () => MB),
        16,
      ),
    ).toBe(AUTO_THREADS.maxThreads);
  });
});
