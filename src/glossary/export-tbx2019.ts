import { exportConcepts } from './export-terms.js';
import type { Glossary } from './types.js';
import { xmlEscape } from './xml-escape.js';

/**
 * Export the glossary as TBX 2019 (ISO 30042:2019), TBX-Basic dialect, DCT style
 * (`<min:administrativeStatus>` elements in the module namespaces). Valid against the TBX core
 * structure RELAX NG schema.
 *
 * @example exportTbx2019(loadGlossary('glossary')).startsWith('<?xml') // true
 */
export function exportTbx2019(glossary: Glossary): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2" xmlns:basic="http://www.tbxinfo.net/ns/basic" xmlns:min="http://www.tbxinfo.net/ns/min">',
    '  <tbxHeader>',
    '    <fileDesc>',
    '      <sourceDesc>',
    '        <p>Exported by diglot glossary export --format tbx2019</p>',
    '      </sourceDesc>',
    '    </fileDesc>',
    '  </tbxHeader>',
    '  <text>',
    '    <body>',
  ];
  for (const concept of exportConcepts(glossary)) {
    out.push(`      <conceptEntry id="${xmlEscape(concept.id)}">`);
    if (concept.note) out.push(`        <note>${xmlEscape(concept.note)}</note>`);
    for (const { lang, terms } of concept.languages) {
      out.push(`        <langSec xml:lang="${xmlEscape(lang)}">`);
      for (const { term, status } of terms) {
        out.push('          <termSec>', `            <term>${xmlEscape(term)}</term>`);
        out.push(`            <min:partOfSpeech>${concept.kind === 'person' ? 'properNoun' : 'noun'}</min:partOfSpeech>`);
        out.push(`            <min:administrativeStatus>${status}-admn-sts</min:administrativeStatus>`, '          </termSec>');
      }
      out.push('        </langSec>');
    }
    out.push('      </conceptEntry>');
  }
  out.push('    </body>', '  </text>', '</tbx>', '');
  return out.join('\n');
}
