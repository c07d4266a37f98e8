/**
 * Reading an edition of the article for the edition tests (tests/content/*-edition.test.ts):
 * its mdast tree, top-level blocks (front matter, suppression comments and translator's notes
 * aside), front matter, and the block features the editions must share with the English.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Image, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { isTranslatorNoteLabel } from '../../src/segment/translator-notes.js';
import { repoRoot } from './paths.js';

export const SLUG = 'us-ussr-recognition-1933';
export const NBSP = '\u00A0';

export interface Edition {
  tree: Root;
  /** Top-level blocks without the front matter, suppression comments and translator's notes. */
  blocks: RootContent[];
  front: Record<string, unknown>;
}

export function parseEdition(markdown: string): Edition {
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).parse(markdown);
  const yamlNode = tree.children.find((n) => n.type === 'yaml');
  const front = yamlNode && 'value' in yamlNode ? (parseYaml(yamlNode.value) as Record<string, unknown>) : {};
  // `<!-- diglot-ignore rule: reason -->` comments justify a check finding; they are not content.
  // Translator's notes (`[^tn…]`) exist only in the translation; they are not blocks of the parity.
  const blocks = tree.children.filter((n) => n.type !== 'yaml' && !(n.type === 'html' && /^<!--\s*diglot-ignore\b/u.test(n.value)) && !isTranslatorNote(n));
  return { tree, blocks, front };
}

export function readEdition(lang: string): Edition {
  return parseEdition(readFileSync(join(repoRoot, 'content', lang, `${SLUG}.md`), 'utf8'));
}

/** A translator's note: a footnote labelled `tn…` (exists only in a translation). */
export function isTranslatorNote(node: RootContent): boolean {
  return node.type === 'footnoteDefinition' && isTranslatorNoteLabel(node.label ?? node.identifier);
}

/** A paragraph holding only an image is a figure. */
export function figureOf(block: RootContent): Image | undefined {
  if (block.type !== 'paragraph' || block.children.length !== 1) return undefined;
  const only = block.children[0];
  return only?.type === 'image' ? only : undefined;
}

/** The kind of a block for parity: node type, heading depth, figure. */
export function blockKind(block: RootContent): string {
  if (block.type === 'heading') return `heading${block.depth}`;
  if (figureOf(block)) return 'figure';
  if (block.type === 'footnoteDefinition') return `footnoteDefinition[${block.identifier}]`;
  return block.type;
}

/** Footnote labels referenced inside a block, in order (translator's notes aside). */
export function footnoteRefs(block: RootContent): string[] {
  const refs: string[] = [];
  visit(block, 'footnoteReference', (node) => {
    if (!isTranslatorNoteLabel(node.label ?? node.identifier)) refs.push(node.identifier);
  });
  return refs;
}

/** The run-in label of a paragraph (strong first child), if any. */
export function runInLabel(block: RootContent): string | undefined {
  if (block.type !== 'paragraph') return undefined;
  const first = block.children[0];
  return first?.type === 'strong' ? toString(first) : undefined;
}

/** The visible text of a block: text of a figure is its caption and credit. */
export function blockText(block: RootContent): string {
  const figure = figureOf(block);
  if (figure) return `${figure.alt ?? ''} ${figure.title ?? ''}`;
  return toString(block);
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

export function romanValue(token: string): number {
  let total = 0;
  for (let i = 0; i < token.length; i++) {
    const value = ROMAN[token[i] as string] as number;
    const next = ROMAN[token[i + 1] as string] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** Every string value of the front matter, with its path. */
export function frontStrings(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => frontStrings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => frontStrings(v, path ? `${path}.${k}` : k));
  return [];
}

/** The key structure of the front matter (paths of every leaf), for parity. */
export function frontShape(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => frontShape(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => frontShape(v, path ? `${path}.${k}` : k));
  return [path];
}

/** Every piece of prose: text nodes, image captions and credits, translatable front matter. */
export function proseTexts(edition: Edition): Array<{ where: string; text: string }> {
  const out: Array<{ where: string; text: string }> = [];
  visit(edition.tree, (node) => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'text') out.push({ where: `line ${line}`, text: node.value });
    if (node.type === 'image') out.push({ where: `line ${line} (figure)`, text: `${node.alt ?? ''} ${node.title ?? ''}` });
  });
  for (const [path, text] of frontStrings(edition.front)) {
    if (path !== 'source' && path !== 'date' && path !== 'lang') out.push({ where: `front matter ${path}`, text });
  }
  return out;
}

/** Tokens that mix Cyrillic and Latin letters (a Latin `o` inside `Литвинов`). */
export function mixedScriptTokens(text: string): string[] {
  return (text.match(/[\p{L}\u0301]+/gu) ?? []).filter((t) => /\p{Script=Cyrillic}/u.test(t) && /\p{Script=Latin}/u.test(t));
}

/** The translator's note calls of a whole tree. */
export function translatorNoteRefs(tree: Root): string[] {
  const refs: string[] = [];
  visit(tree, 'footnoteReference', (node) => {
    if (isTranslatorNoteLabel(node.label ?? node.identifier)) refs.push(node.identifier);
  });
  return refs;
}
