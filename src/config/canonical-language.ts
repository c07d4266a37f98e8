let names: Intl.DisplayNames | undefined;

/**
 * The canonical form of a BCP 47 language tag whose language Intl knows, or undefined.
 * Case is canonicalised (`RU` → `ru`, `pt-br` → `pt-BR`, `zh-hant` → `zh-Hant`), deprecated
 * subtags replaced (`iw` → `he`); a well-formed tag naming no known language (`english`, `xx`,
 * `und`) is refused, as is anything that is not BCP 47 (`en_US`, `x-klingon`).
 *
 * @param value the tag as written
 * @returns the canonical tag, or undefined
 * @example canonicalLanguage('pt-br') // 'pt-BR'
 * @example canonicalLanguage('english') // undefined
 */
export function canonicalLanguage(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  let tag: string | undefined;
  try {
    tag = Intl.getCanonicalLocales(value)[0];
  } catch {
    return undefined;
  }
  if (tag === undefined) return undefined;
  names ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const language = new Intl.Locale(tag).language;
  return names.of(language) === undefined ? undefined : tag;
}
