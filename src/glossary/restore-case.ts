/**
 * Give a generated lower-case form the capitalisation of the written word: all caps
 * (`НЭП` + `нэпа` → `НЭПа`, the ending stays lower case), a capital initial, or as is;
 * each hyphen-separated part separately.
 *
 * @param written the word as the glossary writes it
 * @param generated the inflected form, lower case
 * @example restoreCase('Северо-Американские', 'северо-американских') // 'Северо-Американских'
 */
export function restoreCase(written: string, generated: string): string {
  const a = written.split('-');
  const b = generated.split('-');
  if (a.length !== b.length) return restorePart(written, generated);
  return b.map((part, i) => restorePart(a[i] as string, part)).join('-');
}

function restorePart(written: string, generated: string): string {
  const letters = written.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) {
    const lower = written.toLowerCase();
    return generated.startsWith(lower) ? written + generated.slice(lower.length) : generated.toUpperCase();
  }
  const first = written.charAt(0);
  if (first !== first.toLowerCase()) return generated.charAt(0).toUpperCase() + generated.slice(1);
  return generated;
}

/**
 * Follow the written term's use of ё: a term written without any ё (`Соединенные Штаты`, as
 * many editions print Russian) gets its generated forms with е; a term with ё keeps the
 * dictionary's ё. The matcher folds ё to е either way; this keeps the forms file in the
 * edition's spelling, with the term itself among its forms.
 *
 * @param writtenTerm the whole term as the glossary writes it
 * @param generated a generated form of it
 * @example restoreYo('Соединенные Штаты', 'Соединённых Штатов') // 'Соединенных Штатов'
 */
export function restoreYo(writtenTerm: string, generated: string): string {
  return /[ёЁ]/.test(writtenTerm) ? generated : generated.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
}

/**
 * Compare two spellings of a form as the matcher does for ё and case: lower case, ё = е.
 *
 * @example sameSpelling('Соединённые', 'соединенные') // true
 */
export function sameSpelling(a: string, b: string): boolean {
  const fold = (s: string) => s.toLowerCase().replace(/ё/g, 'е');
  return fold(a) === fold(b);
}
