import type { AffixRule } from '../glossary/hunspell/parse-affixes.js';
import type { SpellingDictionary } from './load-spelling-dictionary.js';
import { hasFlag } from './read-dictionary-words.js';

/** Rules that add the same text, grouped by what they strip (one stem to look up per group). */
type ByStrip = Map<string, AffixRule[]>;

/** Affix rules indexed by the text they add, for stripping them off a written word. */
export interface AffixIndex {
  dict: SpellingDictionary;
  /** Suffix rules by their `add` (the ending they leave on the word), then by `strip`. */
  suffixes: Map<string, ByStrip>;
  /** Prefix rules by their `add`, then by `strip`. */
  prefixes: Map<string, ByStrip>;
  maxSuffix: number;
  maxPrefix: number;
  /** Flags some suffix rule's continuation names: only these may be a second suffix. */
  continued: Set<string>;
  /** The listed words in code-unit order, made on first use (see {@link dictionaryPrefix}). */
  sorted?: string[];
}

/** How strict a form check is: a compound part may be a form that only occurs in compounds. */
export interface FormOptions {
  inCompound?: boolean;
  /**
   * Only strip suffixes that leave a start some listed word has (found by binary search): fast
   * rejection of the hundreds of made-up spellings a suggestion search tries.
   */
  prune?: boolean;
}

/**
 * Index a dictionary's affix rules by the text they add (built once per dictionary).
 *
 * @example indexAffixes(dict).suffixes.get('ами')?.size // strip groups of rules leaving `-ами`
 */
export function indexAffixes(dict: SpellingDictionary): AffixIndex {
  const index: AffixIndex = { dict, suffixes: new Map(), prefixes: new Map(), maxSuffix: 0, maxPrefix: 0, continued: new Set() };
  const add = (into: Map<string, ByStrip>, rule: AffixRule): void => {
    let byStrip = into.get(rule.add);
    if (!byStrip) into.set(rule.add, (byStrip = new Map()));
    const list = byStrip.get(rule.strip);
    if (list) list.push(rule);
    else byStrip.set(rule.strip, [rule]);
  };
  for (const rules of dict.aff.suffixes.values()) {
    for (const rule of rules) {
      add(index.suffixes, rule);
      index.maxSuffix = Math.max(index.maxSuffix, rule.add.length);
      for (const flag of rule.next) index.continued.add(flag);
    }
  }
  for (const rules of dict.aff.prefixes.values()) {
    for (const rule of rules) {
      add(index.prefixes, rule);
      index.maxPrefix = Math.max(index.maxPrefix, rule.add.length);
    }
  }
  return index;
}

/**
 * Whether the dictionary accepts a word exactly as written (no case folding): listed itself,
 * or a listed word with one suffix, two chained suffixes (continuation classes), a prefix, or a
 * prefix and a suffix (cross products, circumfixes), as Hunspell's affix rules allow. Listed
 * words marked NEEDAFFIX, ONLYINCOMPOUND (outside compounds) or FORBIDDENWORD do not stand alone.
 *
 * @param index the dictionary's affix index
 * @param word the word, case as written
 * @example acceptsForm(ruIndex, 'нотами') // true (нота + ами)
 */
export function acceptsForm(index: AffixIndex, word: string, options: FormOptions = {}): boolean {
  if (listedAlone(index, word, options)) return true;
  const inner = new Map<string, Set<string>>();
  const limit = options.prune ? dictionaryPrefix(index, word) : word.length;
  if (bySuffix(index, word, undefined, options, inner, limit)) return true;
  return byPrefix(index, word, options, inner);
}

function listedAlone(index: AffixIndex, word: string, options: FormOptions): boolean {
  const { needAffix, onlyInCompound, forbiddenWord, flagMode } = index.dict.aff;
  return (index.dict.words.get(word) ?? []).some(
    (flags) =>
      !hasFlag(flags, forbiddenWord, flagMode) && !hasFlag(flags, needAffix, flagMode) && (options.inCompound || !hasFlag(flags, onlyInCompound, flagMode)),
  );
}

/** Whether a rule's continuation keeps its form from standing where it stands. */
function blocked(index: AffixIndex, rule: AffixRule, options: FormOptions, furtherAffix: boolean): boolean {
  const { needAffix, onlyInCompound, forbiddenWord } = index.dict.aff;
  return rule.next.some((f) => f === forbiddenWord || (!furtherAffix && f === needAffix) || (!options.inCompound && f === onlyInCompound));
}

/**
 * The length of the longest start of `word` that starts some listed word (a stem the word is
 * made from ends no further in: a suffix cut must leave at most this much of the word).
 *
 * @example dictionaryPrefix(ruIndex, 'нотзз') // 3 (`нот…` starts listed words, `нотз…` none)
 */
export function dictionaryPrefix(index: AffixIndex, word: string): number {
  const sorted = (index.sorted ??= [...index.dict.words.keys()].sort());
  const starts = (prefix: string): boolean => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo < sorted.length && (sorted[lo] as string).startsWith(prefix);
  };
  let lo = 0;
  let hi = word.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts(word.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Each way of cutting an affix off the word: the rules of the cut and the stem they leave (a suffix cut leaves at most `limit` letters of the word). */
function* cuts(index: AffixIndex, word: string, kind: 'suffix' | 'prefix', limit = word.length): Generator<[string, AffixRule[]]> {
  // A suffix may take the whole word when it strips something (`ont` ← `avoir`, FULLSTRIP); a prefix never does.
  const max = Math.min(kind === 'suffix' ? index.maxSuffix : index.maxPrefix, kind === 'suffix' ? word.length : word.length - 1);
  for (let i = kind === 'suffix' ? Math.max(0, word.length - limit) : 1; i <= max; i++) {
    const byStrip = kind === 'suffix' ? index.suffixes.get(word.slice(word.length - i)) : index.prefixes.get(word.slice(0, i));
    if (!byStrip) continue;
    const rest = kind === 'suffix' ? word.slice(0, word.length - i) : word.slice(i);
    for (const [strip, rules] of byStrip) {
      const stem = kind === 'suffix' ? rest + strip : strip + rest;
      if (stem !== '') yield [stem, rules];
    }
  }
}

/**
 * A suffix (or two chained suffixes) off the word leaves a listed stem with the rule's flag.
 * With `prefix`, the stem must also allow that prefix (cross product), or the suffix's
 * continuation must name it; circumfix suffixes need a circumfix prefix.
 */
function bySuffix(
  index: AffixIndex,
  word: string,
  prefix: AffixRule | undefined,
  options: FormOptions,
  inner: Map<string, Set<string>>,
  limit = word.length,
): boolean {
  const { circumfix, forbiddenWord, flagMode } = index.dict.aff;
  const prefixCircum = prefix !== undefined && circumfix !== undefined && prefix.next.includes(circumfix);
  for (const [stem, rules] of cuts(index, word, 'suffix', limit)) {
    const sets = index.dict.words.get(stem);
    const chained = !prefix && rules.some((r) => index.continued.has(r.flag)) ? innerFlags(index, stem, options, inner) : undefined;
    if (!sets && !chained?.size) continue;
    for (const rule of rules) {
      const circum = circumfix !== undefined && rule.next.includes(circumfix);
      if (circum !== prefixCircum || !rule.condition.test(stem) || blocked(index, rule, options, prefix !== undefined)) continue;
      if (chained?.has(rule.flag)) return true;
      if (!sets) continue;
      if (prefix && !(rule.cross && prefix.cross) && !rule.next.includes(prefix.flag)) continue;
      const prefixFlag = prefix && !rule.next.includes(prefix.flag) ? prefix.flag : undefined;
      if (
        sets.some(
          (flags) =>
            hasFlag(flags, rule.flag, flagMode) &&
            (prefixFlag === undefined || hasFlag(flags, prefixFlag, flagMode)) &&
            !hasFlag(flags, forbiddenWord, flagMode),
        )
      )
        return true;
    }
  }
  return false;
}

/** The continuation flags of every (listed word + suffix) reading of `word`: a second suffix with one of these flags may follow. */
function innerFlags(index: AffixIndex, word: string, options: FormOptions, memo: Map<string, Set<string>>): Set<string> {
  const seen = memo.get(word);
  if (seen) return seen;
  const out = new Set<string>();
  memo.set(word, out);
  for (const [stem, rules] of cuts(index, word, 'suffix')) {
    const sets = index.dict.words.get(stem);
    if (!sets) continue;
    for (const rule of rules) {
      if (rule.next.length === 0 || !rule.condition.test(stem) || blocked(index, rule, options, true)) continue;
      if (sets.some((flags) => hasFlag(flags, rule.flag, index.dict.aff.flagMode))) for (const flag of rule.next) out.add(flag);
    }
  }
  return out;
}

function byPrefix(index: AffixIndex, word: string, options: FormOptions, inner: Map<string, Set<string>>): boolean {
  const { circumfix } = index.dict.aff;
  for (const [stem, rules] of cuts(index, word, 'prefix')) {
    for (const rule of rules) {
      if (!rule.condition.test(stem)) continue;
      const circum = circumfix !== undefined && rule.next.includes(circumfix);
      if (
        !circum &&
        !blocked(index, rule, options, false) &&
        (index.dict.words.get(stem) ?? []).some((flags) => hasFlag(flags, rule.flag, index.dict.aff.flagMode))
      )
        return true;
      if (bySuffix(index, stem, rule, options, inner)) return true;
    }
  }
  return false;
}
