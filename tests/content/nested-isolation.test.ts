import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPORA } from '../align/corpus.js';
import { runCli } from '../support/run-cli.js';

const EN = '# Talks\n\nThe talks lasted ten days.\n\nThey ended in 1933.\n';
const RU = '# Переговоры\n\nПереговоры длились десять дней.\n\nОни завершились в 1933 году.\n';

/** Three documents; the middle one (`b/bad`) pairs an English file with the translation of another document. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'diglot-isolation-'));
  const put = (path: string, text: string): void => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  put('diglot.config.yaml', 'sourceLanguage: en\ntargetLanguages: [ru]\n');
  for (const slug of ['a', 'c/good']) {
    put(`content/en/${slug}.md`, EN);
    put(`content/ru/${slug}.md`, RU);
  }
  put('content/en/b/bad.md', readFileSync(join(CORPORA, 'md-12factor/en/config.md'), 'utf8'));
  put('content/ru/b/bad.md', readFileSync(join(CORPORA, 'md-12factor/ru/logs.md'), 'utf8'));
  return root;
}

describe('one document that cannot be aligned never stops the others', () => {
  it('build: the others are built, the bad pair gets its language pages but no parallel page; exit 1', async () => {
    const root = project();
    const { code, stdout, stderr } = await runCli(['build', '--no-cache'], root);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^content\/ru\/b\/bad\.md(:\d+:\d+)?: error build-failed: Cannot align .* does not look like a translation.*\(expected: a translation that can be aligned with the source; found: an alignment failure\)$/m);
    expect(stderr).toContain('its language pages were built, its parallel page and TMX were not (document 2 of 3)');
    expect(stdout).toContain('1 file refused or unreadable');
    const dist = join(root, 'dist');
    for (const file of ['a.parallel.html', 'c/good.parallel.html', 'en/b/bad.html', 'ru/b/bad.html']) expect(existsSync(join(dist, file)), file).toBe(true);
    expect(existsSync(join(dist, 'b/bad.parallel.html'))).toBe(false);
  });

  it('build with the cache: the failed document is built again next time, the others come from the cache', async () => {
    const root = project();
    expect((await runCli(['build'], root)).code).toBe(1);
    const again = await runCli(['build'], root);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('a: from cache');
    expect(again.stdout).not.toContain('b/bad: from cache');
  });

  it('lock: an error on the bad document with its position; the others are locked; exit 1', async () => {
    const root = project();
    const { code, stderr } = await runCli(['lock'], root);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^content\/ru\/b\/bad\.md(:\d+:\d+)?: error document-failed: Cannot process document 2 of 3: Cannot align .*; the others were processed/m);
    expect(existsSync(join(root, 'content/a.lock.json'))).toBe(true);
    expect(existsSync(join(root, 'content/c/good.lock.json'))).toBe(true);
    expect(existsSync(join(root, 'content/b/bad.lock.json'))).toBe(false);
  });

  it('update: a document whose lock cannot be read is an error on it; the others are updated; exit 1', async () => {
    const root = project();
    mkdirSync(join(root, 'content/c'));
    writeFileSync(join(root, 'content/c/good.lock.json'), '{ not json');
    const { code, stdout, stderr } = await runCli(['update'], root);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^content\/c\/good\.lock\.json(:\d+:\d+)?: error document-failed: Cannot process document 3 of 3: /m);
    expect(stdout).toContain('content/en/a.md');
    expect(existsSync(join(root, 'content/a.lock.json'))).toBe(true);
    expect(readFileSync(join(root, 'content/c/good.lock.json'), 'utf8')).toBe('{ not json');
  });

  it('check: the bad pair is an error on it; the others are checked', async () => {
    const root = project();
    writeFileSync(join(root, 'content/ru/c/good.md'), RU.replace('1933', '1934'));
    const { code, stdout } = await runCli(['check', '--format', 'json'], root);
    expect(code).toBe(1);
    expect(stdout).toContain('content/ru/b/bad.md');
    expect(stdout).toContain('content/ru/c/good.md');
  });

  it('export: a pair that cannot be aligned is exported with every unit untranslated, with a warning, so it can be re-translated', async () => {
    const root = project();
    const { code, stdout, stderr } = await runCli(['export', 'content/en/b/bad.md', '--format', 'po'], root);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^content\/ru\/b\/bad\.md(:\d+:\d+)?: warning export-unaligned \(ru\): Cannot align .*; exporting every unit of `content\/en\/b\/bad\.md` as untranslated( \(expected: .*\))?$/m);
    const entries = [...stdout.matchAll(/^msgstr "(.*)"$/gm)].slice(1);
    expect(entries.length).toBeGreaterThan(5);
    expect(entries.every((m) => m[1] === '')).toBe(true);
    const all = await runCli(['export', '--format', 'po', '--out', 'out'], root);
    expect(all.code).toBe(0);
    for (const slug of ['a', 'b/bad', 'c/good']) expect(existsSync(join(root, 'out', `${slug}.ru.po`)), slug).toBe(true);
  });
});
