import type { CheckContext, DocumentSide } from '../check/types.js';
import type { TermLookup } from '../check/term-lookup.js';
import type { SegmentedDocument } from '../segment/types.js';
import { LineIndex } from '../util/line-index.js';

/** The language of the missing source side of a one-document check (BCP 47 "undetermined"). */
const NO_SOURCE_LANGUAGE = 'und';

/**
 * The check context of a rule that needs only one document: the document is the target side,
 * each of its units a pair with no source unit, and the source side is empty. Rules that read
 * the source (the number grouping of `typography`, the source words `spelling` accepts) find
 * nothing there and check the rest.
 *
 * @param doc the segmented document
 * @param source its Markdown
 * @param terms the glossary, when there is one (approved spellings for `mixed-script`, known words for `spelling`)
 * @example documentContext(doc, source).pairs.length === doc.units.length // true
 */
export function documentContext(doc: SegmentedDocument, source: string, terms?: TermLookup): CheckContext {
  const target: DocumentSide = { file: doc.file, lang: doc.lang, markdown: source, doc, lines: new LineIndex(source) };
  const empty: DocumentSide = {
    file: doc.file,
    lang: NO_SOURCE_LANGUAGE,
    markdown: '',
    doc: { file: doc.file, lang: NO_SOURCE_LANGUAGE, units: [] },
    lines: new LineIndex(''),
  };
  return { source: empty, target, pairs: doc.units.map((unit) => ({ source: [], target: [unit] })), terms };
}
