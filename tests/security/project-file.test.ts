import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findArticles } from '../../src/edition/find-articles.js';
import { InputError } from '../../src/errors.js';
import { readProjectFile } from '../../src/util/project-file.js';
import { readDocument } from '../../src/util/read-document.js';

/** A project folder (with a config) holding `content/en/`, and a folder outside it with a secret. */
function setup(): { root: string; en: string; outside: string } {
  const root = mkdtempSync(join(tmpdir(), 'diglot-pf-'));
  writeFileSync(join(root, 'diglot.config.yaml'), 'sourceLanguage: en\n');
  const en = join(root, 'content', 'en');
  mkdirSync(en, { recursive: true });
  const outside = mkdtempSync(join(tmpdir(), 'diglot-pf-outside-'));
  writeFileSync(join(outside, 'secret.md'), 'SECRET\n');
  return { root, en, outside };
}

const refusal = (fn: () => unknown): InputError => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected a refusal');
};

describe('readProjectFile / readDocument: nothing outside the project is read', () => {
  it('refuses a symbolic link to a file outside the project, naming the file and where it points', () => {
    const { en, outside } = setup();
    symlinkSync(join(outside, 'secret.md'), join(en, 'a.md'));
    symlinkSync('/etc/passwd', join(en, 'passwd.md'));
    const error = refusal(() => readDocument(join(en, 'a.md'), 'content/en/a.md'));
    expect(error.toString()).toBe(
      `content/en/a.md: Refusing to read \`content/en/a.md\`: it is a symbolic link to \`${join(outside, 'secret.md')}\`, outside the project folder \`${join(en, '..', '..')}\``,
    );
    expect(refusal(() => readDocument(join(en, 'passwd.md'))).message).toContain('symbolic link to `/etc/passwd`');
  });

  it('refuses a file reached through a symbolic link to a folder outside the project', () => {
    const { root, outside } = setup();
    symlinkSync(outside, join(root, 'content', 'ru'));
    expect(refusal(() => readDocument(join(root, 'content', 'ru', 'secret.md'))).message).toMatch(
      /through the symbolic link `.*content\/ru` \(→ `.*`\) to `.*secret\.md`, outside the project folder/,
    );
    // Discovery does not list the names in such a folder either.
    expect(() =>
      findArticles({
        root,
        file: undefined,
        sourceLanguage: 'ru',
        targetLanguages: ['en'],
        contentDir: join(root, 'content'),
        glossaryDir: join(root, 'glossary'),
        outputDir: join(root, 'dist'),
        rules: {},
      }),
    ).toThrow(/Refusing to read/);
  });

  it('refuses devices, /proc, FIFOs and folders without reading them', () => {
    const { en } = setup();
    symlinkSync('/dev/zero', join(en, 'zero.md'));
    symlinkSync('/proc/self/environ', join(en, 'environ.md'));
    execFileSync('mkfifo', [join(en, 'fifo.md')]);
    mkdirSync(join(en, 'folder.md'));
    expect(refusal(() => readDocument(join(en, 'zero.md'))).message).toMatch(/symbolic link to `\/dev\/zero`, a system file/);
    expect(refusal(() => readDocument(join(en, 'environ.md'))).message).toMatch(/a system file/);
    expect(refusal(() => readDocument(join(en, 'fifo.md'))).message).toMatch(/it is a FIFO \(named pipe\), not a regular file/);
    expect(refusal(() => readDocument(join(en, 'folder.md'))).message).toMatch(/it is a folder, not a regular file/);
    // Without a project root given, /dev/zero named directly is refused as well.
    expect(refusal(() => readProjectFile('/dev/zero')).message).toMatch(/a system file/);
  });

  it('follows a symbolic link that stays inside the project to a regular file', () => {
    const { root, en } = setup();
    mkdirSync(join(root, 'shared'));
    writeFileSync(join(root, 'shared', 'x.md'), 'Shared text.\n');
    symlinkSync('../../shared/x.md', join(en, 'x.md'));
    expect(readDocument(join(en, 'x.md'))).toBe('Shared text.\n');
    expect(readProjectFile(join(en, 'x.md'), { roots: [root] }).toString()).toBe('Shared text.\n');
  });

  it('refuses a file larger than the limit, and a loop of links', () => {
    const { en } = setup();
    writeFileSync(join(en, 'big.md'), 'x'.repeat(11));
    expect(readProjectFile(join(en, 'big.md'), { limit: 11 }).length).toBe(11);
    expect(refusal(() => readProjectFile(join(en, 'big.md'), { limit: 10 })).message).toMatch(/larger than the limit of 10 bytes/);
    symlinkSync(join(en, 'loop2.md'), join(en, 'loop1.md'));
    symlinkSync(join(en, 'loop1.md'), join(en, 'loop2.md'));
    expect(refusal(() => readDocument(join(en, 'loop1.md'))).message).toMatch(/loop/);
  });

  it('honours DIGLOT_MAX_DOCUMENT_BYTES', () => {
    const { en } = setup();
    writeFileSync(join(en, 'a.md'), 'x'.repeat(100));
    process.env['DIGLOT_MAX_DOCUMENT_BYTES'] = '50';
    try {
      expect(refusal(() => readDocument(join(en, 'a.md'))).message).toMatch(/limit of 50 bytes/);
    } finally {
      delete process.env['DIGLOT_MAX_DOCUMENT_BYTES'];
    }
    expect(readDocument(join(en, 'a.md'))).toHaveLength(100);
  });
});
