import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCacheJson, writeCacheJson } from '../../src/cache/cache-file.js';
import { main } from '../../src/cli.js';
import { readAsset } from '../../src/edition/assets.js';
import { BlobStore } from '../../src/edition/blob-store.js';
import { sanitizePage } from '../../src/edition/sanitize-page.js';
import { pageShell } from '../../src/edition/page-shell.js';
import { smallProject } from './project.js';

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

/** Edit a cache file and seal it again with the (public) seal key: what a forger can do without `DIGLOT_CACHE_KEY`. */
function forge(file: string, purpose: string, change: (data: Record<string, unknown>) => void): void {
  const data = readCacheJson(file, purpose) as Record<string, unknown>;
  expect(data).toBeTypeOf('object');
  change(data);
  expect(writeCacheJson(file, purpose, data)).toBe(true);
}

function pages(dir: string): Record<string, string> {
  return Object.fromEntries(['en/a.html', 'ru/a.html', 'a.parallel.html'].map((p) => [p, readFileSync(join(dir, 'dist', p), 'utf8')]));
}

const EVIL =
  '<script>alert(1)</script><img src="x.png" onerror="alert(2)"><a href="javascript:alert(3)">x</a><iframe src="https://evil.example"></iframe><style>body{display:none}</style><object data="x.swf"></object><embed src="x.swf"><p style="position:fixed">s</p>';

describe('pages are sanitised after assembly', () => {
  it('a clean page (language page or parallel page with its script) is returned byte for byte', () => {
    const page = pageShell({
      lang: 'en',
      title: 'T',
      stylesheet: '../diglot.css',
      navLabel: 'Editions',
      links: [{ href: '../ru/a.html', text: 'RU', hrefLang: 'ru', lang: 'ru' }],
      body: [],
    });
    expect(sanitizePage(page)).toEqual({ html: page, removed: [] });
    const parallel = pageShell({
      lang: 'en',
      title: 'T',
      stylesheet: 'diglot.css',
      navLabel: 'Editions',
      links: [],
      body: [],
      bodyClass: 'parallel',
      script: readAsset('parallel.js'),
    });
    expect(sanitizePage(parallel)).toEqual({ html: parallel, removed: [] });
  });

  it('removes scripts (but diglot’s own), event handlers, javascript: URLs, iframes, styles, foreign stylesheets and unprefixed ids', () => {
    const own = readAsset('parallel.js');
    const page = pageShell({ lang: 'en', title: 'T', stylesheet: 'diglot.css', navLabel: 'Editions', links: [], body: [], bodyClass: 'parallel', script: own })
      .replace('<article></article>', `<article>${EVIL}<p id="querySelectorAll">ok</p></article>`)
      .replace('</head>', '<link rel="stylesheet" href="https://evil.example/x.css"><script src="https://evil.example/x.js"></script></head>');
    const { html, removed } = sanitizePage(page);
    expect(removed).toContain('a <script> element');
    for (const bad of [
      'alert(1)',
      'onerror',
      'javascript:',
      '<iframe',
      '<style',
      'style=',
      '<object',
      '<embed',
      'x.swf',
      'evil.example',
      'id="querySelectorAll"',
    ])
      expect(html).not.toContain(bad);
    expect(html).toContain('id="user-content-querySelectorAll"');
    expect(html).toContain(`<script>${own}</script>`);
    expect(html).toContain('<link rel="stylesheet" href="diglot.css">');
    expect(html.endsWith('</html>\n')).toBe(true);
    expect(sanitizePage(html)).toEqual({ html, removed: [] });
  });

  it('a script that is not diglot’s exact parallel script is removed, even in the place of diglot’s', () => {
    const page = pageShell({
      lang: 'en',
      title: 'T',
      stylesheet: 'diglot.css',
      navLabel: 'E',
      links: [],
      body: [],
      script: `${readAsset('parallel.js')};alert(1)`,
    });
    const { html, removed } = sanitizePage(page);
    expect(removed).toEqual(['a <script> element']);
    expect(html).not.toContain('<script');
  });

  it('build: a script planted in the page cache with a recomputed seal is removed, with a warning', async () => {
    const dir = smallProject(['a']);
    expect((await cli(['build'], dir)).code).toBe(0);
    const clean = pages(dir);
    rmSync(join(dir, '.diglot-cache', 'a.document.json'));
    forge(join(dir, '.diglot-cache', 'a.pages.json'), 'diglot-render-cache/2', (d) => {
      const entries = d['entries'] as Record<string, string>;
      for (const k of Object.keys(entries)) entries[k] = (entries[k] as string).replace('<main', `${EVIL}<main`);
    });
    forge(join(dir, '.diglot-cache', 'a.rows.json'), 'diglot-render-cache/2', (d) => {
      const entries = d['entries'] as Record<string, string>;
      for (const k of Object.keys(entries)) entries[k] = (entries[k] as string).replace('<div', `${EVIL}<div`);
    });
    const run = await cli(['build'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(/seal does not match/);
    for (const page of ['en/a.html', 'ru/a.html', 'a.parallel.html']) {
      expect(run.stderr).toMatch(
        new RegExp(
          `^diglot: info page-sanitized: dist/${page.replace(/\./g, '\\.')}: removed unsafe content that came from the cache \\(a <script> element`,
          'm',
        ),
      );
      const html = readFileSync(join(dir, 'dist', page), 'utf8');
      for (const bad of ['alert(', 'onerror', 'javascript:', '<iframe', '<style']) expect(html).not.toContain(bad);
    }
    expect(readFileSync(join(dir, 'dist', 'a.parallel.html'), 'utf8')).toContain(`<script>${readAsset('parallel.js')}</script>`);
    expect(pages(dir)['ru/a.html']).not.toBe(clean['ru/a.html']);
  });

  it('build: a forged document-cache entry pointing to a planted page is sanitised on restore', async () => {
    const dir = smallProject(['a']);
    expect((await cli(['build'], dir)).code).toBe(0);
    const clean = pages(dir);
    const blobs = new BlobStore(join(dir, '.diglot-cache', 'blobs'));
    const evil = clean['en/a.html']!.replace('<main', `${EVIL}<main`);
    const sha = blobs.put(Buffer.from(evil));
    forge(join(dir, '.diglot-cache', 'a.document.json'), 'diglot-document-cache/3', (d) => {
      const entry = d['entry'] as { outputs: Array<{ file: string; sha256: string }> };
      for (const o of entry.outputs) if (o.file === 'en/a.html') o.sha256 = sha;
    });
    rmSync(join(dir, 'dist'), { recursive: true });
    const run = await cli(['build'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('a: from cache');
    expect(run.stderr).toMatch(/^diglot: info page-sanitized: dist\/en\/a\.html: removed unsafe content that came from the cache \(a <script> element/m);
    const built = pages(dir);
    expect(built['ru/a.html']).toBe(clean['ru/a.html']);
    expect(built['a.parallel.html']).toBe(clean['a.parallel.html']);
    for (const bad of ['alert(', 'onerror', 'javascript:', '<iframe', '<style', '<script']) expect(built['en/a.html']).not.toContain(bad);
    // Again, with the sanitised page already in the output folder: still sanitised, nothing rewritten.
    const again = await cli(['build'], dir);
    expect(again.stderr).toContain('removed unsafe content');
    expect(again.stdout).toContain('wrote 0 of');
    expect(pages(dir)).toEqual(built);
  });

  it('build: a clean cold build and a warm build are byte-identical, without warnings', async () => {
    const dir = smallProject(['a', 'b']);
    const cold = await cli(['build'], dir);
    expect(cold.code).toBe(0);
    expect(cold.stderr).toBe('');
    const first = readdirSync(join(dir, 'dist'), { recursive: true, encoding: 'utf8' })
      .sort()
      .map((f) => [f, safeRead(join(dir, 'dist', f))]);
    const warm = await cli(['build'], dir);
    expect(warm.stderr).toBe('');
    expect(warm.stdout).toContain('wrote 0 of');
    rmSync(join(dir, 'dist'), { recursive: true });
    rmSync(join(dir, '.diglot-cache'), { recursive: true });
    expect((await cli(['build', '--no-cache'], dir)).stderr).toBe('');
    const again = readdirSync(join(dir, 'dist'), { recursive: true, encoding: 'utf8' })
      .sort()
      .map((f) => [f, safeRead(join(dir, 'dist', f))]);
    expect(again).toEqual(first);
  });
});

function safeRead(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
