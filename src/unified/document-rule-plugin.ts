import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { applySuppressions } from '../check/check-pair.js';
import type { Rule } from '../check/create-rule.js';
import { findSuppressions } from '../check/find-suppressions.js';
import type { TermLookup } from '../check/term-lookup.js';
import { createTranslate, type ReportLanguage } from '../check/translate.js';
import type { Severity } from '../config/load-config.js';
import { documentContext } from './document-context.js';
import { fileSettings, type FileSettingsOptions } from './file-settings.js';
import { segmentWithSettings } from './segment-file.js';

/** Options of a one-document rule plugin (see {@link documentRulePlugin}). */
export interface DocumentRuleOptions extends FileSettingsOptions {
  /** `error` (fatal messages), `warn` or `off`; default the project's `rules`, else the rule's default. */
  severity?: Severity;
  /** Language of the messages (default `en`). */
  reportLang?: ReportLanguage;
  /** The glossary (from `buildTermIndex`), for approved spellings and known words. */
  terms?: TermLookup;
}

/** A unified plugin running one diglot rule on the document it is given. */
export type DocumentRulePlugin = (options?: DocumentRuleOptions) => (tree: Root, file: VFile) => undefined;

/**
 * Make a remark-lint-style plugin of a rule that needs only one document: the file is segmented
 * as `diglot segment` does (or the segmentation already on `file.data.diglot` is reused), the
 * rule runs on it, `diglot-ignore` comments apply, and its messages go to `file.messages` as
 * `diglot check` makes them (rule id, `source: 'diglot'`, place, `expected`/`actual`,
 * documentation `url`), `fatal: true` for an error and `false` for a warning, as remark-lint
 * and vfile-reporter read them.
 *
 * @param rule a rule whose findings need no source document (typography, mixed-script, spelling)
 * @returns the plugin
 * @example const remarkDiglotTypography = documentRulePlugin(typography);
 */
export function documentRulePlugin(rule: Rule): DocumentRulePlugin {
  const plugin: DocumentRulePlugin =
    (options = {}) =>
    (_tree, file) => {
      const settings = fileSettings(file, options);
      const severity = options.severity ?? settings.severities[rule.id];
      if (severity === 'off') return undefined;
      const doc = segmentWithSettings(file, settings);
      const source = String(file.value ?? '');
      const found = rule.run(documentContext(doc, source, options.terms), createTranslate(options.reportLang ?? 'en'));
      // `<!-- diglot-ignore rule: reason -->` silences a rule on the next unit, as in `diglot check`.
      const messages = applySuppressions(found, findSuppressions(source, doc.units));
      for (const message of messages) {
        message.fatal = severity === 'error';
        message.file = file.path || message.file;
        file.messages.push(message);
      }
      return undefined;
    };
  Object.defineProperty(plugin, 'name', { value: `diglot-${rule.id}` });
  return plugin;
}
