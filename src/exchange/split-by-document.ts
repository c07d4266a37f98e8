import type { ImportedFile } from './exchange-types.js';

/**
 * The parts of an exchange file by document: an XLIFF with one `<file>` per document (as
 * `diglot export --single` writes) becomes one imported file per `original`; any other file is
 * returned as it is.
 *
 * @param imported the exchange file's content
 * @returns one imported file per document, in the order of their first unit
 * @example splitByDocument(readExchange(bytes, { file })).map((f) => f.original)
 */
export function splitByDocument(imported: ImportedFile): ImportedFile[] {
  if (!imported.units.some((u) => u.document !== undefined)) return [imported];
  const byDocument = new Map<string, ImportedFile>();
  for (const unit of imported.units) {
    const original = unit.document ?? '';
    let part = byDocument.get(original);
    if (!part) {
      const { units: _units, original: _original, ...rest } = imported;
      part = { ...rest, ...(original !== '' ? { original } : {}), units: [] };
      byDocument.set(original, part);
    }
    part.units.push(unit);
  }
  return [...byDocument.values()];
}
