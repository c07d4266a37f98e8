/**
 * Typography rules per language that CLDR does not hold: the dash between words, the
 * no-break spaces of initials and abbreviations, French spacing before high punctuation.
 * Sources: Мильчин & Чельцова, «Справочник издателя и автора» (ru); Правопис 2019 (uk);
 * Duden, «Satzspiegel» rules for the Gedankenstrich (de); Lexique de l'Imprimerie nationale (fr);
 * Wielki słownik ortograficzny PWN, półpauza (pl).
 */

/** What a language's typography asks for beyond its quotation marks. */
export interface TypographyData {
  /** The dash between words with its spaces (` — `, ` – `). */
  dash: string;
  /** Other spaced dashes that are also correct (French and Polish accept both). */
  otherDashes: readonly string[];
  /** An em dash written between two letters without spaces is reported (`слово—слово`). */
  spacedEmDashOnly: boolean;
  /** Letters of initials taking a no-break space (`М. М. Литвинов`): regex class bodies. */
  initials?: { upper: string; lower: string };
  /** Abbreviations after a number that take a no-break space before them: regex sources (`гг?\.`). */
  abbreviationsAfterNumber: readonly string[];
  /** Signs before a number that take a no-break space after them (`№ 11`). */
  signsBeforeNumber: readonly string[];
  /** A (narrow) no-break space before `; : ! ?` and inside `« »` (French). */
  spaceBeforeHighPunctuation: boolean;
}

const EM = ' — ';
const EN = ' – ';

const DATA: Readonly<Record<string, TypographyData>> = {
  ru: {
    dash: EM,
    otherDashes: [],
    spacedEmDashOnly: true,
    initials: { upper: 'А-ЯЁ', lower: 'а-яё' },
    abbreviationsAfterNumber: ['гг?\\.'],
    signsBeforeNumber: ['№'],
    spaceBeforeHighPunctuation: false,
  },
  // The whole Cyrillic А–Я: Ukrainian notes cite Russian names (`Маныкин А. С.`, `Иванян Э. А.`).
  uk: {
    dash: EM,
    otherDashes: [],
    spacedEmDashOnly: true,
    initials: { upper: 'А-ЯЄІЇҐ', lower: 'а-яєіїґ’ʼ' },
    abbreviationsAfterNumber: ['рр?\\.'],
    signsBeforeNumber: ['№'],
    spaceBeforeHighPunctuation: false,
  },
  be: { dash: EM, otherDashes: [], spacedEmDashOnly: true, abbreviationsAfterNumber: [], signsBeforeNumber: ['№'], spaceBeforeHighPunctuation: false },
  bg: { dash: EM, otherDashes: [], spacedEmDashOnly: true, abbreviationsAfterNumber: ['г\\.'], signsBeforeNumber: ['№'], spaceBeforeHighPunctuation: false },
  de: { dash: EN, otherDashes: [EM], spacedEmDashOnly: false, abbreviationsAfterNumber: [], signsBeforeNumber: [], spaceBeforeHighPunctuation: false },
  fr: { dash: EM, otherDashes: [EN], spacedEmDashOnly: false, abbreviationsAfterNumber: [], signsBeforeNumber: [], spaceBeforeHighPunctuation: true },
  pl: { dash: EN, otherDashes: [EM], spacedEmDashOnly: false, abbreviationsAfterNumber: [], signsBeforeNumber: [], spaceBeforeHighPunctuation: false },
  cs: { dash: EN, otherDashes: [], spacedEmDashOnly: false, abbreviationsAfterNumber: [], signsBeforeNumber: [], spaceBeforeHighPunctuation: false },
  es: { dash: EM, otherDashes: [EN], spacedEmDashOnly: false, abbreviationsAfterNumber: [], signsBeforeNumber: [], spaceBeforeHighPunctuation: false },
  it: { dash: EN, otherDashes: [EM], spacedEmDashOnly: false, abbreviationsAfterNumber: [], signsBeforeNumber: [], spaceBeforeHighPunctuation: false },
};

/**
 * The typography data of a language, or undefined when none is recorded.
 *
 * @param language a base language subtag
 * @example typographyData('uk')?.abbreviationsAfterNumber // ['рр?\\.']
 */
export function typographyData(language: string): TypographyData | undefined {
  return Object.hasOwn(DATA, language) ? DATA[language] : undefined;
}
