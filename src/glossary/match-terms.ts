import type { IndexRef, TermIndex } from './build-term-index.js';
import { latinLetters } from './homoglyphs.js';
import { matchCoordinated } from './match-coordinated.js';
import { matchTokens } from './match-tokens.js';
import { tokenizeText, type TextToken } from './tokenize-text.js';
import type { EnglishHit, MatchHit, MixedScriptHit, TermHit } from './types.js';

/**
 * Find glossary terms (approved and forbidden, any inflection) in target-language text, and
 * every word that mixes Cyrillic and Latin letters. No morphology at check time: the forms
 * file already holds every form.
 *
 * @param index from `buildTermIndex`
 * @param text plain or coded text (placeholders are skipped; offsets refer to `text`)
 * @param lang the target language, e.g. `ru`
 * @returns hits in text order
 * @example matchTerms(index, 'Нотой Литвинова', 'ru').map((h) => h.kind === 'term' && h.entryId) // ['litvinov']
 */
export function matchTerms(index: TermIndex, text: string, lang: string): MatchHit[] {
  return matchTermTokens(index, text, tokenizeText(text, lang), lang);
}

/**
 * {@link matchTerms} on text tokenised beforehand with `tokenizeText(text, lang)`.
 *
 * @example matchTermTokens(index, text, tokenizeText(text, 'ru'), 'ru')
 */
export function matchTermTokens(index: TermIndex, text: string, tokens: readonly TextToken[], lang: string): MatchHit[] {
  const tokenIndex = index.targets[lang];
  const hits: MatchHit[] = [];
  const covered = new Set<number>();
  if (tokenIndex) {
    for (const match of matchTokens(tokenIndex, tokens)) {
      const start = (tokens[match.first] as TextToken).start;
      const end = (tokens[match.first + match.length - 1] as TextToken).end;
      for (let k = match.first; k < match.first + match.length; k++) covered.add(k);
      for (const ref of match.refs) hits.push(match.mixed ? mixedHit(text, tokens, match.first, match.length, ref) : termHit(ref, start, end));
    }
    // `царского и Временного правительств`: both conjuncts, where no other form covers them.
    for (const conjunct of matchCoordinated(index, tokens, lang, covered)) {
      const hit = termHit(conjunct.ref, (tokens[conjunct.first] as TextToken).start, (tokens[conjunct.last] as TextToken).end);
      hit.coordinated = true;
      hits.push(hit);
    }
  }
  tokens.forEach((token, i) => {
    if (token.fixedKey !== undefined && !covered.has(i)) {
      const word = text.slice(token.start, token.end);
      hits.push({ kind: 'mixedScript', start: token.start, end: token.end, token: word, latin: latinLetters(word) });
    }
  });
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * Find the English forms of glossary entries in source text: case-insensitive except that a
 * capitalised glossary word needs a capital, regular plurals and possessives included
 * (`notes verbales`, `Litvinov's`), initials with or without a space (`M.M.`, `M. M.`).
 *
 * @example findEnglishTerms(index, 'Two notes verbales from Litvinov').map((h) => h.entryId) // ['note-verbale', 'litvinov']
 */
export function findEnglishTerms(index: TermIndex, text: string): EnglishHit[] {
  const tokens = tokenizeText(text, 'en');
  return matchTokens(index.en, tokens).flatMap((match) =>
    match.refs.map((ref) => ({
      entryId: ref.entryId,
      form: ref.form,
      start: (tokens[match.first] as TextToken).start,
      end: (tokens[match.first + match.length - 1] as TextToken).end,
      ...(ref.when && { when: ref.when }),
    })),
  );
}

function termHit(ref: IndexRef, start: number, end: number): TermHit {
  const hit: TermHit = { kind: 'term', entryId: ref.entryId, form: ref.singular ?? ref.form, start, end, status: ref.status, tags: ref.tags };
  if (ref.when) hit.when = ref.when;
  if (ref.rendering !== undefined) hit.rendering = ref.rendering;
  const [gcase, number] = (ref.tags[0] ?? '').split(' ');
  if (gcase) hit.case = gcase;
  if (number) hit.number = number;
  return hit;
}

function mixedHit(text: string, tokens: readonly TextToken[], first: number, length: number, ref: IndexRef): MixedScriptHit {
  const start = (tokens[first] as TextToken).start;
  const end = (tokens[first + length - 1] as TextToken).end;
  const word = text.slice(start, end);
  return { kind: 'mixedScript', start, end, token: word, latin: latinLetters(word), entryId: ref.entryId, form: ref.form, status: ref.status };
}
