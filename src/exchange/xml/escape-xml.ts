import { InputError } from '../../errors.js';

// XML 1.0 allows tab, LF, CR and everything from U+0020 except surrogates halves alone, U+FFFE, U+FFFF.
// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/**
 * Escape text for XML character data. `\r` is written `&#13;` so it survives parsing
 * (XML parsers normalise line ends); `>` is escaped too so `]]>` can never appear.
 *
 * @throws InputError when the text holds a character XML 1.0 cannot carry (e.g. U+0001)
 * @example escapeXmlText('a < b & c') // 'a &lt; b &amp; c'
 */
export function escapeXmlText(text: string): string {
  assertXmlChars(text);
  return text.replace(/[&<>\r]/g, (c) => ENTITY[c] as string);
}

/**
 * Escape text for a double-quoted XML attribute value; tabs and line ends become character
 * references so attribute-value normalisation leaves them intact.
 *
 * @example escapeXmlAttribute('say "hi"\n') // 'say &quot;hi&quot;&#10;'
 */
export function escapeXmlAttribute(text: string): string {
  assertXmlChars(text);
  return text.replace(/[&<>"\r\n\t]/g, (c) => ENTITY[c] as string);
}

const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
};

function assertXmlChars(text: string): void {
  const m = INVALID.exec(text);
  if (m) {
    const code = m[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0');
    throw new InputError(`Unexpected character \`U+${code}\`, expected characters XML 1.0 can carry`);
  }
}
