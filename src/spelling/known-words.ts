import type { FormsFile } from '../glossary/types.js';

/** Words a spelling check accepts whatever the dictionary says, compared in lower case. */
export interface KnownWords {
  has(word: string): boolean;
}

/**
 * Known words of several collections at once, without copying them into one set.
 *
 * @example anyOf(knownWords(['Litvinov']), knownWords(['Roosevelt'])).has('roosevelt') // true
 */
export function anyOf(...sets: ReadonlyArray<ReadonlySet<string>>): KnownWords {
  return { has: (word) => sets.some((set) => set.has(word)) };
}

const PIECES = /[\p{L}\p{M}\p{N}]+(?:['’ʼ-][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * Collect known words from texts: every word of every text (and, for hyphenated words, each
 * part), in lower case. Used for the source document's words (names kept as written), glossary
 * forms and the project word list.
 *
 * @param texts texts or word lists
 * @returns the words in lower case
 * @example knownWords(['Litvinov met Roosevelt']).has('roosevelt') // true
 */
export function knownWords(texts: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(PIECES)) {
      const word = m[0].toLowerCase().replace(/[’ʼ]/g, "'");
      out.add(word);
      if (word.includes('-')) for (const part of word.split('-')) out.add(part);
    }
  }
  return out;
}

/**
 * Every form the glossary has for a language: approved forms (the inflected term and the
 * hand-added `forms`), conditional renderings, coordinated forms, and the forbidden variants
 * (`term-forbidden` reports those, with the approved form to use; the spelling rule stays quiet).
 *
 * @param forms the compiled glossary
 * @param lang the target language
 * @example glossaryForms(forms, 'ru').includes('вербальными нотами') // true
 */
export function glossaryForms(forms: FormsFile, lang: string): string[] {
  const out: string[] = [];
  for (const entry of Object.values(forms.entries)) {
    const target = entry.targets[lang];
    if (!target) continue;
    out.push(...Object.keys(target.approved), ...Object.keys(target.forbidden), ...Object.keys(target.hand ?? {}), ...Object.values(target.hand ?? {}).flat());
    for (const rendering of target.renderings ?? []) out.push(rendering.term, ...Object.keys(rendering.approved));
    out.push(...Object.keys(target.coordinated ?? {}));
  }
  return out;
}

/**
 * Read a project word list: one word per line, `#` starts a comment (the reason), blank lines
 * ignored; a line may hold a hyphenated word or several words.
 *
 * @example parseWordList('Наркоминдел  # the glossary spelling\n') // ['Наркоминдел']
 */
export function parseWordList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter((line) => line !== '');
}
