// The inflection audit of the article glossary (docs/glossary.md, «Inflection audit»): the full
// paradigms of the entries the old compiler got wrong, compiled from glossary/article.yaml.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse, lemmaOf, loadMorphology } from '../../src/glossary/az-morph.js';
import { compileGlossary } from '../../src/glossary/compile-glossary.js';
import { declinePerson } from '../../src/glossary/inflect-person.js';
import { inflectTerm } from '../../src/glossary/inflect-term.js';
import { loadGlossary } from '../../src/glossary/load-glossary.js';
import { readForms } from '../../src/glossary/read-forms.js';
import type { FormsFile, Glossary } from '../../src/glossary/types.js';

const dir = fileURLToPath(new URL('../../glossary/', import.meta.url));
let glossary: Glossary;
let forms: FormsFile;
beforeAll(async () => {
  glossary = loadGlossary(dir);
  forms = await compileGlossary(glossary);
});
const ru = (id: string) => forms.entries[id]?.targets.ru;
const SING = ['nomn sing', 'gent sing', 'datv sing', 'accs sing', 'ablt sing', 'loct sing'];

describe('inflection audit of the article glossary', () => {
  it('declines «Первая мировая война» as the ordinal первый, not as один, singular only', () => {
    expect(ru('world-war-1')).toEqual({
      approved: {
        'Первая мировая война': ['nomn sing'],
        'Первой мировой войны': ['gent sing'],
        'Первой мировой войне': ['datv sing', 'loct sing'],
        'Первую мировую войну': ['accs sing'],
        'Первой мировой войной': ['ablt sing'],
      },
      forbidden: {},
      // «Первой и Второй мировых войн»: the coordinated forms with a shared noun, and the singular each stands for.
      coordinated: {
        'Первая мировые войны': 'Первая мировая война',
        'Первой мировых войн': 'Первой мировой войны',
        'Первой мировым войнам': 'Первой мировой войне',
        'Первую мировые войны': 'Первую мировую войну',
        'Первой мировыми войнами': 'Первой мировой войной',
        'Первой мировых войнах': 'Первой мировой войне',
      },
    });
    expect(Object.keys(ru('world-war-2')?.approved ?? {})).toEqual(['Вторая мировая война', 'Второй мировой войны', 'Второй мировой войне', 'Вторую мировую войну', 'Второй мировой войной']);
  });

  it('finds the lemma within the sub-lexeme, where az merges первый into один', async () => {
    await loadMorphology();
    const [parse] = analyse('Первая');
    expect(parse && lemmaOf(parse)).toBe('первый');
    expect(inflectTerm('первый секретарь').forms.map((f) => f.form)).toContain('первыми секретарями');
  });

  it('keeps genitive tails frozen: «Коммунистическая партия США», «Министерство иностранных дел США»', () => {
    expect(ru('cpusa')?.approved).toEqual({
      'Коммунистическая партия США': ['nomn sing'],
      'Коммунистической партии США': ['gent sing', 'datv sing', 'loct sing'],
      'Коммунистическую партию США': ['accs sing'],
      'Коммунистической партией США': ['ablt sing'],
      // The hand form is declined like the term (review finding 32).
      'Компартия США': ['nomn sing'],
      'Компартии США': ['gent sing', 'datv sing', 'loct sing'],
      'Компартию США': ['accs sing'],
      'Компартией США': ['ablt sing'],
    });
    expect(ru('cpusa')?.hand).toEqual({ 'Компартия США': ['Компартии США', 'Компартию США', 'Компартией США'] });
    expect(ru('state-department')?.forbidden).toEqual({
      'Министерство иностранных дел США': ['nomn sing', 'accs sing'],
      'Министерства иностранных дел США': ['gent sing'],
      'Министерству иностранных дел США': ['datv sing'],
      'Министерством иностранных дел США': ['ablt sing'],
      'Министерстве иностранных дел США': ['loct sing'],
    });
    const doctor = Object.entries(ru('doctor-of-history')?.approved ?? {}).map(([form, tags]) => `${form}: ${tags.join(', ')}`);
    expect(doctor).toEqual([
      'доктор исторических наук: nomn sing',
      'доктора исторических наук: gent sing, accs sing, nomn plur',
      'доктору исторических наук: datv sing',
      'доктором исторических наук: ablt sing',
      'докторе исторических наук: loct sing',
      'докторов исторических наук: gent plur, accs plur',
      'докторам исторических наук: datv plur',
      'докторами исторических наук: ablt plur',
      'докторах исторических наук: loct plur',
    ]);
  });

  it('uses the standard plural, not the informal variant: «договоры о ненападении»', () => {
    const approved = Object.keys(ru('non-aggression-pact')?.approved ?? {});
    expect(approved).toContain('советско-германские договоры о ненападении');
    expect(approved).not.toContain('советско-германские договора о ненападении');
  });

  it('writes -ем after ж in the instrumental of foreign names: Кулиджем', () => {
    expect(ru('coolidge')?.approved).toEqual({
      'Кулидж': ['nomn sing'], 'Кулиджа': ['gent sing', 'accs sing'], 'Кулиджу': ['datv sing'], 'Кулиджем': ['ablt sing'], 'Кулидже': ['loct sing'],
      'Калвин Кулидж': ['nomn sing'], 'Калвина Кулиджа': ['gent sing', 'accs sing'], 'Калвину Кулиджу': ['datv sing'], 'Калвином Кулиджем': ['ablt sing'], 'Калвине Кулидже': ['loct sing'],
      'К.\u00A0Кулидж': ['nomn sing'], 'К.\u00A0Кулиджа': ['gent sing', 'accs sing'], 'К.\u00A0Кулиджу': ['datv sing'], 'К.\u00A0Кулиджем': ['ablt sing'], 'К.\u00A0Кулидже': ['loct sing'],
    });
    expect(declinePerson('Джордж Буш', 'male').map((f) => f.form)).toEqual(['Джордж Буш', 'Джорджа Буша', 'Джорджу Бушу', 'Джорджа Буша', 'Джорджем Бушем', 'Джордже Буше']);
    expect(Object.keys(ru('hull')?.approved ?? {}).slice(0, 5)).toEqual(['Хэлл', 'Хэлла', 'Хэллу', 'Хэллом', 'Хэлле']);
    expect(ru('morgenthau')?.approved['Моргентау']).toEqual(SING);
  });

  it('declines the plural-only «Соединенные Штаты» in the plural, spelt as written (е, not ё)', () => {
    expect(ru('united-states')?.approved).toEqual({
      'Соединенные Штаты': ['nomn plur', 'accs plur'],
      'Соединенных Штатов': ['gent plur'],
      'Соединенным Штатам': ['datv plur'],
      'Соединенными Штатами': ['ablt plur'],
      'Соединенных Штатах': ['loct plur'],
    });
  });

  it('gives proper names and the indeclinable «Политбюро» the singular only', () => {
    expect(ru('politburo')?.approved).toEqual({
      'Политбюро': SING,
      'Политическое бюро': ['nomn sing', 'accs sing'],
      'Политического бюро': ['gent sing'],
      'Политическому бюро': ['datv sing'],
      'Политическим бюро': ['ablt sing'],
      'Политическом бюро': ['loct sing'],
    });
    expect(Object.keys(ru('kremlin')?.approved ?? {})).toEqual(['Кремль', 'Кремля', 'Кремлю', 'Кремлем', 'Кремле']);
    for (const id of ['arkhangelsk', 'white-house', 'comintern', 'soviet-union', 'far-east', 'provisional-government']) {
      expect(Object.values(ru(id)?.approved ?? {}).flat().filter((tag) => tag.endsWith('plur')), id).toEqual([]);
    }
    expect(ru('note-verbale')?.approved['вербальные ноты']).toEqual(['nomn plur', 'accs plur']);
    expect(ru('bolsheviks')?.approved['большевиков']).toEqual(['gent plur', 'accs plur']);
  });

  it('has every term and forbidden variant as written among its forms, and no review note', () => {
    for (const entry of glossary.entries) {
      const target = entry.targets['ru'];
      const compiled = ru(entry.id);
      if (!target || !compiled) throw new Error(`no ru target in ${entry.id}`);
      expect(Object.keys(compiled.approved), entry.id).toContain(target.term);
      for (const variant of target.forbidden) expect(Object.keys(compiled.forbidden), entry.id).toContain(variant);
      expect(compiled.review, entry.id).toBeUndefined();
    }
  });

  it('marks for review, instead of guessing, a term the dictionary cannot read as written', async () => {
    await loadMorphology();
    expect(inflectTerm('вербальный нота')).toEqual({
      forms: [{ form: 'вербальный нота', tag: 'nomn' }],
      review: ['`вербальный` does not agree with `нота` in the dictionary: only `вербальный нота` as written will match'],
    });
    expect(inflectTerm('Первые мировые войны').forms.map((f) => f.tag)).toEqual(['nomn plur', 'gent plur', 'datv plur', 'accs plur', 'ablt plur', 'loct plur']);
  });

  it('keeps no hand-added form the compiler generates itself (no stale workarounds)', async () => {
    const bare = { ...glossary, entries: glossary.entries.map((e) => ({ ...e, targets: { ru: { ...(e.targets['ru'] as NonNullable<(typeof e.targets)['ru']>), forms: [] } } })) };
    const generated = await compileGlossary(bare);
    for (const entry of glossary.entries) {
      const own = generated.entries[entry.id]?.targets.ru?.approved ?? {};
      expect((entry.targets['ru']?.forms ?? []).filter((form) => form in own), entry.id).toEqual([]);
    }
  });

  it('is what the checked-in glossary/forms.json holds', () => {
    expect(readForms(`${dir}forms.json`)).toEqual(forms);
  });
});
