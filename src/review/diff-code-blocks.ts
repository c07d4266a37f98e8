import { diffLines } from 'diff';
import type { CodeBlock } from '../markdown/find-code-blocks.js';
import { pairCodeBlocks } from '../markdown/pair-code-blocks.js';
import type { CodeChange, CodeView, LineChange } from './types.js';

/**
 * The changed code blocks of the source document between two versions, each with a line diff
 * and what the translation's paired block holds (see CodeChange). Blocks are paired by order
 * and language tag (see pairCodeBlocks): old with new English, new English with the target.
 *
 * @param before the source's code blocks in the old version
 * @param after …in the new version
 * @param target the translation's code blocks in the new version
 * @returns added, removed and edited blocks in order; unchanged ones are left out
 * @example diffCodeBlocks(findCodeBlocks(oldEn), findCodeBlocks(newEn), findCodeBlocks(ru))[0]?.change // 'edited'
 */
export function diffCodeBlocks(before: readonly CodeBlock[], after: readonly CodeBlock[], target: readonly CodeBlock[]): CodeChange[] {
  const toTarget = new Map<number, number>();
  const claimed = new Set<number>();
  for (const p of pairCodeBlocks(after, target)) {
    if (p.a !== undefined && p.b !== undefined) {
      toTarget.set(p.a, p.b);
      claimed.add(p.b);
    }
  }
  const out: CodeChange[] = [];
  for (const p of pairCodeBlocks(before, after)) {
    const old = p.a === undefined ? undefined : before[p.a];
    const now = p.b === undefined ? undefined : after[p.b];
    if (old && now && old.value === now.value) continue;
    const paired = p.b === undefined ? undefined : toTarget.get(p.b);
    const copy = paired === undefined ? undefined : target[paired];
    let translation: CodeChange['translation'];
    if (!now) {
      // A removed block: stale while the translation still has an unpaired copy of it.
      translation = target.some((t, k) => !claimed.has(k) && t.value === old?.value) ? 'stale' : 'current';
    } else if (!copy) translation = 'missing';
    else if (copy.value === now.value) translation = 'current';
    else translation = old && copy.value === old.value ? 'stale' : 'differs';
    out.push({
      kind: 'code',
      change: !old ? 'added' : !now ? 'removed' : 'edited',
      ...(old ? { before: view(old) } : {}),
      ...(now ? { after: view(now) } : {}),
      lines: lineDiff(old?.value ?? '', now?.value ?? ''),
      translation,
      ...(copy ? { target: view(copy) } : {}),
    });
  }
  return out;
}

function view(block: CodeBlock): CodeView {
  return { lang: block.lang, line: block.start.line, hash: block.hash };
}

/** One entry per line (jsdiff's runs cut at line ends), so every format can prefix lines with ` `, `-` or `+`. */
function lineDiff(before: string, after: string): LineChange[] {
  const out: LineChange[] = [];
  for (const part of diffLines(before, after)) {
    const type = part.added ? 'insert' : part.removed ? 'delete' : 'equal';
    const lines = part.value.replace(/\n$/, '').split('\n');
    for (const text of lines) out.push({ type, text });
  }
  return out;
}
