import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AjvModule from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { RULE_IDS } from '../../src/check/types.js';
import { sharedRoot } from './fixture-helpers.js';

const NBSP = '\u00a0';
const EN = '# Recognition\n\nOn the 16th of November, 1933, the notes were exchanged.\n';
const RU_CLEAN = `# Признание\n\n16 ноября 1933${NBSP}г. состоялся обмен нотами.\n`;
const RU_WARN = `# Признание\n\n16 ноября 1933 г. состоялся обмен нотами.\n`;
const RU_ERROR = `# Признание\n\n17 ноября 1933${NBSP}г. состоялся обмен нотами.\n`;

/** A throw-away project: config, content/en and content/ru files. */
function project(files: Record<string, string | Buffer>, config = 'sourceLanguage: en\ntargetLanguages: [ru]\n'): string {
  const dir = mkdtempSync(join(tmpdir(), 'diglot-check-'));
  writeFileSync(join(dir, 'diglot.config.yaml'), config);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

async function run(cwd: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['check', '--glossary', 'none', ...args], { cwd, stdout: (t) => void (out += t), stderr: (t) => void (err += t) });
  return { code, out, err };
}

describe('diglot check: exit codes', () => {
  it('0 when clean', async () => {
    const r = await run(project({ 'content/en/a.md': EN, 'content/ru/a.md': RU_CLEAN }));
    expect(r.out).toBe('No problems found\n');
    expect(r.code).toBe(0);
  });

  it('0 with warnings only, 1 with --frail', async () => {
    const dir = project({ 'content/en/a.md': EN, 'content/ru/a.md': RU_WARN });
    const plain = await run(dir);
    expect(plain.out).toContain('content/ru/a.md:3:11: warning typography (ru): Unexpected plain space in `1933 г.`');
    expect(plain.code).toBe(0);
    expect((await run(dir, '--frail')).code).toBe(1);
  });

  it('1 on an error-level finding, with the English unit as related location', async () => {
    const r = await run(project({ 'content/en/a.md': EN, 'content/ru/a.md': RU_ERROR }));
    expect(r.code).toBe(1);
    expect(r.out).toContain('content/ru/a.md:3:1: error number-mismatch (ru): Unexpected date `17 ноября`, expected `16 ноября` (English `16th of November`)');
    expect(r.out).toContain('  English: content/en/a.md:3:1: On the 16th of November, 1933, the notes were exchanged.');
  });

  it('config severities decide: error → off makes the same file clean', async () => {
    const config = 'sourceLanguage: en\ntargetLanguages: [ru]\nrules:\n  number-mismatch: off\n';
    expect((await run(project({ 'content/en/a.md': EN, 'content/ru/a.md': RU_ERROR }, config))).code).toBe(0);
  });

  it('2 on usage and input errors', async () => {
    const dir = project({ 'content/en/a.md': EN, 'content/ru/a.md': RU_CLEAN });
    expect((await run(dir, '--format', 'xml')).code).toBe(2);
    expect((await run(dir, '--lang', 'de')).code).toBe(2);
    expect((await run(dir, 'content/ru/missing.md')).code).toBe(2);
    expect((await run(dir, 'a.md')).code).toBe(2);
    const bad = project({ 'content/en/a.md': EN }, 'rules:\n  no-such-rule: warn\n');
    const r = await run(bad);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Unexpected rule `no-such-rule`');
  });
});

describe('diglot check: many files', () => {
  it('a crash on one file is a fatal message on it; the rest are checked; one report', async () => {
    const dir = project({
      'content/en/a.md': EN,
      'content/ru/a.md': RU_ERROR,
      'content/en/b.md': EN,
      'content/ru/b.md': Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02]),
      'content/en/c.md': '---\ntitle: [unclosed\n---\n\nText.\n',
      'content/ru/c.md': '---\ntitle: [unclosed\n---\n\nТекст.\n',
      'content/en/d.md': EN,
      'content/ru/d.md': RU_CLEAN,
      'content/en/e.md': EN,
    });
    const r = await run(dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain('content/ru/a.md:3:1: error number-mismatch');
    expect(r.out).toMatch(/content\/ru\/b\.md:1:1: error unreadable-file(?: \([a-z]+\))?: Cannot check this file: .*NUL byte/);
    // Both sides of c.md have invalid front matter: the English, read first, is the one reported.
    expect(r.out).toMatch(/content\/en\/c\.md:\d+:\d+: error unreadable-file(?: \([a-z]+\))?: Cannot check this file/);
    expect(r.out).toContain('content/en/e.md:1:1: error missing-translation (ru): Missing translation file `content/ru/e.md`');
    expect(r.out.match(/problems \(/g)).toHaveLength(1);
    expect(r.out).not.toContain('content/ru/d.md');
  });

  it('--report-lang ru prints the report in Russian', async () => {
    const r = await run(project({ 'content/en/a.md': EN, 'content/ru/a.md': RU_ERROR }), '--report-lang', 'ru');
    expect(r.out).toContain('ошибка number-mismatch (ru): Значение `17 ноября` (дата), ожидалось `16 ноября`');
    expect(r.out).toContain('1 проблема (ошибок: 1, предупреждений: 0)');
  });
});

describe('diglot check: suppression', () => {
  const en = `${EN}\nThe second paragraph.\n`;
  it('a reviewed exception suppresses the rule for the next unit; a reason is required; unused ones are reported', async () => {
    const ru = `# Признание\n\n<!-- diglot-ignore typography-ru: the source quotes it this way -->\n16 ноября 1933 г. состоялся обмен нотами.\n\n<!-- diglot-ignore number-mismatch -->\nВторой абзац.\n`;
    const r = await run(project({ 'content/en/a.md': en, 'content/ru/a.md': ru }));
    expect(r.out).not.toContain('warning typography');
    expect(r.out).toContain('content/ru/a.md:6:1: warning suppression (ru): Missing reason in suppression of `number-mismatch`');
    expect(r.out).toContain('content/ru/a.md:6:1: warning suppression (ru): Unexpected unused suppression of `number-mismatch`');
    expect(r.out).toContain('2 problems (0 at error level, 2 warnings)');
  });

  it('a suppression without a reason still suppresses, and is a warning', async () => {
    const ru = `# Признание

<!-- diglot-ignore typography-ru -->
16 ноября 1933 г. состоялся обмен нотами.

Второй абзац.
`;
    const r = await run(project({ 'content/en/a.md': en, 'content/ru/a.md': ru }));
    expect(r.out).not.toContain('warning typography:');
    expect(r.out).toContain('content/ru/a.md:3:1: warning suppression (ru): Missing reason in suppression of `typography-ru`');
    expect(r.out).toContain('1 problem (');
  });
});

describe('diglot check --format sarif', () => {
  it('validates against the SARIF 2.1.0 schema and lists every rule with descriptions and help', async () => {
    const dir = project({ 'content/en/a.md': EN, 'content/ru/a.md': RU_ERROR, 'content/en/b.md': EN, 'content/ru/b.md': RU_WARN });
    const r = await run(dir, '--format', 'sarif');
    expect(r.code).toBe(1);
    const sarif = JSON.parse(r.out);
    const schema = JSON.parse(readFileSync(`${sharedRoot}schemas/sarif-schema-2.1.0.json`, 'utf8'));
    // ajv-draft-04 is CommonJS: under NodeNext its default import is the module namespace.
    const Ajv = ((AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule) as unknown as new (options: object) => {
      compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown[] | null };
    };
    const ajv = new Ajv({ allErrors: true, strict: false, logger: false });
    const validate = ajv.compile(schema);
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const driver = sarif.runs[0].tool.driver;
    expect(driver.rules.map((rule: { id: string }) => rule.id)).toEqual([...RULE_IDS]);
    for (const rule of driver.rules) {
      expect(rule.fullDescription.text.length).toBeGreaterThan(20);
      expect(rule.help.text.length).toBeGreaterThan(10);
      // No invented address: help links only where diglot's package.json says (tests/report/sarif-ci.test.ts).
      expect(JSON.stringify(rule)).not.toContain('github.com/diglot/diglot');
    }
    const results = sarif.runs[0].results;
    expect(results.map((x: { ruleId: string; level: string }) => `${x.ruleId}:${x.level}`)).toEqual(['number-mismatch:error', 'typography:warning']);
    expect(results[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'content/ru/a.md' },
      region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 10 },
    });
    expect(results[0].relatedLocations[0].physicalLocation.artifactLocation.uri).toBe('content/en/a.md');
  });

  it('--format json carries expected, actual and the related location', async () => {
    const r = await run(project({ 'content/en/a.md': EN, 'content/ru/a.md': RU_ERROR }), '--format', 'json');
    const report = JSON.parse(r.out);
    expect(report.errors).toBe(1);
    const [m] = report.files[0].messages;
    expect(m).toMatchObject({
      ruleId: 'number-mismatch',
      severity: 'error',
      line: 3,
      column: 1,
      expected: ['16 ноября'],
      actual: '17 ноября',
      related: { file: 'content/en/a.md', line: 3 },
    });
  });
});
