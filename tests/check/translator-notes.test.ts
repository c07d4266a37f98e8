import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/align-documents.js';
import { checkPair, type CheckPairOptions } from '../../src/check/check-pair.js';
import { pairByStructure } from '../../src/pair/pair-by-structure.js';
import { segmentMarkdown } from '../../src/segment/segment-markdown.js';
import { fixtureText, TN_EN, TN_RU } from '../support/translator-notes-project.js';

const en = fixtureText(TN_EN);
const ru = fixtureText(TN_RU);
const withAligner: CheckPairOptions = { align: (e, r) => alignDocuments(e, r) };

function check(enText: string, ruText: string, options: CheckPairOptions = {}): Array<[string, number]> {
  const file = checkPair({ file: 'en.md', markdown: enText, lang: 'en' }, { file: 'ru.md', markdown: ruText, lang: 'ru' }, options);
  return file.messages.map((m) => [String(m.ruleId), m.line ?? 0]);
}

describe("translator's notes in diglot check", () => {
  it.each([
    ['with the aligner', withAligner],
    ['paired by structure', {}],
  ] as const)('a called note is no extra translation, no markup mismatch, nothing at all (%s)', (_, options) => {
    expect(check(en, ru, options)).toEqual([]);
  });

  it('the same footnote without the `tn` label is an extra translation and an extra footnote call (the convention is what tells them apart)', () => {
    const plain = ru.replaceAll('[^tn1]', '[^n9]');
    const rules = check(en, plain, withAligner).map(([rule]) => rule);
    expect(rules).toContain('extra-translation');
    expect(rules).toContain('markup-mismatch');
  });

  it('the note is a bead of its own: every other unit stays paired one to one', () => {
    const enDoc = segmentMarkdown(en, { file: 'en.md', lang: 'en' });
    const ruDoc = segmentMarkdown(ru, { file: 'ru.md', lang: 'ru' });
    const note = ruDoc.units.findIndex((u) => u.label === 'tn1');
    const blocks = alignDocuments(enDoc, ruDoc).blocks.map((b): [number[], number[]] => [b.source, b.target]);
    expect(blocks).toContainEqual([[], [note]]);
    expect(blocks.filter(([e]) => e.length > 0).every(([e, r]) => e.length === 1 && r.length === 1)).toBe(true);
    expect(blocks).toHaveLength(enDoc.units.length + 1);
    const pairs = pairByStructure(enDoc, ruDoc).map((p) => [p.source.length, p.target.map((u) => u.label ?? u.kind)]);
    expect(pairs.filter(([n]) => n === 0)).toEqual([[0, ['tn1']]]);
  });

  it('a note no call names, and a call without its note, are reported with place, expected and actual', () => {
    const uncalled = ru.replace('1918\u00a0г.[^tn1]', '1918\u00a0г.');
    const file = checkPair({ file: 'en.md', markdown: en, lang: 'en' }, { file: 'ru.md', markdown: uncalled, lang: 'ru' }, withAligner);
    expect(file.messages.map((m) => [m.ruleId, m.line, m.column, m.expected])).toEqual([['translator-note', 16, 9, ['[^tn1]']]]);
    const undefinedCall = ru.replace(/\n\[\^tn1\]: .*\n/, '\n');
    const second = checkPair({ file: 'en.md', markdown: en, lang: 'en' }, { file: 'ru.md', markdown: undefinedCall, lang: 'ru' }, withAligner);
    expect(second.messages.map((m) => [m.ruleId, m.line, m.actual])).toEqual([['translator-note', 10, '[^tn1]']]);
  });

  it("a `tn` footnote of the SOURCE is the author's: its translation with the same label pairs with it", () => {
    const enTn = en.replaceAll('[^2]', '[^tn2]');
    const ruTn = ru.replaceAll('[^2]', '[^tn2]');
    expect(check(enTn, ruTn, withAligner)).toEqual([]);
    const enDoc = segmentMarkdown(enTn, { file: 'en.md', lang: 'en' });
    const ruDoc = segmentMarkdown(ruTn, { file: 'ru.md', lang: 'ru' });
    const beads = alignDocuments(enDoc, ruDoc).blocks;
    const enNote = enDoc.units.findIndex((u) => u.label === 'tn2');
    expect(beads.find((b) => b.source.includes(enNote))?.target.map((j) => ruDoc.units[j]?.label)).toEqual(['tn2']);
    // Dropped from the translation, the author's `tn2` note is missing, as any other note would be.
    expect(check(enTn, ruTn.replace(/\n\[\^tn2\]: .*\n/, '\n'), withAligner).map(([rule]) => rule)).toContain('missing-translation');
  });
});
