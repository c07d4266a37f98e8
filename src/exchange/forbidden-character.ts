/** A character a translation must not carry, and where it is. */
export interface ForbiddenCharacter {
  /** Offset in the text (UTF-16 code units). */
  index: number;
  /** `U+0000` style name. */
  code: string;
  /** What it is, for messages. */
  what: string;
}

// C0 controls except tab and line feed, DEL, C1 controls, lone surrogates and noncharacters.
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/;

/**
 * The first character of a translation that Markdown cannot carry as text: a control
 * character other than tab and line feed (NUL, carriage return, escape, DEL, C1 controls),
 * a lone surrogate (not encodable as UTF-8) or a Unicode noncharacter (U+FFFE, U+FDD0…).
 *
 * @param text the translation
 * @returns the character and its offset, or undefined when the text is clean
 * @example findForbiddenCharacter('a\u0000b') // { index: 1, code: 'U+0000', what: 'control character' }
 */
export function findForbiddenCharacter(text: string): ForbiddenCharacter | undefined {
  const m = FORBIDDEN.exec(text);
  if (!m) return undefined;
  const cp = m[0].codePointAt(0) as number;
  const code = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const what = cp >= 0xd800 && cp <= 0xdfff ? 'lone surrogate' : cp <= 0x9f ? 'control character' : 'noncharacter';
  return { index: m.index, code, what };
}
