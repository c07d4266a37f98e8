const SLOW = /[^\u0020-\u007E\u0410-\u044F]/;
/** Stress marks (U+0301, U+0300) on a Cyrillic letter, and soft hyphens. Latin letters keep them: they are letters there (`é`, `è`, `à`, `ó`, `ś`, `ź`). */
const MARKS = /(?<=[\u0400-\u04FF]\p{M}*)[\u0300\u0301]|\u00AD/gu;

/**
 * The lookup key of a word: stress marks (U+0301, U+0300 on a Cyrillic letter) and soft hyphens
 * removed, composed (NFC: `е` + U+0308 → `ё`), lower case, `ё` → `е`.
 *
 * @example normalizeKey('Литви\u0301нов') // 'литвинов'
 * @example normalizeKey('Соединённые') // 'соединенные'
 * @example normalizeKey('évènements') // 'évènements' (not `événements`: French accents are letters)
 */
export function normalizeKey(word: string): string {
  if (!SLOW.test(word)) return word.toLowerCase();
  return word.normalize('NFD').replace(MARKS, '').normalize('NFC').toLowerCase().replaceAll('ё', 'е');
}

/**
 * A crude English stem for matching: lower case, regular plural endings removed, so
 * `notes verbales` and `note verbale` share keys. Applied to glossary and text alike.
 *
 * @example stemEnglish('Commissars') // 'commissar'
 */
export function stemEnglish(key: string): string {
  if (key.length <= 3) return key;
  if (key.endsWith('ies')) return `${key.slice(0, -3)}y`;
  if (/(?:ss|x|ch|sh)es$/.test(key)) return key.slice(0, -2);
  if (key.endsWith('s') && !/(?:ss|us|is)$/.test(key)) return key.slice(0, -1);
  return key;
}
