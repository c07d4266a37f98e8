import type { Root, RootContent } from 'mdast';
import { hashOf } from '../build/hash-of.js';
import type { Memo } from '../cache/memo-file.js';
import { chunksAt, documentRoot, findContentCuts, shift } from './parse-in-chunks.js';
import { checkInputLimits } from './input-limits.js';
import { parseWhole, UNNAMED } from './parse-markdown.js';

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
export function chunkNodes(text: string, length: number, memo: TreeMemo | undefined): RootContent[] {
  if (!memo) return parseChunk(text, length);
  const key = hashOf(TREE_MEMO, text);
  return memo.get(key) ?? memo.set(key, parseChunk(text, length));
}

function parseChunk(text: string, length: number): RootContent[] {
  return parseWhole(text).children.filter((node) => (node.position?.start.offset ?? 0) < length);
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
 * @param file names the document in errors
 * @throws InputError with file:line:column when the input exceeds a limit (see INPUT_LIMITS)
 * @example const tree = parseRemembered(source, MemoFile.open(path, codeFingerprint()), 'content/en/a.md');
 */
export function parseRemembered(source: string, memo: TreeMemo, file: string = UNNAMED): Root {
  checkInputLimits(source, file);
  const children: RootContent[] = [];
  for (const chunk of chunksAt(source, findContentCuts(source))) {
    for (const node of structuredClone(chunkNodes(chunk.text, chunk.length, memo))) {
      shift(node, chunk.lines, chunk.start);
      children.push(node);
    }
  }
  return documentRoot(children, source);
}
