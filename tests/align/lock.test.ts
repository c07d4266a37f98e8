import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/align-documents.js';
import { main } from '../../src/cli.js';
import { createTermLookup } from '../../src/check/term-lookup.js';
import { resolveForms } from '../../src/glossary/resolve-forms.js';
import { createLock, type LockGlossary } from '../../src/lock/create-lock.js';
import { glossaryLanguageHash, type GlossaryHashes } from '../../src/lock/entry-hashes.js';
import { lockStatus } from '../../src/lock/lock-status.js';
import { previousUnits } from '../../src/lock/previous-units.js';
import { readLock } from '../../src/lock/read-lock.js';
import { serializeLock } from '../../src/lock/serialize-lock.js';
import { writeLock } from '../../src/lock/write-lock.js';
import type { Lock } from '../../src/lock/types.js';
import { segmentMarkdown } from '../../src/segment/segment-markdown.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SLUG = 'us-ussr-recognition-1933';
const EN = readFileSync(`${ROOT}content/en/${SLUG}.md`, 'utf8');
const RU = readFileSync(`${ROOT}content/ru/${SLUG}.md`, 'utf8');
const EN_JUNE = 'In June 1933, the Head of the Soviet Delegation';
const EN_BLOCKED = 'at which point they had overcome most of the impediments that had blocked negotiations.';
const EN_UNDER = 'Under the understandings reached between F.D. Roosevelt and M.M. Litvinov';
const RU_BLOCKED = 'препятствий, тормозивших переговоры.';
const RU_UNDER = 'Согласно договоренностям';
const tmp = mkdtempSync(join(tmpdir(), 'diglot-lock-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const entry = { id: 'litvinov', en: ['Litvinov'], targets: { ru: { term: 'Литвинов' } } };
const glossary = (hash = glossaryLanguageHash(entry, 'ru')): LockGlossary => ({
  hashes: () => ({ litvinov: { current: hash } }),
  uses: (en) => (en.includes('Litvinov') ? ['litvinov'] : []),
});

function lockOf(en = EN, ru = RU, previous?: Lock, accept = false): Lock {
  const enDoc = segmentMarkdown(en, { file: 'en.md', lang: 'en', ...(previous ? { previous: previousUnits(previous) } : {}) });
  const ruDoc = segmentMarkdown(ru, { file: 'ru.md', lang: 'ru' });
  return createLock({
    source: enDoc,
    targets: [{ lang: 'ru', doc: ruDoc, alignment: alignDocuments(enDoc, ruDoc) }],
    glossary: glossary(),
    ...(previous ? { previous } : {}),
    accept,
    now: () => new Date('2026-01-15T10:00:00Z'),
  });
}

function statuses(lock: Lock, en: string, ru: string, hashes: GlossaryHashes = glossary().hashes('ru')): Map<string, string[]> {
  const enDoc = segmentMarkdown(en, { file: 'en.md', lang: 'en', previous: previousUnits(lock) });
  const ruDoc = segmentMarkdown(ru, { file: 'ru.md', lang: 'ru' });
  const out = new Map<string, string[]>();
  for (const s of lockStatus(lock, enDoc, ruDoc, hashes)) {
    const text = s.source.map((id) => enDoc.units.find((u) => u.id === id)?.text ?? '').join(' ');
    out.set(s.status, [...(out.get(s.status) ?? []), text]);
  }
  return out;
}

describe('the lock', () => {
  const lock = lockOf();

  it('records every English unit and every pair, and is stable and diffable', () => {
    const en = segmentMarkdown(EN, { file: 'en.md', lang: 'en' });
    expect(lock.units.map((u) => u.id)).toEqual(en.units.map((u) => u.id));
    expect(lock.units[0]).toEqual({
      id: en.units[0]?.id,
      kind: en.units[0]?.kind,
      hash: expect.stringMatching(/^sha256:[0-9a-f]{16}$/),
      text: en.units[0]?.text,
    });
    expect(lock.targets.ru?.pairs.length).toBeGreaterThan(50);
    const june = lock.targets.ru?.pairs.find((p) => lock.units.find((u) => u.id === p.source[0])?.text.startsWith(EN_JUNE));
    expect(june?.glossary).toEqual({ litvinov: glossaryLanguageHash(entry, 'ru') });
    const text = serializeLock(lock);
    expect(serializeLock(JSON.parse(text) as Lock)).toBe(text);
    expect(serializeLock(lockOf())).toBe(text);
    const lines = text.split('\n');
    expect(lines.filter((l) => l === '    {').length).toBe(lock.units.length);
    expect(lines.filter((l) => l === '        {').length).toBe(lock.targets.ru?.pairs.length);
  });

  it('is all current against the files it was made from', () => {
    expect([...statuses(lock, EN, RU).keys()]).toEqual(['current']);
  });

  it('flags `stale` when the English changed (and the unit keeps its ID)', () => {
    const s = statuses(lock, EN.replace('to the amount of $1 billion', 'to the amount of one billion dollars'), RU);
    expect(s.get('stale')).toEqual([expect.stringContaining(EN_JUNE)]);
    expect(s.has('new')).toBe(false);
  });

  it('flags `edited` when the translation was changed by hand', () => {
    const s = statuses(lock, EN, RU.replace('заявил, что его правительство готово', 'сообщил, что его правительство готово'));
    expect(s.get('edited')).toEqual([expect.stringContaining(EN_JUNE)]);
  });

  it('flags `glossary-changed` for every unit using a changed entry', () => {
    const s = statuses(lock, EN, RU, { litvinov: glossaryLanguageHash({ ...entry, targets: { ru: { term: 'Литвинов', forbidden: ['Литвинофф'] } } }, 'ru') });
    const flagged = s.get('glossary-changed') ?? [];
    expect(flagged.length).toBe(lock.targets.ru?.pairs.filter((p) => 'litvinov' in p.glossary).length);
    expect(flagged.length).toBeGreaterThan(3);
    expect(flagged.every((t) => t.includes('Litvinov'))).toBe(true);
  });

  it('a refresh keeps a stale pair stale until the translation changes or is accepted', () => {
    const en2 = EN.replace('to the amount of $1 billion', 'to the amount of one billion dollars');
    const refreshed = lockOf(en2, RU, lock);
    expect(statuses(refreshed, en2, RU).get('stale')).toHaveLength(1);
    expect(refreshed.units.find((u) => u.text.startsWith(EN_JUNE))?.text).toContain('$1 billion');
    const ru2 = RU.replace('заявил, что его правительство готово', 'сообщил, что его правительство готово');
    expect([...statuses(lockOf(en2, ru2, lock), en2, ru2).keys()]).toEqual(['current']);
    expect([...statuses(lockOf(en2, RU, lock, true), en2, RU).keys()]).toEqual(['current']);
  });

  it('a refresh of unchanged files changes nothing', () => {
    expect(serializeLock(lockOf(EN, RU, lock))).toBe(serializeLock(lock));
  });

  it('a refresh keeps a pair stale after two English paragraphs were merged and the Russian kept', () => {
    const merged = EN.replace(`${EN_BLOCKED}\n\n${EN_UNDER}`, `${EN_BLOCKED} ${EN_UNDER}`);
    expect(merged).not.toBe(EN);
    const staleText = [expect.stringContaining(`${EN_BLOCKED} ${EN_UNDER}`)];
    expect(statuses(lock, merged, RU).get('stale')).toEqual(staleText);
    const refreshed = lockOf(merged, RU, lock);
    const s = statuses(refreshed, merged, RU);
    expect(s.get('stale')).toEqual(staleText);
    expect([...s.keys()].sort()).toEqual(['current', 'stale']);
    // The lock keeps the English both paragraphs had (the one merged away too), for `diglot update`.
    expect(refreshed.units.filter((u) => u.text.endsWith(EN_BLOCKED) || u.text.startsWith(EN_UNDER))).toHaveLength(2);
    expect(serializeLock(lockOf(merged, RU, refreshed))).toBe(serializeLock(refreshed));
    expect([...statuses(lockOf(merged, RU, refreshed, true), merged, RU).keys()]).toEqual(['current']);
    // The translator merges the Russian paragraphs too: the new translation is current.
    const ruMerged = RU.replace(`${RU_BLOCKED}\n\n${RU_UNDER}`, `${RU_BLOCKED} ${RU_UNDER}`);
    expect(ruMerged).not.toBe(RU);
    expect([...statuses(lockOf(merged, ruMerged, refreshed), merged, ruMerged).keys()]).toEqual(['current']);
  });

  it('a refresh keeps a pair stale after an English paragraph was split and the Russian kept', () => {
    const split = EN.replace('$1 billion. This statement', '$1 billion.\n\nThis statement');
    expect(split).not.toBe(EN);
    const refreshed = lockOf(split, RU, lock);
    const s = statuses(refreshed, split, RU);
    expect(s.get('stale')).toEqual([expect.stringMatching(/^In June 1933.*\$1 billion\. This statement did not fail/)]);
    expect([...s.keys()].sort()).toEqual(['current', 'stale']);
    expect(refreshed.units.find((u) => u.text.startsWith(EN_JUNE))?.text).toContain('This statement did not fail');
    expect([...statuses(lockOf(split, RU, refreshed, true), split, RU).keys()]).toEqual(['current']);
  });

  it('is written atomically: no temporary file is left, a failed write leaves nothing behind', () => {
    const path = join(tmp, 'atomic', `${SLUG}.lock.json`);
    writeLock(path, lock);
    writeLock(path, lock);
    expect(readdirSync(join(tmp, 'atomic'))).toEqual([`${SLUG}.lock.json`]);
    expect(readLock(path)).toEqual(JSON.parse(serializeLock(lock)));
    const blocked = join(tmp, 'atomic', 'is-a-folder.lock.json');
    mkdirSync(blocked);
    expect(() => writeLock(blocked, lock)).toThrow();
    expect(readdirSync(join(tmp, 'atomic')).sort()).toEqual(['is-a-folder.lock.json', `${SLUG}.lock.json`]);
    expect(readLock(join(tmp, 'atomic', 'missing.lock.json'))).toBeUndefined();
    writeFileSync(join(tmp, 'atomic', 'bad.lock.json'), '{"version": 7}');
    expect(() => readLock(join(tmp, 'atomic', 'bad.lock.json'))).toThrow(/expected `1` or `2`/);
  });
});

describe('diglot lock', () => {
  const project = join(tmp, 'project');
  const run = async (...args: string[]): Promise<{ code: number; out: string }> => {
    const out: string[] = [];
    const code = await main(args, { cwd: project, stdout: (t) => out.push(t), stderr: (t) => out.push(t) });
    return { code, out: out.join('') };
  };

  it('writes content/<slug>.lock.json, checks clean, then reports stale (exit 1) and glossary changes', async () => {
    mkdirSync(join(project, 'content', 'en'), { recursive: true });
    mkdirSync(join(project, 'content', 'ru'), { recursive: true });
    cpSync(`${ROOT}glossary/article.yaml`, join(project, 'glossary', 'article.yaml'));
    writeFileSync(join(project, 'diglot.config.yaml'), 'sourceLanguage: en\ntargetLanguages: [ru]\n');
    writeFileSync(join(project, 'content', 'en', `${SLUG}.md`), EN);
    writeFileSync(join(project, 'content', 'ru', `${SLUG}.md`), RU);
    const written = await run('lock');
    expect(written.code).toBe(0);
    expect(written.out).toMatch(new RegExp(`content/${SLUG}\\.lock\\.json: \\d+ units, ru: \\d+ pairs`));
    expect(await run('lock', '--check')).toEqual({ code: 0, out: '' });
    writeFileSync(join(project, 'content', 'en', `${SLUG}.md`), EN.replace('to the amount of $1 billion', 'to the amount of one billion dollars'));
    const stale = await run('lock', '--check');
    expect(stale.code).toBe(1);
    expect(stale.out).toMatch(/content\/en\/us-ussr-recognition-1933\.md:61:1: error lock-stale \(ru\): /);
    writeFileSync(join(project, 'content', 'en', `${SLUG}.md`), EN);
    const yaml = readFileSync(join(project, 'glossary', 'article.yaml'), 'utf8');
    writeFileSync(join(project, 'glossary', 'article.yaml'), yaml.replace('forbidden: ["Литвинофф"]', 'forbidden: ["Литвинофф", "Литвинов-Валлах"]'));
    const changed = await run('lock', '--check');
    expect(changed.code).toBe(0);
    expect(changed.out).toMatch(
      /warning lock-glossary-changed \(ru\): Changed glossary entries used by this unit since it was translated: review the terms \(`litvinov`\)/,
    );
  });

  it('records the glossary entries a unit uses as the glossary engine finds them (as check and build do)', async () => {
    cpSync(`${ROOT}glossary/article.yaml`, join(project, 'glossary', 'article.yaml'));
    cpSync(`${ROOT}glossary/forms.json`, join(project, 'glossary', 'forms.json'));
    expect((await run('lock', '--accept')).code).toBe(0);
    const lock = readLock(join(project, 'content', `${SLUG}.lock.json`)) as Lock;
    const text = new Map(lock.units.map((u) => [u.id, u.text]));
    const pairs = (lock.targets.ru?.pairs ?? []).map((p) => ({ en: p.source.map((id) => text.get(id) ?? '').join('\n'), used: Object.keys(p.glossary) }));
    const usedBy = (fragment: string): string[] => pairs.find((p) => p.en.includes(fragment))?.used ?? [];
    expect(usedBy('exchanged notes verbales')).toContain('note-verbale');
    // `M.M. Litvinov` is Litvinov, not also the `M.` (Moscow) of the bibliography.
    expect(usedBy('London, M.M. Litvinov, stated')).toContain('litvinov');
    expect(usedBy('London, M.M. Litvinov, stated')).not.toContain('moscow-imprint');
    // Plurals, case and spellings: exactly what `findEnglishTerms` over the compiled forms finds.
    const lookup = createTermLookup((await resolveForms(join(project, 'glossary'))).forms);
    const expected = pairs.map((p) => [...new Set(lookup.english(p.en).map((h) => h.entryId))].sort());
    expect(pairs.map((p) => p.used)).toEqual(expected);
    expect(expected.filter((ids) => ids.length > 0).length).toBeGreaterThan(30);
  });

  it('keeps a pair stale after a merge of English paragraphs until `--accept`', async () => {
    expect(await run('lock', '--check')).toEqual({ code: 0, out: '' });
    writeFileSync(join(project, 'content', 'en', `${SLUG}.md`), EN.replace(`${EN_BLOCKED}\n\n${EN_UNDER}`, `${EN_BLOCKED} ${EN_UNDER}`));
    expect((await run('lock')).code).toBe(0);
    const stale = await run('lock', '--check');
    expect(stale.code).toBe(1);
    expect(stale.out).toMatch(
      /^content\/en\/us-ussr-recognition-1933\.md:85:1: error lock-stale \(ru\): .*\(expected: the English the translation was made from; found: changed English\)$/m,
    );
    expect(stale.out.match(/lock-stale/g)).toHaveLength(1);
    expect((await run('lock')).code).toBe(0);
    expect((await run('lock', '--check')).code).toBe(1);
    expect((await run('lock', '--accept')).code).toBe(0);
    expect(await run('lock', '--check')).toEqual({ code: 0, out: '' });
  });
});
