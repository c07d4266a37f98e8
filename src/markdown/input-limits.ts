import { InputError, type ErrorPlace } from '../errors.js';

/**
 * The largest Markdown diglot reads. Each bounds a structure whose cost grows faster than its
 * size in the parser (micromark, mdast and hast utilities), or whose depth is recursion in
 * them; all are far beyond real documents (see docs/limits.md).
 */
export const INPUT_LIMITS = {
  /** Characters in one document. */
  documentLength: 64 * 1024 * 1024,
  /** Blockquotes and list items open on one line, one inside the other. */
  containerDepth: 100,
  /** Link brackets and emphasis delimiters (`*`, `_`, `~`) open at once in one paragraph. */
  inlineNesting: 100,
  /** Emphasis and strikethrough delimiter runs (`*`, `_`, `~`) in one paragraph (in a table: one row). */
  delimiterRuns: 2_000,
  /** Raw HTML elements open at once, one inside the other. */
  htmlDepth: 100,
  /**
   * Link reference and footnote definitions in one document: this many, or one per
   * {@link DEFINITION_SPACING} characters of a larger document (see {@link definitionLimit}).
   */
  definitions: 10_000,
  /** Rows of one table. */
  tableRows: 10_000,
  /** Characters of the YAML front matter. */
  frontmatterLength: 65_536,
  /** Flow collections (`[`, `{`) open at once in the front matter. */
  frontmatterNesting: 100,
  /** Characters of one unit's text (one paragraph, heading, cell…), checked when it is cut out. */
  unitLength: 50_000,
} as const;

/** The name of a limit, as messages and docs/limits.md call it. */
export type InputLimit = keyof typeof INPUT_LIMITS;

const DESCRIPTIONS: Record<InputLimit, { what: string; unit: string }> = {
  documentLength: { what: 'The document is too long', unit: 'characters' },
  containerDepth: { what: 'Blockquotes and list items nest too deeply', unit: 'nested blockquotes and list items' },
  inlineNesting: { what: 'Links and emphasis nest too deeply', unit: 'open link brackets and emphasis delimiters in a paragraph' },
  delimiterRuns: { what: 'This paragraph has too many emphasis delimiters', unit: 'runs of `*`, `_` or `~` in a paragraph or table row' },
  htmlDepth: { what: 'HTML elements nest too deeply', unit: 'nested HTML elements' },
  definitions: { what: 'The document has too many link and footnote definitions', unit: 'definitions' },
  tableRows: { what: 'This table has too many rows', unit: 'rows in a table' },
  frontmatterLength: { what: 'The front matter is too long', unit: 'characters of front matter' },
  frontmatterNesting: { what: 'The front matter nests too deeply', unit: 'nested `[` and `{` in the front matter' },
  unitLength: { what: 'This block is too long to be one unit', unit: 'characters in one paragraph, heading, list item or table cell' },
};

/** A large document may hold one definition per this many characters beyond `definitions`. */
export const DEFINITION_SPACING = 200;

/**
 * The definitions a document of this length may hold: {@link INPUT_LIMITS}.definitions, or one
 * per {@link DEFINITION_SPACING} characters when that is more, so the limit grows with real
 * documents (a 50 MB concatenation of manuals) while a flood of definitions is still refused.
 *
 * @example definitionLimit(1_000) // 10000
 * @example definitionLimit(50_000_000) // 250000
 */
export function definitionLimit(length: number): number {
  return Math.max(INPUT_LIMITS.definitions, Math.floor(length / DEFINITION_SPACING));
}

/**
 * The error for input beyond a limit: what is too large, the limit by name, the limit as
 * `expected` and what was found as `actual`.
 *
 * @param limit the limit exceeded
 * @param found the size or depth found (so far)
 * @param place file:line:column of the place it was exceeded
 * @example throw limitError('unitLength', 60_000, { file: 'a.md', line: 3, column: 1 })
 */
export function limitError(limit: InputLimit, found: number, place: ErrorPlace, max: number = INPUT_LIMITS[limit]): InputError {
  const { what, unit } = DESCRIPTIONS[limit];
  return new InputError(`${what} (limit \`${limit}\`: at most ${max} ${unit})`, place, { expected: `at most ${max} ${unit}`, actual: String(found) });
}
