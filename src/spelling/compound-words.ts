import { acceptsForm, type AffixIndex } from './affix-index.js';

/** Shortest compound part, in letters (the affix file's COMPOUNDMIN is 2 for German; 3 keeps misspellings from splitting into scraps). */
const MIN_PART = 3;
/** Most parts in one compound. */
const MAX_PARTS = 4;
/** Linking elements (Fugen) between the parts of a German compound: `Regierung·s·gebäude`. */
const LINKS = ['', 's', 'es', 'n', 'en', 'er', 'e'];

/**
 * Whether a word is a compound of known words, for a language whose affix file declares
 * compounding (COMPOUNDFLAG/COMPOUNDBEGIN/…; German). A simplification of Hunspell's compound
 * rules: every part but the last is a known word — any form, compound-only forms included,
 * in lower case or capitalised (German nouns lose their capital inside a compound), optionally
 * followed by a linking element (`-s-`, `-es-`, `-n-`, `-en-`, `-er-`, `-e-`); the last part is
 * a known word in any inflection; parts have at least three letters; at most four parts.
 * The affix file's per-word compound flags are not enforced, so a few compounds Hunspell
 * rejects are accepted (see docs/rules.md, `spelling`).
 *
 * @param index the dictionary's affix index
 * @param word the word as written
 * @example acceptsCompound(deIndex, 'Regierungsgebäude') // true
 */
export function acceptsCompound(index: AffixIndex, word: string): boolean {
  if (word.length < 2 * MIN_PART) return false;
  const memo = new Map<string, boolean>();
  const rest = (tail: string, parts: number): boolean => {
    const key = `${parts}\u0000${tail}`;
    const seen = memo.get(key);
    if (seen !== undefined) return seen;
    let ok = knownPart(index, tail, true);
    for (let cut = MIN_PART; !ok && parts < MAX_PARTS && cut <= tail.length - MIN_PART; cut++) {
      if (headPart(index, tail.slice(0, cut)) && rest(tail.slice(cut), parts + 1)) ok = true;
    }
    memo.set(key, ok);
    return ok;
  };
  for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut++) {
    if (headPart(index, word.slice(0, cut)) && rest(word.slice(cut), 2)) return true;
  }
  return false;
}

/**
 * The words a compound part written before a hyphen may be, its linking element removed
 * (`Installations-` of `Installations- und Paketierungssysteme` → `Installation`).
 *
 * @example unlinked('Regierungs') // ['Regierungs', 'Regierung', …]
 */
export function unlinked(part: string): string[] {
  return LINKS.filter((link) => part.endsWith(link) && part.length - link.length >= MIN_PART).map((link) => part.slice(0, part.length - link.length));
}

/** A part before the last: a known word followed by a linking element. */
function headPart(index: AffixIndex, part: string): boolean {
  for (const link of LINKS) {
    if (!part.endsWith(link)) continue;
    const word = part.slice(0, part.length - link.length);
    if (word.length >= MIN_PART && knownPart(index, word, false)) return true;
  }
  return false;
}

function knownPart(index: AffixIndex, part: string, last: boolean): boolean {
  if (part.length < MIN_PART || part.includes('-')) return false;
  const lower = part.toLowerCase();
  const capital = lower.charAt(0).toUpperCase() + lower.slice(1);
  const variants = last ? [part, lower, capital] : [lower, capital];
  return [...new Set(variants)].some((v) => acceptsForm(index, v, { inCompound: true }));
}
