/**
 * Text from an exchange file made fit for a one-line message: line breaks and other control
 * characters written as escapes (`\n`, `\u0000`).
 *
 * @example oneLine('a\nb') // 'a\\nb'
 */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) =>
    c === '\n' ? '\\n' : c === '\t' ? '\\t' : c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
