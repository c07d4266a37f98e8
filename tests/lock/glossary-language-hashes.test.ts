import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/align-documents.js';
import type { Alignment } from '../../src/align/types.js';
import { buildTermIndex, type TermIndex } from '../../src/glossary/build-term-index.js';
import { loadGlossary } from '../../src/glossary/load-glossary.js';
import { resolveForms } from '../../src/glossary/resolve-forms.js';
import type { Glossary, GlossaryEntry } from '../../src/glossary/types.js';
import { glossaryEntryHash } from '../../src/lock/canonical-json.js';
import { createLock } from '../../src/lock/create-lock.js';
import { glossaryLanguageHash } from '../../src/lock/entry-hashes.js';
import { toLockGlossary, type LockGlossary } from '../../src/lock/lock-glossary.js';
import { lockStatus } from '../../src/lock/lock-status.js';
import { serializeLock } from '../../src/lock/serialize-lock.js';
import type { Lock, PairStatus } from '../../src/lock/types.js';
import { segmentMarkdown } from '../../src/segment/segment-markdown.js';
import type { SegmentedDocument } from '../../src/segment/types.js';

// The real article, its Russian and Ukrainian editions and the real glossary (96 entries with ru and uk columns).
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SLUG = 'us-ussr-recognition-1933';
const read = (lang: string): string => readFileSync(join(ROOT, 'content', lang, `${SLUG}.md`), 'utf8');
const now = (): Date => new Date('2026-02-01T09:00:00Z');

const en = segmentMarkdown(read('en'), { file: `content/en/${SLUG}.md`, lang: 'en' });
const targets: Record<string, { doc: SegmentedDocument; alignment: Alignment }> = {};
for (const lang of ['ru', 'uk']) {
  const doc = segmentMarkdown(read(lang), { file: `content/${lang}/${SLUG}.md`, lang });
  targets[lang] = { doc, alignment: alignDocuments(en, doc) };
}

let real: Glossary;
let index: TermIndex;
beforeAll(async () => {
  real = loadGlossary(join(ROOT, 'glossary'));
  index = buildTermIndex((await resolveForms(join(ROOT, 'glossary'), real)).forms);
});

/** The real glossary with each entry changed by `change` (the English forms, hence `uses`, stay). */
function edited(change: (entry: GlossaryEntry) => GlossaryEntry): Glossary {
  return { ...real, entries: real.entries.map((e) => change(structuredClone(e))) };
}
const withoutUk = (): Glossary => edited((e) => ({ ...e, targets: Object.fromEntries(Object.entries(e.targets).filter(([lang]) => lang !== 'uk')) }));
const litvinovForbidding =
  (variant: string) =>
  (e: GlossaryEntry): GlossaryEntry =>
    e.id === 'litvinov'
      ? {
          ...e,
          targets: {
            ...e.targets,
            ru: { ...(e.targets['ru'] as GlossaryEntry['targets'][string]), forbidden: [...(e.targets['ru']?.forbidden ?? []), variant] },
          },
        }
      : e;

function lockWith(glossary: LockGlossary, langs: readonly string[], previous?: Lock): Lock {
  return createLock({
    source: en,
    targets: langs.map((lang) => ({ lang, ...(targets[lang] as { doc: SegmentedDocument; alignment: Alignment }) })),
    glossary,
    ...(previous ? { previous } : {}),
    now,
  });
}

function statuses(lock: Lock, glossary: LockGlossary, lang: string): PairStatus[] {
  const target = targets[lang] as { doc: SegmentedDocument; alignment: Alignment };
  return lockStatus(lock, en, target.doc, glossary.hashes(lang), { lang, alignment: target.alignment }).map((s) => s.status);
}
const count = (list: readonly PairStatus[], status: PairStatus): number => list.filter((s) => s === status).length;

/** The lock as written before per-language hashes: every pair records each entry's whole-entry hash. */
function legacyOf(lock: Lock, glossary: Glossary): Lock {
  const legacy = new Map(glossary.entries.map((e) => [e.id, glossaryEntryHash(e)]));
  const targetsOut: Lock['targets'] = {};
  for (const [lang, t] of Object.entries(lock.targets)) {
    targetsOut[lang] = {
      ...t,
      pairs: t.pairs.map(({ recorded: _recorded, ...p }) => ({
        ...p,
        glossary: Object.fromEntries(Object.keys(p.glossary).map((id) => [id, legacy.get(id) as string])),
      })),
    };
  }
  return { ...lock, targets: targetsOut };
}

describe('per-language glossary hashes in the lock', () => {
  it('hash an entry’s triggers, shared fields and one language’s column: not the other columns, not the note', () => {
    const litvinov = real.entries.find((e) => e.id === 'litvinov') as GlossaryEntry;
    const ru = glossaryLanguageHash(litvinov, 'ru');
    expect(ru).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect(glossaryLanguageHash(litvinov, 'uk')).not.toBe(ru);
    const { uk: _uk, ...onlyRu } = litvinov.targets;
    expect(glossaryLanguageHash({ ...litvinov, targets: onlyRu }, 'ru')).toBe(ru);
    expect(glossaryLanguageHash({ ...litvinov, note: `${litvinov.note ?? ''} The Ukrainian edition writes Литвинов.` }, 'ru')).toBe(ru);
    expect(glossaryLanguageHash({ ...litvinov, place: { file: 'moved.yaml', line: 900 } }, 'ru')).toBe(ru);
    expect(glossaryLanguageHash({ ...litvinov, en: [...litvinov.en, 'Litvinoff'] }, 'ru')).not.toBe(ru);
    expect(glossaryLanguageHash({ ...litvinov, kind: 'term' }, 'ru')).not.toBe(ru);
    expect(glossaryLanguageHash(litvinovForbidding('Литвинов-Валлах')(structuredClone(litvinov)), 'ru')).not.toBe(ru);
  });

  it('adding a language column to the glossary leaves the other language’s pairs current', () => {
    const before = toLockGlossary(withoutUk(), index);
    const after = toLockGlossary(real, index);
    const lock = lockWith(before, ['ru']);
    const ru = statuses(lock, before, 'ru');
    expect(count(ru, 'current')).toBeGreaterThan(60);
    expect(count(ru, 'glossary-changed')).toBe(0);
    // The uk columns of all 96 entries added: the Russian pairs are as they were.
    expect(statuses(lock, after, 'ru')).toEqual(ru);
    // Whole-entry hashes (the old lock) reopened every Russian pair using an entry — the bug fixed here.
    const legacy = legacyOf(lock, withoutUk());
    const legacyStates = lockStatus(
      legacy,
      en,
      targets['ru']?.doc as SegmentedDocument,
      Object.fromEntries(real.entries.map((e) => [e.id, glossaryEntryHash(e)])),
      { lang: 'ru', alignment: targets['ru']?.alignment as Alignment },
    );
    expect(legacyStates.filter((s) => s.status === 'glossary-changed').length).toBe(
      lock.targets.ru?.pairs.filter((p) => Object.keys(p.glossary).length > 0).length,
    );
  });

  it('changing the ru column reopens the Russian pairs that use the entry and leaves the Ukrainian ones current', () => {
    const glossary = toLockGlossary(real, index);
    const lock = lockWith(glossary, ['ru', 'uk']);
    const ru = statuses(lock, glossary, 'ru');
    const uk = statuses(lock, glossary, 'uk');
    expect(count(uk, 'current')).toBeGreaterThan(60);
    const changed = toLockGlossary(edited(litvinovForbidding('Литвинов-Валлах')), index);
    const ruAfter = lockStatus(lock, en, targets['ru']?.doc as SegmentedDocument, changed.hashes('ru'), {
      lang: 'ru',
      alignment: targets['ru']?.alignment as Alignment,
    });
    const reopened = ruAfter.filter((s) => s.status === 'glossary-changed');
    expect(reopened.length).toBe(lock.targets.ru?.pairs.filter((p) => 'litvinov' in p.glossary).length);
    expect(reopened.length).toBeGreaterThan(3);
    expect(reopened.every((s) => s.entries?.join() === 'litvinov')).toBe(true);
    expect(
      count(
        ruAfter.map((s) => s.status),
        'current',
      ),
    ).toBe(count(ru, 'current') - reopened.length);
    expect(statuses(lock, changed, 'uk')).toEqual(uk);
  });

  it('a lock written with legacy whole-entry hashes reads as current, and `lock` rewrites them once', () => {
    const glossary = toLockGlossary(real, index);
    const lock = lockWith(glossary, ['ru', 'uk']);
    const legacy = legacyOf(lock, real);
    expect(serializeLock(legacy)).not.toBe(serializeLock(lock));
    for (const lang of ['ru', 'uk']) expect(statuses(legacy, glossary, lang)).toEqual(statuses(lock, glossary, lang));
    // The refresh writes the per-language hashes, and dates no pair (nothing was re-recorded).
    const migrated = lockWith(glossary, ['ru', 'uk'], legacy);
    const undated = (l: Lock): string =>
      serializeLock({
        ...l,
        targets: Object.fromEntries(Object.entries(l.targets).map(([lang, t]) => [lang, { ...t, pairs: t.pairs.map(({ recorded: _r, ...p }) => p) }])),
      });
    expect(serializeLock(migrated)).toBe(undated(lock));
    expect(serializeLock(lockWith(glossary, ['ru', 'uk'], migrated))).toBe(serializeLock(migrated));
  });

  it('a legacy hash of an entry changed since is not migrated: the pair stays glossary-changed', () => {
    const glossary = toLockGlossary(real, index);
    const lock = lockWith(glossary, ['ru']);
    // Recorded when the ru column of litvinov forbade one more variant (whole-entry hashes).
    const legacy = legacyOf(lock, edited(litvinovForbidding('Литвинов-Валлах')));
    const users = lock.targets.ru?.pairs.filter((p) => 'litvinov' in p.glossary).length;
    expect(count(statuses(legacy, glossary, 'ru'), 'glossary-changed')).toBe(users);
    const refreshed = lockWith(glossary, ['ru'], legacy);
    expect(count(statuses(refreshed, glossary, 'ru'), 'glossary-changed')).toBe(users);
    expect(
      refreshed.targets.ru?.pairs.filter((p) => 'litvinov' in p.glossary).every((p) => p.glossary['litvinov'] !== glossary.hashes('ru')['litvinov']?.current),
    ).toBe(true);
  });
});
