import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/align-documents.js';
import { alignmentToTmx } from '../../src/edition/write-tmx.js';
import { segmentMarkdown } from '../../src/segment/segment-markdown.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DTD = fileURLToPath(new URL('../../../shared/schemas/tmx/tmx14.dtd', import.meta.url));
const SLUG = 'us-ussr-recognition-1933';

describe('alignmentToTmx', () => {
  const en = segmentMarkdown(readFileSync(join(ROOT, `content/en/${SLUG}.md`), 'utf8'), { file: 'en.md', lang: 'en' });
  const ru = segmentMarkdown(readFileSync(join(ROOT, `content/ru/${SLUG}.md`), 'utf8'), { file: 'ru.md', lang: 'ru' });
  const alignment = alignDocuments(en, ru);
  const tmx = alignmentToTmx(en, ru, alignment, { toolVersion: '0.1.0', document: SLUG });

  it('is TMX 1.4, valid against tmx14.dtd (xmllint; CI installs libxml2-utils)', () => {
    expect(tmx).toContain('<tmx version="1.4">');
    const file = join(mkdtempSync(join(tmpdir(), 'diglot-tmx-')), 'a.tmx');
    writeFileSync(file, tmx);
    // Throws (fails the test) when xmllint is missing or the document is invalid.
    execFileSync('xmllint', ['--noout', '--nonet', '--dtdvalid', DTD, file], { stdio: 'pipe' });
  });

  it('has one unit per aligned sentence pair, in both languages, codes removed', () => {
    const pairs = alignment.sentences.filter((b) => b.source.length > 0 && b.target.length > 0).length;
    const units = tmx.match(/<tu /g) ?? [];
    expect(pairs).toBeGreaterThan(100);
    expect(units.length).toBeGreaterThan(pairs * 0.95);
    expect(units.length).toBeLessThanOrEqual(pairs);
    expect(tmx.match(/<tuv xml:lang="en">/g)).toHaveLength(units.length);
    expect(tmx.match(/<tuv xml:lang="ru">/g)).toHaveLength(units.length);
    expect(tmx).not.toMatch(/<seg>[^<]*\{\/?\d+\/?\}/);
    expect(tmx).toMatch(/<seg>[^<]*Litvinov[^<]*<\/seg><\/tuv>\n\s*<tuv xml:lang="ru"><seg>[^<]*Литвинов/);
  });

  it('is the same bytes for the same alignment (no dates)', () => {
    expect(alignmentToTmx(en, ru, alignment, { toolVersion: '0.1.0', document: SLUG })).toBe(tmx);
  });
});
