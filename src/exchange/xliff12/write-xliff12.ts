import type { ExchangeDocument, ExchangeUnit, TargetState } from '../exchange-types.js';
import { escapeXmlAttribute, escapeXmlText } from '../xml/escape-xml.js';
import { writeNativeInline } from '../write-native-inline.js';
import { formatStamp, STAMP_MARKER } from '../export-stamp.js';

export const XLIFF12_NS = 'urn:oasis:names:tc:xliff:document:1.2';

/** XLIFF 2 state → XLIFF 1.2 target state (see docs/exchange.md, "States"). */
export const XLIFF12_STATE: Record<TargetState, string> = {
  initial: 'needs-translation',
  translated: 'translated',
  reviewed: 'signed-off',
  final: 'final',
};

/**
 * Serialise an exchange document as XLIFF 1.2 (Translate Toolkit, older Weblate, OmegaT):
 * one `<trans-unit>` per unit (id = unit ID, resname = structural path), codes as
 * `<bpt>`/`<ept>`/`<ph>` holding the original Markdown, states and notes; the export stamp is
 * a `<note from="diglot-export">`.
 *
 * @param doc the exchange document
 * @returns XLIFF 1.2 text, valid against the XLIFF 1.2 strict XSD
 * @example writeXliff12(doc).includes('<trans-unit id="u-') // true
 */
export function writeXliff12(doc: ExchangeDocument): string {
  return writeXliff12Files([doc]);
}

/**
 * Serialise several exchange documents as one XLIFF 1.2 file, one `<file>` per document
 * (original = its English path), each as {@link writeXliff12} writes it (`diglot export --single`).
 *
 * @param docs the exchange documents
 * @returns XLIFF 1.2 text
 * @example writeXliff12Files([a, b]).split('<file ').length - 1 // 2
 */
export function writeXliff12Files(docs: readonly ExchangeDocument[]): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<xliff version="1.2" xmlns="${XLIFF12_NS}">`];
  for (const doc of docs) {
    lines.push(
      `  <file original="${escapeXmlAttribute(doc.original)}" source-language="${escapeXmlAttribute(doc.sourceLanguage)}" target-language="${escapeXmlAttribute(doc.targetLanguage)}" datatype="x-markdown" tool-id="diglot">`,
      '    <header><tool tool-id="diglot" tool-name="diglot"/></header>',
      '    <body>',
    );
    for (const unit of doc.units) lines.push(writeUnit(unit));
    lines.push('    </body>', '  </file>');
  }
  lines.push('</xliff>', '');
  return lines.join('\n');
}

function writeUnit(unit: ExchangeUnit): string {
  const source = new Map(unit.codes.map((c) => [c.id, c]));
  const target = new Map((unit.targetCodes ?? unit.codes).map((c) => [c.id, c]));
  const approved = unit.target !== undefined && (unit.state === 'final' || unit.state === 'reviewed') ? ' approved="yes"' : '';
  const out = [
    `      <trans-unit id="${escapeXmlAttribute(unit.id)}" resname="${escapeXmlAttribute(unit.path)}" xml:space="preserve"${approved}>`,
    `        <source>${writeNativeInline(unit.source, source, 'xliff12')}</source>`,
  ];
  if (unit.target !== undefined) out.push(`        <target state="${XLIFF12_STATE[unit.state]}">${writeNativeInline(unit.target, target, 'xliff12')}</target>`);
  for (const note of unit.notes) out.push(`        <note from="diglot">${escapeXmlText(note)}</note>`);
  for (const note of unit.translatorNotes ?? [])
    out.push(`        <note from="translator" annotates="target">${escapeXmlText(`[^${note.label}]: ${note.text}`)}</note>`);
  if (unit.stamp) out.push(`        <note from="${STAMP_MARKER}">${formatStamp(unit.stamp)}</note>`);
  out.push('      </trans-unit>');
  return out.join('\n');
}
