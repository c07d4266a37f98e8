import type { Nodes, Root } from 'mdast';

/** Where a unit sits in the document: what the parallel edition needs to rebuild its block. */
export interface BlockContext {
  /**
   * Set when the unit is a paragraph of a list item: the innermost list's numbering, whether it
   * is the item's first block, and how many lists hold it (1 for a list item of a top list).
   */
  list?: { ordered: boolean; start: number; first: boolean; level: number };
  /** True inside a block quote. */
  quote?: boolean;
  /** For figure units: the image URL. */
  image?: string;
}

/**
 * Find the context of a unit from its structural path (`root/list[2]/listItem[0]/paragraph[0]`,
 * `root/paragraph[7]/image[0]/alt`): list numbering and nesting, block quotes, figure image.
 *
 * @param tree the mdast root the unit was segmented from
 * @param path the unit's path
 * @example blockContext(tree, 'root/list[2]/listItem[1]/paragraph[0]') // { list: { ordered: false, start: 2, first: true, level: 1 } }
 */
export function blockContext(tree: Root, path: string): BlockContext {
  const context: BlockContext = {};
  let node: Nodes = tree;
  let level = 0;
  const steps = path.split('/').slice(1);
  steps.forEach((step, i) => {
    const m = /^(\w+)\[(\d+)\]$/.exec(step);
    if (!m || !('children' in node)) return;
    const index = Number(m[2]);
    const child = (node.children as Nodes[])[index];
    if (!child) return;
    if (node.type === 'list' && child.type === 'listItem') {
      const next = steps[i + 1];
      level++;
      context.list = { ordered: node.ordered === true, start: (node.start ?? 1) + index, first: next === undefined || /\[0\]$/.test(next), level };
    }
    if (child.type === 'blockquote') context.quote = true;
    if (child.type === 'image') context.image = child.url;
    node = child;
  });
  return context;
}
