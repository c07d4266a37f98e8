import { analyse, inflectParse, loadMorphology, loadMorphologySync, type AzParse } from '../../glossary/az-morph.js';
import { isMonthWord } from '../numbers/extract-quantities.js';
import type { TypographyIssue } from './typography-issue.js';

/**
 * Load the morphology dictionaries (`az`, ~0.15 s) ahead of time. Optional: {@link findAgreement}
 * loads them itself (synchronously) the first time a text holds a numeral followed by a word.
 *
 * @example await prepareMorphology();
 */
export async function prepareMorphology(): Promise<void> {
  await loadMorphology();
}

/** A digit numeral followed by a lower-case Russian word; not part of a range, decimal or code. */
const NUMERAL_NOUN = /(?<![\p{L}\p{N}.,–—/:№-])(\d+)[ \u00a0]([а-яё]+)(?![\p{L}-])/gu;

/**
 * Whether {@link findAgreement} has a word to look up in `text` (a numeral followed by a
 * lower-case Russian word, not after a preposition, not a date or a year), that is whether
 * checking it needs the morphology dictionaries. Cheap: regular expressions only.
 *
 * @example needsMorphology('5 нот') // true; needsMorphology('в 1933 г.') // false
 */
export function needsMorphology(text: string): boolean {
  return candidates(text).next().done !== true;
}

/** Words before a numeral that govern its case (prepositions, comparatives): agreement is not checked. */
const GOVERNING = new Set(
  'в во на с со к ко по о об обо от до из у за под над при про около для без через после перед между среди более менее свыше порядка почти ок около каждые'.split(
    ' ',
  ),
);
const CASE_OF: Record<string, string[]> = { one: ['nomn', 'sing'], few: ['gent', 'sing'], many: ['gent', 'plur'] };
const plurals = new Intl.PluralRules('ru');

/**
 * Nouns that do not agree with the digits before them: `3 нот` (expected `3 ноты`), `5 ноты`
 * (expected `5 нот`), `21 года` (expected `21 год`). Intl.PluralRules('ru') gives the numeral's
 * category (one / few / many) and `az` the noun's readings; only the nominative–accusative
 * construction is checked (not after a preposition or a comparative), and only nouns `az`
 * knows; adjectives, months after a day and years before «год» are left alone. The `az`
 * dictionaries are loaded on the first numeral–noun candidate (once per process).
 *
 * @param text plain Russian text
 * @returns agreement issues
 * @throws when the `az` dictionaries cannot be loaded (never a silent skip)
 * @example findAgreement('5 ноты')[0]?.expected // '5 нот'
 */
export function findAgreement(text: string): TypographyIssue[] {
  const issues: TypographyIssue[] = [];
  for (const { index, whole, digits, word, n } of candidates(text)) {
    loadMorphologySync();
    const parses = analyse(word);
    const first = parses[0];
    if (!first || first.tag.POST !== 'NOUN' || parses.some((p) => p.tag.POST !== 'NOUN')) continue;
    if (first.tag['Abbr'] || first.tag['Pltm'] || first.tag['Fixd']) continue;
    const category = plurals.select(n);
    const wanted = CASE_OF[category];
    if (!wanted || parses.some((p) => agrees(p, category))) continue;
    const form = inflectParse(first, wanted);
    if (!form || form === word) continue;
    issues.push({
      start: index,
      end: index + whole.length,
      key: 'message.typography-agreement',
      actual: whole,
      expected: `${digits}${whole.slice(digits.length, -word.length)}${form}`,
    });
  }
  return issues;
}

/** Numeral–word pairs whose agreement is checked: not after a governing word, not a date or a year. */
function* candidates(text: string): Generator<{ index: number; whole: string; digits: string; word: string; n: number }> {
  for (const m of text.matchAll(NUMERAL_NOUN)) {
    const [whole, digits, word] = m as unknown as [string, string, string];
    const previous = /(\p{L}+)[ \u00a0]*$/u.exec(text.slice(0, m.index))?.[1]?.toLowerCase();
    if (previous && GOVERNING.has(previous)) continue;
    const n = Number(digits);
    if (isMonthWord(word, 'ru') || (n >= 1000 && word.startsWith('год'))) continue;
    yield { index: m.index, whole, digits, word, n };
  }
}

function agrees(parse: AzParse, category: string): boolean {
  const gcase = parse.tag.CAse;
  const number = parse.tag.NMbr;
  const animate = parse.tag.ANim === 'anim';
  if (category === 'one') return number === 'sing' && (gcase === 'nomn' || gcase === 'accs');
  if (category === 'few') return (number === 'sing' && gcase === 'gent') || (animate && number === 'plur' && gcase === 'accs');
  return number === 'plur' && (gcase === 'gent' || (animate && gcase === 'accs'));
}
