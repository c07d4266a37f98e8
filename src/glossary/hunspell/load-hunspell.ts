import { parseAffixes, type AffixFile } from './parse-affixes.js';
import { parseDictionary, type DictionaryWords } from './parse-dictionary.js';

/** A loaded Hunspell dictionary: affix rules and words. */
export interface Hunspell {
  lang: string;
  aff: AffixFile;
  words: DictionaryWords;
}

const loaded = new Map<string, Promise<Hunspell | undefined>>();

/**
 * The Hunspell dictionary of a language from the `dictionary-<lang>` npm package (`{ aff, dic }`
 * buffers), parsed once per process and only when asked for: a glossary without a Polish column
 * never reads the Polish dictionary. Region subtags fall back to the language
 * (`de-AT` → `dictionary-de`).
 *
 * @param lang a BCP 47 tag, e.g. `uk`
 * @returns the dictionary, or undefined when no package for the language is installed
 * @example (await loadHunspell('pl'))?.words.has('nota') // true
 */
export function loadHunspell(lang: string): Promise<Hunspell | undefined> {
  const base = lang.toLowerCase().split('-')[0] as string;
  let pending = loaded.get(base);
  if (!pending) {
    pending = readPackage(base);
    loaded.set(base, pending);
  }
  return pending;
}

async function readPackage(base: string): Promise<Hunspell | undefined> {
  if (!/^[a-z]{2,3}$/.test(base)) return undefined;
  let data: { aff: Uint8Array; dic: Uint8Array };
  try {
    const module = (await import(`dictionary-${base}`)) as { default: { aff: Uint8Array; dic: Uint8Array } };
    data = module.default;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw error;
  }
  const decoder = new TextDecoder('utf-8');
  const aff = parseAffixes(decoder.decode(data.aff));
  return { lang: base, aff, words: parseDictionary(decoder.decode(data.dic), aff) };
}
