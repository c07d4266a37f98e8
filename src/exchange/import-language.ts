import { InputError } from '../errors.js';
import { normalizeLanguageTag, sameLanguage } from './language-tag.js';
import { oneLine } from './one-line.js';

/**
 * The target language an exchange file is imported into, routed by the language the file
 * declares (XLIFF 2 `trgLang`, XLIFF 1.2 `target-language`, PO `Language:`): the project's
 * target language with the same tag (`uk`, `uk-UA`, `uk_UA` are Ukrainian), or the one of the
 * same primary language when the project has only one such. `--lang` (already validated against
 * the config) must agree with the declared language; a file that declares none needs `--lang`
 * unless the project has one target language. Anything else is refused before a file is read
 * for writing: nothing is written.
 *
 * @param declared the file's declared target language, if any
 * @param chosen the `--lang` option, if given
 * @param targets the project's `targetLanguages`
 * @param file the exchange file, for messages
 * @throws InputError (exit 2) for a language the project does not translate into, one `--lang`
 *   contradicts, one that matches several targets, or none declared with several targets
 * @example importLanguage('uk-UA', undefined, ['ru', 'uk', 'de'], 'a.xlf') // 'uk'
 */
export function importLanguage(declared: string | undefined, chosen: string | undefined, targets: readonly string[], file: string): string {
  const quoted = targets.map((t) => `\`${t}\``);
  const list = quoted.join(', ');
  const either = quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}` : list;
  if (chosen !== undefined) {
    if (declared && !sameLanguage(declared, chosen)) {
      throw new InputError(
        `Cannot import \`${file}\`: it is a translation into \`${oneLine(declared)}\`, expected \`${chosen}\`; nothing was written`,
        { file },
        { expected: `a file into \`${chosen}\``, actual: `a file into \`${oneLine(declared)}\`` },
      );
    }
    return chosen;
  }
  if (!declared) {
    if (targets.length === 1) return targets[0] as string;
    throw new InputError(
      `Cannot import \`${file}\`: it does not name its target language, and the project has ${targets.length} (${list}); expected \`--lang\`; nothing was written`,
      { file },
      { expected: 'a declared target language or --lang', actual: 'none' },
    );
  }
  const tag = normalizeLanguageTag(declared).toLowerCase();
  const exact = targets.find((t) => t.toLowerCase() === tag);
  if (exact) return exact;
  const same = targets.filter((t) => sameLanguage(declared, t));
  if (same.length === 1) return same[0] as string;
  if (same.length > 1) {
    throw new InputError(
      `Cannot import \`${file}\`: it is a translation into \`${oneLine(declared)}\`, which could be ${same.map((t) => `\`${t}\``).join(' or ')}; expected \`--lang\`; nothing was written`,
      { file },
      { expected: 'one target language', actual: same.join(', ') },
    );
  }
  throw new InputError(
    `Cannot import \`${file}\`: it is a translation into \`${oneLine(declared)}\`, expected ${either} (the project's targetLanguages); nothing was written`,
    { file },
    { expected: `a file into ${either}`, actual: `a file into \`${oneLine(declared)}\`` },
  );
}
