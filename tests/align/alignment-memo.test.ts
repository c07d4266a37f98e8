import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/align-documents.js';
import type { Alignment, AlignmentMemo, Bead } from '../../src/align/types.js';
import { buildTermIndex } from '../../src/glossary/build-term-index.js';
import { readForms } from '../../src/glossary/read-forms.js';
import { termAnchors } from '../../src/glossary/term-anchors.js';
import { segmentMarkdown } from '../../src/segment/segment-markdown.js';
import { repoRoot } from '../support/paths.js';
import { CORPORA } from './corpus.js';

/** A memo in a Map, counting hits and misses of both levels. */
function mapMemo(identity: string) {
  const blocks = new Map<string, Alignment>();
  const sentences = new Map<string, Bead[]>();
  const stats = { hits: 0, misses: 0, sentenceHits: 0, sentenceMisses: 0 };
  const memo: AlignmentMemo = {
    identity,
    blocks: {
      get: (k) => (blocks.has(k) ? (stats.hits++, blocks.get(k)) : (stats.misses++, undefined)),
      set: (k, v) => (blocks.set(k, v), v),
    },
    sentences: {
      get: (k) => (sentences.has(k) ? (stats.sentenceHits++, sentences.get(k)) : (stats.sentenceMisses++, undefined)),
      set: (k, v) => (sentences.set(k, v), v),
    },
  };
  return { memo, stats };
}

const strip = (r: ReturnType<typeof alignDocuments>) => ({
  blocks: r.blocks,
  sentences: r.sentences,
  messages: r.messages.map((m) => [m.reason, m.line, m.column]),
});

const pairs = [
  { name: 'the article', en: `${repoRoot}content/en/us-ussr-recognition-1933.md`, ru: `${repoRoot}content/ru/us-ussr-recognition-1933.md` },
  {
    name: 'md-opensource-guide how-to-contribute',
    en: `${CORPORA}md-opensource-guide/en/how-to-contribute.md`,
    ru: `${CORPORA}md-opensource-guide/ru/how-to-contribute.md`,
  },
];

describe('remembered alignments', () => {
  const forms = readForms(`${repoRoot}glossary/forms.json`);
  const anchors = termAnchors(forms, buildTermIndex(forms));

  it.each(pairs)('$name: cold, warm and after a one-paragraph edit, the same beads and warnings as without memo', ({ en: enFile, ru: ruFile }) => {
    const en = segmentMarkdown(readFileSync(enFile, 'utf8'), { file: enFile, lang: 'en' });
    const ruSource = readFileSync(ruFile, 'utf8');
    const ru = segmentMarkdown(ruSource, { file: ruFile, lang: 'ru' });
    const plain = alignDocuments(en, ru, { findTerms: anchors.find });
    const { memo, stats } = mapMemo(anchors.identity);
    expect(strip(alignDocuments(en, ru, { findTerms: anchors.find, memo }))).toEqual(strip(plain));
    expect(stats).toMatchObject({ hits: 0, misses: 1, sentenceHits: 0 });
    const blocksWithSentences = stats.sentenceMisses;
    expect(blocksWithSentences).toBeGreaterThan(3);
    expect(strip(alignDocuments(en, ru, { findTerms: anchors.find, memo }))).toEqual(strip(plain));
    expect(stats.hits).toBe(1);
    // Edit: one more sentence in the longest multi-sentence Russian paragraph.
    const target = [...ru.units].filter((u) => u.kind === 'paragraph' && u.sentences.length > 1).sort((a, b) => b.text.length - a.text.length)[0];
    if (!target) throw new Error('no paragraph of several sentences');
    const at = target.end.offset;
    const editedSource = `${ruSource.slice(0, at)} Это предложение добавлено правкой.${ruSource.slice(at)}`;
    const edited = segmentMarkdown(editedSource, { file: ruFile, lang: 'ru' });
    const before = { ...stats };
    expect(strip(alignDocuments(en, edited, { findTerms: anchors.find, memo }))).toEqual(strip(alignDocuments(en, edited, { findTerms: anchors.find })));
    expect(stats.misses - before.misses).toBe(1);
    // Only the edited block's sentences are aligned again.
    expect(stats.sentenceMisses - before.sentenceMisses).toBe(1);
    expect(stats.sentenceHits - before.sentenceHits).toBe(blocksWithSentences - 1);
  });

  it('is keyed by the glossary: another identity or other options miss', () => {
    const [{ en: enFile, ru: ruFile }] = pairs as [(typeof pairs)[number]];
    const en = segmentMarkdown(readFileSync(enFile, 'utf8'), { file: enFile, lang: 'en' });
    const ru = segmentMarkdown(readFileSync(ruFile, 'utf8'), { file: ruFile, lang: 'ru' });
    const { memo, stats } = mapMemo('glossary A');
    alignDocuments(en, ru, { findTerms: anchors.find, memo });
    alignDocuments(en, ru, { findTerms: anchors.find, memo: { ...memo, identity: 'glossary B' } });
    alignDocuments(en, ru, { findTerms: anchors.find, memo, band: false });
    expect(stats.hits).toBe(0);
    expect(stats.misses).toBe(3);
  });
});
