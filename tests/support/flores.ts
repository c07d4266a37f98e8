import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corporaRoot } from './paths.js';

const dir = join(corporaRoot, 'flores200-devtest');

/** FLORES-200 devtest documents: consecutive sentences with the same URL, per language. */
export function floresDocuments(): Array<{ url: string; en: string[]; ru: string[] }> {
  const en = readFileSync(join(dir, 'eng_Latn.devtest'), 'utf8').split('\n').filter(Boolean);
  const ru = readFileSync(join(dir, 'rus_Cyrl.devtest'), 'utf8').split('\n').filter(Boolean);
  const urls = readFileSync(join(dir, 'metadata_devtest.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((l) => l.split('\t')[0] as string);
  if (en.length !== ru.length || en.length !== urls.length) throw new Error(`FLORES files disagree: ${en.length} / ${ru.length} / ${urls.length}`);
  const docs: Array<{ url: string; en: string[]; ru: string[] }> = [];
  urls.forEach((url, i) => {
    const last = docs.at(-1);
    if (last && last.url === url) {
      last.en.push(en[i] as string);
      last.ru.push(ru[i] as string);
    } else docs.push({ url, en: [en[i] as string], ru: [ru[i] as string] });
  });
  return docs;
}

/** All FLORES English sentences, in order. */
export function floresEnglish(): string[] {
  return readFileSync(join(dir, 'eng_Latn.devtest'), 'utf8').split('\n').filter(Boolean);
}
