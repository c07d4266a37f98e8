import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/align-documents.js';
import { alignItems } from '../../src/align/align-items.js';
import type { AlignItem } from '../../src/align/bead-cost.js';
import { anchorsOf } from '../../src/align/extract-anchors.js';
import { readPair } from './corpus.js';
import { evaluateConfidence, figures } from './confidence-evaluation.js';

const THRESHOLD = 0.5;

describe('alignment confidence is calibrated: wrong beads score below the alignment-uncertain threshold', () => {
  const beads = evaluateConfidence();
  const pairs = beads.filter((b) => b.pair);
  const deletions = beads.filter((b) => !b.pair);
  const show = (name: string, f: ReturnType<typeof figures>): string =>
    `${name}: ${f.beads} beads, ${f.wrong} wrong, ${f.flagged} flagged; uncertain on wrong beads: precision ${f.precision.toFixed(3)}, recall ${f.recall.toFixed(3)}; right beads trusted ${f.rightTrusted.toFixed(3)}`;

  it('12factor en↔ru with a paragraph dropped, merged, swapped or inserted: figures meet their floors', () => {
    const all = figures(beads, THRESHOLD);
    const pair = figures(pairs, THRESHOLD);
    const deletion = figures(deletions, THRESHOLD);
    console.log([show('all beads', all), show('pair beads (reported)', pair), show('1–0/0–1 beads', deletion)].join('\n'));
    for (const kind of ['drop', 'merge', 'swap', 'insert'] as const) console.log(show(`  ${kind}`, figures(beads.filter((b) => b.corruption === kind), THRESHOLD)));
    expect(all.wrong).toBeGreaterThanOrEqual(40);
    expect(pair.wrong).toBeGreaterThanOrEqual(8);
    // Measured (precision / recall / right trusted): all 0.800 / 0.923 / 0.989; pairs 0.412 / 0.700 / 0.991; 1–0/0–1 0.953 / 0.976 / 0.975.
    // The old score (pairing vs leaving all items unaligned) flagged none of the wrong pairs.
    expect(all.recall).toBeGreaterThanOrEqual(0.9);
    expect(all.precision).toBeGreaterThanOrEqual(0.75);
    expect(all.rightTrusted).toBeGreaterThanOrEqual(0.985);
    expect(pair.recall).toBeGreaterThanOrEqual(0.7);
    expect(pair.precision).toBeGreaterThanOrEqual(0.35);
    expect(pair.rightTrusted).toBeGreaterThanOrEqual(0.985);
    expect(deletion.recall).toBeGreaterThanOrEqual(0.95);
    expect(deletion.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('a paragraph left unaligned with the next paired with two Russian paragraphs is not trusted (how-to-contribute.md)', () => {
    const pair = readPair('md-opensource-guide', 'how-to-contribute.md');
    const { blocks, messages } = alignDocuments(pair.en, pair.ru);
    const merged = blocks.find((b) => b.en.length === 1 && b.en[0] === 184);
    expect(merged?.ru).toEqual([182, 183]);
    expect(blocks[blocks.indexOf(merged!) - 1]).toMatchObject({ en: [183], ru: [] });
    expect(merged?.score).toBeLessThan(THRESHOLD);
    expect(messages.some((m) => m.reason.includes(`\`${pair.en.units[184]?.id}\``))).toBe(true);
  });

  it('a swapped pair in a long good document: the unit and its translation left unaligned are flagged, every right pair trusted', () => {
    const item = (length: number): AlignItem => ({ length, anchors: anchorsOf('', 'en', [], {}) });
    const lengths = Array.from({ length: 40 }, (_, k) => 100 + ((k * 37) % 7) * 40);
    lengths[20] = 100;
    lengths[21] = 400;
    const en = lengths.map(item);
    const ru = lengths.map((l) => item(Math.round(l * 1.08)));
    [ru[20], ru[21]] = [ru[21] as AlignItem, ru[20] as AlignItem];
    const beads = alignItems(en, ru);
    const truth = (i: number): number => (i === 20 ? 21 : i === 21 ? 20 : i);
    const right = beads.filter((b) => b.en.length === 1 && b.ru.length === 1 && truth(b.en[0] as number) === b.ru[0]);
    const wrong = beads.filter((b) => !right.includes(b));
    expect(wrong.length).toBeGreaterThanOrEqual(2);
    for (const bead of wrong) expect(bead.score, JSON.stringify(bead)).toBeLessThan(THRESHOLD);
    for (const bead of right) expect(bead.score, JSON.stringify(bead)).toBeGreaterThanOrEqual(THRESHOLD);
  });
});
