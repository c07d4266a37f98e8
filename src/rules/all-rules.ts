import type { Rule } from '../check/create-rule.js';
import { codeMismatch } from './code-mismatch.js';
import { extraTranslation } from './extra-translation.js';
import { markupMismatch } from './markup-mismatch.js';
import { missingTranslation } from './missing-translation.js';
import { mixedScript } from './mixed-script.js';
import { numberMismatch } from './number-mismatch.js';
import { segmentInconsistent } from './segment-inconsistent.js';
import { spelling } from './spelling.js';
import { termForbidden } from './term-forbidden.js';
import { termInconsistent } from './term-inconsistent.js';
import { termMissing } from './term-missing.js';
import { translatorNote } from './translator-note.js';
import { typography } from './typography.js';
import { untranslated } from './untranslated.js';

/** Every content rule of `diglot check`, in report order. */
export const allRules: readonly Rule[] = [
  termMissing,
  termForbidden,
  termInconsistent,
  segmentInconsistent,
  numberMismatch,
  markupMismatch,
  codeMismatch,
  untranslated,
  missingTranslation,
  extraTranslation,
  translatorNote,
  typography,
  mixedScript,
  spelling,
];
