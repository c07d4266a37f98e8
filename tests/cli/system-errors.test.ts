import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands.js';
import { describeError, describeSystemError, isSystemError } from '../../src/cli/describe-error.js';
import { runCli } from '../support/run-cli.js';

/** A system error as Node makes them (fs calls run as root ignore permission bits, so fabricate). */
function systemError(code: string, syscall: string, path?: string, dest?: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: some description, ${syscall}${path ? ` '${path}'` : ''}`);
  error.code = code;
  error.syscall = syscall;
  if (path !== undefined) error.path = path;
  if (dest !== undefined) (error as { dest?: string }).dest = dest;
  return error;
}

afterEach(() => {
  delete commands['throw-for-test'];
});

function throwing(error: unknown): void {
  commands['throw-for-test'] = async () => ({
    summary: 'throws',
    usage: 'throws',
    run: async () => {
      throw error;
    },
  });
}

describe('system errors end a command with the file, the action and a plain reason, exit 2, no stack', () => {
  it.each([
    ['EACCES', 'open', 'dist/en/a.html', 'diglot: dist/en/a.html: Cannot open: permission denied (EACCES)'],
    ['ENOSPC', 'write', 'dist/en/a.html', 'diglot: dist/en/a.html: Cannot write: no space left on the device (ENOSPC)'],
    ['EROFS', 'mkdir', 'dist', 'diglot: dist: Cannot create the folder: the file system is read-only (EROFS)'],
    ['EMFILE', 'open', 'content/en/a.md', 'diglot: content/en/a.md: Cannot open: too many open files in this process (EMFILE)'],
    ['EISDIR', 'open', 'content/en', 'diglot: content/en: Cannot open: it is a folder, expected a file (EISDIR)'],
    ['EWHATEVER', 'scandir', 'glossary', 'diglot: glossary: Cannot list the folder: some description (EWHATEVER)'],
  ])('%s', async (code, syscall, path, message) => {
    throwing(systemError(code, syscall, path));
    const { code: exit, stderr } = await runCli(['throw-for-test']);
    expect(exit).toBe(2);
    expect(stderr).toBe(`${message}\n`);
  });

  it('a failed atomic write names the file it was replacing', () => {
    expect(describeSystemError(systemError('EISDIR', 'rename', 'glossary/.forms.json.1.tmp', 'glossary/forms.json') as never)).toBe(
      'glossary/forms.json: Cannot replace it with glossary/.forms.json.1.tmp: it is a folder, expected a file (EISDIR)',
    );
  });

  it('a program that is not installed', () => {
    expect(describeSystemError(systemError('ENOENT', 'spawn xmllint', 'xmllint') as never)).toBe(
      'xmllint: Cannot run `xmllint`: no such file or folder (ENOENT)',
    );
  });

  it('a real one: a folder where glossary compile writes forms.json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diglot-syserr-'));
    mkdirSync(join(dir, 'glossary', 'forms.json'), { recursive: true });
    writeFileSync(join(dir, 'glossary', 'terms.yaml'), '- id: tass\n  kind: invariant\n  en: [TASS]\n  ru: { term: ТАСС }\n');
    writeFileSync(join(dir, 'diglot.config.yaml'), 'sourceLanguage: en\ntargetLanguages: [ru]\n');
    const { code, stderr } = await runCli(['glossary', 'compile'], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^diglot: \S*glossary\/forms\.json: Cannot replace it with \S+: it is a folder, expected a file \(EISDIR\)\n$/);
  });

  it('a genuine bug is still an internal error with its stack', async () => {
    throwing(new TypeError('x is undefined'));
    const { code, stderr } = await runCli(['throw-for-test']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^diglot: internal error: TypeError: x is undefined\n\s+at /);
  });

  it('a code without a system call or path is not taken for a system error', () => {
    const error = Object.assign(new Error('boom'), { code: 'ERR_SOMETHING' });
    expect(isSystemError(error)).toBe(false);
    expect(describeError(error)).toMatch(/^diglot: internal error: Error: boom/);
  });
});
