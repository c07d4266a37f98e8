import type { Image, Nodes, RootContent } from 'mdast';
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
 * numbered as on the page. The image of a paragraph that holds only an image is marked
 * `data.diglotFigure` (whether its file can be shown): the cell shows it as a figure.
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
    if (child.type === 'paragraph') {
      // A paragraph of one image is a figure, as on the language page (render-cell.ts shows it).
      const only = child.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
      const figure = only.length === 1 ? figureOf(only[0] as Nodes, env) : undefined;
      if (figure) {
        child.children = [figure];
        return SKIP;
      }
    } else if (child.type === 'linkReference') {
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
  return { type: 'image', url: fromPage(url, env), alt, title };
}

/** The image of a figure paragraph, marked with whether its file can be shown (`data.diglotFigure`). */
function figureOf(node: Nodes, env: PlainEnv): Image | undefined {
  let image: Image | undefined;
  if (node.type === 'image') image = node;
  else if (node.type === 'imageReference') {
    const def = env.definitions[normalizeIdentifier(node.identifier)];
    if (def) image = { type: 'image', url: def.url, title: def.title ?? null, alt: node.alt ?? '' };
  }
  if (!image) return undefined;
  return {
    type: 'image',
    url: fromPage(image.url, env),
    alt: image.alt ?? '',
    title: image.title ?? null,
    data: { diglotFigure: env.images.available(image.url) } as object,
  };
}

/** A local image URL as it leads from the parallel page (`en/images/a.png`). */
function fromPage(url: string, env: PlainEnv): string {
  const local = !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(url);
  return local ? env.urlPrefix + url : url;
}
