import type { Yaml } from 'mdast';
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { InputError } from '../errors.js';
import { LineIndex } from '../util/line-index.js';
import { escapeCodedText } from './coded-text.js';
import { yamlMessage } from '../util/read-yaml.js';

/** Front-matter fields that are prose to translate; `*` stands for any list index. */
export const TRANSLATABLE_FIELDS: readonly string[] = [
  'title',
  'subtitle',
  'summary',
  'description',
  'author',
  'authorTitle',
  'publisher',
  'poll.question',
  'poll.options.*.text',
];

/** A translatable front-matter scalar: its path, text, and the source span of the scalar. */
export interface FrontmatterField {
  path: string;
  text: string;
  /** Source offsets of the scalar as written (quotes included), end exclusive. */
  start: number;
  end: number;
  /** How the scalar is written: PLAIN, QUOTE_DOUBLE, QUOTE_SINGLE, BLOCK_LITERAL, BLOCK_FOLDED. */
  style: string;
}

/**
 * Find the translatable fields of a YAML front-matter node.
 *
 * @param node the mdast `yaml` node
 * @param source the document
 * @param file the file name for errors
 * @throws InputError with file:line:column when the front matter is not valid YAML
 * @example frontmatterFields(tree.children[0], src, 'a.md')[0]?.path // 'title'
 */
export function frontmatterFields(node: Yaml, source: string, file: string, fields: readonly string[] = TRANSLATABLE_FIELDS): FrontmatterField[] {
  const nodeStart = node.position?.start.offset ?? 0;
  const base = source.indexOf('\n', nodeStart) + 1;
  const doc = parseDocument(node.value, { keepSourceTokens: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const point = new LineIndex(source).point(base + error.pos[0]);
    throw new InputError(
      `Invalid YAML front matter: ${yamlMessage(error.message)}`,
      { file, line: point.line, column: point.column },
      {
        expected: 'well-formed YAML',
        actual: error.code,
      },
    );
  }
  const out: FrontmatterField[] = [];
  if (doc.contents !== null && !isMap(doc.contents)) {
    const point = new LineIndex(source).point(base);
    throw new InputError(
      'Expected the front matter to be a mapping',
      { file, line: point.line, column: point.column },
      { expected: 'a mapping', actual: isSeq(doc.contents) ? 'a list' : 'a scalar' },
    );
  }
  walk(doc.contents, '', (path, scalar) => {
    if (!fields.some((pattern) => matches(pattern, path))) return;
    if (!isScalar(scalar) || typeof scalar.value !== 'string' || !scalar.range) return;
    out.push({
      path,
      text: escapeCodedText(scalar.value),
      start: base + scalar.range[0],
      end: base + scalar.range[1],
      style: String(scalar.type ?? 'PLAIN'),
    });
  });
  return out;
}

function walk(node: YamlNode | null | unknown, path: string, visit: (path: string, node: unknown) => void): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      walk(pair.value, path ? `${path}.${key}` : key, visit);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => walk(item, `${path}.${i}`, visit));
  } else visit(path, node);
}

function matches(pattern: string, path: string): boolean {
  const a = pattern.split('.');
  const b = path.split('.');
  return a.length === b.length && a.every((part, i) => (part === '*' ? /^\d+$/.test(b[i] as string) : part === b[i]));
}

/** The unit path of a front-matter field: `frontmatter/poll.options[2].text`. */
export function frontmatterPath(path: string): string {
  return `frontmatter/${path.replace(/\.(\d+)(?=\.|$)/g, '[$1]')}`;
}
