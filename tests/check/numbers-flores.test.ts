import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareQuantities } from '../../src/check/numbers/compare-quantities.js';
import { extractQuantities, type Quantity } from '../../src/check/numbers/extract-quantities.js';

// FLORES-200 devtest: 1,012 English sentences and their professional translations, line by line.
const DIR = new URL('../../../shared/corpora/flores200-devtest/', import.meta.url);
const read = (file: string) =>
  readFileSync(new URL(`${file}.devtest`, DIR), 'utf8')
    .split('\n')
    .slice(0, 1012);
const english = read('eng_Latn');
const english_q = english.map((line) => extractQuantities(line, 'en'));
const LANGUAGES = [
  // [file, tag, bound on number-mismatch findings over the 1,012 parallel lines]
  ['rus_Cyrl', 'ru', 5],
  ['ukr_Cyrl', 'uk', 9],
  ['pol_Latn', 'pl', 13],
  ['deu_Latn', 'de', 9],
  ['fra_Latn', 'fr', 14],
] as const;

/** The quantities as read before number words, hours and decades were read: digits only. */
const digitsOnly = (list: Quantity[]) => list.filter((q) => !q.spelled).map(({ also: _also, ...q }) => q);

describe('number-mismatch on FLORES-200: false positives on real parallel sentences', () => {
  it.each(LANGUAGES)('%s: findings stay within the bound, below reading digits only', (file, tag, bound) => {
    const target = read(file);
    let findings = 0;
    let digitFindings = 0;
    const shown: string[] = [];
    target.forEach((line, i) => {
      const source = english_q[i] as Quantity[];
      const found = compareQuantities(source, extractQuantities(line, tag));
      findings += found.length;
      digitFindings += compareQuantities(digitsOnly(source), digitsOnly(extractQuantities(line, tag))).length;
      if (found.length > 0) shown.push(`${i}: ${found.map((m) => m.type).join(', ')}`);
    });
    console.log(`FLORES ${tag}: ${findings} number-mismatch findings on 1012 lines (digits only: ${digitFindings}) [${shown.join('; ')}]`);
    expect(findings).toBeLessThanOrEqual(bound);
    expect(findings).toBeLessThan(digitFindings);
  });

  it.each(LANGUAGES)('%s: a number changed in the translation is still caught', (file, tag) => {
    const target = read(file);
    let seeded = 0;
    let caught = 0;
    target.forEach((line, i) => {
      const source = english_q[i] as Quantity[];
      const quantities = extractQuantities(line, tag);
      if (compareQuantities(source, quantities).length > 0) return;
      const digits = quantities.find((q) => q.kind === 'number' && !q.spelled && /^\d+$/.test(line.slice(q.start, q.end)));
      if (!digits) return;
      const value = Number(line.slice(digits.start, digits.end));
      const changed = `${line.slice(0, digits.start)}${value + 1}${line.slice(digits.end)}`;
      seeded++;
      if (compareQuantities(source, extractQuantities(changed, tag)).length > 0) caught++;
    });
    console.log(`FLORES ${tag}: ${caught}/${seeded} seeded number changes caught`);
    expect(seeded).toBeGreaterThan(50);
    expect(caught).toBe(seeded);
  });
});
