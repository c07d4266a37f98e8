import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildTermIndex, type TermIndex } from '../glossary/build-term-index.js';
import { findEnglishTerms, matchTerms } from '../glossary/match-terms.js';
import { loadForms } from '../glossary/resolve-forms.js';
import type { EnglishHit, FormsFile, FormTag, MatchHit } from '../glossary/types.js';
import { parseWordList } from '../spelling/known-words.js';
import { readProjectFile } from '../util/project-file.js';

/** The glossary as the rules use it: matching plus a few questions about entries. */
export interface TermLookup {
  forms: FormsFile;
  index: TermIndex;
  /** English glossary forms in source text. */
  english(text: string): EnglishHit[];
  /** Approved and forbidden forms, and mixed-script words, in target text. */
  target(text: string, lang: string): MatchHit[];
  /** The approved rendering to show (nominative singular when known). */
  approvedTerm(entryId: string, lang: string): string | undefined;
  /** The approved form with the same case and number as the given tags, if any. */
  approvedLike(entryId: string, lang: string, tags: readonly FormTag[]): string | undefined;
  /** Which approved variant a form belongs to: `main` for the inflected term, else a key of the hand-added form. */
  variantOf(entryId: string, lang: string, form: string): string;
  kind(entryId: string): string | undefined;
  /** The project word list (`glossary/words.txt`): words the `spelling` rule accepts in every language. */
  words?: readonly string[];
}

/**
 * Wrap a compiled forms file for the rules.
 *
 * @param forms a forms file (`glossary/forms.json` or compiled in memory)
 * @param words the project word list (`glossary/words.txt`)
 * @returns the lookup
 * @example createTermLookup(forms).approvedLike('note', 'ru', ['gent plur']) // 'нот'
 */
export function createTermLookup(forms: FormsFile, words: readonly string[] = []): TermLookup {
  const index = buildTermIndex(forms);
  const target = (id: string, lang: string) => forms.entries[id]?.targets[lang];
  const memo = new Map<string, MatchHit[]>();
  return {
    forms,
    index,
    english: (text) => findEnglishTerms(index, text),
    target(text, lang) {
      const key = `${lang}\u0000${text}`;
      let hits = memo.get(key);
      if (!hits) {
        if (memo.size > 5000) memo.clear();
        hits = matchTerms(index, text, lang);
        memo.set(key, hits);
      }
      return hits;
    },
    approvedTerm(id, lang) {
      const approved = target(id, lang)?.approved ?? {};
      const entries = Object.entries(approved);
      return (entries.find(([, tags]) => tags.includes('nomn sing')) ?? entries.find(([, tags]) => tags.includes('nomn plur')) ?? entries[0])?.[0];
    },
    approvedLike(id, lang, tags) {
      const approved = Object.entries(target(id, lang)?.approved ?? {});
      for (const tag of tags) {
        const hit = approved.find(([, own]) => own.includes(tag));
        if (hit) return hit[0];
      }
      return undefined;
    },
    variantOf(id, lang, form) {
      const approved = target(id, lang)?.approved ?? {};
      if ((approved[form] ?? []).length > 0) return 'main';
      const main = Object.entries(approved).find(([, tags]) => tags.length > 0)?.[0];
      const key = variantKey(form);
      return main !== undefined && variantKey(main) === key ? 'main' : key;
    },
    kind: (id) => forms.entries[id]?.kind,
    words,
  };
}

/** Words cut to five letters: inflections of one variant share it (`Коминтерна` ~ `Коминтерн`). */
function variantKey(form: string): string {
  return form
    .toLowerCase()
    .split(/[\s\u00a0-]+/)
    .map((w) => w.slice(0, 5))
    .join(' ');
}

/**
 * Load the glossary of a folder for checking: `forms.json` when it is up to date with the
 * YAML files (found by hashing them, without parsing YAML), else the glossary is loaded,
 * validated and compiled in memory (needs the `az` dictionaries, ~0.3 s). The folder's `words.txt`,
 * when there is one, is the project word list of the `spelling` rule.
 *
 * @param dir the glossary folder
 * @returns the lookup, or undefined when the folder holds no glossary files
 * @throws InputError on an invalid glossary
 * @example const terms = await loadTermLookup('glossary');
 */
export async function loadTermLookup(dir: string): Promise<TermLookup | undefined> {
  const loaded = await loadForms(dir);
  const list = join(dir, 'words.txt');
  return loaded && createTermLookup(loaded.forms, existsSync(list) ? parseWordList(readProjectFile(list).toString('utf8')) : []);
}
