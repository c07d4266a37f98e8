import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * Give run-in labels (`**Russia's debts.** The Wilson…`: a strong at the very start of a
 * paragraph) the class `run-in`, so they can be styled as paragraph lead-ins.
 *
 * @param tree an mdast tree, changed in place
 * @returns the number of labels marked
 * @example markRunInLabels(parseMarkdown('**Debts.** Text')) // 1
 */
export function markRunInLabels(tree: Root): number {
  let count = 0;
  visit(tree, 'paragraph', (node) => {
    const first = node.children[0];
    if (first?.type !== 'strong') return;
    first.data = { ...first.data, hProperties: { className: ['run-in'] } };
    count++;
  });
  return count;
}
