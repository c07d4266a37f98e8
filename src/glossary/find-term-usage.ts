import { relative } from 'node:path';
import { segmentMarkdown } from '../segment/segment-markdown.js';
import type { MarkdownSyntax } from '../markdown/markdown-syntax.js';
import { readDocument } from '../util/read-document.js';
import type { TermIndex } from './build-term-index.js';
import { findEnglishTerms, matchTerms } from './match-terms.js';

/** One use of a glossary entry in a content unit. */
export interface TermUsage {
  file: string;
  lang: string;
  unitId: string;
  /** Where the unit starts. */
  line: number;
  column: number;
  /** The matched text as written. */
  text: string;
  status: 'approved' | 'forbidden' | 'mixedScript';
}

/**
 * Which units of the given documents use a glossary entry: English forms in the source
 * language, any inflected form (approved or forbidden) in the target languages.
 *
 * @param options `root` for relative file names; `documents`: each file with its language (the
 *   project's listing, `listDocuments`, at any depth)
 * @example findTermUsage({ root, documents: [{ file: '/p/content/en/a.md', lang: 'en' }], sourceLanguage: 'en', entryId: 'litvinov', index })
 */
export function findTermUsage(options: { root: string; documents: ReadonlyArray<{ file: string; lang: string }>; sourceLanguage: string; entryId: string; index: TermIndex; syntax?: MarkdownSyntax }): TermUsage[] {
  const out: TermUsage[] = [];
  for (const { file: path, lang } of options.documents) {
    const file = relative(options.root, path) || path;
    const doc = segmentMarkdown(readDocument(path, file, { roots: [options.root] }), { file, lang, ...(options.syntax ? { syntax: options.syntax } : {}) });
    for (const unit of doc.units) {
      const place = { file, lang, unitId: unit.id, line: unit.start.line, column: unit.start.column };
      if (lang === options.sourceLanguage) {
        for (const hit of findEnglishTerms(options.index, unit.text)) {
          if (hit.entryId === options.entryId) out.push({ ...place, text: unit.text.slice(hit.start, hit.end), status: 'approved' });
        }
        continue;
      }
      for (const hit of matchTerms(options.index, unit.text, lang)) {
        if (hit.entryId !== options.entryId) continue;
        out.push({ ...place, text: unit.text.slice(hit.start, hit.end), status: hit.kind === 'term' ? hit.status : 'mixedScript' });
      }
    }
  }
  return out;
}
