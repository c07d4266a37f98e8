import { InputError } from '../errors.js';
import type { Unit } from './types.js';

/** A unit to write back and its new coded text. */
export interface UnitEdit {
  unit: Unit;
  text: string;
}

/**
 * Fold the edits of inline JSX attributes into the edits of the units they sit in. An inline
 * element's attribute unit (see mdx-attribute-units.ts) lies inside its paragraph's span: when
 * the paragraph is rewritten too, the translated value goes into the element's code (at the
 * span `code.attributes` records), so the paragraph's new Markdown carries it; otherwise the
 * attribute edit is spliced on its own. Both spans are never spliced at once.
 *
 * @param edits the units to rewrite, with their new text
 * @param renderValue the attribute value as written between its quotes
 * @param file the document, for errors
 * @returns the edits to splice: no two overlap
 * @throws InputError when an attribute inside a rewritten unit has no place in its codes
 * @example foldAttributeEdits([{ unit: paragraph, text }, { unit: title, text: 'Сохранить' }], render, 'a.mdx').length // 1
 */
export function foldAttributeEdits(edits: readonly UnitEdit[], renderValue: (edit: UnitEdit) => string, file: string): UnitEdit[] {
  const hosts = new Map<string, UnitEdit>();
  for (const edit of edits) if (edit.unit.codes.some((c) => c.attributes)) hosts.set(edit.unit.path, edit);
  if (hosts.size === 0) return [...edits];
  const folded = new Map<UnitEdit, Array<{ code: number; start: number; end: number; value: string }>>();
  const out: UnitEdit[] = [];
  for (const edit of edits) {
    const host = edit.unit.kind === 'jsxAttribute' ? hostOf(edit.unit.path, hosts) : undefined;
    if (!host) {
      out.push(edit);
      continue;
    }
    const below = edit.unit.path.slice(host.unit.path.length + 1);
    const code = host.unit.codes.find((c) => c.attributes?.some((a) => a.path === below));
    const span = code?.attributes?.find((a) => a.path === below);
    if (!code || !span) {
      throw new InputError(`Cannot write unit \`${edit.unit.id}\`: the attribute \`${below}\` is not in a code of unit \`${host.unit.id}\``, {
        file,
        line: edit.unit.start.line,
        column: edit.unit.start.column,
      });
    }
    const list = folded.get(host) ?? [];
    list.push({ code: code.id, start: span.start, end: span.end, value: renderValue(edit) });
    folded.set(host, list);
  }
  return out.map((edit) => {
    const values = folded.get(edit);
    if (!values) return edit;
    const codes = edit.unit.codes.map((code) => {
      const own = values.filter((v) => v.code === code.id).sort((a, b) => b.start - a.start);
      let data = code.data;
      for (const v of own) data = data.slice(0, v.start) + v.value + data.slice(v.end);
      return own.length ? { ...code, data } : code;
    });
    return { ...edit, unit: { ...edit.unit, codes } };
  });
}

/** The rewritten unit whose path is the nearest prefix of `path` (the block an inline attribute sits in). */
function hostOf(path: string, hosts: ReadonlyMap<string, UnitEdit>): UnitEdit | undefined {
  for (let cut = path.lastIndexOf('/'); cut > 0; cut = path.lastIndexOf('/', cut - 1)) {
    const host = hosts.get(path.slice(0, cut));
    if (host) return host;
  }
  return undefined;
}
