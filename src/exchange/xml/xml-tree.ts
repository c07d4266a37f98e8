/**
 * The tree the safe XML parser builds: elements with resolved namespaces, text, and the
 * 1-based line and column of every element (for error messages).
 */

/** An attribute with its namespace resolved (`ns` is '' for unprefixed attributes). */
export interface XmlAttribute {
  name: string;
  local: string;
  ns: string;
  value: string;
}

/** An element. `ns` is the resolved namespace URI ('' for none). */
export interface XmlElement {
  type: 'element';
  name: string;
  local: string;
  ns: string;
  attributes: XmlAttribute[];
  children: XmlNode[];
  line: number;
  column: number;
}

/** Character data (text and CDATA sections, entities expanded). */
export interface XmlText {
  type: 'text';
  value: string;
}

export type XmlNode = XmlElement | XmlText;

/**
 * The value of an attribute by local name (and namespace, '' for unprefixed).
 *
 * @example attr(el, 'id') // 'u-1' or undefined
 */
export function attr(element: XmlElement, local: string, ns = ''): string | undefined {
  return element.attributes.find((a) => a.local === local && a.ns === ns)?.value;
}

/**
 * The child elements of an element, optionally only those with a given local name and namespace.
 *
 * @example childElements(unit, 'segment', XLIFF2_NS)
 */
export function childElements(element: XmlElement, local?: string, ns?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of element.children) {
    if (child.type !== 'element') continue;
    if (local !== undefined && child.local !== local) continue;
    if (ns !== undefined && child.ns !== ns) continue;
    out.push(child);
  }
  return out;
}

/**
 * The concatenated text content of an element and its descendants.
 *
 * @example textContent(noteElement) // 'Glossary: recognition → признание'
 */
export function textContent(node: XmlNode): string {
  if (node.type === 'text') return node.value;
  return node.children.map(textContent).join('');
}
