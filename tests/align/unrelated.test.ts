import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/align-documents.js';
import { InputError } from '../../src/errors.js';
import { main } from '../../src/cli.js';
import { CORPORA, readPair } from './corpus.js';

describe('a Russian file from another document', () => {
  it('12factor config.md against the Russian logs.md is an InputError', () => {
    const en = readPair('md-12factor', 'config.md').en;
    const ru = readPair('md-12factor', 'logs.md').ru;
    expect(() => alignDocuments(en, ru)).toThrow(InputError);
    expect(() => alignDocuments(en, ru)).toThrow(/Cannot align .* the Russian file does not look like a translation of/);
  });
  it('opensource-guide legal.md against the Russian metrics.md is an InputError', () => {
    const en = readPair('md-opensource-guide', 'legal.md').en;
    const ru = readPair('md-opensource-guide', 'metrics.md').ru;
    expect(() => alignDocuments(en, ru)).toThrow(InputError);
  });
  it('the real pair is not', () => {
    const pair = readPair('md-12factor', 'config.md');
    expect(alignDocuments(pair.en, pair.ru).blocks.length).toBe(pair.en.units.length);
  });
  it('`diglot align` exits 2 with the message', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(['align', `${CORPORA}md-12factor/en/config.md`, `${CORPORA}md-12factor/ru/logs.md`], {
      stdout: (t) => out.push(t),
      stderr: (t) => err.push(t),
    });
    expect(code).toBe(2);
    expect(out.join('')).toBe('');
    expect(err.join('')).toMatch(/does not look like a translation of/);
  });
});
