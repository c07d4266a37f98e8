import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/segment/assign-ids.js';
import { segmentMarkdown } from '../../src/segment/segment-markdown.js';
import { splitSentences } from '../../src/segment/split-sentences.js';
import { corporaRoot } from '../support/paths.js';

/** The sentences of `text` as strings. */
const split = (text: string, lang: string) => splitSentences(text, lang).map((s) => text.slice(s.start, s.end));
/** The sentences with soft breaks and runs of whitespace shown as one space. */
const normalised = (text: string, lang: string) => split(text, lang).map((s) => s.replace(/\s+/gu, ' '));

/** Greedy re-wrap of a one-line paragraph at `width` columns, each new line opened by `indent`. */
function rewrap(paragraph: string, width: number, newline: string, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.join(newline + indent);
}

const dir = join(corporaRoot, 'flores200-devtest');
const urls = readFileSync(join(dir, 'metadata_devtest.tsv'), 'utf8')
  .split('\n')
  .slice(1)
  .filter(Boolean)
  .map((l) => l.split('\t')[0] as string);

/** FLORES documents of one language, each joined into one paragraph. */
function paragraphs(file: string): string[] {
  const lines = readFileSync(join(dir, file), 'utf8').split('\n').filter(Boolean);
  const result: string[] = [];
  lines.forEach((line, i) => {
    if (i > 0 && urls[i] === urls[i - 1]) result[result.length - 1] += ` ${line}`;
    else result.push(line);
  });
  return result;
}

describe('sentences: a soft line break is whitespace', () => {
  it.each([
    ['en', 'This is one sentence that is\nwrapped over two lines.', 1],
    ['en', 'This is one sentence that is\r\nwrapped over two lines.', 1],
    ['en', 'First line of a\n   list item that is indented. Second sentence.', 2],
    ['en', 'Ends here.\nStarts here.', 2],
    ['en', 'See {1}the\nmanual{/1} for details.', 1],
    ['ru', 'Это одно предложение, которое\nперенесено на две строки.', 1],
    ['de', 'Das ist ein Satz, der über\nzwei Zeilen umbrochen ist.', 1],
    ['fr', 'Ceci est une phrase qui est\ncoupée sur deux lignes.', 1],
  ])('%s: %j', (lang, text, count) => {
    expect(split(text, lang)).toHaveLength(count);
  });

  it('keeps the original characters of the soft break in the sentence', () => {
    expect(split('One sentence that is\nwrapped. Next one\n  too.', 'en')).toEqual(['One sentence that is\nwrapped.', 'Next one\n  too.']);
  });

  it('still ends a sentence at a blank line (a paragraph break inside a front-matter value)', () => {
    expect(split('First paragraph without a full stop\n\nSecond paragraph', 'en')).toHaveLength(2);
    expect(split('First paragraph\r\n\r\nSecond paragraph', 'en')).toHaveLength(2);
  });

  it('gives a wrapped paragraph the same sentences and sentence IDs as the unwrapped one', () => {
    const flat = segmentMarkdown('This is one sentence that is wrapped over two lines. And *another one* here.\n', { file: 'a.md', lang: 'en' });
    const wrapped = segmentMarkdown('This is one sentence that is\nwrapped over two lines. And *another\none* here.\n', { file: 'a.md', lang: 'en' });
    const ids = (doc: typeof flat) => doc.units.flatMap((u) => u.sentences.map((s) => s.id));
    expect(wrapped.units[0]?.sentences.map((s) => normalise(s.text))).toEqual(flat.units[0]?.sentences.map((s) => normalise(s.text)));
    expect(wrapped.units[0]?.sentences).toHaveLength(2);
    expect(ids(wrapped)).toEqual(ids(flat));
    expect(wrapped.units[0]?.id).toBe(flat.units[0]?.id);
  });

  it('wraps list items and block quotes without splitting their sentences', () => {
    const doc = segmentMarkdown('- An item that is\n  wrapped. Next.\n\n> A quote that is\n> wrapped. Yes.\n', { file: 'a.md', lang: 'en' });
    expect(doc.units.map((u) => u.sentences.length)).toEqual([2, 2]);
  });
});

describe('sentences: re-wrapping a paragraph never changes its sentences (fast-check)', () => {
  for (const [lang, file] of [
    ['en', 'eng_Latn.devtest'],
    ['ru', 'rus_Cyrl.devtest'],
    ['de', 'deu_Latn.devtest'],
    ['fr', 'fra_Latn.devtest'],
    ['pl', 'pol_Latn.devtest'],
    ['uk', 'ukr_Cyrl.devtest'],
  ] as const) {
    const docs = paragraphs(file);
    it(`${lang}: FLORES paragraphs re-wrapped at random widths`, () => {
      fc.assert(
        fc.property(
          fc.nat(docs.length - 1),
          fc.integer({ min: 1, max: 120 }),
          fc.constantFrom('\n', '\r\n'),
          fc.constantFrom('', '  ', '   ', '\t'),
          (index, width, newline, indent) => {
            const paragraph = docs[index] as string;
            expect(normalised(rewrap(paragraph, width, newline, indent), lang)).toEqual(normalised(paragraph, lang));
          },
        ),
        { numRuns: 150 },
      );
    });
  }

  it('any space turned into a line feed keeps every boundary at the same offset', () => {
    const docs = paragraphs('eng_Latn.devtest');
    fc.assert(
      fc.property(fc.nat(docs.length - 1), fc.array(fc.boolean(), { minLength: 1, maxLength: 400 }), (index, flips) => {
        const paragraph = docs[index] as string;
        let k = 0;
        const wrapped = paragraph.replace(/ /g, () => (flips[k++ % flips.length] ? '\n' : ' '));
        expect(splitSentences(wrapped, 'en')).toEqual(splitSentences(paragraph, 'en'));
      }),
      { numRuns: 150 },
    );
  });
});
