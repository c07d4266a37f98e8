import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../support/paths.js';

/** The fixture pair of the scripted history. */
export const fixture = join(repoRoot, 'tests', 'fixtures', 'review-history');

/** A temporary git repository holding the fixture pair as `content/{en,ru}/brief.md`. */
export interface TempRepo {
  dir: string;
  git(...args: string[]): string;
  read(path: string): string;
  write(path: string, text: string): void;
  /** Replace `from` by `to` in a file, failing when `from` is absent. */
  edit(path: string, from: string, to: string): void;
  commit(message: string): void;
}

/** Create the repository (no commit yet). */
export function createRepo(): TempRepo {
  const dir = mkdtempSync(join(tmpdir(), 'diglot-review-'));
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
  git('init', '-q');
  git('config', 'user.email', 'test@example.org');
  git('config', 'user.name', 'Test');
  git('config', 'commit.gpgsign', 'false');
  const repo: TempRepo = {
    dir,
    git,
    read: (path) => readFileSync(join(dir, path), 'utf8'),
    write: (path, text) => {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    },
    edit: (path, from, to) => {
      const text = repo.read(path);
      if (!text.includes(from)) throw new Error(`${path} does not contain ${JSON.stringify(from)}`);
      repo.write(path, text.replace(from, to));
    },
    commit: (message) => {
      git('add', '-A');
      git('commit', '-q', '-m', message);
    },
  };
  repo.write('diglot.config.yaml', 'sourceLanguage: en\ntargetLanguages: [ru]\n');
  repo.write('content/en/brief.md', readFileSync(join(fixture, 'en.md'), 'utf8'));
  repo.write('content/ru/brief.md', readFileSync(join(fixture, 'ru.md'), 'utf8'));
  return repo;
}
