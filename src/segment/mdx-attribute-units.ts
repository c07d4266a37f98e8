import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { translatableAttributes } from './jsx-attributes.js';
import type { InlineCode } from './types.js';

/**
 * The units of MDX attributes: the string attributes named in the config
 * (`mdx.translatableAttributes`) of JSX elements on their own lines and inline. Each is a unit
 * of kind `jsxAttribute` whose span is the attribute's value between its quotes.
 *
 * An inline element's attribute (`Press <Kbd title="Save file">Ctrl+S</Kbd>.`) lies inside
 * its paragraph's span: it is a sub-unit of the paragraph (as an XLIFF 2 sub-flow), listed right
 * after it, with the path `<paragraph path>/<path to the element>/attribute[<name>]`. The
 * element's code records where the value lies in its `data` (see InlineCode.attributes), so
 * write-back can put a translated value into the code when the paragraph is rewritten too, and
 * the code's `value` (what checks and exchange compare across languages) is the tag with those
 * values left out: a translated tooltip is no markup change.
 */

/** A unit of an attribute: path, coded text and the value's span in the source (end exclusive). */
export interface AttributeUnit {
  path: string;
  text: string;
  start: number;
  end: number;
}

/**
 * The attribute units of a JSX element on its own lines (they come before its children's units).
 *
 * @param node the `mdxJsxFlowElement`
 * @param path the element's unit path
 * @param source the document
 * @param names the translatable attribute names
 * @example flowAttributeUnits(tabItem, 'root/mdxJsxFlowElement[6]', source, ['label'])[0]?.path // 'root/mdxJsxFlowElement[6]/attribute[label]'
 */
export function flowAttributeUnits(node: MdxJsxFlowElement, path: string, source: string, names: readonly string[]): AttributeUnit[] {
  return translatableAttributes(node, source, names).map((a) => ({ path: `${path}/attribute[${a.name}]`, text: a.text, start: a.start, end: a.end }));
}

/**
 * The attribute units of an inline JSX element, recorded on its code: the value spans go into
 * `code.attributes` (relative to `code.data`) and `code.value` becomes the element's Markdown
 * (the whole code for a standalone one, else the opening tag) with each value written `…`.
 * An element without translatable attributes is left as it is.
 *
 * @param node the `mdxJsxTextElement`
 * @param code its code, `data` already cut from the source at `start`
 * @param start the element's offset in the source
 * @param path the element's path below its block (e.g. `strong[0]/mdxJsxTextElement[1]`)
 * @param source the document
 * @param names the translatable attribute names
 * @returns the units, paths below the block's
 * @example inlineAttributeUnits(kbd, code, 6, 'mdxJsxTextElement[1]', 'Press <Kbd title="Save">S</Kbd>', ['title'])[0]?.text // 'Save'
 */
export function inlineAttributeUnits(
  node: MdxJsxTextElement,
  code: InlineCode,
  start: number,
  path: string,
  source: string,
  names: readonly string[],
): AttributeUnit[] {
  const found = translatableAttributes(node, source, names).filter((a) => a.end - start <= code.data.length);
  if (found.length === 0) return [];
  code.attributes = found.map((a) => ({ path: `${path}/attribute[${a.name}]`, start: a.start - start, end: a.end - start }));
  let value = '';
  let last = 0;
  for (const a of code.attributes) {
    value += `${code.data.slice(last, a.start)}…`;
    last = a.end;
  }
  code.value = value + code.data.slice(last);
  return found.map((a) => ({ path: `${path}/attribute[${a.name}]`, text: a.text, start: a.start, end: a.end }));
}
