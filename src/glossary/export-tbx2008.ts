import { exportConcepts } from './export-terms.js';
import type { Glossary } from './types.js';
import { xmlEscape } from './xml-escape.js';

/**
 * Export the glossary as TBX 2008 (ISO 30042:2008, TBX-Basic v2): `martif` / `termEntry` /
 * `langSet` / `tig` / `term`, the form Weblate and Translate Toolkit read. Valid against the
 * TBX core-structure schema (`TBXcoreStructV02.dtd` / `TBXcsV02.xsd`).
 *
 * @example exportTbx2008(loadGlossary('glossary')).includes('<termEntry id="litvinov">') // true
 */
export function exportTbx2008(glossary: Glossary): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<martif type="TBX" xml:lang="en">',
    '  <martifHeader>',
    '    <fileDesc>',
    '      <sourceDesc>',
    '        <p>Exported by diglot glossary export --format tbx2008</p>',
    '      </sourceDesc>',
    '    </fileDesc>',
    '  </martifHeader>',
    '  <text>',
    '    <body>',
  ];
  for (const concept of exportConcepts(glossary)) {
    out.push(`      <termEntry id="${xmlEscape(concept.id)}">`);
    if (concept.note) out.push(`        <descrip type="definition">${xmlEscape(concept.note)}</descrip>`);
    for (const { lang, terms } of concept.languages) {
      out.push(`        <langSet xml:lang="${xmlEscape(lang)}">`);
      for (const { term, status } of terms) {
        out.push('          <tig>', `            <term>${xmlEscape(term)}</term>`);
        out.push(`            <termNote type="partOfSpeech">${concept.kind === 'person' ? 'properNoun' : 'noun'}</termNote>`);
        out.push(`            <termNote type="administrativeStatus">${status}-admn-sts</termNote>`, '          </tig>');
      }
      out.push('        </langSet>');
    }
    out.push('      </termEntry>');
  }
  out.push('    </body>', '  </text>', '</martif>', '');
  return out.join('\n');
}
