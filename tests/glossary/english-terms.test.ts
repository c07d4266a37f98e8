import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTermIndex, type TermIndex } from '../../src/glossary/build-term-index.js';
import { compileGlossary } from '../../src/glossary/compile-glossary.js';
import { loadGlossary } from '../../src/glossary/load-glossary.js';
import { findEnglishTerms } from '../../src/glossary/match-terms.js';

const fixture = fileURLToPath(new URL('../fixtures/glossary-match/glossary/', import.meta.url));
let index: TermIndex;
beforeAll(async () => {
  index = buildTermIndex(await compileGlossary(loadGlossary(fixture)));
});

const spans = (text: string) => findEnglishTerms(index, text).map((h) => `${h.entryId}: ${text.slice(h.start, h.end)}`);

describe('English terms', () => {
  it('matches case-insensitively, plurals and possessives', () => {
    expect(spans('Two notes verbales and a Note Verbale.')).toEqual(['note-verbale: notes verbales', 'note-verbale: Note Verbale']);
    expect(spans("Litvinov's reply reached the UNITED STATES.")).toEqual(['litvinov: Litvinov', 'united-states: UNITED STATES']);
  });

  it('matches initials with or without a space, longest form first', () => {
    expect(spans('M.M. Litvinov, M. M. Litvinov and Maxim Litvinov met Hull.')).toEqual([
      'litvinov: M.M. Litvinov',
      'litvinov: M. M. Litvinov',
      'litvinov: Maxim Litvinov',
      'hull: Hull',
    ]);
  });

  it('needs a capital where the glossary has one, and whole words', () => {
    expect(spans('The hull of the ship; Hullabaloo; Kirovsk; the comintern')).toEqual([]);
    expect(spans('{1}People’s Commissar{/1} for Foreign Affairs')).toEqual([]);
    expect(spans("{1}People's Commissar for Foreign Affairs{/1}{2/}")).toEqual(["narkomindel: People's Commissar for Foreign Affairs"]);
  });
});

describe('one hit per entry', () => {
  it('when two spellings of an entry match alike', async () => {
    const { parseGlossaryText } = await import('../../src/glossary/load-glossary.js');
    const entries = parseGlossaryText('- id: nv\n  kind: term\n  en: ["note verbale", "notes verbales"]\n  ru: { term: вербальная нота }\n', 'g.yaml');
    const local = buildTermIndex(await compileGlossary({ entries, sources: {} }));
    expect(findEnglishTerms(local, 'two notes verbales')).toEqual([{ entryId: 'nv', form: 'note verbale', start: 4, end: 18 }]);
  });
});

describe('spellings that differ only in capitals', () => {
  it('require a capital only where every spelling has one', async () => {
    const { parseGlossaryText } = await import('../../src/glossary/load-glossary.js');
    const glossary = parseGlossaryText(
      '- id: provisional-government\n  kind: term\n  en: ["Provisional Government", "provisional government"]\n  ru: { term: "Временное правительство" }\n',
      'caps.yaml',
    );
    const idx = buildTermIndex(await compileGlossary({ entries: glossary, sources: {} }));
    const found = (text: string) => findEnglishTerms(idx, text).map((h) => text.slice(h.start, h.end));
    expect(found('debts of the provisional government')).toEqual(['provisional government']);
    expect(found('the Provisional Government fell')).toEqual(['Provisional Government']);
  });
});
