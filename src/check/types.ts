/**
 * The data model of `diglot check`: one English/Russian document pair, the unit pairs the
 * rules walk, and the findings a rule reports (turned into vfile messages by `createRule`).
 */
import type { OpenedDocument, UnitPair } from '../pair/types.js';
import type { Unit } from '../segment/types.js';
import type { MessageKey, MessageValues } from './translate.js';
import type { TermLookup } from './term-lookup.js';

/** Every rule id diglot reports, including the engine's own (`suppression`, `unreadable-file`, `internal-error`). */
export const RULE_IDS = [
  'term-missing',
  'term-forbidden',
  'term-inconsistent',
  'segment-inconsistent',
  'number-mismatch',
  'markup-mismatch',
  'code-mismatch',
  'untranslated',
  'missing-translation',
  'extra-translation',
  'translator-note',
  'typography',
  'mixed-script',
  'spelling',
  'suppression',
  'unreadable-file',
  'internal-error',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/** One side of a pair as the rules see it: the document opened (`openDocument`, src/pair). */
export type DocumentSide = OpenedDocument;

export type { UnitPair };

/** What every rule receives. */
export interface CheckContext {
  source: DocumentSide;
  target: DocumentSide;
  pairs: readonly UnitPair[];
  /** The glossary, or undefined with `--glossary none` / no glossary folder. */
  terms: TermLookup | undefined;
}

/** A finding as a rule reports it; the rule factory turns it into a vfile message. */
export interface Finding {
  /** Interface string of the message (`message.*`) and its values. */
  key: MessageKey;
  values?: MessageValues;
  /** The Russian unit the finding is on (the file's first line when absent). */
  unit?: Unit;
  /** Span in the unit's plain text (placeholders removed), end exclusive; the whole unit when absent. */
  span?: readonly [number, number];
  /** Put the message on this inline code of the unit (its Markdown in the source). */
  codeId?: number;
  /** Put the message at the end of the unit instead of its start (a gap after it). */
  atEnd?: boolean;
  expected?: string | readonly string[];
  actual?: string;
  /** The English unit behind the finding (becomes `cause`, a related location). */
  english?: Unit;
}
