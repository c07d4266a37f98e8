import type { Preset } from 'unified';
import type { Rule } from '../check/create-rule.js';
import { mixedScript } from '../rules/mixed-script.js';
import { spelling } from '../rules/spelling.js';
import { typography } from '../rules/typography.js';
import { documentRulePlugin, type DocumentRuleOptions } from './document-rule-plugin.js';

/**
 * The rules that need only the document they check, each a plugin. Extension point: a new
 * one-document rule (made with `createRule`, reading only `ctx.ru`) is added here and joins
 * the preset; rules that compare a translation with its source go through `checkFilePair`.
 */
export const DOCUMENT_RULES: readonly Rule[] = [typography, mixedScript, spelling];

/** `typography`: quotation marks, dashes, no-break spaces and spacing of the document's language. */
export const remarkDiglotTypography = documentRulePlugin(typography);
/** `mixed-script`: words mixing Cyrillic and Latin look-alike letters. */
export const remarkDiglotMixedScript = documentRulePlugin(mixedScript);
/** `spelling`: words the language's Hunspell dictionary does not know. */
export const remarkDiglotSpelling = documentRulePlugin(spelling);

const PLUGINS = new Map<Rule, ReturnType<typeof documentRulePlugin>>([
  [typography, remarkDiglotTypography],
  [mixedScript, remarkDiglotMixedScript],
  [spelling, remarkDiglotSpelling],
]);

/**
 * A remark-lint-style preset of diglot's one-document rules, every plugin given `options`
 * (language, severity, report language, glossary).
 *
 * @param options what every rule is given; the language defaults to `file.data.lang`, else the project's
 * @returns the preset for `unified().use(…)` or a `.remarkrc.js`
 * @example unified().use(remarkParse).use(diglotLintPreset({ lang: 'ru' })).use(remarkStringify)
 */
export function diglotLintPreset(options: DocumentRuleOptions = {}): Preset {
  return { plugins: DOCUMENT_RULES.map((rule) => [PLUGINS.get(rule) ?? documentRulePlugin(rule), options] as const) as Preset['plugins'] };
}

/**
 * The preset with no options, for `remark-cli` and editors: the language of each file is
 * `file.data.lang` or its folder in a diglot project (content/<lang>/…), severities the
 * project's `rules`.
 *
 * @example unified().use(remarkParse).use(remarkPresetDiglot)
 */
export const remarkPresetDiglot: Preset = diglotLintPreset();
