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
