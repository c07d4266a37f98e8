import type { Element } from 'hast';
import type { FootnoteReference } from 'mdast';
import type { Handlers } from 'mdast-util-to-hast';
import type { Messages } from '../i18n/create-messages.js';

/**
 * remark-rehype handlers for the parallel edition, whose rows are rendered one at a time:
 * a footnote call shows the page-wide number it was given beforehand (`data.diglotNumber`)
 * and links to the note in its own column (`#ru-fn-3`); the first call of a note carries the
 * id the note links back to (`ru-fnref-3`). A translator's note call shows its mark
 * (`data.diglotMark`, `*`) instead of a number.
 *
 * @param prefix the column's id prefix (`en-`, `ru-`)
 * @example unified().use(remarkRehype, { handlers: footnoteHandlers('ru-', messages) })
 */
export function footnoteHandlers(prefix: string, messages: Messages): Partial<Handlers> {
  void messages;
  return {
    footnoteReference(state, node: FootnoteReference): Element {
      const data = (node.data ?? {}) as { diglotNumber?: number; diglotRepeat?: number; diglotMark?: string };
      const id = encodeURIComponent(node.identifier.toLowerCase());
      const repeat = data.diglotRepeat ?? 0;
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: { href: `#${prefix}fn-${id}`, id: `${prefix}fnref-${id}${repeat > 0 ? `-${repeat + 1}` : ''}`, dataFootnoteRef: true },
        children: [{ type: 'text', value: data.diglotMark ?? String(data.diglotNumber ?? node.label ?? node.identifier) }],
      };
      const sup: Element = { type: 'element', tagName: 'sup', properties: {}, children: [link] };
      state.patch(node, sup);
      return state.applyData(node, sup);
    },
  };
}
