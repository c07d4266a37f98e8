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
    lines.push(`    ${q(id)}: {`, `      "kind": ${q(entry.kind)},`, `      "en": ${list(entry.en)},`);
    if (entry.enWhen) lines.push(`      "enWhen": ${JSON.stringify(entry.enWhen)},`);
    lines.push('      "targets": {');
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
  const sections: string[][] = [];
  const map = (name: string, forms: Record<string, string[]>, indent = '          '): string[] => {
    const keys = Object.keys(forms);
    if (keys.length === 0) return [`${indent}${q(name)}: {}`];
    return [`${indent}${q(name)}: {`, ...keys.map((form, k) => `${indent}  ${q(form)}: ${list(forms[form] as string[])}${k < keys.length - 1 ? ',' : ''}`), `${indent}}`];
  };
  sections.push(map('approved', target.approved), map('forbidden', target.forbidden));
  if (target.hand) sections.push(map('hand', target.hand));
  if (target.renderings) {
    const items = target.renderings.map((r, k) => {
      const body = map('approved', r.approved, '              ');
      return ['            {', `              "term": ${q(r.term)},`, `              "when": ${JSON.stringify(r.when)},`, ...body, `            }${k < (target.renderings as unknown[]).length - 1 ? ',' : ''}`];
    });
    sections.push(['          "renderings": [', ...items.flat(), '          ]']);
  }
  if (target.coordinated) {
    const keys = Object.keys(target.coordinated);
    sections.push(['          "coordinated": {', ...keys.map((form, k) => `            ${q(form)}: ${q((target.coordinated as Record<string, string>)[form] as string)}${k < keys.length - 1 ? ',' : ''}`), '          }']);
  }
  if (target.review) sections.push(['          "review": [', ...target.review.map((note, k) => `            ${q(note)}${k < (target.review as string[]).length - 1 ? ',' : ''}`), '          ]']);
  return sections.flatMap((lines, s) => (s < sections.length - 1 ? [...lines.slice(0, -1), `${lines[lines.length - 1] as string},`] : lines));
}
