// `diglot build` never drops an image silently: an image its pages show without the file is an
// `image-missing` or `image-outside` warning, once per document and language (src/edition/image-findings.ts).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { corporaRoot, repoRoot } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';

const CORPUS = join(corporaRoot, 'md-12factor');
/** A real PNG from the build fixture. */
const PNG = join(repoRoot, 'tests', 'fixtures', 'build-basic', 'content', 'en', 'images', 'litvinov.png');
const LANGUAGES = ['en', 'de'] as const;
/** Appended to each language's page: one image present, one missing, one climbing out, one absolute, one remote. */
const IMAGES = [
  '![Present](images/present.png)',
  '![Gone](images/gone.png)',
  '![Climbing](../../etc/passwd)',
  '![Absolute](/etc/passwd)',
  '![Remote](https://example.com/remote.png)',
];

/** `file:line:column` of the image node whose URL is `url`: the `![` that opens it. */
function at(dir: string, file: string, url: string): string {
  const lines = readFileSync(join(dir, file), 'utf8').split('\n');
  const index = lines.findIndex((line) => line.includes(`](${url})`));
  if (index < 0) throw new Error(`${url} is not in ${file}`);
  const line = lines[index] as string;
  return `${file}:${index + 1}:${line.lastIndexOf('![', line.indexOf(`](${url})`)) + 1}`;
}

/** The warning lines the build must print for one language of the page (in document order). */
function expectedLines(dir: string, lang: string): string[] {
  const file = `content/${lang}/codebase.md`;
  const folder = `content/${lang}`;
  const outside = (url: string, found: string): string =>
    `${at(dir, file, url)}: warning image-outside (${lang}): Unexpected image \`${url}\` outside \`${folder}\`: nothing was read or copied, the pages are built without it (expected: a relative path inside \`${folder}\` or an http(s) URL; found: ${found})`;
  return [
    // The 12factor page itself shows its diagram by an absolute path.
    outside('/images/codebase-deploys.png', 'an absolute path'),
    `${at(dir, file, 'images/gone.png')}: warning image-missing (${lang}): Missing image \`images/gone.png\`: the pages are built without it (expected: a file \`${folder}/images/gone.png\`; found: no file)`,
    outside('../../etc/passwd', 'a path that climbs out of it'),
    outside('/etc/passwd', 'an absolute path'),
  ];
}

describe('build: images shown without their file are warnings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'diglot-image-findings-'));

  beforeAll(() => {
    writeFileSync(join(dir, 'diglot.config.yaml'), 'sourceLanguage: en\ntargetLanguages: [de]\n');
    for (const lang of LANGUAGES) {
      mkdirSync(join(dir, 'content', lang, 'images'), { recursive: true });
      const page = readFileSync(join(CORPUS, lang, 'codebase.md'), 'utf8');
      writeFileSync(join(dir, 'content', lang, 'codebase.md'), `${page.trimEnd()}\n\n${IMAGES.join('\n\n')}\n`);
      copyFileSync(PNG, join(dir, 'content', lang, 'images', 'present.png'));
    }
  });

  it('reports each missing or outside image once per document and language, at its node; exit 0', async () => {
    const { code, stderr, stdout } = await runCli(['build'], dir);
    expect(code, stderr).toBe(0);
    const lines = stderr.split('\n').filter((l) => / warning image-(missing|outside) /.test(l));
    expect(lines).toEqual([...expectedLines(dir, 'en'), ...expectedLines(dir, 'de')]);
    // Nothing else went wrong, and no line for the present or the remote image.
    expect(stderr.split('\n').filter(Boolean)).toEqual(lines);
    expect(stdout).toContain('wrote');
  });

  it('builds the pages with the present and the remote image, and without the others', () => {
    for (const lang of LANGUAGES) {
      const html = readFileSync(join(dir, 'dist', lang, 'codebase.html'), 'utf8');
      expect(html).toContain('<img src="images/present.png" alt="Present">');
      expect(html).toContain('<img src="https://example.com/remote.png" alt="Remote">');
      expect(html).not.toMatch(/<img[^>]*(gone\.png|passwd|codebase-deploys)/);
      expect(readFileSync(join(dir, 'dist', lang, 'images', 'present.png'))).toEqual(readFileSync(PNG));
    }
    const parallel = readFileSync(join(dir, 'dist', 'codebase.parallel.html'), 'utf8');
    expect(parallel).toContain('<img src="en/images/present.png" alt="Present">');
    expect(parallel).toContain('<img src="de/images/present.png" alt="Present">');
    expect(existsSync(join(dir, 'dist', 'en', 'images', 'gone.png'))).toBe(false);
  });

  it('reports them again when the article comes from the document cache, and stops once the file is there', async () => {
    const cached = await runCli(['build'], dir);
    expect(cached.stdout).toContain('codebase: from cache');
    expect(cached.stderr.split('\n').filter(Boolean)).toEqual([...expectedLines(dir, 'en'), ...expectedLines(dir, 'de')]);
    copyFileSync(PNG, join(dir, 'content', 'de', 'images', 'gone.png'));
    const rebuilt = await runCli(['build'], dir);
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.stderr.split('\n').filter(Boolean)).toEqual([
      ...expectedLines(dir, 'en'),
      ...expectedLines(dir, 'de').filter((l) => !l.includes('image-missing')),
    ]);
    expect(readFileSync(join(dir, 'dist', 'de', 'codebase.html'), 'utf8')).toContain('<img src="images/gone.png" alt="Gone">');
  });
});
