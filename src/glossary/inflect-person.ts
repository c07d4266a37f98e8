import petrovich from 'petrovich';
import { analyse, inflectParse } from './az-morph.js';
import { CASES, type TaggedForm } from './grammemes.js';
import type { Gender } from './types.js';

const PETROVICH_CASES: Record<string, string> = {
  nomn: 'nominative',
  gent: 'genitive',
  datv: 'dative',
  accs: 'accusative',
  ablt: 'instrumental',
  loct: 'prepositional',
};

const INITIAL = /^\p{Lu}\p{Ll}?\.$/u;

/** An instrumental in -ом after ж, ш, ч, щ: written -ем when the ending is unstressed. */
const SIBILANT_OM = /([жшчщ])ом$/u;

/**
 * Decline a personal name in the six cases with `petrovich` (name rules, not a dictionary, so
 * foreign surnames decline as surnames: Хэлл → Хэлла, Буллит → Буллита). The name is read as
 * `[Имя [Отчество]] Фамилия`, or `Фамилия Имя Отчество` when `surnameFirst`; initials (`М.`)
 * and the separators between words are kept as written. The instrumental after ж, ш, ч, щ is
 * written -ем (Кулиджем, see {@link unstressedInstrumental}).
 *
 * @param name e.g. `Литвинов`, `Максим Литвинов`, `М.\u00A0М.\u00A0Литвинов`
 * @param gender decides the paradigm of the surname (Литвинова → Литвиновой for a woman)
 * @example declinePerson('Хэлл', 'male').map((f) => f.form) // ['Хэлл', 'Хэлла', 'Хэллу', 'Хэлла', 'Хэллом', 'Хэлле']
 */
export function declinePerson(name: string, gender: Gender, surnameFirst = false): TaggedForm[] {
  const parts = name.split(/([ \u00A0]+)/);
  const wordIdx: number[] = [];
  for (let i = 0; i < parts.length; i += 2) if (parts[i] && !INITIAL.test(parts[i] as string)) wordIdx.push(i);
  const lastIdx = surnameFirst ? wordIdx[0] : wordIdx[wordIdx.length - 1];
  const others = wordIdx.filter((i) => i !== lastIdx);
  const [firstIdx, middleIdx] = others;
  // `Моргентау-младший`: the surname before the hyphen, an adjective after it that declines.
  const epithet = lastIdx === undefined ? undefined : hyphenatedAdjective(parts[lastIdx] as string);
  if (epithet && lastIdx !== undefined) parts[lastIdx] = epithet.surname;
  const forms: TaggedForm[] = [];
  for (const gcase of CASES) {
    const person = { gender, ...(lastIdx !== undefined && { last: parts[lastIdx] }), ...(firstIdx !== undefined && { first: parts[firstIdx] }), ...(middleIdx !== undefined && { middle: parts[middleIdx] }) };
    const declined = petrovich(person, PETROVICH_CASES[gcase] as string);
    const out = [...parts];
    const put = (at: number | undefined, word: string | undefined) => {
      if (at !== undefined && word) out[at] = gcase === 'ablt' ? unstressedInstrumental(word) : word;
    };
    put(lastIdx, declined.last);
    put(firstIdx, declined.first);
    put(middleIdx, declined.middle);
    if (epithet && lastIdx !== undefined) {
      const adjective = inflectParse(epithet.parse, [gcase, 'sing'], [gender === 'female' ? 'femn' : 'masc', ...(gcase === 'accs' ? ['anim'] : [])]);
      out[lastIdx] = `${out[lastIdx] as string}-${adjective ?? epithet.written}`;
    }
    forms.push({ form: out.join(''), tag: `${gcase} sing` });
  }
  return forms;
}

/**
 * A surname with a hyphenated adjective (`Моргентау-младший`, `Дюма-старший`): the surname and
 * the adjective's dictionary parse, when the dictionary reads the part after the hyphen as a
 * nominative adjective (needs the az dictionaries loaded; none loaded, none found).
 */
function hyphenatedAdjective(word: string): { surname: string; written: string; parse: ReturnType<typeof analyse>[number] } | undefined {
  const hyphen = word.lastIndexOf('-');
  if (hyphen <= 0) return undefined;
  const written = word.slice(hyphen + 1);
  if (!/^\p{Ll}+$/u.test(written)) return undefined;
  let parses: ReturnType<typeof analyse>;
  try {
    parses = analyse(written);
  } catch {
    return undefined;
  }
  const parse = parses.find((p) => p.tag.POST === 'ADJF' && p.tag.CAse === 'nomn');
  return parse ? { surname: word.slice(0, hyphen), written, parse } : undefined;
}

/**
 * The spelling rule petrovich misses for some names: after ж, ш, ч, щ an unstressed ending is
 * written -ем, and a name keeps its stress on the stem (Кулидж → Кулиджем, Джордж → Джорджем,
 * like Бушем, Маршем).
 *
 * @example unstressedInstrumental('Кулиджом') // 'Кулиджем'
 */
export function unstressedInstrumental(word: string): string {
  return word.replace(SIBILANT_OM, '$1ем');
}
