import { canonicalLanguage } from '../config/canonical-language.js';
import type { DiglotConfig } from '../config/load-config.js';
import { expectOneOf } from './expect-one-of.js';

/**
 * The value of `--lang`: one of the config's `targetLanguages` (case and deprecated subtags
 * canonicalised, `DE` → `de`), or undefined when the option was not given (every target).
 *
 * @param value the option as given
 * @param config the project configuration
 * @throws UsageError (exit 2) "Unexpected target language `es`, expected `ru`, `de` or `fr` (targetLanguages)"
 * @example expectTargetLanguage('DE', config) // 'de' when targetLanguages holds de
 */
export function expectTargetLanguage(value: string | undefined, config: Pick<DiglotConfig, 'targetLanguages'>): string | undefined {
  if (value === undefined) return undefined;
  const tag = canonicalLanguage(value) ?? value;
  return expectOneOf('target language', config.targetLanguages.includes(tag) ? tag : value, [...config.targetLanguages]);
}

/**
 * The configuration narrowed to the target language of `--lang` (unchanged without it): the
 * commands that walk `targetLanguages` then work on that language alone.
 *
 * @example withTargetLanguage(config, 'de').targetLanguages // ['de']
 */
export function withTargetLanguage<T extends Pick<DiglotConfig, 'targetLanguages'>>(config: T, value: string | undefined): T {
  const lang = expectTargetLanguage(value, config);
  return lang === undefined ? config : { ...config, targetLanguages: [lang] };
}
