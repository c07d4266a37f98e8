import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, SCHEMAS, tempProject } from './exchange-helpers.js';

/** The fixture plus a nested English-only document. */
function project(): string {
  const dir = tempProject('exchange-basic');
  mkdirSync(join(dir, 'content/en/sub'), { recursive: true });
  writeFileSync(join(dir, 'content/en/sub/other.md'), '# Other\n\nThe talks began in October.\n');
  return dir;
}

describe('diglot export without a document exports every document in one run (issue 14, point 3)', () => {
  it('--out <dir>: one file per document and target language, <slug>.<lang>.<ext>, each as the single export', async () => {
    const dir = project();
    const result = await run(dir, 'export', '--out', 'out', '--format', 'po');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('out: 2 files, 2 documents × 1 languages (po)\n');
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['sample.ru.po', 'sub']);
    expect(readFileSync(join(dir, 'out/sample.ru.po'), 'utf8')).toBe((await run(dir, 'export', 'content/en/sample.md', '--format', 'po')).stdout);
    expect(readFileSync(join(dir, 'out/sub/other.ru.po'), 'utf8')).toBe((await run(dir, 'export', 'content/en/sub/other.md', '--format', 'po')).stdout);
    expect((await run(dir, 'export', '--out', 'xl')).code).toBe(0);
    expect(existsSync(join(dir, 'xl/sample.ru.xlf'))).toBe(true);
  });

  it('without --out or --single: a usage error; --single with PO: a usage error', async () => {
    const dir = project();
    const none = await run(dir, 'export');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Expected --out <dir> (or a document, or --single)');
    const po = await run(dir, 'export', '--single', '--format', 'po');
    expect(po.code).toBe(2);
    expect(po.stderr).toContain('Unexpected --single with --format po, expected xliff2 or xliff12');
  });

  it('a document that cannot be read is reported; the others are exported; exit 1', async () => {
    const dir = project();
    writeFileSync(join(dir, 'content/en/bad.md'), 'Bad\u0000text\n');
    const result = await run(dir, 'export', '--out', 'out', '--format', 'po');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /content\/en\/bad\.md: error export-failed \(ru\): Expected a text file, found a NUL byte.*\(not exported\) \(expected: UTF-8 text; found: binary data\)\n/,
    );
    expect(existsSync(join(dir, 'out/sample.ru.po'))).toBe(true);
    expect(existsSync(join(dir, 'out/sub/other.ru.po'))).toBe(true);
  });

  for (const format of ['xliff2', 'xliff12'] as const) {
    it(`--single --format ${format}: one valid XLIFF with a <file> per document, and import takes every document back`, async () => {
      const dir = project();
      const result = await run(dir, 'export', '--single', '--format', format, '--out', 'all.xlf');
      expect(result.code).toBe(0);
      expect(result.stderr).toMatch(/^all\.xlf: 2 documents, \d+ units/);
      let xlf = readFileSync(join(dir, 'all.xlf'), 'utf8');
      expect(xlf.match(/<file /g)).toHaveLength(2);
      expect(xlf).toContain('original="content/en/sample.md"');
      expect(xlf).toContain('original="content/en/sub/other.md"');
      // A translation in each document: an edit in one, a new translation in the other.
      xlf = xlf.replace('>Переговоры</target>', '>Беседы</target>');
      xlf = xlf.replace(/<source>Other<\/source>/, '<source>Other</source><target>Другое</target>');
      xlf = xlf.replace(
        /<source>The talks began in October\.<\/source>/,
        '<source>The talks began in October.</source><target>Переговоры начались в октябре.</target>',
      );
      writeFileSync(join(dir, 'all.xlf'), xlf);
      const back = await run(dir, 'import', 'all.xlf', '--schemas', SCHEMAS);
      expect(back.stderr).toBe('');
      expect(back.code).toBe(0);
      expect(back.stdout).toBe(
        'content/ru/sample.md: changed 1, inserted 0, unchanged 6, skipped 0\ncontent/ru/sub/other.md: changed 0, inserted 2, unchanged 0, skipped 0\n',
      );
      expect(readFileSync(join(dir, 'content/ru/sample.md'), 'utf8')).toContain('## Беседы\n');
      expect(readFileSync(join(dir, 'content/ru/sub/other.md'), 'utf8')).toBe('# Другое\n\nПереговоры начались в октябре.\n');
      const named = await run(dir, 'import', 'all.xlf', '--document', 'content/en/sample.md', '--no-validate');
      expect(named.code).toBe(2);
      expect(named.stderr).toContain('Unexpected --document with `all.xlf`, which holds 2 documents');
    });
  }
});
