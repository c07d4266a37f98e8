import type { InlineCode } from '../../segment/types.js';
import type { ExchangeDocument, ExchangeUnit } from '../exchange-types.js';
import { escapeXmlAttribute, escapeXmlText } from '../xml/escape-xml.js';
import { writeXliff2Inline } from './write-xliff2-inline.js';

export const XLIFF2_NS = 'urn:oasis:names:tc:xliff:document:2.0';

/**
 * Serialise an exchange document as XLIFF 2.1: one `<file>` (original = the English path),
 * one `<unit>` per block, a `<segment>` per sentence with `<ignorable>` gaps, codes as
 * `<pc>`/`<sc>`/`<ec>`/`<ph>` whose Markdown is kept in `<originalData>`, notes, and states.
 *
 * @param doc the exchange document (see buildExchange)
 * @returns the XLIFF text, valid against the XLIFF 2.1 core XSD
 * @example writeXliff2(buildExchange(en, options)).startsWith('<?xml') // true
 */
export function writeXliff2(doc: ExchangeDocument): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${XLIFF2_NS}" version="2.1" srcLang="${escapeXmlAttribute(doc.sourceLanguage)}" trgLang="${escapeXmlAttribute(doc.targetLanguage)}">`,
    `  <file id="f1" original="${escapeXmlAttribute(doc.original)}" xml:space="preserve">`,
  ];
  for (const unit of doc.units) lines.push(writeUnit(unit));
  lines.push('  </file>', '</xliff>', '');
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
    const en = source.get(id);
    if (en && (!code || dataOf(code, end) === dataOf(en, end))) return sourceData(id, end);
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
  const out = [`    <unit id="${escapeXmlAttribute(unit.id)}" name="${escapeXmlAttribute(unit.path)}">`];
  if (unit.notes.length > 0) {
    out.push('      <notes>');
    for (const note of unit.notes) out.push(`        <note category="diglot">${escapeXmlText(note)}</note>`);
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
