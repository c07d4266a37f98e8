import type { Nodes, Root, RootContent } from 'mdast';
import type { Unit } from '../segment/types.js';

/** A block of one side that the rows of aligned units do not show: a table or a block with no words. */
export interface SideBlock {
  /** Index (into the side's units) of the last unit before the block in the document; -1 when none. */
  after: number;
  /** `notes` inside a footnote definition, else `body`. */
  kind: 'body' | 'notes';
  /** Structural path, as in unit paths (`root/code[4]`, `root/list[2]/listItem[1]/code[1]`). */
  path: string;
  node: RootContent;
  /** What pairs it with a block of the other side: the node type (and a code block's language). */
  key: string;
}

/** The blocks of a side beside its units, and the units that tables show (not rows of their own). */
export interface SideLayout {
  blocks: SideBlock[];
  /** Indices of the units inside tables. */
  owned: Set<number>;
  /** Unit index by path. */
  byPath: Map<string, number>;
}

/** Blocks that hold phrasing only: a unit covers them or nothing does. */
const LEAVES = new Set(['paragraph', 'heading', 'code', 'html', 'thematicBreak', 'math', 'table']);
/** Nodes that show nothing by themselves. */
const HIDDEN = new Set(['yaml', 'toml', 'definition']);

/**
 * Walk a side's tree in document order and find every block no unit row shows: code blocks,
 * HTML blocks, thematic breaks, paragraphs and list items without words, and tables (whose
 * cell units are then shown by table rows, not rows of their own). Each block is placed after
 * the last unit before it. An explicit stack, not recursion: nesting depth is the author's.
 *
 * @param tree the side's mdast root
 * @param units the side's units (their paths index into `tree`)
 * @example sideBlocks(parseMarkdown('Hi.\n\n```js\nx\n```'), units).blocks[0] // { after: 0, path: 'root/code[1]', key: 'code:js', … }
 */
export function sideBlocks(tree: Root, units: readonly Unit[]): SideLayout {
  const under = new Map<string, number>();
  const byPath = new Map<string, number>();
  const tables = new Map<string, number[]>();
  units.forEach((unit, i) => {
    byPath.set(unit.path, i);
    if (!unit.path.startsWith('root/')) return;
    let prefix = 'root';
    for (const step of unit.path.split('/').slice(1)) {
      prefix += `/${step}`;
      under.set(prefix, Math.max(under.get(prefix) ?? -1, i));
      if (step.startsWith('table[')) {
        const list = tables.get(prefix);
        if (list) list.push(i);
        else tables.set(prefix, [i]);
      }
    }
  });
  const blocks: SideBlock[] = [];
  const owned = new Set<number>();
  let last = -1;
  const stack: Array<{ node: Nodes; path: string }> = [];
  const push = (children: readonly Nodes[], path: string): void => {
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i] as Nodes;
      stack.push({ node: child, path: `${path}/${child.type}[${i}]` });
    }
  };
  push(tree.children, 'root');
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { node, path } = next;
    if (HIDDEN.has(node.type) || (node.type === 'html' && onlyComments(node.value))) continue;
    const kind = path.startsWith('root/footnoteDefinition[') ? 'notes' : 'body';
    const covered = under.get(path);
    if (node.type === 'table') {
      for (const i of tables.get(path) ?? []) owned.add(i);
      blocks.push({ after: last, kind, path, node: node as RootContent, key: 'table' });
    } else if (covered !== undefined && LEAVES.has(node.type)) {
      last = Math.max(last, covered);
    } else if ((covered !== undefined || node.type === 'footnoteDefinition') && 'children' in node) {
      push(node.children as Nodes[], path);
    } else {
      blocks.push({ after: last, kind, path, node: node as RootContent, key: node.type === 'code' ? `code:${node.lang ?? ''}` : node.type });
    }
  }
  return { blocks, owned, byPath };
}

/** True for an HTML block of comments only: the sanitiser removes it, so it would be a row of nothing. */
function onlyComments(html: string): boolean {
  let rest = html.trim();
  while (rest.startsWith('<!--')) {
    const end = rest.indexOf('-->', 4);
    if (end === -1) return true;
    rest = rest.slice(end + 3).trimStart();
  }
  return rest === '' && html.trim() !== '';
}
