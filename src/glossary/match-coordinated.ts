import type { IndexCandidate, IndexRef, TermIndex } from './build-term-index.js';
import { matchTokens } from './match-tokens.js';
import type { TextToken } from './tokenize-text.js';

/** One conjunct of a coordinated phrase: tokens `[first, last]` and the entry form it stands for. */
export interface CoordinatedConjunct {
  first: number;
  last: number;
  ref: IndexRef;
}

/** Words that join two modifiers sharing one noun. */
const CONJUNCTIONS = new Set(['и', 'или', 'а', 'and', 'or', 'і', 'й', 'та', 'lub', 'oraz', 'und', 'oder', 'et', 'ou']);

/**
 * Find coordinated phrases with a shared noun: `царского и Временного правительств` is
 * `царского правительства` (one entry) and `Временного правительства` (another), both in the
 * genitive. The second conjunct is a coordinated form of the forms file (first modifier
 * singular, the rest plural); the word before the conjunction, put in front of the rest of that
 * form's singular (`царского` + `правительства`), must be an approved form of an entry. Spans
 * already covered by other forms are left alone.
 *
 * @param covered token indices inside forms found the ordinary way
 * @example matchCoordinated(index, tokenizeText('долги царского и Временного правительств', 'ru'), 'ru', new Set()).map((c) => c.ref.entryId) // ['tsarist-government', 'provisional-government']
 */
export function matchCoordinated(index: TermIndex, tokens: readonly TextToken[], lang: string, covered: ReadonlySet<number>): CoordinatedConjunct[] {
  const coordinated = index.coordinated[lang];
  const ordinary = index.targets[lang];
  if (!coordinated || !ordinary) return [];
  const out: CoordinatedConjunct[] = [];
  for (const match of matchTokens(coordinated, tokens)) {
    const last = match.first + match.length - 1;
    const conjunction = tokens[match.first - 1];
    const modifier = tokens[match.first - 2];
    if (!conjunction || !modifier || !modifier.word || !CONJUNCTIONS.has(conjunction.key) || conjunction.gap !== 'space' || tokens[match.first]?.gap !== 'space') continue;
    let overlaps = false;
    for (let k = match.first - 2; k <= last; k++) if (covered.has(k)) overlaps = true;
    if (overlaps) continue;
    for (const ref of match.refs) {
      const singular = ref.singular ?? ref.form;
      const rest = restOfSingular(ordinary, singular, ref.entryId);
      if (!rest) continue;
      const other = lookUp(ordinary, [modifier.key, ...rest.keys.slice(1)], modifier.cap);
      if (other.length === 0) continue;
      for (const first of other) out.push({ first: match.first - 2, last: match.first - 2, ref: first });
      out.push({ first: match.first, last, ref });
    }
  }
  return out;
}

/** The candidate of an entry's singular form (its keys), from the ordinary index. */
function restOfSingular(index: Map<string, IndexCandidate[]>, singular: string, entryId: string): IndexCandidate | undefined {
  for (const list of index.values()) {
    for (const candidate of list) if (candidate.refs.some((r) => r.entryId === entryId && r.form === singular && r.status === 'approved')) return candidate;
  }
  return undefined;
}

/** Approved refs of exactly these keys (capitals as the forms want them; the first word's from the text). */
function lookUp(index: Map<string, IndexCandidate[]>, keys: readonly string[], firstCap: boolean): IndexRef[] {
  const list = index.get(keys[0] as string) ?? [];
  const found = list.find((c) => c.keys.length === keys.length && c.keys.every((k, i) => k === keys[i]));
  return (found?.refs ?? []).filter((r) => r.status === 'approved' && r.when === undefined && (!r.caps[0] || firstCap));
}
