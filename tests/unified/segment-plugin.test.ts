import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkDiglotSegment } from '../../src/index.js';
import { repoRoot } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';

const SLUG = 'us-ussr-recognition-1933';

/** A copy of the repository's project whose English document has one sentence edited since its lock. */
function editedProject(): { dir: string; source: string } {
  const dir = mkdtempSync(join(tmpdir(), 'diglot-unified-'));
  cpSync(join(repoRoot, 'content'), join(dir, 'content'), { recursive: true });
  cpSync(join(repoRoot, 'glossary'), join(dir, 'glossary'), { recursive: true });
  cpSync(join(repoRoot, 'diglot.config.yaml'), join(dir, 'diglot.config.yaml'));
  const source = join(dir, 'content', 'en', `${SLUG}.md`);
  const text = readFileSync(source, 'utf8');
  // Lightly edited: the lock relinks the unit to its old ID, a fresh segmentation would hash a new one.
  const edited = text.replace('M.M. Litvinov, and later L.K. Martens', 'M.M. Litvinov, and afterwards L.K. Martens');
  expect(edited).not.toBe(text);
  writeFileSync(source, edited);
  return { dir, source };
}

interface SegmentJson {
  units: Array<{ id: string; kind: string; path: string; text: string; sentences: Array<{ id: string; text: string }> }>;
}

describe('remarkDiglotSegment', () => {
  it('puts on file.data the units and sentences `diglot segment` prints, IDs from the lock included', async () => {
    const { dir, source } = editedProject();
    const { code, stdout } = await runCli(['segment', source, '--format', 'json'], dir);
    expect(code).toBe(0);
    const cli = JSON.parse(stdout) as SegmentJson;

    const file = await unified()
      .use(remarkParse)
      .use(remarkDiglotSegment)
      .use(remarkStringify)
      .process(new VFile({ path: source, value: readFileSync(source, 'utf8') }));
    const doc = file.data.diglot;
    expect(doc?.lang).toBe('en');
    const units = doc?.units ?? [];
    expect(units.map((u) => [u.id, u.kind, u.path, u.text, u.sentences.map((s) => [s.id, s.text])])).toEqual(
      cli.units.map((u) => [u.id, u.kind, u.path, u.text, u.sentences.map((s) => [s.id, s.text])]),
    );
    // The edited unit kept its ID through the project's lock.
    expect(units.filter((u) => u.edited).map((u) => u.text.slice(0, 40))).toContain('M.M. Litvinov, and afterwards L.K. Marte');
    expect(units.length).toBeGreaterThan(20);
    expect(file.messages).toEqual([]);
  });

  it("segments with diglot's Markdown settings whatever the pipeline parsed with (tables, front matter without remark-gfm)", async () => {
    const markdown = '---\ntitle: Recognition\n---\n\n| Year | Event |\n| ---- | ----- |\n| 1933 | Notes exchanged. Talks ended. |\n';
    const file = await unified().use(remarkParse).use(remarkDiglotSegment, { lang: 'en', config: false }).use(remarkStringify).process(markdown);
    expect(file.data.diglot?.units.map((u) => u.kind)).toEqual(['frontmatter', 'tableCell', 'tableCell', 'tableCell', 'tableCell']);
    expect(file.data.diglot?.units.at(-1)?.sentences.map((s) => s.text)).toEqual(['Notes exchanged.', 'Talks ended.']);
    expect(file.data.lang).toBe('en');
  });

  it('takes the language from file.data.lang, and fails with a fatal message when nothing tells it', async () => {
    const known = new VFile({ value: 'В 1933 г. М. М. Литвинов прибыл. Переговоры начались.' });
    known.data.lang = 'ru';
    const file = await unified().use(remarkParse).use(remarkDiglotSegment, { config: false }).use(remarkStringify).process(known);
    expect(file.data.diglot?.units[0]?.sentences.length).toBe(2);

    const unknown = new VFile({ path: join(tmpdir(), 'nowhere.md'), value: 'Hello.' });
    await expect(unified().use(remarkParse).use(remarkDiglotSegment, { config: false }).use(remarkStringify).process(unknown)).rejects.toThrow(
      'without knowing its language',
    );
    expect(unknown.messages).toHaveLength(1);
    expect(unknown.messages[0]).toMatchObject({ ruleId: 'segment', source: 'diglot', fatal: true, actual: 'no language' });
  });

  it('reports a document diglot cannot read as a fatal message at its place', async () => {
    const file = new VFile({ path: 'bad.md', value: '---\ntitle: [unclosed\n---\n\nText.\n' });
    await expect(unified().use(remarkParse).use(remarkDiglotSegment, { lang: 'en', config: false }).use(remarkStringify).process(file)).rejects.toBeTruthy();
    expect(file.messages[0]).toMatchObject({ ruleId: 'segment', source: 'diglot', fatal: true });
    expect(file.messages[0]?.line).toBeGreaterThanOrEqual(1);
  });

  it("fails on the file, naming the config, when the project's diglot.config.yaml is invalid", async () => {
    const { dir, source } = editedProject();
    writeFileSync(join(dir, 'diglot.config.yaml'), 'sourceLanguage: en\ntargetLanguages: [ru]\nrules:\n  no-such-rule: error\n');
    const file = new VFile({ path: source, value: readFileSync(source, 'utf8') });
    await expect(unified().use(remarkParse).use(remarkDiglotSegment).use(remarkStringify).process(file)).rejects.toBeTruthy();
    expect(file.messages).toHaveLength(1);
    expect(file.messages[0]).toMatchObject({ ruleId: 'config', source: 'diglot', fatal: true });
    expect(file.messages[0]?.reason).toMatch(/diglot\.config\.yaml:4:3: Unexpected rule `no-such-rule`/);
  });
});
