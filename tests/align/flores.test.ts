import { beforeAll, describe, expect, it } from 'vitest';
import { alignSentences } from '../../src/align/align-sentences.js';
import { floresCase, linksOf, loadSplitter, readFlores, scoreLinks, type FloresDocument, type Perturbation } from './flores.js';

let docs: FloresDocument[] = [];
let split: Awaited<ReturnType<typeof loadSplitter>>;

beforeAll(async () => {
  docs = readFlores();
  split = await loadSplitter();
});

const scores = new Map<string, number>();

/** F1 of sentence links over all documents, each joined into one paragraph per language and re-split. */
function f1(perturbation: Perturbation, every: number, classic = false): number {
  const key = `${perturbation}/${every}/${classic}`;
  const known = scores.get(key);
  if (known !== undefined) return known;
  const scored = docs.map((doc, k) => {
    const c = floresCase(doc, k, perturbation, split, every);
    return { predicted: linksOf(alignSentences(c.en, c.ru, { classic }), c), gold: c.gold };
  });
  const { precision, recall, f1: f } = scoreLinks(scored);
  console.log(
    `FLORES-200 devtest, ${perturbation} (every ${every}. document)${classic ? ', length-only baseline' : ''}: P ${precision.toFixed(4)} R ${recall.toFixed(4)} F1 ${f.toFixed(4)} (splitter: ${split ? 'splitSentences' : 'gold sentences'})`,
  );
  scores.set(key, f);
  return f;
}

describe('FLORES-200 devtest sentence alignment', () => {
  it('reads 1012 sentences in 281 documents, and uses the project splitter', () => {
    expect(docs.reduce((n, d) => n + d.en.length, 0)).toBe(1012);
    expect(docs.length).toBeGreaterThan(200);
    expect(split).toBeTypeOf('function');
  });
  it('recovers the sentence links with F1 ≥ 0.98', () => expect(f1('none', 1)).toBeGreaterThanOrEqual(0.98));
  it('… after merging adjacent Russian sentences (2–1) in every third document', () => expect(f1('merge', 3)).toBeGreaterThanOrEqual(0.98));
  it('… after merging in every document', () => expect(f1('merge', 1)).toBeGreaterThanOrEqual(0.98));
  it('… after dropping a Russian sentence (1–0) in every tenth document', () => expect(f1('drop', 10)).toBeGreaterThanOrEqual(0.98));
  it('keeps the recorded F1 figures (±0.001; docs/alignment.md)', () => {
    const recorded: Array<[Perturbation, number, number]> = [
      ['none', 1, 0.9926],
      ['merge', 3, 0.9911],
      ['merge', 1, 0.9846],
      ['drop', 10, 0.9878],
    ];
    for (const [perturbation, every, figure] of recorded)
      expect(Math.abs(f1(perturbation, every) - figure), `${perturbation} every ${every}`).toBeLessThanOrEqual(0.001);
  });
  it('… and anchors beat the length-only Gale–Church baseline when sentences are dropped', () => {
    expect(f1('drop', 3)).toBeGreaterThan(f1('drop', 3, true) + 0.05);
  });
});
