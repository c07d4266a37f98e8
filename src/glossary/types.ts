/**
 * The data model of the glossary: entries as written in `glossary/*.yaml`, the compiled forms
 * file (`glossary/forms.json`) and the hits the matcher reports.
 */
import type { ErrorPlace } from '../errors.js';

/** What an entry names: a person (declined by name rules), a term (declined by dictionary), an invariant (never declined). */
export type EntryKind = 'person' | 'term' | 'invariant';

export type Gender = 'male' | 'female';

/** One target language of an entry (`ru:`). */
export interface TargetRendering {
  /** Approved rendering, nominative; for persons the surname. */
  term: string;
  /** Persons: first name and patronymic (optional). */
  given?: string;
  patronymic?: string;
  /** Persons: initials form with no-break spaces, e.g. `М.\u00A0М.\u00A0Литвинов`. */
  initials?: string;
  gender?: Gender;
  /** Variants to flag, in any inflection. */
  forbidden: string[];
  /** Forms added by hand; they always count as approved. */
  forms: string[];
}

/** One concept of the glossary. */
export interface GlossaryEntry {
  id: string;
  kind: EntryKind;
  /** English forms that trigger the check. */
  en: string[];
  /** Target language → rendering. */
  targets: Record<string, TargetRendering>;
  note?: string;
  /** Where the entry starts (for messages). */
  place: ErrorPlace;
}

/** A loaded glossary: entries of every file, in file order; file name → sha256 of its bytes. */
export interface Glossary {
  entries: GlossaryEntry[];
  sources: Record<string, string>;
}

/** Grammemes of a form: `"<case> <number>"`, e.g. `"gent sing"`; hand-added forms carry none. */
export type FormTag = string;

/** Compiled forms of one entry in one target language. */
export interface CompiledTarget {
  /** Surface form → the case/number tags it can stand for. */
  approved: Record<string, FormTag[]>;
  forbidden: Record<string, FormTag[]>;
  /** Notes for a human: words the dictionary does not know, terms without a head noun. */
  review?: string[];
}

/** Compiled forms of one entry. */
export interface CompiledEntry {
  kind: EntryKind;
  en: string[];
  targets: Record<string, CompiledTarget>;
}

/** The forms file (`glossary/forms.json`). */
export interface FormsFile {
  format: 'diglot-glossary-forms/1';
  /** Glossary file → `sha256:<hex>` of its bytes when compiled (stale check). */
  sources: Record<string, string>;
  entries: Record<string, CompiledEntry>;
}

/** A glossary form found in target-language text. Offsets are UTF-16 indices into the given text, end exclusive. */
export interface TermHit {
  kind: 'term';
  entryId: string;
  /** The form of the forms file that matched. */
  form: string;
  start: number;
  end: number;
  status: 'approved' | 'forbidden';
  /** Case and number of the matched form (first reading), when known. */
  case?: string;
  number?: string;
  /** Every reading of the form, e.g. `["gent sing", "accs sing"]`. */
  tags: FormTag[];
}

/** A token that mixes Cyrillic and Latin letters (a Latin `o` inside `Литвинов`). */
export interface MixedScriptHit {
  kind: 'mixedScript';
  start: number;
  end: number;
  /** The token as written. */
  token: string;
  /** The Latin letters found in it. */
  latin: string;
  /** The entry whose form the token spells once Latin look-alikes are read as Cyrillic. */
  entryId?: string;
  form?: string;
  status?: 'approved' | 'forbidden';
}

export type MatchHit = TermHit | MixedScriptHit;

/** An English glossary form found in source text. */
export interface EnglishHit {
  entryId: string;
  form: string;
  start: number;
  end: number;
}
