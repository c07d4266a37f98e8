import { reassemble, type WrapMode } from '../segment/reassemble.js';
import type { SegmentedDocument, Unit } from '../segment/types.js';
import type { PairInfo } from './build-exchange.js';
import type { NewBlock } from './insert-new-blocks.js';
import { blockIndexOf, topLevelBlocks, type BlockSpan } from './top-level-blocks.js';

/** The input of {@link planNewBlocks}. */
export interface PlanNewBlocksInput {
  source: SegmentedDocument;
  sourceMarkdown: string;
  /** The target document and its text. */
  target: SegmentedDocument;
  targetMarkdown: string;
  /** English unit ID → its alignment. */
  pairs: ReadonlyMap<string, PairInfo>;
  /** English unit ID → its translation, for the units with no target counterpart. */
  fresh: ReadonlyMap<string, string>;
  /** Line layout of the new blocks' text (`source`: that of the English block). */
  wrap?: WrapMode | undefined;
}

/** The new blocks, the units they hold, and the units that cannot be inserted with the reason. */
export interface NewBlockPlan {
  blocks: NewBlock[];
  inserted: string[];
  skipped: Array<{ id: string; reason: string }>;
}

/**
 * Decide where each new unit's block goes (or why it cannot be inserted): a block mirroring the
 * English block, after the target block aligned with the nearest preceding English block. A
 * block is inserted only when all its units are translated and none exists in the target.
 *
 * @param input both documents, their alignment and the new translations
 * @returns the blocks for {@link insertNewBlocks}, the unit IDs inserted and those skipped
 * @example planNewBlocks({ en, enSource, target: ru, targetSource: ruSource, pairs, fresh }).blocks.length
 */
export function planNewBlocks(input: PlanNewBlocksInput): NewBlockPlan {
  const plan: NewBlockPlan = { blocks: [], inserted: [], skipped: [] };
  const { source: source, sourceMarkdown: sourceSource, pairs, fresh, target } = input;
  if (fresh.size === 0) return plan;
  const sourceBlocks = topLevelBlocks(sourceSource, source.file);
  const targetBlocks = topLevelBlocks(input.targetMarkdown, target.file);
  const unitsOfBlock = new Map<number, Unit[]>();
  const blockOf = new Map<string, number>();
  for (const unit of source.units) {
    if (unit.kind === 'frontmatter') continue;
    const b = blockIndexOf(sourceBlocks, unit.start.offset);
    blockOf.set(unit.id, b);
    const members = unitsOfBlock.get(b);
    if (members) members.push(unit);
    else unitsOfBlock.set(b, [unit]);
  }
  const anchors = anchorsOf(sourceBlocks.length, unitsOfBlock, pairs, new Set(target.units.map((u) => u.id)), targetBlocks);
  const sourceById = new Map(source.units.map((u) => [u.id, u]));
  const done = new Set<number>();
  for (const id of fresh.keys()) {
    const unit = sourceById.get(id) as Unit;
    if (unit.kind === 'frontmatter') {
      plan.skipped.push({ id, reason: `the Russian front matter has no \`${unit.path.replace(/^frontmatter\//, '')}\`: add the key by hand` });
      continue;
    }
    const b = blockOf.get(id) as number;
    if (done.has(b)) continue;
    done.add(b);
    const members = unitsOfBlock.get(b) ?? [unit];
    const translated = members.filter((m) => pairs.get(m.id)?.target);
    const missing = members.filter((m) => !pairs.get(m.id)?.target && !fresh.has(m.id));
    if (translated.length > 0 || missing.length > 0) {
      const reason =
        translated.length > 0
          ? 'its block already exists in Russian in part: translate it there'
          : `the other units of its block are not translated (${missing.map((m) => m.id).join(', ')})`;
      for (const m of members) if (fresh.has(m.id)) plan.skipped.push({ id: m.id, reason });
      continue;
    }
    const text = renderBlock(sourceSource, source, sourceBlocks[b] as BlockSpan, members, fresh, input.wrap);
    plan.blocks.push({ after: anchors[b] as number, order: b, text });
    plan.inserted.push(...members.map((m) => m.id));
  }
  return plan;
}

/**
 * The English block with its units' text replaced by their translations. Only the block (from
 * the start of its line, so continuation lines keep their indentation) is reassembled: the
 * work is proportional to the block, not to the document.
 */
function renderBlock(
  sourceSource: string,
  source: SegmentedDocument,
  block: BlockSpan,
  members: readonly Unit[],
  fresh: ReadonlyMap<string, string>,
  wrap: WrapMode | undefined,
): string {
  const base = sourceSource.lastIndexOf('\n', block.start - 1) + 1;
  const shift = (p: Unit['start']): Unit['start'] => ({ ...p, offset: p.offset - base });
  const units = members.map((m) => ({ ...m, start: shift(m.start), end: shift(m.end) }));
  const own = new Map(members.map((m) => [m.id, fresh.get(m.id) as string]));
  const slice = sourceSource.slice(base, block.end);
  const replaced = reassemble(slice, { ...source, units }, own, { ...(wrap !== undefined ? { wrap } : {}) });
  return replaced.slice(block.start - base);
}

/** For every English block, the target block aligned with the nearest preceding English block that has one (-1: none). */
function anchorsOf(
  count: number,
  unitsOfBlock: ReadonlyMap<number, Unit[]>,
  pairs: ReadonlyMap<string, PairInfo>,
  targetIds: ReadonlySet<string>,
  targetBlocks: readonly BlockSpan[],
): number[] {
  const anchors: number[] = [];
  let anchor = -1;
  for (let b = 0; b < count; b++) {
    anchors.push(anchor);
    const targetUnits = (unitsOfBlock.get(b) ?? []).map((u) => pairs.get(u.id)?.target).filter((u): u is Unit => u !== undefined && targetIds.has(u.id));
    if (targetUnits.length > 0) anchor = targetUnits.reduce((max, u) => Math.max(max, blockIndexOf(targetBlocks, u.start.offset)), -1);
  }
  return anchors;
}
