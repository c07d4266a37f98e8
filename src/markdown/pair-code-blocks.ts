import type { CodeBlock } from './find-code-blocks.js';

/** A pairing of two lists of code blocks: both indices, or one of them for a block without a counterpart. */
export interface CodePair {
  a?: number;
  b?: number;
}

/**
 * Pair the code blocks of two documents (two languages, or two versions) by their order among
 * code blocks and their language tag: an alignment in order where only blocks with the same tag
 * pair up, an identical pair is preferred to a changed one, and a block left over is missing on
 * the other side. Blocks are few, so the quadratic alignment is cheap.
 *
 * @param a the blocks of one document, in order
 * @param b the blocks of the other
 * @returns the pairs in order; `{ a }` a block of `a` alone, `{ b }` one of `b` alone
 * @example pairCodeBlocks(findCodeBlocks(en), findCodeBlocks(ru)).filter((p) => p.b === undefined) // missing in ru
 */
export function pairCodeBlocks(a: readonly CodeBlock[], b: readonly CodeBlock[]): CodePair[] {
  const n = a.length;
  const m = b.length;
  // cost[i][j]: the cheapest alignment of a[i..] with b[j..]. A skip costs 2, a changed pair 1, an identical one 0.
  const cost: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n; i >= 0; i--) {
    for (let j = m; j >= 0; j--) {
      if (i === n && j === m) continue;
      let best = Infinity;
      if (i < n) best = Math.min(best, 2 + (cost[i + 1]?.[j] as number));
      if (j < m) best = Math.min(best, 2 + (cost[i]?.[j + 1] as number));
      const step = i < n && j < m ? pairCost(a[i] as CodeBlock, b[j] as CodeBlock) : undefined;
      if (step !== undefined) best = Math.min(best, step + (cost[i + 1]?.[j + 1] as number));
      (cost[i] as number[])[j] = best;
    }
  }
  const out: CodePair[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    const here = cost[i]?.[j] as number;
    const step = i < n && j < m ? pairCost(a[i] as CodeBlock, b[j] as CodeBlock) : undefined;
    if (step !== undefined && here === step + (cost[i + 1]?.[j + 1] as number)) out.push({ a: i++, b: j++ });
    else if (i < n && here === 2 + (cost[i + 1]?.[j] as number)) out.push({ a: i++ });
    else out.push({ b: j++ });
  }
  return out;
}

/** 0 for identical blocks, 1 for a changed block of the same language tag, undefined when the tags differ. */
function pairCost(x: CodeBlock, y: CodeBlock): number | undefined {
  if (x.lang !== y.lang) return undefined;
  return x.value === y.value ? 0 : 1;
}
