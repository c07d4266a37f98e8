import type { Image, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { Messages } from '../i18n/create-messages.js';
import { hNode, textNode } from './h-node.js';
import { messageWithNodes, slot } from './message-with-nodes.js';
import type { ImageLocator } from './image-locator.js';
import { SKIP, visit } from 'unist-util-visit';

/** What a figure shows: an image (when available), a caption and a credit. */
export interface FigureParts {
  url: string;
  /** Plain caption, used as `alt`. */
  alt: string;
  caption: PhrasingContent[];
  credit?: PhrasingContent[] | undefined;
  /** False when the image file is missing: no `<img>` is written. */
  showImage: boolean;
  /** Prefix for local image URLs (e.g. `en/` on the parallel page). */
  urlPrefix?: string;
}

/**
 * Build a `<figure>`: the image, then a `<figcaption>` with the caption and a localised credit
 * (“Photo: AP” / «Фото: AP»). With the image missing the figure keeps its caption only.
 *
 * @example figureNode({ url: 'a.jpg', alt: 'Litvinov', caption: [textNode('Litvinov')], showImage: false }, messages)
 */
export function figureNode(parts: FigureParts, messages: Messages): PhrasingContent {
  const children: PhrasingContent[] = [];
  const prefix = parts.urlPrefix && !/^https?:\/\//i.test(parts.url) ? parts.urlPrefix : '';
  if (parts.showImage) children.push({ type: 'image', url: prefix + parts.url, alt: parts.alt });
  const caption: PhrasingContent[] = [hNode('span', { className: ['figure-caption'] }, parts.caption)];
  if (parts.credit && parts.credit.length > 0) {
    caption.push(
      textNode(' '),
      hNode('span', { className: ['figure-credit'] }, messageWithNodes(messages.t('figure.credit', { credit: slot('credit') }), { credit: parts.credit })),
    );
  }
  children.push(hNode('figcaption', {}, caption));
  return hNode('figure', { className: parts.showImage ? ['figure'] : ['figure', 'figure-missing'] }, children);
}

/**
 * Turn every paragraph that holds only an image (`![Caption](file.jpg "Credit")`) into a figure.
 *
 * @param tree an mdast tree, changed in place
 * @returns the number of figures, and how many lack their image file
 * @example transformFigures(tree, messages, imageLocator('content/en')) // { figures: 1, missing: 0 }
 */
export function transformFigures(tree: Root, messages: Messages, images: ImageLocator): { figures: number; missing: number } {
  return figuresIn(tree, messages, (image) => images.available(image.url));
}

/**
 * Turn the figure paragraphs of a block of the parallel edition into figures, as on the language
 * page: `plainNode` marked their image (`data.diglotFigure`: whether the file can be shown) and
 * already led its URL from the parallel page.
 *
 * @param node a block from `plainNode` (not changed)
 * @example cellFigures(plainNode(paragraph, env), messages) // { type: 'figure', … } (an hNode)
 */
export function cellFigures(node: RootContent, messages: Messages): RootContent {
  const root: Root = { type: 'root', children: [structuredClone(node)] };
  figuresIn(
    root,
    messages,
    (image) => (image.data as { diglotFigure?: boolean } | undefined)?.diglotFigure === true,
    (image) => 'diglotFigure' in (image.data ?? {}),
  );
  return root.children[0] as RootContent;
}

/** The image a paragraph holds and nothing else (blank text aside), if any. */
function figureImage(paragraph: Paragraph): Image | undefined {
  const only = paragraph.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const image = only[0];
  return only.length === 1 && image?.type === 'image' ? image : undefined;
}

function figuresIn(
  tree: Root,
  messages: Messages,
  available: (image: Image) => boolean,
  wanted: (image: Image) => boolean = () => true,
): { figures: number; missing: number } {
  let figures = 0;
  let missing = 0;
  visit(tree, 'paragraph', (node, index, parent) => {
    if (!parent || index === undefined) return;
    const image = figureImage(node);
    if (!image || !wanted(image)) return;
    const showImage = available(image);
    figures++;
    if (!showImage) missing++;
    const alt = image.alt ?? '';
    const credit = image.title ? [textNode(image.title)] : undefined;
    (parent.children as unknown[])[index] = figureNode({ url: image.url, alt, caption: [textNode(alt)], credit, showImage }, messages);
    return SKIP;
  });
  return { figures, missing };
}
