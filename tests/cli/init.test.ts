import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

/** Every file under a folder: relative path → contents. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string): void => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return out;
}

describe('diglot init', () => {
  it('scaffolds a content repository that diglot reads, then refuses to run again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diglot-init-'));
    const first = await runCli(['init', '--source', 'en', '--targets', 'ru,uk', '--action', 'example/diglot@v1'], dir);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const files = snapshot(dir);
    expect(Object.keys(files).sort()).toEqual([
      '.gitattributes',
      '.github/workflows/diglot.yml',
      'content/en/.gitkeep',
      'content/ru/.gitkeep',
      'content/uk/.gitkeep',
      'diglot.config.yaml',
      'glossary/glossary.yaml',
    ]);
    for (const path of Object.keys(files)) expect(first.stdout).toContain(`  ${path}\n`);
    expect(first.stdout).toContain('Next steps:');
    expect(parse(files['diglot.config.yaml'] as string)).toMatchObject({
      sourceLanguage: 'en',
      targetLanguages: ['ru', 'uk'],
      contentDir: 'content',
      glossaryDir: 'glossary',
    });
    expect(files['.gitattributes']).toMatch(/^content\/\*\*\/\*\.md diff=diglot$/m);
    const workflow = parse(files['.github/workflows/diglot.yml'] as string) as {
      jobs: { diglot: { steps: Array<{ uses?: string; with?: Record<string, unknown> }> } };
    };
    expect(workflow.jobs.diglot.steps.map((s) => s.uses)).toEqual(['actions/checkout@v4', 'example/diglot@v1']);
    expect(workflow.jobs.diglot.steps[0]?.with?.['fetch-depth']).toBe(0);
    // The glossary example is all comments, and becomes a valid entry with a column per target once uncommented.
    const glossary = files['glossary/glossary.yaml'] as string;
    expect(parse(glossary)).toBeNull();
    const entry = (parse(glossary.replace(/^# (?=-| {2})/gm, '').replace(/^#.*$/gm, '')) as Array<Record<string, unknown>>)[0];
    expect(Object.keys(entry ?? {})).toEqual(['id', 'kind', 'en', 'ru', 'uk', 'note']);

    // diglot reads the new project: no documents yet is a clear error, never "No problems found".
    const check = await runCli(['check'], dir);
    expect(check.code).toBe(2);
    expect(check.stderr).toContain('Cannot check without source documents in `content/en/`');
    expect(check.stdout).not.toContain('No problems found');

    // With a document pair per language it checks them.
    writeFileSync(join(dir, 'content/en/hello.md'), '# Hello\n\nA first paragraph.\n');
    writeFileSync(join(dir, 'content/ru/hello.md'), '# Привет\n\nПервый абзац.\n');
    writeFileSync(join(dir, 'content/uk/hello.md'), '# Привіт\n\nПерший абзац.\n');
    const checked = await runCli(['check', '--no-cache'], dir);
    expect(checked.stderr).toBe('');
    expect(checked.stdout).toBe('No problems found\n');
    expect(checked.code).toBe(0);

    // A second run changes nothing and lists what exists.
    const before = snapshot(dir);
    const second = await runCli(['init', '--targets', 'ru,uk'], dir);
    expect(second.code).toBe(2);
    expect(second.stderr).toContain('7 files already exist; nothing was written');
    for (const path of Object.keys(files)) expect(second.stderr).toContain(`\`${path}\``);
    expect(snapshot(dir)).toEqual(before);
  }, 60_000);

  it('writes nothing when a single file of the scaffold exists', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diglot-init-'));
    mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
    writeFileSync(join(dir, '.github/workflows/diglot.yml'), 'mine\n');
    const run = await runCli(['init'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('a file already exists; nothing was written');
    expect(run.stderr).toContain('`.github/workflows/diglot.yml`');
    expect(existsSync(join(dir, 'diglot.config.yaml'))).toBe(false);
    expect(existsSync(join(dir, 'content'))).toBe(false);
    expect(snapshot(dir)).toEqual({ '.github/workflows/diglot.yml': 'mine\n' });
  });

  it('rejects bad language tags and a target equal to the source', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diglot-init-'));
    for (const args of [
      ['--targets', 'english'],
      ['--source', 'ru', '--targets', 'ru'],
      ['--targets', ','],
    ]) {
      const run = await runCli(['init', ...args], dir);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^diglot: .*Expected/);
    }
    expect(readdirSync(dir)).toEqual([]);
  });
});
