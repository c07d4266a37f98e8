import { describe, expect, it } from 'vitest';
import { readExchange } from '../../src/exchange/read-exchange.js';
import { writePo } from '../../src/exchange/po/write-po.js';
import { writeXliff12 } from '../../src/exchange/xliff12/write-xliff12.js';
import { writeXliff2 } from '../../src/exchange/xliff2/write-xliff2.js';
import type { ExchangeDocument } from '../../src/exchange/exchange-types.js';
import { specExchangeDocuments } from './export-documents.js';

const WRITERS: Record<'xliff2' | 'xliff12' | 'po', (doc: ExchangeDocument) => string> = { xliff2: writeXliff2, xliff12: writeXliff12, po: writePo };

/**
 * An untouched export read back gives every unit exactly the source and target it was exported
 * with: the inline codes, escapes, whitespace and line breaks of every CommonMark/GFM spec example
 * survive each format (odd examples untranslated, even ones with targets).
 */
describe('every spec example exported and read back untouched', () => {
  const { docs } = specExchangeDocuments();

  it.each(Object.keys(WRITERS) as Array<keyof typeof WRITERS>)('%s: every unit reads back with the source and target it was exported with', (format) => {
    let units = 0;
    let targets = 0;
    const differ: string[] = [];
    for (const { name, doc } of docs) {
      const text = WRITERS[format](doc);
      const read = readExchange(Buffer.from(text, 'utf8'), { file: `${name}.${format}` });
      const byId = new Map(read.units.map((u) => [u.id, u]));
      for (const unit of doc.units) {
        units++;
        const back = byId.get(unit.id);
        if (back?.source !== undefined && back.source !== unit.source)
          differ.push(`${name} ${unit.id} source: ${JSON.stringify(unit.source)} → ${JSON.stringify(back.source)}`);
        if (unit.target === undefined) continue;
        targets++;
        if (back?.target !== unit.target) differ.push(`${name} ${unit.id} target: ${JSON.stringify(unit.target)} → ${JSON.stringify(back?.target)}`);
      }
    }
    console.log(`${format}: ${docs.length} spec examples, ${units} units, ${targets} targets, ${differ.length} differ`);
    expect(differ.slice(0, 10)).toEqual([]);
  });
});
