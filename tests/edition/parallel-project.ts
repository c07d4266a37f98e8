import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared real corpora (read in place, never copied into the repository). */
export const CORPORA = fileURLToPath(new URL('../../../shared/corpora/', import.meta.url));

/** A real article of a corpus: `<corpus>/en/<slug>.md` with `<corpus>/ru/<slug>.md`. */
export interface CorpusArticle {
  corpus: 'md-12factor' | 'md-opensource-guide';
  slug: string;
}

/**
 * A scratch project in a temp folder (config plus the given articles as content), for tests
 * that build parallel editions of real pages.
 *
 * @returns the project folder
 */
export function corpusProject(articles: readonly CorpusArticle[]): string {
  const root = mkdtempSync(join(tmpdir(), 'diglot-parallel-'));
  writeFileSync(join(root, 'diglot.config.yaml'), 'sourceLanguage: en\ntargetLanguages: [ru]\ncontentDir: content\noutputDir: dist\n');
  for (const lang of ['en', 'ru']) {
    mkdirSync(join(root, 'content', lang), { recursive: true });
    for (const { corpus, slug } of articles) cpSync(join(CORPORA, corpus, lang, `${slug}.md`), join(root, 'content', lang, `${slug}.md`));
  }
  return root;
}
