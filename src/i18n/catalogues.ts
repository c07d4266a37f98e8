import checkEn from '../check/messages/en.json' with { type: 'json' };
import checkRu from '../check/messages/ru.json' with { type: 'json' };
import de from './locales/de.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };
import fr from './locales/fr.json' with { type: 'json' };
import pl from './locales/pl.json' with { type: 'json' };
import ru from './locales/ru.json' with { type: 'json' };
import uk from './locales/uk.json' with { type: 'json' };

/** The language whose catalogues are complete and used as fallback. */
export const DEFAULT_LANGUAGE = 'en';

/**
 * The interface catalogues of the pages (`src/i18n/locales/<lang>.json`), by language. JSON v4:
 * plural keys carry the CLDR category of `Intl.PluralRules` (`_one`, `_few`, `_many`, `_other`).
 * Language names are not in the catalogues: they come from `Intl.DisplayNames` (language-names.ts).
 */
export const pageCatalogues: Readonly<Record<string, object>> = { en, ru, uk, de, fr, pl };

/** The interface catalogues of the check report (`src/check/messages/<lang>.json`), by language. */
export const checkCatalogues: Readonly<Record<string, object>> = { en: checkEn, ru: checkRu };

/**
 * The language of `resources` that serves a tag: the tag itself, else its base language
 * (`de-CH` → `de`), else undefined (the default language's catalogue is used throughout).
 *
 * @example catalogueLanguage('uk-UA', pageCatalogues) // 'uk'
 * @example catalogueLanguage('es', pageCatalogues) // undefined
 */
export function catalogueLanguage(lang: string, resources: Readonly<Record<string, object>>): string | undefined {
  if (Object.hasOwn(resources, lang)) return lang;
  const base = lang.toLowerCase().split('-')[0] ?? '';
  return Object.hasOwn(resources, base) ? base : undefined;
}
