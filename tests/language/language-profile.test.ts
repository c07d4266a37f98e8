import { describe, expect, it } from 'vitest';
import { findTypography } from '../../src/check/typography/find-typography.js';
import { profileOf } from '../../src/language/language-profile.js';

describe('language profiles', () => {
  it('give each target its quotes, script, name and number separators', () => {
    expect(profileOf('de').quotes?.primary).toEqual(['„', '“']);
    expect(profileOf('pl').quotes?.primary).toEqual(['„', '”']);
    expect(profileOf('uk').script).toBe('Cyrl');
    expect(profileOf('fr').name).toBe('French');
    expect(profileOf('de').numbers.group).toBe('.');
    expect(profileOf('pl').numbers.groupsFourDigits).toBe(false);
  });

  it('give an unknown language generic rules and say what it lacks', () => {
    expect(profileOf('xx').lacks).toEqual(['quotes', 'dashes', 'number grouping', 'language identification']);
    expect(profileOf('sw').lacks).toContain('quotes');
    expect(profileOf('ru').lacks).toEqual([]);
  });

  it('find typography by the profile', () => {
    expect(findTypography('Er sagte "ja" - und ging.', profileOf('de')).map((i) => i.expected)).toEqual(['„ja“', ' – ']);
    expect(findTypography('Pourquoi ? Il a dit: non!', profileOf('fr')).map((i) => i.actual)).toEqual(['Pourquoi ?', 'dit:', 'non!']);
    expect(findTypography('у 1933 р. М.М. Литвинов', profileOf('uk')).map((i) => i.actual)).toEqual(['1933 р.', 'М.М. Литвинов']);
    expect(findTypography('Es gibt 1,500 Apps.', profileOf('de'), 'There are 1,500 apps.')[0]?.expected).toBe('1.500');
    expect(findTypography('Es gibt "x" - y', profileOf('xx'))).toEqual([]);
  });
});
