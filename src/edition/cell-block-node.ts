import type { PhrasingContent, RootContent } from 'mdast';
import { hNode } from './h-node.js';
import { inBlockContext } from './in-block-context.js';
import type { CellBlock, CellUnit } from './row-spec.js';

/**
 * The mdast node of a cell block: a plain block as written, or a table row as a one-row table
 * (`<table><thead><tr><th>` for the head row, `<tbody><tr><td>` for the others) whose cells
 * show their unit's sentences; either inside its list item or block quote.
 *
 * @param block the block
 * @param phrasing renders a unit's text with its sentence wrappers and terms
 * @example cellBlockNode({ type: 'plain', node: { type: 'thematicBreak' }, context: {} }, phrasing) // { type: 'thematicBreak' }
 */
export function cellBlockNode(block: CellBlock, phrasing: (unit: CellUnit) => PhrasingContent[]): RootContent {
  if (block.type === 'plain') return inBlockContext(block.node, block.context);
  const tag = block.head ? 'th' : 'td';
  const cells = block.align.map((align, c) => {
    const cell = block.cells[c];
    const children = cell?.unit ? phrasing(cell.unit) : (cell?.content ?? []);
    return hNode(tag, align ? { align } : {}, children);
  });
  const table = hNode('table', {}, [hNode(block.head ? 'thead' : 'tbody', {}, [hNode('tr', {}, cells)])]);
  return inBlockContext(table as unknown as RootContent, block.context);
}
