import type { Root, RootContent } from 'mdast';
import { hashOf } from '../util/hash-of.js';
import type { Memo } from '../cache/memo-file.js';
import { chunksAt, documentRoot, findContentCuts, shift } from './parse-in-chunks.js';
import { checkInputLimits } from './scan-input-limits.js';
import { parseWhole, UNNAMED } from './parse-markdown.js';
import { DEFAULT_SYNTAX, isMdxFile, syntaxKey, type MarkdownSyntax } from './markdown-syntax.js';

/** Where {@link parseRemembered} looks chunk trees up (a MemoFile fits). */
export type TreeMemo = Memo<RootContent[]>;

/** Format of remembered chunk trees (part of their keys). */
const TREE_MEMO = 'diglot-tree-chunk/1';

/**
 * The top-level nodes of one chunk (`text` = the chunk and the definitions it needs; nodes of
 * the definitions, at or after `length`, left out), positions relative to the chunk: from the
 * memo, or parsed and remembered. The nodes are the memo's own: copy before changing them.
 *
 * @example chunkNodes('# Title\n', 8, memo)[0]?.type // 'heading'
 */
export function chunkNodes(
  text: string,
  length: number,
  memo: TreeMemo | undefined,
  syntax: MarkdownSyntax = DEFAULT_SYNTAX,
  file: string = UNNAMED,
): RootContent[] {
  if (!memo) return parseChunk(text, length, syntax, file);
  const key = hashOf(TREE_MEMO, syntaxKey(syntax, isMdxFile(file)), text);
  return memo.get(key) ?? memo.set(key, parseChunk(text, length, syntax, file));
}

function parseChunk(text: string, length: number, syntax: MarkdownSyntax, file: string): RootContent[] {
  return parseWhole(text, syntax, file).children.filter((node) => (node.position?.start.offset ?? 0) < length);
}

/**
 * Where a document is cut into content-defined chunks: MDX is never cut (a JSX element may
 * hold blank lines), Markdown at findContentCuts.
 */
export function contentCuts(source: string, file: string): number[] {
  return isMdxFile(file) ? [0, source.length] : findContentCuts(source);
}

/**
 * Parse a document chunk by chunk (content-defined chunks, see findContentCuts), taking the
 * top-level nodes of every chunk already parsed in an earlier run from `memo`: after a
 * one-paragraph edit only the edited chunk goes through micromark. A chunk is parsed with the
 * link and footnote definitions it refers to, as in parse-in-chunks.ts, so the tree is the one
 * `parseMarkdown` gives. Remembered nodes keep positions relative to their chunk; the tree
 * returned is a copy with document positions.
 *
 * Input beyond the limits of input-limits.ts is refused before parsing.
 *
 * @param file names the document in errors; a name ending in `.mdx` selects MDX
 * @param syntax template tags to protect (default: DEFAULT_SYNTAX)
 * @throws InputError with file:line:column when the input exceeds a limit (see INPUT_LIMITS)
 * @example const tree = parseRemembered(source, MemoFile.open(path, codeFingerprint()), 'content/en/a.md');
 */
export function parseRemembered(source: string, memo: TreeMemo, file: string = UNNAMED, syntax: MarkdownSyntax = DEFAULT_SYNTAX): Root {
  checkInputLimits(source, file);
  const children: RootContent[] = [];
  for (const chunk of chunksAt(source, contentCuts(source, file))) {
    for (const node of structuredClone(chunkNodes(chunk.text, chunk.length, memo, syntax, file))) {
      shift(node, chunk.lines, chunk.start);
      children.push(node);
    }
  }
  return documentRoot(children, source);
}
