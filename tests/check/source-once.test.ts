/**
 * The English of a document is segmented once per run of `diglot check`, however many target
 * languages it is checked against (issue 15, Performance): counted on `segmentMarkdown` itself,
 * on a project of real 12factor translations into ru, uk, de, fr and pl.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CheckCache } from '../../src/check/check-cache.js';
import { checkFilesCached } from '../../src/check/check-files-cached.js';
import { checkPair } from '../../src/check/check-pair.js';
import { resolveFileSet, type FilePair } from '../../src/check/resolve-file-set.js';
import { RULE_DEFAULTS } from '../../src/check/rule-severities.js';
import { storeMessages } from '../../src/check/store-messages.js';
import { loadConfig } from '../../src/config/load-config.js';
import { DOCUMENTS, TARGETS, writeProject } from '../multilingual/twelve-factor-project.js';

/** Calls of segmentMarkdown by file name, counted through the real function. */
const calls = vi.hoisted(() => new Map<string, number>());
vi.mock('../../src/segment/segment-markdown.js', async (original) => {
  const actual = await original<typeof import('../../src/segment/segment-markdown.js')>();
  return {
    ...actual,
    segmentMarkdown: (...args: Parameters<typeof actual.segmentMarkdown>) => {
      calls.set(args[1].file, (calls.get(args[1].file) ?? 0) + 1);
      return actual.segmentMarkdown(...args);
    },
  };
});

let dir: string;
let pairs: FilePair[];
const name = (p: string): string => relative(dir, p);
const options = () => ({
  severities: RULE_DEFAULTS,
  lang: 'en' as const,
  name,
  cache: new CheckCache(undefined),
  glossary: 'none',
  resources: { glossaryDir: undefined },
  root: dir,
  memoRoot: undefined,
});

beforeAll(() => {
  dir = writeProject();
  pairs = resolveFileSet([], loadConfig({ cwd: dir }), dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => calls.clear());

describe('diglot check: the source segmented once per run for all targets', () => {
  it('in one thread: each English document and each translation segmented exactly once', async () => {
    expect(pairs).toHaveLength(DOCUMENTS.length * TARGETS.length);
    const { files, stats } = await checkFilesCached(pairs, { ...options(), jobs: 1 });
    expect(files).toHaveLength(pairs.length);
    const expected = new Map([
      ...DOCUMENTS.map((slug) => [`content/en/${slug}.md`, 1] as const),
      ...TARGETS.flatMap((lang) => DOCUMENTS.map((slug) => [`content/${lang}/${slug}.md`, 1] as const)),
    ]);
    expect(Object.fromEntries(calls)).toEqual(Object.fromEntries(expected));
    expect(stats).toMatchObject({ checked: pairs.length, sources: DOCUMENTS.length, sourceSegmentations: DOCUMENTS.length });
    for (const lang of TARGETS) expect(stats.languages[lang]?.pairs).toBe(DOCUMENTS.length);
  });

  it('sharing the English side changes no finding: the same messages as each pair checked on its own', async () => {
    const { files } = await checkFilesCached(pairs, { ...options(), jobs: 1 });
    const alone = pairs.map((pair) => {
      const read = (file: string, lang: string) => ({ file: name(file), markdown: readFileSync(file, 'utf8'), lang });
      return checkPair(read(pair.source, pair.sourceLang), read(pair.target, pair.targetLang), { severities: RULE_DEFAULTS, lang: 'en' });
    });
    expect(files.map((f) => [f.path, storeMessages(f.messages)])).toEqual(alone.map((f) => [f.path, storeMessages(f.messages)]));
    expect(alone.reduce((n, f) => n + f.messages.length, 0)).toBeGreaterThan(0);
  });

  it('in worker threads: all targets of a source go to one worker, which segments it once', async () => {
    // Two documents, spelling off: each worker loads the engine anew, and only the counts matter here.
    const some = pairs.filter((p) => DOCUMENTS.slice(0, 2).some((slug) => p.source.endsWith(`/${slug}.md`)));
    const { stats } = await checkFilesCached(some, { ...options(), severities: { ...RULE_DEFAULTS, spelling: 'off' }, jobs: 2 });
    expect(stats.threads).toBe(2);
    expect(stats.rechecked).toBe(0);
    expect(stats).toMatchObject({ checked: some.length, sources: 2, sourceSegmentations: 2 });
  });

  it('a named translation alone segments its source once too', async () => {
    const one = [join(dir, 'content', 'de', `${DOCUMENTS[0]}.md`)].map((f) => relative(dir, f));
    const { stats } = await checkFilesCached(resolveFileSet(one, loadConfig({ cwd: dir }), dir), { ...options(), jobs: 1 });
    expect(stats).toMatchObject({ checked: 1, sources: 1, sourceSegmentations: 1, languages: { de: { pairs: 1 } } });
    expect(calls.get(`content/en/${DOCUMENTS[0]}.md`)).toBe(1);
  });
});
