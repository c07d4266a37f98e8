import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../src/align/align-sentences.js';
import { anchorsOf } from '../../src/align/extract-anchors.js';
import { matchAnchors } from '../../src/align/match-anchors.js';
import { normalizeNumbers } from '../../src/align/normalize-numbers.js';
import { consonantSkeleton, cyrillicToLatin, latinToCyrillic, skeletonsMatch } from '../../src/align/transliterate.js';
import { lengthProbability } from '../../src/align/gale-church.js';

describe('anchors', () => {
  it('normalises numbers across languages', () => {
    expect(normalizeNumbers('In 1933, 4% of 1,500 — pages 2–3, in the 1930s, 2.5 times', 'en')).toEqual(['1933', '4', '1500', '2', '3', '1930', '2.5']);
    expect(normalizeNumbers('В 1933 г. 4 % из 1 500 — с. 2-3, в 1930-х, в 2,5 раза', 'ru')).toEqual(['1933', '4', '1500', '2', '3', '1930', '2.5']);
  });
  it('transliterates and compares names by consonant skeleton', () => {
    expect(cyrillicToLatin('Литвинов')).toBe('litvinov');
    expect(latinToCyrillic('Litvinov')).toBe('литвинов');
    expect(consonantSkeleton('Roosevelt')).toBe(consonantSkeleton('Рузвельт'));
    expect(skeletonsMatch(consonantSkeleton('Litvinov'), consonantSkeleton('Литвиновым'))).toBe(true);
    expect(skeletonsMatch(consonantSkeleton('Hull'), consonantSkeleton('Халл'))).toBe(true);
    expect(skeletonsMatch(consonantSkeleton('Washington'), consonantSkeleton('Вашингтоне'))).toBe(true);
    expect(skeletonsMatch(consonantSkeleton('Roosevelt'), consonantSkeleton('Литвинов'))).toBe(false);
  });
  it('matches numbers, codes, names and glossary terms; mismatches cost', () => {
    const terms = [{ id: 'recognition', source: 'recognition', target: 'признание' }];
    const en = anchorsOf(
      'Roosevelt wrote to Kalinin in 1933 about {1}recognition{/1}.',
      'en',
      [{ id: 1, kind: 'link', type: 'pc', data: '[', dataEnd: '](https://x.org/a)', value: 'https://x.org/a' }],
      { terms },
    );
    const ru = anchorsOf(
      'В 1933 г. Рузвельт написал Калинину о {1}признании{/1}.',
      'ru',
      [{ id: 1, kind: 'link', type: 'pc', data: '[', dataEnd: '](https://x.org/a)', value: 'https://x.org/a' }],
      { terms },
    );
    const other = anchorsOf('В 1917 г. Ленин написал {1}письмо{/1}.', 'ru', [
      { id: 1, kind: 'link', type: 'pc', data: '[', dataEnd: '](https://y.org)', value: 'https://y.org' },
    ]);
    const good = matchAnchors([en], [ru]);
    expect(good.matched).toBeGreaterThanOrEqual(3);
    expect(good.cost).toBeLessThan(-8);
    expect(matchAnchors([en], [other]).cost).toBeGreaterThan(0);
  });
  it('prices lengths like Gale–Church', () => {
    expect(lengthProbability(100, 108)).toBeGreaterThan(0.9);
    expect(lengthProbability(100, 300)).toBeLessThan(1e-6);
  });
  it('aligns sentences with a merge and a drop', () => {
    const en = [
      'The talks began on 8 November 1933.',
      'Litvinov arrived in Washington.',
      'He met Roosevelt.',
      'The weather was cold.',
      'Notes were exchanged on 16 November.',
    ];
    const ru = ['Переговоры начались 8 ноября 1933 г.', 'Литвинов прибыл в Вашингтон и встретился с Рузвельтом.', 'Ноты были обменены 16 ноября.'];
    expect(alignSentences(en, ru).map((b) => [b.source, b.target])).toEqual([
      [[0], [0]],
      [[1, 2], [1]],
      [[3], []],
      [[4], [2]],
    ]);
  });
});
