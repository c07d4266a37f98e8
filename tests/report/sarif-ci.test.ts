import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvModule from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { FINGERPRINT_KEY } from '../../src/report/finding-fingerprint.js';
import { toolDocsOf } from '../../src/report/tool-docs.js';
import { repoRoot, sharedRoot } from '../check/fixture-helpers.js';
import { ciRepository, runCheck } from './ci-project.js';

interface Result {
  ruleId: string;
  level: string;
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }>;
  partialFingerprints: Record<string, string>;
  properties?: { targetLanguage?: string };
}

// ajv-draft-04 is CommonJS: under NodeNext its default import is the module namespace.
const Ajv = ((AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule) as unknown as new (options: object) => {
  compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown[] | null };
};
const validate = new Ajv({ allErrors: true, strict: false, logger: false }).compile(
  JSON.parse(readFileSync(`${sharedRoot}schemas/sarif-schema-2.1.0.json`, 'utf8')),
);

async function sarif(site: string, ...args: string[]) {
  const r = await runCheck(site, '--format', 'sarif', ...args);
  const report = JSON.parse(r.out);
  expect(validate(report), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  return { report, run: report.runs[0], results: report.runs[0].results as Result[] };
}

/** `uri:line rule` → fingerprint, for the results of one file. */
function byPlace(results: Result[], file: string): Map<string, string> {
  return new Map(
    results
      .filter((r) => r.locations[0]?.physicalLocation.artifactLocation.uri === file)
      .map((r) => [`${r.locations[0]?.physicalLocation.region.startLine} ${r.ruleId}`, r.partialFingerprints[FINGERPRINT_KEY] as string]),
  );
}

describe('diglot check --format sarif for code scanning', () => {
  it('is valid SARIF 2.1.0 with a category, the content repository, the target language and a fingerprint per result', async () => {
    const { site } = ciRepository();
    const { run, results } = await sarif(site);
    expect(run.automationDetails).toEqual({ id: 'diglot/' });
    expect(run.versionControlProvenance).toEqual([{ repositoryUri: 'https://github.com/acme/history-docs' }]);
    expect(results).toHaveLength(15);
    for (const result of results) {
      expect(result.properties?.targetLanguage).toBe('ru');
      expect(result.partialFingerprints[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{32}:\d+$/);
    }
    // Paths relative to the repository root, percent-encoded per segment (`,` `:` `%` and spaces).
    expect(results[0]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('site/content/ru/notes%2C%20part%201%3A%20100%25.md');
    expect(new Set(results.map((r) => r.partialFingerprints[FINGERPRINT_KEY])).size).toBe(results.length);
    expect((await sarif(site, '--lang', 'ru')).run.automationDetails).toEqual({ id: 'diglot/ru/' });
  });

  it('keeps every fingerprint across an unrelated edit above the findings', async () => {
    const { site } = ciRepository();
    const before = (await sarif(site)).results;
    const insert = (file: string, paragraph: string) => {
      const text = readFileSync(join(site, file), 'utf8');
      writeFileSync(join(site, file), text.replace(/\n\n/, `\n\n${paragraph}\n\n`));
    };
    insert('content/en/recognition.md', 'The talks began in October.');
    insert('content/ru/recognition.md', 'Переговоры начались в октябре.');
    const after = (await sarif(site)).results;
    const uri = 'site/content/ru/recognition.md';
    expect([...byPlace(before, uri).keys()]).toEqual(['3 number-mismatch', '5 untranslated']);
    expect([...byPlace(after, uri).keys()]).toEqual(['5 number-mismatch', '7 untranslated']);
    expect([...byPlace(after, uri).values()]).toEqual([...byPlace(before, uri).values()]);
    expect(after.map((r) => r.partialFingerprints[FINGERPRINT_KEY]).sort()).toEqual(before.map((r) => r.partialFingerprints[FINGERPRINT_KEY]).sort());
  });

  it('gives a finding whose content changes a new fingerprint, and leaves the others', async () => {
    const { site } = ciRepository();
    const before = byPlace((await sarif(site)).results, 'site/content/ru/recognition.md');
    const file = join(site, 'content/ru/recognition.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('17 ноября', '18 ноября'));
    const after = byPlace((await sarif(site)).results, 'site/content/ru/recognition.md');
    expect(after.get('3 number-mismatch')).not.toBe(before.get('3 number-mismatch'));
    expect(after.get('5 untranslated')).toBe(before.get('5 untranslated'));
  });

  it('links only to documentation whose address diglot’s package.json gives (no invented URLs)', async () => {
    const { site } = ciRepository();
    const { report, run } = await sarif(site);
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    const docs = toolDocsOf(pkg);
    expect(JSON.stringify(report)).not.toContain('github.com/diglot/diglot');
    expect(run.tool.driver.informationUri).toBe(docs?.informationUri);
    for (const rule of run.tool.driver.rules) expect(rule.helpUri).toBe(docs?.rulesDocsUrl && `${docs.rulesDocsUrl}#${rule.id}`);
    expect(run.tool.driver.version).toBe(pkg.version);
  });
});

describe('toolDocsOf: where diglot’s documentation is, from package.json', () => {
  it.each([
    [{}, undefined],
    [
      { repository: 'acme/diglot' },
      { informationUri: 'https://github.com/acme/diglot', rulesDocsUrl: 'https://github.com/acme/diglot/blob/HEAD/docs/rules.md' },
    ],
    [
      { repository: { type: 'git', url: 'git+https://github.com/acme/tools.git', directory: 'packages/diglot' } },
      { informationUri: 'https://github.com/acme/tools', rulesDocsUrl: 'https://github.com/acme/tools/blob/HEAD/packages/diglot/docs/rules.md' },
    ],
    [
      { repository: 'gitlab:acme/diglot', homepage: 'https://diglot.example.org/' },
      { informationUri: 'https://diglot.example.org/', rulesDocsUrl: 'https://gitlab.com/acme/diglot/-/blob/HEAD/docs/rules.md' },
    ],
    [{ repository: 'git@git.example.org:acme/diglot.git' }, { informationUri: 'https://git.example.org/acme/diglot' }],
    [{ repository: 'not a repository' }, undefined],
  ])('%j', (pkg, expected) => {
    expect(toolDocsOf(pkg)).toEqual(expected);
  });
});
