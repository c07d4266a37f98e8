import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { compileGlossary } from './compile-glossary.js';
import { glossarySources, loadGlossary } from './load-glossary.js';
import { readForms } from './read-forms.js';
import type { FormsFile, Glossary } from './types.js';

/** The name of the forms file inside the glossary folder. */
export const FORMS_FILE = 'forms.json';

/**
 * The forms to match with: `<dir>/forms.json` when it was compiled from the glossary files as
 * they are now (same hashes), else a fresh in-memory compile (`stale: true`; the caller may say
 * "run `diglot glossary compile`").
 *
 * @param dir the glossary folder
 * @example const { forms, stale } = await resolveForms('glossary')
 */
export async function resolveForms(dir: string, glossary: Glossary = loadGlossary(dir)): Promise<{ glossary: Glossary; forms: FormsFile; stale: boolean }> {
  const path = join(dir, FORMS_FILE);
  if (existsSync(path)) {
    const forms = readForms(path);
    if (sameSources(forms.sources, glossary.sources)) return { glossary, forms, stale: false };
  }
  return { glossary, forms: await compileGlossary(glossary), stale: true };
}

/**
 * `<dir>/forms.json` when it was compiled from the glossary files as they are now, found by
 * hashing the files without parsing them (the files were valid when compiled); undefined when
 * it is missing, unreadable or stale — then {@link resolveForms} compiles and reports problems.
 *
 * @example currentForms('glossary')?.entries['litvinov']
 */
export function currentForms(dir: string): FormsFile | undefined {
  const path = join(dir, FORMS_FILE);
  if (!existsSync(path)) return undefined;
  try {
    const forms = readForms(path);
    return sameSources(forms.sources, glossarySources(dir)) ? forms : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The forms a glossary folder matches with, for check and build: the current `forms.json`
 * without parsing any YAML ({@link currentForms}); else the glossary is loaded and validated
 * (an invalid file is an InputError) and resolved by {@link resolveForms} (compiled in memory
 * when `forms.json` is stale: `stale: true`). Undefined when the folder is missing or holds no
 * entries.
 *
 * @example const { forms } = (await loadForms('glossary')) ?? {};
 */
export async function loadForms(dir: string): Promise<{ forms: FormsFile; stale: boolean } | undefined> {
  if (!existsSync(dir)) return undefined;
  const current = currentForms(dir);
  if (current) return Object.keys(current.entries).length > 0 ? { forms: current, stale: false } : undefined;
  const glossary = loadGlossary(dir);
  if (glossary.entries.length === 0) return undefined;
  const { forms, stale } = await resolveForms(dir, glossary);
  return { forms, stale };
}

function sameSources(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a[k] === b[k]);
}
