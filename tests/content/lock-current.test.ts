import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { repoRoot } from '../support/paths.js';

describe('the checked-in lock of the article', () => {
  it('is current: no stale, edited, new or glossary-changed pair (run `diglot lock` after editing content)', async () => {
    const { code, stdout, stderr } = await runCli(['lock', '--check'], repoRoot);
    expect(stdout + stderr).not.toMatch(/lock-(stale|edited|new|glossary-changed|missing|untranslated|unaligned)/);
    expect(code).toBe(0);
  });

  it('and the article passes `diglot check --frail`', async () => {
    const { code, stdout } = await runCli(['check', '--frail'], repoRoot);
    expect(stdout).toMatch(/No problems found/);
    expect(code).toBe(0);
  });
});
