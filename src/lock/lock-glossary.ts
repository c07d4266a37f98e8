import { existsSync } from 'node:fs';
import { buildTermIndex, type TermIndex } from '../glossary/build-term-index.js';
import { loadGlossary } from '../glossary/load-glossary.js';
import { findEnglishTerms } from '../glossary/match-terms.js';
import { resolveForms } from '../glossary/resolve-forms.js';
import type { Glossary } from '../glossary/types.js';
import { glossaryHashesFor, type EntryHashes } from './entry-hashes.js';

/** What the lock needs of the glossary: entry hashes and which entries a pair uses. */
export interface LockGlossary {
  /**
   * Entry id → its hashes for a target language: the per-language hash a pair records
   * (`current`, see glossaryLanguageHash) and the legacy whole-entry hash still accepted.
   */
  hashes: (lang: string) => Readonly<Record<string, EntryHashes>>;
  /** The ids of the entries an aligned pair uses (English text, target text). */
  uses: (sourceText: string, targetText: string) => readonly string[];
}

/**
 * The glossary as the lock uses it: the hashes of every entry per target language (computed
 * once per language), and as the entries a pair uses the
 * entries whose English forms the glossary engine finds in its English (`findEnglishTerms`, the
 * matcher of `diglot check` and `diglot build`: case, plurals, possessives, initials variants).
 *
 * @param glossary the loaded glossary (its entries are hashed)
 * @param index `buildTermIndex(forms)` of the glossary's compiled forms
 * @example toLockGlossary(glossary, buildTermIndex(forms)).uses('exchanged notes verbales', '') // ['note-verbale']
 */
export function toLockGlossary(glossary: Glossary, index: TermIndex): LockGlossary {
  const byLang = new Map<string, Record<string, EntryHashes>>();
  const hashes = (lang: string): Record<string, EntryHashes> => {
    let out = byLang.get(lang);
    if (!out) byLang.set(lang, (out = glossaryHashesFor(glossary.entries, lang)));
    return out;
  };
  return { hashes, uses: (sourceText) => [...new Set(findEnglishTerms(index, sourceText).map((hit) => hit.entryId))] };
}

/**
 * Load a project's glossary for the lock: `forms.json` when up to date, else compiled in memory.
 *
 * @param dir the glossary folder
 * @param loaded the glossary of `dir` when already loaded (`loadGlossary(dir)`)
 * @returns undefined when the folder does not exist or holds no entries
 * @throws InputError on an invalid glossary
 * @example const glossary = await loadLockGlossary('glossary'); createLock({ en, targets, ...(glossary ? { glossary } : {}) })
 */
export async function loadLockGlossary(dir: string, loaded?: Glossary): Promise<LockGlossary | undefined> {
  if (!loaded && !existsSync(dir)) return undefined;
  const glossary = loaded ?? loadGlossary(dir);
  if (glossary.entries.length === 0) return undefined;
  const { forms } = await resolveForms(dir, glossary);
  return toLockGlossary(glossary, buildTermIndex(forms));
}

/**
 * The glossary hashes to record for a pair of a target language: entry id → the entry's
 * current hash for that language, for the entries the pair uses.
 *
 * @param lang the pair's target language (its column is what the hash covers)
 * @example pairGlossaryHashes(glossary, 'M.M. Litvinov arrived', 'Прибыл М.М. Литвинов', 'ru') // { litvinov: 'sha256:…' }
 */
export function pairGlossaryHashes(glossary: LockGlossary | undefined, sourceText: string, targetText: string, lang: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!glossary) return out;
  const hashes = glossary.hashes(lang);
  for (const id of [...new Set(glossary.uses(sourceText, targetText))].sort()) {
    const hash = hashes[id]?.current;
    if (hash) out[id] = hash;
  }
  return out;
}
