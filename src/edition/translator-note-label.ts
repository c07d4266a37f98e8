import { catalogues, type Messages } from '../i18n/create-messages.js';

/**
 * The label a page appends to a translator's note, for languages without an interface
 * catalogue of their own (the catalogues' `footnotes.translatorNote` comes first).
 */
const LABELS: Readonly<Record<string, string>> = {
  uk: '— Прим. перекл.',
  be: '— Заўв. пер.',
  de: '— Anm. d. Übers.',
  fr: '— N.d.T.',
  es: '— N. del T.',
  it: '— N.d.T.',
  pl: '— Przyp. tłum.',
  pt: '— N. do T.',
};

/** For a language none of the above knows. */
const FALLBACK = "— Translator's note";

/**
 * The label of a translator's note in a language: ru «— Примеч. пер.», en "— Translator's
 * note" (from the i18n catalogues), uk «— Прим. перекл.» and a few others from a table, and
 * the English label for any other language (without recording a missing message).
 *
 * @param messages the page's interface strings
 * @example translatorNoteLabel(createMessages('ru')) // '— Примеч. пер.'
 */
export function translatorNoteLabel(messages: Messages): string {
  const base = messages.lang.toLowerCase().split('-')[0] ?? '';
  if (messages.lang in catalogues || base in catalogues) return messages.t('footnotes.translatorNote');
  return LABELS[messages.lang] ?? LABELS[base] ?? FALLBACK;
}

/**
 * The mark of the n-th translator's note (1-based): asterisks, one per note up to three
 * (`*`, `**`, `***`), then an asterisk and the number (`*4`), so the author's notes keep the
 * numbers of the original (see docs/translators-notes.md).
 *
 * @example translatorNoteMark(2) // '**'
 * @example translatorNoteMark(5) // '*5'
 */
export function translatorNoteMark(n: number): string {
  return n <= 3 ? '*'.repeat(n) : `*${n}`;
}
