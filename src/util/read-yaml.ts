import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node as YamlNode, type Document } from 'yaml';
import { InputError, type ErrorPlace } from '../errors.js';

/** A parsed YAML document together with the means to locate its nodes. */
export interface YamlSource {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

/**
 * Parse YAML text, throwing an {@link InputError} with file:line:column on a syntax error.
 *
 * @param text the YAML source
 * @param file the file name used in messages
 * @returns the document and its line counter
 * @example parseYaml('a: 1', 'x.yaml').doc.toJS() // { a: 1 }
 */
export function parseYaml(text: string, file: string): YamlSource {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const pos = lines.linePos(first.pos[0]);
    throw new InputError(
      `Invalid YAML: ${yamlMessage(first.message)}`,
      { file, line: pos.line, column: pos.col },
      {
        expected: 'well-formed YAML',
        actual: first.code,
      },
    );
  }
  return { file, doc, lines };
}

/** The place (file, line, column) of a YAML node, or of the file when the node has no range. */
export function placeOf(src: YamlSource, node: YamlNode | null | undefined): ErrorPlace {
  const range = node?.range;
  if (!range) return { file: src.file };
  const pos = src.lines.linePos(range[0]);
  return { file: src.file, line: pos.line, column: pos.col };
}

/** A short description of what a YAML node is, for "expected X, found Y" messages. */
export function describeNode(node: unknown): string {
  if (node === null || node === undefined) return 'nothing';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return 'null';
    return `${typeof v} \`${String(v)}\``;
  }
  return typeof node;
}

/** The first line of a `yaml` error message, without its own (document-relative) position. */
export function yamlMessage(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}
