import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findMisspellings } from '../../src/spelling/find-misspellings.js';
import { spellChecker } from '../../src/spelling/spell-checker.js';
import { sharedRoot } from '../check/fixture-helpers.js';
import { FLORES_FILES, floresLines } from './corpus-lines.js';

// Typical misspellings (a letter dropped, doubled, replaced, two swapped, a diacritic lost —
// several seen in the md-12factor translations), each seeded into the first real FLORES-200
// sentence that uses the right word.
const SEEDS: Readonly<Record<string, ReadonlyArray<[right: string, wrong: string]>>> = {
  ru: [
    ['правительство', 'привительство'],
    ['которые', 'каторые'],
    ['например', 'напимер'],
    ['сегодня', 'сегодян'],
    ['исследование', 'иследование'],
  ],
  uk: [
    ['уряду', 'уярду'],
    ['дослідження', 'дослідженя'],
    ['кількість', 'кілкість'],
    ['внутрішнього', 'внутрішньго'],
    ['президент', 'презедент'],
  ],
  pl: [
    ['większej', 'wiekszej'],
    ['rządu', 'rzadu'],
    ['również', 'równiez'],
    ['badania', 'badnia'],
    ['powiedział', 'powiedzał'],
  ],
  de: [
    ['Regierung', 'Regirung'],
    ['Untersuchung', 'Untersuchnug'],
    ['allerdings', 'allerdigns'],
    ['ungefähr', 'ungefär'],
    ['Menschen', 'Mneschen'],
  ],
  fr: [
    ['gouvernement', 'gouvernment'],
    ['reconnaissance', 'reconaissance'],
    ['également', 'égallement'],
    ['beaucoup', 'beacoup'],
    ['recherche', 'recherhce'],
  ],
};

describe('spelling: misspellings seeded into real sentences', () => {
  for (const [lang, seeds] of Object.entries(SEEDS)) {
    it(`${lang}: each is found where it stands, the right word among the suggestions`, () => {
      const checker = spellChecker(lang);
      expect(checker, `dictionary-${lang}`).toBeDefined();
      const lines = floresLines(FLORES_FILES[lang] as string);
      for (const [right, wrong] of seeds) {
        const word = new RegExp(`(?<!\\p{L})${right}(?!\\p{L})`, 'u');
        const index = lines.findIndex((line) => word.test(line));
        expect(index, `a FLORES ${lang} line with ${right}`).toBeGreaterThanOrEqual(0);
        const original = lines[index] as string;
        const at = original.search(word);
        const seeded = original.slice(0, at) + wrong + original.slice(at + right.length);
        expect(findMisspellings(original, checker!).map((m) => m.word)).not.toContain(right);
        const hit = findMisspellings(seeded, checker!).find((m) => m.start === at);
        expect(hit?.word, `${wrong} in line ${index + 1}`).toBe(wrong);
        expect(hit?.end).toBe(at + wrong.length);
        expect(hit?.suggestions, `suggestions for ${wrong}`).toContain(right);
        expect(hit?.suggestions.length).toBeLessThanOrEqual(3);
      }
    });
  }

  it('uk: a real misspelling of the md-12factor translation is found with the right word suggested', () => {
    const text = readFileSync(`${sharedRoot}corpora/md-12factor/uk/concurrency.md`, 'utf8');
    const found = findMisspellings(text, spellChecker('uk')!);
    const scale = found.find((m) => m.word === 'масшабування');
    expect(scale?.suggestions).toContain('масштабування');
  });
});
