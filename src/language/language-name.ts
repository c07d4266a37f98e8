const names = new Map<string, Intl.DisplayNames>();

/**
 * The name of a language, from CLDR through `Intl.DisplayNames`; the tag itself when Intl
 * knows no name for it.
 *
 * @param tag the language to name
 * @param inLanguage the language to name it in (default English)
 * @example languageName('de') // 'German'
 * @example languageName('uk', 'ru') // 'украинский'
 */
export function languageName(tag: string, inLanguage = 'en'): string {
  let display = names.get(inLanguage);
  if (!display) names.set(inLanguage, (display = new Intl.DisplayNames([inLanguage], { type: 'language', fallback: 'none' })));
  try {
    return display.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

const scripts = new Map<string, Intl.DisplayNames>();

/**
 * The name of a script (ISO 15924), from CLDR through `Intl.DisplayNames`.
 *
 * @example scriptName('Latn') // 'Latin'
 * @example scriptName('Latn', 'ru') // 'латиница'
 */
export function scriptName(script: string, inLanguage = 'en'): string {
  let display = scripts.get(inLanguage);
  if (!display) scripts.set(inLanguage, (display = new Intl.DisplayNames([inLanguage], { type: 'script', fallback: 'none' })));
  try {
    return display.of(script) ?? script;
  } catch {
    return script;
  }
}
