import type { PhrasingContent } from 'mdast';
import type { Properties } from 'hast';

/**
 * An mdast node that becomes a given hast element (`data.hName`, `data.hProperties`): the way
 * to put figures, sentence wrappers and term marks into an mdast tree before remark-rehype.
 *
 * @param tagName the HTML element
 * @param properties hast properties (`className`, `dataS`, …)
 * @param children mdast children, converted as usual
 * @example hNode('span', { className: ['s'] }, [{ type: 'text', value: 'Hi.' }])
 */
export function hNode(tagName: string, properties: Properties, children: PhrasingContent[]): PhrasingContent {
  return { type: 'hElement', data: { hName: tagName, hProperties: properties }, children } as unknown as PhrasingContent;
}

/** A plain text node. */
export function textNode(value: string): PhrasingContent {
  return { type: 'text', value };
}
