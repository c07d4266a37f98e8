import { analyse, guessAnalyses, inflectParse, keepsStem, type AzParse } from './az-morph.js';
import type { NumberGrammeme } from './grammemes.js';
import { sameSpelling } from './restore-case.js';

/** One word of a term as written. */
export interface TermWord {
  /** The word as written (hyphenated words: the whole word). */
  text: string;
  /** The part that inflects (after the last hyphen, unless the dictionary knows the whole word). */
  stem: string;
  /** The frozen part before it, with its hyphen (`Северо-`), or ''. */
  prefix: string;
  /** The separator after the word (a space, a no-break space) or '' for the last. */
  after: string;
}

/** The structure of a term: agreeing modifiers, the head noun, the frozen tail. */
export interface TermReading {
  modifiers: Array<{ word: TermWord; parse: AzParse }>;
  head: { word: TermWord; parse: AzParse };
  /** Everything after the head, separators included (`иностранных дел`), frozen. */
  tail: string;
  /** The head's number as written: `Соединенные Штаты` is plural. */
  number: NumberGrammeme;
  /** Words the dictionary does not know, read from words with the same ending (`Наркоминдел`). */
  guessed: string[];
}

const MODIFIERS = new Set(['ADJF', 'PRTF']);

/**
 * Read a term written in the nominative: the adjectives and participles before the first noun
 * agree with it, the noun is the head, the rest is a frozen tail. Of the dictionary's parses of
 * each word only those count that give the word back as written (nominative, in the head's
 * number and gender) and whose dictionary form keeps its stem; so `Первая` reads as the ordinal
 * `первый`, not as a form of `один`.
 *
 * @param term the rendering as the glossary writes it
 * @returns the reading, or a review note saying why there is none
 * @example readTerm('Первая мировая война').reading?.modifiers.length // 2
 */
export function readTerm(term: string): { reading?: TermReading; review?: string } {
  const words = splitWords(term);
  const roles: Array<{ word: TermWord; parses: AzParse[] }> = [];
  const guessed: string[] = [];
  let headAt = -1;
  for (let i = 0; i < words.length && headAt < 0; i++) {
    const word = words[i] as TermWord;
    let parses = analyse(word.stem);
    if (parses.length === 0) {
      // Unknown: take the guesses that read it as a nominative noun or modifier and give it back as written.
      parses = guessAnalyses(word.stem).filter((p) => (isNominativeNoun(p) || (MODIFIERS.has(p.tag.POST ?? '') && p.tag.CAse === 'nomn')) && best([p], word.stem, (q) => [q.tag.NMbr ?? 'sing']) !== undefined);
      if (parses.length === 0) return { review: `\`${word.stem}\` is not in the dictionary and no known word declines like it: only \`${term}\` as written (and hand-added \`forms\`) will match` };
      guessed.push(word.stem);
    }
    const nouns = parses.filter(isNominativeNoun);
    const modifiers = parses.filter((p) => MODIFIERS.has(p.tag.POST ?? '') && p.tag.CAse === 'nomn');
    const nounAhead = words.slice(i + 1).some((w) => analyse(w.stem).some(isNominativeNoun));
    if (modifiers.length > 0 && (nounAhead || nouns.length === 0)) roles.push({ word, parses: modifiers });
    else if (nouns.length > 0) {
      roles.push({ word, parses: nouns });
      headAt = i;
    } else break;
  }
  const headRole = roles[headAt];
  if (!headRole) return { review: `no noun in the nominative heads \`${term}\`: only the term as written will match` };
  const headParse = best(headRole.parses, headRole.word.stem, (p) => [p.tag.NMbr ?? 'sing']);
  if (!headParse) return { review: `no reading of \`${headRole.word.stem}\` gives it back as written: only \`${term}\` as written will match` };
  const number: NumberGrammeme = headParse.tag.NMbr === 'plur' ? 'plur' : 'sing';
  const gender = headParse.tag.GNdr;
  const modifiers: TermReading['modifiers'] = [];
  for (const { word, parses } of roles.slice(0, headAt)) {
    const agreeing = parses.filter((p) => p.tag.NMbr === number && (number === 'plur' || !p.tag.GNdr || p.tag.GNdr === gender));
    const parse = best(agreeing, word.stem, () => [number, ...(number === 'sing' && gender ? [gender] : [])]);
    if (!parse) return { review: `\`${word.text}\` does not agree with \`${headRole.word.text}\` in the dictionary: only \`${term}\` as written will match` };
    modifiers.push({ word, parse });
  }
  const tail = words.slice(headAt + 1).map((w) => w.text + w.after).join('');
  return { reading: { modifiers, head: { word: headRole.word, parse: headParse }, tail, number, guessed } };
}

function isNominativeNoun(parse: AzParse): boolean {
  return parse.tag.POST === 'NOUN' && parse.tag.CAse === 'nomn';
}

/** The first parse that gives the word back in the nominative and keeps its stem, else the first that gives it back. */
function best(parses: AzParse[], stem: string, grammemes: (p: AzParse) => string[]): AzParse | undefined {
  const roundTrip = parses.filter((p) => {
    const [number, ...optional] = grammemes(p);
    const form = inflectParse(p, ['nomn', number as string], optional);
    return form !== undefined && sameSpelling(form, stem);
  });
  return roundTrip.find((p) => keepsStem(p, stem)) ?? roundTrip[0];
}

function splitWords(term: string): TermWord[] {
  const parts = term.split(/([ \u00A0]+)/);
  const words: TermWord[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const text = parts[i] as string;
    if (text === '') continue;
    const after = parts[i + 1] ?? '';
    const hyphen = text.lastIndexOf('-');
    if (hyphen > 0 && analyse(text).length === 0) {
      words.push({ text, prefix: text.slice(0, hyphen + 1), stem: text.slice(hyphen + 1), after });
    } else words.push({ text, prefix: '', stem: text, after });
  }
  return words;
}
