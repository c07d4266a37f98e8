import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/align-documents.js';
import type { Alignment, AlignmentMemo } from '../../src/align/types.js';
import { hashText } from '../../src/lock/hash-text.js';
import { segmentMarkdown } from '../../src/segment/segment-markdown.js';
import { EN, RU, SHORT } from './locked-pair-texts.js';

const en = segmentMarkdown(EN, { file: 'en.md', lang: 'en' });
const ru = segmentMarkdown(RU, { file: 'ru.md', lang: 'ru' });
const middle = (en.units[1] as { id: string }).id;
const shape = (blocks: Alignment['blocks']): number[][][] => blocks.map((b) => [b.source, b.target]);

function mapMemo(): AlignmentMemo {
  const blocks = new Map<string, Alignment>();
  return { identity: 'none', blocks: { get: (k) => blocks.get(k), set: (k, v) => (blocks.set(k, v), v) } };
}

describe('pairs the lock remembers (AlignOptions.lockedPairs)', () => {
  it('without them, a short translation of a long paragraph is missing + extra', () => {
    const blocks = shape(alignDocuments(en, ru).blocks);
    expect(blocks).toContainEqual([[1], []]);
    expect(blocks).toContainEqual([[], [1]]);
    expect(blocks).not.toContainEqual([[1], [1]]);
  });

  it('with the recorded translation hash, the pair is kept, with a low confidence', () => {
    const result = alignDocuments(en, ru, { lockedPairs: { [middle]: hashText(SHORT) } });
    expect(shape(result.blocks)).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ]);
    expect((result.blocks[1] as { score: number }).score).toBeLessThan(0.5);
    expect(result.messages.map((m) => m.ruleId)).toContain('alignment-uncertain');
  });

  it('a recorded hash no target unit has changes nothing', () => {
    expect(shape(alignDocuments(en, ru, { lockedPairs: { [middle]: hashText('another translation') } }).blocks)).toEqual(shape(alignDocuments(en, ru).blocks));
  });

  it('a remembered pair does not cross the order of the others', () => {
    // The first English paragraph "remembers" the last Russian one: pairing them would leave
    // the others unaligned; the order-keeping pairs win.
    const first = (en.units[0] as { id: string }).id;
    const last = (ru.units[2] as { text: string }).text;
    const blocks = shape(alignDocuments(en, ru, { lockedPairs: { [first]: hashText(last) } }).blocks);
    expect(blocks[0]).toEqual([[0], [0]]);
  });

  it('the remembered alignment depends on the pairs (part of the memo key)', () => {
    const memo = mapMemo();
    const plain = alignDocuments(en, ru, { memo });
    const pinned = alignDocuments(en, ru, { memo, lockedPairs: { [middle]: hashText(SHORT) } });
    expect(shape(pinned.blocks)).not.toEqual(shape(plain.blocks));
    expect(shape(pinned.blocks)).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ]);
  });
});
