import type { AffixRule } from './parse-affixes.js';
import type { Hunspell } from './load-hunspell.js';

/** A dictionary word and the flags it is listed with. */
export interface Lemma {
  stem: string;
  flags: string[];
}

/**
 * Every form a dictionary word generates through its suffix rules, twofold suffixes
 * (continuation classes) included, the word itself first. Prefixes are not applied (they
 * derive other words: Polish `nie-`, French elision `l'` is a separate token anyway); neither
 * are the flags in `skip` (derivations the language's morphology profile lists: adverbs,
 * comparatives). Forms that cannot stand alone (ONLYINCOMPOUND, CIRCUMFIX, FORBIDDENWORD,
 * compound parts, NEEDAFFIX without a further suffix) are left out.
 *
 * @param dict a loaded dictionary
 * @param lemma the word and its flags
 * @param skip flags not to apply
 * @example paradigmOf(pl, { stem: 'nota', flags: ['M', 'n', 'N'] }, new Set()).includes('noty') // true
 */
export function paradigmOf(dict: Hunspell, lemma: Lemma, skip: ReadonlySet<string>): string[] {
  const { aff } = dict;
  const out = new Set<string>();
  if (!(aff.needAffix && lemma.flags.includes(aff.needAffix))) out.add(lemma.stem);
  const blocked = (next: string[]): boolean => next.some((f) => f === aff.onlyInCompound || f === aff.circumfix || f === aff.forbiddenWord || aff.compoundParts.includes(f));
  for (const flag of lemma.flags) {
    if (skip.has(flag)) continue;
    for (const rule of aff.suffixes.get(flag) ?? []) {
      const form = applySuffix(lemma.stem, rule);
      if (form === undefined || blocked(rule.next)) continue;
      if (!(aff.needAffix && rule.next.includes(aff.needAffix))) out.add(form);
      for (const nextFlag of rule.next) {
        if (skip.has(nextFlag)) continue;
        for (const second of aff.suffixes.get(nextFlag) ?? []) {
          const twice = applySuffix(form, second);
          if (twice !== undefined && !blocked(second.next)) out.add(twice);
        }
      }
    }
  }
  return [...out];
}

/**
 * The dictionary words a written word can be a form of, best first: the word itself when the
 * dictionary lists it (in its case, lower case or capitalised), else the words one suffix rule
 * away, those with the shortest ending first (`notes` → `note` + `s`, not `noter` − `er` + `es`).
 * With `listed: false` only the words one suffix rule away (`Друга` → `другий`, though a name `Друга` is listed).
 *
 * @example lemmasOf(fr, 'notes')[0]?.stem // 'note'
 */
export function lemmasOf(dict: Hunspell, word: string, options: { listed?: boolean } = {}): Lemma[] {
  const variants = caseVariants(word);
  const listed: Lemma[] = [];
  if (options.listed !== false) for (const v of variants) for (const flags of dict.words.get(v) ?? []) listed.push({ stem: v, flags });
  if (listed.length > 0) return listed;
  let bestEnding = Infinity;
  let found: Lemma[] = [];
  for (const [flag, rules] of dict.aff.suffixes) {
    for (const rule of rules) {
      if (rule.add.length > bestEnding) continue;
      for (const v of variants) {
        if (!v.endsWith(rule.add) || v.length <= rule.add.length) continue;
        const stem = v.slice(0, v.length - rule.add.length) + rule.strip;
        if (!rule.condition.test(stem)) continue;
        for (const flags of dict.words.get(stem) ?? []) {
          if (!flags.includes(flag)) continue;
          if (rule.add.length < bestEnding) [bestEnding, found] = [rule.add.length, []];
          if (!found.some((l) => l.stem === stem && l.flags === flags)) found.push({ stem, flags });
        }
      }
    }
  }
  return found;
}

/**
 * Apply one suffix rule to a word, or undefined when its condition does not hold.
 *
 * @example applySuffix('nota', { strip: 'a', add: 'y', condition: /a$/u, … }) // 'noty'
 */
export function applySuffix(word: string, rule: AffixRule): string | undefined {
  if (!word.endsWith(rule.strip) || !rule.condition.test(word)) return undefined;
  const base = word.slice(0, word.length - rule.strip.length);
  return base === '' && rule.add === '' ? undefined : base + rule.add;
}

/** The word as written, in lower case, and capitalised (German nouns, names). */
function caseVariants(word: string): string[] {
  const lower = word.toLowerCase();
  const capital = lower.charAt(0).toUpperCase() + lower.slice(1);
  return [...new Set([word, lower, capital])];
}
