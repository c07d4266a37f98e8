import { reassemble } from '../segment/reassemble.js';
import type { SegmentedDocument, Unit } from '../segment/types.js';
import type { PairInfo } from './build-exchange.js';
import { checkCodes } from './check-codes.js';
import { invertMap, mapTargetCodes, renumberCodes } from './code-map.js';
import type { ImportedFile } from './exchange-types.js';
import { insertNewBlocks, type NewBlock } from './insert-new-blocks.js';
import { resolveUnits } from './resolve-units.js';
import { topLevelBlocks, blockIndexOf } from './top-level-blocks.js';

/** Everything import needs. */
export interface ApplyImportInput {
  /** The exchange file, for messages. */
  file: string;
  imported: ImportedFile;
  en: SegmentedDocument;
  enSource: string;
  /** The Russian document and its text, when the file exists. */
  ru?: SegmentedDocument;
  ruSource?: string;
  pairs: ReadonlyMap<string, PairInfo>;
}

/** What an import did (or would do, with --dry-run). */
export interface ImportResult {
  /** The new Russian Markdown. */
  output: string;
  /** English unit IDs whose Russian text changed. */
  changed: string[];
  /** English unit IDs written as new Russian blocks. */
  inserted: string[];
  /** Units not written, with the reason. */
  skipped: Array<{ id: string; reason: string }>;
  /** Units whose translation equals the Russian already there. */
  unchanged: number;
  /** Remarks (e.g. the English changed since the export). */
  warnings: string[];
}

/**
 * Apply the translations of an exchange file to the Russian document: units that exist in
 * Russian are rewritten in place by `reassemble` (untouched bytes stay), units with no
 * Russian counterpart become new blocks mirroring the English block, inserted after the
 * Russian block aligned with the nearest preceding English block (see docs/exchange.md).
 * Every check runs before anything is produced; the caller writes `output` atomically.
 *
 * @param input the exchange content, both documents and their pairing
 * @returns the new Russian Markdown and a report
 * @throws InputError for units of another document or translations with wrong codes
 * @example applyImport({ file: 'ru.po', imported, en, enSource, ru, ruSource, pairs }).changed
 */
export function applyImport(input: ApplyImportInput): ImportResult {
  const { file, en, pairs } = input;
  const result: ImportResult = { output: '', changed: [], inserted: [], skipped: [], unchanged: 0, warnings: [] };
  const translations = new Map<string, string>();
  const fresh = new Map<string, string>();
  for (const { unit, imported } of resolveUnits(input.imported, en, file)) {
    const where = { unit: unit.id, file, ...(imported.line !== undefined ? { line: imported.line } : {}) };
    if (imported.partial) {
      result.skipped.push({ id: unit.id, reason: 'only some of its sentences are translated' });
      continue;
    }
    if (imported.target === undefined) continue;
    if (imported.source !== undefined && imported.source !== unit.text) result.warnings.push(`unit \`${unit.id}\`: the English changed since the export`);
    const pair = pairs.get(unit.id);
    if (pair?.group) {
      result.skipped.push({ id: unit.id, reason: `aligned with several Russian units (${pair.group.join(', ')})` });
      continue;
    }
    const ru = pair?.ru;
    if (ru) {
      const map = mapTargetCodes(unit.codes, ru.codes);
      checkCodes(imported.target, ru.codes.map((c) => ({ ...c, id: map.get(c.id) ?? c.id })), where);
      const text = renumberCodes(imported.target, invertMap(map));
      if (text === ru.text) result.unchanged++;
      else {
        translations.set(ru.id, text);
        result.changed.push(unit.id);
      }
    } else {
      checkCodes(imported.target, unit.codes, where);
      fresh.set(unit.id, imported.target);
    }
  }
  if (!input.ru || input.ruSource === undefined) {
    // No Russian file yet: the English document is the template of the Russian one.
    result.output = reassemble(input.enSource, en, fresh);
    result.inserted.push(...fresh.keys());
    return result;
  }
  const blocks = planNewBlocks(input, fresh, result);
  result.output = insertNewBlocks(reassemble(input.ruSource, input.ru, translations), blocks, input.ru.file);
  return result;
}

/** Decide where each new unit's block goes (or why it cannot be inserted). */
function planNewBlocks(input: ApplyImportInput, fresh: ReadonlyMap<string, string>, result: ImportResult): NewBlock[] {
  const { en, enSource, pairs } = input;
  const ru = input.ru as SegmentedDocument;
  const enBlocks = topLevelBlocks(enSource);
  const ruBlocks = topLevelBlocks(input.ruSource as string);
  const unitsOfBlock = new Map<number, Unit[]>();
  for (const unit of en.units) {
    if (unit.kind === 'frontmatter') continue;
    const b = blockIndexOf(enBlocks, unit.start.offset);
    unitsOfBlock.set(b, [...(unitsOfBlock.get(b) ?? []), unit]);
  }
  const ruById = new Map(ru.units.map((u) => [u.id, u]));
  const done = new Set<number>();
  const out: NewBlock[] = [];
  for (const id of fresh.keys()) {
    const unit = en.units.find((u) => u.id === id) as Unit;
    if (unit.kind === 'frontmatter') {
      result.skipped.push({ id, reason: `the Russian front matter has no \`${unit.path.replace(/^frontmatter\//, '')}\`: add the key by hand` });
      continue;
    }
    const b = blockIndexOf(enBlocks, unit.start.offset);
    if (done.has(b)) continue;
    done.add(b);
    const members = unitsOfBlock.get(b) ?? [unit];
    const translated = members.filter((m) => pairs.get(m.id)?.ru);
    const missing = members.filter((m) => !pairs.get(m.id)?.ru && !fresh.has(m.id));
    if (translated.length > 0 || missing.length > 0) {
      const reason = translated.length > 0 ? 'its block already exists in Russian in part: translate it there' : `the other units of its block are not translated (${missing.map((m) => m.id).join(', ')})`;
      for (const m of members) if (fresh.has(m.id)) result.skipped.push({ id: m.id, reason });
      continue;
    }
    const own = new Map(members.map((m) => [m.id, fresh.get(m.id) as string]));
    const replaced = reassemble(enSource, en, own);
    const block = enBlocks[b] as { start: number; end: number };
    const text = replaced.slice(block.start, block.end + replaced.length - enSource.length);
    out.push({ after: anchorOf(b), order: b, text });
    result.inserted.push(...members.map((m) => m.id));
  }
  return out;

  /** The Russian block aligned with the nearest preceding English block, or -1. */
  function anchorOf(b: number): number {
    for (let k = b - 1; k >= 0; k--) {
      const ruUnits = (unitsOfBlock.get(k) ?? []).map((u) => pairs.get(u.id)?.ru).filter((u): u is Unit => u !== undefined && ruById.has(u.id));
      if (ruUnits.length > 0) return Math.max(...ruUnits.map((u) => blockIndexOf(ruBlocks, u.start.offset)));
    }
    return -1;
  }
}
