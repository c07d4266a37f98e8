import type { FilePair } from '../check/resolve-file-set.js';
import type { DiglotConfig } from '../config/load-config.js';
import { DEFAULT_CATEGORY } from './format-sarif.js';
import { repositoryRoot } from './repository-path.js';
import type { ReportOptions } from './report-types.js';
import { readToolPackage } from './tool-docs.js';

/**
 * What the CI formats need besides the findings, from the run of `diglot check`: the repository
 * root (nearest `.git` above the project; the project folder outside git), the target language
 * of every pair (keyed by the target's reported name), the SARIF category (`diglot/<lang>/` with
 * `--lang`, else `diglot/`), the configured `repositoryUrl`, and diglot's version and
 * documentation address from its package.json.
 *
 * @param name how the run names a file in its report (the `name` given to `checkFilesCached`)
 * @example formatReport(files, 'sarif', { lang, cwd, ...ciReportOptions(pairs, config, 'ru', name) })
 */
export function ciReportOptions(
  pairs: readonly FilePair[],
  config: Pick<DiglotConfig, 'root' | 'repositoryUrl'>,
  target: string | undefined,
  name: (path: string) => string,
): Omit<ReportOptions, 'lang' | 'cwd'> {
  const tool = readToolPackage();
  return {
    root: repositoryRoot(config.root) ?? config.root,
    targetLanguages: new Map(pairs.map((pair) => [name(pair.target), pair.targetLang])),
    category: target ? `diglot/${target}/` : DEFAULT_CATEGORY,
    repositoryUrl: config.repositoryUrl,
    docs: tool.docs,
    ...(tool.version ? { version: tool.version } : {}),
  };
}
