/**
 * Every command on a project with five target languages (12factor: real community translations
 * into ru, uk, de, fr and pl, built at test time in a temporary git repository): lock (all and
 * `--lang`), check, build (per-language Markdown editions, a TMX with every language in one
 * `<tu>`), export (each format, all languages and `--lang`), import routed by the file's own
 * language (and refused for a language the project does not have), diff and update after a
 * scripted English change, align. Outcomes are asserted per language.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { loadProjectDocuments } from '../../src/exchange/load-project-documents.js';
import { OpenedSources } from '../../src/pair/opened-sources.js';
import type { Lock } from '../../src/lock/types.js';
import { runCli } from '../support/run-cli.js';
import { sharedRoot } from '../support/paths.js';
import { DOCUMENTS, TARGETS, writeProject } from './twelve-factor-project.js';

const ALL = ['en', ...TARGETS];
const DTD = join(sharedRoot, 'schemas', 'tmx', 'tmx14.dtd');
const SCHEMAS = join(sharedRoot, 'schemas');
/** The English sentence edited between two commits (logs.md). */
const EDIT = { file: 'content/en/logs.md', from: 'routing or storage of its output stream', to: 'routing or storing its output stream' };

let dir: string;
const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
const read = (path: string): string => readFileSync(join(dir, path), 'utf8');
const lockOf = (slug: string): Lock => JSON.parse(read(`content/${slug}.lock.json`)) as Lock;
const commit = (message: string): void => void (git('add', '-A'), git('commit', '-q', '-m', message));

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runCli(args, dir);
}

/** Hashes of every content file (translations, locks, obsolete files): what a refused command must leave alone. */
function contentState(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (sub: string): void => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const path = `${sub}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else
        files[path] = createHash('sha256')
          .update(readFileSync(join(dir, path)))
          .digest('hex');
    }
  };
  walk('content');
  return files;
}

/** The second heading of a document in a language (`### …`): a text that only that language's file has. */
function subtitle(lang: string, slug: string): string {
  const line = read(`content/${lang}/${slug}.md`)
    .split('\n')
    .find((l) => l.startsWith('### ')) as string;
  return line.replace(/^#+\s*/, '').trim();
}

/** The `<tu>` elements of a TMX, each as the list of its `xml:lang`s. */
function tuLanguages(tmx: string): string[][] {
  return [...tmx.matchAll(/<tu [^>]*>([\s\S]*?)<\/tu>/g)].map((m) => [...(m[1] as string).matchAll(/<tuv xml:lang="([^"]+)"/g)].map((l) => l[1] as string));
}

beforeAll(async () => {
  dir = writeProject();
  git('init', '-q');
  git('config', 'user.email', 'test@example.org');
  git('config', 'user.name', 'Test');
  git('config', 'commit.gpgsign', 'false');
  writeFileSync(join(dir, '.gitignore'), 'dist/\nexchange/\n.diglot-cache/\n');
  const lock = await cli('lock');
  expect(lock.code, lock.stderr).toBe(0);
  commit('five languages');
}, 60_000);

describe('every command with five target languages (12factor)', () => {
  it('lock: one lock per document holds the pairs of every language; --lang re-locks one language only', async () => {
    const counts: Record<string, number[]> = {};
    for (const slug of DOCUMENTS) {
      const lock = lockOf(slug);
      expect(Object.keys(lock.targets).sort()).toEqual([...TARGETS].sort());
      for (const lang of TARGETS) {
        const pairs = lock.targets[lang]?.pairs ?? [];
        (counts[lang] ??= []).push(pairs.length);
        expect(lock.targets[lang]?.file).toBe(`content/${lang}/${slug}.md`);
        // Most units of a real translation are paired (the 12factor blocks match nearly one to one).
        expect(pairs.length, `${slug} ${lang}`).toBeGreaterThanOrEqual(lock.units.length * 0.8);
      }
    }
    console.log('lock pairs per language (codebase, config, logs, processes):', JSON.stringify(counts));
    // A hand edit of the French: re-locking German leaves the French pairs as they were…
    const before = lockOf('config');
    writeFileSync(join(dir, 'content/fr/config.md'), read('content/fr/config.md').replace(/\n\n/, ' (modifié)\n\n'));
    expect((await cli('lock', '--lang', 'de')).code).toBe(0);
    expect(lockOf('config').targets.fr).toEqual(before.targets.fr);
    // …so `lock --check` finds the edit in French only, naming the language in each finding.
    const french = await cli('lock', '--check', '--lang', 'fr');
    expect(french.stdout).toMatch(
      /^content\/fr\/config\.md:\d+:\d+: warning lock-edited \(fr\): Hand edit of the translation.*↔ fr u-[0-9a-f]+\] \(expected: the translation the lock records; found: an edited translation\)$/m,
    );
    expect((await cli('lock', '--check', '--lang', 'de')).stdout).not.toContain('lock-edited');
    expect((await cli('lock', '--check')).stdout.match(/lock-edited/g)).toHaveLength(1);
    expect((await cli('lock', '--lang', 'fr')).code).toBe(0);
    expect((await cli('lock', '--check')).stdout).not.toContain('lock-edited');
    expect(lockOf('config').targets.de).toEqual(before.targets.de);
    commit('French edit');
  }, 60_000);

  it('check: every target language is checked', async () => {
    const r = await cli('check', '--format', 'json', '--glossary', 'none');
    expect(r.code, r.stderr).toBeLessThan(2);
    const files = (JSON.parse(r.stdout) as { files: Array<{ file: string }> }).files.map((f) => f.file);
    for (const lang of TARGETS) for (const slug of DOCUMENTS) expect(files).toContain(`content/${lang}/${slug}.md`);
  }, 60_000);

  it('build: Markdown and HTML editions per language, and one TMX with every language in one <tu>', async () => {
    const r = await cli('build');
    expect(r.code, r.stderr).toBe(0);
    for (const slug of DOCUMENTS) {
      for (const lang of ALL) {
        expect(readFileSync(join(dir, 'dist', lang, `${slug}.md`), 'utf8'), `${lang}/${slug}.md`).toBe(read(`content/${lang}/${slug}.md`));
        expect(existsSync(join(dir, 'dist', lang, `${slug}.html`)), `${lang}/${slug}.html`).toBe(true);
      }
      for (const lang of TARGETS) expect(existsSync(join(dir, 'dist', `${slug}.en-${lang}.tmx`)), `${slug}.en-${lang}.tmx`).toBe(true);
      const tmx = readFileSync(join(dir, 'dist', `${slug}.tmx`), 'utf8');
      execFileSync('xmllint', ['--noout', '--nonet', '--dtdvalid', DTD, join(dir, 'dist', `${slug}.tmx`)], { stdio: 'pipe' });
      const units = tuLanguages(tmx);
      const everyLanguage = units.filter((langs) => [...langs].sort().join() === [...ALL].sort().join());
      console.log(`dist/${slug}.tmx: ${units.length} <tu>, ${everyLanguage.length} with all six languages`);
      expect(units.every((langs) => langs[0] === 'en' && langs.length >= 2 && new Set(langs).size === langs.length)).toBe(true);
      expect(everyLanguage.length).toBeGreaterThanOrEqual(units.length * 0.3);
      // Each language's sentences in the memory are its own translation's.
      for (const lang of TARGETS) expect(tmx).toContain(`<tuv xml:lang="${lang}"><prop type="x-score">`);
    }
  }, 60_000);

  it.each([
    ['xliff2', 'xlf', (lang: string) => `trgLang="${lang}"`],
    ['xliff12', 'xlf', (lang: string) => `target-language="${lang}"`],
    ['po', 'po', (lang: string) => `"Language: ${lang}\\n"`],
  ])(
    'export --format %s: one file per document and language, declaring its language and holding its translation',
    async (format, ext, declares) => {
      const out = `exchange/${format}`;
      expect((await cli('export', '--out', out, '--format', format)).code).toBe(0);
      const names = readdirSync(join(dir, out)).sort();
      expect(names).toEqual(DOCUMENTS.flatMap((slug) => TARGETS.map((lang) => `${slug}.${lang}.${ext}`)).sort());
      for (const slug of DOCUMENTS) {
        for (const lang of TARGETS) {
          const text = read(`${out}/${slug}.${lang}.${ext}`);
          expect(text).toContain(declares(lang));
          expect(text, `${slug}.${lang}`).toContain(subtitle(lang, slug));
          for (const other of TARGETS.filter((l) => l !== lang)) expect(text).not.toContain(subtitle(other, slug));
        }
      }
      // --lang: that language alone.
      expect((await cli('export', '--out', `${out}-de`, '--format', format, '--lang', 'de')).code).toBe(0);
      expect(readdirSync(join(dir, `${out}-de`)).sort()).toEqual(DOCUMENTS.map((slug) => `${slug}.de.${ext}`).sort());
    },
    60_000,
  );

  it('export --format tmx: one memory per document with every language in one <tu>; --lang: that language', async () => {
    expect((await cli('export', '--out', 'exchange/tmx', '--format', 'tmx')).code).toBe(0);
    expect(readdirSync(join(dir, 'exchange/tmx')).sort()).toEqual(DOCUMENTS.map((slug) => `${slug}.tmx`).sort());
    for (const slug of DOCUMENTS) {
      const units = tuLanguages(read(`exchange/tmx/${slug}.tmx`));
      execFileSync('xmllint', ['--noout', '--nonet', '--dtdvalid', DTD, join(dir, 'exchange/tmx', `${slug}.tmx`)], { stdio: 'pipe' });
      const everyLanguage = units.filter((langs) => langs.length === ALL.length).length;
      console.log(`exchange/tmx/${slug}.tmx: ${units.length} <tu>, ${everyLanguage} with all six languages`);
      expect(everyLanguage, slug).toBeGreaterThanOrEqual(units.length * 0.8);
    }
    const one = await cli('export', 'content/en/logs.md', '--format', 'tmx');
    expect(new Set(tuLanguages(one.stdout).flat())).toEqual(new Set(ALL));
    const german = await cli('export', 'content/en/logs.md', '--format', 'tmx', '--lang', 'de');
    expect(new Set(tuLanguages(german.stdout).flat())).toEqual(new Set(['en', 'de']));
    // An XLIFF of one document has one target language: with five, --lang is required.
    const refused = await cli('export', 'content/en/logs.md');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Expected --lang with xliff2: the project has 5 target languages');
  }, 60_000);

  it('the source is segmented once for all target languages of a run', () => {
    const config = loadConfig({ cwd: dir });
    const sources = new OpenedSources();
    const docs = TARGETS.map((lang) => loadProjectDocuments('content/en/config.md', config, lang, { sources }));
    expect(sources.segmented).toBe(1);
    expect(new Set(docs.map((d) => d.source)).size).toBe(1);
    expect(docs.map((d) => d.target?.lang)).toEqual([...TARGETS]);
  });

  it('import: each file goes into the translation of its own language, and nothing else changes', async () => {
    const formats: Record<string, ['xliff2' | 'xliff12' | 'po', string]> = {
      ru: ['xliff2', 'xlf'],
      uk: ['xliff12', 'xlf'],
      de: ['po', 'po'],
      fr: ['xliff2', 'xlf'],
      pl: ['po', 'po'],
    };
    for (const lang of TARGETS) {
      const [format, ext] = formats[lang] as [string, string];
      const marker = `IMPORTED-${lang.toUpperCase()}`;
      const file = join(dir, `exchange/${format}/codebase.${lang}.${ext}`);
      const exported = readFileSync(file, 'utf8');
      const edited =
        format === 'po' ? exported.replace(/^msgstr "(?=[^"])/m, `msgstr "${marker} `) : exported.replace(/<target(\s[^>]*)?>/, (open) => `${open}${marker} `);
      expect(edited).not.toBe(exported);
      writeFileSync(file, edited);
      const before = contentState();
      const locksBefore = lockOf('codebase');
      const r = await cli('import', `exchange/${format}/codebase.${lang}.${ext}`, '--schemas', SCHEMAS);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain(`content/${lang}/codebase.md: changed 1,`);
      const after = contentState();
      const changed = Object.keys(after)
        .filter((k) => after[k] !== before[k])
        .sort();
      expect(changed, lang).toEqual(['content/codebase.lock.json', `content/${lang}/codebase.md`]);
      expect(read(`content/${lang}/codebase.md`)).toContain(marker);
      // The lock records the imported pair in that language; the other languages' pairs are as they were.
      const lock = lockOf('codebase');
      for (const other of TARGETS.filter((l) => l !== lang)) expect(lock.targets[other]).toEqual(locksBefore.targets[other]);
      expect(lock.targets[lang]).not.toEqual(locksBefore.targets[lang]);
    }
    const check = await cli('lock', '--check');
    expect(check.stdout).not.toMatch(/lock-(edited|stale)/);
    commit('imports');
  }, 90_000);

  it('import: a file into a language the project does not have is refused (exit 2), and nothing is written', async () => {
    const before = contentState();
    for (const [path, from, to] of [
      ['exchange/xliff2/logs.ru.xlf', 'trgLang="ru"', 'trgLang="es"'],
      ['exchange/po/logs.de.po', '"Language: de\\n"', '"Language: es\\n"'],
      ['exchange/xliff12/logs.uk.xlf', 'target-language="uk"', 'target-language="es-ES"'],
    ] as const) {
      const spanish = path.replace(/\.(\w+)$/, '.es.$1');
      writeFileSync(
        join(dir, spanish),
        read(path)
          .replace(from, to)
          .replace(/(<target[^>]*>|msgstr ")(?=[^"<])/, '$1CAMBIADO '),
      );
      const r = await cli('import', spanish, '--schemas', SCHEMAS);
      expect(r.code, spanish).toBe(2);
      expect(r.stderr).toMatch(
        /it is a translation into `es(-ES)?`, expected `ru`, `uk`, `de`, `fr` or `pl` \(the project's targetLanguages\); nothing was written/,
      );
    }
    // --lang contradicting the file's language is refused too.
    const wrong = await cli('import', 'exchange/po/logs.de.po', '--lang', 'fr', '--schemas', SCHEMAS);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('it is a translation into `de`, expected `fr`');
    expect(contentState()).toEqual(before);
  }, 60_000);

  it('diff and update after an English change: the unit is stale in every language, or in the one chosen', async () => {
    writeFileSync(join(dir, EDIT.file), read(EDIT.file).replace(EDIT.from, EDIT.to));
    const json = await cli('diff', '--format', 'json');
    expect(json.code, json.stderr).toBe(0);
    const documents = (
      JSON.parse(json.stdout) as {
        documents: Array<{
          source: string;
          target: string;
          targetLanguage: string;
          unchanged?: true;
          sourceChanges: Array<{ change: string; stale: boolean }>;
        }>;
      }
    ).documents;
    expect(documents).toHaveLength(DOCUMENTS.length * TARGETS.length);
    const logs = documents.filter((d) => d.source === EDIT.file);
    expect(logs.map((d) => d.targetLanguage)).toEqual([...TARGETS]);
    for (const d of logs) {
      expect(d.target).toBe(`content/${d.targetLanguage}/logs.md`);
      expect(
        d.sourceChanges.filter((c) => c.change === 'edited' && c.stale),
        d.targetLanguage,
      ).toHaveLength(1);
    }
    expect(documents.filter((d) => d.source !== EDIT.file).every((d) => d.unchanged)).toBe(true);
    const text = await cli('diff', '--lang', 'de', 'logs');
    expect(text.stdout).toContain('content/en/logs.md ↔ content/de/logs.md');
    expect(text.stdout).not.toMatch(/content\/(ru|uk|fr|pl)\//);
    expect(text.stdout).toMatch(/^German: 10 unchanged$/m);
    expect(text.stdout).toMatch(/^ {2}de: Eine Zwölf-Faktor-App kümmert sich nie um das Routing/m);

    const french = await cli('update', '--lang', 'fr', '--format', 'json');
    expect(french.code, french.stderr).toBe(0);
    const rows = (JSON.parse(french.stdout) as { documents: Array<{ units: Array<{ lang: string; status: string }> }> }).documents.flatMap((d) => d.units);
    expect(new Set(rows.map((r) => r.lang))).toEqual(new Set(['fr']));
    expect(rows.filter((r) => r.status === 'stale')).toHaveLength(1);
    const all = await cli('update');
    expect(all.code, all.stderr).toBe(0);
    // The update keeps what `diglot lock` recorded of each language's code blocks.
    for (const slug of DOCUMENTS) for (const lang of TARGETS) expect(lockOf(slug).targets[lang]?.code, `${slug} ${lang}`).toEqual(expect.any(Array));
    for (const lang of TARGETS) expect(all.stdout).toMatch(new RegExp(`\\[${lang}\\] stale +u-[0-9a-f]+ +line 8`));
    // The lock keeps each language's pair made from the old English: stale in all five.
    const stale = await cli('lock', '--check');
    for (const lang of TARGETS)
      expect(stale.stdout).toMatch(
        new RegExp(`^content/en/logs\\.md:8:1: error lock-stale \\(${lang}\\): .*↔ ${lang} u-[0-9a-f]+\\] \\(expected: .*\\)$`, 'm'),
      );
    expect(stale.stdout.match(/lock-stale/g)).toHaveLength(TARGETS.length);
  }, 90_000);

  it('align: the translation language is its content folder', async () => {
    for (const lang of TARGETS) {
      const r = await cli('align', 'content/en/config.md', `content/${lang}/config.md`, '--format', 'json');
      expect(r.code, r.stderr).toBe(0);
      const { blocks } = JSON.parse(r.stdout) as { blocks: Array<{ source: number[]; target: number[] }> };
      expect(blocks.filter((b) => b.source.length === 1 && b.target.length === 1).length, lang).toBeGreaterThanOrEqual(blocks.length * 0.8);
    }
    const text = await cli('align', 'content/en/config.md', 'content/pl/config.md');
    expect(text.stdout).toMatch(/^Blocks {2}en ↔ pl .*English +│ Polish$/m);
  }, 60_000);
});
