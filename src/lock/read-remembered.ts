import { relative, resolve } from 'node:path';
import type { DocumentMemos } from '../cache/document-memos.js';
import { findCodeBlocks, type CodeBlock } from '../markdown/find-code-blocks.js';
import type { PreviousUnit } from '../segment/assign-ids.js';
import { segmentMarkdown } from '../segment/segment-markdown.js';
import type { SegmentedDocument } from '../segment/types.js';
import { readDocument } from '../util/read-document.js';

/** A document read for the lock: its units and its code blocks. */
export interface RememberedDocument {
  doc: SegmentedDocument;
  code: CodeBlock[];
}

/**
 * Read a content document and segment it with the project's memos (`.diglot-cache/memo/`,
 * shared with check, build and diff): only chunks no earlier run has seen are parsed and split.
 * Its code blocks come from the same chunk trees. The document is named from `cwd`, as
 * `readSegmented` of the CLI names it.
 *
 * @param path the file, absolute or from `cwd`
 * @param lang its language
 * @param options the working folder, the memos and the lock's units (for the source)
 * @throws InputError when the file cannot be read or segmented
 * @example readRemembered('content/en/a.md', 'en', { cwd, memos: new DocumentMemos(root) }).doc.units.length
 */
export function readRemembered(path: string, lang: string, options: { cwd: string; memos: DocumentMemos; previous?: readonly PreviousUnit[] | undefined }): RememberedDocument {
  const absolute = resolve(options.cwd, path);
  const file = relative(options.cwd, absolute) || path;
  const source = readDocument(absolute, file);
  const trees = options.memos.trees(absolute);
  const doc = segmentMarkdown(source, { file, lang, memo: options.memos.segments(absolute), trees, ...(options.previous ? { previous: options.previous } : {}) });
  return { doc, code: findCodeBlocks(source, { file, trees }) };
}
