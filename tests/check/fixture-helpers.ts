import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { VFile } from 'vfile';
import { checkPair } from '../../src/check/check-pair.js';
import { RULE_DEFAULTS } from '../../src/check/rule-severities.js';
import { loadTermLookup, type TermLookup } from '../../src/check/term-lookup.js';
import type { RuleId } from '../../src/check/types.js';
import { prepareMorphology } from '../../src/check/typography/numeral-agreement.js';
import type { Severity } from '../../src/config/load-config.js';

/** The repository root and the shared data folder, from this file's location. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const sharedRoot = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const fixturesRoot = fileURLToPath(new URL('../fixtures/', import.meta.url));

let terms: Promise<TermLookup | undefined> | undefined;

/** The fixture glossary (tests/fixtures/check-glossary), compiled once, with the morphology loaded. */
export async function fixtureTerms(): Promise<TermLookup> {
  terms ??= prepareMorphology().then(() => loadTermLookup(`${fixturesRoot}check-glossary`));
  const lookup = await terms;
  if (!lookup) throw new Error('fixture glossary missing');
  return lookup;
}

/** Severities with only the given rules on (at error level). */
export function only(...ids: RuleId[]): Record<RuleId, Severity> {
  const out = { ...RULE_DEFAULTS };
  for (const id of Object.keys(out) as RuleId[]) out[id] = ids.includes(id) ? 'error' : 'off';
  return out;
}

/** Check a fixture folder holding en.md and ru.md. */
export function checkFolder(dir: string, severities: Record<RuleId, Severity>, lookup?: TermLookup): VFile {
  const read = (name: string) => readFileSync(`${dir}/${name}`, 'utf8');
  return checkPair(
    { file: 'en.md', markdown: read('en.md'), lang: 'en' },
    { file: 'ru.md', markdown: read('ru.md'), lang: 'ru' },
    { severities, terms: lookup },
  );
}

/** One line per message: `line:column: rule-id: reason`. */
export function formatMessages(file: VFile): string {
  return file.messages.map((m) => `${m.line ?? 0}:${m.column ?? 0}: ${m.ruleId ?? ''}: ${m.reason}`).join('\n') + (file.messages.length ? '\n' : '');
}
