import { analyse, loadMorphology } from './az-morph.js';
import { loadHunspell } from './hunspell/load-hunspell.js';
import { lemmasOf } from './hunspell/word-paradigm.js';
import type { LintMessage } from './lint-glossary.js';
import { normalizeKey } from './normalize-key.js';
import type { FormsFile, Glossary } from './types.js';

/** The language whose dictionary is OpenCorpora (az); the others use `dictionary-<lang>`. */
const AZ_LANG = 'ru';

/** Whether a word (lower case, ё folded) is a word of the language; undefined: no dictionary. */
type Known = (word: string) => boolean;

/**
 * Spelling checks of the glossary against the language's dictionary (OpenCorpora for Russian,
 * `dictionary-<lang>` for the others):
 * - `implausible-forbidden` (warning): a forbidden variant with a word the dictionary rejects
 *   and that is far from any real word — no dictionary word one edit away, no word of an
 *   approved form two edits away (one for words of four letters or fewer). Such a variant
 *   catches nothing translators write (the review's «Хитлер» is near «Гитлер» and passes; a
 *   keyboard-layout slip like «Hepdtkmn» does not).
 * - `unlisted-misspelling` (warning): the note of an entry names a word in the term's script
 *   that is near an approved form (one or two edits) but is neither approved, nor forbidden, nor a
 *   dictionary word — a wrong spelling the note warns about and `forbidden` does not enforce
 *   (the review's «Манчжурия»).
 * A language without a dictionary is skipped with a `needs-review` warning, never silently.
 *
 * @example (await lintSpellings(glossary, forms)).filter((m) => m.ruleId === 'unlisted-misspelling')
 */
export async function lintSpellings(glossary: Glossary, forms: FormsFile): Promise<LintMessage[]> {
  const messages: LintMessage[] = [];
  const langs = new Set(glossary.entries.flatMap((e) => Object.keys(e.targets)));
  const dictionaries = new Map<string, Known | undefined>();
  for (const lang of [...langs].sort()) dictionaries.set(lang, await dictionaryOf(lang));
  const approvedWords = new Map<string, Set<string>>();
  /** Approved and forbidden words per language: another language's words in a note are no misspellings. */
  const listedWords = new Map<string, Set<string>>();
  for (const entry of Object.values(forms.entries)) {
    for (const [lang, target] of Object.entries(entry.targets)) {
      const set = approvedWords.get(lang) ?? new Set<string>();
      approvedWords.set(lang, set);
      for (const form of [...Object.keys(target.approved), ...(target.renderings ?? []).flatMap((r) => Object.keys(r.approved))]) for (const w of wordsOf(form)) set.add(w);
      const listed = listedWords.get(lang) ?? new Set<string>();
      listedWords.set(lang, listed);
      for (const form of Object.keys(target.forbidden)) for (const w of wordsOf(form)) listed.add(w);
      for (const w of set) listed.add(w);
    }
  }
  for (const entry of glossary.entries) {
    for (const [lang, target] of Object.entries(entry.targets)) {
      const known = dictionaries.get(lang);
      if (!known) {
        if (target.forbidden.length > 0) messages.push({ severity: 'warning', ruleId: 'needs-review', entryId: entry.id, message: `Cannot check the forbidden variants of \`${lang}\` without a dictionary, expected \`dictionary-${lang}\` installed`, place: entry.place });
        continue;
      }
      const real = approvedWords.get(lang) ?? new Set<string>();
      for (const variant of target.forbidden) {
        const far = wordsOf(variant).find((w) => w.length >= 3 && !known(w) && !nearAny(w, real) && !oneEditKnown(w, known));
        if (far) messages.push({ severity: 'warning', ruleId: 'implausible-forbidden', entryId: entry.id, message: `Unexpected forbidden \`${variant}\` (${lang}): \`${far}\` is not in the dictionary and far from any real word, expected a variant translators write (a real word or a near miss of one)`, place: entry.place });
      }
      if (!entry.note) continue;
      const compiled = forms.entries[entry.id]?.targets[lang];
      const own = new Set([...Object.keys(compiled?.approved ?? {}), ...Object.keys(compiled?.forbidden ?? {}), ...(compiled?.renderings ?? []).flatMap((r) => Object.keys(r.approved))].flatMap(wordsOf));
      const script = scriptOf(target.term);
      const reported = new Set<string>();
      for (const written of entry.note.match(/[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu) ?? []) {
        const word = normalizeKey(written);
        if (word.length < 4 || scriptOf(written) !== script || own.has(word) || real.has(word) || reported.has(word) || known(word)) continue;
        // Notes quote other languages too (Russian forms in an entry with a Ukrainian column): their words are no misspellings.
        if (otherLanguage(entry.targets, lang, word, listedWords, dictionaries)) continue;
        const near = [...own].find((w) => w.length >= 4 && distanceWithin(word, w, limitOf(w)) > 0);
        if (!near) continue;
        reported.add(word);
        messages.push({ severity: 'warning', ruleId: 'unlisted-misspelling', entryId: entry.id, message: `Unexpected \`${written}\` in the note of \`${entry.id}\`: near \`${near}\` (${lang}) but neither approved nor forbidden, expected it in \`${lang}.forbidden\` if it is a wrong spelling`, place: entry.place });
      }
    }
  }
  return messages;
}

async function dictionaryOf(lang: string): Promise<Known | undefined> {
  if (lang === AZ_LANG) {
    await loadMorphology();
    return (word) => analyse(word).length > 0;
  }
  const dict = await loadHunspell(lang);
  if (!dict) return undefined;
  // A form of a listed word counts (`торгові` ← `торговий`); the apostrophe as the dictionary writes it.
  return (word) => {
    const spelled = word.replace(/[’ʼ]/gu, "'");
    return dict.words.has(spelled) || dict.words.has(spelled.charAt(0).toUpperCase() + spelled.slice(1)) || lemmasOf(dict, spelled).length > 0;
  };
}

/** The words of a form, as match keys (lower case, ё → е); hyphenated parts apart. */
function wordsOf(text: string): string[] {
  return (text.match(/[\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*/gu) ?? []).map(normalizeKey);
}

/** Whether a word is an approved or forbidden form, or a dictionary word, of another target language of the entry. */
function otherLanguage(targets: Record<string, unknown>, lang: string, word: string, listedWords: ReadonlyMap<string, Set<string>>, dictionaries: ReadonlyMap<string, Known | undefined>): boolean {
  for (const other of Object.keys(targets)) {
    if (other === lang) continue;
    if (listedWords.get(other)?.has(word) || dictionaries.get(other)?.(word)) return true;
  }
  return false;
}

function limitOf(word: string): number {
  return word.length <= 4 ? 1 : 2;
}

function nearAny(word: string, words: ReadonlySet<string>): boolean {
  for (const w of words) if (Math.abs(w.length - word.length) <= limitOf(word) && distanceWithin(word, w, limitOf(word)) >= 0) return true;
  return false;
}

/** Whether one deletion, transposition, substitution or insertion of a letter the word has (or its script's) makes a dictionary word. */
function oneEditKnown(word: string, known: Known): boolean {
  const letters = [...new Set([...alphabetOf(word), ...word])];
  for (let i = 0; i <= word.length; i++) {
    const [a, b] = [word.slice(0, i), word.slice(i)];
    if (b && known(a + b.slice(1))) return true;
    if (b.length > 1 && known(a + (b[1] as string) + (b[0] as string) + b.slice(2))) return true;
    for (const c of letters) {
      if (b && c !== b[0] && known(a + c + b.slice(1))) return true;
      if (known(a + c + b)) return true;
    }
  }
  return false;
}

function alphabetOf(word: string): string[] {
  return scriptOf(word) === 'cyrillic' ? [...'абвгдежзийклмнопрстуфхцчшщъыьэюяієїґ'] : [...'abcdefghijklmnopqrstuvwxyz'];
}

function scriptOf(text: string): 'cyrillic' | 'latin' | 'other' {
  if (/\p{Script=Cyrillic}/u.test(text)) return 'cyrillic';
  return /\p{Script=Latin}/u.test(text) ? 'latin' : 'other';
}

/** The edit distance of two words when it is at most `limit`, else -1 (banded Levenshtein). */
function distanceWithin(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return -1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return -1;
    prev = row;
  }
  const d = prev[b.length] as number;
  return d <= limit ? d : -1;
}
