import { relative, resolve } from 'node:path';
import type { DocumentMemos } from '../pair/document-memos.js';
import { findCodeBlocks, type CodeBlock } from '../markdown/find-code-blocks.js';
import type { PreviousUnit } from '../segment/assign-ids.js';
import { openDocument } from '../pair/open-document.js';
import type { SegmentedDocument } from '../segment/types.js';

/** A document read for the lock: its units and its code blocks. */
export interface RememberedDocument {
  doc: SegmentedDocument;
  code: CodeBlock[];
}

/**
 * Read a content document and segment it with the project's memos (`.diglot-cache/memo/`,
 * shared with check, build and diff): only chunks no earlier run has seen are parsed and split.
 * Its code blocks come from the same chunk trees. The document is named from `cwd`, as
 * `diglot align` names it.
 *
 * @param path the file, absolute or from `cwd`
 * @param lang its language
 * @param options the working folder, the memos and the lock's units (for the source)
 * @throws InputError when the file cannot be read or segmented
 * @example readRemembered('content/en/a.md', 'en', { cwd, memos: new DocumentMemos(root) }).doc.units.length
 */
export function readRemembered(
  path: string,
  lang: string,
  options: { cwd: string; memos: DocumentMemos; previous?: readonly PreviousUnit[] | undefined },
): RememberedDocument {
  const absolute = resolve(options.cwd, path);
  const file = relative(options.cwd, absolute) || path;
  // Opened as every command opens a document (src/pair), with the project's memos.
  const { markdown: source, doc } = openDocument(absolute, lang, { name: file, memos: options.memos, previous: options.previous });
  const trees = options.memos.trees(absolute);
  return { doc, code: findCodeBlocks(source, { file, trees }) };
}
