/**
 * A diglot project built at test time from the 12factor corpus (../shared/corpora/md-12factor,
 * real community translations): English and the five target languages, a few documents each.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corporaRoot } from '../support/paths.js';

export const TARGETS = ['ru', 'uk', 'de', 'fr', 'pl'] as const;
export type Target = (typeof TARGETS)[number];
export const DOCUMENTS = ['codebase', 'config', 'logs', 'processes'] as const;

/** A document's text, read from the corpus (the byte-order mark some files start with removed). */
export function corpusText(lang: string, slug: string): string {
  return readFileSync(join(corporaRoot, 'md-12factor', lang, `${slug}.md`), 'utf8').replace(/^\uFEFF/, '');
}

/** The blocks of a Markdown text (blank-line separated) and a way to put them back. */
export function blocksOf(text: string): string[] {
  return text.split(/\n(?:[ \t]*\n)+/);
}

/**
 * Write a project: `edit(lang, slug, text)` may change each file's text before it is written.
 *
 * @returns the project folder
 */
export function writeProject(edit: (lang: string, slug: string, text: string) => string = (_l, _s, t) => t): string {
  const dir = mkdtempSync(join(tmpdir(), 'diglot-12factor-'));
  writeFileSync(join(dir, 'diglot.config.yaml'), `sourceLanguage: en\ntargetLanguages: [${TARGETS.join(', ')}]\ncontentDir: content\noutputDir: dist\n`);
  for (const lang of ['en', ...TARGETS]) {
    mkdirSync(join(dir, 'content', lang), { recursive: true });
    for (const slug of DOCUMENTS) writeFileSync(join(dir, 'content', lang, `${slug}.md`), edit(lang, slug, corpusText(lang, slug)));
  }
  return dir;
}
