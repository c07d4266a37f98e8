import type { CodeKind, InlineCode } from '../segment/types.js';
import { tokenizeCodedText } from '../segment/coded-text.js';
import { escapeXmlText } from './xml/escape-xml.js';

/** XLIFF 1.2 / TMX `type`/`ctype` of each code kind. */
const CTYPE: Record<CodeKind, string> = {
  emphasis: 'italic',
  strong: 'bold',
  delete: 'x-strikethrough',
  link: 'link',
  linkReference: 'link',
  footnoteReference: 'x-footnote',
  inlineCode: 'x-code',
  html: 'x-html',
  image: 'image',
  imageReference: 'image',
  break: 'lb',
  templateTag: 'x-template',
  mdxJsxTextElement: 'x-jsx',
  mdxTextExpression: 'x-expression',
};

/**
 * Write coded text with codes as `<bpt>`/`<ept>`/`<ph>` holding the original Markdown
 * (XLIFF 1.2 and TMX 1.4 share these elements). XLIFF 1.2 links a pair by `id`, TMX by `i`.
 *
 * @param text coded text
 * @param codes the codes by number
 * @param style `xliff12` (`id`, `ctype`) or `tmx` (`i`/`x`, `type`)
 * @example writeNativeInline('{1}b{/1}', codes, 'xliff12') // '<bpt id="1" ctype="bold">**</bpt>b<ept id="1">**</ept>'
 */
export function writeNativeInline(text: string, codes: ReadonlyMap<number, InlineCode>, style: 'xliff12' | 'tmx'): string {
  let out = '';
  for (const token of tokenizeCodedText(text)) {
    if (token.type === 'text') {
      out += escapeXmlText(token.value);
      continue;
    }
    const code = codes.get(token.id);
    const type = code ? CTYPE[code.kind] : undefined;
    const typeAttr = type ? (style === 'xliff12' ? ` ctype="${xliff12Ctype(type, false)}"` : ` type="${type}"`) : '';
    const tmxType = style === 'tmx' && code?.kind === 'break' ? ' type="lb"' : '';
    if (token.type === 'ph') {
      const phType = style === 'xliff12' ? (type ? ` ctype="${xliff12Ctype(type, true)}"` : '') : tmxType || (type && type !== 'lb' ? typeAttr : '');
      out += style === 'xliff12' ? `<ph id="${token.id}"${phType}>` : `<ph x="${token.id}"${phType}>`;
      out += `${escapeXmlText(code?.data ?? '')}</ph>`;
    } else if (token.type === 'open') {
      out += style === 'xliff12' ? `<bpt id="${token.id}"${typeAttr}>` : `<bpt i="${token.id}" x="${token.id}"${typeAttr}>`;
      out += `${escapeXmlText(code?.data ?? '')}</bpt>`;
    } else {
      out += style === 'xliff12' ? `<ept id="${token.id}">` : `<ept i="${token.id}">`;
      out += `${escapeXmlText(code?.dataEnd ?? '')}</ept>`;
    }
  }
  return out;
}

/** XLIFF 1.2 `ctype` values the schema allows without an `x-` prefix, for placeholders (`<ph>`/`<x>`) and delimiters (`<bpt>`/`<g>`…). */
const PLACEHOLDER_CTYPES = new Set(['image', 'pb', 'lb']);
const DELIMITER_CTYPES = new Set(['bold', 'italic', 'underlined', 'link']);

/**
 * A `ctype` valid on the element: the XLIFF 1.2 schema allows `image`/`pb`/`lb` on `<ph>` and
 * `bold`/`italic`/`underlined`/`link` on `<bpt>`; any other value must start with `x-`.
 *
 * @example xliff12Ctype('link', true) // 'x-link' (an autolink written as a `<ph>`)
 */
export function xliff12Ctype(type: string, placeholder: boolean): string {
  if (type.startsWith('x-') || (placeholder ? PLACEHOLDER_CTYPES : DELIMITER_CTYPES).has(type)) return type;
  return `x-${type}`;
}
