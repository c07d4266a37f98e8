import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { pairDocuments } from '../../src/exchange/pair-documents.js';
import { segmentMarkdown } from '../../src/segment/segment-markdown.js';
import { CORPORA } from '../align/corpus.js';

describe('pairDocuments of a pair that cannot be aligned', () => {
  const en = segmentMarkdown(readFileSync(join(CORPORA, 'md-12factor/en/config.md'), 'utf8'), { file: 'content/en/b/bad.md', lang: 'en' });
  const ru = segmentMarkdown(readFileSync(join(CORPORA, 'md-12factor/ru/logs.md'), 'utf8'), { file: 'content/ru/b/bad.md', lang: 'ru' });

  it('throws without onUnaligned, as before', () => {
    expect(() => pairDocuments(en, ru)).toThrow(InputError);
  });

  it('with onUnaligned: reports the error and pairs nothing, so every English unit can be exported untranslated', () => {
    const told: InputError[] = [];
    const pairs = pairDocuments(en, ru, { onUnaligned: (e) => told.push(e) });
    expect(pairs.size).toBe(0);
    expect(told).toHaveLength(1);
    expect(told[0]?.message).toMatch(/does not look like a translation/);
  });
});
