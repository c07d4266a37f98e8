import type { LinkReference, Nodes } from 'mdast';
import { parseMarkdown } from '../markdown/parse-markdown.js';
import type { Unit } from './types.js';

/**
 * The labels, as written, of the shortcut and collapsed link references of a document
 * (`[foo]`, `[Foo][]`): their link text is their label, so a translated text must name the
 * label in a full reference (`[фу][Foo]`) to keep matching its definition. The document is
 * parsed once, and only when a unit holding such a reference is written.
 */
export class ReferenceLabels {
  private references: LinkReference[] | undefined;

  constructor(private readonly source: string) {}

  /**
   * The labels of the unit's shortcut and collapsed references by code id (codes are numbered
   * in document order, so the unit's `linkReference` codes follow its reference nodes in order).
   *
   * @param unit a unit segmented from the source
   * @returns code id → label as written in the source; empty when the unit has no such reference
   * @example new ReferenceLabels('[Foo]\n\n[foo]: /u').of(unit).get(1) // 'Foo'
   */
  of(unit: Unit): Map<number, string> {
    const labels = new Map<number, string>();
    const codes = unit.codes.filter((c) => c.kind === 'linkReference');
    if (!codes.some((c) => c.dataEnd === ']' || c.dataEnd === '][]')) return labels;
    const inside = this.all().filter((r) => (r.position?.start.offset ?? -1) >= unit.start.offset && (r.position?.end.offset ?? Infinity) <= unit.end.offset);
    if (inside.length !== codes.length) return labels;
    codes.forEach((code, i) => {
      const node = inside[i] as LinkReference;
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (node.referenceType === 'full' || start === undefined || end === undefined) return;
      // The label as written (mdast's `label` is decoded): between `[` and `]` or `][]`.
      labels.set(code.id, this.source.slice(start + 1, end - (node.referenceType === 'collapsed' ? 3 : 1)));
    });
    return labels;
  }

  /** Every link reference of the document in document order (explicit stack: nesting is the author's). */
  private all(): LinkReference[] {
    if (this.references) return this.references;
    const found: LinkReference[] = [];
    const stack: Nodes[] = [parseMarkdown(this.source)];
    for (let node = stack.pop(); node; node = stack.pop()) {
      if (node.type === 'linkReference') found.push(node);
      if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
    }
    this.references = found;
    return found;
  }
}
