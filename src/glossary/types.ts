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
  /** Forms added by hand; they always count as approved, and are declined like the term when the dictionary reads them. */
  forms: string[];
  /** Other approved renderings, each approved only where its condition holds (`renderings:`). */
  renderings?: ConditionalRendering[];
  /** `singular`: no plural paradigm (as OpenCorpora's `Sgtm`); `plural`: plural only (`Pltm`). */
  number?: 'singular' | 'plural';
}

/**
 * Where a conditional rendering (or a context-restricted English trigger) applies; every key
 * given must hold.
 */
export interface RenderingCondition {
  /** In footnote definitions (`notes`) or outside them (`body`). */
  in?: 'notes' | 'body';
  /** `note-start`: the rendering opens a footnote definition (Op. cit. meaning ibid.). */
  at?: 'note-start';
  /** `name`: right after a person's name (`Иванян Э.\u00A0А.`, or a glossary person). */
  after?: 'name';
  /** Right before one of these words (compared as the matcher compares words). */
  before?: string[];
  /** The grammatical cases the rendering is approved in (OpenCorpora grammemes). */
  case?: string[];
}

/** An approved rendering with a condition (`renderings: [{ term, when }]`). */
export interface ConditionalRendering {
  term: string;
  when: RenderingCondition;
}

/** One concept of the glossary. */
export interface GlossaryEntry {
  id: string;
  kind: EntryKind;
  /** English forms that trigger the check. */
  en: string[];
  /** English forms that trigger only in a context, by form (they are in `en` too). */
  enWhen?: Record<string, RenderingCondition>;
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
  /** Hand-added form → the forms declined from it (all in `approved`); absent when none was declined. */
  hand?: Record<string, string[]>;
  /** Conditional renderings: each with its condition and its own approved forms (not in `approved`). */
  renderings?: CompiledRendering[];
  /**
   * Coordinated forms with a shared noun (`Временного правительств` of `царского и Временного
   * правительств`): the form → the approved singular form it stands for.
   */
  coordinated?: Record<string, string>;
  /** Notes for a human: words the dictionary does not know, terms without a head noun. */
  review?: string[];
}

/** A conditional rendering, compiled. */
export interface CompiledRendering {
  term: string;
  when: RenderingCondition;
  approved: Record<string, FormTag[]>;
}

/** Compiled forms of one entry. */
export interface CompiledEntry {
  kind: EntryKind;
  en: string[];
  /** English forms that trigger only in a context. */
  enWhen?: Record<string, RenderingCondition>;
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
  /** The hit is a form of a conditional rendering: approved only where this holds (see `rendering-context`). */
  when?: RenderingCondition;
  /** The rendering (nominative) the form belongs to: the term, a hand form, or a conditional rendering. */
  rendering?: string;
  /** Found as one conjunct of a coordinated phrase with a shared noun (`царского и Временного правительств`). */
  coordinated?: boolean;
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
  /** The trigger counts only in this context (`en: [{ form, when }]`). */
  when?: RenderingCondition;
}
