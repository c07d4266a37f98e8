import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareQuantities } from '../../src/check/numbers/compare-quantities.js';
import { extractQuantities } from '../../src/check/numbers/extract-quantities.js';
import { formatQuantity } from '../../src/check/numbers/format-quantity.js';

const mismatches = (source: string, target: string, lang: string) =>
  compareQuantities(extractQuantities(source, 'en'), extractQuantities(target, lang)).map(
    (m) => `${m.type} ${'source' in m ? m.source.key : ''}→${'target' in m ? m.target.key : ''}`,
  );

const CORPUS = new URL('../../../shared/corpora/md-12factor/', import.meta.url);
const firstLine = (path: string, pattern: RegExp) =>
  readFileSync(new URL(path, CORPUS), 'utf8')
    .split('\n')
    .find((line) => pattern.test(line)) as string;

describe('number-mismatch reads numbers and dates as each language writes them', () => {
  it('twelve-factor = 12 facteurs = 12factor (md-12factor backing-services)', () => {
    const english = firstLine('en/backing-services.md', /code for a twelve-factor app/);
    expect(mismatches(english, firstLine('fr/backing-services.md', /application 12 facteurs ne fait pas/), 'fr')).toEqual([]);
    expect(mismatches(english, firstLine('pl/backing-services.md', /Aplikacje 12factor nie/), 'pl')).toEqual([]);
    expect(mismatches(english, firstLine('fr/backing-services.md', /application 12 facteurs ne fait pas/).replaceAll('12', '13'), 'fr')).toEqual([
      'changed number:12→number:13',
    ]);
  });

  it('in three volumes = в 3 т.; a real change is caught', () => {
    const english =
      'Moscow-Washington: policy and diplomacy of the Kremlin, 1921-1941: Collection of documents in three volumes. Volume 2. 1929-1933. – M., 2009. – Page 487.';
    const russian = 'Москва — Вашингтон: политика и дипломатия Кремля, 1921–1941: сб. док.: в 3 т. Т. 2: 1929–1933. М., 2009. С. 487.';
    expect(mismatches(english, russian, 'ru')).toEqual([]);
    expect(mismatches(english, russian.replace('в 3 т.', 'в 4 т.'), 'ru')).toEqual(['changed number:3→number:4']);
    expect(mismatches('in 3 volumes', 'в четырёх томах', 'ru')).toEqual(['changed number:3→number:4']);
    expect(mismatches('in three volumes', 'w trzech tomach', 'pl')).toEqual([]);
    expect(mismatches('in three volumes', 'in drei Bänden', 'de')).toEqual([]);
  });

  it('a number word without a counterpart is not reported', () => {
    expect(mismatches('One of the first two', 'Впервые', 'ru')).toEqual([]);
  });

  it.each([
    ['Shortly after, in February 1933, they met.', 'Невдовзі, у лютому 1933 р., вони зустрілися.'],
    ['In May 1933 trade grew.', 'У травні 1933 р. торгівля зросла.'],
    ['In June 1933, the Head of the Soviet Delegation', 'В червні 1933 р. голова радянської делегації'],
    ['in September 1933', 'у вересні 1933 р.'],
    ['in August 1936', 'в серпні 1936 р.'],
    ['The modern world, the world of the 21st century', 'Сучасний світ, світ XXI століття'],
  ])('uk: %s = %s', (english, ukrainian) => {
    expect(mismatches(english, ukrainian, 'uk')).toEqual([]);
    expect(extractQuantities(ukrainian, 'uk').length).toBeGreaterThan(0);
  });

  it.each([
    ['in February 1933', 'в феврале 1933 г.', 'ru'],
    ['in February 1933', 'w lutym 1933 r.', 'pl'],
    ['on 6 October 1789', '6-го октября 1789-го года', 'ru'],
    ['on 6 October 1789', 'am 6. Oktober 1789', 'de'],
    ['on 1 May 1789', 'le 1er mai 1789', 'fr'],
  ])('dates: %s = %s (%s)', (english, target, lang) => {
    expect(mismatches(english, target, lang)).toEqual([]);
  });

  it('a changed month is still caught', () => {
    expect(mismatches('in February 1933', 'у березні 1933 р.', 'uk')).toEqual(['changed month:02→month:03']);
  });

  it.each([
    ['at 10:08 p.m. on Monday', 'в понедельник в 22:08', 'ru'],
    ['at 12.00 GMT today', 'aujourd’hui à 12 h GMT', 'fr'],
    ['between 10:00-11:00 pm', 'między 22:00 a 23:00', 'pl'],
    ['at 8:30 p.m. local time', 'о 8:30 вечора за місцевим часом', 'uk'],
    ['Throughout 1960s', 'W latach sześćdziesiątych', 'pl'],
    ['founded in the 1850s', 'основан в 50-е годы XIX века', 'ru'],
    ['measures 29¾ inches', 'mierzy 29,75 cala', 'pl'],
    ['swim in the 100m freestyle', 'nager au 100 m nage libre', 'fr'],
    ['over 800,000 soldiers', 'ponad 800 tysięcy żołnierzy', 'pl'],
  ])('times, decades, fractions, units: %s = %s (%s)', (english, target, lang) => {
    expect(mismatches(english, target, lang)).toEqual([]);
  });

  it('writes an expected time the target way', () => {
    const [time] = extractQuantities('at 10:08 p.m.', 'en');
    expect(time && formatQuantity(time, 'de')).toBe('22:08');
  });
});
