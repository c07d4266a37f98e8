/**
 * The translation status of a project as `diglot build` publishes it (`status.html`,
 * `status.json`) and as the banners of stale or partial translations show it.
 */

/** Where the date of a stale translation comes from. */
export type StaleDateOrigin = 'git' | 'recorded' | 'lock';

/**
 * Since when a translation is stale. `git`: the commit that first changed the English of a
 * stale pair after the version the pair was recorded from (the earliest such commit of the
 * document's stale pairs); `date` is its committer date. `recorded`: no git history says it,
 * and `date` is the earliest day the lock recorded a stale pair on (its `recorded`): the
 * English changed after it. `lock`: neither says it (a stale pair recorded before the lock
 * kept days), and `date` is the day the lock file was last written (its modification time),
 * the latest day the translation record was made.
 */
export interface StaleSince {
  from: StaleDateOrigin;
  /** `YYYY-MM-DD`: the committer's calendar day (git), the recorded day (recorded) or the lock file's day in UTC (lock). */
  date: string;
  /** The full commit hash (git only). */
  commit?: string;
  /** The commit's subject line (git only). */
  subject?: string;
}

/** The state of one translation of a document. */
export type TranslationState = 'translated' | 'stale' | 'partial' | 'missing' | 'unreadable';

/** One document in one target language. */
export interface LanguageStatus {
  lang: string;
  state: TranslationState;
  /** The translation file, relative to the project root (`/`-separated). */
  file: string;
  /** False when the document has no lock (or the lock has no pairs of this language): staleness is unknown. */
  locked: boolean;
  /** English units of the document. */
  units: number;
  /** English units whose translation was made from a different English text. */
  staleUnits: number;
  /** English units with no translation. */
  untranslatedUnits: number;
  /** Since when it is stale (absent when not stale, or when neither git nor the lock dates it). */
  since?: StaleSince;
  /** Findings at error level of `diglot check` on this translation (undefined when the check could not run). */
  errors?: number;
  /** The language page, relative to the output folder (absent when missing). */
  page?: string;
  /** The parallel edition with the source, relative to the output folder (absent when missing). */
  parallel?: string;
  /** Paths (`root/paragraph[3]`…) of the stale English units: the rows the parallel edition marks. */
  stalePaths: string[];
  /** Why an `unreadable` translation could not be read or aligned. */
  problem?: string;
}

/** One document. */
export interface DocumentStatus {
  slug: string;
  /** The English file, relative to the project root. */
  source: string;
  /** The English file's address: in the configured repository, else the Markdown copy in the output folder. */
  sourceHref: string;
  /** The English page, relative to the output folder. */
  sourcePage: string;
  languages: LanguageStatus[];
  /** Why the English could not be read (then `languages` is empty). */
  error?: string;
}

/** The totals of one target language. */
export interface LanguageTotals {
  lang: string;
  documents: number;
  translated: number;
  stale: number;
  partial: number;
  missing: number;
  unreadable: number;
  staleUnits: number;
  untranslatedUnits: number;
  /** Undefined when the check could not run. */
  errors?: number;
}

/** The status of a whole project. */
export interface ProjectStatus {
  sourceLanguage: string;
  targetLanguages: string[];
  documents: DocumentStatus[];
  totals: LanguageTotals[];
  /** Why findings are not counted (the check could not run), if so. */
  checkProblem?: string;
}
