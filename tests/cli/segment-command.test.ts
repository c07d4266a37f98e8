import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { repoRoot } from '../support/paths.js';

const article = join(repoRoot, 'content', 'en', 'us-ussr-recognition-1933.md');

describe('diglot segment', () => {
  it('prints the documented JSON: units in order, with kinds, paths, codes and sentences', async () => {
    const { code, stdout } = await runCli(['segment', article, '--format', 'json'], repoRoot);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as {
      file: string;
      units: Array<{ id: string; kind: string; path: string; text: string; codes: Array<{ kind: string }>; sentences: Array<{ id: string; text: string }> }>;
    };
    expect(json.file).toBe('content/en/us-ussr-recognition-1933.md');
    const kinds = new Set(json.units.map((u) => u.kind));
    for (const k of ['frontmatter', 'heading', 'paragraph', 'footnote', 'alt', 'imageTitle']) expect(kinds).toContain(k);
    expect(json.units[0]).toMatchObject({ kind: 'frontmatter', path: 'frontmatter/title' });
    const debts = json.units.find((u) => u.text.includes("Russia's debts."))!;
    expect(debts.text.startsWith("{1}Russia's debts.{/1} ")).toBe(true);
    expect(debts.codes.map((c) => c.kind)).toEqual(['strong', 'footnoteReference']);
    expect(debts.sentences[0]!.text).toBe("{1}Russia's debts.{/1}");
    const litvinov = json.units.find((u) => u.text.startsWith('M.M. Litvinov, and later L.K. Martens'))!;
    expect(litvinov.sentences[0]!.text).toMatch(/^M\.M\. Litvinov, and later L\.K\. Martens, .* in Washington\.$/);
    expect(new Set(json.units.map((u) => u.id)).size).toBe(json.units.length);
  });

  it('prints a text listing with file:line:column per unit', async () => {
    const { code, stdout } = await runCli(['segment', article], repoRoot);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^content\/en\/us-ussr-recognition-1933\.md:2:8 {2}u-[0-9a-f]{8} {2}frontmatter {2}frontmatter\/title$/m);
    expect(stdout).toMatch(/^\d+ units, \d+ sentences$/m);
  });

  it('takes the language from the folder: Russian abbreviations do not split', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diglot-'));
    const ru = join(dir, 'content', 'ru');
    await import('node:fs').then((fs) => fs.mkdirSync(ru, { recursive: true }));
    writeFileSync(join(ru, 'a.md'), 'В 1933\u00a0г. М.\u00a0М.\u00a0Литвинов прибыл в США. Переговоры начались.\n');
    const { stdout } = await runCli(['segment', join(ru, 'a.md'), '--format', 'json'], dir);
    const json = JSON.parse(stdout) as { lang: string; units: Array<{ sentences: unknown[] }> };
    expect(json.lang).toBe('ru');
    expect(json.units[0]!.sentences).toHaveLength(2);
  });

  describe('bad input: a clear error naming the file, exit 2, nothing written', () => {
    const cases: Array<[string, (dir: string) => string, RegExp]> = [
      ['a missing file', (dir) => join(dir, 'nope.md'), /^diglot: nope\.md: Cannot read a file that does not exist/],
      [
        'a binary file',
        (dir) => (writeFileSync(join(dir, 'b.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])), join(dir, 'b.md')),
        /b\.md: Expected a text file, found a NUL byte/,
      ],
      [
        'invalid UTF-8',
        (dir) => (writeFileSync(join(dir, 'c.md'), Buffer.from('Hello\nw\xffrld', 'latin1')), join(dir, 'c.md')),
        /c\.md:2:2: Expected UTF-8 text/,
      ],
      [
        'invalid front matter',
        (dir) => (writeFileSync(join(dir, 'd.md'), '---\ntitle: "open\nother: [1, 2\n---\n\nText.\n'), join(dir, 'd.md')),
        /d\.md:\d+:\d+: Invalid YAML front matter/,
      ],
      [
        'front matter that is not a mapping',
        (dir) => (writeFileSync(join(dir, 'e.md'), '---\n- a\n- b\n---\n\nText.\n'), join(dir, 'e.md')),
        /e\.md:2:1: Expected the front matter to be a mapping/,
      ],
    ];
    it.each(cases)('%s', async (_name, make, message) => {
      const dir = mkdtempSync(join(tmpdir(), 'diglot-bad-'));
      const file = make(dir);
      const before = readdirSync(dir).sort();
      const { code, stdout, stderr } = await runCli(['segment', file], dir);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
      expect(readdirSync(dir).sort()).toEqual(before);
    });
  });

  it('exits 2 on usage errors', async () => {
    expect((await runCli(['segment'])).code).toBe(2);
    expect((await runCli(['segment', article, '--format', 'xml'])).stderr).toMatch(/Unexpected format `xml`/);
    expect((await runCli(['frobnicate'])).stderr).toMatch(/Unknown command `frobnicate`/);
    const unknown = await runCli(['segment', article, '--bogus']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^diglot: Unknown option '--bogus'\nRun `diglot help` for usage\.\n$/);
  });
});

describe('diglot segment with a lock', () => {
  it('gives an edited unit of a source document the ID the lock remembers, marked edited', async () => {
    const { cpSync, readFileSync: read, writeFileSync: write } = await import('node:fs');
    const dir = mkdtempSync(join(tmpdir(), 'diglot-seglock-'));
    cpSync(join(repoRoot, 'content'), join(dir, 'content'), { recursive: true });
    cpSync(join(repoRoot, 'diglot.config.yaml'), join(dir, 'diglot.config.yaml'));
    cpSync(join(repoRoot, 'glossary'), join(dir, 'glossary'), { recursive: true }); // the config names it: it must exist
    const file = join(dir, 'content', 'en', 'us-ussr-recognition-1933.md');
    const before = JSON.parse((await runCli(['segment', file, '--format', 'json'], dir)).stdout) as {
      units: Array<{ id: string; text: string; edited?: boolean }>;
    };
    const target = before.units.find((u) => u.text.startsWith('Shortly after the Bolsheviks'))!;
    write(file, read(file, 'utf8').replace('Shortly after the Bolsheviks seized power', 'Soon after the Bolsheviks seized power'));
    const after = JSON.parse((await runCli(['segment', file, '--format', 'json'], dir)).stdout) as typeof before;
    const edited = after.units.find((u) => u.text.startsWith('Soon after the Bolsheviks'))!;
    expect(edited.id).toBe(target.id);
    expect(edited.edited).toBe(true);
    expect(after.units.map((u) => u.id)).toEqual(before.units.map((u) => u.id));
  });
});

describe('diglot segment streams its output', () => {
  it('prints exactly the JSON of the whole document, for a small, an empty and a large (chunked) document', async () => {
    const { segmentMarkdown } = await import('../../src/segment/segment-markdown.js');
    const { toJson } = await import('../../src/cli/commands/segment.js');
    const { readFileSync: read } = await import('node:fs');
    const { markdownFiles, corporaRoot } = await import('../support/paths.js');
    const dir = mkdtempSync(join(tmpdir(), 'diglot-stream-'));
    const large = markdownFiles(join(corporaRoot, 'md-opensource-guide', 'en'))
      .map((f) => read(f, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''))
      .join('\n\n');
    expect(large.length).toBeGreaterThan(100_000);
    const cases: Array<[string, string]> = [
      ['small.md', '# Title\n\nOne. Two.\n'],
      ['empty.md', '```\ncode only\n```\n'],
      ['large.md', large],
    ];
    for (const [name, source] of cases) {
      writeFileSync(join(dir, name), source);
      const { stdout } = await runCli(['segment', name, '--format', 'json'], dir);
      expect(stdout).toBe(`${JSON.stringify(toJson(segmentMarkdown(source, { file: name, lang: 'en' })), null, 2)}\n`);
    }
  });
});
