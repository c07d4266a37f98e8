import i18next, { type TFunction } from 'i18next';
import { createIntl, type IntlShape } from '@formatjs/intl';
import en from './locales/en.json' with { type: 'json' };
import ru from './locales/ru.json' with { type: 'json' };
import { I18nErrorCode, type I18nProblem } from './i18n-error-code.js';
import './i18next-types.js';

/** The language whose catalogue is complete and used as fallback. */
export const DEFAULT_LANGUAGE = 'en';

/** Catalogues shipped with diglot, by language (JSON v4: plural keys `_one`, `_few`, `_many`, `_other`). */
export const catalogues: Readonly<Record<string, object>> = { en, ru };

/** Interface strings, number and date formatting for one language. */
export interface Messages {
  lang: string;
  /** i18next `t`, typed from the English catalogue. Missing keys fall back and are reported. */
  t: TFunction;
  /** formatjs `intl` for dates, numbers and percents. */
  intl: IntlShape<string>;
  /** Problems met so far (missing messages, formatting errors); never thrown. */
  problems: I18nProblem[];
}

/**
 * Create the interface strings of a language.
 *
 * @param lang a BCP 47 tag such as `ru`
 * @param options `timeZone` for dates (default UTC); `resources` replaces the catalogues (tests)
 * @returns the messages; `problems` collects missing messages with a stable code
 * @example createMessages('ru').t('footnotes.label') // 'Примечания'
 */
export function createMessages(lang: string, options: { timeZone?: string; resources?: Readonly<Record<string, object>> } = {}): Messages {
  const resources = options.resources ?? catalogues;
  const problems: I18nProblem[] = [];
  if (!(lang in resources)) {
    problems.push({ code: I18nErrorCode.unsupportedLocale, lang, message: `Unexpected language \`${lang}\`, expected one of ${Object.keys(resources).map((l) => `\`${l}\``).join(', ')}` });
  }
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: DEFAULT_LANGUAGE,
    initAsync: false,
    resources: Object.fromEntries(Object.entries(resources).map(([l, catalogue]) => [l, { translation: catalogue }])),
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  const plurals = new Intl.PluralRules(lang);
  const translate = instance.t.bind(instance) as (key: string, opts?: Record<string, unknown>) => string;
  const t = ((key: string, opts?: Record<string, unknown>) => {
    const count = typeof opts?.['count'] === 'number' ? opts['count'] : undefined;
    const own = count === undefined ? key : `${key}_${plurals.select(count)}`;
    if (instance.getResource(lang, 'translation', own) === undefined) {
      problems.push({ code: I18nErrorCode.missingMessage, lang, key: own, message: `Unexpected missing message \`${own}\` in \`${lang}\`, expected it in the catalogue; used the ${DEFAULT_LANGUAGE} one` });
    }
    return translate(key, opts);
  }) as unknown as TFunction;
  const intl = createIntl({
    locale: lang,
    defaultLocale: DEFAULT_LANGUAGE,
    timeZone: options.timeZone ?? 'UTC',
    onError: (error) => problems.push({ code: I18nErrorCode.formatError, lang, message: error.message }),
  });
  return { lang, t, intl, problems };
}
