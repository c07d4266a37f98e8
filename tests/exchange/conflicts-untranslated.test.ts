import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashDir, run, tempProject } from './exchange-helpers.js';

const ONLY = 'content/en/only.md';
const ONLY_RU = 'content/ru/only.md';
const ENGLISH = '# 1933\n\nThe talks began in October.\n\nThey ended in November.\n';

/** A project with an English-only document. */
function project(): string {
  const dir = tempProject('exchange-basic');
  writeFileSync(join(dir, ONLY), ENGLISH);
  return dir;
}

/** Pre-fill every target with its source, as some CAT tools do. */
function prefill(xliff: string): string {
  return xliff.replace(/<source>([^<]*)<\/source>(?!<target>)/g, '<source>$1</source><target>$1</target>');
}

describe('untranslated units stay untranslated (issue 14, point 2)', () => {
  it('an untouched export of an English-only document writes no target file, in every format', async () => {
    const dir = project();
    for (const format of ['xliff2', 'xliff12', 'po']) {
      const file = `only.${format}`;
      writeFileSync(join(dir, file), (await run(dir, 'export', ONLY, '--format', format)).stdout);
      const before = hashDir(join(dir, 'content'));
      const result = await run(dir, 'import', file, '--no-validate');
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(`${ONLY_RU}: changed 0, inserted 0, unchanged 0, skipped 0 (nothing written)\n`);
      expect(existsSync(join(dir, ONLY_RU))).toBe(false);
      expect(hashDir(join(dir, 'content'))).toBe(before);
    }
  });

  it('targets pre-filled with the source are read as untranslated, with a note; nothing is written', async () => {
    const dir = project();
    for (const format of ['xliff2', 'xliff12']) {
      const file = `prefilled.${format}`;
      const text = prefill((await run(dir, 'export', ONLY, '--format', format)).stdout);
      expect(text).toContain('<target>The talks began in October.</target>');
      writeFileSync(join(dir, file), text);
      const result = await run(dir, 'import', file, '--no-validate');
      expect(result.stderr).toContain(`${file}: warning import-skipped (ru): Skipped unit \``);
      expect(result.stderr).toContain('its target is the English source itself (a target pre-filled by the export or the tool): read as untranslated');
      expect(existsSync(join(dir, ONLY_RU))).toBe(false);
    }
  });

  it('a copy of the English is taken as a translation only for a unit without letters (a number)', async () => {
    const dir = project();
    const text = prefill((await run(dir, 'export', ONLY)).stdout)
      .replace('<target>The talks began in October.</target>', '<target>Переговоры начались в октябре.</target>')
      .replace('<target>They ended in November.</target>', '<target>Они завершились в ноябре.</target>');
    writeFileSync(join(dir, 'some.xlf'), text);
    const result = await run(dir, 'import', 'some.xlf', '--no-validate');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('inserted 3, unchanged 0, skipped 0');
    expect(readFileSync(join(dir, ONLY_RU), 'utf8')).toBe('# 1933\n\nПереговоры начались в октябре.\n\nОни завершились в ноябре.\n');
  });

  it('in an existing translation, a pre-filled target never replaces the translation', async () => {
    const dir = tempProject('exchange-basic');
    const xlf = (await run(dir, 'export', 'content/en/sample.md')).stdout;
    writeFileSync(join(dir, 'back.xlf'), xlf.replace('<target>Переговоры</target>', '<target>The talks</target>'));
    const before = hashDir(join(dir, 'content'));
    const result = await run(dir, 'import', 'back.xlf', '--no-validate');
    expect(result.stderr).toContain(
      'back.xlf: warning import-skipped (ru): Skipped unit `u-96357cc7`: its target is the English source itself (a target pre-filled by the export or the tool): read as untranslated',
    );
    expect(hashDir(join(dir, 'content'))).toBe(before);
  });
});
