import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileGlossary } from '../../src/glossary/compile-glossary.js';
import { formatForms } from '../../src/glossary/format-forms.js';
import { loadGlossary } from '../../src/glossary/load-glossary.js';
import { parseGlossaryText } from '../../src/glossary/load-glossary.js';
import type { FormsFile } from '../../src/glossary/types.js';

const fixture = fileURLToPath(new URL('../fixtures/glossary-match/glossary/', import.meta.url));
let forms: FormsFile;
beforeAll(async () => {
  forms = await compileGlossary(loadGlossary(fixture));
});

const ru = (id: string) => forms.entries[id]?.targets.ru;
const approved = (id: string) => Object.keys(ru(id)?.approved ?? {});

describe('compiling the glossary into forms', () => {
  it('declines male persons by name rules, foreign surnames included', () => {
    expect(ru('hull')?.approved).toMatchObject({ 'Хэлл': ['nomn sing'], 'Хэлла': ['gent sing', 'accs sing'], 'Хэллу': ['datv sing'], 'Хэллом': ['ablt sing'], 'Хэлле': ['loct sing'] });
    expect(approved('bullitt')).toEqual(expect.arrayContaining(['Буллита', 'Буллитом', 'Уильяма Буллита']));
    expect(approved('litvinov')).toEqual(
      expect.arrayContaining(['Литвиновым', 'Максимом Максимовичем Литвиновым', 'Литвиновым Максимом Максимовичем', 'М.\u00A0М.\u00A0Литвиновым']),
    );
    expect(ru('litvinov')?.forbidden['Литвиноффа']).toEqual(['gent sing', 'accs sing']);
  });

  it('keeps foreign female surnames ending in a consonant indeclinable', () => {
    expect(ru('perkins')?.approved).toEqual({ 'Перкинс': ['nomn sing', 'gent sing', 'datv sing', 'accs sing', 'ablt sing', 'loct sing'], 'Фрэнсис Перкинс': ['nomn sing', 'gent sing', 'datv sing', 'accs sing', 'ablt sing', 'loct sing'], 'Ф.\u00A0Перкинс': ['nomn sing', 'gent sing', 'datv sing', 'accs sing', 'ablt sing', 'loct sing'] });
    expect(ru('perkins')?.forbidden['Перкинсовой']).toEqual(['gent sing', 'datv sing', 'ablt sing', 'loct sing']);
  });

  it('inflects adjective + noun terms in all 12 case × number forms', () => {
    expect(ru('note-verbale')?.approved).toEqual({
      'вербальная нота': ['nomn sing'],
      'вербальной ноты': ['gent sing'],
      'вербальной ноте': ['datv sing', 'loct sing'],
      'вербальную ноту': ['accs sing'],
      'вербальной нотой': ['ablt sing'],
      'вербальные ноты': ['nomn plur', 'accs plur'],
      'вербальных нот': ['gent plur'],
      'вербальным нотам': ['datv plur'],
      'вербальными нотами': ['ablt plur'],
      'вербальных нотах': ['loct plur'],
    });
  });

  it('freezes genitive tails and agrees animate accusatives', () => {
    expect(ru('narkomindel')?.approved['народным комиссаром иностранных дел']).toEqual(['ablt sing']);
    expect(ru('narkomindel')?.approved['народных комиссаров иностранных дел']).toEqual(['gent plur', 'accs plur']);
    expect(ru('narkomindel')?.approved['народного комиссара иностранных дел']).toEqual(['gent sing', 'accs sing']);
    expect(ru('cec')?.approved['Центральном исполнительном комитете']).toEqual(['loct sing']);
  });

  it('inflects plural-only terms in the plural, hyphenated prefixes frozen', () => {
    expect(approved('united-states')).toEqual(['Соединённые Штаты', 'Соединённых Штатов', 'Соединённым Штатам', 'Соединёнными Штатами', 'Соединённых Штатах']);
    expect(Object.keys(ru('united-states')?.forbidden ?? {})).toContain('Северо-Американских Соединённых Штатов');
  });

  it('keeps the capitals of abbreviations that decline', () => {
    expect(approved('nep').slice(0, 3)).toEqual(['нэп', 'нэпа', 'нэпу']);
    expect(ru('comintern')?.approved['Коминтерна']).toEqual(['gent sing']);
  });

  it('never inflects invariants', () => {
    expect(ru('vkp-b')).toEqual({ approved: { 'ВКП(б)': [] }, forbidden: { 'ВКПб': [], 'ВКП (б)': [] } });
  });

  it('declines words the dictionary does not know like known words ending the same, for review', async () => {
    const glossary = { entries: parseGlossaryText('- id: nkid\n  kind: term\n  en: [NKID]\n  ru: { term: Наркоминдел }\n', 'g.yaml'), sources: {} };
    const compiled = (await compileGlossary(glossary)).entries['nkid']?.targets.ru;
    expect(compiled?.approved['Наркоминдел']).toContain('nomn sing');
    expect(compiled?.approved['Наркоминдела']).toEqual(['gent sing']);
    expect(compiled?.approved['Наркоминделом']).toEqual(['ablt sing']);
    expect(compiled?.review).toEqual(['`Наркоминдел` is not in the dictionary: declined like known words ending the same (check the forms)']);
  });

  it('leaves a word nothing declines as written, for review', async () => {
    const glossary = { entries: parseGlossaryText('- id: x\n  kind: term\n  en: [X]\n  ru: { term: Щщщщ, forms: [Щщщща] }\n', 'g.yaml'), sources: {} };
    const compiled = (await compileGlossary(glossary)).entries['x']?.targets.ru;
    expect(compiled?.approved).toEqual({ 'Щщщщ': ['nomn'], 'Щщщща': [] });
    expect(compiled?.review?.[0]).toMatch(/^`Щщщщ` is not in the dictionary and no known word declines like it/);
  });

  it('writes a stable, line-per-form JSON file', async () => {
    const text = formatForms(forms);
    expect(JSON.parse(text)).toEqual(forms);
    expect(formatForms(await compileGlossary(loadGlossary(fixture)))).toBe(text);
    expect(text).toContain('\n            "Хэллом": ["ablt sing"],\n');
    expect(Object.keys(forms.entries)).toEqual([...Object.keys(forms.entries)].sort());
  });
});
