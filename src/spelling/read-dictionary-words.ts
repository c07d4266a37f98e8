import type { AffixFile, FlagMode } from '../glossary/hunspell/parse-affixes.js';

/**
 * The words of a Hunspell `.dic` file for spell checking: word → its flag fields as written
 * (one string per listing; aliases resolved), split only when a flag is looked for. Lighter
 * than the glossary's parsed dictionary (no array per word): the Ukrainian dictionary's 335,000
 * lines read in well under a second.
 */
export type SpellingWords = Map<string, string[]>;

/**
 * Read the text of a `.dic` file: the count line, then `word[/flags][ morphology]` per line
 * (`\/` is a slash inside a word; lines starting with whitespace are comments); the affix
 * file's `IGNORE` characters are removed from words.
 *
 * @param text the dictionary file (UTF-8)
 * @param aff its parsed affix file
 * @example readDictionaryWords('1\nnota/MnN', aff).get('nota') // ['MnN']
 */
export function readDictionaryWords(text: string, aff: AffixFile): SpellingWords {
  const words: SpellingWords = new Map();
  const ignored = [...aff.ignore];
  const aliases = aff.aliases.length > 0 && aff.flagMode !== 'num' ? aff.aliases.map((flags) => flags.join('')) : undefined;
  let start = 0;
  let first = true;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let line = text.slice(start, end);
    start = end + 1;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (first) {
      first = false;
      if (/^\d+\s*$/.test(line)) continue;
    }
    if (line === '' || line.charCodeAt(0) <= 32) continue;
    const [rawWord, rawFlags] = splitLine(line);
    const word = ignored.some((c) => rawWord.includes(c)) ? ignored.reduce((w, c) => w.split(c).join(''), rawWord) : rawWord;
    if (word === '') continue;
    const flags = aliases && isNumber(rawFlags) ? (aliases[Number(rawFlags) - 1] ?? '') : rawFlags;
    const listed = words.get(word);
    if (listed) listed.push(flags);
    else words.set(word, [flags]);
  }
  return words;
}

/** `word/flags morphology` → [word, flags]; an escaped slash (`\/`) belongs to the word. */
function splitLine(line: string): [string, string] {
  const tab = line.indexOf('\t');
  const space = line.indexOf(' ');
  const stop = tab < 0 ? space : space < 0 ? tab : Math.min(tab, space);
  const entry = stop > 0 ? line.slice(0, stop) : line;
  if (!entry.includes('\\')) {
    const slash = entry.indexOf('/');
    return slash < 0 ? [entry, ''] : [entry.slice(0, slash), entry.slice(slash + 1)];
  }
  let slash = entry.indexOf('/');
  while (slash > 0 && entry.charAt(slash - 1) === '\\') slash = entry.indexOf('/', slash + 1);
  if (slash < 0) return [entry.replace(/\\\//g, '/'), ''];
  return [entry.slice(0, slash).replace(/\\\//g, '/'), entry.slice(slash + 1)];
}

function isNumber(text: string): boolean {
  if (text === '') return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Whether a flag field (as {@link readDictionaryWords} keeps it) holds a flag.
 *
 * @param field the word's flags as written (`MnN`, `S.zA`, `12,7`)
 * @param flag the flag looked for (undefined: never)
 * @param mode the affix file's FLAG mode
 * @example hasFlag('S.zA', 'zA', 'long') // true; hasFlag('S.zA', '.z', 'long') // false
 */
export function hasFlag(field: string, flag: string | undefined, mode: FlagMode): boolean {
  if (flag === undefined || field === '') return false;
  if (mode === 'char') return field.includes(flag);
  if (mode === 'long') {
    for (let i = field.indexOf(flag); i >= 0; i = field.indexOf(flag, i + 1)) if (i % 2 === 0) return true;
    return false;
  }
  return field.split(',').includes(flag);
}
