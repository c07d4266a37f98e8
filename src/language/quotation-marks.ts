/**
 * Quotation marks per language, copied from CLDR `main/<lang>/delimiters.json`
 * (`quotationStart`/`quotationEnd`, `alternateQuotationStart`/`alternateQuotationEnd`; CLDR 45).
 * The `cldr-misc-full` package that holds them is not a dependency, hence this small table;
 * re-check it against CLDR when adding a language.
 */

/** An opening and a closing mark. */
export type QuotePair = readonly [open: string, close: string];

/** The primary quotes of a language and the quotes nested inside them. */
export interface QuotationMarks {
  primary: QuotePair;
  nested: QuotePair;
}

/** CLDR delimiters by base language subtag. */
const CLDR_DELIMITERS: Readonly<Record<string, QuotationMarks>> = {
  be: { primary: ['«', '»'], nested: ['„', '“'] },
  bg: { primary: ['„', '“'], nested: ['„', '“'] },
  cs: { primary: ['„', '“'], nested: ['‚', '‘'] },
  da: { primary: ['“', '”'], nested: ['‘', '’'] },
  de: { primary: ['„', '“'], nested: ['‚', '‘'] },
  el: { primary: ['«', '»'], nested: ['“', '”'] },
  en: { primary: ['“', '”'], nested: ['‘', '’'] },
  es: { primary: ['«', '»'], nested: ['“', '”'] },
  fi: { primary: ['”', '”'], nested: ['’', '’'] },
  fr: { primary: ['«', '»'], nested: ['«', '»'] },
  it: { primary: ['«', '»'], nested: ['“', '”'] },
  ja: { primary: ['「', '」'], nested: ['『', '』'] },
  kk: { primary: ['«', '»'], nested: ['„', '“'] },
  lt: { primary: ['„', '“'], nested: ['„', '“'] },
  nb: { primary: ['«', '»'], nested: ['‘', '’'] },
  nl: { primary: ['‘', '’'], nested: ['“', '”'] },
  pl: { primary: ['„', '”'], nested: ['«', '»'] },
  pt: { primary: ['“', '”'], nested: ['‘', '’'] },
  ro: { primary: ['„', '”'], nested: ['«', '»'] },
  ru: { primary: ['«', '»'], nested: ['„', '“'] },
  sk: { primary: ['„', '“'], nested: ['‚', '‘'] },
  sv: { primary: ['”', '”'], nested: ['’', '’'] },
  tr: { primary: ['“', '”'], nested: ['‘', '’'] },
  uk: { primary: ['«', '»'], nested: ['„', '“'] },
  zh: { primary: ['“', '”'], nested: ['‘', '’'] },
};

/**
 * The quotation marks of a language (CLDR delimiters), or undefined when the table lacks it.
 *
 * @param language a base language subtag (`de`, not `de-AT`)
 * @example quotationMarks('de')?.primary // ['„', '“']
 */
export function quotationMarks(language: string): QuotationMarks | undefined {
  return Object.hasOwn(CLDR_DELIMITERS, language) ? CLDR_DELIMITERS[language] : undefined;
}
