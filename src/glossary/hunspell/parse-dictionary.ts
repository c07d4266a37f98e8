import { removeIgnored, splitFlags, type AffixFile } from './parse-affixes.js';

/** The words of a Hunspell `.dic` file: word as written → the flag sets it is listed with. */
export type DictionaryWords = Map<string, string[][]>;

/**
 * Parse the text of a Hunspell `.dic` file: the count line, then `word[/flags][<TAB>morphology]`
 * per line (`\/` is a slash inside a word; lines starting with whitespace are comments). Flag
 * aliases (`AF`) are resolved; `IGNORE` characters removed.
 *
 * @param text the dictionary file (UTF-8)
 * @param aff its parsed affix file
 * @example parseDictionary('1\nnota/MnN', aff).get('nota') // [['M', 'n', 'N']]
 */
export function parseDictionary(text: string, aff: AffixFile): DictionaryWords {
  const words: DictionaryWords = new Map();
  let start = 0;
  let first = true;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).replace(/\r$/, '');
    start = end + 1;
    if (first) {
      first = false;
      if (/^\d+\s*$/.test(line)) continue;
    }
    if (line === '' || /^\s/.test(line)) continue;
    const [word, flags] = splitEntry(line.split('\t')[0] as string);
    if (word === '') continue;
    const list = /^\d+$/.test(flags) && aff.aliases.length > 0 && aff.flagMode !== 'num' ? (aff.aliases[Number(flags) - 1] ?? []) : splitFlags(flags, aff.flagMode);
    const key = removeIgnored(word, aff.ignore);
    const sets = words.get(key);
    if (sets) sets.push(list);
    else words.set(key, [list]);
  }
  return words;
}

/** `word/flags` → [word, flags]; an escaped slash (`\/`) belongs to the word; morphology after a space is dropped. */
function splitEntry(entry: string): [string, string] {
  let i = 0;
  let word = '';
  while (i < entry.length) {
    const c = entry.charAt(i);
    if (c === '\\' && entry.charAt(i + 1) === '/') {
      word += '/';
      i += 2;
      continue;
    }
    if (c === '/') return [word, entry.slice(i + 1).split(/\s/)[0] as string];
    if (c === ' ' && i > 0) return [word, ''];
    word += c;
    i++;
  }
  return [word, ''];
}
