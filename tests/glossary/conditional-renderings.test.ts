// Conditional renderings, context-restricted English triggers, declined hand forms,
// singular-only nouns and coordinated phrases (docs/glossary.md, «Renderings by context»),
// on a small glossary (tests/fixtures/glossary-conditional) and short passages of the article.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPair } from '../../src/check/check-pair.js';
import { RULE_DEFAULTS } from '../../src/check/rule-severities.js';
import { createTermLookup, type TermLookup } from '../../src/check/term-lookup.js';
import type { RuleId } from '../../src/check/types.js';
import { buildTermIndex } from '../../src/glossary/build-term-index.js';
import { compileGlossary } from '../../src/glossary/compile-glossary.js';
import { loadGlossary, parseGlossaryText } from '../../src/glossary/load-glossary.js';
import { findEnglishTerms, matchTerms } from '../../src/glossary/match-terms.js';
import { conditionHolds } from '../../src/glossary/rendering-context.js';
import type { FormsFile, TermHit } from '../../src/glossary/types.js';

const dir = fileURLToPath(new URL('../fixtures/glossary-conditional/', import.meta.url));
let forms: FormsFile;
let terms: TermLookup;
beforeAll(async () => {
  forms = await compileGlossary(loadGlossary(dir));
  terms = createTermLookup(forms);
});
const ru = (id: string) => forms.entries[id]?.targets.ru;
const approved = (id: string) => Object.keys(ru(id)?.approved ?? {});

/** The messages of the glossary rules on a pair of Markdown texts, `line:rule: reason`. */
function check(en: string, ruText: string, rules: RuleId[] = ['term-missing', 'term-inconsistent', 'term-forbidden']): string[] {
  const severities = { ...RULE_DEFAULTS };
  for (const id of Object.keys(severities) as RuleId[]) severities[id] = rules.includes(id) ? 'error' : 'off';
  const file = checkPair({ file: 'en.md', markdown: en, lang: 'en' }, { file: 'ru.md', markdown: ruText, lang: 'ru' }, { severities, terms });
  return file.messages.map((m) => `${m.line ?? 0}:${m.ruleId ?? ''}: ${m.reason}`);
}

describe('the YAML syntax of conditional renderings and triggers', () => {
  it('reads renderings, their conditions, context-restricted triggers and `number`', () => {
    const [us, page, nep] = parseGlossaryText(
      [
        '- id: us',
        '  kind: invariant',
        '  en: ["U.S."]',
        '  ru: { term: США, renderings: [{ term: Соединенные Штаты, when: { case: ablt } }] }',
        '- id: page',
        '  kind: invariant',
        '  en: [Page, { form: P., when: notes }]',
        '  ru: { term: С. }',
        '- id: nep',
        '  kind: term',
        '  en: [NEP]',
        '  ru: { term: нэп, number: singular }',
      ].join('\n'),
      'g.yaml',
    );
    expect(us?.targets['ru']?.renderings).toEqual([{ term: 'Соединенные Штаты', when: { case: ['ablt'] } }]);
    expect(page?.en).toEqual(['Page', 'P.']);
    expect(page?.enWhen).toEqual({ 'P.': { in: 'notes' } });
    expect(nep?.targets['ru']?.number).toBe('singular');
  });

  it('refuses a bad condition at file:line:column, saying what it expected', () => {
    const entry = (ru: string) => `- id: x\n  kind: term\n  en: [x]\n  ru: ${ru}\n`;
    const error = (text: string): string => {
      try {
        parseGlossaryText(text, 'g.yaml');
      } catch (e) {
        return String(e);
      }
      return 'no error';
    };
    expect(error(entry('{ term: икс, renderings: [{ term: игрек, when: { case: instrumental } }] }'))).toBe('g.yaml:4:62: Unexpected `instrumental`, expected a case: `nomn`, `gent`, `datv`, `accs`, `ablt`, `loct`');
    expect(error(entry('{ term: икс, renderings: [{ term: игрек, when: { where: notes } }] }'))).toBe('g.yaml:4:56: Unexpected `where`, expected one of `in`, `at`, `after`, `before`, `case` in `when`');
    expect(error(entry('{ term: икс, renderings: [{ term: игрек }] }'))).toBe('g.yaml:4:33: Unexpected a rendering without it, expected `when`, the condition of the rendering');
    expect(error(entry('{ term: икс, number: dual }'))).toBe('g.yaml:4:28: Unexpected string `dual`, expected `singular` or `plural`');
    expect(error('- id: x\n  kind: term\n  en: [{ form: P., when: margins }]\n  ru: { term: икс }\n')).toBe('g.yaml:3:26: Unexpected string `margins`, expected `when`: `notes`, `body` or a mapping of `in`, `at`, `after`, `before`, `case`');
  });
});

describe('compiled forms', () => {
  it('compiles a conditional rendering apart, only in the cases its condition names', () => {
    expect(ru('us')?.approved).toEqual({ 'США': [] });
    expect(ru('us')?.renderings).toEqual([{ term: 'Соединенные Штаты', when: { case: ['ablt'] }, approved: { 'Соединенными Штатами': ['ablt plur'] } }]);
    expect(Object.keys(ru('ambassador')?.renderings?.[0]?.approved ?? {})).toEqual(['посол', 'посла', 'послу', 'послом', 'послы', 'послов', 'послам', 'послами']); // never the locative «после»
  });

  it('declines hand forms like the term and says which forms come from them', () => {
    expect(ru('morgenthau')?.hand).toEqual({ 'Генри Моргентау-младший': ['Генри Моргентау-младшего', 'Генри Моргентау-младшему', 'Генри Моргентау-младшим', 'Генри Моргентау-младшем'] });
    expect(ru('morgenthau')?.approved['Генри Моргентау-младшего']).toEqual(['gent sing', 'accs sing']);
    expect(ru('cpusa')?.hand).toEqual({ 'Компартия США': ['Компартии США', 'Компартию США', 'Компартией США'] });
    expect(ru('nep')?.hand).toEqual({ 'НЭП': ['НЭПа', 'НЭПу', 'НЭПом', 'НЭПе'] });
  });

  it('gives singular-only nouns no plural: no «коллективные безопасности», «ленд-лизы», «нэпы»', () => {
    expect(approved('collective-security')).toEqual(['коллективная безопасность', 'коллективной безопасности', 'коллективную безопасность', 'коллективной безопасностью']);
    expect(approved('lend-lease')).toEqual(['ленд-лиз', 'ленд-лиза', 'ленд-лизу', 'ленд-лизом', 'ленд-лизе']);
    for (const [id, plural] of [['collective-security', 'коллективные безопасности'], ['lend-lease', 'ленд-лизы'], ['nep', 'нэпы']] as const) {
      expect(approved(id)).not.toContain(plural);
      expect(Object.values(ru(id)?.approved ?? {}).flat().some((tag) => tag.endsWith('plur')), id).toBe(false);
    }
  });
});

describe('conditions', () => {
  const at = (text: string, what: string, inNote = true) => ({ text, start: text.indexOf(what), end: text.indexOf(what) + what.length, inNote, lang: 'ru' });
  it('reads `after: name` as a surname with initials, or a glossary person ending just before', () => {
    expect(conditionHolds({ after: 'name' }, at('Иванян Э.\u00A0А. Указ.\u00A0соч. С.\u00A0399.', 'Указ.'))).toBe(true);
    expect(conditionHolds({ after: 'name' }, at('Печатнов В.\u00A0О., Маныкин А.\u00A0С. Указ.\u00A0соч.', 'Указ.'))).toBe(true);
    expect(conditionHolds({ after: 'name' }, at('Там же. Указ.\u00A0соч.', 'Указ.'))).toBe(false);
    const text = 'Статья М.\u00A0М.\u00A0Литвинова. Указ.\u00A0соч.';
    expect(conditionHolds({ after: 'name' }, { ...at(text, 'Указ.'), personEndsAt: (offset) => offset === text.indexOf('Литвинова') + 'Литвинова'.length })).toBe(false); // a full stop between
    expect(conditionHolds({ after: 'name' }, { ...at('Литвинов Указ.', 'Указ.'), personEndsAt: (offset) => offset === 'Литвинов'.length })).toBe(true);
  });

  it('reads `in`, `at`, `before` and `case`', () => {
    expect(conditionHolds({ in: 'body' }, at('Там же', 'Там', false))).toBe(true);
    expect(conditionHolds({ in: 'body' }, at('Там же', 'Там', true))).toBe(false);
    expect(conditionHolds({ at: 'note-start' }, at('См.: Там же.', 'Там'))).toBe(false);
    expect(conditionHolds({ at: 'note-start' }, at('Там же.', 'Там', false))).toBe(false);
    expect(conditionHolds({ before: ['США'] }, at('первым послом США в СССР', 'послом'))).toBe(true);
    expect(conditionHolds({ before: ['США'] }, at('первым послом Великобритании', 'послом'))).toBe(false);
    expect(conditionHolds({ case: ['ablt'] }, { ...at('Штатами', 'Штатами'), tags: ['ablt plur'] })).toBe(true);
    expect(conditionHolds({ case: ['ablt'] }, { ...at('Штатам', 'Штатам'), tags: ['datv plur'] })).toBe(false);
  });
});

describe('matching', () => {
  it('matches both terms of a coordinated phrase with a shared noun', () => {
    const index = buildTermIndex(forms);
    const hits = matchTerms(index, 'отказываясь платить по долгам царского и Временного правительств', 'ru') as TermHit[];
    expect(hits.map((h) => [h.entryId, h.form, h.case])).toEqual([
      ['tsarist-government', 'царского правительства', 'gent'],
      ['provisional-government', 'Временного правительства', 'gent'],
    ]);
    const wars = matchTerms(index, 'между Первой и Второй мировыми войнами', 'ru') as TermHit[];
    expect(wars.map((h) => h.entryId)).toEqual(['world-war-1', 'world-war-2']);
    // Without a conjunction and a modifier of another term, the coordinated form alone is no hit.
    expect(matchTerms(index, 'долги Временного правительств', 'ru')).toEqual([]);
    expect(matchTerms(index, 'долги старого и Временного правительств', 'ru')).toEqual([]);
  });

  it('restricts English triggers to the notes', () => {
    const index = buildTermIndex(forms);
    expect(findEnglishTerms(index, 'M.M. Litvinov. M., 2009. P. 4').map((h) => [h.entryId, h.when])).toEqual([
      ['litvinov', undefined],
      ['moscow-imprint', { in: 'notes' }],
      ['page', { in: 'notes' }],
    ]);
  });
});

describe('the rules with conditional renderings (passages of the article)', () => {
  it('approves «Соединенными Штатами» for U.S. in the instrumental only', () => {
    const en = 'Among the factors that contributed to the recognition of the USSR by the U.S., the following should be mentioned.\n';
    expect(check(en, 'Среди факторов, способствовавших признанию СССР Соединенными Штатами, необходимо назвать следующие.\n')).toEqual([]);
    expect(check(en, 'Среди факторов, способствовавших признанию СССР со стороны США, необходимо назвать следующие.\n')).toEqual([]);
    expect(check(en, 'Среди факторов, которые Соединенные Штаты считали важными, необходимо назвать следующие.\n')).toEqual([
      '1:term-missing: Missing approved term for English `U.S.`, expected `США` in any inflection',
    ]);
  });

  it('approves «Там же» for Op. cit. where it opens a note, «Указ. соч.» after an author, with no inconsistency', () => {
    const en = 'Text.[^5] More.[^11] End.[^14]\n\n[^5]: Op.cit. Page 425.\n\n[^11]: E.A. Ivanian. Op.cit. Page 399.\n\n[^14]: Op.cit. Page 64. V.O. Pechatnov. Op.cit., Page 213.\n';
    const good = 'Текст.[^5] Еще.[^11] Конец.[^14]\n\n[^5]: Там же. С.\u00A0425.\n\n[^11]: Иванян Э.\u00A0А. Указ.\u00A0соч. С.\u00A0399.\n\n[^14]: Там же. С.\u00A064; Печатнов В.\u00A0О. Указ.\u00A0соч. С.\u00A0213.\n';
    expect(check(en, good)).toEqual([]);
    const misplaced = good.replace('[^11]: Иванян Э.\u00A0А. Указ.\u00A0соч.', '[^11]: Иванян Э.\u00A0А. Там же');
    expect(check(en, misplaced)).toEqual(['5:term-missing: Missing approved term for English `Op.cit.`, expected `Указ.\u00A0соч.` in any inflection']);
  });

  it('counts the P. and M. triggers in notes only, never on initials in the text', () => {
    expect(check('M.M. Litvinov and P. Smith met.\n', 'М.\u00A0М.\u00A0Литвинов и П. Смит встретились.\n')).toEqual([]);
    expect(check('Text.[^1]\n\n[^1]: Essays. M., 2009. P. 5.\n', 'Текст.[^1]\n\n[^1]: Очерки. Москва, 2009. С.\u00A05.\n')).toEqual(['3:term-missing: Missing approved term for English `M.`, expected `М.,` in any inflection']);
  });

  it('takes «полпред» and «посол США» in one sentence as context, not competing variants', () => {
    const en = 'A.A. Troyanovsky was the first Soviet ambassador. W. Bullitt was the first ambassador of the U.S.\n\nAnother ambassador came later.\n';
    expect(check(en, 'Первым полпредом СССР был А.\u00A0А.\u00A0Трояновский, первым послом США — У.\u00A0Буллит.\n\nПозже прибыл другой полпред.\n')).toEqual([]);
    expect(check(en, 'Первым полпредом СССР был А.\u00A0А.\u00A0Трояновский, первым послом США — У.\u00A0Буллит.\n\nПозже прибыл другой посол СССР.\n')).toEqual([
      '3:term-forbidden: Unexpected forbidden term `посол СССР`, expected `полпред`',
    ]);
  });

  it('takes a coordinated phrase as the term itself, and inflected hand forms as one variant', () => {
    const en = 'The Provisional Government fell.\n\nThe USSR refused to repay the debts of the Tsarist and Provisional Governments.\n\nThe Communist Party of the USA grew.\n\nThe Communist Party of the USA was banned.\n';
    const ruText = 'Временное правительство пало.\n\nСССР отказывался платить по долгам царского и Временного правительств.\n\nКомпартия США росла.\n\nДеятельность Компартии США запретили.\n';
    expect(check(en, ruText)).toEqual([]);
    expect(check(en, ruText.replace('Деятельность Компартии США', 'Деятельность Коммунистической партии США'))).toEqual([
      '7:term-inconsistent: Unexpected `Коммунистической партии США` for `Communist Party of the USA`, expected `Компартия США` as at line 5',
    ]);
  });
});

describe('term-inconsistent: inflected forms of one rendering are one variant', () => {
  it('in Ukrainian (Hunspell forms, no readings): «Сполученим Штатам» and «Сполучені Штати» agree', async () => {
    const glossary = parseGlossaryText(
      '- id: united-states\n  kind: term\n  en: ["United States"]\n  uk: { term: "Сполучені Штати", forms: ["США"] }\n',
      'uk.yaml',
    );
    const lookup = createTermLookup(await compileGlossary({ entries: glossary, sources: {} }));
    const severities = { ...RULE_DEFAULTS };
    for (const id of Object.keys(severities) as RuleId[]) severities[id] = id === 'term-inconsistent' ? 'error' : 'off';
    const run = (uk: string) =>
      checkPair({ file: 'en.md', markdown: 'The United States waited.\n\nThe United States agreed.\n', lang: 'en' }, { file: 'uk.md', markdown: uk, lang: 'uk' }, { severities, terms: lookup }).messages.map((m) => `${m.line ?? 0}: ${m.reason}`);
    expect(run('Сполучені Штати чекали.\n\nСполученим Штатам це підходило.\n')).toEqual([]);
    expect(run('Сполучені Штати чекали.\n\nСША погодилися.\n')).toEqual(['3: Unexpected `США` for `United States`, expected `Сполучені Штати` as at line 1']);
  });

  it('in Russian: every case of the term, and of a hand form, is its variant', () => {
    const en = 'The Communist Party of the USA grew.\n\nThe Communist Party of the USA was banned.\n\nThe Communist Party of the USA survived.\n';
    expect(check(en, 'Коммунистическая партия США росла.\n\nДеятельность Коммунистической партии США запретили.\n\nКоммунистическая партия США выжила.\n')).toEqual([]);
  });
});
