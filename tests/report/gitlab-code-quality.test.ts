import AjvModule from 'ajv';
import { describe, expect, it } from 'vitest';
import { ciRepository, runCheck } from './ci-project.js';

/**
 * GitLab's Code Quality report as its documentation describes it
 * (https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format): a JSON array of
 * issues; each has `description`, `check_name`, `fingerprint` (unique), `severity` (one of
 * info, minor, major, critical, blocker) and `location.path` with either `location.lines.begin`
 * or `location.positions.begin.line`.
 */
const codeQualitySchema = {
  type: 'array',
  items: {
    type: 'object',
    required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
    properties: {
      description: { type: 'string', minLength: 1 },
      check_name: { type: 'string', minLength: 1 },
      fingerprint: { type: 'string', minLength: 1 },
      severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
      location: {
        type: 'object',
        required: ['path'],
        properties: {
          path: { type: 'string', minLength: 1 },
          lines: { type: 'object', required: ['begin'], properties: { begin: { type: 'integer', minimum: 1 }, end: { type: 'integer', minimum: 1 } } },
          positions: {
            type: 'object',
            required: ['begin'],
            properties: {
              begin: { type: 'object', required: ['line'], properties: { line: { type: 'integer', minimum: 1 }, column: { type: 'integer', minimum: 1 } } },
              end: { type: 'object', required: ['line'], properties: { line: { type: 'integer', minimum: 1 }, column: { type: 'integer', minimum: 1 } } },
            },
          },
        },
        oneOf: [{ required: ['lines'] }, { required: ['positions'] }],
      },
    },
  },
} as const;

// ajv is CommonJS: under NodeNext its default import is the module namespace.
const Ajv = ((AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule) as unknown as new (options: object) => {
  compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown[] | null };
};

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; positions: { begin: { line: number; column: number } } };
}

describe('diglot check --format gitlab', () => {
  it('writes a Code Quality report of the documented shape, one issue per finding', async () => {
    const { site } = ciRepository();
    const r = await runCheck(site, '--format', 'gitlab');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as Issue[];
    const validate = new Ajv({ allErrors: true, strictRequired: false }).compile(codeQualitySchema);
    expect(validate(report), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(report.map((i) => `${i.location.path}:${i.location.positions.begin.line} ${i.check_name} ${i.severity}`)).toEqual([
      'site/content/ru/notes, part 1: 100%.md:3 number-mismatch major',
      ...Array.from({ length: 12 }, (_, k) => `site/content/ru/notes-sent.md:${3 + 2 * k} typography minor`),
      'site/content/ru/recognition.md:3 number-mismatch major',
      'site/content/ru/recognition.md:5 untranslated major',
    ]);
  });

  it('gives every issue its own fingerprint, also the twelve identical findings of one file', async () => {
    const { site } = ciRepository();
    const report = JSON.parse((await runCheck(site, '--format', 'gitlab')).out) as Issue[];
    expect(new Set(report.map((i) => i.fingerprint)).size).toBe(report.length);
  });

  it('names the target language and the English unit in the description', async () => {
    const { site } = ciRepository();
    const report = JSON.parse((await runCheck(site, '--format', 'gitlab')).out) as Issue[];
    expect(report[0]?.description).toBe(
      '[ru] Unexpected date `17 ноября`, expected `16 ноября` (English `16th of November`) — English: site/content/en/notes, part 1: 100%.md:3: On the 16th of November, 1933, the notes were exchanged.',
    );
  });

  it('is an empty array when clean', async () => {
    const { site } = ciRepository();
    const r = await runCheck(site, '--format', 'gitlab', 'content/ru/exchange.md');
    expect(r).toMatchObject({ code: 0, out: '[]\n' });
  });
});
