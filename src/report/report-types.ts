import type { VFile } from 'vfile';
import type { ReportLanguage } from '../check/translate.js';
import type { ToolDocs } from './tool-docs.js';

/** Output formats of `diglot check`. */
export const REPORT_FORMATS = ['text', 'json', 'sarif', 'github', 'gitlab'] as const;

export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** What every format receives. */
export interface ReportOptions {
  /** Language of the interface strings. */
  lang: ReportLanguage;
  /** Paths are printed relative to this folder (text and JSON); reported paths that are relative are relative to it. */
  cwd: string;
  /**
   * The repository root: paths in the CI formats (github, gitlab, sarif) are relative to it, as
   * GitHub and GitLab expect (`repositoryRoot`; default `cwd`).
   */
  root?: string | undefined;
  /**
   * The target language of each checked file, keyed by the file's path as reported (`VFile.path`):
   * fingerprints, SARIF results and the SARIF category carry it. Every pair of the run is in it,
   * also those without findings.
   */
  targetLanguages?: ReadonlyMap<string, string> | undefined;
  /** Web address of the content repository (config `repositoryUrl`): SARIF `versionControlProvenance`. */
  repositoryUrl?: string | undefined;
  /** Where diglot's own documentation is (`toolDocs`); without it, reports link to none. */
  docs?: ToolDocs | undefined;
  /** SARIF `automationDetails.id`: `diglot/<lang>/` for a run of one target language (`--lang`), else `diglot/`. */
  category?: string | undefined;
  /** Tool version for SARIF (left out when unknown). */
  version?: string;
}

export type Formatter = (files: readonly VFile[], options: ReportOptions) => string;
