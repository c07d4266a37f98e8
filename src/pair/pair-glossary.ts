import { findTermPairs } from '../align/find-term-pairs.js';
import type { TermPair } from '../align/types.js';
import { hashOf } from '../util/hash-of.js';

/**
 * The glossary as the aligner takes it, the one shape every command gives: the IDs of the
 * entries a text uses (found on both sides, they draw a unit and its translation together),
 * and a name of the glossary they come from (a part of remembered alignments' keys: a function
 * cannot be hashed). `termAnchors` of src/glossary (check, build, diff) has this shape.
 */
export interface PairGlossary {
  identity: string;
  find(text: string, lang: string): readonly string[];
}

/**
 * Term pairs (source terms and target terms of glossary entries, as `diglot align` and
 * `diglot lock` take them from the glossary) as a {@link PairGlossary}: English matched by whole
 * words, the target by word stems (`findTermPairs`). None for an empty list.
 *
 * @param pairs the term pairs of one target language
 * @example termPairGlossary([{ id: 'nkid', source: 'NKID', target: 'НКИД' }])?.find('the NKID said', 'en') // ['nkid']
 */
export function termPairGlossary(pairs: readonly TermPair[]): PairGlossary | undefined {
  if (pairs.length === 0) return undefined;
  return { identity: hashOf('term-pairs/1', pairs), find: (text, lang) => findTermPairs(text, lang, pairs) };
}
