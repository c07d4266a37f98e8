import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildReport } from '../../src/edition/build-site.js';
import { loadConfig } from '../../src/config/load-config.js';
import { I18nErrorCode } from '../../src/i18n/i18n-error-code.js';
import en from '../../src/i18n/locales/en.json' with { type: 'json' };
import ru from '../../src/i18n/locales/ru.json' with { type: 'json' };
import uk from '../../src/i18n/locales/uk.json' with { type: 'json' };

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NO_CATALOGUE = fileURLToPath(new URL('../fixtures/edition-no-catalogue/', import.meta.url));
const SLUG = 'us-ussr-recognition-1933';
const PAGES = [`en/${SLUG}.html`, `ru/${SLUG}.html`, `uk/${SLUG}.html`, `${SLUG}.parallel.html`, `${SLUG}.uk.parallel.html`, `${SLUG}.parallel-all.html`];

/** The real article with its Russian and Ukrainian editions, in a throwaway project with `targetLanguages: [ru, uk]`. */
function twoTargetProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'diglot-editions-'));
  for (const name of ['content', 'glossary', 'diglot.config.yaml']) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  const config = readFileSync(join(dir, 'diglot.config.yaml'), 'utf8');
  writeFileSync(join(dir, 'diglot.config.yaml'), config.replace(/^targetLanguages:.*$/m, 'targetLanguages: [ru, uk]'));
  return dir;
}

const parse = (html: string): Root => unified().use(rehypeParse).parse(html);
const elements = (tree: Root | Element, test: (e: Element) => boolean): Element[] => {
  const found: Element[] = [];
  visit(tree, 'element', (e) => void (test(e) && found.push(e)));
  return found;
};
const classes = (e: Element): string[] => (e.properties['className'] as string[] | undefined) ?? [];
const textOf = (e: Element | Root): string => {
  let text = '';
  visit(e, 'text', (t) => void (text += t.value));
  return text;
};
function leaves(value: object): string[] {
  return Object.values(value).flatMap((v) => (typeof v === 'string' ? [v] : leaves(v as object)));
}

let out: string;
let report: BuildReport;
const read = (name: string): string => readFileSync(join(out, name), 'utf8');

beforeAll(async () => {
  const root = twoTargetProject();
  out = join(root, 'dist');
  report = await buildSite(loadConfig({ cwd: root }), { cache: false });
}, 120_000);

describe('editions of a project with two target languages (ru, uk)', () => {
  it('builds every edition with no interface-string warning, and keeps the existing URLs', () => {
    expect(report.errors.map(String)).toEqual([]);
    expect(report.problems).toEqual([]);
    for (const page of PAGES) expect(report.files, page).toContain(page);
  });

  it('gives the Ukrainian page Ukrainian chrome and no English or Russian interface string', () => {
    const html = read(`uk/${SLUG}.html`);
    expect(html).toMatch(/^<!doctype html><html lang="uk">/);
    expect(html).toContain('aria-label="Видання"');
    for (const text of ['Примітки', 'Опубліковано <time', 'листопада', 'Паралельний текст: англійська і українська']) expect(html).toContain(text);
    const english = leaves(en)
      .flatMap((s) => s.split(/\{\{\w+\}\}/))
      .map((s) => s.trim())
      .filter((s) => /[A-Za-z]{3}/.test(s));
    const russian = leaves(ru)
      .filter((s) => !leaves(uk).includes(s))
      .flatMap((s) => s.split(/\{\{\w+\}\}/))
      .map((s) => s.trim())
      .filter((s) => s.length > 5);
    expect(english.length + russian.length).toBeGreaterThan(30);
    for (const s of [...english, ...russian]) expect(html, s).not.toContain(s);
  });

  it('puts a language switcher on every page whose links lead to built files, with hreflang and lang', () => {
    for (const page of PAGES) {
      const tree = parse(read(page));
      const [nav] = elements(tree, (e) => e.tagName === 'nav' && classes(e).includes('editions'));
      expect(nav, page).toBeDefined();
      const links = elements(nav as Element, (e) => e.tagName === 'a');
      const current = elements(nav as Element, (e) => e.tagName === 'strong');
      expect(links.length + current.length, page).toBe(6);
      expect(current, page).toHaveLength(1);
      for (const a of links) {
        const href = a.properties['href'] as string;
        expect(existsSync(join(out, dirname(page), href)), `${page} → ${href}`).toBe(true);
      }
      const languages = links.filter((a) => a.properties['hrefLang'] !== undefined);
      for (const a of languages)
        expect(
          elements(a, (e) => e.properties['lang'] === a.properties['hrefLang']),
          page,
        ).toHaveLength(1);
      const named = [...languages.map((a) => a.properties['hrefLang']), ...current.map((s) => s.properties['lang']).filter(Boolean)].sort();
      expect(named, page).toEqual(['en', 'ru', 'uk']);
    }
    const enNav = textOf(parse(read(`en/${SLUG}.html`)));
    expect(enNav).toContain('Parallel edition: English, Russian, and Ukrainian');
  });

  it('lays the source beside both targets, row by row, sentences linked in every language', () => {
    const tree = parse(read(`${SLUG}.parallel-all.html`));
    const rows = elements(tree, (e) => classes(e).includes('row-multi') && !classes(e).includes('column-heads') && !classes(e).includes('notes-title'));
    expect(rows.length).toBeGreaterThan(50);
    let full = 0;
    for (const row of rows) {
      const cells = row.children.filter((c): c is Element => c.type === 'element');
      expect(cells.map((c) => c.properties['lang'])).toEqual(['en', 'ru', 'uk']);
      if (cells.every((c) => elements(c, (e) => e.properties['dataS'] !== undefined).length > 0)) full++;
    }
    expect(full).toBeGreaterThan(45);
    const partners = new Map<string, string[]>();
    for (const s of elements(tree, (e) => e.properties['dataS'] !== undefined))
      partners.set(
        s.properties['dataS'] as string,
        String(s.properties['dataWith'] ?? '')
          .split(' ')
          .filter(Boolean),
      );
    const sourceLinked = [...partners].filter(([id, p]) => id.startsWith('en:') && p.some((x) => x.startsWith('ru:')) && p.some((x) => x.startsWith('uk:')));
    expect(sourceLinked.length).toBeGreaterThan(100);
    for (const [id, others] of partners) for (const other of others) expect(partners.get(other), `${id} ↔ ${other}`).toContain(id);
  });
});

describe('a target language without a catalogue', () => {
  it('builds with English chrome and exactly one warning naming the language and the catalogue to add', async () => {
    const root = mkdtempSync(join(tmpdir(), 'diglot-editions-es-'));
    cpSync(NO_CATALOGUE, root, { recursive: true });
    const built = await buildSite(loadConfig({ cwd: root }), { cache: false });
    expect(built.errors.map(String)).toEqual([]);
    expect(built.problems).toHaveLength(1);
    expect(built.problems[0]).toMatchObject({ code: I18nErrorCode.unsupportedLocale, lang: 'es' });
    expect(built.problems[0]?.message).toContain('src/i18n/locales/es.json');
    const html = readFileSync(join(root, 'dist/es/note.html'), 'utf8');
    expect(html).toMatch(/<html lang="es">/);
    expect(html).toContain('<strong lang="es">Español</strong>');
    expect(html).toContain('title="Read in English"');
    expect(html).toContain('Notes');
  });
});
