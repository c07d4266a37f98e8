import type { CodeBlock } from '../markdown/find-code-blocks.js';
import type { SegmentedDocument, Unit } from '../segment/types.js';

/**
 * A diff-friendly rendering of a segmented document for `git diff` (a textconv driver): one
 * block per unit — a header line with its ID and kind, then its sentences one per line (coded
 * text, so markup changes show) — and one per code block — a `[code <lang> <hash>]` header, then
 * the code's lines as they are — in document order, separated by a blank line. Positions and
 * paths are left out so an insertion does not change the lines of every later unit.
 *
 * @param doc the segmented document
 * @param code its code blocks (see findCodeBlocks); none by default
 * @example renderTextconv(segmentMarkdown('# Hi\n\nA. B.', { file: 'a.md', lang: 'en' }))
 * // '[u-… heading 1]\nHi\n\n[u-… paragraph]\nA.\nB.\n'
 */
export function renderTextconv(doc: SegmentedDocument, code: readonly CodeBlock[] = []): string {
  const blocks: Array<{ offset: number; text: string }> = [
    ...doc.units.map((u) => ({
      offset: u.start.offset,
      text: `${header(u)}\n${u.sentences.map((s) => s.text.replace(/\s*\n\s*/g, ' ').trim()).join('\n')}\n`,
    })),
    ...code.map((c) => ({ offset: c.start.offset, text: `[code${c.lang ? ` ${c.lang}` : ''} ${c.hash}]\n${c.value ? `${c.value}\n` : ''}` })),
  ];
  return blocks
    .sort((a, b) => a.offset - b.offset)
    .map((b) => b.text)
    .join('\n');
}

function header(u: Unit): string {
  const extra =
    u.kind === 'heading'
      ? ` ${u.depth ?? ''}`
      : u.kind === 'footnote'
        ? ` [^${u.label ?? ''}]`
        : u.kind === 'frontmatter'
          ? ` ${u.path.replace(/^frontmatter\//, '')}`
          : '';
  return `[${u.id} ${u.kind}${extra}]`;
}
