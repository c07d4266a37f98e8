/**
 * Endings that turn the first part of a hyphenated adjective back into a dictionary word, per
 * language (data): `радянсько-американський` → `радянськ` + `ий`, `советско-` → `советск` + `ий`,
 * `polsko-` → `polsk` + `i`. The part drops its linking vowel (`о`, `e`) first.
 */
const ADJECTIVE_ENDINGS: Record<string, readonly string[]> = {
  ru: ['ий', 'ый', 'ой', 'ский', 'ный'],
  uk: ['ий', 'ій', 'ський', 'ний'],
  pl: ['i', 'y', 'ki', 'ny'],
  be: ['і', 'ы', 'ый', 'скі'],
  cs: ['ý', 'ský'],
  sk: ['ý', 'ský'],
};

/**
 * The dictionary words a first part of a hyphenated compound adjective may come from.
 *
 * @param part the part before the hyphen, as written
 * @param lang the language
 * @example combiningSources('радянсько', 'uk') // ['радянський', 'радянській', 'радянськський', 'радянськний']
 */
export function combiningSources(part: string, lang: string): string[] {
  const endings = ADJECTIVE_ENDINGS[lang];
  if (!endings || !/[оеoe]$/u.test(part) || part.length < 4) return [];
  const stem = part.slice(0, -1);
  return endings.map((ending) => stem + ending);
}
