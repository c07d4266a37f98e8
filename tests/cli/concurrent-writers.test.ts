import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeIfUnchangedHooks } from '../../src/util/write-if-unchanged.js';
import { hashDir } from '../exchange/exchange-helpers.js';
import { repoRoot } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';

const RU = 'content/ru/sample.md';

/** A scratch copy of the exchange fixture (with a lock, so `update` and `lock` have something to keep). */
async function project(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'diglot-concurrent-'));
  cpSync(join(repoRoot, 'tests', 'fixtures', 'exchange-basic'), dir, { recursive: true });
  mkdirSync(join(dir, 'glossary'));
  expect((await runCli(['lock'], dir)).code).toBe(0);
  return dir;
}

/** A one-entry PO for the fixture's English document. */
function po(dir: string, name: string, id: string, english: string, translation: string): string {
  const path = join(dir, name);
  writeFileSync(
    path,
    `msgid ""\nmsgstr ""\n"Language: ru\\n"\n"X-Diglot-Source: content/en/sample.md\\n"\n\nmsgctxt "${id}"\nmsgid "${english}"\nmsgstr "${translation}"\n`,
  );
  return path;
}

/** Units of the fixture, in two sets (one per concurrent writer); the last is inserted as a new block. */
const UNITS_A = [
  ['u-5298a845', 'Recognition in 1933', 'Заголовок'],
  ['u-96357cc7', 'The talks', 'Раздел'],
  ['u-1213c181', "Litvinov was People's Commissar for Foreign Affairs.", 'Сноска'],
] as const;
const UNITS_B = [
  ['u-51148684', 'Property claims were deferred.', 'Пункт один'],
  ['u-060c9134', 'Propaganda was renounced.', 'Пункт два'],
  ['u-54d998ae', 'The debts question remained open for years.', 'Новый абзац о долгах'],
] as const;

/** Run a child process that runs `jobs` in-process once `start` exists; resolves with their results. */
function child(
  start: string,
  warm: Array<{ cwd: string; argv: string[] }>,
  jobs: Array<{ cwd: string; argv: string[] }>,
): { ready: Promise<void>; done: Promise<Array<{ code: number; stdout: string; stderr: string }>> } {
  const proc = spawn(process.execPath, ['--import', 'tsx', join('tests', 'support', 'cli-loop.ts'), start, JSON.stringify(warm), JSON.stringify(jobs)], {
    cwd: repoRoot,
    env: { ...process.env, DIGLOT_LOCK_TIMEOUT: '120' },
  });
  let out = '';
  let err = '';
  let onReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  proc.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    if (out.startsWith('ready\n')) onReady();
  });
  proc.stderr.on('data', (d: Buffer) => void (err += d.toString()));
  const done = new Promise<Array<{ code: number; stdout: string; stderr: string }>>((resolve, reject) =>
    proc.on('close', (code) =>
      code === 0
        ? resolve(JSON.parse(out.split('\n')[1] ?? '') as Array<{ code: number; stdout: string; stderr: string }>)
        : reject(new Error(`child exited ${code}: ${err}`)),
    ),
  );
  return { ready, done };
}

describe('concurrent writers never lose a translation', () => {
  it('two processes importing into the same translation at once: every import is in the file, over several rounds', async () => {
    const dirs = await Promise.all(Array.from({ length: 5 }, () => project()));
    const scratch = await project();
    const jobs = (units: typeof UNITS_A | typeof UNITS_B, tag: string) =>
      dirs.flatMap((dir, round) =>
        units.map(([id, en, ru], k) => ({ cwd: dir, argv: ['import', po(dir, `${tag}${k}.po`, id, en, `${ru} ${tag}${round}`), '--no-validate'] })),
      );
    const start = join(mkdtempSync(join(tmpdir(), 'diglot-start-')), 'go');
    // Each child first imports once into its own scratch copy, so both start warm and write in step.
    const warm = (tag: string) => [
      { cwd: scratch, argv: ['import', po(scratch, `${tag}.po`, 'u-96357cc7', 'The talks', 'Раздел'), '--no-validate', '--dry-run'] },
    ];
    const a = child(start, warm('A'), jobs(UNITS_A, 'A'));
    const b = child(start, warm('B'), jobs(UNITS_B, 'B'));
    await Promise.all([a.ready, b.ready]);
    writeFileSync(start, '');
    const results = [...(await a.done), ...(await b.done)];
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    dirs.forEach((dir, round) => {
      const ru = readFileSync(join(dir, RU), 'utf8');
      for (const [, , text] of UNITS_A) expect(ru).toContain(`${text} A${round}`);
      for (const [, , text] of UNITS_B) expect(ru).toContain(`${text} B${round}`);
      expect(existsSync(join(dir, 'content', '.diglot-write.lock'))).toBe(false);
    });
  }, 240_000);
});

describe('concurrent builds', () => {
  it('two builds at once: both succeed, and leave a cache a third build takes whole, byte-identical to a cold build', async () => {
    const copy = (): string => {
      const dir = mkdtempSync(join(tmpdir(), 'diglot-concurrent-build-'));
      cpSync(join(repoRoot, 'tests', 'fixtures', 'build-basic'), dir, { recursive: true });
      return dir;
    };
    const dir = copy();
    const scratch = copy();
    const start = join(mkdtempSync(join(tmpdir(), 'diglot-start-')), 'go');
    const warm = [{ cwd: scratch, argv: ['build', '--no-cache', '--out', 'warm'] }];
    const jobs = [
      { cwd: dir, argv: ['build'] },
      { cwd: dir, argv: ['build'] },
    ];
    const a = child(start, warm, jobs);
    const b = child(start, warm, jobs);
    await Promise.all([a.ready, b.ready]);
    writeFileSync(start, '');
    for (const r of [...(await a.done), ...(await b.done)]) expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(dir, '.diglot-cache', 'build.lock'))).toBe(false);
    const again = await runCli(['build'], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/: from cache \(\d+ files\)\n/);
    expect(again.stdout).toMatch(/^wrote 0 of \d+ files/m);
    expect((await runCli(['build', '--no-cache', '--out', 'cold'], dir)).code).toBe(0);
    const files = (root: string): string[] =>
      readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name).slice(root.length))
        .sort();
    expect(files(join(dir, 'dist'))).toEqual(files(join(dir, 'cold')));
    for (const f of files(join(dir, 'cold'))) expect(readFileSync(join(dir, 'dist', f)).equals(readFileSync(join(dir, 'cold', f))), f).toBe(true);
  }, 240_000);
});

describe('compare-and-swap: a file changed by another program between the read and the write', () => {
  afterEach(() => void (writeIfUnchangedHooks.beforeCompare = undefined));

  it('import refuses (exit 2), and the other program’s text stays', async () => {
    const dir = await project();
    const file = po(dir, 'a.po', 'u-96357cc7', 'The talks', 'Раздел');
    const editor = `${readFileSync(join(dir, RU), 'utf8')}\nДобавлено в редакторе.\n`;
    writeIfUnchangedHooks.beforeCompare = (path) => writeFileSync(path, editor);
    const { code, stderr, stdout } = await runCli(['import', file, '--no-validate'], dir);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      `diglot: ${RU}: Cannot write the file: it was changed by another program since diglot read it. Nothing was written; run the command again`,
    );
    expect(readFileSync(join(dir, RU), 'utf8')).toBe(editor);
    writeIfUnchangedHooks.beforeCompare = undefined;
    expect((await runCli(['import', file, '--no-validate'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, RU), 'utf8')).toContain('## Раздел\n');
    expect(readFileSync(join(dir, RU), 'utf8')).toContain('Добавлено в редакторе.');
  });

  it('update and lock refuse when the lock file changed meanwhile', async () => {
    const dir = await project();
    const lockFile = join(dir, 'content', 'sample.lock.json');
    const en = join(dir, 'content', 'en', 'sample.md');
    writeFileSync(en, `${readFileSync(en, 'utf8')}\nA new paragraph, not translated yet.\n`);
    let theirs = '';
    // Another program rewrites the lock (valid JSON, one more newline) just before diglot's write.
    writeIfUnchangedHooks.beforeCompare = (path) => void (path === lockFile && writeFileSync(path, (theirs = `${readFileSync(path, 'utf8')}\n`)));
    for (const argv of [['update'], ['lock']]) {
      const { code, stderr } = await runCli(argv, dir);
      expect(code, argv.join(' ')).toBe(2);
      expect(stderr).toContain('content/sample.lock.json: Cannot write the file: it was changed by another program since diglot read it');
      expect(readFileSync(lockFile, 'utf8')).toBe(theirs);
    }
  });
});

describe('the write locks', () => {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.DIGLOT_LOCK_TIMEOUT;
    process.env.DIGLOT_LOCK_TIMEOUT = '0.1';
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.DIGLOT_LOCK_TIMEOUT;
    else process.env.DIGLOT_LOCK_TIMEOUT = saved;
  });
  const held = (command: string): string =>
    `${JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString(), command, token: 'not-ours' })}\n`;

  it('import, update and lock wait for a live holder, then exit 2 naming it; nothing is written', async () => {
    const dir = await project();
    writeFileSync(
      join(dir, 'content', 'en', 'sample.md'),
      readFileSync(join(dir, 'content', 'en', 'sample.md'), 'utf8').replace('The talks', 'The negotiations'),
    );
    const file = po(dir, 'a.po', 'u-1213c181', "Litvinov was People's Commissar for Foreign Affairs.", 'Сноска');
    writeFileSync(join(dir, 'content', '.diglot-write.lock'), held('import other.po'));
    const before = hashDir(join(dir, 'content'));
    for (const argv of [['import', file, '--no-validate'], ['update'], ['lock'], ['lock', 'sample']]) {
      const { code, stderr } = await runCli(argv, dir);
      expect(code, argv.join(' ')).toBe(2);
      expect(stderr).toMatch(
        new RegExp(
          `^diglot: content/\\.diglot-write\\.lock: Cannot ${argv[0]}.* while another diglot \\(pid ${process.pid} on host .*, \`diglot import other\\.po\`, since .*\\) holds the write lock; waited 0\\.1 s \\(set DIGLOT_LOCK_TIMEOUT to wait longer\\)\\. Nothing was written\\. If no diglot is running, remove the lock file: rm content/\\.diglot-write\\.lock\\n$`,
        ),
      );
    }
    expect(hashDir(join(dir, 'content'))).toBe(before);
  });

  it('read-only commands never need the lock', async () => {
    const dir = await project();
    const file = po(dir, 'a.po', 'u-1213c181', "Litvinov was People's Commissar for Foreign Affairs.", 'Сноска');
    writeFileSync(join(dir, 'content', '.diglot-write.lock'), held('import other.po'));
    mkdirSync(join(dir, '.diglot-cache'), { recursive: true });
    writeFileSync(join(dir, '.diglot-cache', 'build.lock'), held('build'));
    for (const argv of [
      ['check', '--no-cache'],
      ['segment', 'content/en/sample.md'],
      ['export', 'content/en/sample.md', '--format', 'po'],
      ['lock', '--check'],
      ['update', '--dry-run'],
      ['import', file, '--no-validate', '--dry-run'],
      ['build', '--no-cache'],
    ]) {
      const { code, stderr } = await runCli(argv, dir);
      expect(stderr, argv.join(' ')).not.toContain('lock');
      expect(code, argv.join(' ')).toBeLessThan(2);
    }
  });

  it('build with its cache takes the build lock', async () => {
    const dir = await project();
    mkdirSync(join(dir, '.diglot-cache'), { recursive: true });
    writeFileSync(join(dir, '.diglot-cache', 'build.lock'), held('build'));
    const { code, stderr } = await runCli(['build'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('diglot: .diglot-cache/build.lock: Cannot build while another diglot (pid');
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });

  it('a lock left by a process that is gone is taken over, with a note', async () => {
    const dir = await project();
    const file = po(dir, 'a.po', 'u-96357cc7', 'The talks', 'Раздел');
    writeFileSync(join(dir, 'content', '.diglot-write.lock'), held('update').replace(`"pid":${process.pid}`, '"pid":2147483646'));
    const { code, stderr } = await runCli(['import', file, '--no-validate'], dir);
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(
      /^diglot: note: took over the stale lock content\/\.diglot-write\.lock of pid 2147483646 on host .*, `diglot update`, since .*: that process is gone$/m,
    );
    expect(readFileSync(join(dir, RU), 'utf8')).toContain('## Раздел\n');
    expect(existsSync(join(dir, 'content', '.diglot-write.lock'))).toBe(false);
  });
});
