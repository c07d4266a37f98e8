import type { CodeBlock } from '../markdown/find-code-blocks.js';
import { pairCodeBlocks } from '../markdown/pair-code-blocks.js';

/** A code block of the translation that still holds English code the English no longer has. */
export interface CodeState {
  status: 'code-stale';
  /** Index of the English block among the English code blocks. */
  source: number;
  /** Index of the translation's block among its code blocks. */
  target: number;
}

/**
 * The code record of one target language for the lock: per English code block, the hash of the
 * English code the translation's paired block was copied from. A block the translation has as
 * the English has it records the current hash; a block whose copy still equals English code the
 * previous record knows (the English changed since, the copy did not) keeps that old hash, so
 * the staleness persists until the copy is updated or `accept` is given; anything else (no
 * copy, a deliberately different copy) records the current hash.
 *
 * @param source the English code blocks
 * @param target the translation's code blocks
 * @param previous the previous lock's record (undefined: none)
 * @param accept record the current English for every block
 * @returns hashes, one per English block, in order
 * @example lockCode(findCodeBlocks(en), findCodeBlocks(ru), lock.targets.ru?.code)
 */
export function lockCode(source: readonly CodeBlock[], target: readonly CodeBlock[], previous: readonly string[] | undefined, accept = false): string[] {
  const known = new Set(previous ?? []);
  const copyOf = copies(source, target);
  return source.map((block, k) => {
    const copy = copyOf.get(k);
    if (accept || !copy || copy.hash === block.hash) return block.hash;
    return known.has(copy.hash) ? copy.hash : block.hash;
  });
}

/**
 * The translation's code blocks that are stale against the lock: paired with an English block
 * whose code differs, while holding code the lock recorded as the English the translation was
 * made from. Without a record (an older lock) nothing is stale.
 *
 * @param recorded the lock's `targets.<lang>.code`
 * @param source the English code blocks now
 * @param target the translation's code blocks now
 * @example lockCodeStatus(lock.targets.ru?.code, findCodeBlocks(en), findCodeBlocks(ru)).length // 1 after an English code edit
 */
export function lockCodeStatus(recorded: readonly string[] | undefined, source: readonly CodeBlock[], target: readonly CodeBlock[]): CodeState[] {
  if (!recorded) return [];
  const known = new Set(recorded);
  const out: CodeState[] = [];
  for (const [k, copy] of copies(source, target)) {
    const block = source[k] as CodeBlock;
    if (copy.hash !== block.hash && known.has(copy.hash) && !known.has(block.hash)) out.push({ status: 'code-stale', source: k, target: target.indexOf(copy) });
  }
  return out.sort((a, b) => a.source - b.source);
}

/** English block index → the translation's paired block (same order among code blocks, same language tag). */
function copies(source: readonly CodeBlock[], target: readonly CodeBlock[]): Map<number, CodeBlock> {
  const out = new Map<number, CodeBlock>();
  for (const p of pairCodeBlocks(source, target)) if (p.a !== undefined && p.b !== undefined) out.set(p.a, target[p.b] as CodeBlock);
  return out;
}
