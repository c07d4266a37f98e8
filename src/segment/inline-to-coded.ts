import type { PhrasingContent } from 'mdast';
import type {} from 'mdast-util-mdx';
import type {} from '../markdown/template-tag-node.js';
import type { CodeKind, InlineCode } from './types.js';
import { escapeCodedText } from './coded-text.js';
import { InputError, type ErrorPlace } from '../errors.js';
import { inlineAttributeUnits, type AttributeUnit } from './mdx-attribute-units.js';

const PAIRED: ReadonlySet<string> = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference', 'mdxJsxTextElement']);

/** The coded text of a block's inline content and the codes it uses. */
export interface CodedInline {
  text: string;
  codes: InlineCode[];
  /** Translatable attributes of inline JSX elements (only with `jsxAttributes`): units of their own, paths below the block's. */
  attributes: AttributeUnit[];
}

/**
 * Turn inline mdast nodes into coded text: text stays text, markup becomes numbered codes
 * whose `data` is the original Markdown (so write-back restores it exactly). Nested markup is
 * walked with an explicit stack, not recursion: its depth is the author's to choose.
 *
 * @param nodes the phrasing children of a heading, paragraph or table cell
 * @param source the document the positions refer to
 * @param place the block's file:line:column, for errors
 * @param jsxAttributes names of the inline JSX attributes to translate (MDX; see mdx-attribute-units.ts)
 * @returns the coded text and codes, numbered from 1 in document order, and the attribute units
 * @throws InputError at `place` when markup has no position in the source (its Markdown cannot
 *   be kept, so the block cannot be a unit)
 * @example inlineToCoded(paragraph.children, src, { file: 'a.md', line: 3, column: 1 }).text // '{1}Russia’s debts.{/1} The Wilson…'
 */
export function inlineToCoded(nodes: readonly PhrasingContent[], source: string, place: ErrorPlace, jsxAttributes: readonly string[] = []): CodedInline {
  const codes: InlineCode[] = [];
  const attributes: AttributeUnit[] = [];
  let text = '';
  // Nodes still to convert (with their path below the block), last first; a string is a closing placeholder to write.
  const stack: Array<{ node: PhrasingContent; path: string } | string> = nodes.map((node, i) => ({ node, path: `${node.type}[${i}]` })).reverse();
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (typeof item === 'string') {
      text += item;
      continue;
    }
    const { node, path } = item;
    if (node.type === 'text') {
      text += escapeCodedText(node.value);
      continue;
    }
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) throw unplacedError(node.type, place);
    const children = 'children' in node ? (node.children as PhrasingContent[]) : [];
    const code: InlineCode = { id: codes.length + 1, kind: node.type as CodeKind, type: 'ph', data: source.slice(start, end) };
    const value = valueOf(node);
    if (value !== undefined) code.value = value;
    codes.push(code);
    const attributeData = (): void => {
      if (node.type === 'mdxJsxTextElement' && jsxAttributes.length > 0)
        attributes.push(...inlineAttributeUnits(node, code, start, path, source, jsxAttributes));
    };
    if (!PAIRED.has(node.type) || children.length === 0 || isAutolink(node)) {
      text += `{${code.id}/}`;
      attributeData();
      continue;
    }
    const first = children[0]?.position?.start.offset;
    const last = children.at(-1)?.position?.end.offset;
    if (first === undefined || last === undefined) throw unplacedError((first === undefined ? children[0] : children.at(-1))?.type ?? 'node', place);
    code.type = 'pc';
    code.data = source.slice(start, first);
    code.dataEnd = source.slice(last, end);
    attributeData();
    text += `{${code.id}}`;
    stack.push(`{/${code.id}}`);
    for (let i = children.length - 1; i >= 0; i--)
      stack.push({ node: children[i] as PhrasingContent, path: `${path}/${(children[i] as PhrasingContent).type}[${i}]` });
  }
  return { text, codes, attributes };
}

/**
 * The error for inline content that has no position in the source: a block holding it cannot
 * be cut into a unit and written back.
 *
 * @param type the mdast type of the node without a position
 * @param place the block's file:line:column
 * @example throw unplacedError('link', { file: 'a.md', line: 3, column: 1 })
 */
export function unplacedError(type: string, place: ErrorPlace): InputError {
  return new InputError(`Cannot cut this block into units: its \`${type}\` has no position in the source`, place, {
    expected: 'inline content parsed from the document, with source positions',
    actual: `a \`${type}\` without a position`,
  });
}

function valueOf(node: PhrasingContent): string | undefined {
  switch (node.type) {
    case 'link':
    case 'image':
      return node.url;
    case 'linkReference':
    case 'imageReference':
    case 'footnoteReference':
      return node.identifier;
    case 'inlineCode':
      return node.value;
    case 'html':
    case 'templateTag':
    case 'mdxTextExpression':
      return node.value;
    default:
      return undefined;
  }
}

/** Autolinks (`<https://x>`, GFM literals `www.x.org`) show their URL: nothing to translate. */
function isAutolink(node: PhrasingContent): boolean {
  if (node.type !== 'link' || node.children.length !== 1) return false;
  const child = node.children[0];
  if (child?.type !== 'text') return false;
  return node.url === child.value || node.url === `mailto:${child.value}` || node.url === `http://${child.value}`;
}
