import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { readAsset } from '../../src/edition/assets.js';
import { buildSite } from '../../src/edition/build-site.js';
import { loadConfig } from '../../src/config/load-config.js';
import { smallProject } from '../security/project.js';

const CHROMIUM = '/usr/bin/chromium';
let browser: Browser;
let out: string;

/** Names content could use to shadow what a page script looks up through `document` or `window`. */
const CLOBBERS = ['querySelectorAll', 'addEventListener', 'getElementById', 'body', 'documentElement', 'classList'];

beforeAll(async () => {
  expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`).toBe(true);
  const imgs = (lang: string): string =>
    CLOBBERS.map((n) => `<img name="${n}" src="https://example.org/${lang}.png" alt="x"><form name="${n}"></form><a id="${n}">.</a>`).join(' ');
  const dir = smallProject(['a'], {
    'content/en/a.md': `# Title\n\nThe talks began in 1933. They ended soon.\n\nSecond paragraph here. ${imgs('en')} More text.\n`,
    'content/ru/a.md': `# Заголовок\n\nПереговоры начались в 1933 году. Они скоро закончились.\n\nВторой абзац здесь. ${imgs('ru')} Ещё текст.\n`,
  });
  out = mkdtempSync(join(tmpdir(), 'diglot-clobber-'));
  await buildSite(loadConfig({ cwd: dir }), { outDir: out, cache: false });
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
});

afterAll(async () => {
  await browser?.close();
});

describe('parallel edition with content that tries DOM clobbering', () => {
  it('still highlights the counterparts of a hovered sentence, without page errors', async () => {
    const html = readFileSync(join(out, 'a.parallel.html'), 'utf8');
    expect(html).toContain('name="user-content-querySelectorAll"');
    const context = await browser.newContext();
    await context.route(/^https?:/, (route) => route.abort());
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`file://${join(out, 'a.parallel.html')}`);
    const target = page.locator('[data-s^="en:"][data-with]').first();
    await target.hover();
    const expected = ((await target.getAttribute('data-with')) ?? '').split(' ').filter(Boolean).sort();
    expect(expected.length).toBeGreaterThan(0);
    const lit = (await page.$$eval('.hl', (els) => els.map((e) => e.getAttribute('data-s') as string))).sort();
    expect(lit).toEqual(expected);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the page script works even next to unprefixed clobbering elements (it never looks methods up by name)', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const clobbers = CLOBBERS.map((n) => `<img name="${n}" alt=""><form name="${n}"></form><embed name="${n}">`).join('');
    await page.setContent(
      `<!doctype html><html><body>${clobbers}<p><span class="s" data-s="en:1" data-with="ru:1" tabindex="0">One.</span></p><p><span class="s" data-s="ru:1" data-with="en:1" tabindex="0">Один.</span></p><script>${readAsset('parallel.js')}</script></body></html>`,
    );
    await page.locator('[data-s="en:1"]').hover();
    // (Playwright's own $$eval would look up document.querySelectorAll, which is clobbered here.)
    const lit = await page.evaluate(() =>
      Array.from(Document.prototype.querySelectorAll.call(document, '.hl'), (e) => Element.prototype.getAttribute.call(e, 'data-s')),
    );
    expect(lit).toEqual(['ru:1']);
    expect(errors).toEqual([]);
    await page.close();
  });
});
