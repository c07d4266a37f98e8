import { join, relative } from 'node:path';
import { segmentMarkdown } from '../segment/segment-markdown.js';
import { listProjectFolder } from '../util/list-project-folder.js';
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
 * Which units of `content/<lang>/*.md` use a glossary entry: English forms in the source
 * language, any inflected form (approved or forbidden) in the target languages.
 *
 * @param options `root` for relative file names; `contentDir` holding one folder per language
 * @example findTermUsage({ root, contentDir: 'content', languages: ['en', 'ru'], entryId: 'litvinov', index })
 */
export function findTermUsage(options: { root: string; contentDir: string; languages: string[]; sourceLanguage: string; entryId: string; index: TermIndex }): TermUsage[] {
  const out: TermUsage[] = [];
  for (const lang of options.languages) {
    const dir = join(options.contentDir, lang);
    for (const name of listProjectFolder(dir, { roots: [options.root], suffix: '.md', name: relative(options.root, dir) || dir })) {
      const path = join(dir, name);
      const file = relative(options.root, path) || path;
      const doc = segmentMarkdown(readDocument(path, file, { roots: [options.root] }), { file, lang });
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
  }
  return out;
}
