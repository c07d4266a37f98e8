import { createHmac, timingSafeEqual } from 'node:crypto';

const PREFIX = '{"seal":"';
const SEAL = /^\{"seal":"([0-9a-f]{64})",/;

/**
 * The key of the cache seals: `DIGLOT_CACHE_KEY` when set (a secret kept outside the cache,
 * e.g. a CI secret: then whoever can write the cache cannot forge entries), else a fixed
 * public key (the seal then detects edits and corruption, not a forger who recomputes it).
 */
function sealKey(): string {
  return process.env['DIGLOT_CACHE_KEY'] || 'diglot-cache-integrity/1';
}

function mac(purpose: string, body: string): string {
  return createHmac('sha256', sealKey()).update(purpose).update('\u0000').update(body).digest('hex');
}

/**
 * Seal the JSON text of a cache file: the result is the same JSON object with a first field
 * `seal`, an HMAC-SHA256 of `purpose` and the rest of the text.
 *
 * @param purpose what the file is (its format name): a seal made for one kind of file does not open another
 * @param json the JSON text of an object with at least one field (`JSON.stringify(value)`)
 * @returns the text to write
 * @example sealJson('diglot-check-cache/1', JSON.stringify({ key, messages }))
 */
export function sealJson(purpose: string, json: string): string {
  if (!json.startsWith('{') || json === '{}') throw new TypeError('Expected the JSON text of a non-empty object');
  return `${PREFIX}${mac(purpose, json)}",${json.slice(1)}`;
}

/**
 * Check the seal of a cache file's text and return the JSON text it sealed.
 *
 * @param purpose as given to {@link sealJson}
 * @param text the file's text (one final newline is not part of the sealed text)
 * @returns the sealed JSON text, or undefined when the seal is missing or does not match (edited, corrupt, or sealed with another key)
 * @example const json = openSealedJson('diglot-check-cache/1', text); if (json) JSON.parse(json)
 */
export function openSealedJson(purpose: string, text: string): string | undefined {
  const match = SEAL.exec(text);
  if (!match) return undefined;
  const json = `{${text.slice(match[0].length, text.endsWith('\n') ? -1 : undefined)}`;
  const expected = Buffer.from(mac(purpose, json), 'hex');
  return timingSafeEqual(expected, Buffer.from(match[1] as string, 'hex')) ? json : undefined;
}
