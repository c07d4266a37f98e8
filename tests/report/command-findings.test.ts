// Every command reports its findings the same way (src/report/finding-reporter.ts): one line
// `file:line:column: severity rule-id (lang): message (expected: …; found: …)`, and its exit code
// follows from what it reported (src/cli/exit-code.ts).
import { mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { commandFinding } from '../../src/report/command-finding.js';
import { formatFinding } from '../../src/report/finding-reporter.js';
import { exitCodeFor, outcomeOf } from '../../src/cli/exit-code.js';
import { repoRoot } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';

const fixture = join(repoRoot, 'tests', 'fixtures', 'review-history');
const EDITED_OLD = 'The policy of non-recognition lasted almost 16 years.';
const EDITED_NEW = 'The policy of non-recognition lasted for almost sixteen years.';
/** The one line layout, with its parts captured. */
const LINE =
  /^(?<file>[^\s:]+)(?::(?<line>\d+):(?<column>\d+))?: (?<severity>error|warning|info) (?<rule>[a-z0-9-]+)(?: \((?<lang>[a-z]{2,3}(?:-[A-Za-z0-9]+)?)\))?: (?<message>.+?)(?: \(expected: (?<expected>.+?); found: (?<actual>.+)\))?$/;

function findings(output: string): Array<Record<string, string | undefined>> {
  return output
    .split('\n')
    .filter(Boolean)
    .flatMap((line) => {
      const match = LINE.exec(line);
      return match?.groups ? [{ ...match.groups }] : [];
    });
}

describe('one reporter for every command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'diglot-findings-'));
  const en = join(dir, 'content', 'en', 'brief.md');
  const ru = join(dir, 'content', 'ru', 'brief.md');

  beforeAll(async () => {
    mkdirSync(join(dir, 'content', 'en'), { recursive: true });
    mkdirSync(join(dir, 'content', 'ru'), { recursive: true });
    writeFileSync(join(dir, 'diglot.config.yaml'), 'sourceLanguage: en\ntargetLanguages: [ru]\n');
    writeFileSync(en, readFileSync(join(fixture, 'en.md')));
    writeFileSync(ru, readFileSync(join(fixture, 'ru.md')));
    expect((await runCli(['lock'], dir)).code).toBe(0);
  });

  it('lock --check: a stale pair is an error with place, language, expected and found; exit 1', async () => {
    writeFileSync(en, readFileSync(en, 'utf8').replace(EDITED_OLD, EDITED_NEW));
    const { code, stdout } = await runCli(['lock', '--check'], dir);
    expect(code).toBe(1);
    const stale = findings(stdout).filter((f) => f.rule === 'lock-stale');
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatchObject({
      file: 'content/en/brief.md',
      severity: 'error',
      lang: 'ru',
      expected: 'the English the translation was made from',
      actual: 'changed English',
    });
    expect(Number(stale[0]?.line)).toBeGreaterThan(1);
    expect(readFileSync(en, 'utf8').split('\n')[Number(stale[0]?.line) - 1]).toContain(EDITED_NEW);
  });

  it('update and lock: a missing translation file is the same warning in both; exit 0', async () => {
    const away = join(dir, 'brief.ru.md');
    renameSync(ru, away);
    try {
      const update = await runCli(['update', '--dry-run'], dir);
      const lock = await runCli(['lock'], dir);
      for (const run of [update, lock]) {
        expect(run.code).toBe(0);
        expect(findings(run.stderr)).toEqual([
          expect.objectContaining({ file: 'content/ru/brief.md', severity: 'warning', rule: 'translation-file-missing', lang: 'ru', actual: 'no such file' }),
        ]);
      }
      const check = await runCli(['lock', '--check'], dir);
      expect(check.code).toBe(1);
      expect(findings(check.stdout)).toContainEqual(
        expect.objectContaining({
          file: 'content/ru/brief.md',
          severity: 'error',
          rule: 'lock-target-missing',
          lang: 'ru',
          expected: 'the file the lock records 13 pairs of',
        }),
      );
    } finally {
      renameSync(away, ru);
    }
  });

  it("import: a skipped unit is a warning on the exchange file in the file's language; exit 0", async () => {
    const po = (await runCli(['export', 'content/en/brief.md', '--format', 'po'], dir)).stdout;
    // A white-space-only translation is skipped, never written over the paragraph.
    const emptied = po.replace(/(msgid "[^"\n]+"\nmsgstr ")[^"\n]+(")/, '$1   $2');
    expect(emptied).not.toBe(po);
    writeFileSync(join(dir, 'back.po'), emptied);
    const { code, stderr } = await runCli(['import', 'back.po', '--dry-run'], dir);
    expect(code).toBe(0);
    expect(findings(stderr)).toContainEqual(expect.objectContaining({ file: 'back.po', severity: 'warning', rule: 'import-skipped', lang: 'ru' }));
  });

  it('build: a refused image is an image-refused error; exit 1', async () => {
    writeFileSync(en, `${readFileSync(en, 'utf8')}\n![A chart](chart.png)\n`);
    // A FIFO is not a regular file: the build refuses to read it.
    const { spawnSync } = await import('node:child_process');
    const made = spawnSync('mkfifo', [join(dir, 'content', 'en', 'pipe.png')]);
    if (made.status !== 0) throw new Error('mkfifo is needed for this test');
    writeFileSync(en, readFileSync(en, 'utf8').replace('chart.png', 'pipe.png'));
    const { code, stderr } = await runCli(['build', '--no-cache'], dir);
    expect(code).toBe(1);
    expect(findings(stderr)).toContainEqual(expect.objectContaining({ severity: 'error', rule: 'image-refused', expected: 'a regular file' }));
  });
});

describe('the finding model and the exit code', () => {
  it('one line per finding, whatever is known of its place', () => {
    expect(
      formatFinding(
        commandFinding({
          ruleId: 'import-conflict',
          severity: 'error',
          message: 'Conflict in unit `u-1`',
          file: 'a.po',
          line: 25,
          column: 1,
          lang: 'uk',
          expected: 'the translation as exported',
          actual: 'now "A"',
        }),
      ),
    ).toBe('a.po:25:1: error import-conflict (uk): Conflict in unit `u-1` (expected: the translation as exported; found: now "A")');
    expect(formatFinding(commandFinding({ ruleId: 'cache-ignored', severity: 'warning', message: 'Ignoring the cache' }))).toBe(
      'diglot: warning cache-ignored: Ignoring the cache',
    );
    expect(formatFinding(commandFinding({ ruleId: 'import-unstamped', severity: 'info', message: 'No stamps', file: 'b.po' }))).toBe(
      'b.po: info import-unstamped: No stamps',
    );
  });

  it('errors → 1, warnings → 0 or 1 with --frail, info never counts', () => {
    const error = commandFinding({ ruleId: 'a', severity: 'error', message: 'm' });
    const warning = commandFinding({ ruleId: 'b', severity: 'warning', message: 'm' });
    const info = commandFinding({ ruleId: 'c', severity: 'info', message: 'm' });
    expect(exitCodeFor(outcomeOf([warning, info]))).toBe(0);
    expect(exitCodeFor(outcomeOf([warning, info], true))).toBe(1);
    expect(exitCodeFor(outcomeOf([info], true))).toBe(0);
    expect(exitCodeFor(outcomeOf([error]))).toBe(1);
  });
});
