import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A throw-away content repository for check and build. */
export interface ContentRepo {
  dir: string;
  /** English/Russian document pairs (absolute paths). */
  pairs: Array<{ en: string; ru: string }>;
  /** Total bytes of both sides. */
  bytes: number;
  /** The Russian file the one-paragraph edit goes into, and its original text. */
  edited: { file: string; original: string };
}

/**
 * Make a content repository with every real English–Russian pair we have: the project's own
 * article and glossary plus the md-12factor and md-opensource-guide files present in both
 * `en/` and `ru/`, under `content/en` and `content/ru`, with a diglot.config.yaml.
 *
 * @param repoRoot this repository (for content/ and glossary/)
 * @param corpora `../shared/corpora`
 * @param dir the folder to (re)create
 * @param copies how many times each pair is there (copies 2… are named `<name>-copy<k>.md`): a
 *   repository of many documents, for measuring what a one-paragraph edit costs at that scale
 * @example makeContentRepo('/work/main', '/work/shared/corpora', '/tmp/diglot-bench-repo').pairs.length // 29
 */
export function makeContentRepo(repoRoot: string, corpora: string, dir: string, copies = 1): ContentRepo {
  rmSync(dir, { recursive: true, force: true });
  for (const lang of ['en', 'ru']) mkdirSync(join(dir, 'content', lang), { recursive: true });
  writeFileSync(join(dir, 'diglot.config.yaml'), 'sourceLanguage: en\ntargetLanguages: [ru]\ncontentDir: content\nglossaryDir: glossary\noutputDir: dist\n');
  if (existsSync(join(repoRoot, 'glossary'))) cpSync(join(repoRoot, 'glossary'), join(dir, 'glossary'), { recursive: true });
  if (existsSync(join(repoRoot, 'assets'))) cpSync(join(repoRoot, 'assets'), join(dir, 'assets'), { recursive: true });
  const pairs: Array<{ en: string; ru: string }> = [];
  const add = (name: string, en: string, ru: string): void => {
    for (let k = 1; k <= copies; k++) {
      const file = k === 1 ? name : name.replace(/\.md$/, `-copy${k}.md`);
      const target = { en: join(dir, 'content', 'en', file), ru: join(dir, 'content', 'ru', file) };
      cpSync(en, target.en);
      cpSync(ru, target.ru);
      pairs.push(target);
    }
  };
  for (const name of mdFiles(join(repoRoot, 'content', 'en'))) {
    const ru = join(repoRoot, 'content', 'ru', name);
    if (existsSync(ru)) add(name, join(repoRoot, 'content', 'en', name), ru);
  }
  for (const set of ['md-12factor', 'md-opensource-guide']) {
    for (const name of mdFiles(join(corpora, set, 'en'))) {
      const ru = join(corpora, set, 'ru', name);
      if (existsSync(ru)) add(`${set}-${name}`, join(corpora, set, 'en', name), ru);
    }
  }
  const bytes = pairs.reduce((n, p) => n + statSync(p.en).size + statSync(p.ru).size, 0);
  const largest = pairs
    .map((p) => p.ru)
    .filter((f) => !/-copy\d+\.md$/.test(f))
    .sort((a, b) => statSync(b).size - statSync(a).size || a.localeCompare(b))[0] as string;
  return { dir, pairs, bytes, edited: { file: largest, original: readFileSync(largest, 'utf8') } };
}

/**
 * The one-paragraph edit: append a sentence to the first one-line prose paragraph of the body.
 *
 * @param text a Markdown document (Russian unless `sentence` says otherwise)
 * @param sentence the sentence appended, in the document's language
 * @returns the edited document
 * @example editOneParagraph('# T\n\nТекст.\n').endsWith('Текст. Это предложение добавлено правкой.\n') // true
 */
export function editOneParagraph(text: string, sentence = 'Это предложение добавлено правкой.'): string {
  const lines = text.split('\n');
  let body = 0;
  if (lines[0] === '---') body = lines.indexOf('---', 1) + 1;
  for (let i = Math.max(body, 1); i < lines.length - 1; i++) {
    const line = lines[i] as string;
    if (lines[i - 1] === '' && lines[i + 1] === '' && /^[\p{Lu}«"]/u.test(line) && /[.!?»]$/.test(line)) {
      lines[i] = `${line} ${sentence}`;
      return lines.join('\n');
    }
  }
  throw new Error('Cannot edit a paragraph without a one-line prose paragraph in the document');
}

function mdFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.md'))
        .sort()
    : [];
}
