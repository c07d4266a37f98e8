/**
 * Language identification of a unit's text with eld (Efficient Language Detector, the `small`
 * n-gram database, ~1.6 MB, loaded with this module), after removing what is the same in any
 * language: URLs, e-mail addresses, file and domain names, identifiers, acronyms and numbers.
 */
import { eld } from 'eld/small';

/** URLs, e-mail addresses, @handles, domain and file names: they stay as written in any language. */
export const LATIN_BY_NATURE = /(?:\bhttps?:\/\/\S+|(?<![\w@])@[\w-]+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:[\w-]+\.)+[a-z]{2,}(?:\/\S*)?)/giu;
/** Identifiers and codes: words with digits, underscores, inner capitals (`camelCase`), all capitals (`HTTP`). */
const NEUTRAL_WORD = /(?<![\p{L}\p{N}])(?:[\p{L}\p{N}]*[\d_][\p{L}\p{N}_]*|\p{Ll}+\p{Lu}[\p{L}]*|\p{Lu}{2,}\p{Ll}?s?)(?![\p{L}\p{N}])/gu;

/** What the identifier needs to say anything: this many words of two letters or more… */
export const MIN_WORDS = 5;
/** …holding at least this many letters. */
export const MIN_LETTERS = 30;

/** The language of a text as far as it can be told. */
export interface Identification {
  /** The most likely language (ISO 639-1), or undefined when the text is too short to tell. */
  language: string | undefined;
  /** eld's score per language (0–1), only for a text long enough. */
  scores: Readonly<Record<string, number>>;
  /** The text that was identified (neutral tokens removed). */
  text: string;
}

/**
 * The text of a unit with what is language-neutral removed (URLs, identifiers, acronyms, numbers).
 *
 * @example languageText('See https://12factor.net and `DATABASE_URL` in 2011') // 'See  and  in '
 */
export function languageText(text: string): string {
  return text.replace(LATIN_BY_NATURE, ' ').replace(NEUTRAL_WORD, ' ');
}

/**
 * Identify the language of a text, or say it is too short (fewer than {@link MIN_WORDS} words
 * or {@link MIN_LETTERS} letters once neutral tokens are removed).
 *
 * @param text plain text
 * @returns the most likely language and the scores
 * @example identifyLanguage('A twelve-factor app is always tracked in a version control system').language // 'en'
 * @example identifyLanguage('I. Codebase').language // undefined (too short)
 */
export function identifyLanguage(text: string): Identification {
  const cleaned = languageText(text);
  const words = cleaned.match(/\p{L}{2,}/gu) ?? [];
  const letters = words.reduce((n, w) => n + w.length, 0);
  if (words.length < MIN_WORDS || letters < MIN_LETTERS) return { language: undefined, scores: {}, text: cleaned };
  const result = eld.detect(cleaned);
  return { language: result.language || undefined, scores: result.getScores(), text: cleaned };
}

/** How much more likely the source language must score than the target to call a unit untranslated. */
export const SOURCE_MARGIN = 0.1;

/**
 * Whether a text reads as the source language rather than the target: identified as the source,
 * scoring at least {@link SOURCE_MARGIN} above the target.
 *
 * @param text plain text of a translation unit
 * @param source base subtag of the source language (`en`)
 * @param target base subtag of the target language (`de`)
 * @example readsAsSource('The twelve-factor app stores config in environment variables', 'en', 'de') // true
 */
export function readsAsSource(text: string, source: string, target: string): boolean {
  const { language, scores } = identifyLanguage(text);
  if (language !== source) return false;
  return (scores[source] ?? 0) - (scores[target] ?? 0) >= SOURCE_MARGIN;
}
