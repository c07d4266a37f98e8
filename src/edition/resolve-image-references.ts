import type { Definition, Image, ImageReference, Nodes, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { normalizeIdentifier } from './code-node.js';

/**
 * The tree a build renders, with every image reference whose label is defined (`![alt][ref]`,
 * `![ref][]`, `![ref]` with `[ref]: images/a.png "title"`) replaced by the image it stands for:
 * `![alt](images/a.png "title")` at the reference's place. Labels match as in CommonMark
 * (case-insensitive, whitespace collapsed; the first definition of a label wins). From then on
 * a reference image is located, copied, checked and shown as a figure exactly like an inline
 * one. A reference to an undefined label is text already (the parser never made it a node).
 *
 * @param tree the parsed document (not changed)
 * @returns `tree` itself when it has no image reference to resolve, else a changed copy
 * @example resolveImageReferences(parseMarkdown('![Map][m]\n\n[m]: images/map.png "AP"')).children[0]
 * // { type: 'paragraph', children: [{ type: 'image', url: 'images/map.png', title: 'AP', alt: 'Map', … }] }
 */
export function resolveImageReferences(tree: Root): Root {
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node: Definition) => {
    const id = normalizeIdentifier(node.identifier);
    if (!definitions.has(id)) definitions.set(id, node);
  });
  if (definitions.size === 0) return tree;
  const defined = (node: ImageReference): Definition | undefined => definitions.get(normalizeIdentifier(node.identifier));
  let found = false;
  visit(tree, 'imageReference', (node: ImageReference) => {
    if (defined(node)) found = true;
  });
  if (!found) return tree;
  // Remembered chunks may share nodes with other trees: the copy is changed, never the parse.
  const copy = structuredClone(tree);
  visit(copy, 'imageReference', (node: ImageReference, index, parent) => {
    const definition = defined(node);
    if (!definition || !parent || index === undefined) return;
    const image: Image = { type: 'image', url: definition.url, title: definition.title ?? null, alt: node.alt ?? '' };
    if (node.position) image.position = node.position;
    (parent.children as Nodes[])[index] = image;
    return SKIP;
  });
  return copy;
}
