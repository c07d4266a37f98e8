import { describe, expect, it } from 'vitest';
import { builtinSentenceRules } from '../../src/segment/sentence-rules/builtin-sentence-rules.js';
import { splitSentences } from '../../src/segment/split-sentences.js';

const split = (text: string, lang: string) => splitSentences(text, lang).map((s) => text.slice(s.start, s.end));

describe('sentences: abbreviations and inline enumerations (cases from real repositories)', () => {
  it.each([
    ['en', 'He met Sens. Lindsey Graham and Ted Cruz on Monday.'],
    ['en', 'The case was led by Det. Dennis McCarthy of the city police.'],
    ['en', 'The court overturned Roe v. Wade in 2022.'],
    ['en', 'The show featured Dr. PawPaw and his friends.'],
    ['en', 'He spoke to the US. Secretary of State yesterday.'],
    ['en', 'Do this: 1.) Open the lid, 2.) Close it.'],
    ['en', 'Options: a. Red, b. Blue, c. Green.'],
    ['en', 'Steps: • 9. Close the lid.'],
    ['en', 'He said […] The end came at last.'],
    ['ru', 'Он служил в церкви Св. Мартина много лет.'],
    ['ru', 'Он родился в пгт. Брагиновка в 1950 году.'],
    ['uk', 'Він народився у смт. Брагинівка у 1950 році.'],
    ['de', 'Das gilt z.B. für Häuser, vgl. Abschnitt 3.'],
    ['fr', 'Il a dit : « Je suis parti. » Puis il est revenu.'],
  ])('%s: %j', (lang, text) => {
    expect(split(text, lang)).toHaveLength(lang === 'fr' ? 2 : 1);
  });

  it('treats the three ellipsis forms alike: no break before lowercase, a break before a capital', () => {
    for (const dots of ['...', '…', ' . . .']) {
      expect(split(`He paused${dots} and went on.`, 'en')).toHaveLength(1);
      expect(split(`He waited${dots} The door opened.`, 'en')).toHaveLength(2);
    }
  });

  it('still ends a sentence after a unit, a final abbreviation or an acronym', () => {
    expect(split('Это было 5 км. Затем мы пошли.', 'ru')).toHaveLength(2);
    expect(split('Книги, журналы и т. д. Потом мы ушли.', 'ru')).toHaveLength(2);
    expect(split('He works at the BBC. Mary works there too.', 'en')).toHaveLength(2);
    expect(split('It is 3:2. Many use it.', 'en')).toHaveLength(2);
    expect(split('The plan failed in the US. The team went home.', 'en')).toHaveLength(2);
  });

  it('builds a rule set for every language with learned data, keeping the hand-written rules', () => {
    const sets = builtinSentenceRules();
    for (const lang of ['en', 'ru', 'de', 'fr', 'pl', 'uk', 'es', 'it', 'pt']) expect(sets.has(lang)).toBe(true);
    expect(sets.get('de')?.abbreviations?.ambiguous).toContain('z.B');
    expect(sets.get('en')?.abbreviations?.prefix).toContain('Mr');
    expect(sets.get('en')?.sentenceStarters).toContain('However');
  });
});
