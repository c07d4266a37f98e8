import type { Processor } from 'unified';

/** A from-markdown extension as unified keeps it: an extension or a list of them. */
type Extension = { enter?: Record<string, unknown>; transforms?: unknown[] } | Extension[];

/**
 * A unified plugin, used after remark-gfm, that keeps GFM autolink literals to what the author
 * wrote: a URL, `www.` address or e-mail address written plainly (`https://x.org`) is a link, as
 * micromark finds it, with its position; one the author escaped or wrote with a character
 * reference (`https\://x.org`, `a\@b.org`, `www\.x.org`, `a&#64;b.org`) stays text.
 *
 * remark-gfm also runs mdast-util-gfm-autolink-literal's transform, a find-and-replace over the
 * text of the parsed tree, which turns such escaped text into links (and splits its text nodes)
 * with no position in the source. A block holding one cannot be cut into units, and the escape
 * is exactly what mdast-util-to-markdown writes to keep text from becoming a link: a
 * translation containing a URL would not read back as itself. This plugin drops that transform
 * and nothing else, so segmentation, write-back and the HTML build agree (GitHub skips the same
 * second pass for `www.` and `http(s)://` in issues and comments).
 *
 * @example unified().use(remarkParse).use(remarkGfm).use(literalAutolinksAsWritten).parse('a\\@b.org')
 */
export function literalAutolinksAsWritten(this: Processor): void {
  const data = this.data() as { fromMarkdownExtensions?: Extension[] };
  if (data.fromMarkdownExtensions) data.fromMarkdownExtensions = data.fromMarkdownExtensions.map(withoutAutolinkTransform);
}

function withoutAutolinkTransform(extension: Extension): Extension {
  if (Array.isArray(extension)) return extension.map(withoutAutolinkTransform);
  if (!extension.enter || !('literalAutolink' in extension.enter)) return extension;
  const { transforms: _dropped, ...rest } = extension;
  return rest;
}
