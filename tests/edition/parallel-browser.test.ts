import { cpSync, mkdirSync, mkdtempSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { loadConfig } from '../../src/config/load-config.js';
import { buildSite } from '../../src/edition/build-site.js';
import { corpusProject } from './parallel-project.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHOTS = join(ROOT, 'tests/.output');
const CHROMIUM = '/usr/bin/chromium';
const SLUG = 'us-ussr-recognition-1933';

let browser: BrowserContext;
let out: string;

beforeAll(async () => {
  // No skip: CI installs chromium (apt-get install chromium); without it this test fails.
  expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`).toBe(true);
  out = mkdtempSync(join(tmpdir(), 'diglot-browser-'));
  await buildSite(loadConfig({ cwd: ROOT }), { outDir: out, cache: false, only: SLUG });
  mkdirSync(SHOTS, { recursive: true });
  // A fresh profile every run (playwright passes it as --user-data-dir).
  browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'diglot-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
});

async function open(width: number): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`file://${join(out, `${SLUG}.parallel.html`)}`);
  return page;
}

describe('parallel edition in a browser', () => {
  it('starts the English and Russian cells of every row at the same height', async () => {
    const page = await open(1280);
    const rows = await page.$$eval('.parallel-rows > .row', (els) =>
      els.map((row) => {
        const cells = Array.from(row.querySelectorAll(':scope > .cell')).map((c) => c.getBoundingClientRect().top);
        return { tops: cells, kind: row.className };
      }),
    );
    expect(rows.length).toBeGreaterThan(50);
    for (const row of rows) {
      expect(row.tops).toHaveLength(2);
      expect(Math.abs((row.tops[0] as number) - (row.tops[1] as number)), row.kind).toBeLessThan(0.5);
    }
    await page.screenshot({ path: join(SHOTS, 'parallel-1280.png') });
    await page.close();
  });

  it('highlights exactly the counterparts of a hovered sentence', async () => {
    const page = await open(1280);
    const sentences = await page.$$eval('.row-body [data-s^="en:"][data-with]', (els) => els.map((e) => e.getAttribute('data-s') as string));
    expect(sentences.length).toBeGreaterThan(100);
    for (const id of [sentences[3], sentences[40], sentences.at(-5)] as string[]) {
      const target = page.locator(`[data-s="${id}"]`);
      await target.scrollIntoViewIfNeeded();
      await target.hover();
      const expected = ((await target.getAttribute('data-with')) ?? '').split(' ').filter(Boolean).sort();
      const lit = (await page.$$eval('.hl', (els) => els.map((e) => e.getAttribute('data-s') as string))).sort();
      expect(expected.length).toBeGreaterThan(0);
      expect(lit).toEqual(expected);
      expect(lit.every((s) => s.startsWith('ru:'))).toBe(true);
      expect(await page.$$eval('.hl-self', (els) => els.map((e) => e.getAttribute('data-s')))).toEqual([id]);
    }
    // Keyboard: focusing a Russian sentence highlights its English counterpart(s).
    const ru = page.locator('.row-body [data-s^="ru:"][data-with]').nth(10);
    await ru.scrollIntoViewIfNeeded();
    await page.mouse.move(2, 450); // off the text, so no sentence stays hovered
    await ru.focus();
    const want = ((await ru.getAttribute('data-with')) ?? '').split(' ').sort();
    expect((await page.$$eval('.hl', (els) => els.map((e) => e.getAttribute('data-s') as string))).sort()).toEqual(want);
    await page.screenshot({ path: join(SHOTS, 'parallel-hover.png') });
    await page.close();
  });

  it('stacks the cells at 375 px with no horizontal scroll', async () => {
    const page = await open(375);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const stacked = await page.$eval('.row-body', (row) => {
      const [a, b] = Array.from(row.querySelectorAll(':scope > .cell')).map((c) => c.getBoundingClientRect());
      return a !== undefined && b !== undefined && b.top >= a.bottom - 1;
    });
    expect(stacked).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'parallel-375.png'), fullPage: false });
    await page.close();
  });
});

describe('parallel edition in a browser: code blocks, HTML blocks and tables of real pages', () => {
  let pages: string;
  let fixturePages: string;
  beforeAll(async () => {
    const root = corpusProject([
      { corpus: 'md-12factor', slug: 'dev-prod-parity' },
      { corpus: 'md-opensource-guide', slug: 'best-practices' },
    ]);
    pages = join(root, 'dist');
    await buildSite(loadConfig({ cwd: root }), { outDir: pages, cache: false });
    const fixture = mkdtempSync(join(tmpdir(), 'diglot-browser-blocks-'));
    cpSync(join(ROOT, 'tests/fixtures/parallel-blocks'), fixture, { recursive: true });
    fixturePages = join(fixture, 'dist');
    await buildSite(loadConfig({ cwd: fixture }), { outDir: fixturePages, cache: false });
  }, 60_000);

  async function openFile(file: string, width: number): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => void errors.push(String(error)));
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`file://${file}`);
    return { page, errors };
  }

  it('shows every code block and keeps a table one row of cells per parallel row, columns lined up', async () => {
    const { page, errors } = await openFile(join(fixturePages, 'blocks.parallel.html'), 1280);
    const pres = await page.$$eval('pre', (els) => els.map((e) => e.getBoundingClientRect().height));
    expect(pres).toHaveLength(7);
    expect(pres.every((h) => h > 10)).toBe(true);
    const rows = await page.$$eval('.row-table', (els) =>
      els.map((row) =>
        Array.from(row.querySelectorAll(':scope > .cell')).map((cell) =>
          Array.from(cell.querySelectorAll('th, td')).map((c) => Math.round(c.getBoundingClientRect().left)),
        ),
      ),
    );
    expect(rows).toHaveLength(10);
    for (const [en, ru] of rows) {
      expect(en).toHaveLength(4);
      expect(ru).toHaveLength(4);
      expect(en).toEqual(rows[0]?.[0]); // the columns of one side line up from row to row
      expect(ru).toEqual(rows[0]?.[1]);
    }
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'parallel-blocks-1280.png'), fullPage: true });
    await page.close();
  });

  it.each(['dev-prod-parity', 'best-practices'])('%s: no page errors, HTML tables intact, no horizontal scroll at 375 px', async (slug) => {
    for (const width of [1280, 375]) {
      const { page, errors } = await openFile(join(pages, `${slug}.parallel.html`), width);
      const tables = await page.$$eval('table', (els) => els.map((t) => t.querySelectorAll('tr').length));
      if (slug === 'dev-prod-parity') {
        expect(tables).toHaveLength(4);
        expect(tables.every((n) => n >= 4)).toBe(true);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (width === 375) expect(overflow).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
      if (width === 375) await page.screenshot({ path: join(SHOTS, `parallel-${slug}-375.png`), fullPage: false });
      await page.close();
    }
  });
});

describe("translator's notes and the translator's line in a browser", () => {
  let dist: string;
  beforeAll(async () => {
    const fixture = mkdtempSync(join(tmpdir(), 'diglot-browser-tn-'));
    cpSync(join(ROOT, 'tests/fixtures/translator-notes'), fixture, { recursive: true });
    dist = join(fixture, 'dist');
    await buildSite(loadConfig({ cwd: fixture }), { outDir: dist, cache: false });
  }, 60_000);

  async function openPage(file: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => void errors.push(String(error)));
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`file://${join(dist, file)}`);
    return { page, errors };
  }

  it("the Russian page shows the translator's line, keeps the author's note numbers and marks the note «*… — Примеч. пер.»", async () => {
    const { page, errors } = await openPage('ru/recognition.html');
    expect(await page.locator('header .translation-line').innerText()).toMatch(/^Перевод с английского\. Оригинал: .*An Anniversary of Late Recognition/);
    expect(await page.$$eval('sup > a[data-footnote-ref]', (els) => els.map((e) => e.textContent))).toEqual(['1', '*', '2']);
    const note = page.locator('section.footnotes .translator-note');
    expect(await note.count()).toBe(1);
    expect((await note.innerText()).replace(/\s+/g, ' ')).toMatch(/^\* В 1918 г\. .* ошибка\. — Примеч\. пер\. ↩$/);
    // The call leads to the note and the note back to the call.
    await page.locator('sup.tn-call a').click();
    expect(await note.evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().top < window.innerHeight)).toBe(true);
    expect(await page.evaluate(() => location.hash)).toBe('#user-content-tn-tn1');
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'translator-notes-ru.png'), fullPage: true });
    await page.close();
  });

  it("the parallel edition shows the note beside the English sentence it annotates, and the translator's line", async () => {
    const { page, errors } = await openPage('recognition.parallel.html');
    expect(await page.locator('.row-date .cell[lang="ru"] .translation-line').innerText()).toMatch(/^Перевод с английского/);
    const place = await page.evaluate(() => {
      const english = Array.from(document.querySelectorAll('[data-s^="en:"]')).find(
        (s) => s.textContent === 'Litvinov had lived in the United States since 1918.',
      );
      const note = document.querySelector('.translator-note');
      const row = english?.closest('.row');
      if (!english || !note || !row) return undefined;
      const e = english.getBoundingClientRect();
      const n = note.getBoundingClientRect();
      return { sameRow: note.closest('.row') === row, right: n.left >= e.right - 1, below: n.top >= e.top, text: note.textContent };
    });
    expect(place).toEqual({ sameRow: true, right: true, below: true, text: expect.stringMatching(/^\* В 1918.*— Примеч\. пер\. ↩$/) });
    expect(await page.$$eval('.cell[lang="ru"] sup > a[data-footnote-ref]', (els) => els.map((e) => e.textContent))).toEqual(['1', '*', '2']);
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'translator-notes-parallel.png'), fullPage: true });
    await page.close();
  });
});

describe('editions of two target languages in a browser: switcher and the source beside both targets', () => {
  let dist: string;
  beforeAll(async () => {
    const project = mkdtempSync(join(tmpdir(), 'diglot-browser-multi-'));
    for (const name of ['content', 'glossary', 'diglot.config.yaml']) cpSync(join(ROOT, name), join(project, name), { recursive: true });
    writeFileSync(
      join(project, 'diglot.config.yaml'),
      readFileSync(join(project, 'diglot.config.yaml'), 'utf8').replace(/^targetLanguages:.*$/m, 'targetLanguages: [ru, uk]'),
    );
    dist = join(project, 'dist');
    await buildSite(loadConfig({ cwd: project }), { outDir: dist, cache: false, only: SLUG });
  }, 60_000);

  it('lines up the three cells of every row, highlights a sentence in both targets, and follows the switcher', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => void errors.push(String(error)));
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`file://${join(dist, `${SLUG}.parallel-all.html`)}`);
    const rows = await page.$$eval('.parallel-rows > .row-multi', (els) =>
      els.map((row) =>
        Array.from(row.querySelectorAll(':scope > .cell')).map((c) => ({
          lang: c.getAttribute('lang'),
          top: c.getBoundingClientRect().top,
          left: c.getBoundingClientRect().left,
        })),
      ),
    );
    expect(rows.length).toBeGreaterThan(50);
    for (const cells of rows) {
      expect(cells.map((c) => c.lang)).toEqual(['en', 'ru', 'uk']);
      expect(Math.max(...cells.map((c) => c.top)) - Math.min(...cells.map((c) => c.top))).toBeLessThan(0.5);
      expect(cells[0]!.left).toBeLessThan(cells[1]!.left);
      expect(cells[1]!.left).toBeLessThan(cells[2]!.left);
    }
    const source = page.locator('.row-body [data-s^="en:"][data-with]').nth(20);
    await source.scrollIntoViewIfNeeded();
    await source.hover();
    const lit = await page.$$eval('.hl', (els) => els.map((e) => (e.getAttribute('data-s') ?? '').split(':')[0]));
    expect(new Set(lit)).toEqual(new Set(['ru', 'uk']));
    await page.screenshot({ path: join(SHOTS, 'parallel-all-1440.png') });
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    // The switcher: the Ukrainian edition from here, and from there back to the Russian one.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.locator('nav.editions a[hreflang="uk"]').click();
    expect(await page.evaluate(() => [document.documentElement.lang, location.pathname.split('/').slice(-2).join('/')])).toEqual(['uk', `uk/${SLUG}.html`]);
    expect(await page.locator('nav.editions').getAttribute('aria-label')).toBe('Видання');
    await page.locator('nav.editions a[hreflang="ru"]').click();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    expect(errors).toEqual([]);
    await page.close();
  });
});
