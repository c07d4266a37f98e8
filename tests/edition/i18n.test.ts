import { describe, expect, it } from 'vitest';
import { createMessages, catalogues } from '../../src/i18n/create-messages.js';
import { I18nErrorCode } from '../../src/i18n/i18n-error-code.js';

function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
}
const base = (key: string): string => key.replace(/_(zero|one|two|few|many|other)$/, '');

describe('i18n catalogues', () => {
  it('gives Russian every English message, with plural keys one/few/many/other', () => {
    const en = new Set(keys(catalogues['en'] as object).map(base));
    const ruKeys = keys(catalogues['ru'] as object);
    expect(new Set(ruKeys.map(base))).toEqual(en);
    for (const plural of ['poll.votes', 'poll.total']) {
      for (const form of ['one', 'few', 'many', 'other']) expect(ruKeys).toContain(`${plural}_${form}`);
    }
  });

  it('formats plurals, numbers, percents and dates per language', () => {
    const ru = createMessages('ru');
    const en = createMessages('en');
    const votes = (m: typeof ru, n: number) => m.t('poll.votes', { count: n, formatted: m.intl.formatNumber(n) });
    expect([1, 2, 5, 21, 33, 1234].map((n) => votes(ru, n))).toEqual(['1 голос', '2 голоса', '5 голосов', '21 голос', '33 голоса', '1\u00A0234 голоса']);
    expect([1, 33, 1234].map((n) => votes(en, n))).toEqual(['1 vote', '33 votes', '1,234 votes']);
    expect(ru.intl.formatNumber(0.31, { style: 'percent' })).toBe('31\u00A0%');
    expect(en.intl.formatNumber(0.31, { style: 'percent' })).toBe('31%');
    expect(ru.problems).toEqual([]);
    expect(en.problems).toEqual([]);
  });

  it('falls back to English and reports a stable code when a message is missing, never throws', () => {
    const ru = catalogues['ru'] as { footnotes: Record<string, string> };
    const partial = { ...catalogues, ru: { ...ru, footnotes: { ...ru.footnotes, label: undefined } } };
    const m = createMessages('ru', { resources: JSON.parse(JSON.stringify(partial)) as Record<string, object> });
    expect(m.t('footnotes.label')).toBe('Notes');
    expect(m.problems).toEqual([expect.objectContaining({ code: I18nErrorCode.missingMessage, key: 'footnotes.label', lang: 'ru' })]);
    const unknown = createMessages('xx');
    expect(unknown.t('footnotes.label')).toBe('Notes');
    expect(unknown.problems.map((p) => p.code)).toContain(I18nErrorCode.unsupportedLocale);
  });
});
