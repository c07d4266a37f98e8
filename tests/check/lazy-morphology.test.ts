import { describe, expect, it } from 'vitest';
import { checkPair } from '../../src/check/check-pair.js';
import { findAgreement, needsMorphology } from '../../src/check/typography/numeral-agreement.js';

// No prepareMorphology() anywhere in this file (each test file runs in its own process): the
// agreement check must load the az dictionaries itself instead of silently finding nothing.
describe('numeral agreement without preparation', () => {
  it('needsMorphology: true only for a numeral followed by a lower-case Russian word', () => {
    expect(needsMorphology('Было отправлено 5 ноты.')).toBe(true);
    expect(needsMorphology('5\u00a0нот')).toBe(true);
    expect(needsMorphology('В 1933 г. и в 1934 г.')).toBe(false);
    expect(needsMorphology('Пункт 5, версия 2.0, Статья 3 Устава.')).toBe(false);
    expect(needsMorphology('No numbers here.')).toBe(false);
  });

  it('checkPair flags `5 ноты` with no preparation', () => {
    const en = { file: 'en.md', lang: 'en', markdown: 'Five notes were sent.\n' };
    const ru = { file: 'ru.md', lang: 'ru', markdown: 'Было отправлено 5 ноты.\n' };
    const found = checkPair(en, ru).messages.filter((m) => m.ruleId === 'typography');
    expect(found.map((m) => [m.actual, m.expected, m.line, m.column])).toEqual([['5 ноты', ['5 нот'], 1, 17]]);
  });

  it('findAgreement works directly as well', () => {
    expect(findAgreement('Было отправлено 3 нот и 21 года.').map((i) => i.expected)).toEqual(['3 ноты', '21 год']);
  });
});
