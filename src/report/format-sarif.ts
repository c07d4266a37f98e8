import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ruleUrl } from '../check/create-rule.js';
import { RULE_DEFAULTS } from '../check/rule-severities.js';
import { createTranslate, type MessageKey } from '../check/translate.js';
import { RULE_IDS } from '../check/types.js';
import { displayPath, messageFields } from './message-fields.js';
import type { Formatter } from './report-types.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/**
 * The SARIF 2.1.0 report, as GitHub code scanning reads it: every rule in
 * `tool.driver.rules` with short and full description, help and help URI; results with the
 * Russian location and the English unit as related location; paths relative to `cwd`.
 *
 * @example JSON.parse(formatSarif([file], { lang: 'en', cwd })).runs[0].tool.driver.name // 'diglot'
 */
export const formatSarif: Formatter = (files, options) => {
  const t = createTranslate(options.lang);
  const rules = RULE_IDS.map((id) => ({
    id,
    name: id.replace(/(^|-)(\w)/g, (_, _dash: string, c: string) => c.toUpperCase()),
    shortDescription: { text: t(`rule.${id}.short` as MessageKey) },
    fullDescription: { text: t(`rule.${id}.full` as MessageKey) },
    help: { text: t(`rule.${id}.help` as MessageKey), markdown: `${t(`rule.${id}.help` as MessageKey)}\n\n[${id}](${ruleUrl(id)})` },
    helpUri: ruleUrl(id),
    defaultConfiguration: { level: RULE_DEFAULTS[id] === 'error' ? 'error' : RULE_DEFAULTS[id] === 'warn' ? 'warning' : 'none' },
  }));
  const results = files.flatMap((file) =>
    file.messages.map((message) => {
      const m = messageFields(message, options.cwd);
      const result: Record<string, unknown> = {
        ruleId: m.ruleId,
        ruleIndex: Math.max(0, (RULE_IDS as readonly string[]).indexOf(m.ruleId)),
        level: m.severity,
        message: { text: m.message },
        locations: [location(displayPath(file.path, options.cwd), m)],
      };
      if (m.related) result['relatedLocations'] = [{ id: 1, ...location(m.related.file, m.related), message: { text: m.related.message } }];
      return result;
    }),
  );
  const sarif = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'diglot', informationUri: 'https://github.com/diglot/diglot', version: options.version ?? '0.1.0', semanticVersion: options.version ?? '0.1.0', rules } },
        language: options.lang,
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
};

function location(uri: string, m: { line: number; column: number; endLine: number; endColumn: number }): Record<string, unknown> {
  const region = { startLine: m.line, startColumn: m.column, endLine: Math.max(m.endLine, m.line), endColumn: m.endLine > m.line ? m.endColumn : Math.max(m.endColumn, m.column) };
  return { physicalLocation: { artifactLocation: { uri: isAbsolute(uri) ? pathToFileURL(uri).href : encodeURI(uri) }, region } };
}
