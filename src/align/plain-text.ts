/**
 * Plain text of a coded unit text: placeholders `{N}`, `{/N}`, `{N/}` removed, `{{` → `{`.
 *
 * @param text coded text
 * @param replacement what a placeholder becomes (default: nothing)
 * @returns the plain text
 * @example plainText('See {1}the notes{/1}{2/}.') // 'See the notes.'
 */
export function plainText(text: string, replacement = ''): string {
  return text.replace(/\{\{|\{\/?\d+\/?\}/g, (m) => (m === '{{' ? '{' : replacement));
}

/**
 * The ids of the standalone and opening placeholders in a coded text, in order.
 *
 * @example placeholderIds('a {1}b{/1} {2/}') // [1, 2]
 */
export function placeholderIds(text: string): number[] {
  const ids: number[] = [];
  for (const m of text.matchAll(/\{\{|\{(\d+)\/?\}/g)) if (m[1]) ids.push(Number(m[1]));
  return ids;
}
