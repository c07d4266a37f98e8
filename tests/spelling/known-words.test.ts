import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPair } from '../../src/check/check-pair.js';
import { createTermLookup, loadTermLookup, type TermLookup } from '../../src/check/term-lookup.js';
import { spelling } from '../../src/rules/spelling.js';
import { parseWordList } from '../../src/spelling/known-words.js';
import { repoRoot, sharedRoot } from '../check/fixture-helpers.js';

const article = 'us-ussr-recognition-1933.md';
const read = (path: string): string => readFileSync(path, 'utf8');

function spellingFindings(en: string, target: string, lang: string, terms?: TermLookup): string[] {
  const file = checkPair({ file: 'en.md', markdown: en, lang: 'en' }, { file: `${lang}.md`, markdown: target, lang }, { rules: [spelling], terms });
  return file.messages.filter((m) => m.ruleId === 'spelling').map((m) => m.actual ?? '');
}

describe('spelling: known words', () => {
  const en = read(`${repoRoot}content/en/${article}`);
  const ru = read(`${repoRoot}content/ru/${article}`);

  it('the Russian article is clean with the project glossary and word list', async () => {
    const terms = await loadTermLookup(`${repoRoot}glossary`);
    expect(terms?.words).toEqual(parseWordList(read(`${repoRoot}glossary/words.txt`)));
    expect(spellingFindings(en, ru, 'ru', terms)).toEqual([]);
  });

  it('glossary forms and the word list are what keeps it clean', async () => {
    const terms = (await loadTermLookup(`${repoRoot}glossary`)) as TermLookup;
    const withoutList = spellingFindings(en, ru, 'ru', createTermLookup(terms.forms));
    expect(withoutList.length).toBeGreaterThan(0);
    for (const word of withoutList) expect(terms.words).toContain(word);
    // Without the glossary, names the dictionary lacks (`Рузвельт` starting a sentence) are flagged.
    expect(spellingFindings(en, ru, 'ru')).toContain('Рузвельт');
  });

  it('words of the source document (names, product names, code) are known in the translation', () => {
    for (const lang of ['de', 'pl']) {
      const source = read(`${sharedRoot}corpora/md-12factor/en/codebase.md`);
      const target = read(`${sharedRoot}corpora/md-12factor/${lang}/codebase.md`);
      const alone = spellingFindings('', target, lang);
      const paired = spellingFindings(source, target, lang);
      expect(paired.length).toBeLessThan(alone.length / 2);
      for (const word of paired) expect(alone).toContain(word);
      const fromSource = alone.filter((w) => !paired.includes(w));
      expect(fromSource.every((w) => source.toLowerCase().includes(w.toLowerCase()))).toBe(true);
    }
  });

  it('parses a word list: one word a line, `#` comments', () => {
    expect(parseWordList('# head\nНаркоминдел   # glossary spelling\n\nSaaS\n')).toEqual(['Наркоминдел', 'SaaS']);
  });
});
