import type { Alignment } from '../align/types.js';
import { stripCodes } from '../segment/coded-text.js';
import type { Sentence, SegmentedDocument } from '../segment/types.js';

/** Options of {@link alignmentToTmx} and {@link alignmentsToTmx}. */
export interface TmxOptions {
  /** Written into `header@creationtoolversion`. */
  toolVersion: string;
  /** `prop type="x-document"` on every unit (the article slug). */
  document?: string;
}

/** One translation of the source and its alignment with it (see alignDocuments). */
export interface TmxTarget {
  doc: SegmentedDocument;
  alignment: Alignment;
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
  const body = translationsBySource(source, [{ doc: target, alignment }]).flatMap(({ ids, text, targets }) => {
    const [t] = targets;
    return t ? [unitLines(ids, options, [`      <prop type="x-score">${t.score.toFixed(3)}</prop>`], [tuv(source.lang, text), tuv(t.lang, t.text)])] : [];
  });
  return tmxDocument(source.lang, options, body);
}

/**
 * A TMX 1.4 memory of a source and all its translations: one `<tu>` per group of source
 * sentences that some translation aligned, with the source and every language whose sentence
 * beads cover exactly that group (a sentence all targets translate one to one has every
 * language in one `<tu>`; a 2–1 bead in one language makes a unit of its own). Each target's
 * alignment score is a `<prop type="x-score">` of its `<tuv>`. No dates are written.
 *
 * @param source the source document
 * @param targets the translations (in `targetLanguages` order) with their alignments
 * @returns the TMX document
 * @example alignmentsToTmx(en, [{ doc: ru, alignment: a }, { doc: de, alignment: b }], { toolVersion: '0.1.0' })
 */
export function alignmentsToTmx(source: SegmentedDocument, targets: readonly TmxTarget[], options: TmxOptions): string {
  const body = translationsBySource(source, targets).map(({ ids, text, targets: found }) =>
    unitLines(ids, options, [], [tuv(source.lang, text), ...found.map((t) => tuv(t.lang, t.text, `<prop type="x-score">${t.score.toFixed(3)}</prop>`))]),
  );
  return tmxDocument(source.lang, options, body);
}

interface SourceGroup {
  /** The source sentence ids of the group, `+`-joined (the `tuid`). */
  ids: string;
  text: string;
  targets: Array<{ lang: string; text: string; score: number }>;
}

/** Every group of source sentences some target aligned with text on both sides, in source order, with the translations of the group. */
function translationsBySource(source: SegmentedDocument, targets: readonly TmxTarget[]): SourceGroup[] {
  const left = source.units.flatMap((u) => u.sentences);
  const groups = new Map<string, SourceGroup & { first: number }>();
  for (const target of targets) {
    const right = target.doc.units.flatMap((u) => u.sentences);
    for (const bead of target.alignment.sentences) {
      const sourceSentences = bead.source.map((i) => left[i]).filter((s) => s !== undefined);
      const text = joined(sourceSentences);
      const translation = joined(bead.target.map((i) => right[i]).filter((s) => s !== undefined));
      if (!text || !translation) continue;
      const ids = sourceSentences.map((s) => s.id).join('+');
      let group = groups.get(ids);
      if (!group) groups.set(ids, (group = { ids, text, targets: [], first: Math.min(...bead.source) }));
      group.targets.push({ lang: target.doc.lang, text: translation, score: bead.score });
    }
  }
  return [...groups.values()].sort((a, b) => a.first - b.first || a.ids.length - b.ids.length);
}

function joined(sentences: readonly Sentence[]): string {
  return sentences
    .map((s) => stripCodes(s.text).trim())
    .join(' ')
    .trim();
}

function tuv(lang: string, segment: string, prop = ''): string {
  return `      <tuv xml:lang="${attr(lang)}">${prop}<seg>${text(segment)}</seg></tuv>`;
}

function unitLines(ids: string, options: TmxOptions, props: readonly string[], tuvs: readonly string[]): string {
  const document = options.document ? [`      <prop type="x-document">${text(options.document)}</prop>`] : [];
  return [`    <tu tuid="${attr(ids)}">`, ...document, ...props, ...tuvs, '    </tu>'].join('\n');
}

function tmxDocument(sourceLang: string, options: TmxOptions, units: readonly string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
    '<tmx version="1.4">',
    `  <header creationtool="diglot" creationtoolversion="${attr(options.toolVersion)}" segtype="sentence" o-tmf="diglot" adminlang="en" srclang="${attr(sourceLang)}" datatype="plaintext" o-encoding="UTF-8"/>`,
    '  <body>',
    ...units,
    '  </body>',
    '</tmx>',
    '',
  ].join('\n');
}

function text(value: string): string {
  // Characters XML 1.0 forbids are dropped; markup characters escaped.
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;');
}
