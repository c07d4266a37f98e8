import { isMap, isScalar, isSeq, type Node as YamlNode, type YAMLMap } from 'yaml';
import { InputError } from '../errors.js';
import { describeNode, placeOf, type YamlSource } from '../util/read-yaml.js';
import { CASES } from './grammemes.js';
import type { RenderingCondition } from './types.js';

const CONDITION_KEYS = ['in', 'at', 'after', 'before', 'case'] as const;
const SHORTHANDS: Record<string, RenderingCondition> = { notes: { in: 'notes' }, body: { in: 'body' } };

/**
 * Read the `when:` of a conditional rendering or an English trigger: a mapping of `in`
 * (`notes` | `body`), `at` (`note-start`), `after` (`name`), `before` (a list of words) and
 * `case` (a case grammeme or a list of them: `nomn gent datv accs ablt loct`), all of which must
 * hold; or the shorthand `notes` / `body` for `{ in: … }`.
 *
 * @param src the parsed file (for positions)
 * @param node the `when` value
 * @throws InputError at file:line:column naming the key or value expected
 * @example readCondition(src, node) // { in: 'notes' } for `when: notes`
 */
export function readCondition(src: YamlSource, node: unknown): RenderingCondition {
  if (isScalar(node) && typeof node.value === 'string' && SHORTHANDS[node.value]) return { ...SHORTHANDS[node.value] };
  if (!isMap(node)) fail(src, node, '`when`: `notes`, `body` or a mapping of `in`, `at`, `after`, `before`, `case`');
  const map = node as YAMLMap;
  const when: RenderingCondition = {};
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : describeNode(pair.key);
    const value = pair.value;
    switch (key) {
      case 'in':
        when.in = oneOf(src, value, ['notes', 'body']) as 'notes' | 'body';
        break;
      case 'at':
        when.at = oneOf(src, value, ['note-start']) as 'note-start';
        break;
      case 'after':
        when.after = oneOf(src, value, ['name']) as 'name';
        break;
      case 'before':
        when.before = strings(src, value, 'before');
        break;
      case 'case':
        when.case = strings(src, value, 'case').map((c, i) => {
          if (!(CASES as readonly string[]).includes(c)) fail(src, isSeq(value) ? value.items[i] : value, `a case: ${CASES.map((k) => `\`${k}\``).join(', ')}`, `\`${c}\``);
          return c;
        });
        break;
      default:
        fail(src, pair.key, `one of ${CONDITION_KEYS.map((k) => `\`${k}\``).join(', ')} in \`when\``, `\`${key}\``);
    }
  }
  if (Object.keys(when).length === 0) fail(src, node, 'at least one condition in `when`', 'an empty `when`');
  return when;
}

function oneOf(src: YamlSource, node: unknown, values: string[]): string {
  if (!isScalar(node) || typeof node.value !== 'string' || !values.includes(node.value)) fail(src, node, values.map((v) => `\`${v}\``).join(' or '));
  return (node as { value: string }).value;
}

/** A string or a non-empty list of non-empty strings. */
function strings(src: YamlSource, node: unknown, key: string): string[] {
  if (isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '') return [node.value];
  if (!isSeq(node) || node.items.length === 0) fail(src, node, `\`${key}\`: a string or a non-empty list of strings`);
  return (node as { items: unknown[] }).items.map((item) => {
    if (!isScalar(item) || typeof item.value !== 'string' || item.value.trim() === '') fail(src, item, `a non-empty string in \`${key}\``);
    return (item as { value: string }).value;
  });
}

function fail(src: YamlSource, node: unknown, expected: string, actual = describeNode(node)): never {
  throw new InputError(`Unexpected ${actual}, expected ${expected}`, placeOf(src, node as YamlNode), { expected, actual });
}
