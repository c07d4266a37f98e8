import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoFile } from '../../src/cache/memo-file.js';
import { findContentCuts } from '../../src/markdown/parse-in-chunks.js';
import type { ChunkSegments } from '../../src/segment/chunk-memo.js';
import { segmentMarkdown } from '../../src/segment/segment-markdown.js';
import { realMarkdownFiles, repoRoot } from '../support/paths.js';

const files = realMarkdownFiles();
const langOf = (file: string): string => (/\/ru\//.test(file) ? 'ru' : 'en');
const memoAt = (path: string): MemoFile<ChunkSegments> => MemoFile.open<ChunkSegments>(path, 'test');
const chunksOf = (source: string): string[] => {
  const cuts = findContentCuts(source);
  return cuts.slice(0, -1).map((c, i) => source.slice(c, cuts[i + 1]));
};

describe('segmentation with a memo of content-defined chunks', () => {
  it('covers the article and both Markdown corpora in both languages', () => {
    expect(files.length).toBeGreaterThanOrEqual(58);
  });

  it.each(files.map((f) => [relative(repoRoot, f), f]))('%s: cold and warm runs give exactly the units of a run without memo', (_n, file) => {
    const source = readFileSync(file, 'utf8');
    const options = { file, lang: langOf(file) };
    const plain = segmentMarkdown(source, options);
    const path = join(mkdtempSync(join(tmpdir(), 'diglot-seg-memo-')), 'memo.json');
    const cold = memoAt(path);
    expect(segmentMarkdown(source, { ...options, memo: cold })).toEqual(plain);
    expect(cold.stats.hits).toBe(0);
    cold.save();
    const warm = memoAt(path);
    expect(segmentMarkdown(source, { ...options, memo: warm })).toEqual(plain);
    expect(warm.stats).toEqual({ hits: findContentCuts(source).length - 1, misses: 0 });
  });

  it('after a one-paragraph edit of the largest Russian file, parses only the edited chunk again', () => {
    const file = files.filter((f) => langOf(f) === 'ru').sort((a, b) => readFileSync(b, 'utf8').length - readFileSync(a, 'utf8').length)[0] as string;
    const source = readFileSync(file, 'utf8');
    const path = join(mkdtempSync(join(tmpdir(), 'diglot-seg-memo-')), 'memo.json');
    const cold = memoAt(path);
    segmentMarkdown(source, { file, lang: 'ru', memo: cold });
    cold.save();
    // Append a sentence to the paragraph in the middle of the document.
    const paragraphs = [...source.matchAll(/\n\n([А-ЯЁ][^\n]+)\n\n/g)];
    const target = paragraphs[Math.floor(paragraphs.length / 2)];
    if (!target) throw new Error(`no paragraph found in ${file}`);
    const at = (target.index ?? 0) + 2 + (target[1] as string).length;
    const edited = `${source.slice(0, at)} Ещё одно предложение.${source.slice(at)}`;
    const warm = memoAt(path);
    const result = segmentMarkdown(edited, { file, lang: 'ru', memo: warm });
    expect(result).toEqual(segmentMarkdown(edited, { file, lang: 'ru' }));
    expect(warm.stats.misses).toBe(1);
    expect(warm.stats.hits).toBe(findContentCuts(edited).length - 2);
  });

  it('cuts by content: inserting a paragraph leaves every chunk away from it as it was (property)', () => {
    const base = files
      .map((f) => readFileSync(f, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''))
      .join('\n\n')
      .slice(0, 200_000);
    const blankLines = [...base.matchAll(/\n\n(?=[A-Za-zА-Яа-я])/g)].map((m) => (m.index ?? 0) + 2);
    const baseChunks = chunksOf(base);
    const before = new Set(baseChunks);
    fc.assert(
      fc.property(
        fc.constantFrom(...blankLines),
        fc.string({ minLength: 1, maxLength: 400 }).filter((s) => /^[A-Za-z]/.test(s) && !/[\n`<[\]\\]/.test(s)),
        (at, words) => {
          const edited = `${base.slice(0, at)}${words}\n\n${base.slice(at)}`;
          const cuts = findContentCuts(edited);
          const after = chunksOf(edited);
          // Chunks that are not text of the unedited document, with where they start.
          const changed = after.flatMap((c, i) => (before.has(c) ? [] : [{ start: cuts[i] as number, end: cuts[i + 1] as number }]));
          // The inserted paragraph either joins the chunk it lands in or starts a chunk of its
          // own, cutting that chunk in two: at most two chunks are new, next to each other, and
          // together they hold the insertion.
          expect(changed.length).toBeGreaterThanOrEqual(1);
          expect(changed.length).toBeLessThanOrEqual(2);
          const first = changed[0] as { start: number; end: number };
          const last = changed.at(-1) as { start: number; end: number };
          if (changed.length === 2) expect(last.start).toBe(first.end);
          expect(first.start).toBeLessThanOrEqual(at);
          expect(last.end).toBeGreaterThanOrEqual(at + words.length);
          expect(after.length - baseChunks.length).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 60 },
    );
  });
});
