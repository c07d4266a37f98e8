import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertNewBlocks } from '../../src/exchange/insert-new-blocks.js';
import { run, tempProject } from './exchange-helpers.js';

describe('inserted blocks take the file line ending (issue 14, point 5)', () => {
  it('insertNewBlocks writes CRLF into a CRLF file, LF into an LF file, also for multi-line blocks and at the end', () => {
    expect(insertNewBlocks('# A\r\n\r\nB\r\n', [{ after: 0, order: 1, text: 'Б1\nБ2' }], 'ru.md')).toBe('# A\r\n\r\nБ1\r\nБ2\r\n\r\nB\r\n');
    expect(insertNewBlocks('# A\r\n', [{ after: -1, order: 0, text: 'Б' }], 'ru.md')).toBe('Б\r\n\r\n# A\r\n');
    expect(insertNewBlocks('---\r\nlang: ru\r\n---\r\n', [{ after: -1, order: 0, text: 'Б' }], 'ru.md')).toBe('---\r\nlang: ru\r\n---\r\n\r\nБ\r\n');
    expect(insertNewBlocks('# A\n', [{ after: 0, order: 1, text: 'Б1\r\nБ2' }], 'ru.md')).toBe('# A\n\nБ1\nБ2\n');
  });

  it('an import into a CRLF translation keeps every line break CRLF', async () => {
    const dir = tempProject('exchange-basic');
    const ru = join(dir, 'content/ru/sample.md');
    writeFileSync(ru, readFileSync(ru, 'utf8').replace(/\n/g, '\r\n'));
    const po = (await run(dir, 'export', 'content/en/sample.md', '--format', 'po')).stdout;
    expect(po).toContain('msgid "The debts question remained open for years."\nmsgstr ""');
    writeFileSync(
      join(dir, 'new.po'),
      po.replace(
        'msgid "The debts question remained open for years."\nmsgstr ""',
        'msgid "The debts question remained open for years."\nmsgstr "Вопрос о долгах оставался открытым годами."',
      ),
    );
    const result = await run(dir, 'import', 'new.po');
    expect(result.stdout).toContain('inserted 1');
    const text = readFileSync(ru, 'utf8');
    expect(text).toContain('\r\n\r\nВопрос о долгах оставался открытым годами.\r\n');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });
});
