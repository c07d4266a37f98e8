import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { inflectHunspellTerm } from '../../src/glossary/hunspell/inflect-hunspell-term.js';
import { loadHunspell, type Hunspell } from '../../src/glossary/hunspell/load-hunspell.js';
import { morphologyProfile } from '../../src/glossary/hunspell/morphology-profiles.js';
import { wordForms } from '../../src/glossary/hunspell/word-forms.js';

const corpora = fileURLToPath(new URL('../../../shared/corpora/', import.meta.url));
const FLORES: Record<string, string> = { pl: 'pol_Latn', de: 'deu_Latn', fr: 'fra_Latn' };

/** Every line of the language's 12factor translation and of FLORES-200 devtest. */
function corpusText(lang: string): string {
  const dir = `${corpora}md-12factor/${lang}/`;
  const files = readdirSync(dir).map((f) => readFileSync(dir + f, 'utf8'));
  return [...files, readFileSync(`${corpora}flores200-devtest/${FLORES[lang]}.devtest`, 'utf8')].join('\n');
}

/**
 * Per language: a term as a glossary writes it, noun phrases of it that real sentences of
 * 12factor or FLORES-200 contain (they must be generated), and combinations of the words' own
 * dictionary forms that do not agree (they must not be).
 */
const CASES: Array<{ lang: string; term: string; real: string[]; wrong: string[] }> = [
  { lang: 'pl', term: 'Stany Zjednoczone', real: ['Stanach Zjednoczonych', 'Stanów Zjednoczonych'], wrong: ['Stanach Zjednoczonym', 'Stany Zjednoczonych', 'Stanów Zjednoczone'] },
  { lang: 'pl', term: 'usługi wspierające', real: ['usług wspierających', 'usługami wspierającymi', 'usługi wspierającej', 'Usługą wspierającą', 'Usługa wspierająca'], wrong: ['usługami wspierającej', 'usług wspierającymi', 'usługi wspierającymi', 'usługą wspierającej'] },
  { lang: 'pl', term: 'wojna światowa', real: ['wojny światowej'], wrong: ['wojny światowych', 'wojną światowej', 'wojnami światowej'] },
  { lang: 'pl', term: 'Morze Śródziemne', real: ['Morza Śródziemnego'], wrong: ['Morzu Śródziemnego', 'Morzem Śródziemnego', 'Morze Śródziemnego'] },
  { lang: 'pl', term: 'Unia Europejska', real: ['Unii Europejskiej'], wrong: ['Unii Europejskiego', 'Unią Europejskiej', 'Unie Europejskiej'] },
  { lang: 'pl', term: 'nowy program', real: ['nowego programu'], wrong: ['nowego programem', 'nowy programu', 'nowej programu', 'nowego program'] },
  { lang: 'de', term: 'Vereinigte Staaten', real: ['Vereinigten Staaten'], wrong: ['Vereinigtes Staaten', 'Vereinigtem Staaten'] },
  { lang: 'de', term: 'Europäische Union', real: ['Europäischen Union'], wrong: ['Europäisches Union', 'Europäischem Union'] },
  { lang: 'de', term: 'Kalter Krieg', real: ['Kalte Krieg'], wrong: ['Kaltes Krieg', 'Kalter Kriegen', 'Kaltem Kriegs', 'Kalte Kriegen'] },
  { lang: 'de', term: 'unterstützende Dienste', real: ['unterstützenden Diensten', 'unterstützender Dienst', 'unterstützenden Dienstes', 'unterstützende Dienst'], wrong: ['unterstützender Diensten', 'unterstützendem Dienstes', 'unterstützende Diensten', 'unterstützende Dienstes'] },
  { lang: 'fr', term: 'services externes', real: ['service externe', 'services externes'], wrong: ['services externe', 'service externes'] },
  { lang: 'fr', term: 'sécurité nationale', real: ['sécurité nationale'], wrong: ['sécurité national', 'sécurités nationale', 'sécurité nationaux', 'sécurité nationales'] },
  { lang: 'fr', term: 'sanction internationale', real: ['sanctions internationales'], wrong: ['sanctions internationale', 'sanctions internationaux', 'sanction internationales'] },
  { lang: 'fr', term: 'Seconde Guerre mondiale', real: ['Seconde Guerre mondiale'], wrong: ['Seconde Guerre mondial', 'Seconde Guerres mondiale', 'Seconde Guerre mondiales'] },
];

/** The examples of the issue, with the forms it names. */
const ISSUE: Array<{ lang: string; term: string; real: string[]; wrong: string[] }> = [
  { lang: 'pl', term: 'nota werbalna', real: ['noty werbalnej', 'notą werbalną', 'notami werbalnymi', 'notach werbalnych'], wrong: ['notami werbalnej', 'noty werbalnym'] },
  { lang: 'de', term: 'Provisorische Regierung', real: ['Provisorischen Regierung', 'Provisorische Regierung', 'Provisorischen Regierungen'], wrong: ['Provisorisches Regierung', 'Provisorischem Regierung', 'Provisorisches Regierungen'] },
  { lang: 'fr', term: 'note verbale', real: ['notes verbales'], wrong: ['notes verbale', 'note verbales', 'note verbal'] },
];

const dicts: Record<string, Hunspell> = {};
const text: Record<string, string> = {};
beforeAll(async () => {
  for (const lang of ['pl', 'de', 'fr']) {
    dicts[lang] = (await loadHunspell(lang)) as Hunspell;
    text[lang] = corpusText(lang);
  }
}, 60_000);

const formsOf = (lang: string, term: string): Set<string> => new Set(inflectHunspellTerm(dicts[lang] as Hunspell, term, morphologyProfile(lang)).forms.map((f) => f.form));

/** Whether free combination would give the phrase: each of its words is a form of the term's word. */
function freelyCombined(lang: string, term: string, phrase: string): boolean {
  const words = term.split(' ');
  return phrase.split(' ').every((w, k) => wordForms(dicts[lang] as Hunspell, words[k] as string, morphologyProfile(lang)).forms.includes(w.toLowerCase()));
}

describe.each([...CASES, ...ISSUE])('agreement of $lang «$term»', ({ lang, term, real, wrong }) => {
  it('generates the agreeing forms', () => {
    const forms = formsOf(lang, term);
    // A sentence may open with the phrase: a lower-case term is matched with a capital there too.
    for (const phrase of real) expect(forms, phrase).toContain(/^\p{Ll}/u.test(term) ? phrase.charAt(0).toLowerCase() + phrase.slice(1) : phrase);
  });

  it('never generates a combination that does not agree (though its words are the term’s forms)', () => {
    const forms = formsOf(lang, term);
    for (const phrase of wrong) {
      expect(freelyCombined(lang, term, phrase), `${phrase} is made of the words’ dictionary forms`).toBe(true);
      expect(forms, phrase).not.toContain(phrase);
    }
  });
});

describe('real text', () => {
  it.each(CASES)('$lang: the agreeing phrases of «$term» are in 12factor or FLORES-200', ({ lang, real }) => {
    for (const phrase of real) expect(text[lang], phrase).toMatch(new RegExp(`(?<![\\p{L}])${phrase}(?![\\p{L}])`, 'u'));
  });
});

describe('readings and bounds', () => {
  it('tags Polish and German forms with case and number, French ones not', () => {
    const tags = (lang: string, term: string, form: string): string[] =>
      inflectHunspellTerm(dicts[lang] as Hunspell, term, morphologyProfile(lang)).forms.filter((f) => f.form === form).map((f) => f.tag);
    expect(tags('pl', 'nota werbalna', 'noty werbalnej')).toEqual(['gent sing']);
    expect(tags('pl', 'nota werbalna', 'noty werbalne').sort()).toEqual(['accs plur', 'nomn plur', 'voct plur']);
    expect(tags('de', 'Kalter Krieg', 'Kalten Kriegs')).toEqual(['gent sing']);
    expect(tags('fr', 'note verbale', 'notes verbales')).toEqual(['']);
  });

  it('keeps a long term whole, with no cap note, and honours `number`', () => {
    const long = inflectHunspellTerm(dicts.pl as Hunspell, 'nowa międzynarodowa konferencja gospodarcza', morphologyProfile('pl'));
    expect(long.review).toEqual([]);
    expect(long.forms.map((f) => f.form)).toContain('nowymi międzynarodowymi konferencjami gospodarczymi');
    const singular = inflectHunspellTerm(dicts.pl as Hunspell, 'nota werbalna', morphologyProfile('pl'), { number: 'singular' }).forms.map((f) => f.form);
    expect(singular).toContain('notą werbalną');
    expect(singular).not.toContain('notami werbalnymi');
  });

  it('leaves the words after the head as written', () => {
    expect([...formsOf('pl', 'źródło kodu')]).not.toContain('źródła kodem');
    expect([...formsOf('pl', 'źródło kodu')]).toContain('źródłami kodu');
    expect([...formsOf('fr', 'base de code')].sort()).toEqual(['base de code', 'bases de code']);
    // `danych` looks like an adjective but does not agree with `baza`: a complement (12factor pl/backing-services.md).
    expect(text.pl).toContain('bazę danych');
    expect([...formsOf('pl', 'baza danych')]).toEqual(expect.arrayContaining(['bazę danych', 'bazy danych', 'bazami danych']));
    expect([...formsOf('pl', 'baza danych')]).not.toContain('bazami danymi');
  });
});
