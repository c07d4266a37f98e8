import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { registerSentenceRules, splitSentences } from '../../src/segment/split-sentences.js';

/** The sentences of `text` as strings. */
function sentences(text: string, lang: string): string[] {
  return splitSentences(text, lang).map(({ start, end }) => text.slice(start, end));
}

const seed = readFileSync(new URL('../../../shared/seeds/000_e0192cf2345342ab.txt', import.meta.url), 'utf8');
const paragraphs = seed.split(/\n\s*\n/).map((paragraph) => paragraph.trim());

/** The seed paragraph starting with `prefix` (verbatim from the article). */
function paragraph(prefix: string): string {
  const found = paragraphs.find((item) => item.startsWith(prefix));
  if (!found) throw new Error(`No paragraph starting with \`${prefix}\` in the seed`);
  return found;
}

describe('splitSentences: English rules', () => {
  it.each([
    ['initials', 'M.M. Litvinov met F.D. Roosevelt. They talked.', ['M.M. Litvinov met F.D. Roosevelt.', 'They talked.']],
    ['spaced initials', 'John F. Kennedy hired him. Then George W. Bush came.', ['John F. Kennedy hired him.', 'Then George W. Bush came.']],
    ['U.S. before a name', 'The U.S. Secretary of State C. Hull spoke.', ['The U.S. Secretary of State C. Hull spoke.']],
    ['U.S. ending a sentence', 'It was vital in the U.S. Finally, people agreed.', ['It was vital in the U.S.', 'Finally, people agreed.']],
    ['titles', "Mr. Smith and Dr. Jones met at St. Peter's Square.", ["Mr. Smith and Dr. Jones met at St. Peter's Square."]],
    ['Jr.', 'Henry Morgenthau Jr. was there. N. Wayne Hale Jr. said so.', ['Henry Morgenthau Jr. was there.', 'N. Wayne Hale Jr. said so.']],
    ['Op.cit. and PP.', 'Op.cit. PP. 26;28.', ['Op.cit. PP. 26;28.']],
    ['decimals', 'It grew 3.5 times to $1.25 billion. Then it fell.', ['It grew 3.5 times to $1.25 billion.', 'Then it fell.']],
    ['ellipsis in a word run', 'Mike talks a lot...I was getting ready. Fine.', ['Mike talks a lot...I was getting ready.', 'Fine.']],
    ['ellipsis before a capital', 'And so on… The end... Really.', ['And so on…', 'The end...', 'Really.']],
    ['ellipsis before lowercase', 'Wait… what? Yes.', ['Wait… what?', 'Yes.']],
    ['quotes', 'He said, "Stop." Then he left. "Really?" she asked.', ['He said, "Stop."', 'Then he left.', '"Really?" she asked.']],
    [
      'numbered options',
      'Will it be 1. Strategic interaction; 2. Selective cooperation; or 3. Open confrontation? Nobody knows.',
      ['Will it be 1. Strategic interaction; 2. Selective cooperation; or 3. Open confrontation?', 'Nobody knows.'],
    ],
    [
      'a sentence opening with a number',
      'It ended with the reign. 34 per cent agreed. In 1933 it began.',
      ['It ended with the reign.', '34 per cent agreed.', 'In 1933 it began.'],
    ],
    ['a value that only looks like an option', 'The answer is 0 or 1. These are bits.', ['The answer is 0 or 1.', 'These are bits.']],
    ['times and ratios', 'It is 3:2. Many use it. Buses leave at 07:30. As always.', ['It is 3:2.', 'Many use it.', 'Buses leave at 07:30.', 'As always.']],
    [
      'a.m. before a name',
      'It hit at 07:19 a.m. local time (09:19 p.m. GMT). The sea rose.',
      ['It hit at 07:19 a.m. local time (09:19 p.m. GMT).', 'The sea rose.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(sentences(text, 'en')).toEqual(expected);
  });
});

describe('splitSentences: Russian rules', () => {
  it.each([
    ['spaced initials', 'М. М. Литвинов прибыл в Вашингтон. Переговоры начались.', ['М. М. Литвинов прибыл в Вашингтон.', 'Переговоры начались.']],
    ['joined initials', 'Письмо получил М.И. Калинин. Ответ пришёл быстро.', ['Письмо получил М.И. Калинин.', 'Ответ пришёл быстро.']],
    ['г. before a lowercase word', 'В 1933 г. были установлены отношения.', ['В 1933 г. были установлены отношения.']],
    ['г. ending a sentence', 'Это случилось в 1933 г. В ноябре всё решилось.', ['Это случилось в 1933 г.', 'В ноябре всё решилось.']],
    ['гг. before a name', 'В 1960-х гг. Бжезинский работал советником.', ['В 1960-х гг. Бжезинский работал советником.']],
    [
      'т. е. and т. д.',
      'Это т. е. всё. Были долги, займы и т. д. Затем начались переговоры.',
      ['Это т. е. всё.', 'Были долги, займы и т. д.', 'Затем начались переговоры.'],
    ],
    ['С. before a page', 'История США. Т. 3. М., 1985. С. 290.', ['История США. Т. 3. М., 1985. С. 290.']],
    [
      'см., им., проф.',
      'См. Приложение. Университет им. Ломоносова пригласил проф. Иванова.',
      ['См. Приложение.', 'Университет им. Ломоносова пригласил проф. Иванова.'],
    ],
    ['decimals', 'Рост составил 3,5 %. Курс 1.25 не изменился.', ['Рост составил 3,5 %.', 'Курс 1.25 не изменился.']],
    ['guillemets and a dash', '«Ты придёшь?» — спросил он. «Да!» Он пришёл.', ['«Ты придёшь?» — спросил он.', '«Да!»', 'Он пришёл.']],
    ['quoted full stop', 'Он сказал: «Хватит». Потом ушёл.', ['Он сказал: «Хватит».', 'Потом ушёл.']],
    ['ellipsis', 'Луна была как я... Возможно, даже больше… Люблю её.', ['Луна была как я...', 'Возможно, даже больше…', 'Люблю её.']],
    [
      'numbered options',
      'Будет ли это 1. Стратегическое взаимодействие; 2. Избирательное сотрудничество; или 3. Противостояние?',
      ['Будет ли это 1. Стратегическое взаимодействие; 2. Избирательное сотрудничество; или 3. Противостояние?'],
    ],
    [
      'a sentence opening with a number',
      'Копия прибыла в Лондон 10 августа. 25 листовок сохранились.',
      ['Копия прибыла в Лондон 10 августа.', '25 листовок сохранились.'],
    ],
    ['до н. э.', 'Его основали в X веке до н. э. Он процветал.', ['Его основали в X веке до н. э.', 'Он процветал.']],
    [
      'bibliographic note',
      '3. Печатнов В. О., Маныкин А. С. История внешней политики США. – М., 2012. – С. 213.',
      ['3. Печатнов В. О., Маныкин А. С. История внешней политики США. – М., 2012. – С. 213.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(sentences(text, 'ru')).toEqual(expected);
  });
});

describe('splitSentences: placeholders', () => {
  it('keeps a closing code with the sentence before it', () => {
    const text = "{1}Russia's debts.{/1} The Wilson administration explained it.";
    expect(sentences(text, 'en')).toEqual(["{1}Russia's debts.{/1}", 'The Wilson administration explained it.']);
  });

  it('keeps a footnote reference before a full stop inside the sentence', () => {
    const text = 'Relations were established between them{2/}. Many problems remained{3/}.';
    expect(sentences(text, 'en')).toEqual(['Relations were established between them{2/}.', 'Many problems remained{3/}.']);
  });

  it('keeps a footnote reference after a full stop with the sentence before it', () => {
    const text = 'It was signed.{1/} {2}Then{/2} it ended.{3/}';
    expect(sentences(text, 'en')).toEqual(['It was signed.{1/}', '{2}Then{/2} it ended.{3/}']);
  });

  it('treats `{{` as a literal brace and never cuts a code', () => {
    const text = 'Use {{x} here. Then {12}stop{/12}. М. М. {3/}Литвинов пришёл.';
    expect(sentences(text, 'en')).toEqual(['Use {{x} here.', 'Then {12}stop{/12}.', 'М. М. {3/}Литвинов пришёл.']);
  });

  it('returns no span for blank text and one span for codes alone', () => {
    expect(splitSentences('  \n ', 'en')).toEqual([]);
    expect(splitSentences(' {1/} ', 'en')).toEqual([{ start: 1, end: 5 }]);
  });
});

describe('splitSentences: languages', () => {
  it('falls back to Intl.Segmenter for a language without rules', () => {
    expect(sentences('Dr. Weiß kam. Er ging.', 'hu')).toEqual(['Dr.', 'Weiß kam.', 'Er ging.']);
  });

  it('gives a language with learned data (CLDR, corpora) its abbreviations', () => {
    expect(sentences('Dr. Weiß kam. Er ging.', 'de')).toEqual(['Dr. Weiß kam.', 'Er ging.']);
  });

  it('uses the rules of the primary subtag', () => {
    expect(sentences('Mr. Smith left. He came back.', 'en-GB')).toEqual(['Mr. Smith left.', 'He came back.']);
  });

  it('accepts rules registered for a new language', () => {
    registerSentenceRules('nl', { abbreviations: { prefix: ['dhr'] } });
    expect(sentences('Toen kwam dhr. Jansen. Hij bleef.', 'nl')).toEqual(['Toen kwam dhr. Jansen.', 'Hij bleef.']);
  });

  it('rejects a rule that is no valid regex', () => {
    expect(() => registerSentenceRules('xx', { rules: [{ break: false, before: '(', after: '\\s' }] })).toThrow(/Expected a valid sentence rule/);
  });
});

describe('splitSentences: the article (seed, verbatim)', () => {
  /** Expected sentences of each note; a bibliographic reference is one sentence. */
  const notes: Record<number, string[]> = {
    2: ['2. History of the U.S. Volume 3. 1918-1945. M. 1985. Page 290.'],
    3: ['3. V.O. Pecharnov, A.S. Manykin. History of US foreign policy. – M., 2012. – Page 213.'],
    4: [
      '4. Moscow-Washington: policy and diplomacy of the Kremlin, 1921-1941: Collection of documents in three volumes. Volume 2. 1929-1933. – m., 2009. – Page 487.',
    ],
    5: ['5. Op.cit. Page 425.'],
    6: ['6. Op.cit. PP 625-632.'],
    7: ['7. V.V. Sokolov. 50 years of diplomatic relations between the USSR and the U.S. // USA: economy, policy and ideology. 1983. #11. Page 20.'],
    9: ['9. E.A. Ivanian. History of the USA: Manual for Universities. – M., 2004. – Page\u00a0399.'], // NBSP as in the seed
    11: ['11. E.A. Ivanian. Op.cit. Page 399.'],
    13: ['13. Op.cit. PP. 26;28.'],
    14: ['14. Op.cit. Page 64.', 'V.O. Pecharnov, A.S. Manykin. Op.Cit., Page 213.'],
  };

  it('keeps every note of the article to the documented sentences', () => {
    const found = paragraphs.filter((item) => /^\d{1,2}\. /.test(item) && !item.includes('\n'));
    expect(found).toHaveLength(15);
    for (const note of found) {
      const number = Number.parseInt(note, 10);
      expect(sentences(note, 'en'), `note ${number}`).toEqual(notes[number] ?? [note]);
    }
  });

  it.each([
    ['M.M. Litvinov, and later', 4],
    ['Thus, in May 1933', 0],
    ['Roosevelt intended to act', 3],
    ['Based on all the above factors', 5],
    ['In reality, the spirit', 5],
    ['What, then, will the main vector', 2],
    ['Waiver of the USSR', 2],
    ['The U.S. business and political establishment', 2],
  ])('splits the paragraph "%s…" into %i sentences', (prefix, count) => {
    const text = prefix === 'Thus, in May 1933' ? paragraph('The U.S., despite the absence') : paragraph(prefix);
    const result = sentences(text, 'en');
    if (count > 0) expect(result).toHaveLength(count);
    // No sentence ends with an initial ("U.S." may end one).
    for (const sentence of result) expect(sentence.replace(/U\.S\.$/u, '')).not.toMatch(/(?:^|\s)(?:\p{Lu}\.)+$/u);
  });

  it('splits names with initials only where the text has a sentence end', () => {
    expect(sentences(paragraph('Roosevelt intended to act'), 'en').map((item) => item.slice(0, 30))).toEqual([
      'Roosevelt intended to act thro',
      'It was they who established co',
      'The message expressed the desi',
    ]);
    expect(sentences(paragraph('Based on all the above factors'), 'en')[2]).toBe(
      'The latter was particularly important at the height of the Great Depression in the U.S.',
    );
    // The source has a full stop after "1933" (a typo for a comma); the splitter follows it.
    expect(
      sentences(paragraph('In reality, the spirit'), 'en')
        .slice(1, 3)
        .map((item) => item.slice(0, 20)),
    ).toEqual(['Soon after his arriv', 'W. Bullitt (who had ']);
  });
});

describe('splitSentences: invariants', () => {
  const piece = fc.oneof(
    fc.constantFrom('Mr.', 'U.S.', 'M.M.', 'т. е.', 'г.', '1.', '3.5', '...', '…', '«', '»', '"', '?', '!', ' ', '  ', '\n'),
    fc.constantFrom('{1}', '{/1}', '{2/}', '{{', '{12}', '{/12}', '{3/}'),
    fc.string({ maxLength: 6 }),
    fc.constantFrom('Word', 'word', 'Слово', 'слово', 'The', 'В', '1933', '-', '—'),
  );
  const CODE = /\{\{|\{\/\d+\}|\{\d+\/?\}/g;

  it('returns ordered, disjoint, trimmed spans that cover all non-whitespace and never cut a code', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.constantFrom('en', 'ru', 'de'), (pieces, lang) => {
        const text = pieces.join('');
        const spans = splitSentences(text, lang);
        const covered = new Array<boolean>(text.length).fill(false);
        let previous = 0;
        for (const { start, end } of spans) {
          expect(start).toBeGreaterThanOrEqual(previous);
          expect(end).toBeGreaterThan(start);
          expect(text[start]).toMatch(/\S/u);
          expect(text[end - 1]).toMatch(/\S/u);
          for (let i = start; i < end; i++) covered[i] = true;
          previous = end;
        }
        for (let i = 0; i < text.length; i++) {
          if (/\S/u.test(text[i] ?? '')) expect(covered[i], `offset ${i} of ${JSON.stringify(text)}`).toBe(true);
        }
        const cuts = new Set(spans.flatMap(({ start, end }) => [start, end]));
        for (const match of text.matchAll(CODE)) {
          for (let i = match.index + 1; i < match.index + match[0].length; i++) expect(cuts.has(i)).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });
});
