import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { listDocuments } from '../../src/content/list-documents.js';
import { runCli } from '../support/run-cli.js';

const EN = '# Talks\n\nThe talks lasted ten days.\n\nThey ended in 1933.\n';
const RU = '# Переговоры\n\nПереговоры длились десять дней.\n\nОни завершились в 1933 году.\n';

/** A project with documents at the top, one level and two levels down, a draft and a partial. */
function project(config = "sourceLanguage: en\ntargetLanguages: [ru]\nexclude: ['drafts/**', '**/_*.md']\n"): string {
  const root = mkdtempSync(join(tmpdir(), 'diglot-nested-'));
  const put = (path: string, text: string): void => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  put('diglot.config.yaml', config);
  for (const slug of ['top', 'sub/x', 'sub/deeper/y']) {
    put(`content/en/${slug}.md`, EN);
    put(`content/ru/${slug}.md`, RU);
  }
  put('content/en/drafts/wip.md', EN);
  put('content/en/sub/_partial.md', EN);
  return root;
}

describe('nested content folders', () => {
  it('lists documents at any depth, leaving out excluded globs, sorted by slug', () => {
    const root = project();
    const config = loadConfig({ cwd: root });
    expect(listDocuments(config).map((d) => d.slug)).toEqual(['sub/deeper/y', 'sub/x', 'top']);
    expect(listDocuments(config)[1]?.file).toBe(join(root, 'content/en/sub/x.md'));
  });

  it('does not follow a symbolic link to a folder, inside the project or out of it (no loop)', () => {
    const root = project();
    symlinkSync(join(root, 'content/en'), join(root, 'content/en/sub/loop'));
    symlinkSync(tmpdir(), join(root, 'content/en/outside'));
    expect(listDocuments(loadConfig({ cwd: root })).map((d) => d.slug)).toEqual(['sub/deeper/y', 'sub/x', 'top']);
  });

  it('include picks the documents: only what a glob matches', () => {
    const root = project("include: ['sub/**/*.md']\n");
    expect(listDocuments(loadConfig({ cwd: root })).map((d) => d.slug)).toEqual(['sub/_partial', 'sub/deeper/y', 'sub/x']);
    // `.mdx` only when listed; `.md` stays the default.
    writeFileSync(join(root, 'content/en/sub/page.mdx'), EN);
    expect(listDocuments(loadConfig({ cwd: root })).map((d) => d.slug)).not.toContain('sub/page');
    writeFileSync(join(root, 'diglot.config.yaml'), "include: ['**/*.md', '**/*.mdx']\nexclude: ['**/_*.md']\n");
    const mdx = listDocuments(loadConfig({ cwd: root }));
    expect(mdx.map((d) => d.slug)).toEqual(['drafts/wip', 'sub/deeper/y', 'sub/page', 'sub/x', 'top']);
    expect(mdx.find((d) => d.slug === 'sub/page')?.file).toBe(join(root, 'content/en/sub/page.mdx'));
  });

  it('refuses an invalid glob at config load with its position (exit 2)', async () => {
    const root = project("exclude:\n  - 'drafts/**'\n  - '../secret/*.md'\n");
    const { code, stderr } = await runCli(['check'], root);
    expect(code).toBe(2);
    expect(stderr).toContain('diglot.config.yaml:3:5');
    expect(stderr).toContain('Unexpected glob `../secret/*.md` in `exclude`: it climbs out of the language folder');
    const bracket = project("include: ['**/*.m[d']\n");
    expect((await runCli(['check'], bracket)).stderr).toContain('do not balance');
  });

  it('check finds an error in the nested pair', async () => {
    const root = project();
    writeFileSync(join(root, 'content/ru/sub/deeper/y.md'), '# Переговоры\n\nПереговоры длились десять дней.\n\nОни завершились в 1934 году.\n');
    const { code, stdout } = await runCli(['check', '--format', 'json'], root);
    expect(code).toBe(1);
    const files = JSON.stringify(JSON.parse(stdout));
    expect(files).toContain('content/ru/sub/deeper/y.md');
    expect(files).not.toContain('drafts/wip.md');
    expect(files).not.toContain('_partial');
  });

  it('build writes nested pages whose relative links resolve', async () => {
    const root = project();
    const { code, stderr } = await runCli(['build', '--no-cache'], root);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const dist = join(root, 'dist');
    for (const file of ['en/sub/deeper/y.html', 'ru/sub/x.html', 'sub/x.parallel.html', 'sub/deeper/y.parallel.html', 'sub/x.en-ru.tmx', 'top.parallel.html']) expect(existsSync(join(dist, file)), file).toBe(true);
    expect(existsSync(join(dist, 'en/drafts/wip.html'))).toBe(false);
    // Every relative href in the nested pages points at a file that was built.
    for (const page of ['en/sub/deeper/y.html', 'ru/sub/x.html', 'sub/deeper/y.parallel.html']) {
      const html = readFileSync(join(dist, page), 'utf8');
      const hrefs = [...html.matchAll(/href="([^"#:]+)"/g)].map((m) => m[1] as string);
      expect(hrefs.length, page).toBeGreaterThan(1);
      for (const href of hrefs) expect(existsSync(join(dist, dirname(page), href)), `${page} → ${href}`).toBe(true);
    }
    expect(readFileSync(join(dist, 'en/sub/deeper/y.html'), 'utf8')).toContain('href="../../../diglot.css"');
  });

  it('build with the cache: a nested page is rebuilt when an image next to it changes', async () => {
    const root = project();
    writeFileSync(join(root, 'content/en/sub/x.md'), `${EN}\n![Map](map.png)\n`);
    writeFileSync(join(root, 'content/en/sub/map.png'), 'first');
    expect((await runCli(['build'], root)).code).toBe(0);
    expect(readFileSync(join(root, 'dist/en/sub/map.png'), 'utf8')).toBe('first');
    writeFileSync(join(root, 'content/en/sub/map.png'), 'second');
    const again = await runCli(['build'], root);
    expect(again.stdout).toContain('top: from cache');
    expect(again.stdout).not.toContain('sub/x: from cache');
    expect(readFileSync(join(root, 'dist/en/sub/map.png'), 'utf8')).toBe('second');
  });

  it('lock and update write nested lock files', async () => {
    const root = project();
    const lock = await runCli(['lock'], root);
    expect(lock.code).toBe(0);
    expect(lock.stdout).toContain(join('content', 'sub', 'deeper', 'y.lock.json'));
    expect(JSON.parse(readFileSync(join(root, 'content/sub/x.lock.json'), 'utf8')).units.length).toBeGreaterThan(0);
    expect(existsSync(join(root, 'content/drafts/wip.lock.json'))).toBe(false);
    expect((await runCli(['lock', 'sub/x'], root)).code).toBe(0);
    expect((await runCli(['lock', 'content/ru/sub/deeper/y.md'], root)).code).toBe(0);
    expect((await runCli(['lock', '../sub/x'], root)).code).toBe(2);
    writeFileSync(join(root, 'content/en/sub/x.md'), `${EN}\nA new paragraph.\n`);
    const update = await runCli(['update'], root);
    expect(update.code).toBe(0);
    expect(update.stdout).toContain('content/en/sub/x.md');
    expect(readFileSync(join(root, 'content/sub/x.lock.json'), 'utf8')).toContain('A new paragraph.');
  });
  it('diff reviews nested documents (git), leaving out excluded ones; textconv reads the language from the first folder', async () => {
    const root = project();
    expect((await runCli(['lock'], root)).code).toBe(0);
    const git = (...args: string[]): string => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
    git('init', '-q');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'first');
    writeFileSync(join(root, 'content/en/sub/deeper/y.md'), EN.replace('ten days', 'eleven days'));
    writeFileSync(join(root, 'content/en/drafts/wip.md'), EN.replace('ten days', 'twelve days'));
    const diff = await runCli(['diff', '--format', 'json'], root);
    expect(diff.stderr).toBe('');
    expect(diff.stdout).toContain('content/en/sub/deeper/y.md');
    expect(diff.stdout).toContain('eleven');
    expect(diff.stdout).not.toContain('drafts/wip.md');
    const textconv = await runCli(['textconv', 'content/ru/sub/x.md'], root);
    expect(textconv.code).toBe(0);
    expect(textconv.stdout).toContain('Переговоры длились');
    // The nested document's own lock keeps an edited unit's ID (content/sub/deeper/y.lock.json).
    const id = (text: string): string | undefined => /\[(u-[0-9a-f]+) paragraph\]\n(?:The talks)/.exec(text)?.[1];
    git('stash', '-q');
    const before = id((await runCli(['textconv', 'content/en/sub/deeper/y.md'], root)).stdout);
    git('stash', 'pop', '-q');
    const after = (await runCli(['textconv', 'content/en/sub/deeper/y.md'], root)).stdout;
    expect(after).toContain('eleven days');
    expect(id(after)).toBe(before);
    expect(before).toBeDefined();
  });
});
