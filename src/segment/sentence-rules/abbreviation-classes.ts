/**
 * Abbreviation classes: token shapes that are abbreviations in any language written in Latin,
 * Cyrillic or Greek script, so no list has to name them. A rule set opts in with
 * `abbreviationClasses: true`; the built-in ones do.
 */

/** Vowel letters (both cases) of Latin, Cyrillic and Greek scripts; `y` counts as a vowel. */
const VOWELS =
  'aeiouyAEIOUYàáâãäåæèéêëìíîïòóôõöøùúûüýÿāăąēĕėęěīĭįıōŏőœūŭůűųÀÁÂÃÄÅÆÈÉÊËÌÍÎÏÒÓÔÕÖØÙÚÛÜÝŸĀĂĄĒĔĖĘĚĪĬĮİŌŎŐŒŪŬŮŰŲ' +
  'аеёиоуыэюяієїАЕЁИОУЫЭЮЯІЄЇαεηιουωάέήίόύώΑΕΗΙΟΥΩ';
const CONSONANT = `(?![${VOWELS}])`;
const CYRILLIC_LOWER = '(?=\\p{Script=Cyrillic})\\p{Ll}';
const START = `(?<![\\p{L}\\p{N}.'’\\-])`;

/**
 * A word without a vowel is an abbreviation: `Mr`, `Dr`, `Sgt`, `Hr`, `Св`, and in Cyrillic
 * also lowercase (`пгт`, `ст`, `млн`; Russian and Ukrainian words all hold a vowel except
 * the one-letter prepositions). Lowercase Latin is left to the lists: `npm`, `cd` are words in
 * technical prose. Not after a number (`5 км.` is a unit that may end a sentence), not a doubled
 * final letter (`Hmm.`, `Брр.`), not all capitals (`BBC.`).
 */
export const VOWELLESS_ABBREVIATION = `${START}(?<!\\p{N}\\s?)(?:${CONSONANT}\\p{Lu}(?:${CONSONANT}\\p{Ll}){1,3}|(?:${CONSONANT}${CYRILLIC_LOWER}){2,4})(?<!(?:mm|hh|rr|ss|zz|хм|рр|шш|сс))\\.`;

/**
 * One lowercase letter and a full stop: an abbreviation or an inline enumerator (`Roe v. Wade`,
 * `a. Red, b. Blue`, `с. Ивановка`), but not the end of `т. д.`, `т. п.` (`etc.`).
 */
export const ONE_LETTER_ABBREVIATION = `${START}(?<!(?<!\\p{L})т\\.\\s?)\\p{Ll}\\.`;
