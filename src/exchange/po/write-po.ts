import gettext from 'gettext-parser';
import type { GetTextTranslation } from 'gettext-parser';
import type { ExchangeDocument, ExchangeUnit } from '../exchange-types.js';
import { formatStamp } from '../export-stamp.js';

/** The PO header naming the English document a PO file belongs to. */
export const PO_SOURCE_HEADER = 'X-Diglot-Source';

/**
 * Serialise an exchange document as a gettext PO file: one entry per unit, msgctxt = unit ID,
 * msgid/msgstr = coded text (codes stay `{N}`, `{/N}`, `{N/}` text placeholders, `{{` a
 * literal brace), `#:` = file:line and the unit ID, `#.` = kind, path, export stamp and notes, `# ` =
 * the translator's notes the translation calls (`[^tn1]: …`), the `fuzzy`
 * flag and `#| msgid` (the English the translation was made from) for stale and edited units.
 *
 * @param doc the exchange document
 * @returns PO text
 * @example writePo(doc).includes('msgctxt "u-') // true
 */
export function writePo(doc: ExchangeDocument): string {
  const translations: Record<string, Record<string, GetTextTranslation>> = {
    '': { '': { msgid: '', msgstr: [''] } },
  };
  for (const unit of doc.units) {
    translations[unit.id] = { [unit.source]: entry(doc, unit) };
  }
  const headers = {
    'Project-Id-Version': 'diglot',
    'Content-Type': 'text/plain; charset=UTF-8',
    'Content-Transfer-Encoding': '8bit',
    'MIME-Version': '1.0',
    Language: doc.targetLanguage,
    'X-Source-Language': doc.sourceLanguage,
    [PO_SOURCE_HEADER]: doc.original,
  };
  return gettext.po.compile({ charset: 'utf-8', headers, translations }, { foldLength: 0, sort: false }).toString('utf8') + '\n';
}

function entry(doc: ExchangeDocument, unit: ExchangeUnit): GetTextTranslation {
  const fuzzy = unit.target !== undefined && (unit.status === 'stale' || unit.status === 'edited');
  const notes = unit.notes.filter((n) => !n.startsWith('diglot: previous English:'));
  return {
    msgctxt: unit.id,
    msgid: unit.source,
    msgstr: [unit.target ?? ''],
    comments: {
      // The translator's notes called in the translation: translator comments (`# `), never msgid.
      ...(unit.translatorNotes?.length ? { translator: unit.translatorNotes.map((n) => `[^${n.label}]: ${n.text}`).join('\n') } : {}),
      reference: `${doc.original}:${unit.line} ${unit.id}`,
      // The stamp shares the first line: entries keep their line numbers.
      extracted: [`${unit.kind} ${unit.path} (${unit.status})${unit.stamp ? ` ${formatStamp(unit.stamp)}` : ''}`, ...notes].join('\n'),
      ...(fuzzy ? { flag: 'fuzzy' } : {}),
      ...(fuzzy && unit.previousSource !== undefined ? { previous: `msgid ${quote(unit.previousSource)}` } : {}),
    },
  };
}

/** A PO string literal (one line; gettext-parser writes `#|` lines verbatim). */
function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/\r/g, '\\r')}"`;
}
