import { isMap, isScalar, isSeq } from 'yaml';
import { InputError } from '../errors.js';
import { DEFAULT_SYNTAX, TEMPLATE_PRESET_NAMES, type MarkdownSyntax, type TemplatePreset } from '../markdown/markdown-syntax.js';
import { describeNode, placeOf, type YamlSource } from '../util/read-yaml.js';

/** The config keys of the document syntax (see docs/templates-and-mdx.md). */
export const SYNTAX_KEYS = ['templates', 'templatePatterns', 'mdx'] as const;

/** A config key of the document syntax. */
export type SyntaxKey = (typeof SYNTAX_KEYS)[number];

type YamlNodeLike = Parameters<typeof placeOf>[1];

/**
 * Read and validate one syntax key of the config: `templates` (a list of preset names),
 * `templatePatterns` (a list of regular expressions, each compiled here), `mdx` (a mapping
 * with `translatableAttributes`, a list of attribute names).
 *
 * @throws InputError at the offending item, with what was expected and found
 * @example readSyntaxValue(src, 'templates', node) // ['liquid']
 */
export function readSyntaxValue(src: YamlSource, key: SyntaxKey, node: YamlNodeLike): unknown {
  if (key === 'mdx') {
    if (!isMap(node))
      throw new InputError(`Expected \`mdx\` to be a mapping (e.g. { translatableAttributes: [title, label] }), not ${describeNode(node)}`, placeOf(src, node));
    const result: { translatableAttributes?: string[] } = {};
    for (const pair of node.items) {
      const name = isScalar(pair.key) ? String(pair.key.value) : '';
      if (name !== 'translatableAttributes') {
        throw new InputError(`Unexpected key \`${name}\` in \`mdx\`, expected \`translatableAttributes\``, placeOf(src, pair.key as YamlNodeLike));
      }
      result.translatableAttributes = strings(src, 'mdx.translatableAttributes', pair.value as YamlNodeLike, (value, place) => {
        if (!/^[A-Za-z_$][\w$:.-]*$/.test(value))
          throw new InputError(`Expected a JSX attribute name in \`mdx.translatableAttributes\`, not \`${value}\``, place, {
            expected: 'a name such as `title` or `label`',
            actual: `\`${value}\``,
          });
      });
    }
    return result;
  }
  if (key === 'templates') {
    return strings(src, key, node, (value, place) => {
      if (!(TEMPLATE_PRESET_NAMES as readonly string[]).includes(value)) {
        throw new InputError(
          `Unexpected template syntax \`${value}\` in \`templates\`, expected one of ${TEMPLATE_PRESET_NAMES.map((n) => `\`${n}\``).join(', ')}`,
          place,
          {
            expected: TEMPLATE_PRESET_NAMES.join(' | '),
            actual: `\`${value}\``,
          },
        );
      }
    });
  }
  return strings(src, key, node, (value, place) => {
    let error: string | undefined;
    try {
      if (new RegExp(value, 'g').test('')) error = 'it matches empty text';
    } catch (e) {
      error = (e as Error).message;
    }
    if (error) {
      throw new InputError(`Expected a regular expression in \`templatePatterns\`, not \`${value}\`: ${error}`, place, {
        expected: 'a JavaScript regular expression matching a whole tag, e.g. `<%.*?%>`',
        actual: `\`${value}\``,
      });
    }
  });
}

/** The syntax the config's values describe, defaults for the keys it leaves out. */
export function syntaxOf(values: Partial<Record<SyntaxKey, unknown>>): MarkdownSyntax {
  const mdx = values.mdx as { translatableAttributes?: string[] } | undefined;
  return {
    templates: (values.templates as TemplatePreset[] | undefined) ?? DEFAULT_SYNTAX.templates,
    templatePatterns: (values.templatePatterns as string[] | undefined) ?? DEFAULT_SYNTAX.templatePatterns,
    mdxTranslatableAttributes: mdx?.translatableAttributes ?? DEFAULT_SYNTAX.mdxTranslatableAttributes,
  };
}

/** A list of strings (possibly empty), each checked by `check` at its own place. */
function strings(src: YamlSource, key: string, node: YamlNodeLike, check: (value: string, place: ReturnType<typeof placeOf>) => void): string[] {
  if (!isSeq(node)) throw new InputError(`Expected \`${key}\` to be a list, not ${describeNode(node)}`, placeOf(src, node));
  return node.items.map((item) => {
    const place = placeOf(src, item as YamlNodeLike);
    if (!isScalar(item) || typeof item.value !== 'string' || item.value === '')
      throw new InputError(`Expected a non-empty string in \`${key}\`, not ${describeNode(item)}`, place);
    check(item.value, place);
    return item.value;
  });
}
