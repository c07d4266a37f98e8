import type { ExchangeDocument } from '../exchange-types.js';
import { escapeXmlAttribute, escapeXmlText } from '../xml/escape-xml.js';
import { writeNativeInline } from '../write-native-inline.js';
import { formatStamp, STAMP_MARKER } from '../export-stamp.js';
import { tokenizeCodedText } from '../../segment/coded-text.js';

/**
 * Serialise the translated units of an exchange document as a TMX 1.4 translation memory:
 * one `<tu>` per aligned sentence pair when both sides split alike, else per unit (tuid =
 * sentence or unit ID), codes as `<bpt>`/`<ept>`/`<ph>` holding the Markdown.
 *
 * @param doc the exchange document
 * @param options `creationDate` (TMX `YYYYMMDDThhmmssZ`), fixed in tests
 * @returns TMX text, valid against the TMX 1.4 DTD
 * @example writeTmx(doc).includes('<tmx version="1.4">') // true
 */
export function writeTmx(doc: ExchangeDocument, options: { creationDate?: string } = {}): string {
  const date = options.creationDate ?? new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
    '<tmx version="1.4">',
    `  <header creationtool="diglot" creationtoolversion="0.1.0" segtype="sentence" o-tmf="diglot" adminlang="en" srclang="${escapeXmlAttribute(doc.sourceLanguage)}" datatype="markdown" creationdate="${date}"/>`,
    '  <body>',
  ];
  for (const unit of doc.units) {
    if (unit.target === undefined) continue;
    const source = new Map(unit.codes.map((c) => [c.id, c]));
    const target = new Map((unit.targetCodes ?? unit.codes).map((c) => [c.id, c]));
    const segments = unit.parts.filter((p) => p.kind === 'segment' && p.target !== undefined);
    const pairs = segments.length > 1 && balanced(segments) ? segments.map((p) => ({ id: p.id ?? unit.id, source: p.source, target: p.target as string })) : [{ id: unit.id, source: unit.source, target: unit.target }];
    for (const pair of pairs) {
      lines.push(
        `    <tu tuid="${escapeXmlAttribute(pair.id)}">`,
        `      <prop type="x-diglot-path">${escapeXmlText(unit.path)}</prop>`,
        ...(unit.stamp ? [`      <prop type="x-${STAMP_MARKER}">${formatStamp(unit.stamp)}</prop>`] : []),
        `      <tuv xml:lang="${escapeXmlAttribute(doc.sourceLanguage)}"><seg>${writeNativeInline(pair.source, source, 'tmx')}</seg></tuv>`,
        `      <tuv xml:lang="${escapeXmlAttribute(doc.targetLanguage)}"><seg>${writeNativeInline(pair.target, target, 'tmx')}</seg></tuv>`,
        '    </tu>',
      );
    }
  }
  lines.push('  </body>', '</tmx>', '');
  return lines.join('\n');
}

/** True when every sentence holds both ends of its paired codes (TMX has no cross-segment pairs). */
function balanced(parts: ReadonlyArray<{ source: string; target?: string }>): boolean {
  return parts.every((p) => [p.source, p.target ?? ''].every((t) => {
    const tokens = tokenizeCodedText(t);
    const opens = tokens.flatMap((k) => (k.type === 'open' ? [k.id] : []));
    const closes = tokens.flatMap((k) => (k.type === 'close' ? [k.id] : []));
    return opens.length === closes.length && opens.every((o) => closes.includes(o));
  }));
}
