import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lock } from '../../src/lock/types.js';
import { runCli } from '../support/run-cli.js';
import { TN_EN, TN_RU, translatorNotesProject } from '../support/translator-notes-project.js';

describe("diglot update keeps translator's notes", () => {
  it('the English sentence the note annotates changes: the pair goes stale, the note and its call stay, nothing is obsolete', async () => {
    const dir = translatorNotesProject();
    const ruPath = join(dir, TN_RU);
    const ruBefore = readFileSync(ruPath);
    const first = await runCli(['update'], dir);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/0 current, 0 stale, 7 new, 0 untranslated .* 0 obsolete \(first lock\)/);
    const lockPath = join(dir, 'content', 'recognition.lock.json');
    const lock = JSON.parse(readFileSync(lockPath, 'utf8')) as Lock;
    // The note is paired with nothing: seven English units, seven one-to-one pairs.
    expect(lock.targets['ru']?.pairs.map((p) => [p.source.length, p.target.length])).toEqual(Array.from({ length: 7 }, () => [1, 1]));
    const enPath = join(dir, TN_EN);
    writeFileSync(
      enPath,
      readFileSync(enPath, 'utf8').replace('Litvinov had lived in the United States since 1918.', 'Litvinov had lived in the United States from 1918 onwards.'),
    );
    const second = await runCli(['update'], dir);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/6 current, 1 stale, 0 new, 0 untranslated .* 0 obsolete/);
    expect(readFileSync(ruPath).equals(ruBefore)).toBe(true);
    const after = JSON.parse(readFileSync(lockPath, 'utf8')) as Lock;
    expect(after.targets['ru']?.pairs.map((p) => p.target)).toEqual(lock.targets['ru']?.pairs.map((p) => p.target));
    const check = await runCli(['check', '--glossary', 'none'], dir);
    expect(check.stdout).not.toMatch(/translator-note|extra-translation|markup-mismatch/);
    // Exported again, the stale unit still carries its note.
    const exported = await runCli(['export', TN_EN, '--format', 'po', '--state', 'stale', '--out', join(dir, 'stale.po')], dir);
    expect(exported.code, exported.stderr).toBe(0);
    expect(readFileSync(join(dir, 'stale.po'), 'utf8')).toMatch(
      /# \[\^tn1\]: В 1918\u00a0г\. .*\n#: content\/en\/recognition\.md:9 .*\n#\. paragraph root\/paragraph\[2\] \(stale\)/,
    );
  });
});
