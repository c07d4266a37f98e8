import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { viewEdition } from './english-edition-markdown.js';
import {
  CHROME,
  TYPO_FIXES,
  normalize,
  parseSeed,
  sentences,
  type Seed,
} from './english-edition-seed.js';

const seedRaw = readFileSync(new URL('../../../shared/seeds/000_e0192cf2345342ab.txt', import.meta.url), 'utf8');
const source = readFileSync(new URL('../../content/en/us-ussr-recognition-1933.md', import.meta.url), 'utf8');
const seed = parseSeed(seedRaw);
const view = viewEdition(source);

/** Normalised text of the edition: the summary (lede) and every body block, one per line. */
function editionText(markdown: string): string {
  const edition = viewEdition(markdown);
  const summary = edition.frontmatter['summary'];
  return [typeof summary === 'string' ? normalize(summary) : '', ...edition.blocks].join('\n');
}

/**
 * Seed sentences of a dropped repeat that the edition keeps only in the longer
 * wording of the other occurrence: sentence → the text that must be present instead.
 */
const SUPERSEDED = new Map<string, string>([
  [
    'After that, relations between the two allied nations began to expand.',
    'After that, relations between the two allied nations began to expand: during World War II,',
  ],
]);

/** Seed sentences that the edition does not contain. */
function missingSentences(from: Seed, markdown: string): string[] {
  const text = editionText(markdown);
  return from.blocks
    .flatMap(sentences)
    .filter((sentence) => !text.includes(SUPERSEDED.get(sentence) ?? sentence));
}

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

describe('seed of the English edition', () => {
  it('has the expected parts', () => {
    expect(seed.author).toBe('Valery Garbuzov');
    expect(seed.authorTitle).toBe('Doctor of History, RIAC member');
    expect(seed.notes.size).toBe(15);
    expect(seed.figures).toHaveLength(5);
    expect(seed.poll.options.map((option) => option.votes)).toEqual([33, 30, 24, 21]);
    expect(seed.blocks.flatMap(sentences).length).toBeGreaterThan(100);
  });

  it('merges the false sentence breaks of Intl.Segmenter', () => {
    expect(sentences('M.M. Litvinov, and later L.K. Martens, came. Op.cit. Page 425.')).toEqual([
      'M.M. Litvinov, and later L.K. Martens, came.',
      'Op.cit. Page 425.',
    ]);
    expect(sentences('Will it be 1. Strategic; 2. Selective; or 3. Open?')).toHaveLength(1);
    expect(sentences('Henry Morgenthau Jr., the future U.S. Secretary. It was they.')).toHaveLength(2);
  });
});

describe('English edition content/en/us-ussr-recognition-1933.md', () => {
  it('applies every recorded typo fix, and each fix matches the seed', () => {
    for (const fix of TYPO_FIXES) {
      expect(seedRaw, fix.from).toContain(fix.from);
      expect(source, fix.from).not.toContain(fix.from);
    }
  });

  it('contains every sentence of the article body', () => {
    expect(missingSentences(seed, source)).toEqual([]);
    for (const [sentence, keptAs] of SUPERSEDED) {
      expect(keptAs.startsWith(sentence.slice(0, -1)), sentence).toBe(true);
    }
  });

  it('fails when a sentence is deleted from the Markdown', () => {
    const candidates = seed.blocks
      .flatMap(sentences)
      .map((sentence) => sentence.replace(/ \[(\d+)\]/g, '[^$1]'))
      .filter((sentence) => count(source, sentence) === 1);
    expect(candidates.length).toBeGreaterThan(80);
    const sample = candidates.filter((_, index) => index % 8 === 0);
    for (const sentence of sample) {
      const at = source.indexOf(sentence);
      const mutated = source.slice(0, at) + source.slice(at + sentence.length);
      expect(missingSentences(seed, mutated), sentence).not.toEqual([]);
    }
  });

  it('keeps each repeated passage of the scrape once', () => {
    const text = editionText(source);
    expect(count(text, 'Despite the end of diplomatic isolation')).toBe(1);
    expect(count(text, 'Soviet-American economic cooperation became an important prerequisite')).toBe(1);
    expect(count(text, 'Only German aggression against the Soviet Union in 1941')).toBe(1);
    expect(count(text, 'allowed the two countries to once again find a basis for cooperation. After that, relations between the two allied nations began to expand: during World War II')).toBe(1);
    expect(count(text, 'different ideas, models, political systems')).toBe(1);
    expect(count(text, 'different ideas, socio-economic models, political systems')).toBe(1);
    expect(normalize(String(view.frontmatter['summary']))).toBe(seed.blocks[0]);
    expect(view.blocks).not.toContain(seed.blocks[0]);
  });

  it('has the front matter of the contract', () => {
    expect(view.frontmatter).toMatchObject({
      title: 'An Anniversary of Late Recognition',
      author: seed.author,
      authorTitle: seed.authorTitle,
      publisher: 'Russian International Affairs Council (RIAC)',
      date: '2013-11-16',
      lang: 'en',
      source: 'https://russiancouncil.ru/en/analytics-and-comments/analytics/an-anniversary-of-late-recognition/',
    });
  });

  it('holds the poll as structured front matter with the seed numbers', () => {
    const poll = view.frontmatter['poll'] as { question: string; options: Array<{ text: string; votes: number }> };
    expect({
      question: normalize(poll.question),
      options: poll.options.map((option) => ({ text: normalize(option.text), votes: option.votes })),
    }).toEqual(seed.poll);
    expect(source).not.toContain('(31%)');
  });

  it('turns every note into a footnote definition with one matching reference', () => {
    expect([...view.notes.keys()]).toEqual([...seed.notes.keys()]);
    for (const [id, text] of seed.notes) expect(view.notes.get(id), `note ${id}`).toBe(text);
    expect(view.references).toEqual([...seed.notes.keys()]);
  });

  it('turns every photo into a figure with caption and credit', () => {
    expect(view.figures.map(({ caption, credit }) => ({ caption, credit }))).toEqual(seed.figures);
    for (const figure of view.figures) {
      expect(figure.url.startsWith('images/') && figure.url.endsWith('.jpg'), figure.url).toBe(true);
    }
    expect(view.inlineImages).toBe(0);
    for (const figure of seed.figures) expect(source).not.toContain(`Photo: ${figure.credit ?? ''}`);
  });

  it('marks section headings and run-in labels', () => {
    expect(view.headings).toEqual(
      ['The policy of non-recognition', 'Prerequisites for recognition', 'Roosevelt – Litvinov negotiations', 'Cooperation'].map(
        (text) => ({ depth: 2, text }),
      ),
    );
    expect(view.runInLabels).toEqual([
      "Russia's debts.",
      'Nationalization.',
      'The Brest peace.',
      'The activity of the Comintern.',
      'The legal status of U.S. citizens living in the USSR.',
      'Less intensive Communist propaganda.',
      'Economic cooperation.',
      "Waiver of the USSR's outstanding claims against the U.S.",
      'The international factor.',
    ]);
  });

  it('contains none of the web chrome', () => {
    for (const chrome of CHROME) expect(source, chrome).not.toContain(chrome);
  });
});
