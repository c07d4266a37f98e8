import { tokenizeText } from './tokenize-text.js';
import type { RenderingCondition } from './types.js';

/** Where a hit stands: its text (a unit's plain text), its span, and whether the unit is a footnote definition. */
export interface RenderingPlace {
  /** The text the hit was found in; offsets below refer to it. */
  text: string;
  start: number;
  end: number;
  /** The text is (a part of) a footnote definition. */
  inNote: boolean;
  /** Where the unit's own text starts in `text` (joined texts hold several units); 0 by default. */
  unitStart?: number;
  /** Language of the text, for comparing words (`before`). */
  lang: string;
  /** The readings of the matched form (`"ablt plur"`), for `case`. */
  tags?: readonly string[];
  /** Whether a person's name (a glossary person) ends at this offset, spaces before the hit aside. */
  personEndsAt?: (offset: number) => boolean;
}

/** A surname and one or two initials just before the hit: `Иванян Э.\u00A0А. `, `Маныкин А. С., `. */
const NAME_WITH_INITIALS = /\p{Lu}[\p{Ll}\p{M}-]+[\s\u00A0]+(?:\p{Lu}\p{Ll}?\.[\s\u00A0]*){1,2}$/u;

/**
 * Whether a conditional rendering (or a context-restricted English trigger) is approved where
 * it stands: every key of the condition must hold. `in: notes` — in a footnote definition;
 * `in: body` — outside them; `at: note-start` — nothing but punctuation before it in its
 * footnote definition (Op. cit. meaning ibid.); `after: name` — right after a surname with
 * initials or a glossary person; `before: [words]` — right before one of the words; `case` —
 * a reading of the matched form has one of the cases (invariant forms carry none and pass).
 *
 * @example conditionHolds({ at: 'note-start' }, { text: 'Там же. С. 425.', start: 0, end: 6, inNote: true, lang: 'ru' }) // true
 */
export function conditionHolds(when: RenderingCondition, place: RenderingPlace): boolean {
  if (when.in === 'notes' && !place.inNote) return false;
  if (when.in === 'body' && place.inNote) return false;
  if (when.at === 'note-start' && !(place.inNote && !/[\p{L}\p{N}]/u.test(stripPlaceholders(place.text.slice(place.unitStart ?? 0, place.start))))) return false;
  if (when.after === 'name' && !afterName(place)) return false;
  if (when.before && !beforeOneOf(when.before, place)) return false;
  if (when.case && place.tags && place.tags.length > 0 && !place.tags.some((tag) => when.case?.includes(tag.split(' ')[0] as string))) return false;
  return true;
}

function afterName(place: RenderingPlace): boolean {
  const before = stripPlaceholders(place.text.slice(place.unitStart ?? 0, place.start));
  if (NAME_WITH_INITIALS.test(before)) return true;
  const trimmed = place.text.slice(0, place.start).replace(/[\s\u00A0]+$/u, '');
  return place.personEndsAt?.(trimmed.length) ?? false;
}

function beforeOneOf(words: readonly string[], place: RenderingPlace): boolean {
  const after = tokenizeText(place.text.slice(place.end), place.lang);
  return words.some((word) => {
    const keys = tokenizeText(word, place.lang).map((t) => t.key);
    return keys.length > 0 && keys.every((key, k) => after[k]?.key === key);
  });
}

/** Coded text without its placeholders (`{1}`, `{/1}`, `{2/}`). */
function stripPlaceholders(text: string): string {
  return text.replace(/\{\/?\d+\/?\}/g, '');
}
