import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { beforeAll, describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/align-documents.js';
import { checkPair, type CheckPairOptions, type DocumentInput } from '../../src/check/check-pair.js';
import { createRule } from '../../src/check/create-rule.js';
import { glossaryHash } from '../../src/check/glossary-hash.js';
import { DocumentMemos } from '../../src/pair/document-memos.js';
import { pairMemos, type PairMemos } from '../../src/check/pair-memos.js';
import { RULE_DEFAULTS } from '../../src/check/rule-severities.js';
import { loadTermLookup, type TermLookup } from '../../src/check/term-lookup.js';
import { allRules } from '../../src/rules/all-rules.js';
import { segmentMarkdown } from '../../src/segment/segment-markdown.js';
import type { Unit } from '../../src/segment/types.js';
import { repoRoot, sharedRoot } from './fixture-helpers.js';

/** Everything a message shows, in order: text, place, rule, expected/actual, cause, url, severity. */
function shown(file: VFile): unknown[] {
  return file.messages.map((m: VFileMessage) => {
    const cause = m.cause as VFileMessage | undefined;
    return {
      reason: m.reason,
      file: m.file,
      place: m.place,
      line: m.line,
      column: m.column,
      ruleId: m.ruleId,
      source: m.source,
      url: m.url,
      fatal: m.fatal,
      expected: m.expected,
      actual: m.actual,
      cause: cause ? { reason: cause.reason, file: cause.file, place: cause.place } : undefined,
    };
  });
}

interface Case {
  name: string;
  en: DocumentInput;
  ru: DocumentInput;
}

const glossaryDir = join(repoRoot, 'glossary');
let terms: TermLookup | undefined;
let options: CheckPairOptions;

beforeAll(async () => {
  terms = await loadTermLookup(glossaryDir);
  options = { severities: RULE_DEFAULTS, terms, align: (en, ru) => alignDocuments(en, ru), glossary: glossaryHash(glossaryDir) };
});

function read(path: string, lang: string, file: string): DocumentInput {
  return { file, markdown: readFileSync(path, 'utf8'), lang };
}

/** The article of the repository and every pair of the md-opensource-guide corpus. */
function cases(): Case[] {
  const article = 'us-ussr-recognition-1933.md';
  const out: Case[] = [
    {
      name: article,
      en: read(join(repoRoot, 'content/en', article), 'en', `en/${article}`),
      ru: read(join(repoRoot, 'content/ru', article), 'ru', `ru/${article}`),
    },
  ];
  const corpus = `${sharedRoot}corpora/md-opensource-guide`;
  for (const f of readdirSync(`${corpus}/ru`)
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    out.push({ name: `md-opensource-guide/${f}`, en: read(`${corpus}/en/${f}`, 'en', `en/${f}`), ru: read(`${corpus}/ru/${f}`, 'ru', `ru/${f}`) });
  }
  return out;
}

/**
 * The document with a sentence holding two typography errors (`5 ноты`, straight quotes)
 * appended to a Russian paragraph in the middle of the document.
 */
function editParagraph(ru: DocumentInput): DocumentInput {
  const units = segmentMarkdown(ru.markdown, { file: ru.file, lang: ru.lang }).units.filter((u) => u.kind === 'paragraph' && /[.!?]$/.test(u.text));
  const unit = units[Math.floor(units.length / 2)];
  if (!unit) throw new Error(`no paragraph in ${ru.file}`);
  const at = unit.end.offset;
  return { ...ru, markdown: `${ru.markdown.slice(0, at)} Было отправлено 5 ноты с пометкой "срочно".${ru.markdown.slice(at)}` };
}

const stats = (memos: PairMemos): { hits: number; misses: number } => ({ ...memos.findings.stats });

/** The memos of a pair as `diglot check` opens them, with the run's memos to save. */
function openPairMemos(root: string | undefined, enFile: string, ruFile: string): PairMemos & { run: DocumentMemos } {
  const run = new DocumentMemos(root);
  return { ...pairMemos(run, enFile, ruFile), run };
}

const savePairMemos = (memos: { run: DocumentMemos }): void => memos.run.save();

describe('checkPair: findings remembered per unit pair', () => {
  it.each(cases().map((c) => [c.name, c] as const))('%s: cold, warm and after a one-paragraph edit, the same messages as without memo', (_name, c) => {
    const root = mkdtempSync(join(tmpdir(), 'diglot-findings-memo-'));
    const plain = checkPair(c.en, c.ru, options);

    // Cold: every unit pair computed (identical pairs may share an entry) and stored.
    const cold = openPairMemos(root, c.en.file, c.ru.file);
    const first = checkPair(c.en, c.ru, { ...options, memos: cold });
    expect(shown(first)).toEqual(shown(plain));
    const coldStats = stats(cold);
    expect(coldStats.misses).toBeGreaterThan(0);
    savePairMemos(cold);
    const unitPairs = coldStats.hits + coldStats.misses;

    // Warm, reopened from disk: every pair from the memo.
    const warm = openPairMemos(root, c.en.file, c.ru.file);
    const second = checkPair(c.en, c.ru, { ...options, memos: warm });
    expect(shown(second)).toEqual(shown(plain));
    expect(stats(warm)).toEqual({ hits: unitPairs, misses: 0 });
    savePairMemos(warm);

    // One Russian paragraph edited: only its pair is computed again.
    const edited = editParagraph(c.ru);
    const expected = checkPair(c.en, edited, options);
    const again = openPairMemos(root, c.en.file, c.ru.file);
    const third = checkPair(c.en, edited, { ...options, memos: again });
    expect(shown(third)).toEqual(shown(expected));
    expect(stats(again)).toEqual({ hits: unitPairs - 1, misses: 1 });
    const typography = third.messages.filter((m) => m.ruleId === 'typography').map((m) => m.actual);
    expect(typography).toContain('5 ноты');
    expect(typography).toContain('"срочно"');
    expect(third.messages.find((m) => m.actual === '5 ноты')?.expected).toEqual(['5 нот']);
  });

  it('re-runs a rule that looks across pairs (segment-inconsistent) when only another pair changed', () => {
    const root = mkdtempSync(join(tmpdir(), 'diglot-findings-memo-'));
    const sentence = 'The delegation met again in Washington to discuss the debts.';
    const en: DocumentInput = { file: 'en.md', lang: 'en', markdown: `# Talks\n\n${sentence}\n\nThe talks went on.\n\n${sentence}\n` };
    const ruOf = (firstTranslation: string): DocumentInput => ({
      file: 'ru.md',
      lang: 'ru',
      markdown: `# Переговоры\n\n${firstTranslation}\n\nПереговоры продолжались.\n\nДелегация снова встретилась в Вашингтоне, чтобы обсудить долги.\n`,
    });
    const consistent = ruOf('Делегация снова встретилась в Вашингтоне, чтобы обсудить долги.');
    const inconsistent = ruOf('Делегация вновь собралась в Вашингтоне для обсуждения долгов.');
    const opts: CheckPairOptions = { severities: RULE_DEFAULTS };

    const memos = openPairMemos(root, en.file, 'ru.md');
    expect(checkPair(en, consistent, { ...opts, memos }).messages.filter((m) => m.ruleId === 'segment-inconsistent')).toEqual([]);
    savePairMemos(memos);

    // Only the first paragraph changes; the third pair (unchanged, its pair findings remembered) is now inconsistent.
    const reopened = openPairMemos(root, en.file, 'ru.md');
    const file = checkPair(en, inconsistent, { ...opts, memos: reopened });
    expect(reopened.findings.stats).toEqual({ hits: 3, misses: 1 });
    const found = file.messages.filter((m) => m.ruleId === 'segment-inconsistent');
    expect(found.map((m) => m.line)).toEqual([7]);
    expect(shown(file)).toEqual(shown(checkPair(en, inconsistent, opts)));
    savePairMemos(reopened);

    // And back: the finding goes away although the reported pair itself did not change.
    const back = openPairMemos(root, en.file, 'ru.md');
    const fixed = checkPair(en, consistent, { ...opts, memos: back });
    expect(back.findings.stats).toEqual({ hits: 4, misses: 0 }); // the first pair is now the same as the third one
    expect(fixed.messages.filter((m) => m.ruleId === 'segment-inconsistent')).toEqual([]);
  });

  it('remembers pair findings without a unit, and never findings on a unit outside their pair', () => {
    const root = mkdtempSync(join(tmpdir(), 'diglot-findings-memo-'));
    const en: DocumentInput = { file: 'en.md', lang: 'en', markdown: 'One.\n\nTwo.\n\nThree.\n' };
    const ru: DocumentInput = { file: 'ru.md', lang: 'ru', markdown: 'Один.\n\nДва.\n\nТри.\n' };
    // A pair-scoped rule reporting a file-level finding (no unit) for the pair `Два.`.
    const fileLevel = createRule(
      'extra-translation',
      (ctx, report) => {
        for (const pair of ctx.pairs)
          if (pair.target.some((u) => u.text === 'Два.'))
            report({ key: 'message.extra-translation', values: { kind: 'paragraph', actual: 'Два.' }, actual: 'Два.' });
      },
      { scope: 'pair' },
    );
    // A rule declared pair-scoped that nonetheless reports on the Russian unit of another pair: not storable.
    const elsewhere = createRule(
      'untranslated',
      (ctx, report) => {
        for (const pair of ctx.pairs)
          if (pair.target.some((u) => u.text === 'Три.'))
            report({ key: 'message.untranslated-empty', values: { kind: 'paragraph', expected: 'x' }, unit: ctx.target.doc.units[0] as Unit, actual: '' });
      },
      { scope: 'pair' },
    );
    const opts: CheckPairOptions = {
      severities: RULE_DEFAULTS,
      rules: [fileLevel, elsewhere, ...allRules.filter((r) => r.id !== 'extra-translation' && r.id !== 'untranslated')],
    };
    const plain = checkPair(en, ru, opts);
    expect(plain.messages.map((m) => [m.ruleId, m.line])).toEqual(
      expect.arrayContaining([
        ['extra-translation', undefined],
        ['untranslated', 1],
      ]),
    );
    const cold = openPairMemos(root, en.file, ru.file);
    expect(shown(checkPair(en, ru, { ...opts, memos: cold }))).toEqual(shown(plain));
    savePairMemos(cold);
    const warm = openPairMemos(root, en.file, ru.file);
    expect(shown(checkPair(en, ru, { ...opts, memos: warm }))).toEqual(shown(plain));
    expect(warm.findings.stats).toEqual({ hits: 2, misses: 1 }); // `Три.` was not stored
  });

  it('does not remember findings of a glossary without identity (terms given, no glossary hash)', () => {
    const c = cases()[0] as Case;
    const memos = openPairMemos(undefined, c.en.file, c.ru.file);
    const file = checkPair(c.en, c.ru, { ...options, glossary: undefined, memos });
    expect(memos.findings.stats).toEqual({ hits: 0, misses: 0 });
    expect(shown(file)).toEqual(shown(checkPair(c.en, c.ru, options)));
  });
});
