import type { ExchangeDocument, ExchangeUnit } from '../exchange-types.js';
import type { InlineCode } from '../../segment/types.js';
import { escapeXmlAttribute, escapeXmlText } from '../xml/escape-xml.js';
import { writeNativeInline } from '../write-native-inline.js';
import { formatStamp, STAMP_MARKER } from '../export-stamp.js';
import { tokenizeCodedText } from '../../segment/coded-text.js';

/** Options of {@link writeTmx} and {@link writeTmxLanguages}. */
export interface WriteTmxOptions {
  /** TMX `YYYYMMDDThhmmssZ`, fixed in tests (default: now). */
  creationDate?: string;
}

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
export function writeTmx(doc: ExchangeDocument, options: WriteTmxOptions = {}): string {
  return writeTmxLanguages([doc], options);
}

/**
 * One TMX 1.4 memory of a source document exported into several target languages (the exchange
 * documents of one source, one per language): a `<tu>` per sentence holds the source and every
 * language, when every language splits the unit alike; else the unit is one `<tu>` (its ID) with
 * every language that translates it. With several languages each `<tuv>` carries its own export stamp; with one, the `<tu>`
 * does (as {@link writeTmx}).
 *
 * @param docs the exchange documents of one source, in `targetLanguages` order
 * @returns TMX text, valid against the TMX 1.4 DTD
 * @throws Error when `docs` is empty or the documents are exports of different sources
 * @example writeTmxLanguages([ruDoc, deDoc, frDoc]).match(/<tuv /g)?.length
 */
export function writeTmxLanguages(docs: readonly ExchangeDocument[], options: WriteTmxOptions = {}): string {
  const [first] = docs;
  if (!first || docs.some((d) => d.original !== first.original || d.sourceLanguage !== first.sourceLanguage))
    throw new Error('Expected the exports of one source document');
  const date =
    options.creationDate ??
    new Date()
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d+Z$/, 'Z');
  const several = docs.length > 1;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
    '<tmx version="1.4">',
    `  <header creationtool="diglot" creationtoolversion="0.1.0" segtype="sentence" o-tmf="diglot" adminlang="en" srclang="${escapeXmlAttribute(first.sourceLanguage)}" datatype="markdown" creationdate="${date}"/>`,
    '  <body>',
  ];
  for (const group of groupsOf(docs)) {
    const stamp = (t: Translation): string => (t.unit.stamp ? `<prop type="x-${STAMP_MARKER}">${formatStamp(t.unit.stamp)}</prop>` : '');
    const only = group.targets[0] as Translation;
    lines.push(
      `    <tu tuid="${escapeXmlAttribute(group.id)}">`,
      `      <prop type="x-diglot-path">${escapeXmlText(group.path)}</prop>`,
      ...(!several && only.unit.stamp ? [`      ${stamp(only)}`] : []),
      `      <tuv xml:lang="${escapeXmlAttribute(first.sourceLanguage)}"><seg>${writeNativeInline(group.source, group.codes, 'tmx')}</seg></tuv>`,
      ...group.targets.map(
        (t) => `      <tuv xml:lang="${escapeXmlAttribute(t.lang)}">${several ? stamp(t) : ''}<seg>${writeNativeInline(t.text, t.codes, 'tmx')}</seg></tuv>`,
      ),
      '    </tu>',
    );
  }
  lines.push('  </body>', '</tmx>', '');
  return lines.join('\n');
}

interface Translation {
  lang: string;
  text: string;
  codes: Map<number, InlineCode>;
  unit: ExchangeUnit;
}

interface PairGroup {
  id: string;
  path: string;
  source: string;
  codes: Map<number, InlineCode>;
  targets: Translation[];
}

/**
 * The translated pairs of every language, grouped by sentence or unit ID, in source order. A unit
 * goes by sentences when every language that translates it splits it alike (the same sentence
 * IDs), else as a whole in every language, so that its languages stay in one `<tu>`.
 */
function groupsOf(docs: readonly ExchangeDocument[]): PairGroup[] {
  const groups: PairGroup[] = [];
  const count = Math.max(...docs.map((d) => d.units.length));
  for (let index = 0; index < count; index++) {
    const translated = docs.flatMap((doc) => {
      const unit = doc.units[index];
      return unit?.target !== undefined ? [{ lang: doc.targetLanguage, unit, sentences: sentencePairs(unit) }] : [];
    });
    const first = translated[0];
    if (!first) continue;
    const ids = (t: (typeof translated)[number]): string => (t.sentences ?? []).map((p) => p.id).join(' ');
    const bySentence = translated.every((t) => t.sentences && ids(t) === ids(first));
    const count = bySentence ? (first.sentences?.length ?? 0) : 1;
    for (let k = 0; k < count; k++) {
      const pair = (t: (typeof translated)[number]): SentencePair =>
        bySentence ? (t.sentences?.[k] as SentencePair) : { id: t.unit.id, source: t.unit.source, target: t.unit.target as string };
      const { id, source } = pair(first);
      groups.push({
        id,
        path: first.unit.path,
        source,
        codes: new Map(first.unit.codes.map((c) => [c.id, c])),
        targets: translated.map((t) => ({
          lang: t.lang,
          text: pair(t).target,
          codes: new Map((t.unit.targetCodes ?? t.unit.codes).map((c) => [c.id, c])),
          unit: t.unit,
        })),
      });
    }
  }
  return groups;
}

interface SentencePair {
  id: string;
  source: string;
  target: string;
}

/** A translated unit's sentence pairs, when it splits into several with codes balanced in each; else undefined (the unit goes whole). */
function sentencePairs(unit: ExchangeUnit): SentencePair[] | undefined {
  const segments = unit.parts.filter((p) => p.kind === 'segment' && p.target !== undefined);
  return segments.length > 1 && balanced(segments) ? segments.map((p) => ({ id: p.id ?? unit.id, source: p.source, target: p.target as string })) : undefined;
}

/** True when every sentence holds both ends of its paired codes (TMX has no cross-segment pairs). */
function balanced(parts: ReadonlyArray<{ source: string; target?: string }>): boolean {
  return parts.every((p) =>
    [p.source, p.target ?? ''].every((t) => {
      const tokens = tokenizeCodedText(t);
      const opens = tokens.flatMap((k) => (k.type === 'open' ? [k.id] : []));
      const closes = tokens.flatMap((k) => (k.type === 'close' ? [k.id] : []));
      return opens.length === closes.length && opens.every((o) => closes.includes(o));
    }),
  );
}
