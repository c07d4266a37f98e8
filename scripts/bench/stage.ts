/**
 * Child process of the benchmark: runs one diglot stage on its input and prints one line
 * `BENCH {"seconds": …, "maxRSS": …, …}` (seconds exclude process startup and module loading;
 * maxRSS in kB from process.resourceUsage()). Run as `node --import tsx scripts/bench/stage.ts
 * <stage> <args…>`, so peak RSS is per stage.
 *
 * Stages: `segment <manifest> [workers] [units.json]` (optionally dumping unit texts after
 * timing), `sentences <units.json>`, `large <file.md>`, `check <pairs.json>`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { readCorpus } from './build-corpus.js';
import { REPORT_PREFIX } from './measure.js';
import { segmentFiles, segmentInWorkers } from './segment-files.js';
import { segmentUnits } from '../../src/segment/segment-markdown.js';
import { splitSentences } from '../../src/segment/split-sentences.js';

const [stage, ...args] = process.argv.slice(2);

async function runStage(): Promise<Record<string, number | string>> {
  switch (stage) {
    case 'segment': {
      const corpus = readCorpus(args[0] as string);
      const workers = Number(args[1] ?? 1);
      const jobs = corpus.entries.map((e) => ({ file: e.file, lang: e.lang }));
      if (workers > 1) return await segmentInWorkers(jobs, workers);
      const texts: Array<{ lang: string; text: string }> | undefined = args[2] ? [] : undefined;
      const totals = segmentFiles(jobs, texts);
      if (args[2]) writeFileSync(args[2], JSON.stringify(texts)); // after timing
      return totals;
    }
    case 'sentences': {
      const units = JSON.parse(readFileSync(args[0] as string, 'utf8')) as Array<{ lang: string; text: string }>;
      const started = performance.now();
      let sentences = 0;
      let chars = 0;
      for (const u of units) {
        sentences += splitSentences(u.text, u.lang).length;
        chars += u.text.length;
      }
      return { seconds: (performance.now() - started) / 1000, units: units.length, sentences, chars };
    }
    case 'large': {
      const started = performance.now();
      const source = readFileSync(args[0] as string, 'utf8');
      // As `diglot segment` does: units one at a time, never the whole document's tree or units.
      let units = 0;
      let sentences = 0;
      for (const unit of segmentUnits(source, { file: args[0] as string, lang: 'en' })) {
        units++;
        sentences += unit.sentences.length;
      }
      return { seconds: (performance.now() - started) / 1000, units, sentences };
    }
    case 'check': {
      const { checkPair } = (await import('../../src/check/check-pair.js')) as typeof import('../../src/check/check-pair.js');
      const pairs = JSON.parse(readFileSync(args[0] as string, 'utf8')) as Array<{ en: string; ru: string }>;
      const started = performance.now();
      let messages = 0;
      for (const p of pairs) {
        const file = checkPair(
          { file: p.en, markdown: readFileSync(p.en, 'utf8'), lang: 'en' },
          { file: p.ru, markdown: readFileSync(p.ru, 'utf8'), lang: 'ru' },
        );
        messages += file.messages.length;
      }
      return { seconds: (performance.now() - started) / 1000, pairs: pairs.length, messages };
    }
    default:
      throw new Error(`Unexpected stage \`${stage}\`, expected \`segment\`, \`units\`, \`sentences\`, \`large\` or \`check\``);
  }
}

const result = await runStage();
process.stdout.write(`${REPORT_PREFIX}${JSON.stringify({ ...result, maxRSS: process.resourceUsage().maxRSS })}\n`);
