/** Latin letters that look like Cyrillic ones, mapped to their Cyrillic twins (lower case). */
const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у', u: 'и', r: 'г', n: 'п',
};

const CYRILLIC = /[\u0400-\u04FF]/;
const LATIN = /[A-Za-z\u00C0-\u024F]/;

/**
 * Whether a word mixes Cyrillic and Latin letters (`Литвинoв` with a Latin `o`).
 *
 * @example isMixedScript('Литвинoв') // true
 */
export function isMixedScript(word: string): boolean {
  return CYRILLIC.test(word) && LATIN.test(word);
}

/**
 * The Latin letters of a mixed-script word, in order.
 *
 * @example latinLetters('Литвинoв') // 'o'
 */
export function latinLetters(word: string): string {
  return [...word].filter((c) => LATIN.test(c)).join('');
}

/**
 * Read the Latin look-alikes of a lower-case key as Cyrillic (`литвинoв` → `литвинов`).
 *
 * @example cyrillicKey('литвинoв') // 'литвинов'
 */
export function cyrillicKey(key: string): string {
  let out = '';
  for (const c of key) out += LATIN_TO_CYRILLIC[c] ?? c;
  return out;
}
