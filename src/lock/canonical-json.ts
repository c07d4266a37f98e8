import { hashText } from './hash-text.js';

/**
 * Canonical JSON: keys sorted at every level, no whitespace, `undefined` fields dropped.
 *
 * @example canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] }) // '{"a":[2,{"c":4,"d":3}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * The legacy hash of a glossary entry, as locks recorded it before per-language hashes: the
 * hash of the whole entry's canonical JSON (every language's column), with its source position
 * (`place`) left out so moving an entry in the file changes nothing. Still accepted when read
 * (see glossaryHashesFor); `diglot lock` now writes glossaryLanguageHash.
 *
 * @example glossaryEntryHash({ id: 'litvinov', en: ['Litvinov'], targets: { ru: { term: 'Литвинов' } } })
 */
export function glossaryEntryHash(entry: object): string {
  const { place: _place, ...rest } = entry as { place?: unknown };
  return hashText(canonicalJson(rest));
}
