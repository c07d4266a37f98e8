import type { TFunction } from 'i18next';
import { createIntl, type IntlShape } from '@formatjs/intl';
import { catalogueLanguage, DEFAULT_LANGUAGE, pageCatalogues } from './catalogues.js';
import { I18nErrorCode, type I18nProblem } from './i18n-error-code.js';
import { createI18next, sharedI18next, SHIPPED_RESOURCES } from './i18next-setup.js';
import './i18next-types.js';

export { DEFAULT_LANGUAGE };

/**
 * Page catalogues shipped with diglot, by language (JSON v4: plural keys `_one`, `_few`,
 * `_many`, `_other`); `src/i18n/locales/<lang>.json`.
 */
export const catalogues: Readonly<Record<string, object>> = pageCatalogues;

/** Interface strings, number and date formatting for one language. */
export interface Messages {
  lang: string;
  /** The language of the interface strings: `lang` or its base language, or the default one for a language without a catalogue. */
  chromeLang: string;
  /** i18next `t`, typed from the English catalogue. Missing keys fall back and are reported. */
  t: TFunction;
  /** formatjs `intl` for dates, numbers and percents. */
  intl: IntlShape<string>;
  /** Problems met so far (missing messages, formatting errors); never thrown. */
  problems: I18nProblem[];
}

/**
 * Create the interface strings of a language. A language with a catalogue (or whose base
 * language has one: `de-CH` → `de`) that lacks a message falls back to English and records a
 * `DIGLOT_I18N_MISSING_MESSAGE` per message; a language without any catalogue records ONE
 * `DIGLOT_I18N_UNSUPPORTED_LOCALE` naming the catalogue to add, and uses the English strings
 * silently (dates and numbers are still formatted in the language).
 *
 * @param lang a BCP 47 tag such as `uk`
 * @param options `timeZone` for dates (default UTC); `resources` replaces the page catalogues (tests)
 * @returns the messages; `problems` collects problems with a stable code
 * @example createMessages('uk').t('footnotes.label') // 'Примітки'
 */
export function createMessages(lang: string, options: { timeZone?: string; resources?: Readonly<Record<string, object>> } = {}): Messages {
  const resources = options.resources ?? catalogues;
  const instance = options.resources ? createI18next({ ...SHIPPED_RESOURCES, page: resources }) : sharedI18next();
  const problems: I18nProblem[] = [];
  const own = catalogueLanguage(lang, resources);
  if (own === undefined) {
    problems.push({
      code: I18nErrorCode.unsupportedLocale,
      lang,
      message: `No interface catalogue for \`${lang}\` (expected \`src/i18n/locales/${lang.toLowerCase().split('-')[0]}.json\`; diglot has ${Object.keys(
        resources,
      )
        .map((l) => `\`${l}\``)
        .join(', ')}): the \`${lang}\` pages use the ${DEFAULT_LANGUAGE} interface strings`,
    });
  }
  const plurals = new Intl.PluralRules(lang);
  const translate = instance.getFixedT(own ?? DEFAULT_LANGUAGE, 'page') as unknown as (key: string, opts?: Record<string, unknown>) => string;
  const t = ((key: string, opts?: Record<string, unknown>) => {
    if (own !== undefined) {
      const count = typeof opts?.['count'] === 'number' ? opts['count'] : undefined;
      const wanted = count === undefined ? key : `${key}_${plurals.select(count)}`;
      if (instance.getResource(own, 'page', wanted) === undefined) {
        problems.push({
          code: I18nErrorCode.missingMessage,
          lang,
          key: wanted,
          message: `Unexpected missing message \`${wanted}\` in \`${lang}\`, expected it in \`src/i18n/locales/${own}.json\`; used the ${DEFAULT_LANGUAGE} one`,
        });
      }
    }
    return translate(key, opts);
  }) as unknown as TFunction;
  const intl = createIntl({
    locale: lang,
    defaultLocale: DEFAULT_LANGUAGE,
    timeZone: options.timeZone ?? 'UTC',
    onError: (error) => problems.push({ code: I18nErrorCode.formatError, lang, message: error.message }),
  });
  return { lang, chromeLang: own ?? DEFAULT_LANGUAGE, t, intl, problems };
}
