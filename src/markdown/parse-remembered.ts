import type { Root, RootContent } from 'mdast';
import { hashOf } from '../build/hash-of.js';
import { collectDefinitions, countLines, definitionsUsedIn, findContentCuts, shift } from './parse-in-chunks.js';
import { parseWhole } from './parse-markdown.js';

/** Where {@link parseRemembered} looks chunk trees up (a MemoFile fits). */
export interface TreeMemo {
  get(key: string): RootContent[] | undefined;
  set(key: string, value: RootContent[]): RootContent[];
}

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
 * @example const tree = parseRemembered(source, MemoFile.open(path, codeFingerprint()));
 */
export function parseRemembered(source: string, memo: TreeMemo): Root {
  const cuts = findContentCuts(source);
  const definitions = collectDefinitions(source);
  const children: RootContent[] = [];
  let lines = 0;
  for (let i = 0; i < cuts.length - 1; i++) {
    const start = cuts[i] as number;
    const chunk = source.slice(start, cuts[i + 1]);
    const needed = definitionsUsedIn(chunk, definitions);
    const text = needed ? `${chunk}\n\n${needed}` : chunk;
    for (const node of structuredClone(chunkNodes(text, chunk.length, memo))) {
      shift(node, lines, start);
      children.push(node);
    }
    lines += countLines(chunk);
  }
  const last = source.lastIndexOf('\n');
  return {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: lines + 1, column: source.length - last, offset: source.length } },
  };
}
