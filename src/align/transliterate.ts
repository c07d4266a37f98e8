/**
 * A small Russian ↔ Latin transliteration and a loose consonant skeleton, enough to see that
 * `Litvinov` and `Литвинову`, or `Roosevelt` and `Рузвельт`, name the same person.
 */

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

const LATIN_TO_CYRILLIC: ReadonlyArray<readonly [string, string]> = [
  ['shch', 'щ'],
  ['sh', 'ш'],
  ['ch', 'ч'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['ts', 'ц'],
  ['yu', 'ю'],
  ['ya', 'я'],
  ['a', 'а'],
  ['b', 'б'],
  ['v', 'в'],
  ['g', 'г'],
  ['d', 'д'],
  ['e', 'е'],
  ['z', 'з'],
  ['i', 'и'],
  ['y', 'й'],
  ['k', 'к'],
  ['l', 'л'],
  ['m', 'м'],
  ['n', 'н'],
  ['o', 'о'],
  ['p', 'п'],
  ['r', 'р'],
  ['s', 'с'],
  ['t', 'т'],
  ['u', 'у'],
  ['f', 'ф'],
  ['h', 'х'],
  ['c', 'к'],
  ['q', 'к'],
  ['w', 'в'],
  ['x', 'кс'],
  ['j', 'дж'],
];

/**
 * Transliterate Russian to Latin letters (lower case, GOST-like).
 *
 * @example cyrillicToLatin('Литвинов') // 'litvinov'
 */
export function cyrillicToLatin(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) out += CYRILLIC_TO_LATIN[ch] ?? ch;
  return out;
}

/**
 * Transliterate Latin letters to Russian (lower case, naive; for display and tests).
 *
 * @example latinToCyrillic('Litvinov') // 'литвинов'
 */
export function latinToCyrillic(text: string): string {
  let out = '';
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length;) {
    const pair = LATIN_TO_CYRILLIC.find(([latin]) => lower.startsWith(latin, i));
    if (pair) {
      out += pair[1];
      i += pair[0].length;
    } else out += lower[i++];
  }
  return out;
}

/**
 * A loose consonant skeleton of a word in either script: transliterated, digraphs folded,
 * similar consonants merged (z/s, w/v, c/k/q/g/h, ph/f), vowels and doubles dropped.
 *
 * @example consonantSkeleton('Roosevelt') === consonantSkeleton('Рузвельт') // true ('rsvlt')
 */
export function consonantSkeleton(word: string): string {
  let skeleton = skeletons.get(word);
  if (skeleton === undefined) {
    if (skeletons.size >= SKELETON_CACHE_SIZE) skeletons.clear();
    skeletons.set(word, (skeleton = computeSkeleton(word)));
  }
  return skeleton;
}

/** Skeletons of recently seen words: the same names and words recur in every unit and sentence. */
const skeletons = new Map<string, string>();
const SKELETON_CACHE_SIZE = 50_000;

function computeSkeleton(word: string): string {
  let s = cyrillicToLatin(word).replace(/[^a-z]/g, '');
  s = s
    .replace(/shch|sch/g, 's')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/ck/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/(sh|zh|ch)/g, 's')
    .replace(/kh|gh/g, 'k')
    .replace(/ts|tz/g, 's')
    .replace(/[cqgh]/g, 'k')
    .replace(/z/g, 's')
    .replace(/w/g, 'v')
    .replace(/j/g, 'y');
  s = s.replace(/[aeiouy]/g, '');
  return s.replace(/(.)\1+/g, '$1');
}

/**
 * Whether two skeletons name the same thing: equal, or one a prefix (≥ 3 letters) of the
 * other (Russian case endings add consonants: `Литвиновым`).
 *
 * @example skeletonsMatch('ltvnv', 'ltvnvm') // true
 */
export function skeletonsMatch(a: string, b: string): boolean {
  if (a === b) return a.length > 0;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.startsWith(short) && long.length - short.length <= 2;
}
