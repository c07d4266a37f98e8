import type { SegmentedDocument, Unit } from '../segment/types.js';
import { footnoteKey, isTranslatorNote, isTranslatorNoteCall, sourceFootnoteKeys } from '../segment/translator-notes.js';
import type { TranslatorNoteText } from './exchange-types.js';

/**
 * The translator's notes a target unit calls, each with its Markdown as written in the target
 * (paragraphs of a longer note joined by a blank line), for export as notes of the unit whose
 * translation calls them (docs/translators-notes.md). A note called twice is given once.
 *
 * @param source the source document (a `tn` label it has too is the author's note)
 * @param target the translation and its text; without it no unit has notes
 * @returns for a target unit, its notes in the order of their calls
 * @example translatorNotesOf(en, { doc: ru, source: ruText })(ruUnit) // [{ label: 'tn1', text: 'В 1918 г. …' }]
 */
export function translatorNotesOf(
  source: SegmentedDocument,
  target: { doc: SegmentedDocument; source: string } | undefined,
): (unit: Unit) => TranslatorNoteText[] {
  if (!target) return () => [];
  const keys = sourceFootnoteKeys(source);
  const texts = new Map<string, { label: string; parts: string[] }>();
  for (const unit of target.doc.units) {
    if (!isTranslatorNote(unit, keys)) continue;
    const key = footnoteKey(unit.label ?? '');
    const entry = texts.get(key) ?? { label: unit.label ?? '', parts: [] };
    entry.parts.push(target.source.slice(unit.start.offset, unit.end.offset));
    texts.set(key, entry);
  }
  if (texts.size === 0) return () => [];
  return (unit) => {
    const seen = new Set<string>();
    const out: TranslatorNoteText[] = [];
    for (const code of unit.codes) {
      if (!isTranslatorNoteCall(code, keys)) continue;
      const key = footnoteKey(code.value ?? '');
      const entry = texts.get(key);
      if (!entry || seen.has(key)) continue;
      seen.add(key);
      out.push({ label: entry.label, text: entry.parts.join('\n\n') });
    }
    return out;
  };
}
