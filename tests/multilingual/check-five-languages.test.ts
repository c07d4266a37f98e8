/**
 * `diglot check` on real translations into five languages (12factor: ru, uk, de, fr, pl): no
 * false "untranslated", and seeded errors — an English paragraph pasted in, quotation marks not
 * the language's, a dropped number, a broken link — caught in each language, named.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { blocksOf, corpusText, TARGETS, writeProject, type Target } from './twelve-factor-project.js';

interface JsonMessage {
  ruleId: string;
  message: string;
  expected?: string[];
  actual?: string;
}
interface JsonReport {
  files: Array<{ file: string; messages: JsonMessage[] }>;
}

/** The language names and quotation marks the issue asks for (CLDR), written out independently of src/language. */
const NAME: Record<Target, string> = { ru: 'Russian', uk: 'Ukrainian', de: 'German', fr: 'French', pl: 'Polish' };
const QUOTES: Record<Target, [string, string]> = { ru: ['«', '»'], uk: ['«', '»'], de: ['„', '“'], fr: ['«\u202f', '\u202f»'], pl: ['„', '”'] };

/** config.md, block 3 (`Sometimes apps store config as constants…`): a number is added to both sides… */
const NUMBER_BLOCK = 3;
/** …block 1 gets straight quotes around a word, block 4 an English paragraph from logs.md. */
const QUOTE_BLOCK = 1;
const PASTE_BLOCK = 4;
const BROKEN = 'http://git-scm.invalid/';

function withNumber(lang: string, text: string): string {
  const blocks = blocksOf(text);
  blocks[NUMBER_BLOCK] = `${blocks[NUMBER_BLOCK]} (${new Intl.NumberFormat(lang).format(1500)})`;
  return blocks.join('\n\n');
}

/** The clean project: the real translations, with `1,500` added to one paragraph in each language's own format. */
function clean(lang: string, slug: string, text: string): string {
  return slug === 'config' ? withNumber(lang, text) : text;
}

const pasted = blocksOf(corpusText('en', 'logs')).find((b) => b.length > 300) as string;

/** The seeded project: in every target, the four errors. */
function seeded(lang: string, slug: string, text: string): string {
  const base = clean(lang, slug, text);
  if (lang === 'en') return base;
  if (slug === 'codebase') return base.replace('(http://git-scm.com/)', `(${BROKEN})`);
  if (slug !== 'config') return base;
  const blocks = blocksOf(base);
  blocks[NUMBER_BLOCK] = (blocks[NUMBER_BLOCK] as string).replace(/ \([\d\s.,\u00a0\u202f]+\)$/u, '');
  blocks[QUOTE_BLOCK] = (blocks[QUOTE_BLOCK] as string).replace(/(?<=\s)(\p{L}{6,})(?=\s)/u, '"$1"');
  blocks[PASTE_BLOCK] = pasted;
  return blocks.join('\n\n');
}

async function check(dir: string, ...args: string[]): Promise<JsonReport> {
  const r = await runCli(['check', '--format', 'json', '--glossary', 'none', '--no-cache', ...args], dir);
  expect(r.code, r.stderr).toBeLessThan(2);
  return JSON.parse(r.stdout) as JsonReport;
}

function messagesOf(report: JsonReport, lang: string, slug: string): JsonMessage[] {
  return report.files.find((f) => f.file === `content/${lang}/${slug}.md`)?.messages ?? [];
}

function countsByLanguage(report: JsonReport): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const f of report.files) {
    const lang = f.file.split('/')[1] as string;
    const row = (counts[lang] ??= {});
    for (const m of f.messages) row[m.ruleId] = (row[m.ruleId] ?? 0) + 1;
  }
  return counts;
}

describe('check on five target languages (12factor)', () => {
  let real: JsonReport;
  let errors: JsonReport;
  beforeAll(async () => {
    real = await check(writeProject(clean));
    errors = await check(writeProject(seeded));
  }, 120_000);

  it('checks every target language and reports no untranslated unit in the real translations', () => {
    const counts = countsByLanguage(real);
    console.log('real translations, findings per language:', JSON.stringify(counts));
    expect(Object.keys(counts).sort()).toEqual([...TARGETS].sort());
    for (const lang of TARGETS) expect(counts[lang]?.['untranslated'] ?? 0, lang).toBe(0);
    // The number added in each language's own format matches the English `1,500`.
    for (const lang of TARGETS)
      expect(
        messagesOf(real, lang, 'config').filter((m) => m.ruleId === 'number-mismatch' && /500/.test(m.message)),
        lang,
      ).toEqual([]);
  });

  it.each(TARGETS)('catches the seeded errors in %s, naming the language', (lang) => {
    const config = messagesOf(errors, lang, 'config');
    const codebase = messagesOf(errors, lang, 'codebase');
    const untranslated = config.filter((m) => m.ruleId === 'untranslated');
    const quotes = config.filter(
      (m) => m.ruleId === 'typography' && m.actual?.startsWith('"') && !messagesOf(real, lang, 'config').some((r) => r.actual === m.actual),
    );
    const number = config.filter((m) => m.ruleId === 'number-mismatch' && /500/.test(m.message));
    const link = codebase.filter((m) => m.ruleId === 'markup-mismatch' && m.message.includes(BROKEN));
    console.log(`${lang}: untranslated ${untranslated.length}, quotes ${quotes.length}, number ${number.length}, link ${link.length}`);
    expect(untranslated).toHaveLength(1);
    expect(untranslated[0]?.message).toContain(`expected ${NAME[lang]}`);
    expect(quotes).toHaveLength(1);
    const [open, close] = QUOTES[lang];
    expect(quotes[0]?.expected?.[0]).toBe(`${open}${(quotes[0]?.actual ?? '').slice(1, -1)}${close}`);
    // Missing, or (fr, pl: `12 facteurs`, `12factor` stand unmatched in the paragraph) reported as changed into the 12.
    expect(number.map((m) => m.message)).toEqual([expect.stringMatching(/^Missing number|expected `1[\s\u00a0\u202f.]?500`/u)]);
    expect(link).toHaveLength(1);
  });

  it('checks one target language with --lang, and refuses one the project does not have', async () => {
    const dir = writeProject(clean);
    const german = await check(dir, '--lang', 'de');
    expect(new Set(german.files.map((f) => f.file.split('/')[1]))).toEqual(new Set(['de']));
    const refused = await runCli(['check', '--lang', 'es'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Unexpected target language `es`, expected `ru`, `uk`, `de`, `fr` or `pl`');
  });
});
