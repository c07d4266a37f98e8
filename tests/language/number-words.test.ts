import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/check/numbers/extract-quantities.js';
import { numberWordsOf } from '../../src/language/number-words.js';

const values = (text: string, lang: string) => extractQuantities(text, lang).map((q) => q.key);

describe('number words as data per language', () => {
  it('read cardinals in their inflected forms', () => {
    expect(numberWordsOf('ru')?.words.get('трёх')?.value).toBe(3);
    expect(numberWordsOf('uk')?.words.get('трьох')?.value).toBe(3);
    expect(numberWordsOf('uk')?.words.get("п'ятьох")?.value).toBe(5);
    expect(numberWordsOf('pl')?.words.get('trzech')?.value).toBe(3);
    expect(numberWordsOf('de')?.words.get('drei')?.value).toBe(3);
    expect(numberWordsOf('fr')?.words.get('trois')?.value).toBe(3);
    expect(numberWordsOf('xx')).toBeUndefined();
  });

  it.each([
    ['twelve-factor', 'en', 'number:12'],
    ['twenty-first', 'en', 'number:21'],
    ['three hundred and five', 'en', 'number:305'],
    ['двадцать первого', 'ru', 'number:21'],
    ['четырёхмесячные', 'ru', 'number:4'],
    ['пʼятьох', 'uk', 'number:5'],
    ['dwudziestu trzech', 'pl', 'number:23'],
    ['einundzwanzig', 'de', 'number:21'],
    ['siebtgrößte', 'de', 'number:7'],
    ['vingt et un', 'fr', 'number:21'],
    ['soixante-dix-sept', 'fr', 'number:77'],
    ['quatre-vingt-dix', 'fr', 'number:90'],
    ['deux mille', 'fr', 'number:2000'],
    ['thirty percent', 'en', 'percent:30'],
    ['siedem milionów', 'pl', 'number:7000000'],
  ])('%s (%s) is %s', (text, lang, key) => {
    expect(values(text, lang)).toEqual([key]);
    expect(extractQuantities(text, lang)[0]?.spelled).toBe(true);
  });

  it('keep articles out unless they are part of a number', () => {
    expect(values('un livre de poésie', 'fr')).toEqual([]);
    expect(values('eine Stadt', 'de')).toEqual([]);
    expect(values('un million', 'fr')).toEqual(['number:1000000']);
  });

  it('read Roman centuries with each language’s century word, also in lists and ranges', () => {
    expect(values('XXI століття', 'uk')).toEqual(['number:21']);
    expect(values('XX век', 'ru')).toEqual(['number:20']);
    expect(values('XXe siècle', 'fr')).toEqual(['number:20']);
    expect(values('w XX wieku', 'pl')).toEqual(['number:20']);
    expect(values('20. Jahrhundert', 'de')).toEqual(['number:20']);
    expect(values('XI, XII и XIII века', 'ru')).toEqual(['number:11', 'number:12', 'number:13']);
    expect(values('X–XI вв.', 'ru')).toEqual(['number:10', 'number:11']);
    expect(values('Николай I в 1825 г.', 'ru')).toEqual(['number:1825']);
    expect(values('Ce siècle', 'fr')).toEqual([]);
  });
});
