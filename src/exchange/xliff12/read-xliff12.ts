import { escapeCodedText } from '../../segment/coded-text.js';
import { InputError } from '../../errors.js';
import type { ImportedFile, ImportedUnit, TargetState } from '../exchange-types.js';
import { attr, childElements, textContent, type XmlElement } from '../xml/xml-tree.js';
import { CodeNumbers } from '../xliff2/read-xliff2-inline.js';
import { normalizeLanguageTag } from '../language-tag.js';
import { parseStamp } from '../export-stamp.js';

/** Namespaces accepted as XLIFF 1.x (Translate Toolkit still writes 1.1). */
export const XLIFF1_NAMESPACES = ['urn:oasis:names:tc:xliff:document:1.2', 'urn:oasis:names:tc:xliff:document:1.1', ''];

const STATE: Record<string, TargetState> = {
  new: 'initial',
  'needs-translation': 'initial',
  'needs-adaptation': 'initial',
  'needs-l10n': 'initial',
  translated: 'translated',
  'needs-review-translation': 'translated',
  'needs-review-adaptation': 'translated',
  'needs-review-l10n': 'translated',
  'signed-off': 'reviewed',
  final: 'final',
};

/**
 * Read a parsed XLIFF 1.2 (or 1.1) document: every `<trans-unit>` with source and target as
 * coded text (`<g>`, `<bpt>`/`<ept>`, `<it>` → paired codes; `<x>`, `<ph>`, `<bx>`/`<ex>` →
 * codes; `<mrk>` → its content), `resname` and `<context>` texts as ID hints.
 *
 * @param root the `<xliff>` element
 * @param file the exchange file, for messages
 * @example readXliff12(parseXml(text, { file }).root, file).units.length
 */
export function readXliff12(root: XmlElement, file: string): ImportedFile {
  const ns = root.ns;
  if (root.local !== 'xliff' || !XLIFF1_NAMESPACES.includes(ns)) {
    throw new InputError(`Invalid XLIFF 1.2: Unexpected root \`<${root.name}>\`, expected \`<xliff version="1.2">\``, {
      file,
      line: root.line,
      column: root.column,
    });
  }
  const files = childElements(root, 'file', ns);
  const units: ImportedUnit[] = [];
  const textCodes = hasTextCodes(root);
  const walk = (el: XmlElement): void => {
    for (const child of childElements(el, undefined, ns)) {
      // Translate Toolkit carries the PO header as a unit of its own.
      if (child.local === 'trans-unit' && attr(child, 'restype') !== 'x-gettext-domain-header') units.push(readUnit(child, ns, file, textCodes));
      else if (child.local === 'group' || child.local === 'body') walk(child);
    }
  };
  const originals = [...new Set(files.map((f) => attr(f, 'original')).filter((o): o is string => o !== undefined))];
  for (const f of files) {
    const from = units.length;
    walk(f);
    const original = attr(f, 'original');
    if (originals.length > 1 && original !== undefined) for (const u of units.slice(from)) u.document = original;
  }
  const first = files[0];
  const src = first && attr(first, 'source-language');
  const trg = first && attr(first, 'target-language');
  return {
    format: 'xliff12',
    ...(originals.length === 1 ? { original: originals[0] as string } : {}),
    ...(src ? { sourceLanguage: normalizeLanguageTag(src) } : {}),
    ...(trg ? { targetLanguage: normalizeLanguageTag(trg) } : {}),
    units,
  };
}

/**
 * True when the file carries diglot's codes as text placeholders (`{1}…{/1}`) rather than
 * XLIFF elements: a PO export converted by po2xliff. Its text is then coded text as it is.
 */
function hasTextCodes(root: XmlElement): boolean {
  let elements = false;
  let placeholders = false;
  const visit = (el: XmlElement): void => {
    for (const child of el.children) {
      if (child.type === 'text') {
        if (el.local === 'source' && /\{\/?\d+\/?\}/.test(child.value)) placeholders = true;
      } else if (CODE_ELEMENTS.has(child.local)) elements = true;
      else visit(child);
    }
  };
  visit(root);
  return placeholders && !elements;
}

const CODE_ELEMENTS = new Set(['g', 'x', 'bpt', 'ept', 'ph', 'it', 'bx', 'ex']);

function readUnit(unit: XmlElement, ns: string, file: string, textCodes: boolean): ImportedUnit {
  const numbers = new CodeNumbers();
  const source = childElements(unit, 'source', ns)[0];
  const target = childElements(unit, 'target', ns)[0];
  const id = attr(unit, 'id');
  const resname = attr(unit, 'resname');
  const hints = [
    ...(resname !== undefined ? [resname] : []),
    ...childElements(unit, 'context-group', ns).flatMap((g) => childElements(g, 'context', ns).map((c) => textContent(c).trim())),
  ];
  const read = (el: XmlElement): string => (textCodes ? textContent(el) : readInline(el, numbers, file));
  const targetText = target ? read(target) : '';
  const state = target ? STATE[attr(target, 'state') ?? ''] : undefined;
  const stamp = childElements(unit, 'note', ns)
    .map((n) => parseStamp(textContent(n)))
    .find((x) => x !== undefined);
  return {
    ...(id !== undefined ? { id } : {}),
    hints,
    ...(source ? { source: read(source) } : {}),
    ...(targetText !== '' ? { target: targetText } : {}),
    ...(state ? { state } : {}),
    line: unit.line,
    column: unit.column,
    ...(stamp ? { stamp } : {}),
  };
}

function readInline(element: XmlElement, numbers: CodeNumbers, file: string): string {
  let out = '';
  for (const child of element.children) {
    if (child.type === 'text') {
      out += escapeCodedText(child.value);
      continue;
    }
    const id = attr(child, 'id');
    const need = (): number => {
      const ref = ['bpt', 'ept', 'bx', 'ex'].includes(child.local) ? (attr(child, 'rid') ?? id) : id;
      if (ref === undefined)
        throw new InputError(`Unexpected \`<${child.local}>\` without \`id\`, expected an id`, { file, line: child.line, column: child.column });
      return numbers.number(ref);
    };
    switch (child.local) {
      case 'g':
        out += `{${need()}}${readInline(child, numbers, file)}{/${need()}}`;
        break;
      case 'x':
      case 'ph':
        out += `{${need()}/}`;
        break;
      case 'bpt':
      case 'bx':
        out += `{${need()}}`;
        break;
      case 'ept':
      case 'ex':
        out += `{/${need()}}`;
        break;
      case 'it':
        out += attr(child, 'pos') === 'close' ? `{/${need()}}` : `{${need()}}`;
        break;
      case 'mrk':
        out += readInline(child, numbers, file);
        break;
      default:
        break;
    }
  }
  return out;
}
