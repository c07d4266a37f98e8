import { mkdirSync, mkdtempSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFilesCached } from '../../src/check/check-files-cached.js';
import { CheckCache } from '../../src/check/check-cache.js';
import { resolveFileSet } from '../../src/check/resolve-file-set.js';
import { RULE_DEFAULTS } from '../../src/check/rule-severities.js';
import { main } from '../../src/cli.js';
import { loadConfig } from '../../src/config/load-config.js';
import { InputError } from '../../src/errors.js';
import { readForms } from '../../src/glossary/read-forms.js';
import { readLock } from '../../src/lock/read-lock.js';
import { planUpdate } from '../../src/update/plan-update.js';
import { createTranslationMemory } from '../../src/update/translation-memory.js';
import { listProjectFolder } from '../../src/util/list-project-folder.js';
import { readProjectText } from '../../src/util/read-project-text.js';
import { smallProject } from './project.js';

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

/** A file outside every project, whose content must never appear in a message (it is not JSON: a parse error would quote it). */
function secret(): string {
  const dir = mkdtempSync(join(tmpdir(), 'diglot-secret-'));
  const file = join(dir, 'passwd');
  writeFileSync(file, 'root:x:0:0:SECRET-CONTENT:/root:/bin/bash\n');
  return file;
}

function thrown(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('every reader of project content is safe', () => {
  it('a lock linked outside the project is refused naming the link, never quoting its content', async () => {
    const dir = smallProject(['a']);
    const outside = secret();
    symlinkSync(outside, join(dir, 'content', 'a.lock.json'));
    const error = thrown(() => readLock(join(dir, 'content', 'a.lock.json')));
    expect(error.message).toContain('Refusing to read');
    expect(error.message).toContain(outside);
    expect(error.message).not.toContain('SECRET');
    expect(error.message).not.toContain('root:x');
    for (const args of [['lock'], ['lock', '--check'], ['update'], ['update', '--dry-run']]) {
      const run = await cli(args, dir);
      // A refused file is an error on its document (exit 1); the other documents would be processed.
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stdout + run.stderr).toContain('a.lock.json');
      expect(run.stdout + run.stderr).not.toContain('SECRET');
      expect(run.stdout + run.stderr).not.toContain('root:x');
    }
  });

  it('an obsolete file and a forms file linked outside are refused; a dangling link is not taken for a missing file', () => {
    const dir = smallProject(['a']);
    const outside = secret();
    symlinkSync(outside, join(dir, 'content', 'a.obsolete.json'));
    const config = loadConfig({ cwd: dir });
    const memory = (): ReturnType<typeof createTranslationMemory> => createTranslationMemory([], 'en');
    const error = thrown(() => planUpdate(config, 'a', memory));
    expect(error.message).toContain('a.obsolete.json');
    expect(error.message).not.toContain('SECRET');
    symlinkSync(outside, join(dir, 'glossary', 'forms.json'));
    expect(thrown(() => readForms(join(dir, 'glossary', 'forms.json'))).message).toMatch(/Refusing to read .*forms\.json.*symbolic link/);
    symlinkSync(join(dir, 'nothing-here'), join(dir, 'content', 'b.lock.json'));
    expect(thrown(() => readProjectText(join(dir, 'content', 'b.lock.json'))).message).toContain('leads to nothing');
    expect(readProjectText(join(dir, 'content', 'c.lock.json'))).toBeUndefined();
  });

  it('listProjectFolder: sorted files and links, no sub-folders, [] when missing, refuses a folder that leads outside, never loops', () => {
    const dir = smallProject(['b', 'a']);
    const en = join(dir, 'content', 'en');
    mkdirSync(join(en, 'folder.md'));
    symlinkSync(en, join(en, 'loop.md')); // a link to its own folder
    symlinkSync(secret(), join(en, 'z.md'));
    expect(listProjectFolder(en, { suffix: '.md' })).toEqual(['a.md', 'b.md', 'loop.md', 'z.md']);
    expect(listProjectFolder(join(dir, 'content', 'fr'))).toEqual([]);
    const outside = mkdtempSync(join(tmpdir(), 'diglot-outside-'));
    writeFileSync(join(outside, 'x.md'), '# X\n');
    symlinkSync(outside, join(dir, 'content', 'de'));
    expect(thrown(() => listProjectFolder(join(dir, 'content', 'de'), { roots: [dir] })).message).toMatch(/Refusing to read .*symbolic link/);
  });

  it('a source folder linked outside the project stops lock, update and check with an error naming the link', async () => {
    const dir = smallProject(['a']);
    const outside = mkdtempSync(join(tmpdir(), 'diglot-outside-'));
    renameSync(join(dir, 'content', 'en'), join(outside, 'en'));
    symlinkSync(join(outside, 'en'), join(dir, 'content', 'en'));
    for (const args of [['lock'], ['update', '--dry-run'], ['check', '--glossary', 'none', '--no-cache']]) {
      const run = await cli(args, dir);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(/Refusing to read .*content\/en.*symbolic link/);
    }
  });

  it('the config file: a link leading outside its folder and an oversized file are refused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diglot-config-'));
    symlinkSync(secret(), join(dir, 'diglot.config.yaml'));
    const error = thrown(() => loadConfig({ cwd: dir }));
    expect(error.message).toMatch(/Refusing to read .*diglot\.config\.yaml.*symbolic link/);
    expect(error.message).not.toContain('SECRET');
    const big = smallProject(['a']);
    writeFileSync(join(big, 'diglot.config.yaml'), `sourceLanguage: en\ntargetLanguages: [ru]\n# ${'x'.repeat(200)}\n`);
    process.env['DIGLOT_MAX_DOCUMENT_BYTES'] = '100';
    try {
      expect(thrown(() => loadConfig({ cwd: big })).message).toContain('larger than the limit of 100 bytes');
    } finally {
      delete process.env['DIGLOT_MAX_DOCUMENT_BYTES'];
    }
  });

  it('check reads documents inside the project root of the config, not inside the nearest diglot.config.yaml above them', async () => {
    // parent/diglot.config.yaml and parent/secret.md; the project parent/p uses `--config custom.yaml`.
    const parent = mkdtempSync(join(tmpdir(), 'diglot-parent-'));
    writeFileSync(join(parent, 'diglot.config.yaml'), 'sourceLanguage: en\n');
    writeFileSync(join(parent, 'secret.md'), 'SECRET-CONTENT in 1999.\n');
    const p = join(parent, 'p');
    mkdirSync(join(p, 'content', 'en'), { recursive: true });
    mkdirSync(join(p, 'content', 'ru'), { recursive: true });
    writeFileSync(join(p, 'custom.yaml'), 'sourceLanguage: en\ntargetLanguages: [ru]\n');
    writeFileSync(join(p, 'content', 'en', 'a.md'), 'The talks began in 1933.\n');
    symlinkSync(join(parent, 'secret.md'), join(p, 'content', 'ru', 'a.md'));
    const config = loadConfig({ cwd: p, file: 'custom.yaml' });
    const pairs = resolveFileSet([], config, p);
    const { files } = await checkFilesCached(pairs, {
      severities: RULE_DEFAULTS,
      cache: new CheckCache(undefined),
      glossary: 'none',
      resources: { glossaryDir: undefined },
      root: config.root,
    });
    const text = files.flatMap((f) => f.messages.map((m) => m.message)).join('\n');
    expect(text).toMatch(/Refusing to read/);
    expect(text).not.toContain('1999');
  });
});
