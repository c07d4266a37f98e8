import { existsSync, readdirSync, statSync } from 'node:fs';
import { InputError } from '../errors.js';
import type { CheckResources } from './check-files-cached.js';
import type { AlignPair } from '../pair/open-pair.js';
import type { TermLookup } from './term-lookup.js';

/**
 * Where the resources of `diglot check` come from, as plain data (it is sent to worker threads,
 * which load their own copy).
 */
export interface ResourceSettings {
  /** The glossary folder (absolute), or undefined for no glossary (`--glossary none`). */
  glossaryDir: string | undefined;
  /**
   * The folder as given with `--glossary <dir>`, when it was: then a folder without glossary
   * entries is an input error naming it. Without it (the config's `glossaryDir`), a missing or
   * empty glossary means no terminology rules.
   */
  glossaryOption?: string | undefined;
}

/**
 * Load what checking needs that is expensive to load: the glossary index and the block aligner
 * (with glossary terms as anchors). The modules are imported here, so a run served wholly from
 * the cache loads none of them.
 *
 * @param settings the glossary folder, or none
 * @returns the term lookup (undefined without a glossary) and the aligner
 * @throws InputError when the glossary is invalid, or `--glossary <dir>` names a folder without entries
 * @example const { terms, align } = await loadCheckResources({ glossaryDir: '/repo/glossary' });
 */
export async function loadCheckResources(settings: ResourceSettings): Promise<CheckResources> {
  const terms = await loadTerms(settings);
  return { terms, align: await aligner(terms) };
}

async function loadTerms(settings: ResourceSettings): Promise<TermLookup | undefined> {
  if (settings.glossaryDir === undefined) return undefined;
  const { loadTermLookup } = await import('./term-lookup.js');
  const terms = await loadTermLookup(settings.glossaryDir);
  if (!terms && settings.glossaryOption !== undefined) {
    throw new InputError(
      'Cannot check terms without glossary files',
      { file: settings.glossaryOption },
      { expected: 'a folder of *.yaml glossary files', actual: 'no glossary entries' },
    );
  }
  return terms;
}

/** The aligner of every command (`pairAligner` of src/pair), with glossary terms as anchors. */
async function aligner(terms: TermLookup | undefined): Promise<AlignPair> {
  const [{ pairAligner }, { termAnchors }] = await Promise.all([import('../pair/open-pair.js'), import('../glossary/term-anchors.js')]);
  return pairAligner(terms ? termAnchors(terms.forms, terms.index, (text, lang) => terms.target(text, lang)) : undefined);
}

/**
 * Refuse `--glossary <dir>` when the folder does not exist or holds no `*.yaml` glossary file,
 * before anything is read from the cache: a mistyped folder must not pass the gate.
 *
 * @param option the folder as given on the command line
 * @param dir the same, absolute
 * @throws InputError naming the folder, with what was expected and found
 * @example expectGlossaryFolder('/nonexistent', '/nonexistent') // throws
 */
export function expectGlossaryFolder(option: string, dir: string): void {
  const found = !existsSync(dir)
    ? 'no such folder'
    : !statSync(dir).isDirectory()
      ? 'a file'
      : readdirSync(dir).some((f) => /\.ya?ml$/.test(f))
        ? undefined
        : 'a folder without *.yaml files';
  if (found) {
    throw new InputError(
      'Cannot check terms without glossary files',
      { file: option },
      { expected: 'a folder of *.yaml glossary files, or `--glossary none`', actual: found },
    );
  }
}
