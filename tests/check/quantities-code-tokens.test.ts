import { describe, expect, it } from 'vitest';
import { checkPair } from '../../src/check/check-pair.js';
import { extractQuantities } from '../../src/check/numbers/extract-quantities.js';
import { isCodeLike } from '../../src/check/numbers/mask-code-tokens.js';
import { only } from './fixture-helpers.js';

const keys = (text: string, lang: string) => extractQuantities(text, lang).map((q) => q.key);

describe('extractQuantities: code-like tokens are not quantities', () => {
  it.each([
    ['build 117B9c passed', 'en'],
    ['sha 4e117b0', 'en'],
    ['commit 117b0c4', 'en'],
    ['hex 0x1F and 1e10', 'en'],
    ['version 2.1.0', 'en'],
    ['v1.2.3', 'en'],
    ['release 1.2.3-beta.1', 'en'],
    ['utf8, x86_64, ES2015, h264', 'en'],
    ['config.v2.json', 'en'],
    ['^1.2.0 or >=4.0.0 or 1.x', 'en'],
    ['192.168.0.1', 'en'],
    ['localhost:8080', 'en'],
    ['127.0.0.1:3000', 'en'],
    ['версия 2.1.0 и сборка 4e117b0', 'ru'],
    ['Version 2.1.0 auf localhost:8080', 'de'],
  ])('%s (%s) holds no quantity', (text, lang) => {
    expect(keys(text, lang)).toEqual([]);
  });

  it.each([
    ['$150 million next to v2.1.0', 'en', ['number:150000000']],
    ['117 billion (sha 4e117b0)', 'en', ['number:117000000000']],
    ['a 117B budget', 'en', ['number:117000000000']],
    ['2.1 % after 2.1.0', 'en', ['percent:2.1']],
    ['3,5 млн в версии 2.1.0', 'ru', ['number:3500000']],
    ['1.234,5 Euro für 1.2.3', 'de', ['number:1234.5']],
    ['1.234.567 Nutzer', 'de', ['number:1234567']],
    ["über 40'000 Projekte", 'de', ['number:40000']],
    ['16th, 1930s, 5MB, 1933г', 'ru', ['number:16', 'number:1930', 'number:5', 'number:1933']],
    ['at 10:30, scale 1:1000, 1923-1932', 'en', ['time:10:30', 'number:1', 'number:1000', 'number:1923', 'number:1932']],
    ['COVID-19 in 2020.', 'en', ['number:19', 'number:2020']],
  ])('%s (%s) keeps its real quantities', (text, lang, expected) => {
    expect(keys(text, lang)).toEqual(expected);
  });

  it('a dotted chain is code unless it is one number grouped the locale way', () => {
    expect(isCodeLike('1.234.567', ['.'])).toBe(false);
    expect(isCodeLike('1.234.567', [','])).toBe(true);
    expect(isCodeLike('10.1.20', ['.'])).toBe(true);
    expect(isCodeLike('2.1', [','])).toBe(false);
  });
});

describe('number-mismatch ignores code-like tokens and still compares the quantities beside them', () => {
  const check = (en: string, ru: string) =>
    checkPair({ file: 'en.md', markdown: en, lang: 'en' }, { file: 'ru.md', markdown: ru, lang: 'ru' }, { severities: only('number-mismatch') }).messages.map(
      (m) => m.reason,
    );

  it('a build id and a version are not amounts', () => {
    expect(check('Build 117B9c of version 2.1.0 costs $150 million.\n', 'Сборка 117B9c версии 2.1.0 стоит 150 млн долларов.\n')).toEqual([]);
    expect(check('Fixed in 4e117b0 (v1.2.3).\n', 'Исправлено в 4e117b0 (v1.2.3).\n')).toEqual([]);
  });

  it('a changed amount next to a version is still reported', () => {
    expect(check('Version 2.1.0 raised $150 million.\n', 'Версия 2.1.0 привлекла 160 млн долларов.\n')).toHaveLength(1);
  });
});
