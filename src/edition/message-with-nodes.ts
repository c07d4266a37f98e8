import type { PhrasingContent } from 'mdast';
import { textNode } from './h-node.js';

const SLOT = /\uE000([A-Za-z]+)\uE001/g;

/** The value to pass to `t` for a slot that {@link messageWithNodes} later fills with nodes. */
export function slot(name: string): string {
  return `\uE000${name}\uE001`;
}

/**
 * Fill the slots of a translated message with mdast nodes, so rich content (sentences with
 * markup) can sit inside a localised frame such as “Photo: …” / «Фото: …».
 *
 * @param message the output of `t(key, { credit: slot('credit') })`
 * @param slots slot name → nodes
 * @returns text and the slot nodes, in message order
 * @example messageWithNodes(t('figure.credit', { credit: slot('credit') }), { credit: [textNode('AP')] })
 */
export function messageWithNodes(message: string, slots: Record<string, PhrasingContent[]>): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const m of message.matchAll(SLOT)) {
    if (m.index > last) out.push(textNode(message.slice(last, m.index)));
    out.push(...(slots[m[1] as string] ?? []));
    last = m.index + m[0].length;
  }
  if (last < message.length) out.push(textNode(message.slice(last)));
  return out;
}
