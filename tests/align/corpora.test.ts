import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/align-documents.js';
import type { Bead } from '../../src/align/types.js';
import { CORPORA, readPair, type CorpusPair } from './corpus.js';

const twelveFactor = readdirSync(`${CORPORA}md-12factor/en`).filter((f) => f.endsWith('.md'));
const guide = readdirSync(`${CORPORA}md-opensource-guide/en`).filter((f) => f.endsWith('.md'));
const PARTIAL = ['legal.md', 'security-best-practices-for-your-project.md'];
/** Its blank-line blocks do not correspond (quote asides sit elsewhere in the Russian): checked separately. */
const MOVED_ASIDES = 'how-to-contribute.md';

describe('md-12factor: paragraphs 1:1', () => {
  it('has the 16 files', () => expect(twelveFactor).toHaveLength(16));
  it.each(twelveFactor)('%s: every block aligns 1–1 with its counterpart', (file) => {
    const pair = readPair('md-12factor', file);
    const { blocks } = alignDocuments(pair.en, pair.ru);
    expect(pair.en.units.length).toBe(pair.ru.units.length);
    expect(blocks.map((b) => [b.source, b.target])).toEqual(pair.en.units.map((_, k) => [[k], [k]]));
  });
});

/** Units of one blank-line block on one side pair only with the same block on the other; where a block has as many units on both sides, k-th with k-th. */
function blockViolations(pair: CorpusPair, blocks: readonly Bead[]): string[] {
  const count = (list: number[], b: number): number => list.filter((x) => x === b).length;
  const bad: string[] = [];
  for (const bead of blocks) {
    const ids = [...bead.source.map((i) => pair.enBlock[i]), ...bead.target.map((j) => pair.ruBlock[j])];
    const block = ids[0] as number;
    if (ids.some((b) => b !== block)) {
      bad.push(`bead ${JSON.stringify([bead.source, bead.target])} spans blocks ${ids.join(',')}`);
      continue;
    }
    if (count(pair.enBlock, block) !== count(pair.ruBlock, block)) continue;
    const enPos = bead.source.map((i) => i - pair.enBlock.indexOf(block));
    const ruPos = bead.target.map((j) => j - pair.ruBlock.indexOf(block));
    if (enPos.length !== 1 || ruPos.length !== 1 || enPos[0] !== ruPos[0])
      bad.push(`bead ${JSON.stringify([bead.source, bead.target])} in block ${block} is not 1–1 in order`);
  }
  return bad;
}

describe('md-opensource-guide: the 10 files whose blocks match 1:1', () => {
  const full = guide.filter((f) => !PARTIAL.includes(f));
  it('has 10 of them', () => expect(full).toHaveLength(10));
  it.each(full.filter((f) => f !== MOVED_ASIDES))('%s: units stay in their block, 1–1 blocks align 1–1', (file) => {
    const pair = readPair('md-opensource-guide', file);
    expect(blockViolations(pair, alignDocuments(pair.en, pair.ru).blocks)).toEqual([]);
  });
  it(`${MOVED_ASIDES}: ≥ 95% of units pair 1–1, and headings pair with headings`, () => {
    const pair = readPair('md-opensource-guide', MOVED_ASIDES);
    const { blocks } = alignDocuments(pair.en, pair.ru);
    const oneToOne = blocks.filter((b) => b.source.length === 1 && b.target.length === 1).length;
    expect(oneToOne / pair.en.units.length).toBeGreaterThan(0.95);
    for (const b of blocks) {
      const kinds = [...b.source.map((i) => pair.en.units[i]?.kind), ...b.target.map((j) => pair.ru.units[j]?.kind)];
      if (kinds.includes('heading') && b.source.length && b.target.length) expect(kinds.every((k) => k === 'heading')).toBe(true);
    }
  });
});

describe('md-opensource-guide: partial translations', () => {
  it('security-best-practices: untranslated English blocks come out 1–0, the rest pairs with its counterpart', () => {
    const pair = readPair('md-opensource-guide', 'security-best-practices-for-your-project.md');
    // Hand-checked: English blank-line blocks with no Russian counterpart (1-based, as awk 'BEGIN{RS=""}').
    const untranslated = new Set([21, 22, 23, 24, 25, 26, 27, ...range(38, 60), 63]);
    const counterpart = (b: number): number => b - [...untranslated].filter((u) => u < b).length;
    const { blocks } = alignDocuments(pair.en, pair.ru);
    let dropped = 0;
    for (const bead of blocks) {
      if (bead.source.length === 0) throw new Error(`unexpected 0–1 bead ${JSON.stringify(bead)}`);
      const enBlocks = bead.source.map((i) => pair.enBlock[i] as number);
      if (bead.target.length === 0) {
        expect(
          enBlocks.every((b) => untranslated.has(b)),
          `unit ${bead.source[0]} (block ${enBlocks[0]}) dropped`,
        ).toBe(true);
        dropped += bead.source.length;
        continue;
      }
      expect(
        enBlocks.some((b) => untranslated.has(b)),
        `unit ${bead.source[0]} (block ${enBlocks[0]}) paired`,
      ).toBe(false);
      expect(bead.target.map((j) => pair.ruBlock[j])).toEqual(enBlocks.map(counterpart));
    }
    expect(dropped).toBe(pair.en.units.filter((_, k) => untranslated.has(pair.enBlock[k] as number)).length);
    expect(dropped).toBeGreaterThan(30);
  });

  it('legal: the paragraphs and list items added since the translation come out 1–0, their neighbours pair correctly', () => {
    const pair = readPair('md-opensource-guide', 'legal.md');
    const { blocks } = alignDocuments(pair.en, pair.ru);
    const en = (prefix: string): number =>
      indexOf(
        pair.en.units.map((u) => u.text),
        prefix,
      );
    const ru = (prefix: string): number =>
      indexOf(
        pair.ru.units.map((u) => u.text),
        prefix,
      );
    const beadOf = (i: number): Bead => blocks.find((b) => b.source.includes(i)) as Bead;
    // Hand-checked: new in the English, absent from the (older) Russian.
    for (const added of [
      'Dependencies with {1}source-available licenses',
      'Projects often rely on {1}non-source code content',
      '{1}AI:{/1}',
      '{1}Software Bill of Materials:{/1}',
    ]) {
      expect(beadOf(en(added)).target, added).toEqual([]);
    }
    // Hand-checked counterparts right after each gap (a shifted alignment would break these).
    const pairs: Array<[string, string]> = [
      ['{1}Do you want your project to be used as a dependency', '{1}Вы хотите, чтобы ваш проект использовался'],
      ['{1}Privacy:{/1}', '{1}Конфиденциальность:{/1}'],
      ["If you're releasing your company's first", 'Если вы выпускаете первый проект'],
      ['{1}Governance:{/1}', '{1}Управление:{/1}'],
    ];
    for (const [e, r] of pairs) expect(beadOf(en(e)).target, e).toEqual([ru(r)]);
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

function indexOf(texts: readonly string[], prefix: string): number {
  const k = texts.findIndex((t) => t.startsWith(prefix));
  if (k < 0) throw new Error(`no unit starts with ${prefix}`);
  return k;
}
