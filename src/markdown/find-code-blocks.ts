import { createHash } from 'node:crypto';
import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { hashText } from '../lock/hash-text.js';
import type { Point } from '../segment/types.js';
import { parseMarkdown } from './parse-markdown.js';
import { parseRemembered, type TreeMemo } from './parse-remembered.js';

/** A code block of a document (fenced or indented): not translated, but compared across languages and versions. */
export interface CodeBlock {
  /** The info string's first word (`js` of ```` ```js title ````), or `''`. */
  lang: string;
  /** The code, without fences or indentation. */
  value: string;
  /** `sha256:` + 16 hex digits of the language tag and the code (see hashCode). */
  hash: string;
  /** The span of the whole block in the source (fences included; end exclusive). */
  start: Point;
  end: Point;
}

/**
 * The code blocks of a Markdown document in document order (inside lists and block quotes too),
 * found on the mdast tree. A document with no code fence (```` ``` ````, `~~~`), no four spaces in
 * a row and no tab cannot hold a code block and is not parsed; the blocks of the last few texts
 * are kept in memory, so a text looked at again in the same run is not parsed again.
 *
 * @param source the Markdown text
 * @param options `file` names the document in errors; `trees` reuses remembered chunk trees (see parse-remembered.ts)
 * @throws InputError for input beyond the limits of input-limits.ts
 * @example findCodeBlocks('Run:\n\n```sh\nnpm test\n```\n')[0]?.value // 'npm test'
 */
export function findCodeBlocks(source: string, options: { file?: string; trees?: TreeMemo | undefined } = {}): CodeBlock[] {
  if (!mayHoldCode(source)) return [];
  const key = createHash('sha256').update(source).digest('hex');
  const known = recent.get(key);
  if (known) {
    recent.delete(key);
    recent.set(key, known);
    return known.map((b) => ({ ...b, start: { ...b.start }, end: { ...b.end } }));
  }
  const tree: Root = options.trees ? parseRemembered(source, options.trees, options.file) : parseMarkdown(source, options.file ? { file: options.file } : {});
  const out: CodeBlock[] = [];
  visit(tree, 'code', (node: Code) => {
    const start = node.position?.start;
    const end = node.position?.end;
    if (!start || !end) return;
    const lang = node.lang ?? '';
    out.push({
      lang,
      value: node.value,
      hash: hashCode(lang, node.value),
      start: { line: start.line, column: start.column, offset: start.offset ?? 0 },
      end: { line: end.line, column: end.column, offset: end.offset ?? 0 },
    });
  });
  recent.set(
    key,
    out.map((b) => ({ ...b, start: { ...b.start }, end: { ...b.end } })),
  );
  if (recent.size > RECENT) recent.delete(recent.keys().next().value as string);
  return out;
}

/** How many documents' code blocks are kept in memory: one run looks at the same text several times (a check of each version, the diff). */
const RECENT = 32;
const recent = new Map<string, CodeBlock[]>();

/**
 * The hash of a code block: its language tag and its code.
 *
 * @example hashCode('sh', 'npm test') // 'sha256:…'
 */
export function hashCode(lang: string, value: string): string {
  return hashText(`${lang}\n${value}`);
}

/** False only when no code block can be in the source: no fence, no four spaces in a row and no tab (an indented block needs one). */
function mayHoldCode(source: string): boolean {
  return source.includes('```') || source.includes('~~~') || source.includes('    ') || source.includes('\t');
}
