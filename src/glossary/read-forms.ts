import { existsSync, lstatSync } from 'node:fs';
import { InputError } from '../errors.js';
import { readDocument } from '../util/read-document.js';
import type { FormsFile } from './types.js';

/**
 * Read a compiled forms file (`glossary/forms.json`).
 *
 * @throws InputError when the file is missing (run `diglot glossary compile`) or not a forms file
 * @example buildTermIndex(readForms('glossary/forms.json'))
 */
export function readForms(path: string): FormsFile {
  if (!existsSync(path) && !isLink(path)) {
    throw new InputError('Cannot match terms without the forms file; run `diglot glossary compile`', { file: path }, { expected: 'a compiled forms file', actual: 'no such file' });
  }
  const text = readDocument(path);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`Invalid JSON: ${(error as Error).message}`, { file: path }, { expected: 'JSON', actual: 'a syntax error' });
  }
  const forms = data as Partial<FormsFile> | null;
  if (!forms || forms.format !== 'diglot-glossary-forms/1' || typeof forms.entries !== 'object' || forms.entries === null) {
    throw new InputError('Unexpected content, expected a diglot forms file (`"format": "diglot-glossary-forms/1"`)', { file: path }, {
      expected: 'diglot-glossary-forms/1',
      actual: String(forms?.format ?? typeof data),
    });
  }
  return forms as FormsFile;
}

/** A dangling link is read (and refused, naming the link) rather than reported as missing. */
function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
