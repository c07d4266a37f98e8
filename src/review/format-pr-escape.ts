/**
 * Escaping of content text for a pull-request comment (GitHub-flavoured Markdown). Text from
 * the documents is never trusted as Markdown or HTML: it may hold `|` (a table cell ends), `<`
 * (an HTML tag), backticks (a code span), `*`/`_` (emphasis), line breaks (a table row ends),
 * `@name` (a notification) and `#12` (a cross-reference on issue 12).
 */

/**
 * Escape text for inline Markdown on GitHub, inside a table cell or not: HTML-significant
 * characters become entities, Markdown punctuation is backslash-escaped (`|` too, so the text
 * never ends a table cell), line breaks become spaces, and `@name`/`#12` get a zero-width space
 * so the comment notifies nobody and links no issue.
 *
 * @example escapeInline('a | b <i>`x`</i> @octocat') // 'a \\| b &lt;i&gt;\\`x\\`&lt;/i&gt; @&#8203;octocat'
 */
export function escapeInline(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]#|~!]/g, '\\$&')
    .replace(/([@#])(?=[\p{L}\p{N}_-])/gu, '$1&#8203;');
}

/**
 * A value as inline code in a table cell: `<code>` with the text escaped (a backtick or `|`
 * in a file name cannot end the span or the cell).
 *
 * @example inlineCode('content/en/a|b.md') // '<code>content/en/a\\|b.md</code>'
 */
export function inlineCode(text: string): string {
  return `<code>${escapeInline(text)}</code>`;
}

/**
 * Shorten a text to at most `max` characters (whole words where possible), with `…`.
 *
 * @example shorten('one two three', 8) // 'one two…'
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/**
 * A URL as the target of a Markdown link: characters that would end the link (spaces,
 * parentheses, angle brackets, backslashes, backticks, `[`, `]`, `|`) percent-encoded. Only
 * `http:` and `https:` URLs are links; anything else is undefined.
 *
 * @example linkTarget('https://example.org/a (1)') // 'https://example.org/a%20%281%29'
 */
export function linkTarget(url: string): string | undefined {
  if (!/^https?:\/\/[^\s]/i.test(url)) return undefined;
  return url.replace(/[\s()<>\\`[\]|"']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
