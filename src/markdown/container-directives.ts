import type { Processor } from 'unified';
import type { Extension } from 'micromark-util-types';
import { directive } from 'micromark-extension-directive';
import { directiveFromMarkdown } from 'mdast-util-directive';

/**
 * remark plugin: container directives (`:::note` … `:::`, Docusaurus admonitions) and only
 * them. Text directives (`:name`) are left out on purpose: prose such as `see:here` or
 * `10:30am` would become directives and lose its words.
 *
 * @example unified().use(remarkParse).use(containerDirectives).parse(':::note\nHi\n:::').children[0]?.type // 'containerDirective'
 */
export function containerDirectives(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: Extension[]; fromMarkdownExtensions?: unknown[] };
  const all = directive();
  const container = (all.flow?.[58] as unknown[] | undefined)?.[0];
  (data.micromarkExtensions ??= []).push({ flow: { 58: [container] } } as Extension);
  (data.fromMarkdownExtensions ??= []).push(directiveFromMarkdown());
}
