/**
 * Month names in the grammatical forms Intl does not give. `Intl.DateTimeFormat` gives the
 * nominative (`month: 'long'`: `лютий`, `luty`) and the genitive (`day` and `month`: `лютого`,
 * `lutego`); the locative of dates like "in February 1933" (`у лютому`, `w lutym`, `в феврале`)
 * and a few other case forms are data here, January to December, forms space-separated.
 */
const MONTH_FORMS: Readonly<Record<string, readonly string[]>> = {
  en: ['', '', '', '', '', '', '', '', 'sept', '', '', ''],
  ru: [
    'январе январю январём',
    'феврале февралю февралём',
    'марте марту мартом',
    'апреле апрелю апрелем',
    'мае маю маем',
    'июне июню июнем',
    'июле июлю июлем',
    'августе августу августом',
    'сентябре сентябрю сентябрём',
    'октябре октябрю октябрём',
    'ноябре ноябрю ноябрём',
    'декабре декабрю декабрём',
  ],
  uk: [
    'січні січню січнем',
    'лютому лютим',
    'березні березню березнем',
    'квітні квітню квітнем',
    'травні травню травнем',
    'червні червню червнем',
    'липні липню липнем',
    'серпні серпню серпнем',
    'вересні вересню вереснем',
    'жовтні жовтню жовтнем',
    'листопаді листопаду листопадом',
    'грудні грудню груднем',
  ],
  pl: [
    'styczniu styczniem',
    'lutym lutemu',
    'marcu marcem',
    'kwietniu kwietniem',
    'maju majem',
    'czerwcu czerwcem',
    'lipcu lipcem',
    'sierpniu sierpniem',
    'wrześniu wrześniem',
    'październiku październikiem',
    'listopadzie listopadem',
    'grudniu grudniem',
  ],
  de: ['jänner jänners januars', 'feber februars', 'märz', 'aprils', '', 'junis', 'julis', 'augusts', 'septembers sept', 'oktobers', 'novembers', 'dezembers'],
  fr: ['', '', '', '', '', '', 'juill', '', '', '', '', ''],
};

/**
 * The month forms of a language beyond Intl's, lower case, by month number (1–12).
 *
 * @param tag a BCP 47 tag
 * @returns pairs of form and month; empty when there is no data for the language
 * @example monthForms('uk').find(([form]) => form === 'лютому') // ['лютому', 2]
 */
export function monthForms(tag: string): Array<readonly [string, number]> {
  const language = tag.toLowerCase().split(/[-_]/)[0] ?? tag;
  return (MONTH_FORMS[language] ?? []).flatMap((forms, i) =>
    forms
      .split(/\s+/)
      .filter(Boolean)
      .map((form) => [form, i + 1] as const),
  );
}
