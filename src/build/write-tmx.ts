import type { Alignment } from '../align/types.js';
import { stripCodes } from '../segment/coded-text.js';
import type { SegmentedDocument } from '../segment/types.js';

/** Options of {@link alignmentToTmx}. */
export interface TmxOptions {
  /** Written into `header@creationtoolversion`. */
  toolVersion: string;
  /** `prop type="x-document"` on every unit (the article slug). */
  document?: string;
}

/**
 * A TMX 1.4 memory (valid against tmx14.dtd) with one translation unit per aligned sentence
 * pair (beads with sentences on both sides; 1–2 and 2–1 beads join their sentences with a
 * space). Segments are plain text: inline codes are dropped. No dates are written, so the same
 * alignment always gives the same bytes.
 *
 * @param source the English document
 * @param target the translation
 * @param alignment the sentence beads from alignDocuments
 * @returns the TMX document
 * @example alignmentToTmx(en, ru, alignment, { toolVersion: '0.1.0' }).startsWith('<?xml') // true
 */
export function alignmentToTmx(source: SegmentedDocument, target: SegmentedDocument, alignment: Alignment, options: TmxOptions): string {
  const left = source.units.flatMap((u) => u.sentences);
  const right = target.units.flatMap((u) => u.sentences);
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
    '<tmx version="1.4">',
    `  <header creationtool="diglot" creationtoolversion="${attr(options.toolVersion)}" segtype="sentence" o-tmf="diglot" adminlang="en" srclang="${attr(source.lang)}" datatype="plaintext" o-encoding="UTF-8"/>`,
    '  <body>',
  ];
  for (const bead of alignment.sentences) {
    const en = bead.en.map((i) => left[i]).filter((s) => s !== undefined);
    const ru = bead.ru.map((i) => right[i]).filter((s) => s !== undefined);
    const enText = en.map((s) => stripCodes(s.text).trim()).join(' ').trim();
    const ruText = ru.map((s) => stripCodes(s.text).trim()).join(' ').trim();
    if (!enText || !ruText) continue;
    lines.push(`    <tu tuid="${attr(en.map((s) => s.id).join('+'))}">`);
    if (options.document) lines.push(`      <prop type="x-document">${text(options.document)}</prop>`);
    lines.push(`      <prop type="x-score">${bead.score.toFixed(3)}</prop>`);
    lines.push(`      <tuv xml:lang="${attr(source.lang)}"><seg>${text(enText)}</seg></tuv>`);
    lines.push(`      <tuv xml:lang="${attr(target.lang)}"><seg>${text(ruText)}</seg></tuv>`);
    lines.push('    </tu>');
  }
  lines.push('  </body>', '</tmx>', '');
  return lines.join('\n');
}

function text(value: string): string {
  // Characters XML 1.0 forbids are dropped; markup characters escaped.
  return value.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;');
}
