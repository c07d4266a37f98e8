import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One corpus file: where it came from and where the benchmark reads it. */
export interface CorpusEntry {
  /** Where the text came from, e.g. `shared:md-12factor/en/config.md`. */
  origin: string;
  /** Absolute path of the copy in the corpus folder. */
  file: string;
  lang: 'en' | 'ru';
  bytes: number;
  sha256: string;
}

/** The corpus: its folder, its files (sorted by origin) and the manifest path. */
export interface Corpus {
  dir: string;
  manifest: string;
  entries: CorpusEntry[];
  bytes: number;
}

/** Where the corpus comes from; any missing source is skipped. */
export interface CorpusSources {
  /** `../shared/corpora` (md-12factor and md-opensource-guide, en and ru). */
  corpora: string;
  /** The repository's node_modules (README.md, CHANGELOG.md, docs/**\/*.md of packages). */
  nodeModules: string;
  /** Debian's documentation folder (*.md and *.md.gz). */
  debianDocs: string;
}

/**
 * Build the benchmark corpus from real Markdown a fresh machine has: the shared corpora, the
 * docs of installed npm packages, then Debian's /usr/share/doc, each in sorted order, until
 * at least `minBytes` are collected (identical texts are kept once). Files are written flat
 * to `dir` with a manifest.json.
 *
 * @param sources where to look
 * @param minBytes stop adding Debian docs once the corpus holds this many bytes
 * @param dir output folder (emptied first)
 * @example buildCorpus(defaultSources(root), 10e6).entries.length // e.g. 480
 */
export function buildCorpus(sources: CorpusSources, minBytes: number, dir = join(tmpdir(), 'diglot-bench-corpus')): Corpus {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const seen = new Set<string>();
  const entries: CorpusEntry[] = [];
  let bytes = 0;
  const add = (origin: string, text: Buffer, lang: 'en' | 'ru'): void => {
    const sha256 = createHash('sha256').update(text).digest('hex');
    if (seen.has(sha256) || !isText(text)) return;
    seen.add(sha256);
    const name = `${String(entries.length).padStart(4, '0')}-${origin.replace(/[^A-Za-z0-9._-]+/g, '_').slice(-80)}`.replace(/(\.md)?$/, '.md');
    const file = join(dir, name);
    writeFileSync(file, text);
    entries.push({ origin, file, lang, bytes: text.length, sha256 });
    bytes += text.length;
  };
  for (const set of ['md-12factor', 'md-opensource-guide']) {
    for (const lang of ['en', 'ru'] as const) {
      for (const path of walk(join(sources.corpora, set, lang), (p) => p.endsWith('.md'))) {
        add(`shared:${set}/${lang}/${relative(join(sources.corpora, set, lang), path)}`, readFileSync(path), lang);
      }
    }
  }
  for (const path of walk(sources.nodeModules, isPackageDoc)) {
    add(`npm:${relative(sources.nodeModules, path)}`, readFileSync(path), 'en');
  }
  for (const path of walk(sources.debianDocs, (p) => p.endsWith('.md') || p.endsWith('.md.gz'))) {
    if (bytes >= minBytes) break;
    const raw = readFileSync(path);
    add(`debian:${relative(sources.debianDocs, path)}`, path.endsWith('.gz') ? gunzipSync(raw) : raw, 'en');
  }
  const manifest = join(dir, 'manifest.json');
  writeFileSync(manifest, `${JSON.stringify({ bytes, files: entries.length, entries }, null, 1)}\n`);
  return { dir, manifest, entries, bytes };
}

/**
 * The default sources relative to the repository root.
 *
 * @example defaultSources('/work/main').corpora // '/work/shared/corpora'
 */
export function defaultSources(repoRoot: string): CorpusSources {
  return { corpora: join(repoRoot, '..', 'shared', 'corpora'), nodeModules: join(repoRoot, 'node_modules'), debianDocs: '/usr/share/doc' };
}

/**
 * Read a manifest written by {@link buildCorpus}.
 *
 * @example readCorpus('/tmp/diglot-bench-corpus/manifest.json').entries[0]?.lang // 'en'
 */
export function readCorpus(manifest: string): Corpus {
  const data = JSON.parse(readFileSync(manifest, 'utf8')) as { bytes: number; entries: CorpusEntry[] };
  return { dir: join(manifest, '..'), manifest, entries: data.entries, bytes: data.bytes };
}

/** README.md, CHANGELOG.md or docs/**\/*.md of a package (any nesting of node_modules). */
function isPackageDoc(path: string): boolean {
  const name = path.split('/').at(-1) ?? '';
  if (/^(README|CHANGELOG)\.md$/i.test(name)) return true;
  return /\/docs\/.*\.md$/i.test(path);
}

/** Valid UTF-8 without NUL bytes. */
function isText(buffer: Buffer): boolean {
  if (buffer.includes(0)) return false;
  return Buffer.from(buffer.toString('utf8'), 'utf8').equals(buffer);
}

/** Files under `dir` accepted by `keep`, sorted by path (code-unit order); symlinks are not followed. */
function walk(dir: string, keep: (path: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const visit = (d: string): void => {
    let names: string[];
    try {
      names = readdirSync(d).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(d, name);
      let stat;
      try {
        stat = lstatSync(path, { throwIfNoEntry: false });
      } catch {
        continue;
      }
      if (!stat) continue;
      if (stat.isDirectory() && !name.startsWith('.')) visit(path);
      else if (stat.isFile() && keep(path)) out.push(path);
    }
  };
  visit(dir);
  return out.sort();
}
