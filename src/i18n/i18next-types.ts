/**
 * Types the i18next resources from the English catalogues, so `t('no.such.key')` fails the
 * typecheck. The English JSON is the reference: every other locale must have the same keys
 * (plural suffixes aside; tested in tests/edition/i18n.test.ts).
 */
import type checkEn from '../check/messages/en.json';
import type en from './locales/en.json';

/** The shape of a page catalogue (the English one is the reference). */
export type MessageCatalogue = typeof en;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'page';
    resources: { page: MessageCatalogue; check: typeof checkEn };
  }
}
