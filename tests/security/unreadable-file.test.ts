import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crashFile } from '../../src/check/crash-file.js';
import { createTranslate } from '../../src/check/translate.js';
import { InputError } from '../../src/errors.js';
import { runCli } from '../support/run-cli.js';
import { smallProject } from './project.js';

describe('a file check refuses or cannot read is `unreadable-file`, not an internal error', () => {
  it('a link to /dev/zero, a link outside, a FIFO and a binary file: each on its own file, at error, even with the rule set off', async () => {
    const dir = smallProject(['a', 'b', 'c', 'd', 'e']);
    const outside = mkdtempSync(join(tmpdir(), 'diglot-unreadable-outside-'));
    writeFileSync(join(outside, 'secret.md'), 'OUTSIDE-TEXT\n');
    symlinkSync('/dev/zero', join(dir, 'content', 'ru', 'zero.md'));
    writeFileSync(join(dir, 'content', 'en', 'zero.md'), '# Z\n\nText.\n');
    for (const [slug, make] of [
      ['b', (path: string) => symlinkSync(join(outside, 'secret.md'), path)],
      ['c', (path: string) => execFileSync('mkfifo', [path])],
      ['d', (path: string) => writeFileSync(path, Buffer.from('# A\u0000B\n'))],
    ] as const) {
      execFileSync('rm', [join(dir, 'content', 'ru', `${slug}.md`)]);
      make(join(dir, 'content', 'ru', `${slug}.md`));
    }
    // The English of e is the binary one: the finding is on the English file.
    writeFileSync(join(dir, 'content', 'en', 'e.md'), Buffer.from('# E\u0000\n'));
    for (const config of ['sourceLanguage: en\ntargetLanguages: [ru]\n', 'sourceLanguage: en\ntargetLanguages: [ru]\nrules:\n  unreadable-file: off\n']) {
      writeFileSync(join(dir, 'diglot.config.yaml'), config);
      const { code, stdout } = await runCli(['check', '--no-cache', '--glossary', 'none'], dir);
      expect(code).toBe(1);
      expect(stdout).not.toContain('internal-error');
      expect(stdout).not.toContain('OUTSIDE-TEXT');
      expect(stdout).toMatch(
        /^content\/ru\/zero\.md:1:1: error unreadable-file(?: \([a-z]+\))?: Cannot check this file: content\/ru\/zero\.md: Refusing to read `content\/ru\/zero\.md`: it is a symbolic link to `\/dev\/zero`, a system file/m,
      );
      expect(stdout).toMatch(/^content\/ru\/b\.md:1:1: error unreadable-file(?: \([a-z]+\))?: .*symbolic link to `.*secret\.md`, outside the project folder/m);
      expect(stdout).toMatch(/^content\/ru\/c\.md:1:1: error unreadable-file(?: \([a-z]+\))?: .*it is a FIFO \(named pipe\), not a regular file/m);
      expect(stdout).toMatch(/^content\/ru\/d\.md:1:1: error unreadable-file(?: \([a-z]+\))?: .*Expected a text file, found a NUL byte/m);
      expect(stdout).toMatch(/^content\/en\/e\.md:1:1: error unreadable-file(?: \([a-z]+\))?: .*Expected a text file, found a NUL byte/m);
      expect(stdout).not.toMatch(/^content\/(ru\/a|ru\/e)\.md/m); // the readable pair is checked and clean
      expect(stdout).toContain('5 problems (5 at error level, 0 warnings)');
    }
  });

  it('a crash is still `internal-error`; an InputError is `unreadable-file` on the file it names, at its place', () => {
    const t = createTranslate('en');
    const crash = crashFile('content/ru/a.md', new TypeError('x is undefined'), t).messages[0];
    expect(crash).toMatchObject({
      ruleId: 'internal-error',
      fatal: true,
      file: 'content/ru/a.md',
      reason: 'Cannot check this file: TypeError: x is undefined',
    });
    const input = crashFile('content/ru/a.md', new InputError('Invalid YAML front matter: bad', { file: 'content/en/a.md', line: 2, column: 8 }), t)
      .messages[0];
    expect(input).toMatchObject({
      ruleId: 'unreadable-file',
      fatal: true,
      file: 'content/en/a.md',
      line: 2,
      column: 8,
      reason: 'Cannot check this file: content/en/a.md:2:8: Invalid YAML front matter: bad',
    });
  });
});
