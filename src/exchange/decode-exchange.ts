import { InputError } from '../errors.js';
import { mixedScriptWord } from './mixed-script-word.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decode an exchange file's bytes as text, never misreading them: UTF-8 (a byte-order mark is
 * kept for the readers to skip); a PO whose header declares another charset (`charset=KOI8-R`)
 * is decoded with it when its bytes are not UTF-8. Refused: an empty file, UTF-16 or UTF-32
 * (by byte-order mark or by the NUL bytes of ASCII text), bytes that are neither UTF-8 nor the
 * declared charset, a charset no decoder knows, and a non-UTF-8 charset declared by a file that
 * is UTF-8 text (which one is meant cannot be known).
 *
 * @param bytes the file's bytes
 * @param file the file name, for messages
 * @returns the text
 * @throws InputError with file:line:column, expected and found
 * @example decodeExchange(readFileSync('ru.po'), 'ru.po').startsWith('msgid') // true
 */
export function decodeExchange(bytes: Uint8Array, file: string): string {
  const wide = wideEncoding(bytes);
  if (wide) {
    throw new InputError(
      `Unexpected ${wide} text, expected UTF-8 (convert it, e.g. \`iconv -f ${wide.split(' ')[0]} -t UTF-8\`)`,
      { file, line: 1, column: 1 },
      { expected: 'UTF-8', actual: wide },
    );
  }
  const isXml = /^(?:\xEF\xBB\xBF)?\s*</.test(Buffer.from(bytes.subarray(0, 64)).toString('latin1'));
  const charset = isXml ? undefined : declaredCharset(bytes);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    if (!charset) {
      throw new InputError(
        `Unexpected byte 0x${(bytes[bad] as number).toString(16).padStart(2, '0')}, expected UTF-8 text${isXml ? '' : ' (or a PO header declaring its charset)'}`,
        { file, ...placeOf(bytes, bad) },
        { expected: 'UTF-8', actual: 'an invalid byte sequence' },
      );
    }
    text = decodeAs(bytes, charset.name, file);
    const mixed = mixedScriptWord(text);
    if (mixed) {
      const at = placeInText(text, mixed.index);
      throw new InputError(
        `Unexpected word \`${mixed.word}\` mixing alphabets when read as the declared charset \`${charset.name}\`: the file is in another charset (fix the header or convert the file to UTF-8)`,
        { file, ...at },
        { expected: `text in ${charset.name}`, actual: `\`${mixed.word}\`` },
      );
    }
  }
  // eslint-disable-next-line no-control-regex -- any byte outside ASCII
  if (charset && /[^\x00-\x7F]/.test(text) && utf8Valid(bytes)) {
    throw new InputError(
      `Unexpected charset \`${charset.name}\` declared by a file that is UTF-8 text, expected \`charset=UTF-8\` (fix the header)`,
      { file, ...placeOf(bytes, charset.offset) },
      { expected: 'charset=UTF-8', actual: `charset=${charset.name}` },
    );
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    throw new InputError(
      'Unexpected empty file, expected XLIFF 2, XLIFF 1.2 or PO',
      { file, line: 1, column: 1 },
      { expected: 'an exchange file', actual: bytes.length === 0 ? 'no bytes' : 'only white space or a byte-order mark' },
    );
  }
  return text;
}

/** UTF-16/32 by byte-order mark, or by NUL bytes at every other position of ASCII text. */
function wideEncoding(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe) return c === 0 && d === 0 ? 'UTF-32LE' : 'UTF-16LE';
  if (a === 0xfe && b === 0xff) return 'UTF-16BE';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'UTF-32BE';
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const half = n / 2;
  if (odd > half * 0.6 && even < half * 0.1) return 'UTF-16LE';
  if (even > half * 0.6 && odd < half * 0.1) return 'UTF-16BE';
  return undefined;
}

/** The charset a PO header declares (`Content-Type: text/plain; charset=…`), unless UTF-8 or the template's `CHARSET`. */
function declaredCharset(bytes: Uint8Array): { name: string; offset: number } | undefined {
  const head = Buffer.from(bytes.subarray(0, 8192)).toString('latin1');
  const m = /Content-Type:[^"\n]*charset\s*=\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  const name = m?.[1];
  if (!m || !name || /^utf-?8$/i.test(name) || name === 'CHARSET') return undefined;
  return { name, offset: m.index };
}

function decodeAs(bytes: Uint8Array, charset: string, file: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    throw new InputError(
      `Unexpected charset \`${charset}\`, expected UTF-8 or a charset the WHATWG Encoding standard knows`,
      { file },
      { expected: 'charset=UTF-8', actual: `charset=${charset}` },
    );
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new InputError(
      `Unexpected bytes that are neither UTF-8 nor the declared charset \`${charset}\``,
      { file },
      { expected: charset, actual: 'an invalid byte sequence' },
    );
  }
}

function utf8Valid(bytes: Uint8Array): boolean {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The offset of the first byte that does not start a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let i = 0; i < n;) {
    const b = bytes[i] as number;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > n) return i;
    for (let k = 1; k < len; k++) if (((bytes[i + k] as number) & 0xc0) !== 0x80) return i;
    const b1 = bytes[i + 1] as number;
    if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 > 0x9f) || (b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 > 0x8f)) return i;
    i += len;
  }
  return 0;
}

/** 1-based line and column (in characters) of a byte offset. */
function placeOf(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const at = Math.max(0, offset);
  const before = Buffer.from(bytes.subarray(0, at));
  let line = 1;
  let start = 0;
  for (let i = before.indexOf(10); i !== -1; i = before.indexOf(10, i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: before.subarray(start).toString('utf8').length + 1 };
}

/** 1-based line and column of an index in decoded text. */
function placeInText(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const start = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: index - start + 1 };
}
