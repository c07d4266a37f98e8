import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/edition/build-site.js';
import { sourceLink } from '../../src/edition/status-source-link.js';
import type { ProjectStatus } from '../../src/edition/status-types.js';
import { loadConfig } from '../../src/config/load-config.js';
import { AFTER, commit, copyProject, editEnglish, SLUG } from './status-project.js';

/** Every element of a page the predicate accepts, in document order. */
function elements(html: string, accept: (e: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walk = (node: Root | RootContent): void => {
    if (node.type === 'element' && accept(node)) out.push(node);
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(fromHtml(html));
  return out;
}
const text = (node: Root | RootContent): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map(text).join('') : '');
const rowsOf = (table: Element): Element[] => {
  const out: Element[] = [];
  const walk = (node: Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'tr') out.push(child);
      else walk(child);
    }
  };
  walk(table);
  return out;
};
const hasClass =
  (name: string) =>
  (e: Element): boolean =>
    Array.isArray(e.properties['className']) && (e.properties['className'] as string[]).includes(name);

const read = (dir: string, file: string): string => readFileSync(join(dir, 'dist', file), 'utf8');
const statusOf = (dir: string): ProjectStatus => JSON.parse(read(dir, 'status.json')) as ProjectStatus;
const ruEntry = (status: ProjectStatus) => status.documents.find((d) => d.slug === SLUG)?.languages.find((l) => l.lang === 'ru');

let git: string;
let clean: { status: ProjectStatus; ru: string; parallel: string };
let editCommit: string;

beforeAll(async () => {
  git = copyProject({ date: '2026-02-01T09:00:00+00:00' });
  await buildSite(loadConfig({ cwd: git }));
  clean = { status: statusOf(git), ru: read(git, `ru/${SLUG}.html`), parallel: read(git, `${SLUG}.parallel.html`) };
  editEnglish(git);
  editCommit = commit(git, 'Spell out sixteen', '2026-03-12T10:00:00+01:00');
  // The same cache: the banner and the marked row must not come from the build before the edit.
  await buildSite(loadConfig({ cwd: git }));
}, 120_000);

describe('status page and banners of a project in git', () => {
  it('an unmodified project: every translation current, no banner, no marked row', () => {
    expect(clean.status.totals).toEqual([
      {
        lang: 'ru',
        documents: 1,
        translated: 1,
        stale: 0,
        partial: 0,
        missing: 0,
        unreadable: 0,
        staleUnits: 0,
        untranslatedUnits: 0,
        errors: expect.any(Number),
      },
    ]);
    expect(ruEntry(clean.status)).toMatchObject({ state: 'translated', locked: true, staleUnits: 0, stalePaths: [] });
    expect(ruEntry(clean.status)?.since).toBeUndefined();
    expect(elements(clean.ru, hasClass('stale-banner'))).toEqual([]);
    expect(elements(clean.parallel, hasClass('row-stale'))).toEqual([]);
  });

  it('status.json: one stale unit since the commit that changed the English, dated by git', () => {
    const status = statusOf(git);
    const ru = ruEntry(status);
    expect(ru).toMatchObject({ state: 'stale', locked: true, staleUnits: 1, untranslatedUnits: 0, page: `ru/${SLUG}.html`, parallel: `${SLUG}.parallel.html` });
    expect(ru?.since).toEqual({ from: 'git', date: '2026-03-12', commit: editCommit, subject: 'Spell out sixteen' });
    expect(ru?.errors).toEqual(expect.any(Number));
    expect(status.totals[0]).toMatchObject({ lang: 'ru', documents: 1, translated: 0, stale: 1, staleUnits: 1, errors: ru?.errors });
    expect(status.documents[0]).toMatchObject({ slug: SLUG, source: `content/en/${SLUG}.md`, sourceHref: `en/${SLUG}.md`, sourcePage: `en/${SLUG}.html` });
    // Every link of the status points at a file the build wrote.
    for (const file of [ru?.page, ru?.parallel, status.documents[0]?.sourceHref, status.documents[0]?.sourcePage])
      expect(existsSync(join(git, 'dist', file ?? 'none'))).toBe(true);
  });

  it('status.html: the same counts, state, date and commit in a plain table', () => {
    const html = read(git, 'status.html');
    const ru = ruEntry(statusOf(git));
    expect(elements(html, (e) => e.tagName === 'script')).toEqual([]);
    const rows = (table: Element | undefined): string[][] =>
      table ? rowsOf(table).map((tr) => tr.children.filter((c): c is Element => c.type === 'element').map(text)) : [];
    const [totals, documents] = elements(html, hasClass('status-table'));
    expect(rows(totals)).toEqual([
      ['Language', 'Documents', 'Translated', 'Out of date', 'Incomplete', 'Missing', 'Out-of-date passages', 'Untranslated passages', 'Errors'],
      ['Русский', '1', '0', '1', '0', '0', '1', '0', String(ru?.errors)],
    ]);
    expect(rows(documents)).toEqual([
      ['Document', 'Language', 'State', 'Out-of-date passages', 'Out of date since', 'Untranslated passages', 'Errors', 'Links'],
      [
        `${SLUG}Source file`,
        'Русский',
        'Out of date',
        `1 / ${ru?.units}`,
        `March 12, 2026 (commit ${editCommit.slice(0, 12)})`,
        `0 / ${ru?.units}`,
        String(ru?.errors),
        'Page · Parallel text',
      ],
    ]);
  });

  it('the Russian page has the banner in Russian, with the date of the commit and a link to the English', () => {
    const ru = read(git, `ru/${SLUG}.html`);
    const [banner, ...more] = elements(ru, hasClass('stale-banner'));
    expect(more).toEqual([]);
    expect(text(banner as Element)).toBe('Перевод устарел: английский текст изменился 12 марта 2026 г. Читать оригинал');
    const [link] = elements(ru, (e) => e.tagName === 'a' && text(e) === 'Читать оригинал');
    expect(link?.properties).toMatchObject({ href: `../en/${SLUG}.html`, hrefLang: 'en' });
    expect(existsSync(join(git, 'dist/ru', String(link?.properties['href'])))).toBe(true);
    // The English page has none.
    expect(elements(read(git, `en/${SLUG}.html`), hasClass('stale-banner'))).toEqual([]);
  });

  it('the parallel edition marks exactly the row of the edited paragraph', () => {
    const rows = elements(read(git, `${SLUG}.parallel.html`), hasClass('row-stale'));
    expect(rows).toHaveLength(1);
    expect(text(rows[0] as Element)).toContain(AFTER);
    expect(elements(read(git, `${SLUG}.parallel.html`), hasClass('stale-mark')).map(text)).toEqual(['Перевод устарел']);
  });
});

describe('status without git', () => {
  it('dates a stale translation by the lock file, and says so', async () => {
    const dir = copyProject(undefined);
    editEnglish(dir);
    const day = new Date('2026-01-20T12:00:00Z');
    utimesSync(join(dir, 'content', `${SLUG}.lock.json`), day, day);
    await buildSite(loadConfig({ cwd: dir }), { cache: false });
    expect(ruEntry(statusOf(dir))).toMatchObject({ state: 'stale', staleUnits: 1, since: { from: 'lock', date: '2026-01-20' } });
    const [banner] = elements(read(dir, `ru/${SLUG}.html`), hasClass('stale-banner'));
    expect(text(banner as Element)).toBe(
      'Перевод устарел: английский текст изменился после того, как был сделан перевод (запись о переводе от 20 января 2026 г.). Читать оригинал',
    );
  }, 60_000);
});

describe('source file links', () => {
  const file = `/repo/content/en/${SLUG}.md`;
  it('use the configured repository on GitHub and GitLab, else the Markdown copy of the build', () => {
    expect(sourceLink({ repositoryUrl: 'https://github.com/acme/docs', repositoryRoot: '/repo', file, copy: 'en/a.md' })).toBe(
      `https://github.com/acme/docs/blob/HEAD/content/en/${SLUG}.md`,
    );
    expect(sourceLink({ repositoryUrl: 'https://gitlab.com/acme/docs', repositoryRoot: '/repo', file, copy: 'en/a.md' })).toBe(
      `https://gitlab.com/acme/docs/-/blob/HEAD/content/en/${SLUG}.md`,
    );
    expect(sourceLink({ repositoryUrl: 'https://code.example.org/acme/docs', repositoryRoot: '/repo', file, copy: 'en/a.md' })).toBe('en/a.md');
    expect(sourceLink({ repositoryRoot: '/repo', file, copy: 'en/a.md' })).toBe('en/a.md');
  });

  it('a configured repositoryUrl reaches status.json', async () => {
    const dir = copyProject(undefined);
    writeFileSync(join(dir, 'diglot.config.yaml'), `${readFileSync(join(dir, 'diglot.config.yaml'), 'utf8')}repositoryUrl: https://github.com/acme/docs\n`);
    const config = loadConfig({ cwd: dir });
    const { collectStatus } = await import('../../src/edition/status-collect.js');
    const status = await collectStatus(config, [SLUG], { useCache: false });
    expect(status.documents[0]?.sourceHref).toBe(`https://github.com/acme/docs/blob/HEAD/content/en/${SLUG}.md`);
  }, 60_000);
});
