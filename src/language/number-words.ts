/**
 * Number words of a language as data: cardinals, ordinals, compound prefixes, century and
 * percent words (one module per language under `number-words/`). `numberWordsOf(tag)` compiles
 * a language's data into lookup tables for `src/check/numbers/read-number-words.ts`.
 */
import { de } from './number-words/de.js';
import { en } from './number-words/en.js';
import { fr } from './number-words/fr.js';
import { pl } from './number-words/pl.js';
import { ru } from './number-words/ru.js';
import { uk } from './number-words/uk.js';

/** The number words of one language, written as space-separated lower-case forms. */
export interface NumberWordsData {
  /** Value → every form of the cardinal (`3: 'три трёх трех трём трем тремя трое троих'`). */
  cardinals: Readonly<Record<number, string>>;
  /** Value → forms of the ordinal; a form ending in `-` is a stem taking `ordinalEndings`. */
  ordinals: Readonly<Record<number, string>>;
  /** Adjective endings of ordinal stems (`ый ая ое ого …`). */
  ordinalEndings?: string;
  /** Value → forms that begin a compound word (`четырёх` of `четырёхмесячные`); the rest of the word has at least four letters. */
  prefixes?: Readonly<Record<number, string>>;
  /** Whether number words are written together (`einundzwanzig`, `vierjährige`): words are split into number parts. */
  glued?: boolean;
  /** Words joining parts of one number (`and` of `one hundred and five`, `et` of `vingt et un`, `und`). */
  connectors?: string;
  /** Whether a unit comes before its tens with a connector (`ein-und-zwanzig`). */
  unitBeforeTens?: boolean;
  /** Tens that take a teen (`soixante-dix` = 70, `quatre-vingt-dix` = 90). */
  tensTakingTeens?: readonly number[];
  /** Cardinal forms that are numbers only inside a longer number (`un`, `ein` are also articles). */
  notAlone?: string;
  /** Words that make a preceding Roman numeral a century (`век`, `siècle`); `в.` needs its dot; `*` ends a stem. */
  century: string;
  /** Words joining Roman numerals in a list of centuries (`XI, XII и XIII века`). */
  and: string;
  /** Suffixes of Roman ordinals (`XXe`). */
  romanSuffixes?: string;
  /** Percent words and phrases, `|`-separated (`percent|per cent`); `*` ends a stem. */
  percent: string;
}

/** One reading of a number word. */
export interface NumberWord {
  value: number;
  ordinal: boolean;
}

/** A language's number words compiled for lookup. */
export interface NumberWords {
  /** Lower-case form → reading (apostrophes normalised to `'`). */
  words: ReadonlyMap<string, NumberWord>;
  /** Lower-case compound prefix → value, longest first. */
  prefixes: ReadonlyArray<readonly [string, number]>;
  glued: boolean;
  connectors: ReadonlySet<string>;
  unitBeforeTens: boolean;
  tensTakingTeens: readonly number[];
  notAlone: ReadonlySet<string>;
  century: readonly string[];
  and: ReadonlySet<string>;
  romanSuffixes: readonly string[];
  /** Percent phrases as word lists (`['per', 'cent']`). */
  percent: ReadonlyArray<readonly string[]>;
}

const DATA: Readonly<Record<string, NumberWordsData>> = { en, ru, uk, pl, de, fr };
const cache = new Map<string, NumberWords | undefined>();

/**
 * The number words of a language, or undefined when diglot has no data for it (numbers are
 * then read from digits only).
 *
 * @param tag a BCP 47 tag (`uk`, `de-AT`)
 * @example numberWordsOf('uk')?.words.get('трьох') // { value: 3, ordinal: false }
 */
export function numberWordsOf(tag: string): NumberWords | undefined {
  const language = tag.toLowerCase().split(/[-_]/)[0] ?? tag;
  if (cache.has(language)) return cache.get(language);
  const data = DATA[language];
  const compiled = data && compile(data);
  cache.set(language, compiled);
  return compiled;
}

/**
 * Whether diglot reads the number words of a language.
 *
 * @example readsNumberWords('pl') // true
 */
export function readsNumberWords(tag: string): boolean {
  return numberWordsOf(tag) !== undefined;
}

/** Lower case with every apostrophe written `'` (Ukrainian `п’ять`, `пʼять`). */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/[’ʼ`]/g, "'");
}

function compile(data: NumberWordsData): NumberWords {
  const words = new Map<string, NumberWord>();
  for (const [value, forms] of Object.entries(data.cardinals)) for (const form of split(forms)) words.set(form, { value: Number(value), ordinal: false });
  const endings = split(data.ordinalEndings ?? '');
  for (const [value, forms] of Object.entries(data.ordinals)) {
    for (const form of split(forms)) {
      const reading = { value: Number(value), ordinal: true };
      if (form.endsWith('-')) for (const ending of endings) words.set(form.slice(0, -1) + ending, reading);
      // In glued compounds the bare stem begins a word (`siebtgrößte`, `zweitlängste`).
      if (form.endsWith('-') && data.glued) words.set(form.slice(0, -1), reading);
      else words.set(form, reading);
    }
  }
  const prefixes = Object.entries(data.prefixes ?? {})
    .flatMap(([value, forms]) => split(forms).map((form) => [form, Number(value)] as const))
    .sort((a, b) => b[0].length - a[0].length);
  return {
    words,
    prefixes,
    glued: data.glued ?? false,
    connectors: new Set(split(data.connectors ?? '')),
    unitBeforeTens: data.unitBeforeTens ?? false,
    tensTakingTeens: data.tensTakingTeens ?? [],
    notAlone: new Set(split(data.notAlone ?? '')),
    century: split(data.century),
    and: new Set(split(data.and)),
    romanSuffixes: split(data.romanSuffixes ?? ''),
    percent: data.percent.split('|').map((phrase) => split(phrase)),
  };
}

function split(forms: string): string[] {
  return normalizeWord(forms).split(/\s+/).filter(Boolean);
}
