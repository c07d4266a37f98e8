import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { describe, expect, it } from 'vitest';
import { checkFilePair, PAIR_RULES } from '../../src/index.js';
import { repoRoot } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';

const SLUG = 'us-ussr-recognition-1933';

interface JsonMessage {
  ruleId: string;
  severity: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  expected?: string[];
  actual?: string;
}

/** A copy of the repository's project whose Russian translation got a wrong year and a missing paragraph. */
function project(): { dir: string; en: string; ru: string } {
  const dir = mkdtempSync(join(tmpdir(), 'diglot-pair-'));
  for (const part of ['content', 'glossary', 'diglot.config.yaml']) cpSync(join(repoRoot, part), join(dir, part), { recursive: true });
  const ru = join(dir, 'content', 'ru', `${SLUG}.md`);
  const text = readFileSync(ru, 'utf8');
  const broken = text.replace('1933', '1934');
  expect(broken).not.toBe(text);
  writeFileSync(ru, broken);
  return { dir, en: join(dir, 'content', 'en', `${SLUG}.md`), ru };
}

const fromVfile = (m: VFileMessage): unknown => {
  const end = m.place && 'end' in m.place ? m.place.end : undefined;
  return [m.ruleId, m.fatal ? 'error' : 'warn', m.line, m.column, end?.line, end?.column, m.reason, m.expected ?? [], m.actual ?? ''];
};
const fromJson = (m: JsonMessage): unknown => [m.ruleId, m.severity, m.line, m.column, m.endLine, m.endColumn, m.message, m.expected ?? [], m.actual ?? ''];

describe('checkFilePair: two vfiles in, the pair-scoped messages of `diglot check` out', () => {
  it("gives, in a project, exactly the messages `diglot check` reports for the pair's rules (glossary, lock, severities from the project)", async () => {
    const { dir, en, ru } = project();
    const { stdout } = await runCli(['check', ru, '--format', 'json', '--no-cache'], dir);
    const report = JSON.parse(stdout) as { files: Array<{ file: string; messages: JsonMessage[] }> };
    const pairIds = new Set<string>([...PAIR_RULES.map((r) => r.id), 'suppression']);
    const expected = (report.files.find((f) => f.file.endsWith(`ru/${SLUG}.md`))?.messages ?? []).filter((m) => pairIds.has(m.ruleId));

    const target = new VFile({ path: ru, value: readFileSync(ru, 'utf8') });
    const messages = await checkFilePair(new VFile({ path: en, value: readFileSync(en, 'utf8') }), target);
    expect(messages.map(fromVfile).sort()).toEqual(expected.map(fromJson).sort());
    expect(target.messages).toEqual(messages);
    // The typed-in year is among them, with what was expected.
    const year = messages.find((m) => m.ruleId === 'number-mismatch' && m.actual === '1934');
    expect(year?.expected).toContain('1933');
    expect(year).toMatchObject({ source: 'diglot', fatal: true });
    expect(year?.cause).toBeTruthy();
  });

  it('takes the languages as options outside a project, and fails on the file whose language nothing tells', async () => {
    const source = new VFile({ path: 'a.md', value: '# Recognition\n\nIn 1933 the notes were exchanged. See `diglot check`.\n' });
    const target = new VFile({ path: 'b.md', value: '# Признание\n\nВ 1934 году состоялся обмен нотами. См. `diglot chek`.\n' });
    const messages = await checkFilePair(source, target, { sourceLang: 'en', targetLang: 'ru', config: false });
    expect(messages.map((m) => [m.ruleId, m.line, m.actual, m.expected]).sort()).toEqual([
      ['markup-mismatch', 3, 'diglot chek', ['diglot check']],
      ['number-mismatch', 3, '1934', ['1933']],
    ]);
    await expect(checkFilePair(source, new VFile({ path: 'c.md', value: 'x' }), { sourceLang: 'en', config: false })).rejects.toMatchObject({
      ruleId: 'segment',
      fatal: true,
    });
  });
});
