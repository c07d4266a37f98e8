import type { Root } from 'mdast';
import { InputError } from '../errors.js';
import { markdownProcessor } from '../unified/markdown-processor.js';
import { checkInputLimits } from './scan-input-limits.js';
import { parseInChunks } from './parse-in-chunks.js';
import { DEFAULT_SYNTAX, isMdxFile, templateMatcher, type MarkdownSyntax } from './markdown-syntax.js';
import { parseProtectingTemplates } from './protect-templates.js';

// The settings live in one place (src/unified/markdown-processor.ts), shared with write-back.
const withFrontmatter = markdownProcessor({ frontmatter: true });
// Front matter can only open a document: without a leading `---` its extension is pure cost.
const withoutFrontmatter = markdownProcessor();
// MDX (Docusaurus, Nextra): JSX, ESM and expressions, admonitions (`:::note`), GFM, front matter.
const mdx = markdownProcessor({ mdx: true });

/**
 * Documents larger than this many characters are parsed in chunks of about this size
 * (see parse-in-chunks.ts): measured fastest between 20 and 50 kB.
 */
export const CHUNK_THRESHOLD = 32_000;

/** Options of {@link parseMarkdown}. */
export interface ParseOptions {
  /** Overrides {@link CHUNK_THRESHOLD} (0 disables chunking). */
  chunkSize?: number;
  /** Names the document in errors; a name ending in `.mdx` selects MDX. */
  file?: string;
  /** Template tags to protect and MDX attributes to translate (default: DEFAULT_SYNTAX). */
  syntax?: MarkdownSyntax;
}

/**
 * Parse Markdown (CommonMark + GFM + YAML front matter) into an mdast tree with positions.
 * Template tags (see markdown-syntax.ts) become `templateTag` nodes; a `.mdx` file is parsed
 * as MDX (JSX, ESM, expressions, container directives) and never in chunks.
 * Large documents are parsed in chunks cut at top-level block boundaries, so time stays
 * linear in the size; the tree is the same as a whole parse (tested on the corpora). Input
 * beyond the limits of input-limits.ts is refused before parsing.
 *
 * @param source the Markdown text
 * @param options chunk size, file name (`.mdx` selects MDX) and syntax
 * @returns the mdast root
 * @throws InputError with file:line:column when the input exceeds a limit (see INPUT_LIMITS)
 * @example parseMarkdown('# Hi').children[0]?.type // 'heading'
 */
export function parseMarkdown(source: string, options: ParseOptions = {}): Root {
  const file = options.file ?? UNNAMED;
  checkInputLimits(source, file);
  const syntax = options.syntax ?? DEFAULT_SYNTAX;
  const chunkSize = isMdxFile(file) ? 0 : (options.chunkSize ?? CHUNK_THRESHOLD);
  if (chunkSize > 0 && source.length > chunkSize) return parseInChunks(source, chunkSize, (text) => parseWhole(text, syntax, file));
  return parseWhole(source, syntax, file);
}

/** The name of a document in errors when the caller gives none. */
export const UNNAMED = '<markdown>';

/**
 * Parse a whole document in one micromark pass (unchecked: callers check the limits of the
 * whole document first). Markdown gets its template tags protected (protect-templates.ts);
 * a `file` ending in `.mdx` is parsed as MDX, where `{` opens an expression, so no template
 * syntax applies.
 *
 * @throws InputError (file:line:column) for MDX that does not parse, e.g. an unclosed JSX tag
 * @example parseWhole('{% hint %}').children[0]?.type // 'paragraph' holding a templateTag
 */
export function parseWhole(source: string, syntax: MarkdownSyntax = DEFAULT_SYNTAX, file: string = UNNAMED): Root {
  if (isMdxFile(file)) return parseMdx(source, file);
  const processor = /^\uFEFF?---/.test(source) ? withFrontmatter : withoutFrontmatter;
  return parseProtectingTemplates(source, templateMatcher(syntax), (text) => processor.parse(text) as Root, file);
}

function parseMdx(source: string, file: string): Root {
  try {
    return mdx.parse(source) as Root;
  } catch (error) {
    // A VFileMessage from micromark or acorn: its line and column are where parsing stopped.
    const { line, column, reason } = error as { line?: number; column?: number; reason?: string };
    throw new InputError(
      'Cannot parse MDX',
      { file, line: line ?? 1, column: column ?? 1 },
      {
        expected: 'MDX that compiles (closed JSX tags, valid JavaScript in `{…}`)',
        actual: reason ?? String(error),
      },
    );
  }
}
