import { createRule, shorten } from '../check/create-rule.js';
import { plainText } from '../check/unit-source-map.js';
import { footnoteKey, isTranslatorNote, sourceFootnoteKeys, isTranslatorNoteCall, isTranslatorNoteLabel } from '../segment/translator-notes.js';
import type { Unit } from '../segment/types.js';

/** A footnote call as it stays in the text when no definition makes it a call: `[^tn2]`. */
const LITERAL_CALL = /\[\^([^\]\s]+)\]/g;

/**
 * `translator-note`: a translator's note (`[^tn…]`, only in the translation; see
 * docs/translators-notes.md) must be called where it annotates, and a call must have its note.
 * A definition no call names is reported at the note; a call without definition (which Markdown
 * leaves as the literal text `[^tn2]`) is reported where it stands.
 *
 * @example not-ok: `[^tn1]: Литвинов был в Лондоне. — Примеч. пер.` and no `[^tn1]` in the text
 */
export const translatorNote = createRule('translator-note', (ctx, report) => {
  const units = ctx.target.doc.units;
  const source = sourceFootnoteKeys(ctx.source.doc);
  const called = new Set(units.flatMap((u) => u.codes.filter((c) => isTranslatorNoteCall(c, source)).map((c) => footnoteKey(c.value ?? ''))));
  const defined = new Set<string>();
  for (const unit of units) {
    if (!isTranslatorNote(unit, source)) continue;
    const label = footnoteKey(unit.label ?? '');
    const first = !defined.has(label);
    defined.add(label);
    if (!first || called.has(label)) continue;
    const text = plainText(ctx.target.markdown, unit);
    report({
      key: 'message.translator-note-uncalled',
      values: { label: unit.label ?? '', actual: shorten(text, 60) },
      unit,
      expected: `[^${unit.label ?? ''}]`,
      actual: text,
    });
  }
  for (const unit of units) reportLiteralCalls(ctx.target.markdown, unit, defined, source, report);
});

function reportLiteralCalls(
  text: string,
  unit: Unit,
  defined: ReadonlySet<string>,
  sourceKeys: ReadonlySet<string>,
  report: Parameters<Parameters<typeof createRule>[1]>[1],
): void {
  const plain = plainText(text, unit);
  for (const match of plain.matchAll(LITERAL_CALL)) {
    const label = match[1] as string;
    if (!isTranslatorNoteLabel(label, sourceKeys) || defined.has(footnoteKey(label))) continue;
    const at = match.index;
    report({
      key: 'message.translator-note-undefined',
      values: { label, actual: match[0] },
      unit,
      span: [at, at + match[0].length],
      expected: `[^${label}]: …`,
      actual: match[0],
    });
  }
}
