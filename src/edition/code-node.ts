import type { PhrasingContent } from 'mdast';
import type { InlineCode } from '../segment/types.js';
import { parseMarkdown } from '../markdown/parse-markdown.js';
import { hNode } from './h-node.js';

/** A link definition (`[id]: url "title"`), for link and image references. */
export interface Definition {
  url: string;
  title?: string | null;
}

/** How footnote calls are numbered on a page: identifier → number (1-based, order of first call). */
export type FootnoteNumbers = Readonly<Record<string, number>>;

/**
 * The mdast node an inline code stands for. Paired codes come back with empty `children`
 * (the caller fills them); standalone codes come back complete. Built from the code's kind,
 * `value` and original Markdown (`data`/`dataEnd`), never from the surrounding source.
 *
 * @param code the inline code of a unit
 * @param definitions link definitions of the document, by normalised identifier
 * @returns the node (a footnote call carries its number in `data.diglotNumber`)
 * @example codeNode({ id: 1, kind: 'strong', type: 'pc', data: '**', dataEnd: '**' }, {}) // { type: 'strong', children: [] }
 */
export function codeNode(code: InlineCode, definitions: Readonly<Record<string, Definition>>, footnotes: FootnoteNumbers = {}): PhrasingContent {
  switch (code.kind) {
    case 'emphasis':
    case 'strong':
    case 'delete':
      return { type: code.kind, children: [] };
    case 'link':
      return { type: 'link', url: code.value ?? '', title: linkTitle(code), children: [] };
    case 'linkReference': {
      const def = definitions[normalizeIdentifier(code.value ?? '')];
      return def ? { type: 'link', url: def.url, title: def.title ?? null, children: [] } : hNode('span', {}, []);
    }
    case 'footnoteReference': {
      const identifier = normalizeIdentifier(code.value ?? '');
      return { type: 'footnoteReference', identifier, label: code.value ?? '', data: { diglotNumber: footnotes[identifier] ?? 0 } as object };
    }
    case 'inlineCode':
      return { type: 'inlineCode', value: code.value ?? code.data.replace(/^`+\s?|\s?`+$/g, '') };
    case 'html':
      return { type: 'html', value: code.value ?? code.data };
    case 'image': {
      const parsed = firstInline(code.data);
      return parsed?.type === 'image' ? parsed : { type: 'image', url: code.value ?? '', alt: '' };
    }
    case 'imageReference': {
      const def = definitions[normalizeIdentifier(code.value ?? '')];
      return def ? { type: 'image', url: def.url, title: def.title ?? null, alt: referenceAlt(code) } : { type: 'text', value: '' };
    }
    case 'break':
      return { type: 'break' };
    case 'templateTag':
      // For a site generator, not for diglot's HTML: shown as written.
      return { type: 'text', value: code.data };
    case 'mdxTextExpression':
      return { type: 'text', value: '' };
    case 'mdxJsxTextElement':
      return hNode('span', {}, []);
  }
}

/** Normalise a link or footnote label as CommonMark does (case-fold, collapse whitespace). */
export function normalizeIdentifier(label: string): string {
  return label
    .replace(/[\t\n\r ]+/g, ' ')
    .trim()
    .toLowerCase()
    .toUpperCase()
    .toLowerCase();
}

function linkTitle(code: InlineCode): string | null {
  if (!code.data.startsWith('[') || !code.dataEnd) return null;
  const parsed = firstInline(`[x${code.dataEnd}`);
  return parsed?.type === 'link' ? (parsed.title ?? null) : null;
}

/** The alt text of an image reference (`![alt][ref]`): its Markdown parsed with a definition of its label. */
function referenceAlt(code: InlineCode): string {
  const parsed = parseMarkdown(`${code.data}\n\n[${code.value ?? ''}]: #`).children[0];
  const node = parsed?.type === 'paragraph' ? parsed.children[0] : undefined;
  return node?.type === 'imageReference' ? (node.alt ?? '') : '';
}

function firstInline(markdown: string): PhrasingContent | undefined {
  const first = parseMarkdown(markdown).children[0];
  return first?.type === 'paragraph' ? first.children[0] : undefined;
}
