import type { ImportedFile, ImportedUnit, TargetState } from '../exchange-types.js';
import { attr, childElements, textContent, type XmlElement } from '../xml/xml-tree.js';
import { MDA_NS, XLIFF2_NS } from './write-xliff2.js';
import { parseStamp, STAMP_MARKER, type ExportStamp } from '../export-stamp.js';
import { CodeNumbers, readXliff2Inline } from './read-xliff2-inline.js';
import { checkXliff2 } from './check-xliff2.js';
import { normalizeLanguageTag } from '../language-tag.js';

const STATES = new Set(['initial', 'translated', 'reviewed', 'final']);

/**
 * Read a parsed XLIFF 2.x document: every unit (also inside groups) with its source and
 * target joined from its segments and ignorables, as coded text.
 *
 * A unit whose segments are only partly translated has no target and `partial: true`.
 *
 * @param root the `<xliff>` element
 * @param file the exchange file, for messages
 * @throws InputError on structure the XLIFF 2 constraints forbid (see check-xliff2.ts)
 * @example readXliff2(parseXml(text, { file }).root, file).units.length
 */
export function readXliff2(root: XmlElement, file: string): ImportedFile {
  checkXliff2(root, file);
  const files = childElements(root, 'file', XLIFF2_NS);
  const originals = [...new Set(files.map((f) => attr(f, 'original')).filter((o): o is string => o !== undefined))];
  const units: ImportedUnit[] = [];
  for (const f of files) {
    const from = units.length;
    collect(f, units, file);
    const original = attr(f, 'original');
    if (originals.length > 1 && original !== undefined) for (const u of units.slice(from)) u.document = original;
  }
  const src = attr(root, 'srcLang');
  const trg = attr(root, 'trgLang');
  return {
    format: 'xliff2',
    ...(originals.length === 1 ? { original: originals[0] as string } : {}),
    ...(src !== undefined ? { sourceLanguage: normalizeLanguageTag(src) } : {}),
    ...(trg !== undefined ? { targetLanguage: normalizeLanguageTag(trg) } : {}),
    units,
  };
}

function collect(container: XmlElement, units: ImportedUnit[], file: string): void {
  for (const child of childElements(container, undefined, XLIFF2_NS)) {
    if (child.local === 'group') collect(child, units, file);
    else if (child.local === 'unit') units.push(readUnit(child, file));
  }
}

function readUnit(unit: XmlElement, file: string): ImportedUnit {
  const numbers = new CodeNumbers();
  let source = '';
  let target = '';
  let translated = 0;
  let segments = 0;
  let state: TargetState | undefined;
  for (const part of childElements(unit, undefined, XLIFF2_NS)) {
    if (part.local !== 'segment' && part.local !== 'ignorable') continue;
    const src = childElements(part, 'source', XLIFF2_NS)[0];
    const trg = childElements(part, 'target', XLIFF2_NS)[0];
    const srcText = src ? readXliff2Inline(src, numbers, file) : '';
    source += srcText;
    if (part.local === 'ignorable') {
      target += trg ? readXliff2Inline(trg, numbers, file) : srcText;
      continue;
    }
    segments++;
    if (trg) {
      translated++;
      target += readXliff2Inline(trg, numbers, file);
    }
    const s = attr(part, 'state');
    if (s && STATES.has(s)) state = lower(state, s as TargetState);
  }
  const id = attr(unit, 'id');
  const name = attr(unit, 'name');
  const stamp = readStamp(unit);
  return {
    ...(id !== undefined ? { id } : {}),
    hints: name !== undefined ? [name] : [],
    source,
    ...(translated === segments && segments > 0 ? { target } : {}),
    ...(translated > 0 && translated < segments ? { partial: true } : {}),
    ...(state ? { state } : {}),
    line: unit.line,
    column: unit.column,
    ...(stamp ? { stamp } : {}),
  };
}

/** The export stamp in `<mda:metadata><mda:metaGroup category="diglot-export">` (see write-xliff2.ts). */
function readStamp(unit: XmlElement): ExportStamp | undefined {
  for (const metadata of childElements(unit, 'metadata', MDA_NS)) {
    for (const group of childElements(metadata, 'metaGroup', MDA_NS)) {
      if (attr(group, 'category') !== STAMP_MARKER) continue;
      const meta = (type: string): string =>
        childElements(group, 'meta', MDA_NS)
          .find((m) => attr(m, 'type') === type)
          ?.children.map(textContent)
          .join('')
          .trim() ?? '';
      return parseStamp(`${STAMP_MARKER} source=${meta('source-hash')} target=${meta('target-hash')}`);
    }
  }
  return undefined;
}

const ORDER: TargetState[] = ['initial', 'translated', 'reviewed', 'final'];

/** The least advanced of two states (a unit is as done as its least done segment). */
function lower(a: TargetState | undefined, b: TargetState): TargetState {
  if (!a) return b;
  return ORDER.indexOf(a) <= ORDER.indexOf(b) ? a : b;
}
