import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, parseWhole } from '../../src/markdown/parse-markdown.js';
import { findCuts } from '../../src/markdown/parse-in-chunks.js';
import { segmentMarkdown, segmentTree } from '../../src/segment/segment-markdown.js';
import { reassemble } from '../../src/segment/reassemble.js';
import { repoRoot, realMarkdownFiles } from '../support/paths.js';

const files = realMarkdownFiles();
const units = (source: string, chunkSize: number) =>
  segmentTree(chunkSize ? parseMarkdown(source, { chunkSize }) : parseWhole(source), source, { file: 'x.md', lang: 'en' }).units;

describe('chunked parsing of large documents', () => {
  it.each(files.map((f) => [relative(repoRoot, f), f]))('%s: chunks of 1 kB give the same units and round trip as a whole parse', (_n, file) => {
    const source = readFileSync(file, 'utf8');
    const whole = units(source, 0);
    const chunked = units(source, 1000);
    expect(findCuts(source, 1000).length).toBeGreaterThan(source.length > 3000 ? 2 : 1);
    expect(chunked).toEqual(whole);
    // Every unit rewritten through the serialiser from the chunked parse reads back, whole, as the same units.
    const doc = { file, lang: 'en', units: chunked };
    const rewritten = reassemble(source, doc, new Map(chunked.map((u) => [u.id, u.text])), { force: true });
    const same = (list: typeof whole) => list.map((u) => [u.kind, u.path, u.text]);
    expect(same(units(rewritten, 0))).toEqual(same(whole));
  });

  it('gives the same units on all corpora concatenated into one 700 kB document', () => {
    const source = files.map((f) => readFileSync(f, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')).join('\n\n');
    expect(source.length).toBeGreaterThan(500_000);
    const chunked = units(source, 20_000);
    expect(chunked.length).toBeGreaterThan(2000);
    // A whole parse of this size is slow but still feasible; it is the reference.
    expect(chunked).toEqual(units(source, 0));
    // segmentMarkdown streams a large document chunk by chunk: the same units again.
    expect(segmentMarkdown(source, { file: 'x.md', lang: 'en' }).units).toEqual(chunked);
  });

  it('never cuts inside fenced code, HTML blocks or a list', () => {
    const body = [
      'Intro paragraph.',
      '```',
      'code',
      '',
      'Still code.',
      '```',
      '',
      '<pre>',
      '',
      'Not a cut.',
      '</pre>',
      '',
      '- item',
      '',
      '- item two',
      '',
      'After.',
    ].join('\n');
    const source = Array.from({ length: 50 }, () => body).join('\n\n');
    const cuts = findCuts(source, 1);
    for (const cut of cuts.slice(1, -1)) {
      const line = source.slice(cut).split('\n')[0];
      expect(['Intro paragraph.', 'After.', '<pre>', '```']).toContain(line);
      expect(line).not.toBe('Still code.');
    }
    expect(units(source, 1)).toEqual(units(source, 0));
  });

  it('resolves references to definitions in other chunks', () => {
    const source = `See [the guide][g] and a note[^n].\n\n${'Filler paragraph. '.repeat(200)}\n\n[g]: https://example.org\n\n[^n]: The note.\n`;
    const chunked = units(source, 500);
    expect(chunked[0]!.codes.map((c) => c.kind)).toEqual(['linkReference', 'footnoteReference']);
    expect(chunked).toEqual(units(source, 0));
  });
});
