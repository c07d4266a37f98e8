import type { CompiledTarget, FormsFile } from './types.js';

/**
 * Serialise a forms file for review: stable key order (entries by id, forms in generation
 * order), one form per line, so a diff shows exactly which forms appeared or went away.
 *
 * @example formatForms(await compileGlossary(loadGlossary('glossary'))).includes('"Литвиновым": ["ablt sing"]') // true
 */
export function formatForms(forms: FormsFile): string {
  const q = (s: string): string => JSON.stringify(s);
  const list = (items: readonly string[]): string => `[${items.map(q).join(', ')}]`;
  const lines: string[] = ['{', `  "format": ${q(forms.format)},`, '  "sources": {'];
  const sources = Object.keys(forms.sources).sort();
  sources.forEach((file, i) => lines.push(`    ${q(file)}: ${q(forms.sources[file] as string)}${i < sources.length - 1 ? ',' : ''}`));
  lines.push('  },', '  "entries": {');
  const ids = Object.keys(forms.entries).sort();
  ids.forEach((id, i) => {
    const entry = forms.entries[id];
    if (!entry) return;
    lines.push(`    ${q(id)}: {`, `      "kind": ${q(entry.kind)},`, `      "en": ${list(entry.en)},`, '      "targets": {');
    const langs = Object.keys(entry.targets).sort();
    langs.forEach((lang, j) => {
      lines.push(`        ${q(lang)}: {`);
      lines.push(...formatTarget(entry.targets[lang] as CompiledTarget, q, list));
      lines.push(`        }${j < langs.length - 1 ? ',' : ''}`);
    });
    lines.push('      }', `    }${i < ids.length - 1 ? ',' : ''}`);
  });
  lines.push('  }', '}', '');
  return lines.join('\n');
}

function formatTarget(target: CompiledTarget, q: (s: string) => string, list: (items: readonly string[]) => string): string[] {
  const out: string[] = [];
  const sections: Array<[string, Record<string, string[]>]> = [
    ['approved', target.approved],
    ['forbidden', target.forbidden],
  ];
  sections.forEach(([name, forms], s) => {
    const keys = Object.keys(forms);
    const last = s === sections.length - 1 && !target.review;
    if (keys.length === 0) {
      out.push(`          ${q(name)}: {}${last ? '' : ','}`);
      return;
    }
    out.push(`          ${q(name)}: {`);
    keys.forEach((form, k) => out.push(`            ${q(form)}: ${list(forms[form] as string[])}${k < keys.length - 1 ? ',' : ''}`));
    out.push(`          }${last ? '' : ','}`);
  });
  if (target.review) {
    out.push('          "review": [');
    target.review.forEach((note, k) => out.push(`            ${q(note)}${k < (target.review as string[]).length - 1 ? ',' : ''}`));
    out.push('          ]');
  }
  return out;
}
