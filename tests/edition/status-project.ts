import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository (its real content, glossary and config are copied into throwaway projects). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SLUG = 'us-ussr-recognition-1933';
/** The English sentence edited, and what it becomes. */
export const BEFORE = 'continued for almost 16 years.';
export const AFTER = 'continued for almost sixteen years.';

/**
 * A throwaway copy of the real project (content/, glossary/, diglot.config.yaml with Russian as
 * the one target language), optionally a git repository with one commit of it, dated `date`.
 *
 * @returns the project folder
 */
export function copyProject(git: { date: string } | undefined): string {
  const dir = mkdtempSync(join(tmpdir(), 'diglot-status-'));
  for (const name of ['content', 'glossary', 'diglot.config.yaml']) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  // Russian only: the other translations of the repository are work in progress, and the tests count.
  const config = join(dir, 'diglot.config.yaml');
  writeFileSync(config, readFileSync(config, 'utf8').replace(/^targetLanguages:.*$/m, 'targetLanguages: [ru]'));
  if (git) {
    execFileSync('git', ['init', '-q'], { cwd: dir });
    commit(dir, 'Import the article', git.date);
  }
  return dir;
}

/** Commit everything, authored and committed at `date` (ISO 8601 with an offset). */
export function commit(dir: string, subject: string, date: string): string {
  const env = {
    ...process.env,
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 't@example.org',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 't@example.org',
  };
  execFileSync('git', ['add', '-A'], { cwd: dir, env });
  execFileSync('git', ['commit', '-q', '--no-gpg-sign', '-m', subject], { cwd: dir, env });
  return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
}

/** Edit one English paragraph (the sentence {@link BEFORE} must be there). */
export function editEnglish(dir: string): void {
  const file = join(dir, 'content/en', `${SLUG}.md`);
  const text = readFileSync(file, 'utf8');
  if (!text.includes(BEFORE)) throw new Error(`the test sentence \`${BEFORE}\` is no longer in ${file}`);
  writeFileSync(file, text.replace(BEFORE, AFTER));
}
