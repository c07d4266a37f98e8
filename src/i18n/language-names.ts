/**
 * The name of a language in another language, from CLDR through `Intl.DisplayNames`
 * (`uk` in `ru` → `украинский`; in `de` → `Ukrainisch`), as it stands inside a sentence.
 * Falls back to the tag itself when the runtime knows no name for it.
 *
 * @param tag the language named
 * @param inLang the language of the page
 * @example languageName('uk', 'fr') // 'ukrainien'
 */
export function languageName(tag: string, inLang: string): string {
  try {
    const name = new Intl.DisplayNames([inLang, 'en'], { type: 'language', fallback: 'none' }).of(tag);
    return name && name !== tag ? name : tag;
  } catch {
    return tag;
  }
}

/**
 * The name of a language in itself, capitalised as a label (`Українська`, `Français`,
 * `English`): what a language switcher shows.
 *
 * @example endonym('uk') // 'Українська'
 */
export function endonym(tag: string): string {
  const name = languageName(tag, tag);
  return name.slice(0, 1).toLocaleUpperCase(tag) + name.slice(1);
}

/**
 * A list of language names joined as the page's language joins a list (`англійська, російська
 * та українська`), via `Intl.ListFormat`.
 *
 * @example languageList(['en', 'ru'], 'de') // 'Englisch und Russisch'
 */
export function languageList(tags: readonly string[], inLang: string): string {
  const names = tags.map((t) => languageName(t, inLang));
  try {
    return new Intl.ListFormat([inLang, 'en'], { type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}
