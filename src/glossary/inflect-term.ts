import { analyse, inflectParse, type AzParse } from './az-morph.js';
import { CASES, NUMBERS, type TaggedForm } from './grammemes.js';
import { restoreCase } from './restore-case.js';

/** The forms of a term, and what a human should check. */
export interface InflectedTerm {
  forms: TaggedForm[];
  review: string[];
}

interface Word {
  /** The word as written (hyphenated words: the whole word). */
  text: string;
  /** The part that inflects (after the last hyphen, unless the dictionary knows the whole word). */
  stem: string;
  /** The frozen part before it, with its hyphen (`Северо-`), or ''. */
  prefix: string;
  /** The separator after the word (a space, a no-break space) or '' for the last. */
  after: string;
}

const NOMINAL_MODIFIERS = new Set(['ADJF', 'PRTF']);

/**
 * Generate every case and number of a multi-word term with the `az` dictionary: adjectives and
 * participles before the head noun agree with it, everything after the head is frozen
 * (`народный комиссар иностранных дел` → `народным комиссаром иностранных дел`). A plural head
 * (`Соединённые Штаты`) yields the six plural forms only. A word the dictionary does not know,
 * or a term without a nominative head noun, yields the term as written plus a review note.
 * Call `loadMorphology()` first.
 *
 * @param term the approved (or forbidden) rendering, nominative
 * @example inflectTerm('вербальная нота').forms.length // 12
 */
export function inflectTerm(term: string): InflectedTerm {
  const words = splitWords(term);
  const review: string[] = [];
  const modifiers: Array<{ word: Word; parse: AzParse }> = [];
  let head: { word: Word; parse: AzParse; index: number } | undefined;
  for (let i = 0; i < words.length && !head; i++) {
    const word = words[i] as Word;
    const parses = analyse(word.stem);
    if (parses.length === 0) {
      review.push(`\`${word.stem}\` is not in the dictionary: only \`${term}\` as written (and hand-added \`forms\`) will match`);
      return { forms: [{ form: term, tag: 'nomn' }], review };
    }
    const noun = parses.find((p) => p.tag.POST === 'NOUN' && p.tag.CAse === 'nomn');
    const modifier = parses.find((p) => NOMINAL_MODIFIERS.has(p.tag.POST ?? '') && p.tag.CAse === 'nomn');
    const nounAhead = words.slice(i + 1).some((w) => analyse(w.stem).some((p) => p.tag.POST === 'NOUN' && p.tag.CAse === 'nomn'));
    if (modifier && (nounAhead || !noun)) modifiers.push({ word, parse: modifier });
    else if (noun) head = { word, parse: noun, index: i };
    else break;
  }
  if (!head) {
    review.push(`no noun in the nominative heads \`${term}\`: only the term as written will match`);
    return { forms: [{ form: term, tag: 'nomn' }], review };
  }
  const tail = words.slice(head.index + 1).map((w) => w.text + w.after).join('');
  const plural = head.parse.tag.NMbr === 'plur' || head.parse.tag['Pltm'] === true;
  const numbers = plural ? (['plur'] as const) : NUMBERS;
  const gender = head.parse.tag.GNdr;
  const animacy = head.parse.tag.ANim;
  const forms: TaggedForm[] = [];
  for (const number of numbers) {
    for (const gcase of CASES) {
      const agree = [...(number === 'sing' && gender ? [gender] : []), ...(gcase === 'accs' && animacy ? [animacy] : [])];
      let text = '';
      let failed: string | undefined;
      for (const { word, parse } of modifiers) {
        const form = inflectParse(parse, [gcase, number], agree);
        if (form === undefined) failed = word.text;
        text += word.prefix + restoreCase(word.stem, form ?? word.stem) + word.after;
      }
      const headForm = inflectParse(head.parse, [gcase, number]);
      if (headForm === undefined) failed = head.word.text;
      if (failed !== undefined) {
        if (number === 'sing' || plural) review.push(`cannot inflect \`${failed}\` to ${gcase} ${number} in \`${term}\``);
        continue;
      }
      text += head.word.prefix + restoreCase(head.word.stem, headForm as string) + head.word.after + tail;
      forms.push({ form: text, tag: `${gcase} ${number}` });
    }
  }
  return { forms, review };
}

function splitWords(term: string): Word[] {
  const parts = term.split(/([ \u00A0]+)/);
  const words: Word[] = [];
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
