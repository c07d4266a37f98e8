import { describe, expect, it } from 'vitest';
import { checkPair } from '../../src/check/check-pair.js';
import { formatReport } from '../../src/report/format-report.js';
import { messageFields, oneLine } from '../../src/report/message-fields.js';
import { only } from '../check/fixture-helpers.js';

// The Russian date is written across a soft line break; the English paragraph holds inline code.
const en = 'Run `deploy --prod` on the 16th of November, 1933 edition.\n';
const ru = 'Запустите `deploy --prod` для издания 17\nноября 1933 г.\n';

function file(target = ru) {
  return checkPair({ file: '/p/en.md', markdown: en, lang: 'en' }, { file: '/p/ru.md', markdown: target, lang: 'ru' }, { severities: only('number-mismatch') });
}

describe('findings are one line', () => {
  it('the text report prints one line per finding and its English line', () => {
    const text = formatReport([file()], 'text', { lang: 'en', cwd: '/p' });
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('ru.md:1:39: error number-mismatch: Unexpected date `17 ноября`, expected `16 ноября` (English `16th of November`)');
    expect(lines[1]).toBe('  English: en.md:1:1: Run `deploy --prod` on the 16th of November, 1933 edition.');
  });

  it('actual, expected and related message are one line in JSON and SARIF too', () => {
    const f = file('Запустите `deploy --prod` для издания 17\r\n   ноября 1933 г.\r\n');
    const fields = messageFields(f.messages[0]!, '/p');
    expect(fields.actual).toBe('17 ноября');
    expect(fields.message).not.toMatch(/[\r\n]/);
    const json = JSON.parse(formatReport([f], 'json', { lang: 'en', cwd: '/p' })) as { files: Array<{ messages: Array<{ actual: string }> }> };
    expect(json.files[0]?.messages[0]?.actual).toBe('17 ноября');
    const sarif = JSON.parse(formatReport([f], 'sarif', { lang: 'en', cwd: '/p' })) as { runs: Array<{ results: Array<{ message: { text: string } }> }> };
    expect(sarif.runs[0]?.results[0]?.message.text).toBe('Unexpected date `17 ноября`, expected `16 ноября` (English `16th of November`)');
  });

  it('oneLine joins only whitespace that holds a line break', () => {
    expect(oneLine('a\n  b\r\n\r\nc\u2028d')).toBe('a b c d');
    expect(oneLine('150\u00a0млн,  two spaces')).toBe('150\u00a0млн,  two spaces');
  });
});
