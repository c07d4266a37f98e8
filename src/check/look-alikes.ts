/** Latin letters that look like Cyrillic ones, and back (both cases). */
const PAIRS = 'aа bв cс eе hн kк mм oо pр tт xх yу AА BВ CС EЕ HН KК MМ OО PР TТ XХ';

const LATIN_TO_CYRILLIC = new Map<string, string>();
const CYRILLIC_TO_LATIN = new Map<string, string>();
for (const pair of PAIRS.split(' ')) {
  const [latin, cyrillic] = [...pair] as [string, string];
  LATIN_TO_CYRILLIC.set(latin, cyrillic);
  CYRILLIC_TO_LATIN.set(cyrillic, latin);
}
// Lower-case `в`, `н`, `т` only look like Latin capitals; in Latin words read them as nothing.
for (const c of ['в', 'н', 'т']) CYRILLIC_TO_LATIN.delete(c);

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/** How a mixed word should be spelled, by the script most of its letters are in. */
export interface ScriptFix {
  script: 'cyrillic' | 'latin';
  /** The word with look-alikes replaced; undefined when some letter has no look-alike. */
  fixed: string | undefined;
}

/**
 * Whether a word mixes Cyrillic and Latin letters, and how to fix it.
 *
 * @param word a run of letters
 * @returns undefined for a single-script word
 * @example fixMixedScript('Литвинoв') // { script: 'cyrillic', fixed: 'Литвинов' }
 */
export function fixMixedScript(word: string): ScriptFix | undefined {
  const letters = [...word];
  const cyrillic = letters.filter((c) => CYRILLIC.test(c)).length;
  const latin = letters.filter((c) => LATIN.test(c)).length;
  if (cyrillic === 0 || latin === 0) return undefined;
  const script = cyrillic >= latin ? 'cyrillic' : 'latin';
  const [foreign, table] = script === 'cyrillic' ? [LATIN, LATIN_TO_CYRILLIC] : [CYRILLIC, CYRILLIC_TO_LATIN];
  let fixed: string | undefined = '';
  for (const c of letters) {
    if (!foreign.test(c)) fixed += c;
    else {
      const twin = table.get(c);
      if (twin === undefined) {
        fixed = undefined;
        break;
      }
      fixed += twin;
    }
  }
  return { script, fixed };
}
