import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/** `../shared` beside the checkout: read at test time, never copied in. */
export const sharedRoot = join(repoRoot, '..', 'shared');
export const corporaRoot = join(sharedRoot, 'corpora');

/** Markdown files (sorted) directly in a folder. */
export function markdownFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => join(dir, f));
}

/** Every Markdown file the round-trip invariants are checked on: content/ and two corpora. */
export function realMarkdownFiles(): string[] {
  const dirs = [
    join(repoRoot, 'content', 'en'),
    join(repoRoot, 'content', 'ru'),
    ...['en', 'ru'].flatMap((l) => [join(corporaRoot, 'md-12factor', l), join(corporaRoot, 'md-opensource-guide', l)]),
  ];
  return dirs.flatMap((d) => {
    try {
      return markdownFiles(d);
    } catch {
      return [];
    }
  });
}
