import gettext from 'gettext-parser';
import { InputError } from '../../errors.js';
import type { ImportedFile, ImportedUnit } from '../exchange-types.js';
import { oneLine } from '../one-line.js';
import { normalizeLanguageTag } from '../language-tag.js';
import { poEntryKey, scanPo } from './scan-po.js';
import { PO_SOURCE_HEADER } from './write-po.js';
import { parseStamp } from '../export-stamp.js';

/**
 * Read a PO file: each entry becomes an imported unit with msgctxt as its ID, the words of
 * its `#:` references as ID hints (Translate Toolkit keeps those where it drops msgctxt),
 * msgid as source and a non-empty msgstr as target; fuzzy entries are read as state `initial`.
 * Every entry carries its line and column (found by one linear scan, see scan-po.ts).
 *
 * @param text the PO text (already decoded, see decode-exchange.ts)
 * @param file the file name, for messages
 * @throws InputError with line and column when the PO does not parse, has plural entries,
 *   entries without exactly one msgstr, or the same entry twice
 * @example readPo(text, 'ru.po').units[0].id // 'u-3f2a9c1b'
 */
export function readPo(text: string, file: string): ImportedFile {
  const { places } = scanPo(text, file);
  let table;
  try {
    table = gettext.po.parse(text, { validation: true });
  } catch (error) {
    const line = (error as { lineNumber?: unknown }).lineNumber;
    throw new InputError(`Invalid PO: ${oneLine((error as Error).message)}`, { file, ...(typeof line === 'number' ? { line } : {}) });
  }
  const units: ImportedUnit[] = [];
  for (const [context, entries] of Object.entries(table.translations)) {
    for (const entry of Object.values(entries)) {
      if (entry.msgid === '' && context === '') continue;
      const place = places.get(poEntryKey(entry.msgctxt || undefined, entry.msgid));
      if (entry.msgid_plural !== undefined)
        throw new InputError('Invalid PO: Unexpected plural entry: diglot does not support plural forms', { file, ...place });
      const target = entry.msgstr[0] ?? '';
      const fuzzy = (entry.comments?.flag ?? '').split(/[\s,]+/).includes('fuzzy');
      const stamp = parseStamp(entry.comments?.extracted ?? '');
      units.push({
        ...(entry.msgctxt !== undefined && entry.msgctxt !== '' ? { id: entry.msgctxt } : {}),
        hints: (entry.comments?.reference ?? '').split(/\s+/).filter(Boolean),
        source: entry.msgid,
        ...(target !== '' ? { target, state: fuzzy ? 'initial' : 'translated' } : {}),
        ...(place ?? {}),
        ...(stamp ? { stamp } : {}),
      });
    }
  }
  const headers = table.headers ?? {};
  const original = headers[PO_SOURCE_HEADER];
  const language = headers.Language !== undefined ? normalizeLanguageTag(headers.Language) : undefined;
  return {
    format: 'po',
    ...(original ? { original } : {}),
    ...(language ? { targetLanguage: language } : {}),
    units,
  };
}
