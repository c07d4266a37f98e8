import { describe, expect, it } from 'vitest';
import { hashText } from '../../src/lock/hash-text.js';
import type { Lock } from '../../src/lock/types.js';
import { alignUnits } from '../../src/review/align-units.js';
import { segmentMarkdown } from '../../src/segment/segment-markdown.js';
import type { Unit } from '../../src/segment/types.js';
import { carryOver } from '../../src/update/carry-over.js';

const EN = [
  'The delegation arrived in Washington on a cold morning and was met at the station by officials.',
  'Shortly after the Bolsheviks seized power, the U.S. broke off diplomatic relations with Russia. The American embassy in Russia abstained from any direct contact with the new authorities. In February 1918 its employees left Petrograd and moved to Vologda, and later to Arkhangelsk. In autumn 1919 the American diplomats left Russia for a long time to come.',
  'The talks lasted nine days and ended with an exchange of letters between the two governments.',
];
const RU = [
  'Делегация прибыла в Вашингтон холодным утром, и на вокзале её встретили официальные лица.',
  'Вскоре после переворота США разорвали отношения с Россией.',
  'Переговоры продолжались девять дней и завершились обменом письмами между двумя правительствами.',
];

describe('update finds a recorded translation by its hash (issue 17, point 1)', () => {
  it('a pair whose target IDs are unknown and which the alignment left apart is current, not translation-missing', () => {
    const en = segmentMarkdown(EN.join('\n\n'), { file: 'en.md', lang: 'en' });
    const ru = segmentMarkdown(RU.join('\n\n'), { file: 'ru.md', lang: 'ru' });
    const unit = (k: number): Unit => en.units[k] as Unit;
    const target = (k: number): Unit => ru.units[k] as Unit;
    const lock: Lock = {
      version: 2,
      source: { file: 'en.md', lang: 'en' },
      units: en.units.map((u) => ({ id: u.id, kind: u.kind, hash: hashText(u.text), text: u.text })),
      targets: {
        ru: {
          file: 'ru.md',
          pairs: [0, 1, 2].map((k) => ({
            source: [unit(k).id],
            target: [k === 1 ? 'u-00000000' : target(k).id],
            sourceHash: hashText(unit(k).text),
            targetHash: hashText(target(k).text),
            glossary: {},
          })),
        },
      },
    };
    // Links from an alignment that does not know the lock: the middle pair is missing + extra.
    const links = alignUnits(en, ru);
    expect(links.targetOf.get(1)).toBeUndefined();
    const result = carryOver(lock, en, [{ lang: 'ru', doc: ru, links }]);
    expect(result.obsolete).toEqual([]);
    expect(result.rows.find((r) => r.id === unit(1).id)?.status).toBe('current');
    expect(result.lock.targets.ru?.pairs.find((p) => p.source[0] === unit(1).id)?.target).toEqual([target(1).id]);
  });
});
