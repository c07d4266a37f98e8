import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { buildSite } from '../../src/edition/build-site.js';
import en from '../../src/i18n/locales/en.json' with { type: 'json' };
import { main } from '../../src/cli.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/build-basic/', import.meta.url));

/** A copy of the fixture project in a temp folder (the build writes .diglot-cache/ in the root). */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'diglot-build-'));
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

let root: string;
let out: string;
const read = (name: string): string => readFileSync(join(out, name), 'utf8');

beforeAll(async () => {
  root = project();
  out = join(root, 'dist');
  await buildSite(loadConfig({ cwd: root }), {});
});

describe('diglot build: files', () => {
  it('writes pages, Markdown copies, the parallel edition, TMX, CSS and existing images only', () => {
    expect(listFiles(out)).toEqual([
      'diglot.css',
      'en/images/litvinov.png',
      'en/recognition.html',
      'en/recognition.md',
      'recognition.en-ru.tmx',
      'recognition.parallel.html',
      'ru/images/litvinov.png',
      'ru/recognition.html',
      'ru/recognition.md',
      'status.html',
      'status.json',
    ]);
    expect(read('en/recognition.md')).toBe(readFileSync(join(root, 'content/en/recognition.md'), 'utf8'));
    expect(read('diglot.css')).toMatch(/@media print/);
  });

  it('loads nothing from elsewhere: one local stylesheet, no external script', () => {
    for (const page of ['en/recognition.html', 'ru/recognition.html', 'recognition.parallel.html']) {
      const html = read(page);
      expect(html.match(/<link[^>]*>/g)).toEqual([`<link rel="stylesheet" href="${page.includes('/') ? '../' : ''}diglot.css">`]);
      expect(html).not.toMatch(/<script[^>]*src=/);
    }
  });

  it('never writes into content/ (refuses an output folder inside it)', async () => {
    const before = listFiles(join(root, 'content'));
    await expect(buildSite(loadConfig({ cwd: root }), { outDir: join(root, 'content/out') })).rejects.toThrow(/Cannot write into the content folder/);
    expect(listFiles(join(root, 'content'))).toEqual(before);
  });
});

describe('diglot build: monolingual pages', () => {
  it('renders header, run-in labels, figures and localised notes (English)', () => {
    const html = read('en/recognition.html');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1>Sixteen Years Without Relations</h1>');
    expect(html).toContain('<p class="byline">By Jane Doe</p>');
    expect(html).toContain('Published <time datetime="1933-11-16">November 16, 1933</time>');
    expect(html).toContain('<strong class="run-in">Russia\'s debts.</strong>');
    expect(html).toContain(
      '<figure class="figure"><img src="images/litvinov.png" alt="Maxim Litvinov signs the agreement"><figcaption><span class="figure-caption">Maxim Litvinov signs the agreement</span> <span class="figure-credit">Photo: Associated Press</span></figcaption></figure>',
    );
    // The second image file is missing: caption and credit stay, no broken <img>.
    expect(html).toContain('<figure class="figure figure-missing"><figcaption><span class="figure-caption">Franklin Roosevelt at his desk</span>');
    expect(html).not.toContain('roosevelt.jpg');
    expect(html).toContain('<h2 id="user-content-footnote-label">Notes</h2>');
    expect(html).toContain('aria-label="Back to reference 1"');
  });

  it('renders the poll with plurals and percents computed from the votes', () => {
    const enHtml = read('en/recognition.html');
    const ruHtml = read('ru/recognition.html');
    expect(enHtml).toContain('<span class="poll-result">33 votes (31%)</span>');
    expect(enHtml).toContain('<p class="poll-total">106 votes in total</p>');
    expect(ruHtml).toContain('<span class="poll-result">33 голоса (31\u00A0%)</span>');
    expect(ruHtml).toContain('<span class="poll-result">21 голос (20\u00A0%)</span>');
    expect(ruHtml).toContain('<span class="poll-result">52 голоса (49\u00A0%)</span>');
    expect(ruHtml).toContain('Всего 106 голосов');
    expect(ruHtml.indexOf('class="poll"')).toBeLessThan(ruHtml.indexOf('data-footnotes'));
  });

  it('localises the Russian page and leaves no English interface string in it', () => {
    const html = read('ru/recognition.html');
    expect(html).toContain('<h2 id="user-content-footnote-label">Примечания</h2>');
    expect(html).toContain('Фото: Ассошиэйтед Пресс');
    expect(html).toContain('<time datetime="1933-11-16">16 ноября 1933 г.</time>');
    const strings = leaves(en)
      .flatMap((s) => s.split(/\{\{\w+\}\}/))
      .map((s) => s.trim())
      .filter((s) => /[A-Za-z]{3}/.test(s));
    expect(strings.length).toBeGreaterThan(15);
    for (const s of strings) expect(html, s).not.toContain(s);
  });

  it('sanitises raw HTML: no <script>, no event handler, safe HTML kept', () => {
    for (const page of ['en/recognition.html', 'ru/recognition.html', 'recognition.parallel.html']) {
      const html = read(page);
      expect(html).not.toContain('owned');
      expect(html).not.toMatch(/onerror/i);
      expect(html).toMatch(/<sup>[aа]<\/sup>/);
      const scripts = html.match(/<script\b/g) ?? [];
      expect(scripts.length).toBe(page.includes('parallel') ? 1 : 0);
    }
  });
});

describe('diglot build: parallel edition', () => {
  it('has a row per aligned block, sentences linked both ways, terms and notes per column', () => {
    const html = read('recognition.parallel.html');
    const rows = html.match(/<div class="row row-(body|header|date|poll|notes)">/g) ?? [];
    expect(rows.length).toBeGreaterThan(15);
    const links = new Map<string, string[]>();
    for (const m of html.matchAll(/<span class="s" data-s="([^"]+)"(?: data-with="([^"]*)")?/g))
      links.set(m[1] as string, (m[2] ?? '').split(' ').filter(Boolean));
    expect(links.size).toBeGreaterThan(40);
    for (const [id, partners] of links) for (const p of partners) expect(links.get(p), `${id} ↔ ${p}`).toContain(id);
    // Emphasis spanning two sentences is restored inside each sentence.
    expect(html).toMatch(/<span class="s"[^>]*><em><abbr[^>]*>Maxim Litvinov<\/abbr> arrived in Washington\.<\/em><\/span>/);
    expect(html).toMatch(/<span class="s"[^>]*><em>He met the President\.<\/em><\/span>/);
    expect(html).toContain('<abbr class="term" data-term="litvinov" title="Maxim Litvinov, People&#x27;s Commissar');
    expect(html).toContain('<h2 id="user-content-en-footnote-label">Notes</h2>');
    expect(html).toContain('<h2 id="user-content-ru-footnote-label">Примечания</h2>');
    expect(html).toContain('<a href="#user-content-ru-fn-1" id="user-content-ru-fnref-1" data-footnote-ref="">1</a>');
    expect(html).toContain('id="user-content-ru-fn-1"');
    expect(html).toContain('href="en/recognition.html"');
    expect(html).toContain('href="ru/recognition.html"');
    expect(html).toContain('<img src="en/images/litvinov.png"');
  });
});

describe('diglot build: incremental', () => {
  it('re-renders only the changed paragraph, and matches a cold build byte for byte', async () => {
    const dir = project();
    const log: string[] = [];
    const build = (outDir: string, cache: boolean) => buildSite(loadConfig({ cwd: dir }), { outDir: join(dir, outDir), cache, log: (l) => log.push(l) });
    await build('dist', true);
    const total = Number(/rendered (\d+) of (\d+) blocks/.exec(log[0] as string)?.[2]);
    const file = join(dir, 'content/ru/recognition.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Переговоры длились неделю.', 'Переговоры длились целую неделю.'));
    await build('dist', true);
    expect(log[1]).toContain(`rendered 1 of ${total} blocks, ${total - 1} from cache`);
    await build('cold', false);
    expect(log[2]).toContain(`rendered ${total} of ${total} blocks, 0 from cache`);
    const warm = listFiles(join(dir, 'dist'));
    expect(listFiles(join(dir, 'cold'))).toEqual(warm);
    for (const f of warm) expect(readFileSync(join(dir, 'cold', f)).equals(readFileSync(join(dir, 'dist', f))), f).toBe(true);
  });
});

describe('diglot build: CLI', () => {
  it('runs with --out, --only and --no-cache and reports what it did', async () => {
    const dir = project();
    const stdout: string[] = [];
    const code = await main(['build', '--out', 'site', '--only', 'recognition', '--no-cache'], { cwd: dir, stdout: (t) => stdout.push(t), stderr: () => {} });
    expect(code).toBe(0);
    expect(stdout.join('')).toMatch(/recognition: rendered \d+ of \d+ blocks, 0 from cache/);
    expect(listFiles(join(dir, 'site'))).toContain('recognition.parallel.html');
    expect(existsSync(join(dir, '.diglot-cache'))).toBe(false);
    expect(await main(['build', '--only', 'nope'], { cwd: dir, stdout: () => {}, stderr: () => {} })).toBe(2);
  });
});

function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [];
}
