import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/align-documents.js';
import { checkFiles } from '../../src/check/check-files.js';
import { RULE_DEFAULTS } from '../../src/check/rule-severities.js';
import type { FilePair } from '../../src/check/resolve-file-set.js';
import { prepareMorphology } from '../../src/check/typography/numeral-agreement.js';
import { formatReport } from '../../src/report/format-report.js';
import { sharedRoot } from './fixture-helpers.js';

/** Every Russian file of a corpus with its English original (real human translations, no glossary). */
function corpusPairs(name: string): FilePair[] {
  const dir = `${sharedRoot}corpora/${name}`;
  return readdirSync(`${dir}/ru`)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ source: `${dir}/en/${f}`, target: `${dir}/ru/${f}`, sourceLang: 'en', targetLang: 'ru' }));
}

function check(name: string) {
  return checkFiles(corpusPairs(name), {
    severities: RULE_DEFAULTS,
    align: (en, ru) => alignDocuments(en, ru),
    name: (p) => p.slice(`${sharedRoot}corpora/`.length),
  });
}

function countByRule(files: ReturnType<typeof check>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const m of files.flatMap((f) => f.messages)) counts[m.ruleId ?? ''] = (counts[m.ruleId ?? ''] ?? 0) + 1;
  return counts;
}

describe('diglot check on real translations', () => {
  it('md-12factor: markup-mismatch catches inline code turned into quoted text', async () => {
    await prepareMorphology();
    const files = check('md-12factor');
    expect(files).toHaveLength(16);
    const config = files.find((f) => f.path === 'md-12factor/ru/config.md');
    const quoted = config?.messages.find((m) => m.ruleId === 'markup-mismatch' && m.actual === "'config/routes.rb'");
    expect(quoted).toBeDefined();
    expect(quoted).toMatchObject({ line: 14, column: 126, fatal: true, expected: ['`config/routes.rb`'] });
    expect(quoted?.reason).toBe("Unexpected quoted text `'config/routes.rb'`, expected inline code `config/routes.rb`");
    expect((quoted?.cause as { file?: string } | undefined)?.file).toBe('md-12factor/en/config.md');
    // The other real defects: a second quoted path, a changed timestamp in inline code, replaced links.
    const markup = files.flatMap((f) =>
      f.messages.filter((m) => m.ruleId === 'markup-mismatch').map((m) => `${f.path}:${m.line}:${m.column} ${m.actual ?? m.expected?.[0] ?? ''}`),
    );
    expect(markup).toContain("md-12factor/ru/config.md:16:139 'config/database.yml'");
    expect(markup).toContain('md-12factor/ru/build-release-run.md:16:96 2015-04-06-15:42:17');
    const counts = countByRule(files);
    expect(counts['internal-error']).toBeUndefined();
    expect(counts['unreadable-file']).toBeUndefined();
    expect(counts['markup-mismatch']).toBeGreaterThanOrEqual(8);
    expect(counts['typography']).toBeGreaterThanOrEqual(20);
    console.log('md-12factor', counts);
    console.log(
      formatReport(files, 'text', { lang: 'en', cwd: `${sharedRoot}corpora` })
        .split('\n')
        .filter((l, i, all) => l.includes('config.md') || i === all.length - 2)
        .join('\n'),
    );
  });

  it('md-opensource-guide: findings on every kind of drift, nothing crashes', async () => {
    await prepareMorphology();
    const files = check('md-opensource-guide');
    expect(files).toHaveLength(12);
    const counts = countByRule(files);
    console.log('md-opensource-guide', counts);
    expect(counts['internal-error']).toBeUndefined();
    expect(counts['unreadable-file']).toBeUndefined();
    // legal.md and security-best-practices… are partial translations: units are missing.
    const missing = files.filter((f) => f.messages.some((m) => m.ruleId === 'missing-translation')).map((f) => f.path);
    expect(missing).toEqual(expect.arrayContaining(['md-opensource-guide/ru/legal.md', 'md-opensource-guide/ru/security-best-practices-for-your-project.md']));
    expect(counts['markup-mismatch']).toBeGreaterThanOrEqual(20);
    // A real agreement error of the Russian: «144 миллионов» after a numeral of the few category.
    const agreement = files.flatMap((f) => f.messages).find((m) => m.ruleId === 'typography' && m.actual === '144 миллионов');
    expect(agreement?.expected).toEqual(['144 миллиона']);
  });
});
