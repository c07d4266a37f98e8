import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/check/numbers/extract-quantities.js';
import { formatQuantity } from '../../src/check/numbers/format-quantity.js';
import en from '../../src/check/messages/en.json' with { type: 'json' };
import ru from '../../src/check/messages/ru.json' with { type: 'json' };

const keys = (text: string, lang: string) =>
  extractQuantities(text, lang)
    .map((q) => q.key)
    .sort();

describe('extractQuantities: values compared locale-aware', () => {
  it.each([
    ['$150 million', '150 млн долларов'],
    ['$150million', '150 миллионов долларов'],
    ['$1 billion', '1 млрд долларов'],
    ['16th of November, 1933', '16 ноября 1933 г.'],
    ['November 16, 1933', '16.11.1933'],
    ['In February 1918', 'В феврале 1918 г.'],
    ['4%', '4 %'],
    ['2-3%', '2–3 %'],
    ['40,000 projects', '40 000 проектов'],
    ['1.5 million', '1,5 млн'],
    ['the 21st century', 'XXI век'],
    ['(1923-1932)', '(1923–1932)'],
  ])('%s = %s', (english, russian) => {
    expect(keys(russian, 'ru')).toEqual(keys(english, 'en'));
    expect(keys(english, 'en').length).toBeGreaterThan(0);
  });

  it.each([
    ['$150 million', '160 млн долларов'],
    ['16th of November, 1933', '17 ноября 1933 г.'],
    ['16th of November, 1933', '16 октября 1933 г.'],
    ['4%', '4'],
    ['2-3%', '2–4 %'],
  ])('%s ≠ %s', (english, russian) => {
    expect(keys(russian, 'ru')).not.toEqual(keys(english, 'en'));
  });

  it('writes expected values the Russian way through Intl', () => {
    const [money, date, year, percent] = [...extractQuantities('$150 million on 16th of November, 1933', 'en'), ...extractQuantities('4%', 'en')];
    expect([money, date, year, percent].map((q) => q && formatQuantity(q, 'ru'))).toEqual(['150\u00a0млн', '16 ноября', '1933', '4\u00a0%']);
  });
});

describe('report messages', () => {
  it('Russian has every English key (plural suffixes aside)', () => {
    const flat = (o: object, p = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [`${p}${k.replace(/_(one|few|many|other)$/, '')}`] : flat(v as object, `${p}${k}.`)));
    expect([...new Set(flat(ru))].sort()).toEqual([...new Set(flat(en))].sort());
  });
});
