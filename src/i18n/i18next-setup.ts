import i18next, { type i18n } from 'i18next';
import { checkCatalogues, DEFAULT_LANGUAGE, pageCatalogues } from './catalogues.js';

/** The namespaces of diglot's one i18next set-up: the pages' chrome and the check report. */
export type Namespace = 'page' | 'check';

/** Catalogues by namespace, then by language. */
export type NamespacedResources = Readonly<Record<Namespace, Readonly<Record<string, object>>>>;

/** The catalogues diglot ships. */
export const SHIPPED_RESOURCES: NamespacedResources = { page: pageCatalogues, check: checkCatalogues };

/**
 * Create an i18next instance holding both namespaces (`page`, `check`) for every language
 * that has a catalogue in either, synchronously initialised; missing keys fall back to the
 * default language. The only place diglot configures i18next.
 *
 * @param resources catalogues by namespace and language (tests pass their own)
 * @example createI18next(SHIPPED_RESOURCES).getFixedT('uk', 'page')('footnotes.label') // 'Примітки'
 */
export function createI18next(resources: NamespacedResources): i18n {
  const languages = new Set([...Object.keys(resources.page), ...Object.keys(resources.check)]);
  const instance = i18next.createInstance();
  void instance.init({
    initAsync: false,
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    ns: ['page', 'check'],
    defaultNS: 'page',
    resources: Object.fromEntries(
      [...languages].map((lang) => [
        lang,
        Object.fromEntries((['page', 'check'] as const).flatMap((ns) => (resources[ns][lang] ? [[ns, resources[ns][lang]]] : []))),
      ]),
    ),
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  } as Parameters<i18n['init']>[0]);
  return instance;
}

let shared: i18n | undefined;

/**
 * The process-wide instance with the shipped catalogues (created on first use).
 *
 * @example sharedI18next().getFixedT('ru', 'check')('severity.error') // 'ошибка'
 */
export function sharedI18next(): i18n {
  return (shared ??= createI18next(SHIPPED_RESOURCES));
}
