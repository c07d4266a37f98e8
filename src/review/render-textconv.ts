import type { SegmentedDocument, Unit } from '../segment/types.js';

/**
 * A diff-friendly rendering of a segmented document for `git diff` (a textconv driver): one
 * block per unit — a header line with its ID and kind, then its sentences one per line (coded
 * text, so markup changes show) — blocks separated by a blank line. Positions and paths are
 * left out so an insertion does not change the lines of every later unit.
 *
 * @example renderTextconv(segmentMarkdown('# Hi\n\nA. B.', { file: 'a.md', lang: 'en' }))
 * // '[u-… heading 1]\nHi\n\n[u-… paragraph]\nA.\nB.\n'
 */
export function renderTextconv(doc: SegmentedDocument): string {
  return doc.units.map((u) => `${header(u)}\n${u.sentences.map((s) => s.text.replace(/\s*\n\s*/g, ' ').trim()).join('\n')}\n`).join('\n');
}

function header(u: Unit): string {
  const extra = u.kind === 'heading' ? ` ${u.depth ?? ''}` : u.kind === 'footnote' ? ` [^${u.label ?? ''}]` : u.kind === 'frontmatter' ? ` ${u.path.replace(/^frontmatter\//, '')}` : '';
  return `[${u.id} ${u.kind}${extra}]`;
}
