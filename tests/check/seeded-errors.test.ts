import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/align-documents.js';
import { checkPair } from '../../src/check/check-pair.js';
import { loadTermLookup, type TermLookup } from '../../src/check/term-lookup.js';
import { prepareMorphology } from '../../src/check/typography/numeral-agreement.js';
import { segmentMarkdown } from '../../src/segment/segment-markdown.js';
import type { Unit } from '../../src/segment/types.js';
import { repoRoot } from './fixture-helpers.js';
import { applyEdits, seedErrors, unitLines, type Injection } from './seed-errors.js';

const EN = `${repoRoot}content/en/us-ussr-recognition-1933.md`;
const RU = `${repoRoot}content/ru/us-ussr-recognition-1933.md`;
const align = (a: Parameters<typeof alignDocuments>[0], b: Parameters<typeof alignDocuments>[1]) => alignDocuments(a, b);

describe('seeded errors in the Russian edition of the article', () => {
  let terms: TermLookup;
  let en: string;
  let ru: string;
  beforeAll(async () => {
    expect(existsSync(RU)).toBe(true);
    await prepareMorphology();
    terms = (await loadTermLookup(`${repoRoot}glossary`)) as TermLookup;
    en = readFileSync(EN, 'utf8');
    ru = readFileSync(RU, 'utf8');
  });

  const check = (enSource: string, ruSource: string) =>
    checkPair({ file: 'en.md', markdown: enSource, lang: 'en' }, { file: 'ru.md', markdown: ruSource, lang: 'ru' }, { terms, align });

  it('reports nothing at error level on the clean file', () => {
    const errors = check(en, ru).messages.filter((m) => m.fatal);
    expect(errors.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`)).toEqual([]);
  });

  it('finds at least 95 % of 50+ injected errors across the rules', () => {
    const enDoc = segmentMarkdown(en, { file: 'en.md', lang: 'en' });
    const ruDoc = segmentMarkdown(ru, { file: 'ru.md', lang: 'ru' });
    const english = new Map<Unit, Unit>();
    for (const bead of align(enDoc, ruDoc).blocks) {
      if (bead.source.length === 1 && bead.target.length === 1)
        english.set(ruDoc.units[bead.target[0] as number] as Unit, enDoc.units[bead.source[0] as number] as Unit);
    }
    const injections = seedErrors({ en: { source: en, doc: enDoc }, ru: { source: ru, doc: ruDoc }, english, terms });
    expect(injections.length).toBeGreaterThanOrEqual(50);
    expect(new Set(injections.map((i) => i.rule)).size).toBeGreaterThanOrEqual(9);

    // Non-structural injections on distinct units are checked together (one per unit per batch).
    const batches: Injection[][] = [];
    for (const injection of injections) {
      if (injection.structural) batches.push([injection]);
      else {
        const batch = batches.find((b) => !b[0]?.structural && b.every((x) => x.unit !== injection.unit));
        if (batch) batch.push(injection);
        else batches.push([injection]);
      }
    }
    const missed: string[] = [];
    for (const batch of batches) {
      const ruEdits = batch.flatMap((i) => i.ru);
      const file = check(
        applyEdits(
          en,
          batch.flatMap((i) => i.en ?? []),
        ),
        applyEdits(ru, ruEdits),
      );
      for (const injection of batch) {
        const [from, to] = unitLines(ru, injection.unit, ruEdits);
        const structural = injection.rule === 'missing-translation' || injection.rule === 'segment-inconsistent';
        const found = file.messages.some((m) => m.ruleId === injection.rule && (structural || ((m.line ?? 0) >= from - 3 && (m.line ?? 0) <= to + 2)));
        if (!found) missed.push(`${injection.rule} (${injection.what}) at ru lines ${from}-${to}`);
      }
    }
    const recall = 1 - missed.length / injections.length;
    console.log(
      `seeded errors: ${injections.length} injected in ${batches.length} runs, ${injections.length - missed.length} found (${(recall * 100).toFixed(1)} %)${missed.length ? `; missed: ${missed.join('; ')}` : ''}`,
    );
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
