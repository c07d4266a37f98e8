import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Az, { type AzParse, type AzTag } from 'az';

export type { AzParse };

/** Parsers of `az` whose analyses come from the OpenCorpora dictionary (anything else is a guess). */
const KNOWN = new Set(['Dictionary']);
const OPTIONS = { ignoreCase: true, stutter: 0, typos: 0 };

/**
 * Grammemes that tell apart the sub-lexemes OpenCorpora merges into one paradigm (`один` Apro,
 * `первый` Anum and `первейший` Supr share one), and the voice, tense and aspect of participles:
 * an inflected form keeps those of the word it comes from.
 */
const LEXICAL = ['Anum', 'Apro', 'Supr', 'Qual', 'Poss', 'Cmp2', 'actv', 'pssv', 'past', 'pres', 'futr', 'perf', 'impf'];

/** Style and spelling variants (`договора` Infr, `войною` V-oy): generated only if the word itself is one. */
const VARIANT = /^(V-|Infr$|Slng$|Arch$|Litr$|Erro$|Dist$)/;

let loaded = false;

/** How `az` reads a dictionary file (`Az.load`, replaced while {@link loadMorphologySync} runs). */
type AzLoad = (url: string, responseType: string, callback: (error: unknown, data?: unknown) => void) => void;

/**
 * Load the OpenCorpora dictionaries of `az` once per process (about 0.15 s), synchronously:
 * numeral agreement needs them in the middle of a synchronous check. `Az.Morph.init` reads its
 * files through `Az.load` (fs.readFile) and counts the pending reads; while it runs, `Az.load`
 * is replaced by one that reads with readFileSync and queues the callbacks, which run once
 * `init` has started every read (run at once, they would end the count after the first file).
 *
 * @throws when a dictionary file cannot be read or parsed
 * @example loadMorphologySync(); analyse('нота')[0]?.tag.POST // 'NOUN'
 */
export function loadMorphologySync(): void {
  if (loaded) return;
  const az = Az as unknown as { load: AzLoad; Morph: { init(path: string, callback: (error?: unknown) => void): void } };
  const dicts = join(dirname(createRequire(import.meta.url).resolve('az/package.json')), 'dicts');
  const pending: Array<() => void> = [];
  const original = az.load;
  az.load = (url, responseType, callback) => {
    let data: unknown;
    try {
      data = readDictionary(url, responseType);
    } catch (error) {
      pending.push(() => callback(error));
      return;
    }
    pending.push(() => callback(null, data));
  };
  let failure: unknown;
  let done = false;
  try {
    az.Morph.init(dicts, (error?: unknown) => {
      if (error) failure ??= error;
      else done = true;
    });
  } finally {
    az.load = original;
  }
  for (const run of pending) run();
  if (failure !== undefined) throw failure instanceof Error ? failure : new Error(String(failure));
  if (!done) throw new Error(`Cannot load the az dictionaries from ${dicts}`);
  loaded = true;
}

/** A dictionary file as `Az.load` hands it over: parsed JSON, or an ArrayBuffer of exactly the file. */
function readDictionary(url: string, responseType: string): unknown {
  if (responseType === 'json') return JSON.parse(readFileSync(url, 'utf8')) as unknown;
  if (responseType !== 'arraybuffer') throw new Error(`Unknown responseType ${responseType}`);
  const bytes = readFileSync(url);
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

/**
 * Load the dictionaries of `az` once per process ({@link loadMorphologySync}, as a promise).
 *
 * @example await loadMorphology(); analyse('нота')[0]?.tag.POST // 'NOUN'
 */
export function loadMorphology(): Promise<void> {
  try {
    loadMorphologySync();
    return Promise.resolve();
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/**
 * Dictionary analyses of a word (guesses for unknown words are dropped), best first.
 * Call {@link loadMorphology} or {@link loadMorphologySync} first.
 *
 * @example analyse('Хэлл') // [] — not in the dictionary
 */
export function analyse(word: string): AzParse[] {
  return Az.Morph(word, OPTIONS).filter((p) => KNOWN.has(p.parser));
}

/** az's guesser that borrows the paradigm of dictionary words with the same ending. */
const GUESSED = new Set(['SuffixKnown']);

/**
 * Guessed analyses of a word the dictionary does not know, from the paradigms of dictionary
 * words that end the same (`Наркоминдел` declines like `отдел`), best first. The caller checks
 * that a guess gives the word back and says it guessed.
 *
 * @example guessAnalyses('Наркоминдел')[0]?.tag.POST // 'NOUN'
 */
export function guessAnalyses(word: string): AzParse[] {
  return Az.Morph(word, OPTIONS).filter((p) => GUESSED.has(p.parser));
}

/**
 * The grammemes of a tag as a set (`ADJF`, `Anum`, `femn`, `sing`, `nomn`, …).
 *
 * @example grammemesOf(analyse('первая')[0].tag).has('Anum') // true
 */
export function grammemesOf(tag: AzTag): Set<string> {
  return new Set(Object.keys(tag).filter((key) => tag[key] === true));
}

/**
 * Inflect a parse to the given grammemes. Only forms of the word's own sub-lexeme count (same
 * part of speech and {@link LEXICAL} grammemes: `первая` never becomes `одной`); style variants
 * (`договора`, `войною`) are skipped; optional grammemes (gender, animacy) are tried first; among
 * several fitting forms the one sharing the longest beginning with the word wins.
 *
 * @returns the new surface form in lower case, or undefined when the paradigm has no such form
 * @example inflectParse(analyse('первая')[0], ['gent', 'sing'], ['femn']) // 'первой'
 */
export function inflectParse(parse: AzParse, required: string[], optional: string[] = []): string | undefined {
  const own = grammemesOf(parse.tag);
  const keep = [parse.tag.POST, ...LEXICAL.filter((g) => own.has(g))].filter((g): g is string => typeof g === 'string');
  const forms = paradigmOf(parse).filter((form) => [...form.grammemes].every((g) => !VARIANT.test(g) || own.has(g)));
  const word = parse.word.toLowerCase();
  for (let n = optional.length; n >= 0; n--) {
    const wanted = [...keep, ...required, ...optional.slice(0, n)];
    let best: string | undefined;
    let bestShared = -1;
    for (const form of forms) {
      if (!wanted.every((g) => form.grammemes.has(g))) continue;
      const shared = sharedStart(form.word, word);
      if (shared > bestShared) [best, bestShared] = [form.word, shared];
    }
    if (best !== undefined) return best;
  }
  return undefined;
}

/**
 * The dictionary form of a parse within its own sub-lexeme: nominative singular (masculine for
 * adjectives and participles), or nominative plural for plural-only words.
 *
 * @example lemmaOf(analyse('первая')[0]) // 'первый' (az's own normal form is `один`)
 */
export function lemmaOf(parse: AzParse): string {
  return inflectParse(parse, ['nomn', 'sing'], ['masc']) ?? inflectParse(parse, ['nomn']) ?? parse.word.toLowerCase();
}

/**
 * Whether a parse belongs to the word's own lexeme: its dictionary form ({@link lemmaOf}) keeps
 * the word's stem, all but the last three letters or so (`первая` → `первый` yes, `один` no).
 *
 * @example keepsStem(analyse('Штаты')[0], 'Штаты') // true (штат)
 */
export function keepsStem(parse: AzParse, word: string): boolean {
  const lemma = lemmaOf(parse);
  const lower = word.toLowerCase();
  return sharedStart(lemma, lower) >= Math.max(1, Math.min(lemma.length, lower.length) - 3);
}

interface ParadigmForm {
  word: string;
  grammemes: Set<string>;
}

/** Every form of the paradigm a dictionary parse belongs to, in dictionary order. */
function paradigmOf(parse: AzParse): ParadigmForm[] {
  const indexed = parse as unknown as { formCnt?: number; inflect(form: number): AzParse | false };
  const out: ParadigmForm[] = [];
  for (let i = 0; i < (indexed.formCnt ?? 0); i++) {
    const form = indexed.inflect(i);
    if (form) out.push({ word: form.word.toLowerCase(), grammemes: grammemesOf(form.tag) });
  }
  return out;
}

/** How many leading letters two lower-case words share (ё = е). */
function sharedStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && (a[i] === b[i] || (isE(a[i]) && isE(b[i])))) i++;
  return i;
}

const isE = (c: string | undefined): boolean => c === 'е' || c === 'ё';
