import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeLanguageTag, sameLanguage } from '../../src/exchange/language-tag.js';
import { SCHEMAS, hashDir, run, tempProject } from './exchange-helpers.js';

// Other tools declare languages as POSIX locales (gettext `Language: ru_RU`) or regional tags
// (`target-language="ru-RU"`): they are the project's `ru`, not another language.
describe('declared languages', () => {
  it('normalises POSIX locale names and tags to canonical BCP 47', () => {
    expect(normalizeLanguageTag('ru_RU')).toBe('ru-RU');
    expect(normalizeLanguageTag(' ru_RU.UTF-8 ')).toBe('ru-RU');
    expect(normalizeLanguageTag('sr_RS@latin')).toBe('sr-Latn-RS');
    expect(normalizeLanguageTag('de_DE@euro')).toBe('de-DE');
    expect(normalizeLanguageTag('RU-ru')).toBe('ru-RU');
    expect(normalizeLanguageTag('es_419')).toBe('es-419');
    expect(normalizeLanguageTag('English')).toBe('English'); // not a tag: kept, and refused by name
    expect(sameLanguage('ru_RU', 'ru')).toBe(true);
    expect(sameLanguage('ru-RU', 'ru')).toBe(true);
    expect(sameLanguage('uk_UA', 'ru')).toBe(false);
  });

  it.each([
    ['po', 'po', (t: string) => t.replace('"Language: ru\\n"', '"Language: ru_RU\\n"')],
    ['xliff12', 'xlf', (t: string) => t.replace('target-language="ru"', 'target-language="ru-RU"')],
    ['xliff2', 'xlf', (t: string) => t.replace('trgLang="ru"', 'trgLang="ru-RU"')],
  ])('imports a %s file declaring ru_RU / ru-RU as Russian', async (format, ext, declare) => {
    const dir = tempProject('exchange-basic');
    const file = join(dir, `ru.${ext}`);
    expect((await run(dir, 'export', 'content/en/sample.md', '--format', format, '--out', file)).code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(declare(text)).not.toBe(text);
    writeFileSync(file, declare(text));
    const before = hashDir(join(dir, 'content'));
    const result = await run(dir, 'import', file, '--dry-run', '--schemas', SCHEMAS);
    expect(result.stderr).not.toMatch(/diglot: /);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/content\/ru\/sample\.md: would change 0, inserted 0, unchanged \d+/);
    expect(hashDir(join(dir, 'content'))).toBe(before);
    // another language is still refused, by name
    writeFileSync(file, declare(text).replace('ru_RU', 'uk_UA').replace('"ru-RU"', '"uk-UA"'));
    const other = await run(dir, 'import', file, '--dry-run', '--schemas', SCHEMAS);
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/it is a translation into `uk-UA`, expected `ru`/);
  });
});
