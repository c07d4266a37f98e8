import { isScalar } from 'yaml';
import { InputError } from '../errors.js';
import type { WrapMode } from '../segment/reassemble.js';
import { describeNode, placeOf, type YamlSource } from '../util/read-yaml.js';

/** The config key of the line layout of translations written back (see docs/exchange.md, "Wrapping"). */
export const WRAP_KEY = 'wrap';

type YamlNodeLike = Parameters<typeof placeOf>[1];

const EXPECTED = 'preserve | source | a whole number of columns, at least 1 (e.g. 80)';

/**
 * Read and validate `wrap`: `preserve` (the translator's lines as given, the default),
 * `source` (wrap to the longest line of the English paragraph when that paragraph is
 * hard-wrapped) or a whole number of columns.
 *
 * @throws InputError at the value, with what was expected and found
 * @example readWrap(src, node) // 72, 'source' or 'preserve'
 */
export function readWrap(src: YamlSource, node: YamlNodeLike): WrapMode {
  const value = isScalar(node) ? node.value : undefined;
  if (value === 'preserve' || value === 'source') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 1) return value;
  const found = isScalar(node) && value !== null ? `\`${String(value)}\`` : describeNode(node);
  throw new InputError(`Expected \`${WRAP_KEY}\` to be preserve, source or a number of columns, not ${describeNode(node)}`, placeOf(src, node), {
    expected: EXPECTED,
    actual: found,
  });
}
