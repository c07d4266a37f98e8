import { cpSync, mkdirSync, mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { loadConfig } from '../../src/config/load-config.js';
import { buildSite } from '../../src/build/build-site.js';
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
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
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
      els.map((row) => Array.from(row.querySelectorAll(':scope > .cell')).map((cell) => Array.from(cell.querySelectorAll('th, td')).map((c) => Math.round(c.getBoundingClientRect().left)))),
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
