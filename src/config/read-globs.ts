import { isScalar, isSeq } from 'yaml';
import { globProblem } from '../content/content-globs.js';
import { InputError } from '../errors.js';
import { describeNode, placeOf, type YamlSource } from '../util/read-yaml.js';

/** The config keys that choose a language folder's documents (see docs/content-layout.md). */
export const GLOB_KEYS = ['include', 'exclude'] as const;

type YamlNodeLike = Parameters<typeof placeOf>[1];

/**
 * Read and validate `include` or `exclude`: a list of globs matched against paths relative to
 * `content/<lang>/` (e.g. `**\/*.md`, `drafts/**`). Each glob is checked here (`globProblem`).
 *
 * @throws InputError at the offending item, with what was expected and found
 * @example readGlobs(src, 'exclude', node) // ['drafts/**']
 */
export function readGlobs(src: YamlSource, key: (typeof GLOB_KEYS)[number], node: YamlNodeLike): string[] {
  if (!isSeq(node))
    throw new InputError(`Expected \`${key}\` to be a list of globs (e.g. ['**/*.md', '**/*.mdx']), not ${describeNode(node)}`, placeOf(src, node));
  return node.items.map((item) => {
    const place = placeOf(src, item as YamlNodeLike);
    if (!isScalar(item) || typeof item.value !== 'string')
      throw new InputError(`Expected a glob string in \`${key}\`, not ${describeNode(item as YamlNodeLike)}`, place);
    const problem = globProblem(item.value);
    if (problem) {
      throw new InputError(`Unexpected glob \`${item.value}\` in \`${key}\`: ${problem}`, place, {
        expected: 'a glob relative to `content/<lang>/`, such as `**/*.md` or `drafts/**`',
        actual: `\`${item.value}\``,
      });
    }
    return item.value;
  });
}
