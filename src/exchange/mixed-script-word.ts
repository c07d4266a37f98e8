/** Scripts whose letters never share a word in real text (a word mixing two is a decoding error). */
const SCRIPTS = [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Greek}/u, /\p{Script=Arabic}/u, /\p{Script=Hebrew}/u];

/**
 * The first word whose letters come from two alphabets (Latin, Cyrillic, Greek, Arabic,
 * Hebrew), such as `SymИtrie`: what Latin-1 French looks like when decoded as KOI8-R. Text
 * decoded with a declared single-byte charset is checked with it, so that a wrong declaration
 * is refused instead of misread.
 *
 * @param text the decoded text
 * @returns the word and its index in the text, or undefined
 * @example mixedScriptWord('Capture d\'Иcran')?.word // 'Иcran'
 */
export function mixedScriptWord(text: string): { word: string; index: number } | undefined {
  for (const m of text.matchAll(/\p{L}{2,}/gu)) {
    const word = m[0];
    let seen = -1;
    for (const ch of word) {
      const script = SCRIPTS.findIndex((re) => re.test(ch));
      if (script === -1) continue;
      if (seen !== -1 && script !== seen) return { word, index: m.index };
      seen = script;
    }
  }
  return undefined;
}
