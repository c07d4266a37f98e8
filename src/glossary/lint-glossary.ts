import type { ErrorPlace } from '../errors.js';
import { formKey } from './tokenize-text.js';
import type { FormsFile, Glossary, GlossaryEntry } from './types.js';

/** A problem of the glossary itself. */
export interface LintMessage {
  severity: 'error' | 'warning';
  ruleId: 'duplicate-term' | 'approved-and-forbidden' | 'ambiguous-form' | 'duplicate-english' | 'needs-review' | 'implausible-forbidden' | 'unlisted-misspelling';
  entryId: string;
  message: string;
  place: ErrorPlace;
}

/**
 * Check a glossary and its compiled forms for problems no schema catches: two entries with
 * the same rendering (`duplicate-term`), a form both approved and forbidden, in one entry or
 * across entries (`approved-and-forbidden`, error), an approved form shared by two entries
 * (`ambiguous-form`, warning), an English form in two entries (`duplicate-english`, error), and
 * the compiler's review notes (`needs-review`, warning). Forms are compared by match key
 * (case, ё/е, stress marks and spacing ignored).
 *
 * @example lintGlossary(glossary, await compileGlossary(glossary)).filter((m) => m.severity === 'error') // []
 */
export function lintGlossary(glossary: Glossary, forms: FormsFile): LintMessage[] {
  const messages: LintMessage[] = [];
  const byId = new Map(glossary.entries.map((e) => [e.id, e]));
  const report = (severity: LintMessage['severity'], ruleId: LintMessage['ruleId'], entry: GlossaryEntry, message: string): void => {
    messages.push({ severity, ruleId, entryId: entry.id, message, place: entry.place });
  };
  const english = new Map<string, GlossaryEntry>();
  const terms = new Map<string, GlossaryEntry>();
  for (const entry of glossary.entries) {
    for (const en of entry.en) {
      const key = keyOf(en, 'en');
      const other = english.get(key);
      if (other && other !== entry) report('error', 'duplicate-english', entry, `Unexpected English form \`${en}\` also in entry \`${other.id}\`, expected each English form in one entry`);
      else english.set(key, entry);
    }
    for (const [lang, target] of Object.entries(entry.targets)) {
      const key = `${lang}:${keyOf(target.term, lang)}`;
      const other = terms.get(key);
      if (other) report('warning', 'duplicate-term', entry, `Unexpected rendering \`${target.term}\` also the term of \`${other.id}\`, expected one entry per concept`);
      else terms.set(key, entry);
    }
  }
  // One message per pair of entries, naming the first form and how many more there are.
  const grouped = new Map<string, Group>();
  const group = (key: string, init: () => Omit<Group, 'forms'>, form: string): void => {
    const g = grouped.get(key) ?? { ...init(), forms: [] };
    g.forms.push(form);
    grouped.set(key, g);
  };
  for (const [lang, seen] of collectForms(forms)) {
    for (const owners of seen.values()) {
      const approved = owners.filter((o) => o.status === 'approved');
      const approvedIds = [...new Set(approved.map((o) => o.entryId))];
      for (const f of owners.filter((o) => o.status === 'forbidden')) {
        if (approvedIds.length === 0) continue;
        const entry = byId.get(f.entryId) as GlossaryEntry;
        const ids = approvedIds.map((i) => `\`${i}\``).join(' and ');
        group(`ab|${lang}|${f.entryId}|${ids}`, () => ({ severity: 'error', ruleId: 'approved-and-forbidden', entry, text: (form) => `Unexpected ${form} (${lang}) both forbidden in \`${f.entryId}\` and approved in ${ids}, expected a form to be one or the other` }), f.form);
      }
      if (approvedIds.length > 1) {
        const entry = byId.get(approvedIds[1] as string) as GlossaryEntry;
        const ids = approvedIds.map((i) => `\`${i}\``).join(' and ');
        group(`amb|${lang}|${ids}`, () => ({ severity: 'warning', ruleId: 'ambiguous-form', entry, text: (form) => `Unexpected ${form} (${lang}) approved in ${ids}, expected one entry per form (the checker reports both)` }), (approved[0] as Owner).form);
      }
    }
  }
  for (const g of grouped.values()) {
    const first = `\`${g.forms[0] as string}\``;
    report(g.severity, g.ruleId, g.entry, g.text(g.forms.length > 1 ? `${first} and ${g.forms.length - 1} more forms` : first));
  }
  for (const [id, entry] of Object.entries(forms.entries)) {
    const source = byId.get(id);
    if (!source) continue;
    for (const target of Object.values(entry.targets)) for (const note of target.review ?? []) report('warning', 'needs-review', source, note);
  }
  return messages;
}

interface Group {
  severity: LintMessage['severity'];
  ruleId: LintMessage['ruleId'];
  entry: GlossaryEntry;
  text: (form: string) => string;
  forms: string[];
}

interface Owner {
  entryId: string;
  form: string;
  status: 'approved' | 'forbidden';
}

function collectForms(forms: FormsFile): Map<string, Map<string, Owner[]>> {
  const out = new Map<string, Map<string, Owner[]>>();
  for (const [entryId, entry] of Object.entries(forms.entries)) {
    for (const [lang, target] of Object.entries(entry.targets)) {
      const seen = out.get(lang) ?? new Map<string, Owner[]>();
      out.set(lang, seen);
      for (const status of ['approved', 'forbidden'] as const) {
        for (const form of Object.keys(target[status])) {
          const key = keyOf(form, lang);
          const owners = seen.get(key) ?? [];
          if (!owners.some((o) => o.entryId === entryId && o.status === status)) owners.push({ entryId, form, status });
          seen.set(key, owners);
        }
      }
    }
  }
  return out;
}

function keyOf(text: string, lang: string): string {
  return formKey(text, lang);
}
