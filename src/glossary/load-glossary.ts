import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isSeq, type Node as YamlNode } from 'yaml';
import { InputError } from '../errors.js';
import { readProjectFile } from '../util/project-file.js';
import { decodeDocument } from '../util/read-document.js';
import { describeNode, parseYaml, placeOf } from '../util/read-yaml.js';
import type { Glossary, GlossaryEntry } from './types.js';
import { validateEntry } from './validate-entry.js';

/**
 * Load and validate every `*.yaml` / `*.yml` file of a glossary folder (sorted by name).
 * The forms file and other non-YAML files are ignored. Files are decoded as documents are:
 * a NUL byte or invalid UTF-8 is refused with its place, a leading byte-order mark is dropped.
 *
 * @param dir the glossary folder, e.g. `glossary`
 * @returns the entries of all files, in order, and a hash of each file
 * @throws InputError (file:line:column, expected, found) on binary or non-UTF-8 text, bad YAML, a bad entry or an id used twice
 * @example loadGlossary('glossary').entries.find((e) => e.id === 'litvinov')?.targets.ru?.term // 'Литвинов'
 */
export function loadGlossary(dir: string): Glossary {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new InputError('Cannot load a glossary without its folder', { file: dir }, { expected: 'a folder of *.yaml files', actual: 'no such folder' });
  }
  const files = glossaryFiles(dir);
  const glossary: Glossary = { entries: [], sources: {} };
  const seen = new Map<string, GlossaryEntry>();
  for (const name of files) {
    const file = join(dir, name);
    const bytes = readProjectFile(file); // never a link out of the project, a device or a huge file
    glossary.sources[basename(file)] = sourceHash(bytes);
    for (const entry of parseGlossaryText(decodeDocument(bytes, file), file)) {
      const first = seen.get(entry.id);
      if (first) {
        const at = `${first.place.file}:${first.place.line ?? '?'}:${first.place.column ?? '?'}`;
        throw new InputError(`Unexpected duplicate id \`${entry.id}\`, expected ids unique across the glossary (first defined at ${at})`, entry.place, {
          expected: 'a unique id',
          actual: `\`${entry.id}\` again`,
        });
      }
      seen.set(entry.id, entry);
      glossary.entries.push(entry);
    }
  }
  return glossary;
}

/** The glossary files of a folder (`*.yaml`, `*.yml`), sorted by name. */
function glossaryFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
}

function sourceHash(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/**
 * The hash of every glossary file of a folder, by file name, as {@link loadGlossary} records
 * them in `sources` — from the bytes alone, without parsing: enough to tell whether
 * `forms.json` was compiled from the files as they are now.
 *
 * @example glossarySources('glossary')['article.yaml'] // 'sha256:…'
 */
export function glossarySources(dir: string): Record<string, string> {
  const sources: Record<string, string> = {};
  for (const name of glossaryFiles(dir)) sources[name] = sourceHash(readProjectFile(join(dir, name)));
  return sources;
}

/**
 * Parse and validate the text of one glossary file: a YAML list of entries.
 *
 * @param text the YAML source
 * @param file the file name used in messages
 * @example parseGlossaryText('- id: x\n  kind: term\n  en: [x]\n  ru: { term: икс }', 'g.yaml')[0].id // 'x'
 */
export function parseGlossaryText(text: string, file: string): GlossaryEntry[] {
  // A byte-order mark is not YAML content (editors on Windows add one): positions stay the same.
  const src = parseYaml(text.replace(/^\uFEFF/, ''), file);
  const root = src.doc.contents;
  if (root === null) return [];
  if (!isSeq(root)) {
    throw new InputError(`Unexpected ${describeNode(root)}, expected a list of entries`, placeOf(src, root as YamlNode), {
      expected: 'a list of entries',
      actual: describeNode(root),
    });
  }
  const entries: GlossaryEntry[] = [];
  const ids = new Map<string, GlossaryEntry>();
  for (const item of root.items) {
    const entry = validateEntry(src, item);
    const first = ids.get(entry.id);
    if (first) {
      throw new InputError(`Unexpected duplicate id \`${entry.id}\`, expected ids unique across the glossary (first defined at line ${first.place.line ?? '?'})`, entry.place, {
        expected: 'a unique id',
        actual: `\`${entry.id}\` again`,
      });
    }
    ids.set(entry.id, entry);
    entries.push(entry);
  }
  return entries;
}
