import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createTranslate } from '../../src/check/translate.js';
import { catalogues, createMessages } from '../../src/i18n/create-messages.js';
import { I18nErrorCode } from '../../src/i18n/i18n-error-code.js';
import { sharedI18next } from '../../src/i18n/i18next-setup.js';
import { endonym, languageList, languageName } from '../../src/i18n/language-names.js';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
}
const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (key: string): string => key.replace(PLURAL, '');

describe('page catalogues of every shipped language', () => {
  const english = new Set(keys(catalogues['en'] as object).map(base));

  it.each(['ru', 'uk', 'de', 'fr', 'pl'])('%s has every English message and exactly the plural forms of its CLDR rules', (lang) => {
    const own = keys(catalogues[lang] as object);
    expect(new Set(own.map(base))).toEqual(english);
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.slice().sort();
    for (const plural of ['poll.votes', 'poll.total']) {
      const forms = own
        .filter((k) => base(k) === plural)
        .map((k) => (PLURAL.exec(k) as RegExpExecArray)[1])
        .sort();
      expect(forms, `${lang} ${plural}`).toEqual(categories);
    }
    expect(Object.keys(catalogues[lang] as object)).not.toContain('language');
  });

  it('chooses the plural form by Intl.PluralRules (uk, pl, ru, fr, de)', () => {
    const votes = (lang: string, n: number): string => {
      const m = createMessages(lang);
      const text = m.t('poll.votes', { count: n, formatted: m.intl.formatNumber(n) });
      expect(m.problems).toEqual([]);
      return text;
    };
    expect([1, 2, 5, 11, 21, 22, 25, 1.5].map((n) => votes('uk', n))).toEqual([
      '1 голос',
      '2 голоси',
      '5 голосів',
      '11 голосів',
      '21 голос',
      '22 голоси',
      '25 голосів',
      '1,5 голосу',
    ]);
    expect([1, 2, 5, 12, 22, 25, 1.5].map((n) => votes('pl', n))).toEqual(['1 głos', '2 głosy', '5 głosów', '12 głosów', '22 głosy', '25 głosów', '1,5 głosu']);
    expect([1, 3, 11, 101].map((n) => votes('ru', n))).toEqual(['1 голос', '3 голоса', '11 голосов', '101 голос']);
    expect([0, 1, 2, 1000000].map((n) => votes('fr', n))).toEqual(['0 voix', '1 voix', '2 voix', '1\u202F000\u202F000 de voix']);
    expect([1, 2].map((n) => votes('de', n))).toEqual(['1 Stimme', '2 Stimmen']);
  });

  it('writes French chrome with narrow no-break spaces before colons, and formats dates per language', () => {
    const fr = createMessages('fr');
    expect(fr.t('figure.credit', { credit: 'AP' })).toBe('Photo\u202F: AP');
    const values = (value: object): string[] => Object.values(value).flatMap((v) => (typeof v === 'string' ? [v] : values(v as object)));
    for (const text of values(catalogues['fr'] as object)) {
      expect(text, 'a colon takes a narrow no-break space').not.toMatch(/(^|[^\u202F]):/);
      expect(text, 'typographic apostrophe').not.toContain("'");
    }
    const uk = createMessages('uk');
    expect(uk.t('meta.published', { date: uk.intl.formatDate(Date.UTC(1933, 10, 16), { dateStyle: 'long', timeZone: 'UTC' }) })).toBe(
      'Опубліковано 16 листопада 1933 р.',
    );
    expect(createMessages('de').t('footnotes.translatorNote')).toBe('— Anm. d. Übers.');
  });

  it('a region tag uses its base language; a language without a catalogue gives one problem and no per-message ones', () => {
    const swiss = createMessages('de-CH');
    expect(swiss.t('footnotes.label')).toBe('Anmerkungen');
    expect(swiss.problems).toEqual([]);
    const es = createMessages('es');
    for (const key of ['footnotes.label', 'nav.label', 'poll.label', 'meta.source'] as const) expect(es.t(key)).toBe(createMessages('en').t(key));
    expect(es.t('poll.votes', { count: 2, formatted: '2' })).toBe('2 votes');
    expect(es.problems).toEqual([expect.objectContaining({ code: I18nErrorCode.unsupportedLocale, lang: 'es' })]);
    expect(es.problems[0]?.message).toContain('src/i18n/locales/es.json');
    expect(es.chromeLang).toBe('en');
  });
});

describe('language names from Intl.DisplayNames', () => {
  it('names a language in the page language, in itself, and lists names as the language lists them', () => {
    expect(languageName('uk', 'ru')).toBe('украинский');
    expect(languageName('uk', 'de')).toBe('Ukrainisch');
    expect(languageName('en', 'pl')).toBe('angielski');
    expect(['en', 'ru', 'uk', 'de', 'fr', 'pl'].map(endonym)).toEqual(['English', 'Русский', 'Українська', 'Deutsch', 'Français', 'Polski']);
    expect(languageList(['en', 'ru', 'uk'], 'uk')).toBe('англійська, російська і українська');
    expect(languageName('qqx', 'en')).toBe('qqx');
  });
});

describe('one i18next set-up', () => {
  it('serves the page chrome and the check report from one module and one instance', () => {
    const files = (readdirSync(SRC, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.ts'));
    const creating = files.filter((f) => /\bcreateInstance\(/.test(readFileSync(join(SRC, f), 'utf8')));
    expect(creating).toEqual([join('i18n', 'i18next-setup.ts')]);
    const shared = sharedI18next();
    expect(createTranslate('ru')('severity.error')).toBe(shared.getFixedT('ru', 'check')('severity.error' as never));
    expect(createMessages('uk').t('footnotes.label')).toBe(shared.getFixedT('uk', 'page')('footnotes.label'));
    expect(shared.getFixedT('uk', 'page')('footnotes.label')).toBe('Примітки');
  });
});
