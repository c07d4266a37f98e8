// `diglot glossary lint` against the dictionary: forbidden variants no one would write, and
// wrong spellings a note names but `forbidden` does not list (review of the Russian edition,
// findings 29 and 39).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileGlossary } from '../../src/glossary/compile-glossary.js';
import { lintSpellings } from '../../src/glossary/lint-spellings.js';
import { loadGlossary, parseGlossaryText } from '../../src/glossary/load-glossary.js';

async function lint(yaml: string): Promise<string[]> {
  const glossary = { entries: parseGlossaryText(yaml, 'g.yaml'), sources: {} };
  return (await lintSpellings(glossary, await compileGlossary(glossary))).map((m) => `${m.entryId} ${m.ruleId}: ${m.message}`);
}

describe('glossary lint: spellings against the dictionary', () => {
  it('warns on a note naming a misspelling `forbidden` does not list («Манчжурия»), not once it is listed', async () => {
    const entry = (forbidden: string) => `- id: manchuria\n  kind: term\n  en: [Manchuria]\n  ru: { term: Маньчжурия, forbidden: [${forbidden}] }\n  note: "Occupied by Japan from 1931. Dictionary spelling Маньчжурия (not Манчжурия)."\n`;
    expect(await lint(entry(''))).toEqual([
      'manchuria unlisted-misspelling: Unexpected `Манчжурия` in the note of `manchuria`: near `маньчжурия` (ru) but neither approved nor forbidden, expected it in `ru.forbidden` if it is a wrong spelling',
    ]);
    expect(await lint(entry('Манчжурия'))).toEqual([]);
  });

  it('warns on a forbidden variant no one would write, not on near misses of real words', async () => {
    const yaml = [
      '- id: roosevelt',
      '  kind: person',
      '  en: [Roosevelt]',
      // «Hepdtkmn» is Рузвельт typed with the English keyboard layout; «Рузвелт» is a real slip.
      '  ru: { term: Рузвельт, gender: male, forbidden: [Рузвелт, Hepdtkmn] }',
      '- id: hitler',
      '  kind: person',
      '  en: [Hitler]',
      '  ru: { term: Гитлер, gender: male, forbidden: [Хитлер, Гтлршщзх] }',
    ].join('\n');
    expect(await lint(yaml)).toEqual([
      'roosevelt implausible-forbidden: Unexpected forbidden `Hepdtkmn` (ru): `hepdtkmn` is not in the dictionary and far from any real word, expected a variant translators write (a real word or a near miss of one)',
      'hitler implausible-forbidden: Unexpected forbidden `Гтлршщзх` (ru): `гтлршщзх` is not in the dictionary and far from any real word, expected a variant translators write (a real word or a near miss of one)',
    ]);
  });

  it('finds nothing to warn about in the article glossary', async () => {
    const glossary = loadGlossary(fileURLToPath(new URL('../../glossary/', import.meta.url)));
    expect(await lintSpellings(glossary, await compileGlossary(glossary))).toEqual([]);
  });
});
