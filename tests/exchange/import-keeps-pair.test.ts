import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashText } from '../../src/lock/hash-text.js';
import type { Lock } from '../../src/lock/types.js';
import { run, tempProject } from './exchange-helpers.js';

const UNIT = 'u-8d8a0e4b';
const SOURCE =
  'Shortly after the Bolsheviks seized power, the U.S. broke off diplomatic relations with Russia. The American embassy in Russia abstained from any direct contact with the new authorities. In February 1918 its employees left Petrograd and moved to Vologda, and later to Arkhangelsk. In autumn 1919 the American diplomats left Russia for a long time to come.';
/** One sentence for four, with a URL: a length the aligner alone would not pair. */
const SHORT = 'Вскоре после того как большевики захватили власть, США разорвали отношения с Россией (см. https://ru.wikipedia.org/wiki/Вологда).';

function po(unit: string, source: string, target: string): string {
  const q = (s: string): string => JSON.stringify(s);
  return `msgid ""\nmsgstr ""\n"Language: ru\\n"\n"X-Diglot-Source: content/en/us-ussr-recognition-1933.md\\n"\n\nmsgctxt ${q(unit)}\nmsgid ${q(source)}\nmsgstr ${q(target)}\n`;
}

const LOCK = 'content/us-ussr-recognition-1933.lock.json';
const OBSOLETE = 'content/us-ussr-recognition-1933.obsolete.json';

describe('an imported translation stays paired with its unit (issue 17, point 1)', () => {
  it('check sees a pair, update keeps it, the lock records it', async () => {
    const dir = tempProject('article');
    writeFileSync(join(dir, 'short.po'), po(UNIT, SOURCE, SHORT));
    const imported = await run(dir, 'import', 'short.po', '--no-validate');
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('changed 1');
    // The lock records the pair the import made: this unit, the translation as written.
    const lock = JSON.parse(readFileSync(join(dir, LOCK), 'utf8')) as Lock;
    const pair = lock.targets.ru?.pairs.find((p) => p.source.length === 1 && p.source[0] === UNIT);
    expect(pair?.targetHash).toBe(hashText(SHORT));
    expect(pair?.sourceHash).toBe(hashText(SOURCE));

    const check = await run(dir, 'check', '--no-cache');
    expect(check.stdout).not.toMatch(/missing-translation|extra-translation/);

    const update = await run(dir, 'update');
    expect(update.code, update.stderr).toBe(0);
    expect(update.stdout).toContain('0 obsolete');
    const after = readFileSync(join(dir, LOCK), 'utf8');
    expect(after.split(`"${UNIT}"`).length - 1).toBeGreaterThanOrEqual(2);
    expect(JSON.parse(after).targets.ru.pairs.some((p: { source: string[] }) => p.source[0] === UNIT)).toBe(true);
    let obsolete: string;
    try {
      obsolete = readFileSync(join(dir, OBSOLETE), 'utf8');
    } catch {
      obsolete = '';
    }
    expect(obsolete).not.toContain(UNIT);

    // `diglot lock` aligns with the lock's pairs too: it keeps the pair as recorded.
    expect((await run(dir, 'lock', '--check')).stdout).not.toMatch(new RegExp(`${UNIT}.*(new|untranslated|unaligned)`));
    const relocked = await run(dir, 'lock');
    expect(relocked.code, relocked.stderr).toBe(0);
    const kept = (JSON.parse(readFileSync(join(dir, LOCK), 'utf8')) as Lock).targets.ru?.pairs.find((p) => p.source[0] === UNIT);
    expect(kept?.targetHash).toBe(hashText(SHORT));
  });
});
