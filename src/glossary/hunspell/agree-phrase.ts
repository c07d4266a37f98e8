import type { TaggedForm } from '../grammemes.js';
import { fitsSlot } from './fits-slot.js';

/**
 * How a language reads the words of one term (`agreement-pl.ts`, `agreement-de.ts`,
 * `agreement-fr.ts`): which words agree, the readings of each of their forms, the slots to fill.
 */
export interface PhraseReading {
  /** Per word: the readings of each form (aligned with the word's choices), or undefined for a word that stays as written. */
  readings: Array<string[][] | undefined>;
  /** The slots to fill (`gent sing`; `accs sing gent`: an accusative like the genitive) and the tag their forms get. */
  slots: Array<{ slot: string; tag: string }>;
  /** The tag of the term as written (`nomn sing`; `''` where the language has no cases). */
  writtenTag: string;
  /** Spellings the language built itself (German adjectives: stem + the five endings), replacing the dictionary's. */
  choices?: string[][];
}

/** A word's role in a term: modifiers and postposed adjectives agree with the head; one-form words and the tail stay. */
export type PhraseRole = 'modifier' | 'head' | 'post' | 'fixed' | 'tail';

/**
 * The roles of a term's words: leading adjectives are modifiers, the first other word with
 * forms is the head, adjectives right after it agree too where the language puts them there
 * (`nota werbalna`, `note verbale`), everything from the next other word on stays as written
 * (`źródło kodu`, `base de code`). A term of adjectives only (a substantivised adjective) has
 * its last adjective as head.
 *
 * @param adjectival whether each word declines as an adjective
 * @param formCounts how many spellings each word has (one: stays as written)
 * @param postposed whether adjectives after the head agree (Polish, French; not German)
 * @param isHead which words can head the term (default: a word with more than one form; German: a capitalised noun)
 * @example phraseRoles([false, true], [10, 11], true) // ['head', 'post']
 */
export function phraseRoles(adjectival: readonly boolean[], formCounts: readonly number[], postposed: boolean, isHead?: (k: number) => boolean): PhraseRole[] {
  const roles: PhraseRole[] = [];
  let head = -1;
  for (let k = 0; k < adjectival.length; k++) {
    if (head >= 0) {
      const stillPost = postposed && adjectival[k] && roles.slice(head + 1).every((r) => r === 'post');
      roles.push(stillPost ? 'post' : 'tail');
    } else if (adjectival[k]) roles.push('modifier');
    else if (isHead ? isHead(k) : (formCounts[k] ?? 0) > 1) {
      roles.push('head');
      head = k;
    } else roles.push('fixed');
  }
  if (head < 0) {
    const last = roles.lastIndexOf('modifier');
    if (last >= 0) roles[last] = 'head';
  }
  return roles;
}

/**
 * Keep the readings of a gendered word that fit the term's genders: `gent sing f` stays for a
 * feminine term as `gent sing`, `gent sing m` goes; a reading without gender stays.
 *
 * @param readings readings, the gender (or `vir`/`nv` in the Polish plural) last
 * @param genders the term's genders per number (`{ sing: ['f'], plur: ['nv'] }`)
 * @example keepGender(['gent sing f', 'gent sing m', 'gent plur'], { sing: ['f'], plur: [] }) // ['gent sing', 'gent plur']
 */
export function keepGender(readings: readonly string[], genders: Record<string, readonly string[]>): string[] {
  const out = new Set<string>();
  for (const r of readings) {
    const parts = r.split(' ');
    const n = parts.findIndex((p) => p === 'sing' || p === 'plur');
    const g = parts[n + 1];
    if (n < 0 || g === undefined) out.add(r);
    else if ((genders[parts[n] as string] ?? []).includes(g)) out.add(parts.slice(0, n + 1).join(' '));
  }
  return [...out];
}

/**
 * Combine the forms of a term's words one slot at a time: in each slot every agreeing word
 * takes only its forms that fit the slot, words without readings stay as written. A slot some
 * agreeing word cannot fill gives nothing. The term as written comes first; with a single
 * agreeing word its unread forms are kept too (tag `''`), as a lone word keeps all its forms.
 *
 * @param written the words as written
 * @param separators the text after each word
 * @param choices the spellings of each word, the word as written first
 * @param reading the language's reading of the term
 * @example combineAgreeing(['nota', 'werbalna'], [' ', ''], choices, readPolishPhrase(…)).some((f) => f.form === 'noty werbalnej') // true
 */
export function combineAgreeing(written: readonly string[], separators: readonly string[], dictionaryChoices: readonly string[][], reading: PhraseReading): TaggedForm[] {
  const choices = reading.choices ?? dictionaryChoices;
  const forms: TaggedForm[] = [{ form: written.map((w, k) => w + (separators[k] ?? '')).join(''), tag: reading.writtenTag }];
  const seen = new Set<string>();
  for (const { slot, tag } of reading.slots) {
    let out = [''];
    for (let k = 0; k < written.length && out.length > 0; k++) {
      const readings = reading.readings[k];
      const options = readings === undefined ? [written[k] as string] : (choices[k] as string[]).filter((_, i) => fitsSlot(readings[i] ?? [], slot));
      out = out.flatMap((text) => options.map((word) => text + word + (separators[k] ?? '')));
    }
    for (const form of out) {
      if (seen.has(`${form}\u0000${tag}`)) continue;
      seen.add(`${form}\u0000${tag}`);
      forms.push({ form, tag });
    }
  }
  const agreeing = reading.readings.flatMap((r, k) => (r === undefined ? [] : [k]));
  if (agreeing.length === 1) {
    const k = agreeing[0] as number;
    (choices[k] as string[]).forEach((word, i) => {
      if (((reading.readings[k] as string[][])[i] ?? []).length > 0) return;
      forms.push({ form: written.map((w, j) => (j === k ? word : w) + (separators[j] ?? '')).join(''), tag: '' });
    });
  }
  return forms;
}
