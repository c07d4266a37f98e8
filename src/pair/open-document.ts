import type { MarkdownSyntax } from '../markdown/markdown-syntax.js';
import type { TreeMemo } from '../markdown/parse-remembered.js';
import type { PreviousUnit } from '../segment/assign-ids.js';
import type { SegmentMemo } from '../segment/chunk-memo.js';
import { segmentMarkdown } from '../segment/segment-markdown.js';
import { LineIndex } from '../util/line-index.js';
import { readDocument } from '../util/read-document.js';
import type { DocumentMemos } from './document-memos.js';
import type { DocumentInput, OpenedDocument } from './types.js';

/** How a document's text is parsed and segmented. */
export interface SegmentingOptions {
  /** Its chunk segmentations remembered by earlier runs (only new chunks are parsed and split). */
  memo?: SegmentMemo | undefined;
  /** Its chunk trees remembered or just parsed (a chunk found there is not parsed again). */
  trees?: TreeMemo | undefined;
  /** Template tags and MDX attributes (the config's `syntax`; default: DEFAULT_SYNTAX). */
  syntax?: MarkdownSyntax | undefined;
  /** The units the lock records (for a source document): unit IDs survive edits. */
  previous?: readonly PreviousUnit[] | undefined;
  /** The segmenter (default: `segmentMarkdown`; tests count its calls). */
  segmenter?: typeof segmentMarkdown | undefined;
}

/** How a document is read and segmented by {@link openDocument}. */
export interface OpenOptions extends Omit<SegmentingOptions, 'memo' | 'trees'> {
  /** How messages and the result name the file (default: the path). */
  name?: string | undefined;
  /** How the result (its units, the findings on it) names the file, when not as messages do (default: `name`). */
  file?: string | undefined;
  /** The folders the file may resolve into (default: the project of the path; see `readProjectFile`). */
  roots?: readonly string[] | undefined;
  /** The run's memos: the document's chunk trees and segmentations, looked up by `path`. */
  memos?: DocumentMemos | undefined;
}

/**
 * Open a document already read: parse and segment it (through its chunk memo when given),
 * with a line index. Nothing downstream changes the result, so one opened source may serve
 * every target it is paired with.
 *
 * @param input the document as read
 * @param options memos, syntax, the lock's units
 * @throws InputError when the document cannot be segmented (invalid front matter, input limits)
 * @example openText({ file: 'content/en/a.md', markdown: '# Title\n', lang: 'en' }).doc.units.length // 1
 */
export function openText(input: DocumentInput, options: SegmentingOptions = {}): OpenedDocument {
  const { memo, trees, syntax, previous } = options;
  const doc = (options.segmenter ?? segmentMarkdown)(input.markdown, {
    file: input.file,
    lang: input.lang,
    memo,
    trees,
    syntax,
    ...(previous ? { previous } : {}),
  });
  return { file: input.file, lang: input.lang, markdown: input.markdown, doc, lines: new LineIndex(input.markdown) };
}

/**
 * Open a document: read it through the project reader (`readDocument`: inside the project,
 * a regular UTF-8 file within the size limit; a symbolic link out of the project is refused),
 * then parse and segment it with the run's memos ({@link openText}).
 *
 * @param path the file (absolute, or from the working folder); it also names its memos
 * @param lang its language tag
 * @param options how to name it, where it may resolve, memos, syntax, the lock's units
 * @throws InputError naming the file when it cannot be read, is refused, or cannot be segmented
 * @example openDocument('/repo/content/de/a.md', 'de', { name: 'content/de/a.md', roots: ['/repo'] }).doc.units.length
 */
export function openDocument(path: string, lang: string, options: OpenOptions = {}): OpenedDocument {
  return openText(readInput(path, lang, options), segmentingOf(path, options));
}

/**
 * Read a document through the project reader, as {@link openDocument} does, without segmenting it.
 *
 * @throws InputError naming the file when it cannot be read or is refused
 * @example readInput('/repo/content/en/a.md', 'en', { name: 'content/en/a.md' }).markdown
 */
export function readInput(path: string, lang: string, options: Pick<OpenOptions, 'name' | 'file' | 'roots'> = {}): DocumentInput {
  const name = options.name ?? path;
  const markdown = readDocument(path, name, options.roots ? { roots: options.roots } : {});
  return { file: options.file ?? name, markdown, lang };
}

/**
 * How {@link openDocument} segments the document at `path`: its memos, syntax, lock units, segmenter.
 *
 * @example openText(input, segmentingOf(path, { memos, syntax }))
 */
export function segmentingOf(path: string, options: OpenOptions): SegmentingOptions {
  const { memos, syntax, previous, segmenter } = options;
  return { memo: memos?.segments(path), trees: memos?.trees(path), syntax, previous, segmenter };
}
