import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { DocumentMemos } from '../../src/pair/document-memos.js';
import { openDocument } from '../../src/pair/open-document.js';
import { openPair, pairAligner } from '../../src/pair/open-pair.js';
import { OpenedSources } from '../../src/pair/opened-sources.js';
import { termPairGlossary } from '../../src/pair/pair-glossary.js';
import { segmentMarkdown } from '../../src/segment/segment-markdown.js';
import type { OpenedDocument } from '../../src/pair/types.js';
import { CORPORA } from '../align/corpus.js';

const TWELVE = join(CORPORA, 'md-12factor');
const corpusFile = (lang: string, name: string): string => join(TWELVE, lang, name);

describe('openPair: one step opens a document pair for every command', () => {
  it('opens the source once for several targets, and names source, target and language', () => {
    const sources = new OpenedSources();
    const memos = new DocumentMemos(undefined);
    // An injected segmenter counts how often each document is parsed and segmented.
    const segmented = new Map<string, number>();
    const segmenter: typeof segmentMarkdown = (markdown, options) => (
      segmented.set(options.file, (segmented.get(options.file) ?? 0) + 1),
      segmentMarkdown(markdown, options)
    );
    const openSource = (): OpenedDocument => sources.openFile(corpusFile('en', 'config.md'), 'en', { name: 'en/config.md', roots: [TWELVE], memos, segmenter });
    const targets = ['de', 'uk', 'fr'];
    const pairs = targets.map((lang) =>
      openPair(openSource(), openDocument(corpusFile(lang, 'config.md'), lang, { name: `${lang}/config.md`, roots: [TWELVE], memos, segmenter }), {
        align: pairAligner(),
      }),
    );
    expect(segmented.get('en/config.md')).toBe(1);
    for (const lang of targets) expect(segmented.get(`${lang}/config.md`)).toBe(1);
    expect(sources.segmented).toBe(1);
    // Every pair holds the very same opened source.
    expect(new Set(pairs.map((p) => p.source)).size).toBe(1);
    for (const [k, pair] of pairs.entries()) {
      const lang = targets[k] as string;
      expect(pair.lang).toBe(lang);
      expect(pair.source).toMatchObject({ file: 'en/config.md', lang: 'en' });
      expect(pair.target).toMatchObject({ file: `${lang}/config.md`, lang });
      expect(pair.target.doc.lang).toBe(lang);
      expect(pair.pairedBy).toBe('aligner');
      expect(pair.unaligned).toBeUndefined();
      // The unit pairs are the alignment's block beads, on the two documents' own units.
      expect(pair.pairs).toHaveLength(pair.alignment.blocks.length);
      const sourceUnits = new Set(pair.source.doc.units);
      expect(pair.pairs.flatMap((p) => p.source).every((u) => sourceUnits.has(u))).toBe(true);
      // The title is paired with the title.
      expect(pair.pairs.find((p) => p.source[0]?.kind === 'heading')?.target[0]?.kind).toBe('heading');
    }
  });

  it('a changed source text is opened again; the same text is not', () => {
    const sources = new OpenedSources();
    const input = { file: 'en/logs.md', markdown: '# Logs\n\nA paragraph.\n', lang: 'en' };
    let opened = 0;
    const open = (text: string) =>
      sources.open(
        { ...input, markdown: text },
        undefined,
        () => (opened++, { ...input, markdown: text, doc: { file: input.file, lang: 'en', units: [] }, lines: undefined as never }),
      );
    open(input.markdown);
    open(input.markdown);
    open(`${input.markdown}More.\n`);
    expect(opened).toBe(2);
  });

  it('a target the aligner refuses is paired by structure, and the pair says so', () => {
    const source = openDocument(corpusFile('en', 'config.md'), 'en', { roots: [TWELVE] });
    // Another document's translation: the aligner finds it unrelated.
    const target = openDocument(corpusFile('ru', 'logs.md'), 'ru', { roots: [TWELVE] });
    expect(() => openPair(source, target, { align: pairAligner() })).toThrow(InputError);
    const pair = openPair(source, target, { align: pairAligner(), unaligned: 'structure' });
    expect(pair.pairedBy).toBe('structure');
    expect(pair.unaligned).toBeInstanceOf(InputError);
    expect(pair.unaligned?.message).toMatch(/does not look like a translation/);
    // Every unit of both sides is in exactly one pair: nothing is lost.
    expect(pair.pairs.flatMap((p) => p.source)).toEqual(source.doc.units);
    expect(pair.pairs.flatMap((p) => p.target)).toEqual(target.doc.units);
    expect(pair.alignment.blocks).toHaveLength(pair.pairs.length);
  });

  it('without an aligner the units are paired by structure, with no refusal to report', () => {
    const source = openDocument(corpusFile('en', 'logs.md'), 'en', { roots: [TWELVE] });
    const target = openDocument(corpusFile('de', 'logs.md'), 'de', { roots: [TWELVE] });
    const pair = openPair(source, target);
    expect(pair.pairedBy).toBe('structure');
    expect(pair.unaligned).toBeUndefined();
    expect(pair.pairs.filter((p) => p.source.length === 1 && p.target.length === 1).length).toBeGreaterThan(0);
  });

  it('the glossary is one shape: term pairs become a finder with an identity', () => {
    const glossary = termPairGlossary([{ id: 'logs', source: 'logs', target: 'Logs' }]);
    expect(glossary?.find('Treat logs as event streams', 'en')).toEqual(['logs']);
    expect(glossary?.find('Behandle Logs als Strom von Ereignissen', 'de')).toEqual(['logs']);
    expect(glossary?.identity).toMatch(/\S/);
    expect(termPairGlossary([])).toBeUndefined();
    const source = openDocument(corpusFile('en', 'logs.md'), 'en', { roots: [TWELVE] });
    const target = openDocument(corpusFile('de', 'logs.md'), 'de', { roots: [TWELVE] });
    expect(openPair(source, target, { align: pairAligner(glossary) }).pairedBy).toBe('aligner');
  });

  const project = mkdtempSync(join(tmpdir(), 'diglot-open-pair-'));
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('a file that leads out of the project is refused, and the error names it', () => {
    writeFileSync(join(project, 'diglot.config.yaml'), 'sourceLanguage: en\ntargetLanguages: [de]\n');
    mkdirSync(join(project, 'content', 'de'), { recursive: true });
    symlinkSync(corpusFile('de', 'config.md'), join(project, 'content', 'de', 'config.md'));
    let error: unknown;
    try {
      openDocument(join(project, 'content', 'de', 'config.md'), 'de', { name: 'content/de/config.md', roots: [project] });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).place?.file).toBe('content/de/config.md');
    expect(String((error as InputError).message)).toMatch(/outside|project/i);
  });
});
