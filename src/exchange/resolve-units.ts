import { InputError } from '../errors.js';
import type { SegmentedDocument, Unit } from '../segment/types.js';
import type { ImportedFile, ImportedUnit } from './exchange-types.js';
import { oneLine } from './one-line.js';

/** An imported unit matched to its English unit. */
export interface ResolvedUnit {
  unit: Unit;
  imported: ImportedUnit;
}

/**
 * Match the units of an exchange file to the English document: by the ID the file states,
 * else by an ID among its hints (PO `#:` references, resname, contexts: what Translate
 * Toolkit keeps), else by an identical source text found in exactly one English unit.
 *
 * @param imported the exchange file's content
 * @param source the English document
 * @param file the exchange file, for messages
 * @throws InputError when no unit belongs to the document ("a file for another document")
 *   or when some do not (naming the first few); when a unit found by its ID carries the
 *   source of another unit (swapped IDs); when a unit is translated twice
 * @example resolveUnits(readPo(text, 'ru.po'), en, 'ru.po')[0].unit.id
 */
export function resolveUnits(imported: ImportedFile, source: SegmentedDocument, file: string): ResolvedUnit[] {
  const byId = new Map(source.units.map((u) => [u.id, u]));
  const bySource = new Map<string, Unit[]>();
  for (const u of source.units) {
    const same = bySource.get(u.text);
    if (same) same.push(u);
    else bySource.set(u.text, [u]);
  }
  const resolved: ResolvedUnit[] = [];
  const unknown: ImportedUnit[] = [];
  const seen = new Map<string, ImportedUnit>();
  for (const item of imported.units) {
    const unit =
      (item.id !== undefined ? byId.get(item.id) : undefined) ??
      item.hints.map((h) => byId.get(h)).find((u) => u !== undefined) ??
      (item.source !== undefined && bySource.get(item.source)?.length === 1 ? bySource.get(item.source)?.[0] : undefined);
    if (!unit) {
      unknown.push(item);
      continue;
    }
    const other = item.source !== undefined && item.source !== unit.text ? bySource.get(item.source) : undefined;
    if (other && other.every((u) => u.id !== unit.id)) {
      const names = other.map((u) => `\`${u.id}\``).join(', ');
      throw new InputError(
        `Cannot import unit \`${unit.id}\`: its source is the English of ${names}, not of \`${unit.id}\` (swapped IDs or sources?); nothing was written`,
        place(file, item),
        {
          expected: `the source of \`${unit.id}\`: \`${oneLine(unit.text.slice(0, 80))}\``,
          actual: `\`${oneLine((item.source ?? '').slice(0, 80))}\``,
        },
      );
    }
    const twice = seen.get(unit.id);
    if (twice)
      throw new InputError(
        `Unexpected second translation of unit \`${unit.id}\` (first at line ${twice.line ?? '?'}), expected one per unit`,
        place(file, item),
      );
    seen.set(unit.id, item);
    resolved.push({ unit, imported: item });
  }
  if (unknown.length > 0) {
    const names = unknown
      .slice(0, 3)
      .map((u) => `\`${oneLine(u.id ?? u.source?.slice(0, 40) ?? '?')}\``)
      .join(', ');
    const what =
      resolved.length === 0
        ? `none of its ${imported.units.length} units belongs to \`${source.file}\`: it is a file for another document`
        : `${unknown.length} of its units do not belong to \`${source.file}\``;
    throw new InputError(
      `Cannot import \`${file}\`: ${what} (${names}${unknown.length > 3 ? ', …' : ''}); nothing was written`,
      place(file, unknown[0] as ImportedUnit),
      {
        expected: `unit IDs of \`${source.file}\``,
        actual: names,
      },
    );
  }
  return resolved;
}

function place(file: string, unit: ImportedUnit): { file: string; line?: number; column?: number } {
  return unit.line !== undefined ? { file, line: unit.line, ...(unit.column !== undefined ? { column: unit.column } : {}) } : { file };
}
