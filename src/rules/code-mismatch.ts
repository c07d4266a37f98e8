import { createRule } from '../check/create-rule.js';
import type { CheckContext } from '../check/types.js';
import { findCodeBlocks, type CodeBlock } from '../markdown/find-code-blocks.js';
import { pairCodeBlocks } from '../markdown/pair-code-blocks.js';
import { escapeCodedText } from '../segment/coded-text.js';
import type { Point, Unit } from '../segment/types.js';

/**
 * `code-mismatch`: code is not translated, so every code block of the English must be in the
 * translation with the same code (comments included). Blocks are paired by their order among
 * code blocks and their language tag (see pairCodeBlocks); a changed, missing or extra block is
 * reported on the translation, with the English block as the cause. Suppress a deliberate
 * difference (a translated comment) with `<!-- diglot-ignore code-mismatch: reason -->` right
 * before the block.
 *
 * @example not-ok: English ```` ```sh\nnpm test\n``` ````, Russian ```` ```sh\nnpm run test\n``` ````
 */
export const codeMismatch = createRule('code-mismatch', (ctx, report) => {
  const source = findCodeBlocks(ctx.source.markdown, { file: ctx.source.file });
  const targetCodeBlocks = findCodeBlocks(ctx.target.markdown, { file: ctx.target.file });
  if (source.length === 0 && targetCodeBlocks.length === 0) return;
  const pairs = pairCodeBlocks(source, targetCodeBlocks);
  pairs.forEach((pair, k) => {
    const english = pair.a === undefined ? undefined : (source[pair.a] as CodeBlock);
    const target = pair.b === undefined ? undefined : (targetCodeBlocks[pair.b] as CodeBlock);
    if (english && target) {
      if (english.value === target.value) return;
      report({
        key: 'message.code-changed',
        values: { lang: tag(english), line: english.start.line },
        unit: blockUnit(target),
        english: blockUnit(english),
        expected: firstLine(english),
        actual: firstLine(target),
      });
    } else if (english) {
      report({
        key: 'message.code-missing',
        values: { lang: tag(english), line: english.start.line },
        unit: pointUnit(gapPoint(ctx, pairs, targetCodeBlocks, k)),
        english: blockUnit(english),
        expected: firstLine(english),
      });
    } else if (target) {
      report({ key: 'message.code-extra', values: { lang: tag(target) }, unit: blockUnit(target), actual: firstLine(target) });
    }
  });
});

function tag(block: CodeBlock): string {
  return block.lang || '-';
}

function firstLine(block: CodeBlock): string {
  return block.value.split('\n')[0] ?? '';
}

/**
 * A stand-in unit spanning a code block (code blocks are not units), so a finding is placed on
 * the block and its cause shows the block's first line.
 */
function blockUnit(block: CodeBlock): Unit {
  return { id: 'code', kind: 'paragraph', path: 'code', text: escapeCodedText(firstLine(block)), codes: [], sentences: [], start: block.start, end: block.end };
}

function pointUnit(point: Point): Unit {
  return { id: 'code', kind: 'paragraph', path: 'code', text: '', codes: [], sentences: [], start: point, end: point };
}

/** Where a missing block belongs in the translation: before the next translated block, else after the previous one, else at its start. */
function gapPoint(ctx: CheckContext, pairs: ReadonlyArray<{ a?: number; b?: number }>, target: readonly CodeBlock[], k: number): Point {
  const next = pairs.slice(k + 1).find((p) => p.b !== undefined);
  if (next) return (target[next.b as number] as CodeBlock).start;
  const previous = pairs
    .slice(0, k)
    .reverse()
    .find((p) => p.b !== undefined);
  if (previous) return (target[previous.b as number] as CodeBlock).end;
  return ctx.target.lines.point(0);
}
