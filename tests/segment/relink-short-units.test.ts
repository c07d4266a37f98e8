import { describe, expect, it } from 'vitest';
import { assignIds } from '../../src/segment/assign-ids.js';
import { shortTextSimilarity } from '../../src/segment/short-text-similarity.js';

describe('relinking short units by characters', () => {
  const previous = [
    { id: 'u-license', kind: 'heading' as const, text: 'License' },
    { id: 'u-usage', kind: 'heading' as const, text: 'Usage' },
    { id: 'u-body', kind: 'paragraph' as const, text: 'The code is released under the MIT license.' },
  ];

  it('a one-word heading edit (License → Licence) keeps its ID, marked edited', () => {
    const ids = assignIds(
      [
        { kind: 'heading', text: 'Licence' },
        { kind: 'heading', text: 'Usage' },
      ],
      previous,
    );
    expect(ids).toEqual([
      { id: 'u-license', edited: true },
      { id: 'u-usage', edited: false },
    ]);
  });

  it('a different short heading does not take the ID (Setup is not Usage)', () => {
    const [setup] = assignIds([{ kind: 'heading', text: 'Setup' }], previous.slice(1, 2));
    expect(setup!.id).not.toBe('u-usage');
    expect(setup!.edited).toBe(false);
  });

  it('compares by characters only when both units have at most three words', () => {
    expect(shortTextSimilarity('License', 'Licence')).toBeCloseTo(2 / 3);
    expect(shortTextSimilarity('Getting started now', 'Getting started today')).toBeGreaterThan(0.6);
    expect(shortTextSimilarity('A long heading of five words', 'Another')).toBeUndefined();
    // Longer units still need word overlap: one edited word of a sentence keeps it, a rewrite does not.
    const [body] = assignIds([{ kind: 'paragraph', text: 'Our code is released under the MIT licence.' }], previous);
    expect(body).toEqual({ id: 'u-body', edited: true });
  });
});
