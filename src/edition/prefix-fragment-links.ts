import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { CLOBBER_PREFIX } from './sanitize-schema.js';

/**
 * Make in-page links of sanitised content point at the prefixed ids the sanitiser wrote
 * (`href="#fn-1"` → `href="#user-content-fn-1"`), as GitHub does, so footnote calls, back
 * links and authored `#anchor` links keep working. Changes the tree in place.
 *
 * @param tree sanitised hast (ids already prefixed with {@link CLOBBER_PREFIX})
 * @returns the same tree
 * @example prefixFragmentLinks(tree) // <a href="#user-content-fn-1">
 */
export function prefixFragmentLinks(tree: Root): Root {
  visit(tree, 'element', (node: Element) => {
    const href = node.properties['href'];
    if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#') || href.length < 2) return;
    if (!href.startsWith(`#${CLOBBER_PREFIX}`)) node.properties['href'] = `#${CLOBBER_PREFIX}${href.slice(1)}`;
  });
  return tree;
}
