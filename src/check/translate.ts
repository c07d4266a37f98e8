import type en from './messages/en.json';
import { sharedI18next } from '../i18n/i18next-setup.js';

/** Languages the report can be printed in. */
export type ReportLanguage = 'en' | 'ru';

export const REPORT_LANGUAGES: readonly ReportLanguage[] = ['en', 'ru'];

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type StripPlural<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${StripPlural<K>}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every key of the report's interface strings, e.g. `message.term-missing`; unknown keys fail the typecheck. */
export type MessageKey = Leaves<typeof en>;

/** Interpolation values of a message. `count` selects the plural form. */
export type MessageValues = Record<string, string | number>;

/** A translate function bound to one language. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/**
 * A translate function for the report's interface strings: the `check` namespace of diglot's
 * one i18next set-up (`src/i18n/i18next-setup.ts`; JSON v4 resources in `src/check/messages/`).
 * A key missing in Russian falls back to English.
 *
 * @param lang `en` or `ru`
 * @returns `t(key, values)`
 * @example createTranslate('ru')('severity.error') // 'ошибка'
 */
export function createTranslate(lang: ReportLanguage): Translate {
  // Cast: another module types i18next globally with its own catalogue; these keys are typed by MessageKey.
  const fixed = sharedI18next().getFixedT(lang, 'check') as unknown as (key: string, values: MessageValues) => string;
  return (key, values) => fixed(key, values ?? {});
}
