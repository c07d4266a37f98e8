import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/edition/build-site.js';
import { loadConfig } from '../../src/config/load-config.js';
import { commit, copyProject, editEnglish, ROOT, SLUG } from './status-project.js';

const SHOTS = join(ROOT, 'tests/.output');
const CHROMIUM = '/usr/bin/chromium';

let browser: BrowserContext;
let dist: string;

beforeAll(async () => {
  // No skip: CI installs chromium (apt-get install chromium); without it this test fails.
  expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`).toBe(true);
  const dir = copyProject({ date: '2026-02-01T09:00:00+00:00' });
  editEnglish(dir);
  commit(dir, 'Spell out sixteen', '2026-03-12T10:00:00+01:00');
  await buildSite(loadConfig({ cwd: dir }), { cache: false });
  dist = join(dir, 'dist');
  mkdirSync(SHOTS, { recursive: true });
  // JavaScript off: the status page and the banners must be readable without it.
  browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'diglot-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    javaScriptEnabled: false,
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
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('status page and banner in a browser, without JavaScript', () => {
  it('shows the status table with the stale translation, readable and styled', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`file://${join(dist, 'status.html')}`);
    expect(await page.title()).toBe('Translation status');
    const rows = await page.$$eval('table.status-documents tbody tr', (trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll('th, td')).map((c) => (c as HTMLElement).innerText.trim())),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.slice(1, 4)).toEqual(['Русский', 'Out of date', expect.stringMatching(/^1 \/ \d+$/)]);
    expect(rows[0]?.[4]).toMatch(/^March 12, 2026 \(commit [0-9a-f]{12}\)$/);
    // Visible: the table is laid out inside the page, the state is styled as a warning.
    const box = await page.locator('table.status-documents').boundingBox();
    expect(box?.width).toBeGreaterThan(400);
    const color = await page.$eval('td.state-stale', (td) => getComputedStyle(td).color);
    expect(color).toBe('rgb(138, 28, 28)');
    await page.screenshot({ path: join(SHOTS, 'status-1280.png'), fullPage: true });
    // The page link leads to the Russian page.
    await page.click('table.status-documents a[hreflang="ru"]');
    expect(page.url()).toBe(`file://${join(dist, 'ru', `${SLUG}.html`)}`);
    await page.close();
  });

  it('shows the banner at the top of the Russian page, and its link opens the English', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`file://${join(dist, 'ru', `${SLUG}.html`)}`);
    const banner = page.locator('.stale-banner');
    expect(await banner.isVisible()).toBe(true);
    expect(await banner.innerText()).toBe('Перевод устарел: английский текст изменился 12 марта 2026 г. Читать оригинал');
    const [bannerBox, titleBox] = [await banner.boundingBox(), await page.locator('h1').boundingBox()];
    expect(bannerBox && titleBox && bannerBox.y + bannerBox.height <= titleBox.y).toBe(true);
    expect((bannerBox?.y ?? 900) < 844).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'stale-banner-390.png') });
    await banner.locator('a').click();
    expect(page.url()).toBe(`file://${join(dist, 'en', `${SLUG}.html`)}`);
    expect(await page.$eval('html', (html) => html.lang)).toBe('en');
    expect(await page.locator('.stale-banner').count()).toBe(0);
    await page.close();
  });

  it('marks the stale row of the parallel edition', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`file://${join(dist, `${SLUG}.parallel.html`)}`);
    const row = page.locator('.row-stale');
    expect(await row.count()).toBe(1);
    await row.scrollIntoViewIfNeeded();
    expect(await row.locator('.stale-mark').innerText()).toMatch(/^перевод устарел$/i);
    expect(await row.locator('.cell').first().innerText()).toContain('sixteen years');
    await page.close();
  });
});
