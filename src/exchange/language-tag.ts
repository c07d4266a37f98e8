/** POSIX locale modifiers that name a script (`sr_RS@latin`). */
const SCRIPT_MODIFIERS: Record<string, string> = { latin: 'Latn', cyrillic: 'Cyrl', arabic: 'Arab', devanagari: 'Deva' };

/**
 * The BCP 47 form of a language declared by an exchange file: POSIX locale names as gettext
 * writes them (`ru_RU`, `ru_RU.UTF-8`, `sr_RS@latin`) and tags in any case (`RU-ru`) become
 * canonical tags (`ru-RU`, `sr-Latn-RS`); a value that is no language tag is returned trimmed,
 * unchanged, so that the caller's comparison refuses it by name.
 *
 * @param value the declared language (PO `Language`, XLIFF `target-language`, `trgLang`, `xml:lang`)
 * @returns the canonical tag, or the trimmed value
 * @example normalizeLanguageTag('ru_RU.UTF-8') // 'ru-RU'
 */
export function normalizeLanguageTag(value: string): string {
  const trimmed = value.trim();
  const posix = /^([A-Za-z]{2,3})(?:_([A-Za-z]{2}|\d{3}))?(?:\.[\w-]+)?(?:@(\w+))?$/.exec(trimmed);
  const candidate = posix ? [posix[1], posix[3] ? SCRIPT_MODIFIERS[posix[3].toLowerCase()] : undefined, posix[2]].filter(Boolean).join('-') : trimmed;
  // Primary subtags of 5–8 letters are reserved for registration, none exist: `English` is no tag.
  if (!/^[A-Za-z]{2,3}(?:-|$)/.test(candidate)) return trimmed;
  try {
    return Intl.getCanonicalLocales(candidate)[0] ?? trimmed;
  } catch {
    return trimmed;
  }
}

/**
 * Whether an exchange file's declared language is the project's target language: the same
 * primary language subtag after normalisation (`ru_RU`, `ru-RU` and `ru` are all Russian).
 *
 * @example sameLanguage('ru_RU', 'ru') // true
 */
export function sameLanguage(declared: string, expected: string): boolean {
  const primary = (tag: string): string => normalizeLanguageTag(tag).split('-')[0]?.toLowerCase() ?? '';
  return primary(declared) === primary(expected);
}
