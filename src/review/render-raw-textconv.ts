/**
 * What `diglot textconv` prints when it cannot render a file unit by unit: a note saying why,
 * then the file itself. git must always get text back from a textconv driver — a failing
 * driver makes `git diff`, `git log -p` and `git show` die with "unable to read files to diff".
 *
 * Text (valid UTF-8 without NUL bytes) follows the note as it is. Anything else is escaped line
 * by line so the diff stays readable and line-based: each byte that is not part of valid UTF-8,
 * NUL and the other control characters except tab and line feed become `\xNN`, and a
 * backslash becomes `\\`.
 *
 * @param bytes the file's bytes (undefined when even reading it failed)
 * @param reason why the unit rendering failed, one line
 * @returns the note line, then the raw or escaped file
 * @example renderRawTextconv(Buffer.from('---\ntitle: [\n---\n'), 'bad.md:2:8: Invalid YAML front matter')
 * // 'diglot textconv: bad.md:2:8: Invalid YAML front matter; showing the raw file\n---\ntitle: [\n---\n'
 */
export function renderRawTextconv(bytes: Uint8Array | undefined, reason: string): string {
  const why = reason.replace(/\s*\n\s*/g, ' ').trim();
  if (bytes === undefined) return `diglot textconv: ${why}\n`;
  const text = asText(bytes);
  if (text !== undefined) return `diglot textconv: ${why}; showing the raw file\n${text}`;
  return `diglot textconv: ${why}; showing the file with bytes that are not text escaped as \\xNN\n${escapeBytes(bytes)}`;
}

const strict = new TextDecoder('utf-8', { fatal: true });

function asText(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return undefined;
  try {
    return strict.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Valid UTF-8 sequences stay as they are; every other byte is `\xNN`. */
function escapeBytes(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) {
      out += hex(bytes[i] as number);
      i += 1;
      continue;
    }
    const byte = bytes[i] as number;
    if (length === 1) out += byte === 0x5c ? '\\\\' : byte === 0x0a || byte === 0x09 || (byte >= 0x20 && byte !== 0x7f) ? String.fromCharCode(byte) : hex(byte);
    else out += Buffer.from(bytes.subarray(i, i + length)).toString('utf8');
    i += length;
  }
  return out.endsWith('\n') || out === '' ? out : `${out}\n`;
}

function hex(byte: number): string {
  return `\\x${byte.toString(16).padStart(2, '0').toUpperCase()}`;
}

/** The length of the valid UTF-8 sequence at `i`, or 0 when the byte there does not start one. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] as number;
  if (b0 < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const b = bytes[i + k];
    return b !== undefined && b >= lo && b <= hi;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b0 >= 0xe1 && b0 <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}
