/**
 * FLORES-200 devtest as alignment test data: documents (consecutive lines with one URL), each
 * joined into one paragraph per language, re-split into sentences, with gold sentence links;
 * plus perturbed variants (adjacent Russian sentences merged: 2–1; Russian sentences dropped: 1–0).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Bead } from '../../src/align/types.js';

export const FLORES_DIR = fileURLToPath(new URL('../../../shared/corpora/flores200-devtest/', import.meta.url));

/** A FLORES document: its English and Russian gold sentences, line-aligned. */
export interface FloresDocument {
  url: string;
  en: string[];
  ru: string[];
}

/**
 * A test case: sentences as split from the joined paragraphs, the gold sentence each split
 * sentence belongs to, and gold links `"g:h"` between gold sentences. Links are scored at the
 * gold-sentence level: a predicted link between split sentences counts as a link between
 * their gold sentences, so a splitter that cuts finer than the gold is not penalised.
 */
export interface FloresCase {
  en: string[];
  ru: string[];
  /** The gold sentence of each split sentence. */
  enGold: number[];
  ruGold: number[];
  gold: Set<string>;
}

type Splitter = (text: string, lang: string) => Array<{ start: number; end: number }>;

/** Read the devtest documents. */
export function readFlores(): FloresDocument[] {
  const lines = (name: string): string[] =>
    readFileSync(`${FLORES_DIR}${name}`, 'utf8')
      .split('\n')
      .filter((l) => l !== '');
  const en = lines('eng_Latn.devtest');
  const ru = lines('rus_Cyrl.devtest');
  const urls = lines('metadata_devtest.tsv')
    .slice(1)
    .map((l) => l.split('\t')[0] ?? '');
  if (en.length !== ru.length || en.length !== urls.length) throw new Error('FLORES files are not line-aligned');
  const docs: FloresDocument[] = [];
  urls.forEach((url, k) => {
    const last = docs[docs.length - 1];
    if (last && last.url === url) {
      last.en.push(en[k] as string);
      last.ru.push(ru[k] as string);
    } else docs.push({ url, en: [en[k] as string], ru: [ru[k] as string] });
  });
  return docs;
}

/** The project's sentence splitter when it exists (src/segment/split-sentences.ts), else undefined. */
export async function loadSplitter(): Promise<Splitter | undefined> {
  const url = new URL('../../src/segment/split-sentences.ts', import.meta.url);
  if (!existsSync(fileURLToPath(url))) return undefined;
  const mod = (await import(url.href)) as { splitSentences?: Splitter };
  return mod.splitSentences;
}

export type Perturbation = 'none' | 'merge' | 'drop';

/** Merge two sentences into one that no splitter cuts again: `A.` + `B.` → `A; B.` */
function joinSentences(a: string, b: string): string {
  return `${a.replace(/[.!?…]+["»”]?\s*$/, '')}; ${b}`;
}

/**
 * Build the case of one document: gold Russian beads (after perturbation), joined paragraphs,
 * re-split with `split` (or the gold sentences). Only every `every`-th document is perturbed:
 * `merge` joins Russian sentences k and k+1 (k varies by document), `drop` removes one.
 */
export function floresCase(doc: FloresDocument, index: number, perturbation: Perturbation, split?: Splitter, every = 1): FloresCase {
  if (index % every !== 0) perturbation = 'none';
  let ruSentences = [...doc.ru];
  let beads: Bead[] = doc.en.map((_, k) => ({ source: [k], target: [k], score: 1 }));
  const n = doc.en.length;
  if (perturbation === 'merge' && n >= 2) {
    const k = index % (n - 1);
    ruSentences = [...doc.ru.slice(0, k), joinSentences(doc.ru[k] as string, doc.ru[k + 1] as string), ...doc.ru.slice(k + 2)];
    beads = [];
    for (let e = 0, r = 0; e < n; r++) {
      if (e === k) {
        beads.push({ source: [k, k + 1], target: [r], score: 1 });
        e += 2;
      } else beads.push({ source: [e++], target: [r], score: 1 });
    }
  }
  if (perturbation === 'drop' && n >= 2) {
    const k = (index * 7) % n;
    ruSentences = doc.ru.filter((_, r) => r !== k);
    beads = doc.en.map((_, e) => ({ source: [e], target: e === k ? [] : [e < k ? e : e - 1], score: 1 }));
  }
  const enSplit = resplit(doc.en, 'en', split);
  const ruSplit = resplit(ruSentences, 'ru', split);
  return { en: enSplit.sentences, ru: ruSplit.sentences, enGold: enSplit.owner, ruGold: ruSplit.owner, gold: linksOf(beads) };
}

/**
 * Join gold sentences into a paragraph and split it again; `owner[s]` = the gold sentence in
 * which the middle of split sentence s falls. Links are projected through it, so a splitter
 * that cuts a gold sentence in two is not penalised; one that merges two costs recall.
 */
function resplit(gold: readonly string[], lang: string, split?: Splitter): { sentences: string[]; owner: number[] } {
  if (!split) return { sentences: [...gold], owner: gold.map((_, k) => k) };
  const text = gold.join(' ');
  const spans = split(text, lang);
  const ends: number[] = [];
  let offset = 0;
  for (const g of gold) ends.push((offset += g.length + 1));
  const sentences = spans.map((s) => text.slice(s.start, s.end));
  const owner = spans.map((s) => {
    const k = ends.findIndex((end) => (s.start + s.end) / 2 < end);
    return k < 0 ? gold.length - 1 : k;
  });
  return { sentences, owner };
}

/** Links `"i:j"` of beads; with a case, mapped from split sentences to their gold sentences. */
export function linksOf(beads: readonly Bead[], c?: FloresCase): Set<string> {
  const links = new Set<string>();
  for (const bead of beads) {
    for (const e of bead.source) for (const r of bead.target) links.add(c ? `${c.enGold[e]}:${c.ruGold[r]}` : `${e}:${r}`);
  }
  return links;
}

/** Precision, recall and F1 of predicted links against gold links (summed over cases). */
export function scoreLinks(pairs: ReadonlyArray<{ predicted: Set<string>; gold: Set<string> }>): { precision: number; recall: number; f1: number } {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  for (const p of pairs) {
    predicted += p.predicted.size;
    gold += p.gold.size;
    for (const link of p.predicted) if (p.gold.has(link)) tp++;
  }
  const precision = predicted ? tp / predicted : 1;
  const recall = gold ? tp / gold : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
