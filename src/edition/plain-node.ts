import type { Nodes, RootContent } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { normalizeIdentifier, type Definition, type FootnoteNumbers } from './code-node.js';
import type { ImageLocator } from './image-locator.js';

/** What {@link plainNode} needs from its side. */
export interface PlainEnv {
  /** Link definitions of the side, by normalised identifier. */
  definitions: Readonly<Record<string, Definition>>;
  /** Page-wide footnote numbers of the side. */
  footnotes: FootnoteNumbers;
  images: ImageLocator;
  /** Prefix of local image URLs from the parallel page (`en/`). */
  urlPrefix: string;
}

/**
 * A copy of a block, ready to be rendered on its own in a row of the parallel edition (and
 * hashed as the row's cache key): no positions, link and image references resolved through
 * the side's definitions, local image URLs leading from the parallel page (an image whose
 * file is missing becomes its alt text, as a figure keeps only its caption), footnote calls
 * numbered as on the page.
 *
 * @param node the block as parsed (not changed)
 * @param env the side's definitions, footnote numbers, images and URL prefix
 * @example plainNode(codeBlock, env) // { type: 'code', lang: 'js', value: '…' }
 */
export function plainNode(node: RootContent, env: PlainEnv): RootContent {
  const copy = structuredClone(node) as Nodes;
  visit(copy, (child, index, parent) => {
    delete child.position;
    const replace = (next: Nodes): void => {
      if (parent && index !== undefined) (parent.children as Nodes[])[index] = next;
    };
    if (child.type === 'linkReference') {
      const def = env.definitions[normalizeIdentifier(child.identifier)];
      if (def) replace({ type: 'link', url: def.url, title: def.title ?? null, children: child.children });
    } else if (child.type === 'imageReference') {
      const def = env.definitions[normalizeIdentifier(child.identifier)];
      replace(def ? image(def.url, child.alt ?? '', def.title ?? null, env) : { type: 'text', value: child.alt ?? '' });
      return SKIP;
    } else if (child.type === 'image') {
      replace(image(child.url, child.alt ?? '', child.title ?? null, env));
      return SKIP;
    } else if (child.type === 'footnoteReference') {
      const number = env.footnotes[normalizeIdentifier(child.identifier)];
      if (number !== undefined) child.data = { ...child.data, diglotNumber: number } as object;
    }
    return undefined;
  });
  return copy as RootContent;
}

function image(url: string, alt: string, title: string | null, env: PlainEnv): Nodes {
  if (!env.images.available(url)) return { type: 'text', value: alt };
  const local = !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(url);
  return { type: 'image', url: local ? env.urlPrefix + url : url, alt, title };
}
