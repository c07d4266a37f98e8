import type { MessageKey } from '../translate.js';

/** A typography problem in a text: span, message key, what was found and what is expected. */
export interface TypographyIssue {
  start: number;
  end: number;
  key: MessageKey;
  actual: string;
  expected: string;
  /** More values for the message (`mark`, `language`). */
  values?: Record<string, string>;
}

/** A no-break space or a narrow no-break space. */
export const SPACE_OK = /^[\u00a0\u202f]$/;
export const NBSP = '\u00a0';
export const NNBSP = '\u202f';
