/**
 * A long English paragraph whose translation is one short sentence, between two ordinary pairs:
 * on length alone the aligner leaves both unaligned; a lock's recorded pair keeps them paired
 * (tests/align/locked-pairs*.test.ts).
 */
export const EN = [
  'The delegation arrived in Washington on a cold morning and was met at the station by officials.',
  'Shortly after the Bolsheviks seized power, the U.S. broke off diplomatic relations with Russia. The American embassy in Russia abstained from any direct contact with the new authorities. In February 1918 its employees left Petrograd and moved to Vologda, and later to Arkhangelsk. In autumn 1919 the American diplomats left Russia for a long time to come.',
  'The talks lasted nine days and ended with an exchange of letters between the two governments.',
].join('\n\n');
export const SHORT = 'Вскоре после переворота США разорвали отношения с Россией.';
export const RU = [
  'Делегация прибыла в Вашингтон холодным утром, и на вокзале её встретили официальные лица.',
  SHORT,
  'Переговоры продолжались девять дней и завершились обменом письмами между двумя правительствами.',
].join('\n\n');
