import { appendFileSync, copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildReport } from '../../src/edition/build-site.js';
import { main } from '../../src/cli.js';
import { loadConfig } from '../../src/config/load-config.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/build-basic/', import.meta.url));

/**
 * A two-article project: the build-basic fixture as `recognition` and again as `second`
 * (both languages, sharing the image folder), in a temp folder.
 */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'diglot-incremental-'));
  cpSync(FIXTURE, dir, { recursive: true });
  for (const lang of ['en', 'ru']) copyFileSync(join(dir, 'content', lang, 'recognition.md'), join(dir, 'content', lang, 'second.md'));
  return dir;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

let dir: string;
let log: string[];

/** An incremental build into dist/ (with .diglot-cache/); its log lines go to `log`. */
async function build(): Promise<BuildReport> {
  log = [];
  return buildSite(loadConfig({ cwd: dir }), { log: (line) => log.push(line) });
}

const article = (report: BuildReport, slug: string) => report.articles.find((a) => a.slug === slug);

/** dist/ equals, file for file and byte for byte, a `--no-cache` build of the same content. */
async function expectSameAsNoCache(): Promise<void> {
  const cold = join(dir, 'cold');
  rmSync(cold, { recursive: true, force: true });
  const report = await buildSite(loadConfig({ cwd: dir }), { outDir: cold, cache: false });
  expect(report.articles.every((a) => !a.fromCache && a.cached === 0)).toBe(true);
  const files = listFiles(cold);
  expect(listFiles(join(dir, 'dist'))).toEqual(files);
  for (const f of files) expect(readFileSync(join(dir, 'dist', f)).equals(readFileSync(join(cold, f))), f).toBe(true);
}

beforeAll(async () => {
  dir = project();
  const report = await build();
  expect(report.articles.map((a) => [a.slug, a.fromCache])).toEqual([
    ['recognition', false],
    ['second', false],
  ]);
  expect(report.written.length).toBe(report.files.length);
});

describe('diglot build: document cache', () => {
  it('takes unchanged articles whole from the cache and writes nothing', async () => {
    const report = await build();
    expect(report.articles.map((a) => [a.slug, a.fromCache])).toEqual([
      ['recognition', true],
      ['second', true],
    ]);
    expect(log).toEqual(['recognition: from cache (8 files)', 'second: from cache (8 files)']);
    expect(report.written).toEqual([]);
    expect(report.files.length).toBe(1 + 8 + 6 + 2);
    expect(article(report, 'recognition')?.blocks).toBeGreaterThan(15);
    await expectSameAsNoCache();
  });

  it('after a one-paragraph edit rebuilds only that article, one row, byte-identical to --no-cache', async () => {
    const file = join(dir, 'content/ru/second.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Переговоры длились неделю.', 'Переговоры длились целую неделю.'));
    const report = await build();
    const second = article(report, 'second');
    expect(article(report, 'recognition')?.fromCache).toBe(true);
    expect(second).toMatchObject({ fromCache: false, rendered: 1, cached: (second?.blocks ?? 0) - 1 });
    expect(log[0]).toBe('recognition: from cache (8 files)');
    expect(log[1]).toMatch(/^second: rendered 1 of \d+ blocks/);
    // Only the changed outputs are rewritten: the Russian page and Markdown, the parallel page and the TMX.
    expect(report.written.sort()).toEqual(['ru/second.html', 'ru/second.md', 'second.en-ru.tmx', 'second.parallel.html']);
    expect(readFileSync(join(dir, 'dist/ru/second.md'), 'utf8')).toContain('целую неделю');
    await expectSameAsNoCache();
  });

  it('restores a deleted or altered output file from the cache', async () => {
    rmSync(join(dir, 'dist/en/recognition.html'));
    writeFileSync(join(dir, 'dist/second.parallel.html'), 'tampered');
    const report = await build();
    expect(report.articles.every((a) => a.fromCache)).toBe(true);
    expect(report.written.sort()).toEqual(['en/recognition.html', 'second.parallel.html']);
    expect(log).toEqual(['recognition: from cache (8 files, 1 restored)', 'second: from cache (8 files, 1 restored)']);
    await expectSameAsNoCache();
  });

  it('ignores a corrupt entry or a corrupt blob and builds the article again', async () => {
    writeFileSync(join(dir, '.diglot-cache/recognition.document.json'), '{"format":"diglot-document-cache/1","entry":{"key":');
    const blobs = join(dir, '.diglot-cache/blobs');
    const entry = JSON.parse(readFileSync(join(dir, '.diglot-cache/second.document.json'), 'utf8')) as {
      entry: { outputs: Array<{ file: string; sha256: string }> };
    };
    const tmx = entry.entry.outputs.find((o) => o.file === 'second.en-ru.tmx');
    expect(tmx).toBeDefined();
    writeFileSync(join(blobs, tmx?.sha256 ?? ''), 'not the TMX');
    rmSync(join(dir, 'dist/second.en-ru.tmx'));
    const report = await build();
    expect(report.articles.map((a) => [a.slug, a.fromCache, a.rendered])).toEqual([
      ['recognition', false, 0],
      ['second', false, 0],
    ]);
    expect(report.written).toEqual(['second.en-ru.tmx']);
    await expectSameAsNoCache();
    // Rebuilt entries are used again, and every blob left belongs to an entry.
    expect((await build()).articles.every((a) => a.fromCache)).toBe(true);
    const used = new Set(
      ['recognition', 'second'].flatMap((slug) =>
        (JSON.parse(readFileSync(join(dir, `.diglot-cache/${slug}.document.json`), 'utf8')) as typeof entry).entry.outputs.map((o) => o.sha256),
      ),
    );
    expect(new Set(readdirSync(blobs))).toEqual(used);
  });

  it('rebuilds when an image appears, when an image changes, and when the glossary changes', async () => {
    copyFileSync(join(dir, 'content/en/images/litvinov.png'), join(dir, 'content/en/images/roosevelt.jpg'));
    let report = await build();
    expect(report.articles.map((a) => a.fromCache)).toEqual([false, false]);
    expect(readFileSync(join(dir, 'dist/en/second.html'), 'utf8')).toContain('<img src="images/roosevelt.jpg"');
    expect(existsSync(join(dir, 'dist/en/images/roosevelt.jpg'))).toBe(true);
    appendFileSync(join(dir, 'content/en/images/roosevelt.jpg'), Buffer.from([0]));
    report = await build();
    expect(report.articles.map((a) => a.fromCache)).toEqual([false, false]);
    expect(report.written).toEqual(['en/images/roosevelt.jpg']);
    appendFileSync(join(dir, 'glossary/terms.yaml'), '\n# a comment\n');
    report = await build();
    expect(report.articles.map((a) => a.fromCache)).toEqual([false, false]);
    await expectSameAsNoCache();
  });

  it('says what it did on the command line; --no-cache leaves no cache behind', async () => {
    const stdout: string[] = [];
    expect(await main(['build'], { cwd: dir, stdout: (t) => stdout.push(t), stderr: () => {} })).toBe(0);
    // 9 files each now: the previous test added images/roosevelt.jpg.
    expect(stdout.join('')).toBe(
      'recognition: from cache (9 files)\nsecond: from cache (9 files)\nwrote 0 of 18 files to ' + join(dir, 'dist') + ' (the others were up to date)\n',
    );
    const fresh = project();
    expect(await main(['build', '--no-cache'], { cwd: fresh, stdout: () => {}, stderr: () => {} })).toBe(0);
    expect(existsSync(join(fresh, '.diglot-cache'))).toBe(false);
    expect(listFiles(join(fresh, 'dist'))).toEqual(listFiles(join(dir, 'dist')).filter((f) => !f.includes('roosevelt')));
  });
});
