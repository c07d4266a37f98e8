import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './paths.js';

/** The translator's-notes fixture: an English paragraph with an author's note, its Russian translation with a translator's note. */
export const TN_FIXTURE = join(repoRoot, 'tests', 'fixtures', 'translator-notes');
export const TN_EN = 'content/en/recognition.md';
export const TN_RU = 'content/ru/recognition.md';

/** A scratch copy of the fixture project. */
export function translatorNotesProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'diglot-tn-'));
  cpSync(TN_FIXTURE, dir, { recursive: true });
  return dir;
}

/** A file of the fixture, as text. */
export function fixtureText(path: string): string {
  return readFileSync(join(TN_FIXTURE, path), 'utf8');
}
