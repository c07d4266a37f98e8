import { InputError } from '../errors.js';
import { stripCodes } from '../segment/coded-text.js';
import { hardWrapWidth, reassemble, wrapsLines, type WrapMode } from '../segment/reassemble.js';
import type { SegmentedDocument, Unit } from '../segment/types.js';
import type { PairInfo } from './build-exchange.js';
import { checkCodes } from './check-codes.js';
import { classifyConflict, staleSource, type ImportConflict } from './classify-conflicts.js';
import { invertMap, mapTargetCodes, renumberCodes } from './code-map.js';
import type { ImportedFile, ImportedUnit } from './exchange-types.js';
import { findForbiddenCharacter } from './forbidden-character.js';
import { insertNewBlocks } from './insert-new-blocks.js';
import { planNewBlocks } from './plan-new-blocks.js';
import { resolveUnits } from './resolve-units.js';
import { codedTextKey, verifyImport, type ExpectedUnit } from './verify-import.js';
import type { MarkdownSyntax } from '../markdown/markdown-syntax.js';
import type { StaleImport } from './record-imported-pairs.js';

export type { ImportConflict } from './classify-conflicts.js';

/** Everything import needs. */
export interface ApplyImportInput {
  /** The exchange file, for messages. */
  file: string;
  imported: ImportedFile;
  source: SegmentedDocument;
  sourceMarkdown: string;
  /** The Russian document and its text, when the file exists. */
  target?: SegmentedDocument;
  targetMarkdown?: string;
  pairs: ReadonlyMap<string, PairInfo>;
  /** The file the output goes to and its language (default: those of `ru`, else of `en`), to re-read the output. */
  output?: { file: string; lang: string };
  /** Apply conflicting translations too (the replaced ones are listed in `replaced`). */
  force?: boolean;
  /** Template tags and MDX attributes the documents were segmented with (the config's `syntax`). */
  syntax?: MarkdownSyntax | undefined;
  /**
   * Line layout of the translations written (the config's `wrap`, default `preserve`): a
   * number of columns, or `source` (the width of the English paragraph, when it is hard-wrapped).
   */
  wrap?: WrapMode | undefined;
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
  /** Units the file left as exported whose translation changed in the project since: the newer one is kept. */
  kept: string[];
  /** Conflicting units, not applied (unless `force`). */
  conflicts: ImportConflict[];
  /** With `force`: the translations a conflicting import replaced (to be kept as obsolete). */
  replaced: Array<{ id: string; source: string; target: { id: string; text: string } }>;
  /**
   * English unit ID → the translation written for it (target coded text), for every unit
   * changed or inserted: the pairs the user made explicitly, which the lock records.
   */
  written: Map<string, string>;
  /** Units whose translation was made from an older English: English ID → that English (hash, and text when the file has it). */
  stale: Map<string, StaleImport>;
  /** True when the file carries no export stamps (a file of another tool): conflicts cannot be detected. */
  unstamped: boolean;
}

type Entry = { unit: string; file: string; line?: number; column?: number };

/**
 * Apply the translations of an exchange file to the Russian document: units that exist in
 * Russian are rewritten in place by `reassemble` (untouched bytes stay), units with no
 * Russian counterpart become new blocks mirroring the English block, inserted after the
 * Russian block aligned with the nearest preceding English block (see docs/exchange.md).
 * An empty or white-space-only target is untranslated: skipped, never a deletion. A target
 * with a character Markdown cannot carry (NUL, other controls, noncharacters) is refused.
 * Every check runs before anything is produced, and the output is re-read as diglot reads
 * documents (see verify-import.ts); the caller writes `output` atomically.
 *
 * With export stamps (see export-stamp.ts), the three versions of a translation are compared:
 * the one exported, the one in the project now and the one in the file. Changed only in the
 * file: applied. Changed only in the project: kept (`kept`). Changed in both, differently: a
 * conflict, not applied unless `force` (the replaced translation is then in `replaced`). A
 * translation of an English that changed since the export is listed in `stale`. A target that
 * is a copy of the English is untranslated (skipped) unless the unit has no letters; with no
 * target file and nothing translated, there is no output (`output` is empty).
 *
 * With `wrap` other than `preserve`, translated units are laid out on lines (see
 * {@link WrapMode}); their texts are then compared up to white space (a translation equal to
 * the one there up to white space is unchanged, the read-back check collapses white space).
 *
 * @param input the exchange content, both documents and their pairing
 * @returns the new Russian Markdown and a report
 * @throws InputError for units of another document, translations with wrong codes or
 *   forbidden characters, and output that would not read back as imported
 * @example applyImport({ file: 'ru.po', imported, en, enSource, ru, ruSource, pairs }).changed
 */
export function applyImport(input: ApplyImportInput): ImportResult {
  const { file, source: source, pairs } = input;
  const result: ImportResult = {
    output: '',
    changed: [],
    inserted: [],
    skipped: [],
    unchanged: 0,
    warnings: [],
    kept: [],
    conflicts: [],
    replaced: [],
    written: new Map(),
    stale: new Map(),
    unstamped: false,
  };
  const resolved = resolveUnits(input.imported, source, file);
  result.unstamped = resolved.length > 0 && resolved.every((r) => r.imported.stamp === undefined);
  const translations = new Map<string, string>();
  const fresh = new Map<string, string>();
  const entries = new Map<string, Entry>();
  const collapse = wrapsLines(input.wrap);
  // `wrap: source` for units rewritten in place: the width of the English paragraph each translates.
  const unitWrap = new Map<string, WrapMode>();
  for (const { unit, imported } of resolved) {
    const where = entryOf(unit.id, imported, file);
    if (imported.partial) {
      result.skipped.push({ id: unit.id, reason: 'only some of its sentences are translated' });
      continue;
    }
    if (imported.target === undefined) continue;
    if (imported.target.trim() === '') {
      result.skipped.push({
        id: unit.id,
        reason: 'its translation is empty or only white space: an empty target means untranslated, the unit is left as it was',
      });
      continue;
    }
    refuseForbidden(imported.target, where);
    const pair = pairs.get(unit.id);
    if (pair?.group) {
      result.skipped.push({ id: unit.id, reason: `aligned with several Russian units (${pair.group.join(', ')})` });
      continue;
    }
    const targetUnit = pair?.target;
    const map = targetUnit ? mapTargetCodes(unit.codes, targetUnit.codes) : undefined;
    if (targetUnit && map)
      checkCodes(
        imported.target,
        targetUnit.codes.map((c) => ({ ...c, id: map.get(c.id) ?? c.id })),
        where,
      );
    const text = targetUnit && map ? renumberCodes(imported.target, invertMap(map)) : imported.target;
    if (targetUnit && (text === targetUnit.text || (collapse && codedTextKey(text, true) === codedTextKey(targetUnit.text, true)))) {
      result.unchanged++;
      continue;
    }
    if (isPrefilled(imported, unit, collapse)) {
      result.skipped.push({
        id: unit.id,
        reason:
          'its target is the English source itself (a target pre-filled by the export or the tool): read as untranslated; a unit is only taken as translated by a copy of its English when it has no letters (numbers, codes)',
      });
      continue;
    }
    const verdict = classifyConflict({ unit, target: targetUnit, text, imported, place: placeOf(where), force: input.force });
    if (verdict.kind === 'kept') {
      result.kept.push(unit.id);
      continue;
    }
    if (verdict.kind === 'conflict') {
      result.conflicts.push(verdict.conflict);
      continue;
    }
    if (verdict.kind === 'replace' && targetUnit) {
      result.replaced.push({ id: unit.id, source: unit.text, target: { id: targetUnit.id, text: targetUnit.text } });
      result.warnings.push(`unit \`${unit.id}\`: conflict overwritten (--force); the replaced translation is kept as obsolete`);
    }
    const stale = staleSource(unit, imported);
    if (stale) {
      result.stale.set(unit.id, stale);
      result.warnings.push(`unit \`${unit.id}\`: the English changed since the export; the translation is recorded as made from the older English (stale)`);
    }
    if (targetUnit) {
      if (input.wrap === 'source') unitWrap.set(targetUnit.id, hardWrapWidth(input.sourceMarkdown, unit) ?? 'preserve');
      translations.set(targetUnit.id, text);
      entries.set(targetUnit.id, where);
      result.changed.push(unit.id);
      result.written.set(unit.id, text);
    } else {
      checkCodes(imported.target, unit.codes, where);
      fresh.set(unit.id, imported.target);
      entries.set(unit.id, where);
    }
  }
  const target = input.output ?? { file: input.target?.file ?? source.file, lang: input.target?.lang ?? source.lang };
  const layout = input.wrap !== undefined ? { wrap: input.wrap } : {};
  const expected: ExpectedUnit[] = [];
  const expect = (unit: Unit, text: string | undefined): void => {
    const from = entries.get(unit.id);
    expected.push({ kind: unit.kind, text: text ?? unit.text, ...(text !== undefined && from ? { from } : {}) });
  };
  if (!input.target || input.targetMarkdown === undefined) {
    // No Russian file yet: the English document is the template of the Russian one; nothing
    // translated, no file (a copy of the English is no translation).
    // Copies of letterless units (numbers) alone translate nothing either.
    const sourceText = new Map(source.units.map((u) => [u.id, u.text]));
    if ([...fresh].every(([id, text]) => text === sourceText.get(id))) return result;
    result.output = reassemble(input.sourceMarkdown, source, fresh, layout);
    result.inserted.push(...fresh.keys());
    for (const [id, text] of fresh) result.written.set(id, text);
    for (const unit of source.units) expect(unit, fresh.get(unit.id));
  } else {
    const plan = planNewBlocks({
      source: source,
      sourceMarkdown: input.sourceMarkdown,
      target: input.target,
      targetMarkdown: input.targetMarkdown,
      pairs,
      fresh,
      wrap: input.wrap,
    });
    result.skipped.push(...plan.skipped);
    result.inserted.push(...plan.inserted);
    result.output = insertNewBlocks(reassemble(input.targetMarkdown, input.target, translations, { ...layout, unitWrap }), plan.blocks, input.target.file);
    for (const unit of input.target.units) expect(unit, translations.get(unit.id));
    const sourceById = new Map(source.units.map((u) => [u.id, u]));
    for (const id of result.inserted) expect(sourceById.get(id) as Unit, fresh.get(id));
    for (const id of result.inserted) result.written.set(id, fresh.get(id) as string);
  }
  if (result.output !== (input.targetMarkdown ?? ''))
    verifyImport(result.output, expected, { file, target: target.file, lang: target.lang, syntax: input.syntax, collapseWhitespace: collapse });
  return result;
}

/**
 * A target that is a copy of the English (a tool's pre-filled target) is no translation,
 * unless the unit has no letters (numbers, codes, punctuation). With `collapse` (a wrapping
 * import), a copy up to white space is a copy too.
 */
function isPrefilled(imported: ImportedUnit, unit: Unit, collapse: boolean): boolean {
  const target = imported.target ?? '';
  const same = (a: string, b: string | undefined): boolean => b !== undefined && (a === b || (collapse && codedTextKey(a, true) === codedTextKey(b, true)));
  if (!same(target, unit.text) && !same(target, imported.source)) return false;
  return /\p{L}/u.test(stripCodes(unit.text));
}

function placeOf(where: Entry): { line?: number; column?: number } {
  return { ...(where.line !== undefined ? { line: where.line } : {}), ...(where.column !== undefined ? { column: where.column } : {}) };
}

function entryOf(unit: string, imported: ImportedUnit, file: string): Entry {
  return { unit, file, ...(imported.line !== undefined ? { line: imported.line, ...(imported.column !== undefined ? { column: imported.column } : {}) } : {}) };
}

/** Refuse a translation holding a character Markdown cannot carry. */
function refuseForbidden(text: string, where: Entry): void {
  const bad = findForbiddenCharacter(text);
  if (!bad) return;
  const { unit, ...place } = where;
  throw new InputError(
    `Cannot import unit \`${unit}\`: Unexpected ${bad.what} ${bad.code} at character ${bad.index + 1} of the translation, expected text Markdown can carry; nothing was written`,
    place,
    { expected: 'text without control characters (tab and line feed aside), lone surrogates or noncharacters', actual: bad.code },
  );
}
