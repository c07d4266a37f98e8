import type { Glossary, GlossaryEntry, TargetRendering } from './types.js';

/**
 * Export a DeepL glossary (TSV: `source<TAB>target` per line, no header, unique sources) from
 * English to one target language (DeepL glossaries are language pairs: export each target
 * language to its own file). Each English form maps to the matching target form: a form
 * with initials to the initials form, a full name to first name + surname, else the term.
 * Forbidden variants are not exported. DeepL inflects the target itself.
 *
 * @param lang the target language, e.g. `ru`
 * @example exportDeeplTsv(glossary, 'ru').split('\n')[0] // 'M.M. Litvinov\tМ. М. Литвинов'
 */
export function exportDeeplTsv(glossary: Glossary, lang: string): string {
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const entry of glossary.entries) {
    const target = entry.targets[lang];
    if (!target) continue;
    for (const en of entry.en) {
      const source = clean(en);
      if (seen.has(source)) continue;
      seen.add(source);
      lines.push(`${source}\t${clean(renderFor(entry, target, en))}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

function renderFor(entry: GlossaryEntry, target: TargetRendering, en: string): string {
  if (entry.kind !== 'person') return target.term;
  if (/\b\p{Lu}\./u.test(en) && target.initials) return target.initials;
  if (/\s/.test(en.trim()) && target.given) return `${target.given} ${target.term}`;
  return target.term;
}

/** DeepL rejects tabs, line breaks and surrounding whitespace in entries. */
function clean(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ').trim();
}
