import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/segment/split-sentences.js';

const split = (text: string, lang: string) => splitSentences(text, lang).map((s) => text.slice(s.start, s.end));
const nb = '\u00a0';

describe('sentence splitting: cases found while translating the article', () => {
  it('ends a sentence after a surname that follows initials', () => {
    expect(split(`Письмо передали председателю ЦИК СССР М.${nb}И.${nb}Калинину. Послание выражало желание США.`, 'ru')).toHaveLength(2);
    expect(split('The letter went to M.I. Kalinin. The message expressed hope.', 'en')).toHaveLength(2);
  });

  it('keeps «Указ. соч. С. 425.» together', () => {
    expect(split(`Указ. соч. С.${nb}425.`, 'ru')).toEqual([`Указ. соч. С.${nb}425.`]);
    expect(split(`Там же. С.${nb}64. Печатнов${nb}В.${nb}О. Указ. соч. С.${nb}213.`, 'ru')).toHaveLength(2);
  });

  it('does not split after the two-letter initial «Дж.»', () => {
    expect(split(`Его сменил Дж.${nb}Дэвис. Он был юристом.`, 'ru')).toEqual([`Его сменил Дж.${nb}Дэвис.`, 'Он был юристом.']);
  });

  it('ends a sentence after «в.» (century) before a new sentence', () => {
    expect(split(`Это было в XX${nb}в. Потом пришла новая эпоха.`, 'ru')).toHaveLength(2);
  });
});
