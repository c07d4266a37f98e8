/**
 * A language profile: what differs between languages, as data — script, name, quotation
 * marks (CLDR), typography, number separators (Intl) — and which checks the language gets.
 */
import { languageName } from './language-name.js';
import { numberSeparators, type NumberSeparators } from './number-separators.js';
import { quotationMarks, type QuotationMarks } from './quotation-marks.js';
import { typographyData, type TypographyData } from './typography-data.js';

/** A check that depends on data about the language. */
export type LanguageCheck =
  'quotes' | 'dashes' | 'no-break spaces' | 'punctuation spacing' | 'number grouping' | 'numeral agreement' | 'language identification';

/** Checks every language should have; a profile without the data for one lists it in `lacks`. */
export const CORE_CHECKS: readonly LanguageCheck[] = ['quotes', 'dashes', 'number grouping', 'language identification'];

/** Everything diglot knows about a language. */
export interface LanguageProfile {
  /** The tag as given (canonical BCP 47 when Intl knows it). */
  tag: string;
  /** Base language subtag (`pt` of `pt-BR`). */
  language: string;
  /** English name (`German`), from Intl.DisplayNames; the tag when Intl has none. */
  name: string;
  /** ISO 15924 script (`Latn`, `Cyrl`) from Intl's likely subtags; undefined when unknown. */
  script: string | undefined;
  quotes: QuotationMarks | undefined;
  typography: TypographyData | undefined;
  numbers: NumberSeparators;
  /** Whether the language identifier (eld) knows the language. */
  identifiable: boolean;
  /** The language-dependent checks this language gets. */
  checks: LanguageCheck[];
  /** Core checks it lacks for want of data (empty for a complete profile). */
  lacks: LanguageCheck[];
}

/** Languages eld 2.x identifies (eld.info().Languages). */
const IDENTIFIABLE = new Set(
  'am ar az be bg bn ca cs da de el en es et eu fa fi fr gu he hi hr hu hy is it ja ka kn ko ku lo lt lv ml mr ms nl no or pa pl pt ro ru sk sl sq sr sv ta te th tl tr uk ur vi yo zh'.split(
    ' ',
  ),
);

const cache = new Map<string, LanguageProfile>();

/**
 * The profile of a language. An unknown tag (`xx`) gets a generic profile: no quotes or dash
 * rules, Intl's default number format, and `lacks` naming the checks it does not get.
 *
 * @param tag a BCP 47 tag (`de`, `pt-BR`)
 * @returns the profile (cached per tag)
 * @example profileOf('fr').quotes?.primary // ['«', '»']
 * @example profileOf('xx').lacks // ['quotes', 'dashes', 'number grouping', 'language identification']
 */
export function profileOf(tag: string): LanguageProfile {
  const hit = cache.get(tag);
  if (hit) return hit;
  const locale = safeLocale(tag);
  const language = locale?.language ?? tag.toLowerCase().split(/[-_]/)[0] ?? tag;
  const known = locale !== undefined && languageName(language) !== language;
  const quotes = quotationMarks(language);
  const typography = typographyData(language);
  const numbers = numberSeparators(known ? tag : 'und');
  const identifiable = IDENTIFIABLE.has(language);
  const checks: LanguageCheck[] = [];
  if (quotes) checks.push('quotes');
  if (typography) checks.push('dashes');
  if (typography && (typography.initials || typography.abbreviationsAfterNumber.length > 0 || typography.signsBeforeNumber.length > 0))
    checks.push('no-break spaces');
  if (typography?.spaceBeforeHighPunctuation) checks.push('punctuation spacing');
  if (known && numbers.group !== ',') checks.push('number grouping');
  if (language === 'ru') checks.push('numeral agreement');
  if (identifiable) checks.push('language identification');
  const lacks = CORE_CHECKS.filter((c) => !checks.includes(c) && !(c === 'number grouping' && known));
  const profile: LanguageProfile = {
    tag,
    language,
    name: languageName(tag),
    script: maximizedScript(locale),
    quotes,
    typography,
    numbers,
    identifiable,
    checks,
    lacks,
  };
  cache.set(tag, profile);
  return profile;
}

function safeLocale(tag: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(tag);
  } catch {
    return undefined;
  }
}

function maximizedScript(locale: Intl.Locale | undefined): string | undefined {
  return locale?.script ?? locale?.maximize().script;
}
