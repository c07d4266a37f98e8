import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/align-documents.js';
import { anchorPoints } from '../../src/align/anchor-points.js';
import { BAND_SHARE, bandedAlign, MIN_BAND } from '../../src/align/banded-align.js';
import { diagonalBand } from '../../src/align/diagonal-band.js';
import { dpAlign } from '../../src/align/dp-align.js';
import { plainText } from '../../src/align/plain-text.js';
import type { AlignmentResult } from '../../src/align/types.js';
import type { AlignItem } from '../../src/align/bead-cost.js';
import { anchorsOf } from '../../src/align/extract-anchors.js';
import { segmentMarkdown } from '../../src/segment/segment-markdown.js';
import type { SegmentedDocument } from '../../src/segment/types.js';
import { CORPORA, readPair } from './corpus.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SLUG = 'us-ussr-recognition-1933';

/** What a caller sees of an alignment: beads with scores, and the warnings as printed. */
function view(result: AlignmentResult): unknown {
  return { blocks: result.blocks, sentences: result.sentences, messages: result.messages.map(String) };
}

const pairs: Array<[string, () => { en: SegmentedDocument; ru: SegmentedDocument }]> = [
  ...['md-12factor', 'md-opensource-guide'].flatMap((corpus) =>
    readdirSync(`${CORPORA}${corpus}/en`)
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((file): [string, () => { en: SegmentedDocument; ru: SegmentedDocument }] => [`${corpus}/${file}`, () => readPair(corpus, file)]),
  ),
  [
    `content/${SLUG}.md`,
    () => ({
      en: segmentMarkdown(readFileSync(`${ROOT}content/en/${SLUG}.md`, 'utf8'), { file: `content/en/${SLUG}.md`, lang: 'en' }),
      ru: segmentMarkdown(readFileSync(`${ROOT}content/ru/${SLUG}.md`, 'utf8'), { file: `content/ru/${SLUG}.md`, lang: 'ru' }),
    }),
  ],
];

describe('banded DP = full DP', () => {
  it('covers the 16 + 12 corpus pairs and the article', () => expect(pairs).toHaveLength(29));

  it.each(pairs)('%s: identical blocks, sentences, scores and warnings', (_, read) => {
    const { en, ru } = read();
    const banded = alignDocuments(en, ru);
    expect(banded.blocks.length).toBeGreaterThan(0);
    expect(view(banded)).toEqual(view(alignDocuments(en, ru, { band: false })));
  });
});

describe('banded DP = full DP on partial translations', () => {
  const cut = (doc: SegmentedDocument, keep: (k: number, n: number) => boolean): SegmentedDocument => ({
    ...doc,
    units: doc.units.filter((_, k) => keep(k, doc.units.length)),
  });
  const cases: Array<[string, (k: number, n: number) => boolean]> = [
    ['first half', (k, n) => k >= Math.floor(n / 2)],
    ['second half', (k, n) => k < Math.floor(n / 2)],
    ['middle third', (k, n) => k < Math.floor(n / 3) || k >= Math.floor((2 * n) / 3)],
  ];
  const files = ['how-to-contribute.md', 'legal.md'];
  it.each(files.flatMap((file) => cases.map(([missing, keep]): [string, string, (k: number, n: number) => boolean] => [file, missing, keep])))(
    '%s: Russian (or English) missing its %s',
    (file, _, keep) => {
      const pair = readPair('md-opensource-guide', file);
      for (const [en, ru] of [
        [pair.en, cut(pair.ru, keep)],
        [cut(pair.en, keep), pair.ru],
      ] as const) {
        const full = alignDocuments(en, ru, { band: false });
        expect(full.blocks.filter((b) => b.source.length === 0 || b.target.length === 0).length).toBeGreaterThan(15);
        expect(view(alignDocuments(en, ru))).toEqual(view(full));
      }
    },
  );

  it('needs the anchor points: without them the first band misses the path of a Russian file lacking its first 100 units', () => {
    const { en, ru: whole } = readPair('md-opensource-guide', 'how-to-contribute.md');
    const ru: SegmentedDocument = { ...whole, units: whole.units.slice(100) };
    const full = alignDocuments(en, ru, { band: false });
    const lengths = (doc: SegmentedDocument): number[] => doc.units.map((u) => plainText(u.text).trim().length);
    const lengthOnly = diagonalBand(lengths(en), lengths(ru), Math.max(MIN_BAND, Math.ceil(BAND_SHARE * Math.max(en.units.length, ru.units.length))));
    const outside = full.blocks.filter(
      (b) =>
        b.source.length &&
        b.target.length &&
        ((b.target[0] as number) < (lengthOnly.lo[b.source[0] as number] as number) ||
          (b.target[0] as number) > (lengthOnly.hi[b.source[0] as number] as number)),
    );
    expect(outside.length).toBeGreaterThan(10);
    expect(full.blocks.filter((b) => b.target.length === 0).length).toBeGreaterThan(90);
    expect(view(alignDocuments(en, ru))).toEqual(view(full));
  });
});

describe('anchorPoints', () => {
  const item = (text: string, lang: string): AlignItem => ({ length: text.length, anchors: anchorsOf(text, lang) });
  it('pairs items by anchors unique to one item on each side, in order', () => {
    const en = ['In 1933 talks began.', 'See 4 and 5.', 'Again 1933.', 'Page 17.', 'Page 42.'].map((t) => item(t, 'en'));
    const ru = ['Стр. 42.', 'В 1933 г.', 'См. 4 и 5.', 'Стр. 17.'].map((t) => item(t, 'ru'));
    // 1933 is in two English items; 42 breaks the order of 4/5 and 17: left out.
    expect(anchorPoints(en, ru)).toEqual([
      [1, 2],
      [3, 3],
    ]);
  });
});

describe('bandedAlign', () => {
  it('finds a path far from the diagonal by widening (60 items shifted in a 100 × 100 grid)', () => {
    const lengths = Array.from({ length: 100 }, () => 50);
    const cost = (i: number, j: number, di: number, dj: number): number => (di === 1 && dj === 1 ? (j === i - 60 ? 0 : 9) : di + dj === 1 ? 2 : 20);
    const banded = bandedAlign(lengths, lengths, cost);
    const first = diagonalBand(lengths, lengths, MIN_BAND);
    expect(banded.some((s) => s.j < (first.lo[s.i] as number))).toBe(true);
    expect(banded).toEqual(dpAlign(100, 100, cost));
    expect(banded.filter((s) => s.di === 1 && s.dj === 1).every((s) => s.j === s.i - 60)).toBe(true);
    expect(banded.filter((s) => s.di === 1 && s.dj === 1)).toHaveLength(40);
  });

  it('equals the full DP on random costs and lengths', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 70 }),
        fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 70 }),
        fc.integer(),
        (en, ru, seed) => {
          const cost = (i: number, j: number, di: number, dj: number): number => {
            const noise = (Math.imul(i * 7919 + j * 104729 + di * 31 + dj + seed, 2654435761) >>> 0) / 2 ** 32;
            return di === 0 || dj === 0 ? 4 + noise : Math.abs(i - j) + 4 * noise;
          };
          expect(bandedAlign(en, ru, cost)).toEqual(dpAlign(en.length, ru.length, cost));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('diagonalBand', () => {
  it('starts at (0, 0), ends at (n, m), is monotone and leaves a path through it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2000 }), { minLength: 1, maxLength: 80 }),
        fc.array(fc.integer({ min: 0, max: 2000 }), { minLength: 1, maxLength: 80 }),
        fc.integer({ min: 0, max: 30 }),
        (en, ru, halfWidth) => {
          const { lo, hi } = diagonalBand(en, ru, halfWidth);
          const n = en.length;
          expect([lo[0], hi[n]]).toEqual([0, ru.length]);
          for (let i = 0; i <= n; i++) {
            expect(lo[i]).toBeLessThanOrEqual(hi[i] as number);
            if (i < n) {
              expect(lo[i + 1]).toBeGreaterThanOrEqual(lo[i] as number);
              expect(hi[i + 1]).toBeGreaterThanOrEqual(hi[i] as number);
              expect(lo[i + 1]).toBeLessThanOrEqual(hi[i] as number);
            }
          }
        },
      ),
    );
  });

  it('runs through the anchor points', () => {
    const { lo, hi } = diagonalBand(
      Array.from({ length: 100 }, () => 30),
      Array.from({ length: 50 }, () => 30),
      5,
      [[60, 10]],
    );
    // Item 60 pairs with item 10: rows 0–60 stay near columns 0–10, then the diagonal climbs to 50.
    expect([lo[30], hi[30]]).toEqual([0, 10]);
    expect(lo[61]).toBeLessThanOrEqual(11);
    expect(hi[61]).toBeGreaterThanOrEqual(11);
    expect([lo[100], hi[100]]).toEqual([45, 50]);
  });

  it('follows cumulative length: a long English item moves the diagonal further', () => {
    const { lo, hi } = diagonalBand(
      [100, 10, 10, 10, 10, 10, 10, 10, 10, 10],
      Array.from({ length: 10 }, () => 20),
      1,
    );
    // After the 100-character item (row 1), 101 of 200 English length units: 106 of 210 Russian
    // ones, in item 5 (x = 5.05); row 2 is at x = 5.6. Row 1 also reaches back to row 0 (x = 0).
    expect([lo[1], hi[1]]).toEqual([0, 7]);
    expect([lo[2], hi[2]]).toEqual([4, 7]);
    expect([lo[10], hi[10]]).toEqual([9, 10]);
  });
});
