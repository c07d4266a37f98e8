import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { staleBanner, staleNotice, type StaleNotice } from '../../src/edition/stale-banner.js';
import type { LanguageStatus } from '../../src/edition/status-types.js';
import { createMessages } from '../../src/i18n/create-messages.js';

const base = { sourceLang: 'en', originalHref: '../en/a.html' };
const git: StaleNotice = { ...base, stale: true, partial: false, since: { from: 'git', date: '2026-03-12', commit: 'abc' } };
const lock: StaleNotice = { ...base, stale: true, partial: false, since: { from: 'lock', date: '2026-01-20' } };
const undated: StaleNotice = { ...base, stale: true, partial: false };
const partial: StaleNotice = { ...base, stale: false, partial: true };

const text = (notice: StaleNotice, lang: string): string => {
  const messages = createMessages(lang);
  const html = toHtml(staleBanner(notice, messages));
  expect(messages.problems).toEqual([]);
  return html.replace(/<[^>]+>/g, '');
};

describe('the banner of a stale or partial translation', () => {
  it('says when the original changed, in the page’s language, with the date formatted there', () => {
    expect(text(git, 'ru')).toBe('Перевод устарел: английский текст изменился 12 марта 2026 г. Читать оригинал');
    // The other catalogues word it their own way: each gives its date as Intl formats it there, and its link.
    for (const lang of ['en', 'uk', 'de', 'fr', 'pl']) {
      const date = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2026, 2, 12));
      const shown = text(git, lang);
      expect(shown, lang).toContain(date);
      expect(shown.endsWith(` ${createMessages(lang).t('banner.readOriginal')}`), lang).toBe(true);
      // eslint-disable-next-line no-control-regex -- a leftover NUL placeholder is the bug looked for
      expect(shown, lang).not.toMatch(/\{\{|\u0000|\.\./);
    }
  });

  it('names the date as the lock’s, or gives none when nothing dates the change', () => {
    expect(text(lock, 'ru')).toBe(
      'Перевод устарел: английский текст изменился после того, как был сделан перевод (запись о переводе от 20 января 2026 г.). Читать оригинал',
    );
    expect(text(undated, 'ru')).toBe('Перевод устарел: английский текст изменился после того, как был сделан перевод. Читать оригинал');
    expect(text(undated, 'en')).not.toMatch(/\d/);
    expect(text(partial, 'ru')).toBe('Перевод неполный: часть текста ещё не переведена. Читать оригинал');
  });

  it('links the original with its language and marks the date as a <time>', () => {
    const html = toHtml(staleBanner(git, createMessages('ru')));
    expect(html).toContain('<time datetime="2026-03-12">12 марта 2026 г.</time>');
    expect(html).toContain('<a href="../en/a.html" hreflang="en">Читать оригинал</a>');
  });

  it('is shown only for a stale or partial translation that exists', () => {
    const status = (over: Partial<LanguageStatus>): LanguageStatus => ({
      lang: 'ru',
      file: 'content/ru/a.md',
      state: 'translated',
      locked: true,
      units: 10,
      staleUnits: 0,
      untranslatedUnits: 0,
      stalePaths: [],
      ...over,
    });
    expect(staleNotice(status({}), 'en', '../en/a.html')).toBeUndefined();
    expect(staleNotice(status({ state: 'missing', untranslatedUnits: 10 }), 'en', '../en/a.html')).toBeUndefined();
    expect(staleNotice(status({ state: 'stale', staleUnits: 2 }), 'en', '../en/a.html')).toEqual({
      stale: true,
      partial: false,
      sourceLang: 'en',
      originalHref: '../en/a.html',
    });
    expect(staleNotice(status({ state: 'partial', untranslatedUnits: 1 }), 'en', '../en/a.html')).toMatchObject({ stale: false, partial: true });
  });
});
