import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMAS, hashDir, run, tempProject } from './exchange-helpers.js';

const EN = 'content/en/sample.md';
const RU = 'content/ru/sample.md';
const NEW_RU = 'Вопрос о долгах оставался открытым долгие годы.';

/** The Russian file the edits must produce: one word changed, one paragraph inserted, nothing else. */
function expected(original: string): string {
  const edited = original.replace('Калинин ответил *сразу*.', 'Калинин ответил *немедленно*.');
  expect(edited).not.toBe(original);
  return edited.replace('Калинин ответил *немедленно*.\n', `Калинин ответил *немедленно*.\n\n${NEW_RU}\n`);
}

/** A translator's edits, made on the exchange file's text as a CAT tool would. */
const EDITS: Record<string, (text: string) => string> = {
  xliff2: (t) =>
    must(t, 'subType="xlf:i">сразу</pc>', 'subType="xlf:i">немедленно</pc>').replace(
      '<source>The debts question remained open for years.</source></segment>',
      `<source>The debts question remained open for years.</source><target>${NEW_RU}</target></segment>`,
    ),
  xliff12: (t) =>
    must(t, 'ctype="italic">*</bpt>сразу<ept', 'ctype="italic">*</bpt>немедленно<ept').replace(
      '<source>The debts question remained open for years.</source>',
      `<source>The debts question remained open for years.</source>\n        <target state="translated">${NEW_RU}</target>`,
    ),
  po: (t) =>
    must(t, '{1}сразу{/1}', '{1}немедленно{/1}').replace(
      'msgid "The debts question remained open for years."\nmsgstr ""',
      `msgid "The debts question remained open for years."\nmsgstr "${NEW_RU}"`,
    ),
};

function must(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

describe.each(['xliff2', 'xliff12', 'po'])('round trip through %s', (format) => {
  it('writes exactly the edits and leaves every other byte alone', async () => {
    const dir = tempProject('exchange-basic');
    const original = readFileSync(join(dir, RU), 'utf8');
    const out = join(dir, `ru.${format}`);
    expect((await run(dir, 'export', EN, '--format', format, '--lang', 'ru', '--out', out)).code).toBe(0);
    writeFileSync(out, EDITS[format]?.(readFileSync(out, 'utf8')) ?? '');
    const dry = await run(dir, 'import', out, '--dry-run', '--schemas', SCHEMAS);
    expect(dry.stdout).toContain('would change 1, inserted 1, unchanged 6, skipped 0 (nothing written)');
    expect(readFileSync(join(dir, RU), 'utf8')).toBe(original);
    const result = await run(dir, 'import', out, '--schemas', SCHEMAS);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${RU}: changed 1, inserted 1, unchanged 6, skipped 0\n`);
    expect(readFileSync(join(dir, RU), 'utf8')).toBe(expected(original));
    // Importing again changes nothing.
    const again = await run(dir, 'import', out, '--schemas', SCHEMAS);
    expect(again.stdout).toContain('changed 0, inserted 0, unchanged 8, skipped 0 (nothing written)');
  });
});

describe('round trip of the article', () => {
  it.each(['xliff2', 'xliff12', 'po'])('an unedited %s export imports byte for byte', async (format) => {
    const dir = tempProject('article');
    const before = hashDir(join(dir, 'content'));
    const out = join(dir, `ru.${format}`);
    await run(dir, 'export', 'content/en/us-ussr-recognition-1933.md', '--format', format, '--lang', 'ru', '--out', out);
    const result = await run(dir, 'import', out, '--schemas', SCHEMAS);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/changed 0, inserted 0, unchanged (\d+), skipped 0 \(nothing written\)/);
    expect(Number(/unchanged (\d+)/.exec(result.stdout)?.[1])).toBeGreaterThanOrEqual(75);
    expect(hashDir(join(dir, 'content'))).toBe(before);
  });

  it('an edited sentence changes only that sentence', async () => {
    const dir = tempProject('article');
    const ruPath = join(dir, 'content/ru/us-ussr-recognition-1933.md');
    const original = readFileSync(ruPath, 'utf8');
    const out = join(dir, 'ru.xlf');
    await run(dir, 'export', 'content/en/us-ussr-recognition-1933.md', '--lang', 'ru', '--out', out);
    const xlf = readFileSync(out, 'utf8');
    const target = /<target>([^<]{40,})<\/target><\/segment>/.exec(xlf)?.[1] as string;
    expect(target).toBeDefined();
    const replacement = `${target.slice(0, -1)} (правка переводчика).`;
    writeFileSync(out, xlf.replace(`<target>${target}</target>`, `<target>${replacement}</target>`));
    const result = await run(dir, 'import', out, '--schemas', SCHEMAS);
    expect(result.stdout).toMatch(/changed 1, inserted 0/);
    const plain = target.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    expect(original).toContain(plain);
    expect(readFileSync(ruPath, 'utf8')).toBe(original.replace(plain, `${plain.slice(0, -1)} (правка переводчика).`));
  });
});
