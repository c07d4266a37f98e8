import type { PhrasingContent } from 'mdast';
import type { CodeKind, InlineCode } from './types.js';
import { escapeCodedText } from './coded-text.js';

const PAIRED: ReadonlySet<string> = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference']);

/** The coded text of a block's inline content and the codes it uses. */
export interface CodedInline {
  text: string;
  codes: InlineCode[];
}

/**
 * Turn inline mdast nodes into coded text: text stays text, markup becomes numbered codes
 * whose `data` is the original Markdown (so write-back restores it exactly).
 *
 * @param nodes the phrasing children of a heading, paragraph or table cell
 * @param source the document the positions refer to
 * @returns the coded text and codes, numbered from 1 in document order
 * @example inlineToCoded(paragraph.children, src).text // '{1}Russia’s debts.{/1} The Wilson…'
 */
export function inlineToCoded(nodes: readonly PhrasingContent[], source: string): CodedInline {
  const codes: InlineCode[] = [];
  const text = nodes.map((node) => convert(node, source, codes)).join('');
  return { text, codes };
}

function convert(node: PhrasingContent, source: string, codes: InlineCode[]): string {
  if (node.type === 'text') return escapeCodedText(node.value);
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  const children = 'children' in node ? (node.children as PhrasingContent[]) : [];
  const first = children[0]?.position?.start.offset;
  const last = children.at(-1)?.position?.end.offset;
  const code: InlineCode = { id: codes.length + 1, kind: node.type as CodeKind, type: 'ph', data: source.slice(start, end) };
  const value = valueOf(node);
  if (value !== undefined) code.value = value;
  codes.push(code);
  if (PAIRED.has(node.type) && children.length > 0 && first !== undefined && last !== undefined && !isAutolink(node)) {
    code.type = 'pc';
    code.data = source.slice(start, first);
    code.dataEnd = source.slice(last, end);
    const inner = children.map((child) => convert(child, source, codes)).join('');
    return `{${code.id}}${inner}{/${code.id}}`;
  }
  return `{${code.id}/}`;
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
