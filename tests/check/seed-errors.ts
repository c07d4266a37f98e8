/**
 * Programmatic error seeding for the seeded-error test: each injection is a set of source
 * edits on the clean Russian (and, for repeated text, English) article, labelled with the rule
 * that must report it and the Russian unit it lands in.
 */
import type { TermLookup } from '../../src/check/term-lookup.js';
import { extractQuantities } from '../../src/check/numbers/extract-quantities.js';
import { mapUnitToSource } from '../../src/check/unit-source-map.js';
import type { RuleId } from '../../src/check/types.js';
import type { SegmentedDocument, Unit } from '../../src/segment/types.js';

export interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface Injection {
  rule: RuleId;
  what: string;
  unit: Unit;
  ru: Edit[];
  en?: Edit[];
  /** Changes the unit structure: run alone. */
  structural?: boolean;
}

export interface SeedInput {
  en: { source: string; doc: SegmentedDocument };
  ru: { source: string; doc: SegmentedDocument };
  /** Russian unit → its English unit (from a clean alignment). */
  english: Map<Unit, Unit>;
  terms: TermLookup;
}

const NBSP = '\u00a0';
/** A translator's addition with no English source. */
const EXTRA =
  'От переводчика: в отечественной историографии этот эпизод освещён подробнее, чем в американской, и читателю стоит помнить, что оценки событий осени 1933 года в двух странах расходятся до сих пор; ниже сохранена авторская трактовка без изменений, а расхождения оговорены в примечаниях к тексту.';
const body = (u: Unit) => u.kind !== 'frontmatter';

/** Source edit replacing a span of a unit's plain text. */
function plainEdit(source: string, unit: Unit, start: number, end: number, text: string): Edit {
  const { offsets } = mapUnitToSource(source, unit);
  const from = offsets[start] as number;
  const to = (offsets[end - 1] as number) + 1;
  return { start: from, end: to, text };
}

function take<T>(list: T[], n: number): T[] {
  return list.slice(0, n);
}

/**
 * Build at least 50 injections across the rules' kinds.
 *
 * @example seedErrors(input).length // ≥ 50
 */
export function seedErrors(input: SeedInput): Injection[] {
  const { ru, en, english, terms } = input;
  const units = ru.doc.units.filter(body);
  const plain = (u: Unit) => mapUnitToSource(ru.source, u).plain;
  const out: Injection[] = [];

  // number-mismatch: change the last digit of the first number, year or percentage of a unit.
  for (const unit of take(
    units.filter((u) => extractQuantities(plain(u), 'ru').some((q) => q.kind === 'number' && !q.spelled)),
    8,
  )) {
    const q = extractQuantities(plain(unit), 'ru').find((x) => x.kind === 'number' && !x.spelled);
    if (!q) continue;
    const digits = plain(unit).slice(q.start, q.end).replace(/\D+$/, '');
    const last = q.start + digits.length - 1;
    const d = Number(plain(unit)[last]);
    out.push({ rule: 'number-mismatch', what: `digit ${d} → ${(d + 1) % 10}`, unit, ru: [plainEdit(ru.source, unit, last, last + 1, String((d + 1) % 10))] });
  }

  // markup-mismatch: drop a footnote reference; drop strong emphasis.
  for (const unit of take(
    units.filter((u) => u.codes.some((c) => c.kind === 'footnoteReference')),
    6,
  )) {
    const code = unit.codes.find((c) => c.kind === 'footnoteReference');
    const span = code && mapUnitToSource(ru.source, unit).codes.get(code.id);
    if (span) out.push({ rule: 'markup-mismatch', what: `drop ${code.data}`, unit, ru: [{ ...span, text: '' }] });
  }
  for (const unit of take(
    units.filter((u) => u.codes.some((c) => c.kind === 'strong')),
    4,
  )) {
    const code = unit.codes.find((c) => c.kind === 'strong');
    const span = code && mapUnitToSource(ru.source, unit).codes.get(code.id);
    if (!span || !code) continue;
    const inner = ru.source.slice(span.start + code.data.length, span.end - (code.dataEnd ?? code.data).length);
    out.push({ rule: 'markup-mismatch', what: 'drop strong', unit, ru: [{ ...span, text: inner }] });
  }

  // term-forbidden: an approved form replaced by the forbidden variant in the same case and number.
  // term-missing: the only approved form of a term the English unit uses replaced by a pronoun.
  const forbiddenDone = new Set<string>();
  let missing = 0;
  for (const unit of units) {
    const hits = terms.target(plain(unit), 'ru').filter((h) => h.kind === 'term' && h.status === 'approved');
    for (const hit of hits) {
      if (hit.kind !== 'term') continue;
      const forbidden = Object.entries(terms.forms.entries[hit.entryId]?.targets['ru']?.forbidden ?? {}).find(([, tags]) =>
        tags.some((t) => hit.tags.includes(t)),
      );
      if (forbidden && !forbiddenDone.has(hit.entryId) && forbiddenDone.size < 6) {
        forbiddenDone.add(hit.entryId);
        out.push({
          rule: 'term-forbidden',
          what: `${plain(unit).slice(hit.start, hit.end)} → ${forbidden[0]}`,
          unit,
          ru: [plainEdit(ru.source, unit, hit.start, hit.end, forbidden[0])],
        });
        break;
      }
      const source = english.get(unit);
      const enHits = source ? terms.english(mapUnitToSource(en.source, source).plain).filter((h) => h.entryId === hit.entryId) : [];
      const same = hits.filter((h) => h.entryId === hit.entryId);
      if (missing < 5 && enHits.length > 0 && same.length === 1) {
        missing++;
        out.push({
          rule: 'term-missing',
          what: `${plain(unit).slice(hit.start, hit.end)} → тот`,
          unit,
          ru: [plainEdit(ru.source, unit, hit.start, hit.end, 'тот')],
        });
        break;
      }
    }
  }

  // typography: straight quotes, hyphen as a dash, plain spaces after initials and before «г.».
  const typography: Array<[RegExp, (m: RegExpExecArray) => string, string]> = [
    [/«([^«»]+)»/, (m) => `"${m[1]}"`, 'straight quotes'],
    [/ — /, () => ' - ', 'hyphen as dash'],
    [new RegExp(`([А-ЯЁ]\\.)${NBSP}([А-ЯЁ]\\.)${NBSP}`), (m) => `${m[1]} ${m[2]} `, 'initials without no-break space'],
    [new RegExp(`(\\d)${NBSP}г\\.`), (m) => `${m[1]} г.`, 'year without no-break space'],
  ];
  for (const [pattern, replace, what] of typography) {
    for (const unit of take(
      units.filter((u) => pattern.test(plain(u))),
      2,
    )) {
      const m = pattern.exec(plain(unit)) as RegExpExecArray;
      out.push({ rule: 'typography', what, unit, ru: [plainEdit(ru.source, unit, m.index, m.index + m[0].length, replace(m))] });
    }
  }

  // mixed-script: a Latin `o` inside a long Cyrillic word.
  for (const unit of take(
    units.filter((u) => /[а-яё]*о[а-яё]{4,}/.test(plain(u))),
    5,
  )) {
    const m = /[а-яё]*о[а-яё]{4,}/.exec(plain(unit)) as RegExpExecArray;
    const at = m.index + m[0].indexOf('о');
    out.push({ rule: 'mixed-script', what: `${m[0]} with a Latin o`, unit, ru: [plainEdit(ru.source, unit, at, at + 1, 'o')] });
  }

  // untranslated: a paragraph left in English.
  for (const unit of take(
    units.filter((u) => u.kind === 'paragraph' && english.has(u)),
    4,
  )) {
    const source = english.get(unit) as Unit;
    out.push({
      rule: 'untranslated',
      what: 'paragraph left in English',
      unit,
      ru: [{ start: unit.start.offset, end: unit.end.offset, text: en.source.slice(source.start.offset, source.end.offset) }],
    });
  }

  // missing-translation / extra-translation: a paragraph deleted, a paragraph added.
  const paragraphs = units.filter((u) => u.kind === 'paragraph' && u.path.startsWith('root/paragraph'));
  for (const unit of [paragraphs[3], paragraphs[12], paragraphs[20]].filter((u): u is Unit => u !== undefined)) {
    out.push({
      rule: 'missing-translation',
      what: 'paragraph deleted',
      unit,
      structural: true,
      ru: [{ start: unit.start.offset, end: unit.end.offset + 2, text: '' }],
    });
    out.push({
      rule: 'extra-translation',
      what: 'paragraph added',
      unit,
      structural: true,
      ru: [{ start: unit.start.offset, end: unit.start.offset, text: `${EXTRA}\n\n` }],
    });
  }

  // segment-inconsistent: an English paragraph repeated, its translation repeated with a change.
  for (const unit of take(
    paragraphs.slice(5).filter((u) => english.has(u) && /\s[а-яё]{6,}\s/.test(plain(u))),
    2,
  )) {
    const source = english.get(unit) as Unit;
    const ruText = ru.source.slice(unit.start.offset, unit.end.offset);
    const changed = ruText.replace(/(\s)([а-яё]{6,})(\s)/, '$1$2и$3');
    out.push({
      rule: 'segment-inconsistent',
      what: 'repeated paragraph translated differently',
      unit,
      structural: true,
      ru: [{ start: unit.end.offset, end: unit.end.offset, text: `\n\n${changed}` }],
      en: [{ start: source.end.offset, end: source.end.offset, text: `\n\n${en.source.slice(source.start.offset, source.end.offset)}` }],
    });
  }
  return out;
}

/** Apply edits (non-overlapping) to a text. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/** The line range of a unit after edits (edits before it may add or remove lines). */
export function unitLines(source: string, unit: Unit, edits: readonly Edit[]): [number, number] {
  let shiftStart = 0;
  let shiftEnd = 0;
  const lines = (s: string) => s.split('\n').length - 1;
  for (const e of edits) {
    const delta = lines(e.text) - lines(source.slice(e.start, e.end));
    if (e.end <= unit.start.offset) shiftStart += delta;
    if (e.start <= unit.end.offset) shiftEnd += delta;
  }
  return [unit.start.line + shiftStart, unit.end.line + shiftEnd];
}
