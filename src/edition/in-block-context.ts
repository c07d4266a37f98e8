import type { BlockContent, PhrasingContent, RootContent } from 'mdast';
import type { BlockContext } from './block-context.js';
import { hNode } from './h-node.js';

/**
 * Put a block rendered on its own back where it stood: the first block of a list item becomes
 * a list of one item (numbered as in the document), a later block of the item is indented
 * under it (`list-continued`), a nested list is indented once more per level, and a block
 * inside a block quote is quoted.
 *
 * @param node the block (a list item is wrapped in its list)
 * @param context where the block stands (from blockContext)
 * @example inBlockContext({ type: 'code', value: 'x' }, { quote: true }) // { type: 'blockquote', children: [{ type: 'code', value: 'x' }] }
 */
export function inBlockContext(node: RootContent, context: BlockContext): RootContent {
  let block = node;
  const list = context.list;
  const start = list?.ordered ? list.start : null;
  if (list && node.type === 'listItem') block = { type: 'list', ordered: list.ordered, start, spread: false, children: [node] };
  else if (list?.first)
    block = { type: 'list', ordered: list.ordered, start, spread: false, children: [{ type: 'listItem', spread: false, children: [node as BlockContent] }] };
  else if (list && node.type === 'paragraph') block = continued('p', node.children);
  else if (list) block = continued('div', [node]);
  for (let level = list?.level ?? 0; level > 1; level--) block = continued('div', [block]);
  if (context.quote) block = { type: 'blockquote', children: [block as BlockContent] };
  return block;
}

function continued(tagName: string, children: RootContent[]): RootContent {
  return hNode(tagName, { className: ['list-continued'] }, children as PhrasingContent[]) as unknown as RootContent;
}
