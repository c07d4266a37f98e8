import type { Image } from 'mdast';

/** The source spans of an image's alt text and title, end exclusive. */
export interface ImageParts {
  alt: { start: number; end: number };
  title?: { start: number; end: number; quote: string };
}

/**
 * Locate the alt text and title of an inline image (`![alt](url "title")`) in the source.
 *
 * @param image the mdast image node (with position)
 * @param source the document
 * @returns the spans, or undefined when the image is not written in the inline form
 * @example imageParts(img, '![A cat](c.jpg "Photo")') // { alt: {start: 2, end: 7}, title: {start: 16, end: 21, quote: '"'} }
 */
export function imageParts(image: Image, source: string): ImageParts | undefined {
  const start = image.position?.start.offset;
  const end = image.position?.end.offset;
  if (start === undefined || end === undefined || !source.startsWith('![', start)) return undefined;
  let depth = 0;
  let i = start + 2;
  for (; i < end; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') depth++;
    else if (c === ']') {
      if (depth === 0) break;
      depth--;
    }
  }
  if (source[i] !== ']' || source[i + 1] !== '(') return undefined;
  const parts: ImageParts = { alt: { start: start + 2, end: i } };
  if (image.title === null || image.title === undefined) return parts;
  // The title is the last thing before the closing parenthesis.
  let j = end - 2;
  while (j > i && /\s/.test(source[j] as string)) j--;
  const close = source[j];
  const open = close === ')' ? '(' : close;
  if (close !== '"' && close !== "'" && close !== ')') return parts;
  for (let k = j - 1; k > i; k--) {
    if (source[k] === open && source[k - 1] !== '\\') {
      parts.title = { start: k + 1, end: j, quote: close as string };
      break;
    }
  }
  return parts;
}
