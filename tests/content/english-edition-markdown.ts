/**
 * Reads the English edition through its mdast tree: front matter, body text
 * (footnote references rendered as ` [N]`, like the seed cites them), figures,
 * run-in labels, headings and footnotes.
 */
import type { Content, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { normalize } from './english-edition-seed.js';

/** A figure of the edition: image alone in its paragraph. */
export type EditionFigure = { caption: string; credit: string | null; url: string };

/** What the tests read from the edition. */
export type EditionView = {
  frontmatter: Record<string, unknown>;
  /** Normalised text of each top-level block except footnote definitions. */
  blocks: string[];
  figures: EditionFigure[];
  /** Images that are not alone in their paragraph (should be none). */
  inlineImages: number;
  headings: Array<{ depth: number; text: string }>;
  /** Texts of `strong` nodes that open a paragraph. */
  runInLabels: string[];
  /** Footnote identifier → normalised definition text. */
  notes: Map<string, string>;
  /** Footnote identifiers in reference order (with repeats). */
  references: string[];
};

/**
 * Parse Markdown with remark (GFM + YAML front matter).
 * @example parseEdition('# Hi').children[0]?.type // => 'heading'
 */
export function parseEdition(source: string): Root {
  return unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).parse(source);
}

function blockText(node: RootContent): string {
  const copy = structuredClone(node) as Content;
  visit(copy, 'footnoteReference', (reference, index, parent) => {
    if (parent && index !== undefined) {
      parent.children[index] = { type: 'text', value: ` [${reference.identifier}]` } as never;
    }
  });
  return normalize(toString(copy));
}

/**
 * Read the parts of the edition the tests compare with the seed.
 * @example viewEdition(source).notes.get('1')
 */
export function viewEdition(source: string): EditionView {
  const tree = parseEdition(source);
  const view: EditionView = {
    frontmatter: {},
    blocks: [],
    figures: [],
    inlineImages: 0,
    headings: [],
    runInLabels: [],
    notes: new Map(),
    references: [],
  };
  for (const node of tree.children) {
    if (node.type === 'yaml') {
      view.frontmatter = parseYaml(node.value) as Record<string, unknown>;
    } else if (node.type === 'footnoteDefinition') {
      view.notes.set(node.identifier, normalize(toString(node)));
    } else {
      if (node.type === 'heading') view.headings.push({ depth: node.depth, text: normalize(toString(node)) });
      if (node.type === 'paragraph') {
        const [first] = node.children;
        if (node.children.length === 1 && first?.type === 'image') {
          view.figures.push({ caption: first.alt ?? '', credit: first.title ?? null, url: first.url });
        } else if (first?.type === 'strong') {
          view.runInLabels.push(normalize(toString(first)));
        }
      }
      view.blocks.push(blockText(node));
    }
  }
  visit(tree, (node, _index, parent) => {
    if (node.type === 'footnoteReference') view.references.push(node.identifier);
    if (node.type === 'image' && !(parent?.type === 'paragraph' && parent.children.length === 1)) {
      view.inlineImages += 1;
    }
  });
  return view;
}
