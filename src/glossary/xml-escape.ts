/**
 * Escape text for XML element content and attribute values.
 *
 * @example xmlEscape('ВКП(б) & "Co"') // 'ВКП(б) &amp; &quot;Co&quot;'
 */
export function xmlEscape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}
