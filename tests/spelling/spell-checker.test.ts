import { describe, expect, it } from 'vitest';
import { checkSpelling } from '../../src/spelling/find-misspellings.js';
import { hasSpellingDictionary } from '../../src/spelling/load-spelling-dictionary.js';
import { spellChecker } from '../../src/spelling/spell-checker.js';
import { spellingTokens } from '../../src/spelling/word-tokens.js';

describe('spelling: the checker', () => {
  it('accepts inflections, capitals, ё written as е, hyphenated words and elisions', () => {
    const ru = spellChecker('ru')!;
    for (const word of ['вербальными', 'Правительство', 'ПРАВИТЕЛЬСТВО', 'еще', 'ещё', 'по-русски', 'советско-американские'])
      expect(ru.correct(word), word).toBe(true);
    expect(ru.correct('правительствоо')).toBe(false);
    const fr = spellChecker('fr')!;
    for (const word of ["l'homme", 'l’application', "c'est", 'sont', 'ont']) expect(fr.correct(word), word).toBe(true);
    const uk = spellChecker('uk')!;
    for (const word of ['м’ясо', 'радянсько-американського']) expect(uk.correct(word), word).toBe(true);
  });

  it('accepts German compounds of known words, with linking elements', () => {
    const de = spellChecker('de')!;
    for (const word of ['Regierungsgebäude', 'Softwareentwicklung', 'Arbeitsplatz']) expect(de.correct(word), word).toBe(true);
    expect(de.correct('Regirung')).toBe(false);
    expect(de.correctHead('Installations')).toBe(true);
    expect(de.correct('Installations')).toBe(false);
  });

  it('leaves out numbers, URLs, file names, abbreviations, initials and words of another script', () => {
    const text = 'См. https://example.org/a, файл config.yml, т.е. в 1930-х гг. СССР и М. М. Литвинов, Dalhousie, SaaS, {{ page.title }}.';
    expect(spellingTokens(text, { script: 'Cyrl' }).map((t) => t.word)).toEqual(['файл', 'Литвинов']);
  });

  it('takes a capitalised unknown word inside a sentence for a name, except in German', () => {
    expect(checkSpelling('Вчера Гослинг приехал.', 'ru')?.map((m) => m.word)).toEqual([]);
    expect(checkSpelling('Гослинг приехал.', 'ru')?.map((m) => m.word)).toEqual(['Гослинг']);
    expect(checkSpelling('Gestern kam die Regirung.', 'de')?.map((m) => m.word)).toEqual(['Regirung']);
  });

  it('skips a sentence mostly in another language (a cited title)', () => {
    expect(checkSpelling('Див.: История внешней политики и дипломатии США.', 'uk')).toEqual([]);
    expect(checkSpelling('Уряд ухвалив рішеня.', 'uk')?.map((m) => m.word)).toEqual(['рішеня']);
  });

  it('has no dictionary for English here, and says so', () => {
    expect(hasSpellingDictionary('en')).toBe(false);
    expect(checkSpelling('Teh cat', 'en')).toBeUndefined();
    expect(hasSpellingDictionary('de-AT')).toBe(true);
  });
});
