import type { MarkdownSyntax } from '../markdown/markdown-syntax.js';
import type { SegmentMemo } from '../segment/chunk-memo.js';
import { segmentMarkdown } from '../segment/segment-markdown.js';
import { LineIndex } from '../util/line-index.js';
import type { DocumentInput } from './check-pair.js';
import type { DocumentSide } from './types.js';

/**
 * One side of a pair as the rules see it: the document segmented (through its chunk memo when
 * given), with a line index. The source side of a document is made once per run and shared by
 * every target language it is checked against (see check-group.ts); nothing downstream changes it.
 *
 * @param input the document as read
 * @param memo its remembered chunk segmentations, if any
 * @param syntax template tags and MDX attributes (the config's `syntax`)
 * @returns the side, ready for `checkPair`
 * @throws InputError when the document cannot be segmented (invalid front matter)
 * @example documentSide({ file: 'content/en/a.md', source: '# Title\n', lang: 'en' }, undefined, undefined).doc.units.length // 1
 */
export function documentSide(input: DocumentInput, memo: SegmentMemo | undefined, syntax: MarkdownSyntax | undefined): DocumentSide {
  const doc = segmentMarkdown(input.source, { file: input.file, lang: input.lang, memo, syntax });
  return { file: input.file, lang: input.lang, source: input.source, doc, lines: new LineIndex(input.source) };
}
