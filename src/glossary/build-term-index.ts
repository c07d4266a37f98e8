import { requiredGap, tokenizeText, type Gap } from './tokenize-text.js';
import type { CompiledTarget, FormsFile, FormTag, RenderingCondition } from './types.js';

/** One entry behind an indexed form. */
export interface IndexRef {
  entryId: string;
  form: string;
  status: 'approved' | 'forbidden';
  tags: FormTag[];
  /** Per token: the glossary writes it with a capital, so the text must too. */
  caps: boolean[];
  /** A form of a conditional rendering (or a context-restricted English trigger): approved only where this holds. */
  when?: RenderingCondition;
  /** The hand form or conditional rendering the form comes from (undefined: the term's own forms). */
  rendering?: string;
  /** Coordinated forms: the approved singular form this one stands for. */
  singular?: string;
}

/** A form as a token sequence, with every entry that has it. */
export interface IndexCandidate {
  keys: string[];
  /** Gap required before each token (index 0 unused). */
  gaps: Gap[];
  refs: IndexRef[];
}

/** Candidates by the key of their first token, longest first. */
export type TokenIndex = Map<string, IndexCandidate[]>;

/** The lookup index over all forms: one per target language, and one for English. */
export interface TermIndex {
  targets: Record<string, TokenIndex>;
  en: TokenIndex;
  /** Coordinated forms with a shared noun (`Временного правительств`), per target language. */
  coordinated: Record<string, TokenIndex>;
}

/**
 * Build the lookup index over every form of a forms file (no morphology needed: the forms
 * are already inflected). Forms are tokenised exactly as text is, so matching compares keys.
 *
 * @param forms the compiled forms file
 * @example matchTerms(buildTermIndex(forms), 'Нота Литвинова', 'ru')
 */
export function buildTermIndex(forms: FormsFile): TermIndex {
  const targets: Record<string, TokenIndex> = {};
  const coordinated: Record<string, TokenIndex> = {};
  const en: TokenIndex = new Map();
  const seen = new Map<TokenIndex, Map<string, IndexCandidate>>();
  for (const [entryId, entry] of Object.entries(forms.entries)) {
    for (const form of entry.en) {
      const when = entry.enWhen?.[form];
      addForm(en, seen, 'en', { entryId, form, status: 'approved', tags: [], caps: [], ...(when && { when }) });
    }
    for (const [lang, target] of Object.entries(entry.targets)) {
      const index = (targets[lang] ??= new Map());
      const handOf = handForms(target);
      for (const status of ['approved', 'forbidden'] as const) {
        for (const [form, tags] of Object.entries(target[status])) {
          const rendering = status === 'approved' ? handOf.get(form) : undefined;
          addForm(index, seen, lang, { entryId, form, status, tags, caps: [], ...(rendering !== undefined && { rendering }) });
        }
      }
      for (const rendering of target.renderings ?? []) {
        for (const [form, tags] of Object.entries(rendering.approved)) addForm(index, seen, lang, { entryId, form, status: 'approved', tags, caps: [], when: rendering.when, rendering: rendering.term });
      }
      for (const [form, singular] of Object.entries(target.coordinated ?? {})) {
        const tags = target.approved[singular] ?? [];
        addForm((coordinated[lang] ??= new Map()), seen, lang, { entryId, form, status: 'approved', tags, caps: [], singular });
      }
    }
  }
  for (const index of [en, ...Object.values(targets), ...Object.values(coordinated)]) for (const list of index.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return { targets, en, coordinated };
}

/** Each approved form that comes from a hand form → that hand form (the first that gives it). */
function handForms(target: CompiledTarget): Map<string, string> {
  const out = new Map<string, string>();
  for (const [hand, derived] of Object.entries(target.hand ?? {})) {
    if (!out.has(hand)) out.set(hand, hand);
    for (const form of derived) if (!out.has(form)) out.set(form, hand);
  }
  return out;
}

function addForm(index: TokenIndex, seen: Map<TokenIndex, Map<string, IndexCandidate>>, lang: string, ref: IndexRef): void {
  const tokens = tokenizeText(ref.form, lang);
  const first = tokens[0];
  if (!first) return;
  const keys = tokens.map((t) => t.key);
  const gaps = tokens.map((_, k) => requiredGap(tokens, k));
  ref.caps = tokens.map((t) => t.cap);
  const signature = `${keys.join('\u0001')}\u0002${gaps.join('')}`;
  const bySignature = seen.get(index) ?? new Map<string, IndexCandidate>();
  seen.set(index, bySignature);
  const existing = bySignature.get(signature);
  if (existing) {
    // Two spellings of one entry that match alike (`note verbale`, `notes verbales`): one ref.
    const same = existing.refs.find((r) => r.entryId === ref.entryId && r.status === ref.status && r.when === ref.when && r.rendering === ref.rendering && r.singular === ref.singular);
    if (!same) existing.refs.push(ref);
    else {
      for (const tag of ref.tags) if (!same.tags.includes(tag)) same.tags.push(tag);
      // A capital is required only where every spelling has one (`Provisional Government` / `provisional government`).
      same.caps = same.caps.map((cap, k) => cap && (ref.caps[k] ?? false));
    }
    return;
  }
  const candidate: IndexCandidate = { keys, gaps, refs: [ref] };
  bySignature.set(signature, candidate);
  const list = index.get(first.key) ?? [];
  list.push(candidate);
  index.set(first.key, list);
}
