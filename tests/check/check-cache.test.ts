import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { sharedRoot } from './fixture-helpers.js';

const CORPUS = `${sharedRoot}corpora/md-12factor`;
const CONFIG = 'sourceLanguage: en\ntargetLanguages: [ru]\n';

/** A temp project with the given md-12factor pairs (all when none are named) under content/. */
function project(names?: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'diglot-check-cache-'));
  writeFileSync(join(dir, 'diglot.config.yaml'), CONFIG);
  for (const lang of ['en', 'ru']) {
    mkdirSync(join(dir, 'content', lang), { recursive: true });
    for (const name of names ?? readdirSync(join(CORPUS, lang))) copyFileSync(join(CORPUS, lang, name), join(dir, 'content', lang, name));
  }
  return dir;
}

/** `diglot check …` in `cwd`, as the tests below read it. */
async function run(cwd: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const { code, stdout, stderr } = await runCli(['check', ...args], cwd);
  return { code, out: stdout, err: stderr };
}

const cacheDir = (dir: string): string => join(dir, '.diglot-cache', 'check');

/** Each cache file with its inode: a rewritten entry (a miss) gets a new inode (atomic rename). */
function snapshot(dir: string): Record<string, number> {
  return Object.fromEntries(readdirSync(cacheDir(dir)).map((f) => [f, statSync(join(cacheDir(dir), f)).ino]));
}

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

describe('diglot check: result cache', () => {
  it('reports byte-identically from the cache in text, json and sarif, with the same exit code', async () => {
    const dir = project(['config.md', 'build-release-run.md', 'logs.md', 'codebase.md']);
    // A suppression without a reason (a `suppression` warning) and an English file without a translation.
    edit(join(dir, 'content/ru/logs.md'), '*Журналирование* обеспечивает', '<!-- diglot-ignore typography-ru -->\n*Журналирование* обеспечивает');
    copyFileSync(join(CORPUS, 'en', 'who.md'), join(dir, 'content/en/who.md'));
    const cold = await run(dir, '--glossary', 'none');
    expect(cold.err).toBe('diglot: checked 5 of 5 pairs, 0 from cache\n');
    expect(cold.code).toBe(1);
    expect(cold.out).toContain('content/ru/config.md:14:126: error markup-mismatch (ru):');
    expect(cold.out).toContain('  English: content/en/config.md:14:1: ');
    expect(cold.out).toMatch(/content\/ru\/logs\.md:\d+:1: warning suppression \(ru\): /);
    expect(cold.out).toContain('content/en/who.md:1:1: error missing-translation (ru):');
    expect(readdirSync(cacheDir(dir))).toHaveLength(4); // missing translations are not cached

    const warm = await run(dir, '--glossary', 'none');
    expect(warm.err).toBe('diglot: checked 1 of 5 pairs, 4 from cache\n');
    expect(warm.out).toBe(cold.out);
    expect(warm.code).toBe(cold.code);
    const entries = snapshot(dir);
    for (const format of ['text', 'json', 'sarif']) {
      const cached = await run(dir, '--glossary', 'none', '--format', format);
      const fresh = await run(dir, '--glossary', 'none', '--format', format, '--no-cache');
      expect(cached.out, format).toBe(fresh.out);
      expect(cached.code, format).toBe(fresh.code);
      expect(fresh.err).toBe('');
    }
    expect(snapshot(dir)).toEqual(entries); // every pair was a hit: no entry was rewritten
    const json = JSON.parse((await run(dir, '--glossary', 'none', '--format', 'json')).out) as {
      errors: number;
      files: Array<{ messages: Array<{ related?: unknown; expected?: unknown }> }>;
    };
    expect(json.errors).toBeGreaterThanOrEqual(4);
    expect(json.files.flatMap((f) => f.messages).filter((m) => m.related && m.expected).length).toBeGreaterThanOrEqual(4);

    // The report language is part of the result (messages are translated when checked).
    const ru = await run(dir, '--glossary', 'none', '--report-lang', 'ru');
    expect(ru.err).toBe('diglot: checked 5 of 5 pairs, 0 from cache\n');
    expect(ru.out).toContain('ошибка markup-mismatch');
    const ruWarm = await run(dir, '--glossary', 'none', '--report-lang', 'ru');
    expect(ruWarm.err).toBe('diglot: checked 1 of 5 pairs, 4 from cache\n');
    expect(ruWarm.out).toBe((await run(dir, '--glossary', 'none', '--report-lang', 'ru', '--no-cache')).out);
  });

  it('after a one-paragraph edit checks only that pair, and reports as a run without the cache', async () => {
    const dir = project();
    const cold = await run(dir, '--glossary', 'none');
    expect(cold.err).toBe('diglot: checked 16 of 16 pairs, 0 from cache\n');
    const before = snapshot(dir);
    expect(Object.keys(before)).toHaveLength(16);

    edit(join(dir, 'content/ru/config.md'), 'код не должен различаться.', 'код не должен различаться. Это "правка" абзаца.');
    const warm = await run(dir, '--glossary', 'none');
    expect(warm.err).toBe('diglot: checked 1 of 16 pairs, 15 from cache\n');
    expect(warm.out).toContain('content/ru/config.md:10:');
    expect(warm.out).toContain('Unexpected quotes `"правка"`');
    expect(warm.out).not.toBe(cold.out);
    const fresh = await run(dir, '--glossary', 'none', '--no-cache');
    expect(warm.out).toBe(fresh.out);
    expect(warm.code).toBe(fresh.code);
    const after = snapshot(dir);
    const rewritten = Object.keys(after).filter((f) => after[f] !== before[f]);
    expect(rewritten).toHaveLength(1);
  });

  it('a glossary change invalidates every pair', async () => {
    const dir = project(['config.md', 'codebase.md', 'logs.md']);
    const glossary = join(dir, 'glossary', 'terms.yaml');
    mkdirSync(join(dir, 'glossary'));
    writeFileSync(glossary, '- id: config\n  kind: term\n  en: ["config"]\n  ru: { term: "конфигурация", forbidden: [], forms: [] }\n');
    const cold = await run(dir);
    expect(cold.err).toBe('diglot: checked 3 of 3 pairs, 0 from cache\n');
    expect((await run(dir)).err).toBe('diglot: checked 0 of 3 pairs, 3 from cache\n');

    writeFileSync(glossary, '- id: config\n  kind: term\n  en: ["config"]\n  ru: { term: "настройка", forbidden: ["конфигурация"], forms: [] }\n');
    const changed = await run(dir);
    expect(changed.err).toBe('diglot: checked 3 of 3 pairs, 0 from cache\n');
    expect(changed.out).not.toBe(cold.out);
    expect(changed.out).toContain('term-forbidden');
    expect(changed.out).toBe((await run(dir, '--no-cache')).out);
    expect((await run(dir)).err).toBe('diglot: checked 0 of 3 pairs, 3 from cache\n');
  });

  it('ignores a corrupt or malformed cache file and recomputes it', async () => {
    const dir = project(['config.md', 'build-release-run.md', 'logs.md']);
    const cold = await run(dir, '--glossary', 'none');
    const [first, second] = readdirSync(cacheDir(dir)) as [string, string, string];
    writeFileSync(join(cacheDir(dir), first), '{"format":"diglot-check-cache/1","key":"trunc');
    const entry = JSON.parse(readFileSync(join(cacheDir(dir), second), 'utf8')) as { key: string };
    writeFileSync(join(cacheDir(dir), second), JSON.stringify({ format: 'diglot-check-cache/1', key: entry.key, messages: [{ reason: 7 }] }));
    const warm = await run(dir, '--glossary', 'none');
    // Each unusable entry is named in a warning; the run goes on without it.
    const lines = warm.err.trimEnd().split('\n');
    expect(lines.pop()).toBe('diglot: checked 2 of 3 pairs, 1 from cache');
    expect(lines.sort()).toEqual(
      [first, second]
        .map(
          (f) =>
            `diglot: info cache-ignored: Ignoring the cache file \`${relative(process.cwd(), join(cacheDir(dir), f))}\`: its seal does not match its contents (edited, corrupt, or written by another diglot or with another DIGLOT_CACHE_KEY)`,
        )
        .sort(),
    );
    expect(warm.out).toBe(cold.out);
    expect(warm.code).toBe(cold.code);
    expect((await run(dir, '--glossary', 'none')).err).toBe('diglot: checked 0 of 3 pairs, 3 from cache\n');
  });

  it('lives in the project root, prunes entries of removed pairs on a full run, and --no-cache writes nothing', async () => {
    const dir = project(['config.md', 'logs.md']);
    const fresh = await run(dir, '--glossary', 'none', '--no-cache');
    expect(existsSync(join(dir, '.diglot-cache'))).toBe(false);
    expect((await run(dir, '--glossary', 'none')).out).toBe(fresh.out);
    expect(readdirSync(cacheDir(dir))).toHaveLength(2);
    // A partial run keeps the other entries.
    writeFileSync(join(cacheDir(dir), `${'0'.repeat(32)}.json`), '{}');
    const partial = await run(dir, '--glossary', 'none', 'content/ru/config.md');
    expect(partial.err).toBe('diglot: checked 0 of 1 pairs, 1 from cache\n');
    expect(readdirSync(cacheDir(dir))).toHaveLength(3);
    // From a subfolder: paths are reported relative to it (new entries), in the root's cache; the full run prunes the rest.
    const fromContent = await run(join(dir, 'content'), '--glossary', 'none');
    expect(fromContent.err).toBe('diglot: checked 2 of 2 pairs, 0 from cache\n');
    expect(fromContent.out).toContain('ru/config.md:14:126: error markup-mismatch');
    expect(existsSync(join(dir, 'content', '.diglot-cache'))).toBe(false);
    expect(readdirSync(cacheDir(dir))).toHaveLength(2);
    const full = await run(dir, '--glossary', 'none');
    expect(full.err).toBe('diglot: checked 2 of 2 pairs, 0 from cache\n');
    expect(full.out).toBe(fresh.out);
    expect(readdirSync(cacheDir(dir))).toHaveLength(2); // a full run prunes the rest
  });
});
