/**
 * Stable codes of interface-string problems. A render never crashes on them: the message
 * falls back (to English, then to the key) and the problem is reported with one of these.
 */
export const I18nErrorCode = {
  /** The locale has no message for a key; the default language's message was used. */
  missingMessage: 'DIGLOT_I18N_MISSING_MESSAGE',
  /** Formatting a date, number or percent failed; a plain rendering was used. */
  formatError: 'DIGLOT_I18N_FORMAT_ERROR',
  /** The locale has no catalogue at all; the default language is used throughout. */
  unsupportedLocale: 'DIGLOT_I18N_UNSUPPORTED_LOCALE',
} as const;

export type I18nErrorCodeValue = (typeof I18nErrorCode)[keyof typeof I18nErrorCode];

/** One problem met while producing interface strings. */
export interface I18nProblem {
  code: I18nErrorCodeValue;
  lang: string;
  key?: string;
  message: string;
}
