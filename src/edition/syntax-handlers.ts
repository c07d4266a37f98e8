import type { Element, ElementContent } from 'hast';
import type { Nodes, Parents } from 'mdast';
import type { State } from 'mdast-util-to-hast';

type Handler = (state: State, node: Nodes, parent: Parents | undefined) => ElementContent | ElementContent[] | undefined;

/**
 * mdast → hast handlers for syntax diglot keeps but does not run: template tags are shown as
 * written (they are for a site generator); MDX ESM and expressions (code to evaluate, or
 * `{/* comments *\/}`) are left out; a JSX element shows its content (a `div` for a block, a
 * `span` inline, with the component's name in `data-jsx`); an admonition (`:::note`) becomes
 * a `div` with class `admonition admonition-<name>`.
 *
 * @example toSafeHast(tree, { messages, handlers: SYNTAX_HANDLERS })
 */
export const SYNTAX_HANDLERS: Record<string, Handler> = {
  templateTag: (_state, node) => ({ type: 'text', value: (node as { value?: string }).value ?? '' }),
  mdxjsEsm: () => undefined,
  mdxFlowExpression: () => undefined,
  mdxTextExpression: () => undefined,
  mdxJsxFlowElement: (state, node) => wrap('div', state, node),
  mdxJsxTextElement: (state, node) => wrap('span', state, node),
  containerDirective: (state, node) => {
    const element = wrap('div', state, node, false);
    element.properties = { className: ['admonition', `admonition-${(node as { name?: string }).name ?? ''}`] };
    return element;
  },
};

function wrap(tagName: string, state: State, node: Nodes, named = true): Element {
  const name = (node as { name?: string | null }).name;
  const element: Element = { type: 'element', tagName, properties: named && name ? { dataJsx: name } : {}, children: state.all(node) };
  state.patch(node, element);
  return element;
}
