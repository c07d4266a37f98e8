import type { InlineCode } from '../../segment/types.js';
import type { ExchangeDocument, ExchangeUnit } from '../exchange-types.js';
import { escapeXmlAttribute, escapeXmlText } from '../xml/escape-xml.js';
import { writeXliff2Inline } from './write-xliff2-inline.js';
import { STAMP_MARKER } from '../export-stamp.js';

export const XLIFF2_NS = 'urn:oasis:names:tc:xliff:document:2.0';
/** The XLIFF 2 Metadata module, which carries the export stamp (see export-stamp.ts). */
export const MDA_NS = 'urn:oasis:names:tc:xliff:metadata:2.0';

/** The content of a `<file>` for a document without units (see writeXliff2). */
const EMPTY_FILE = ['    <notes>', '      <note category="diglot">No translatable text in this document.</note>', '    </notes>', '    <group id="empty"/>'];

/**
 * Serialise an exchange document as XLIFF 2.1: one `<file>` (original = the English path),
 * one `<unit>` per block, a `<segment>` per sentence with `<ignorable>` gaps, codes as
 * `<pc>`/`<sc>`/`<ec>`/`<ph>` whose Markdown is kept in `<originalData>`, notes, states, and the
 * export stamp of each unit as `<mda:metadata>` (category `diglot-export`).
 *
 * @param doc the exchange document (see buildExchange)
 * @returns the XLIFF text, valid against the XLIFF 2.1 core XSD
 * @example writeXliff2(buildExchange(en, options)).startsWith('<?xml') // true
 */
export function writeXliff2(doc: ExchangeDocument): string {
  return writeXliff2Files([doc]);
}

/**
 * Serialise several exchange documents of the same languages as one XLIFF 2.1 file, one
 * `<file>` per document (`f1`, `f2`, …; original = its English path), each as {@link writeXliff2}
 * writes it (`diglot export --single`; import splits it by `original`).
 *
 * @param docs the exchange documents (at least one; the first gives the languages)
 * @returns the XLIFF text
 * @example writeXliff2Files([a, b]).split('<file ').length - 1 // 2
 */
export function writeXliff2Files(docs: readonly ExchangeDocument[]): string {
  const first = docs[0] as ExchangeDocument;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${XLIFF2_NS}" xmlns:mda="${MDA_NS}" version="2.1" srcLang="${escapeXmlAttribute(first.sourceLanguage)}" trgLang="${escapeXmlAttribute(first.targetLanguage)}">`,
  ];
  docs.forEach((doc, i) => {
    lines.push(`  <file id="f${i + 1}" original="${escapeXmlAttribute(doc.original)}" xml:space="preserve">`);
    // The schema requires a unit or group in every <file>: a document without translatable text
    // gets a note saying so and an empty group, so that the export is still a valid XLIFF 2 file.
    if (doc.units.length === 0) lines.push(...EMPTY_FILE);
    for (const unit of doc.units) lines.push(writeUnit(unit));
    lines.push('  </file>');
  });
  lines.push('</xliff>', '');
  return lines.join('\n');
}

function writeUnit(unit: ExchangeUnit): string {
  const source = new Map(unit.codes.map((c) => [c.id, c]));
  const target = new Map((unit.targetCodes ?? []).map((c) => [c.id, c]));
  const data: string[] = [];
  const dataIds = new Set<string>();
  const addData = (id: string, value: string): string => {
    if (!dataIds.has(id)) {
      dataIds.add(id);
      data.push(`        <data id="${id}">${escapeXmlText(value)}</data>`);
    }
    return id;
  };
  const sourceData = (id: number, end: boolean): string => {
    const code = source.get(id);
    return addData(`d${id}${end ? 'e' : ''}`, dataOf(code, end));
  };
  const targetData = (id: number, end: boolean): string => {
    const code = target.get(id);
    const sourceCode = source.get(id);
    if (sourceCode && (!code || dataOf(code, end) === dataOf(sourceCode, end))) return sourceData(id, end);
    return addData(`t${id}${end ? 'e' : ''}`, dataOf(code, end));
  };
  const parts: string[] = [];
  unit.parts.forEach((part) => {
    const src = `<source>${writeXliff2Inline(part.source, source, sourceData)}</source>`;
    const trg = part.target !== undefined ? `<target>${writeXliff2Inline(part.target, target, targetData)}</target>` : '';
    if (part.kind === 'ignorable') parts.push(`      <ignorable>${src}${trg}</ignorable>`);
    else {
      const state = `state="${unit.state}" subState="diglot:${unit.status}"`;
      parts.push(`      <segment id="${escapeXmlAttribute(part.id ?? '')}" ${state}>${src}${trg}</segment>`);
    }
  });
  // The stamp shares the unit's line: units keep their line numbers.
  const meta = (type: string, value: string): string => `<mda:meta type="${type}">${value}</mda:meta>`;
  const stamp = unit.stamp
    ? `<mda:metadata><mda:metaGroup category="${STAMP_MARKER}">${meta('source-hash', unit.stamp.sourceHash)}${meta('target-hash', unit.stamp.targetHash ?? 'none')}</mda:metaGroup></mda:metadata>`
    : '';
  const out = [`    <unit id="${escapeXmlAttribute(unit.id)}" name="${escapeXmlAttribute(unit.path)}">${stamp}`];
  const translatorNotes = unit.translatorNotes ?? [];
  if (unit.notes.length > 0 || translatorNotes.length > 0) {
    out.push('      <notes>');
    for (const note of unit.notes) out.push(`        <note category="diglot">${escapeXmlText(note)}</note>`);
    // The translator's own notes, called in the target: notes on the target, never text to translate.
    for (const note of translatorNotes)
      out.push(`        <note category="translator-note" appliesTo="target">${escapeXmlText(`[^${note.label}]: ${note.text}`)}</note>`);
    out.push('      </notes>');
  }
  if (data.length > 0) out.push('      <originalData>', ...data, '      </originalData>');
  out.push(...parts, '    </unit>');
  return out.join('\n');
}

function dataOf(code: InlineCode | undefined, end: boolean): string {
  if (!code) return '';
  return end ? (code.dataEnd ?? '') : code.data;
}
