import type { VFile } from 'vfile';
import type { ReportLanguage } from '../check/translate.js';

/** Output formats of `diglot check`. */
export const REPORT_FORMATS = ['text', 'json', 'sarif'] as const;

export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** What every format receives. */
export interface ReportOptions {
  /** Language of the interface strings. */
  lang: ReportLanguage;
  /** Paths are printed relative to this folder (SARIF URIs too). */
  cwd: string;
  /** Tool version for SARIF. */
  version?: string;
}

export type Formatter = (files: readonly VFile[], options: ReportOptions) => string;
