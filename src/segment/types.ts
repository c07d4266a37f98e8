/**
 * The data model of segmentation: a document is cut into translatable units (blocks), each
 * unit into sentences. Inline markup becomes numbered codes in the unit's text:
 *
 * - `{N}` … `{/N}`: a paired code (emphasis, strong, delete, link, inline JSX element) around translatable text;
 * - `{N/}`: a standalone code (footnote reference, inline code, inline HTML, image, break,
 *   template tag, MDX expression);
 * - a literal `{` in the text is written `{{`.
 *
 * A translator sees text plus placeholders; write-back restores the markup exactly.
 */

/** What kind of markup a code stands for. */
export type CodeKind =
  | 'emphasis'
  | 'strong'
  | 'delete'
  | 'link'
  | 'linkReference'
  | 'footnoteReference'
  | 'inlineCode'
  | 'html'
  | 'image'
  | 'imageReference'
  | 'break'
  | 'templateTag'
  | 'mdxJsxTextElement'
  | 'mdxTextExpression';

/** One inline code of a unit. `data` is the original Markdown, like XLIFF `originalData`. */
export interface InlineCode {
  /** 1-based number used in the placeholders of the unit's text. */
  id: number;
  kind: CodeKind;
  /** `pc` codes wrap text ({N}…{/N}); `ph` codes stand alone ({N/}). */
  type: 'pc' | 'ph';
  /** Original Markdown: for `pc` the opening delimiter, for `ph` the whole construct. */
  data: string;
  /** For `pc`: the original closing delimiter (e.g. `](https://x "t")` for a link). */
  dataEnd?: string;
  /** Link or image URL, footnote label, inline code value: what checks compare across languages. */
  value?: string;
  /**
   * For an inline JSX element: its translatable string attributes (config
   * `mdx.translatableAttributes`), each a `jsxAttribute` unit of its own at `<block path>/<path>`;
   * `start`/`end` are the value's span in `data` (quotes excluded), where write-back puts its translation.
   */
  attributes?: CodeAttribute[];
}

/** A translatable attribute inside a code's `data` (see {@link InlineCode.attributes}). */
export interface CodeAttribute {
  /** Path below the block's, e.g. `mdxJsxTextElement[1]/attribute[title]`. */
  path: string;
  start: number;
  end: number;
}

/** A sentence of a unit: a slice of the unit's text. */
export interface Sentence {
  /** Stable ID: `<unit id>.<n>`, see README "IDs". */
  id: string;
  text: string;
  /** Offsets into the unit's text (UTF-16 code units), end exclusive. */
  start: number;
  end: number;
}

/** Where a unit comes from in the tree. */
export type UnitKind = 'heading' | 'paragraph' | 'listItem' | 'blockquote' | 'tableCell' | 'footnote' | 'alt' | 'imageTitle' | 'frontmatter' | 'jsxAttribute';

/** A point in the source, as in unist: 1-based line and column, 0-based offset. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A translatable block. */
export interface Unit {
  /** Stable ID, e.g. `u-3f2a9c1b` (see README "IDs"). */
  id: string;
  kind: UnitKind;
  /** Structural path, e.g. `root/list[2]/listItem[0]/paragraph[0]`, or `frontmatter/title`. */
  path: string;
  /** Heading depth (1–6) for headings; footnote label for footnotes. */
  depth?: number;
  label?: string;
  /** Text with inline codes as placeholders. */
  text: string;
  codes: InlineCode[];
  sentences: Sentence[];
  /** The span of the unit's translatable content in the source (end exclusive). */
  start: Point;
  end: Point;
  /** True when the unit was re-linked to a previous ID by similarity (lightly edited). */
  edited?: boolean;
}

/** A segmented document. */
export interface SegmentedDocument {
  file: string;
  lang: string;
  units: Unit[];
}
