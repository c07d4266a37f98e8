/**
 * Case endings of a language, as data: what Hunspell dictionaries do not carry. The compiler
 * reads each form's case and number from its ending (the longest listed ending that ends the
 * form; none listed: the zero ending `''`), so the words of a term can be combined only where
 * they agree (`Першої світової війни`, never `Перша світовому війна`). Readings are
 * OpenCorpora grammemes (`gent sing`); adjective readings in the singular add the gender
 * (`gent sing f`). Ambiguous endings list every reading: agreement needs one shared reading.
 */
export interface AgreementTable {
  /** A word is declined as an adjective when one of its forms ends like this (`-ого`). */
  adjectiveMark: string;
  /** Adjective (and participle, adjectival surname) endings → readings, hard and soft stems. */
  adjective: Record<'hard' | 'soft', Record<string, string[]>>;
  /** Noun endings by declension class → readings. */
  nouns: Record<NounClass, Record<string, string[]>>;
}

/**
 * `a`/`a-soft`: nouns in -а/-я (`нота`; `конференція`, `межа`); `z`: feminine nouns in a
 * consonant or -ь (`ніч`); `m`/`m-soft`: masculine nouns (`уряд`; `Кремль`, `товариш`);
 * `m-person`: names of men (animate: the accusative is the genitive); `n`: neuter nouns.
 */
export type NounClass = 'a' | 'a-soft' | 'z' | 'm' | 'm-soft' | 'm-person' | 'n';

const PLURAL: Record<string, string[]> = {
  ам: ['datv plur'], ям: ['datv plur'],
  ами: ['ablt plur'], ями: ['ablt plur'], ьми: ['ablt plur'],
  ах: ['loct plur'], ях: ['loct plur'],
};

const ADJECTIVE: Record<string, string[]> = {
  ого: ['gent sing m', 'gent sing n', 'accs sing m'],
  ому: ['datv sing m', 'datv sing n', 'loct sing m', 'loct sing n'],
  ої: ['gent sing f'],
  ою: ['ablt sing f'],
};

const A_ENDINGS: Record<string, string[]> = {
  а: ['nomn sing'], я: ['nomn sing'],
  у: ['accs sing'], ю: ['accs sing'],
  ою: ['ablt sing'], ею: ['ablt sing'], єю: ['ablt sing'],
  '': ['gent plur', 'accs plur'], ей: ['gent plur', 'accs plur'], ів: ['gent plur', 'accs plur'], й: ['gent plur', 'accs plur'], ь: ['gent plur', 'accs plur'],
  ...PLURAL,
};

const M_ENDINGS: Record<string, string[]> = {
  '': ['nomn sing', 'accs sing'], ь: ['nomn sing', 'accs sing'], й: ['nomn sing', 'accs sing'], о: ['nomn sing', 'accs sing'],
  а: ['gent sing', 'accs sing'], я: ['gent sing', 'accs sing'],
  у: ['gent sing', 'datv sing', 'loct sing'], ю: ['gent sing', 'datv sing', 'loct sing'],
  ові: ['datv sing', 'loct sing'], еві: ['datv sing', 'loct sing'], єві: ['datv sing', 'loct sing'],
  ом: ['ablt sing'], ем: ['ablt sing'], єм: ['ablt sing'], им: ['ablt sing'], ім: ['ablt sing'],
  і: ['loct sing'], ї: ['loct sing'],
  и: ['nomn plur', 'accs plur'],
  ів: ['gent plur', 'accs plur'], їв: ['gent plur', 'accs plur'], ей: ['gent plur', 'accs plur'],
  ...PLURAL,
};

/** Ukrainian (dict_uk): the endings of the standard grammars. */
const UK: AgreementTable = {
  adjectiveMark: 'ого',
  adjective: {
    hard: {
      ...ADJECTIVE,
      ий: ['nomn sing m', 'accs sing m'],
      ій: ['datv sing f', 'loct sing f'],
      им: ['ablt sing m', 'ablt sing n', 'datv plur'],
      ім: ['loct sing m', 'loct sing n'],
      а: ['nomn sing f'], у: ['accs sing f'],
      е: ['nomn sing n', 'accs sing n'],
      і: ['nomn plur', 'accs plur'],
      их: ['gent plur', 'accs plur', 'loct plur'],
      ими: ['ablt plur'],
    },
    soft: {
      ...ADJECTIVE,
      ій: ['nomn sing m', 'accs sing m', 'datv sing f', 'loct sing f'],
      їй: ['nomn sing m', 'accs sing m', 'datv sing f', 'loct sing f'],
      ім: ['ablt sing m', 'ablt sing n', 'loct sing m', 'loct sing n', 'datv plur'],
      їм: ['ablt sing m', 'ablt sing n', 'loct sing m', 'loct sing n', 'datv plur'],
      я: ['nomn sing f'], ю: ['accs sing f'],
      є: ['nomn sing n', 'accs sing n'],
      і: ['nomn plur', 'accs plur'], ї: ['nomn plur', 'accs plur'],
      іх: ['gent plur', 'accs plur', 'loct plur'], їх: ['gent plur', 'accs plur', 'loct plur'],
      іми: ['ablt plur'], їми: ['ablt plur'],
    },
  },
  nouns: {
    a: { ...A_ENDINGS, и: ['gent sing', 'nomn plur', 'accs plur'], і: ['datv sing', 'loct sing'] },
    'a-soft': {
      ...A_ENDINGS,
      і: ['gent sing', 'datv sing', 'loct sing', 'nomn plur', 'accs plur'],
      ї: ['gent sing', 'datv sing', 'loct sing', 'nomn plur', 'accs plur'],
    },
    z: {
      '': ['nomn sing', 'accs sing'], ь: ['nomn sing', 'accs sing'],
      і: ['gent sing', 'datv sing', 'loct sing', 'nomn plur', 'accs plur'],
      и: ['gent sing', 'datv sing', 'loct sing', 'nomn plur', 'accs plur'],
      у: ['gent sing'], ю: ['ablt sing'], ом: ['ablt sing'],
      ей: ['gent plur', 'accs plur'], ів: ['gent plur', 'accs plur'],
      ...PLURAL,
    },
    m: M_ENDINGS,
    'm-soft': { ...M_ENDINGS, і: ['loct sing', 'nomn plur', 'accs plur'], ї: ['loct sing', 'nomn plur', 'accs plur'] },
    'm-person': {
      ...M_ENDINGS,
      '': ['nomn sing'], ь: ['nomn sing'], й: ['nomn sing'], о: ['nomn sing'],
      у: ['datv sing', 'loct sing'], ю: ['datv sing', 'loct sing'],
      і: ['loct sing'], ї: ['loct sing'],
    },
    n: {
      о: ['nomn sing', 'accs sing'], е: ['nomn sing', 'accs sing'], є: ['nomn sing', 'accs sing'], я: ['nomn sing', 'accs sing', 'gent sing', 'nomn plur', 'accs plur'],
      а: ['gent sing', 'nomn plur', 'accs plur'],
      у: ['datv sing', 'loct sing'], ю: ['datv sing', 'loct sing'], ові: ['datv sing', 'loct sing'],
      ом: ['ablt sing'], ем: ['ablt sing'], єм: ['ablt sing'], ям: ['ablt sing', 'datv plur'],
      і: ['loct sing'], ї: ['loct sing'],
      '': ['gent plur', 'accs plur'], ів: ['gent plur', 'accs plur'], ь: ['gent plur', 'accs plur'],
      ...PLURAL,
    },
  },
};

const TABLES: Record<string, AgreementTable> = { uk: UK };

/**
 * The case endings of a language, when diglot has them (region subtags fall back to the
 * language); without them the words of a term combine freely.
 *
 * @example agreementTable('uk')?.adjective.hard['ої'] // ['gent sing f']
 */
export function agreementTable(lang: string): AgreementTable | undefined {
  return TABLES[lang.toLowerCase().split('-')[0] as string];
}

/**
 * The readings of a form by its longest listed ending (the zero ending `''` when none fits).
 *
 * @example readEnding(agreementTable('uk')!.nouns.a, 'війною') // ['ablt sing']
 */
export function readEnding(table: Record<string, string[]>, form: string): string[] {
  const lower = form.toLowerCase();
  for (let length = Math.min(4, lower.length - 1); length >= 1; length--) {
    const found = table[lower.slice(lower.length - length)];
    if (found) return found;
  }
  // The zero ending: a form ending in a consonant (`війн`, `Кіров`), never an unlisted vowel ending (a vocative).
  return /[аеєиіїоуюяь]$/u.test(lower) ? [] : (table[''] ?? []);
}
