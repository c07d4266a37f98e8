import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { escapeCodedText } from './coded-text.js';

/** A translatable string attribute of a JSX element: its name, coded text and the span of its value (quotes excluded). */
export interface JsxAttributeText {
  name: string;
  text: string;
  start: number;
  end: number;
}

/**
 * The string attributes of a JSX element (on its own lines or inline) whose names are in `names` (e.g. `label`, `title`),
 * each with the span of its value between its quotes. Expression attributes (`label={x}`) and
 * spreads are code, never text.
 *
 * @example translatableAttributes(tabItem, source, ['label'])[0]?.text // 'Apple'
 */
export function translatableAttributes(node: MdxJsxFlowElement | MdxJsxTextElement, source: string, names: readonly string[]): JsxAttributeText[] {
  const found: JsxAttributeText[] = [];
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string' || !names.includes(attribute.name)) continue;
    const start = attribute.position?.start.offset;
    const end = attribute.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    const written = source.slice(start, end);
    const open = /^[^=]*=\s*(["'])/.exec(written);
    if (!open || written.at(-1) !== open[1]) continue;
    found.push({ name: attribute.name, text: escapeCodedText(attribute.value), start: start + open[0].length, end: end - 1 });
  }
  return found;
}

/**
 * A translated attribute value as written between its quotes: `&` and the quote become
 * character references (MDX decodes them when it reads the attribute back).
 *
 * @param value the plain translated text
 * @param quote the attribute's quote, `"` or `'`
 * @example jsxAttributeValue('Pomme "rouge" & verte', '"') // 'Pomme &quot;rouge&quot; &amp; verte'
 */
export function jsxAttributeValue(value: string, quote: string): string {
  const escaped = value.replace(/&/g, '&amp;');
  return quote === "'" ? escaped.replace(/'/g, '&#39;') : escaped.replace(/"/g, '&quot;');
}
