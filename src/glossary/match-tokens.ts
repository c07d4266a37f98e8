import type { IndexCandidate, IndexRef, TokenIndex } from './build-term-index.js';
import { afterInitial, type TextToken } from './tokenize-text.js';

/** A matched span: tokens `[first, first + length)`, the entries behind it, whether it needed homoglyph repair. */
export interface TokenMatch {
  first: number;
  length: number;
  refs: IndexRef[];
  mixed: boolean;
}

/**
 * Find glossary forms in tokenised text: at each token the longest form that fits (keys, the
 * gaps between words, capitals), then the longest spans win and anything inside them is
 * dropped — so an approved form inside a forbidden span does not count. Mixed-script tokens
 * are looked up with Latin look-alikes read as Cyrillic and flagged `mixed`.
 *
 * @param index one language's token index (from `buildTermIndex`)
 * @param tokens from `tokenizeText` (tokenise once, match many times)
 * @example matchTokens(index.targets.ru, tokenizeText('Литвинову', 'ru'))[0]?.refs[0]?.entryId // 'litvinov'
 */
export function matchTokens(index: TokenIndex, tokens: readonly TextToken[]): TokenMatch[] {
  const found: TokenMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as TextToken;
    const candidates = index.get(token.fixedKey ?? token.key);
    if (!candidates) continue;
    for (const candidate of candidates) {
      if (!fits(candidate, tokens, i)) continue;
      const refs = candidate.refs.filter((ref) => ref.caps.every((cap, k) => !cap || (tokens[i + k] as TextToken).cap));
      if (refs.length === 0) continue;
      let mixed = false;
      for (let k = 0; k < candidate.keys.length; k++) if ((tokens[i + k] as TextToken).fixedKey !== undefined) mixed = true;
      found.push({ first: i, length: candidate.keys.length, refs, mixed });
      break;
    }
  }
  if (found.length < 2) return found;
  found.sort((a, b) => b.length - a.length || a.first - b.first);
  const used = new Uint8Array(tokens.length);
  const kept: TokenMatch[] = [];
  for (const match of found) {
    let free = true;
    for (let k = match.first; k < match.first + match.length; k++) if (used[k]) free = false;
    if (!free) continue;
    used.fill(1, match.first, match.first + match.length);
    kept.push(match);
  }
  return kept.sort((a, b) => a.first - b.first);
}

function fits(candidate: IndexCandidate, tokens: readonly TextToken[], i: number): boolean {
  const { keys, gaps } = candidate;
  if (i + keys.length > tokens.length) return false;
  for (let k = 1; k < keys.length; k++) {
    const token = tokens[i + k] as TextToken;
    if ((token.fixedKey ?? token.key) !== keys[k]) return false;
    if (token.gap === gaps[k]) continue;
    // After an initial a space is optional: `М.М.` = `М. М.`.
    if (token.gap === 'hard' || token.gap === 'hyphen' || gaps[k] === 'hyphen' || !afterInitial(keys, k)) return false;
  }
  return true;
}
