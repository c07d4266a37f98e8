import gettext from 'gettext-parser';
import { InputError } from '../../errors.js';
import type { ImportedFile, ImportedUnit } from '../exchange-types.js';
import { PO_SOURCE_HEADER } from './write-po.js';

/**
 * Read a PO file: each entry becomes an imported unit with msgctxt as its ID, the words of
 * its `#:` references as ID hints (Translate Toolkit keeps those where it drops msgctxt),
 * msgid as source and a non-empty msgstr as target; fuzzy entries are read as state `initial`.
 *
 * @param text the PO text
 * @param file the file name, for messages
 * @throws InputError when the PO does not parse or has plural entries
 * @example readPo(text, 'ru.po').units[0].id // 'u-3f2a9c1b'
 */
export function readPo(text: string, file: string): ImportedFile {
  let table;
  try {
    table = gettext.po.parse(text, { validation: true });
  } catch (error) {
    throw new InputError(`Invalid PO: ${(error as Error).message}`, { file });
  }
  const lines = text.split('\n');
  const units: ImportedUnit[] = [];
  for (const [context, entries] of Object.entries(table.translations)) {
    for (const entry of Object.values(entries)) {
      if (entry.msgid === '' && context === '') continue;
      const line = lineOf(lines, entry.msgctxt, entry.msgid);
      if (entry.msgid_plural !== undefined) throw new InputError('Unexpected plural entry, expected one msgstr per unit', { file, ...(line ? { line } : {}) });
      const target = entry.msgstr[0] ?? '';
      const fuzzy = (entry.comments?.flag ?? '').split(/[\s,]+/).includes('fuzzy');
      units.push({
        ...(entry.msgctxt !== undefined && entry.msgctxt !== '' ? { id: entry.msgctxt } : {}),
        hints: (entry.comments?.reference ?? '').split(/\s+/).filter(Boolean),
        source: entry.msgid,
        ...(target !== '' ? { target, state: fuzzy ? 'initial' : 'translated' } : {}),
        ...(line ? { line } : {}),
      });
    }
  }
  const original = table.headers[PO_SOURCE_HEADER];
  const language = table.headers.Language;
  return {
    format: 'po',
    ...(original ? { original } : {}),
    ...(language ? { targetLanguage: language } : {}),
    units,
  };
}

/** The line of an entry's msgctxt (or msgid), for messages; undefined when not found. */
function lineOf(lines: string[], msgctxt: string | undefined, msgid: string): number | undefined {
  const needle = msgctxt !== undefined ? `msgctxt ${JSON.stringify(msgctxt)}` : `msgid ${JSON.stringify(msgid.split('\n')[0])}`;
  const index = lines.findIndex((l) => l.startsWith(needle.replace(/"$/, '')));
  return index >= 0 ? index + 1 : undefined;
}
