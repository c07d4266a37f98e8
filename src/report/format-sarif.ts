import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULE_DEFAULTS } from '../check/rule-severities.js';
import { createTranslate, type MessageKey } from '../check/translate.js';
import { RULE_IDS } from '../check/types.js';
import { ciFindings } from './ci-findings.js';
import { FINGERPRINT_KEY } from './finding-fingerprint.js';
import type { Formatter } from './report-types.js';
import { ruleHelpUri } from './tool-docs.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** The SARIF category of a run without `--lang` (GitHub code scanning keeps one analysis per category). */
export const DEFAULT_CATEGORY = 'diglot/';

/**
 * The SARIF 2.1.0 report, as GitHub code scanning reads it: every rule in `tool.driver.rules`
 * with short and full description and help; results with the target-language location, the
 * English unit as related location, the target language (`properties.targetLanguage`) and a
 * fingerprint that survives unrelated edits (`partialFingerprints`); the category in
 * `automationDetails.id` (`options.category`, default `diglot/`); the content repository in
 * `versionControlProvenance` when configured. Links to diglot's documentation only when its
 * address is known (`options.docs`): no URL is made up. Paths are relative to the repository root.
 *
 * @example JSON.parse(formatSarif([file], { lang: 'en', cwd })).runs[0].tool.driver.name // 'diglot'
 */
export const formatSarif: Formatter = (files, options) => {
  const t = createTranslate(options.lang);
  const rules = RULE_IDS.map((id) => {
    const helpUri = ruleHelpUri(options.docs, id);
    const help = t(`rule.${id}.help` as MessageKey);
    return {
      id,
      name: id.replace(/(^|-)(\w)/g, (_, _dash: string, c: string) => c.toUpperCase()),
      shortDescription: { text: t(`rule.${id}.short` as MessageKey) },
      fullDescription: { text: t(`rule.${id}.full` as MessageKey) },
      help: { text: help, markdown: helpUri ? `${help}\n\n[${id}](${helpUri})` : help },
      ...(helpUri ? { helpUri } : {}),
      defaultConfiguration: { level: RULE_DEFAULTS[id] === 'error' ? 'error' : RULE_DEFAULTS[id] === 'warn' ? 'warning' : 'none' },
    };
  });
  const results = ciFindings(files, options).map((finding) => {
    const m = finding.fields;
    const result: Record<string, unknown> = {
      ruleId: m.ruleId,
      ruleIndex: Math.max(0, (RULE_IDS as readonly string[]).indexOf(m.ruleId)),
      level: finding.level,
      message: { text: m.message },
      locations: [location(finding.path, m)],
      partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    };
    if (m.related && finding.relatedPath)
      result['relatedLocations'] = [{ id: 1, ...location(finding.relatedPath, m.related), message: { text: m.related.message } }];
    if (finding.language) result['properties'] = { targetLanguage: finding.language };
    return result;
  });
  const version = options.version ? { version: options.version, semanticVersion: options.version } : {};
  const driver = { name: 'diglot', ...(options.docs ? { informationUri: options.docs.informationUri } : {}), ...version, rules };
  const sarif = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver },
        automationDetails: { id: options.category ?? DEFAULT_CATEGORY },
        ...(options.repositoryUrl ? { versionControlProvenance: [{ repositoryUri: options.repositoryUrl }] } : {}),
        language: options.lang,
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
};

function location(uri: string, m: { line: number; column: number; endLine: number; endColumn: number }): Record<string, unknown> {
  const region = {
    startLine: m.line,
    startColumn: m.column,
    endLine: Math.max(m.endLine, m.line),
    endColumn: m.endLine > m.line ? m.endColumn : Math.max(m.endColumn, m.column),
  };
  return {
    physicalLocation: { artifactLocation: { uri: isAbsolute(uri) ? pathToFileURL(uri).href : uri.split('/').map(encodeURIComponent).join('/') }, region },
  };
}
