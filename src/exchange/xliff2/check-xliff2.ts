import { InputError } from '../../errors.js';
import { oneLine } from '../one-line.js';
import { XML_NS } from '../xml/parse-xml.js';
import { attr, childElements, type XmlElement } from '../xml/xml-tree.js';
import { XLIFF2_NS } from './write-xliff2.js';
import { checkXliff2Inline, type Fail } from './check-xliff2-inline.js';
import { fragmentIdProblem } from './fragment-id.js';
import { checkXliff2Modules } from './check-xliff2-modules.js';

/**
 * Check the XLIFF 2 constraints a schema cannot express (the processing requirements of the
 * core specification that matter for reading): root and version, language tags, unique ids
 * (files, groups, units, segments, data, notes), `dataRef*` pointing to existing data,
 * `<ec>` after its `<sc>`, a target language when there are targets, `subState` with `state`,
 * `subType` with `type`, at least one segment per unit.
 *
 * @param root the `<xliff>` element
 * @param file the exchange file, for messages
 * @throws InputError naming the element, with line and column
 * @example checkXliff2(parseXml(text, { file }).root, file)
 */
export function checkXliff2(root: XmlElement, file: string): void {
  const fail = (el: XmlElement, message: string): never => {
    throw new InputError(`Invalid XLIFF 2: ${oneLine(message)}`, { file, line: el.line, column: el.column });
  };
  if (root.local !== 'xliff' || root.ns !== XLIFF2_NS) fail(root, `Unexpected root \`<${root.name}>\`, expected \`<xliff xmlns="${XLIFF2_NS}">\``);
  const version = attr(root, 'version') ?? '';
  if (!/^2\.\d$/.test(version)) fail(root, `Unexpected version \`${version}\`, expected \`2.0\`, \`2.1\` or \`2.2\``);
  const srcLang = attr(root, 'srcLang') ?? '';
  const trgLang = attr(root, 'trgLang');
  for (const [name, value] of [
    ['srcLang', srcLang],
    ['trgLang', trgLang],
  ] as const) {
    if (value !== undefined && !isLanguage(value)) fail(root, `Unexpected ${name} \`${value}\`, expected a BCP 47 language tag`);
  }
  checkFragmentIds(root, fail);
  const fileIds = new Set<string>();
  const rootScope = inherit({ lang: undefined, space: 'default' }, root);
  for (const f of childElements(root, 'file', XLIFF2_NS)) {
    unique(fileIds, attr(f, 'id'), f, 'file', fail);
    checkSkeleton(f, fail);
    const groupIds = new Set<string>();
    const unitIds = new Set<string>();
    const units: XmlElement[] = [];
    checkNotes(f, fail);
    checkXliff2Modules(f, srcLang, fail);
    const walk = (container: XmlElement, scope: Scope): void => {
      for (const child of childElements(container, undefined, XLIFF2_NS)) {
        if (child.local === 'group') {
          unique(groupIds, attr(child, 'id'), child, 'group', fail);
          checkNotes(child, fail);
          checkXliff2Modules(child, srcLang, fail);
          walk(child, inherit(scope, child));
        } else if (child.local === 'unit') {
          unique(unitIds, attr(child, 'id'), child, 'unit', fail);
          units.push(child);
          checkUnit(child, srcLang, trgLang, inherit(scope, child), fail);
        }
      }
    };
    walk(f, inherit(rootScope, f));
    for (const unit of units) checkSubFlows(unit, unitIds, fail);
  }
}

/** The `xml:lang` and `xml:space` an element inherits. */
interface Scope {
  lang: string | undefined;
  space: string;
}

function inherit(scope: Scope, el: XmlElement): Scope {
  return { lang: attr(el, 'lang', XML_NS) ?? scope.lang, space: attr(el, 'space', XML_NS) ?? scope.space };
}

/** A `<skeleton>` either points to the skeleton (`href`) or holds it, never both or neither. */
function checkSkeleton(file: XmlElement, fail: Fail): void {
  for (const sk of childElements(file, 'skeleton', XLIFF2_NS)) {
    const hasContent = sk.children.some((c) => c.type === 'element' || c.value.trim() !== '');
    if ((attr(sk, 'href') !== undefined) === hasContent) fail(sk, 'Unexpected `<skeleton>`, expected either `href` or content, not both or neither');
  }
}

/** Every `ref` holding a fragment identifier (`#…`) follows its syntax (see fragment-id.ts). */
function checkFragmentIds(el: XmlElement, fail: Fail): void {
  const ref = el.ns === XLIFF2_NS || el.ns.startsWith('urn:oasis:names:tc:xliff:') ? attr(el, 'ref') : undefined;
  const hash = ref?.indexOf('#') ?? -1;
  if (ref !== undefined && hash !== -1) {
    const problem = fragmentIdProblem(ref.slice(hash + 1));
    if (problem) fail(el, `Unexpected fragment identifier \`${ref}\`: ${problem}`);
  }
  for (const child of childElements(el)) checkFragmentIds(child, fail);
}

function unique(seen: Set<string>, id: string | undefined, el: XmlElement, what: string, fail: Fail): void {
  if (id === undefined) return;
  if (seen.has(id)) fail(el, `Unexpected duplicate ${what} id \`${id}\`, expected unique ids`);
  seen.add(id);
}

function checkNotes(container: XmlElement, fail: Fail): void {
  const ids = new Set<string>();
  for (const notes of childElements(container, 'notes', XLIFF2_NS)) {
    for (const note of childElements(notes, 'note', XLIFF2_NS)) unique(ids, attr(note, 'id'), note, 'note', fail);
  }
}

function checkUnit(unit: XmlElement, srcLang: string, trgLang: string | undefined, scope: Scope, fail: Fail): void {
  checkNotes(unit, fail);
  checkXliff2Inline(unit, fail);
  checkXliff2Modules(unit, srcLang, fail);
  const dataIds = new Set<string>();
  for (const od of childElements(unit, 'originalData', XLIFF2_NS)) {
    for (const data of childElements(od, 'data', XLIFF2_NS)) unique(dataIds, attr(data, 'id'), data, 'data', fail);
  }
  const partIds = new Set<string>();
  const parts = childElements(unit, undefined, XLIFF2_NS).filter((c) => c.local === 'segment' || c.local === 'ignorable');
  if (!parts.some((p) => p.local === 'segment')) fail(unit, `Unexpected unit \`${attr(unit, 'id') ?? ''}\` without a \`<segment>\`, expected at least one`);
  for (const side of ['source', 'target'] as const) {
    const scs = new Set<string>();
    for (const part of parts) {
      if (side === 'source') unique(partIds, attr(part, 'id'), part, part.local, fail);
      if (side === 'source' && attr(part, 'subState') !== undefined && attr(part, 'state') === undefined) {
        fail(part, 'Unexpected `subState` without `state`, expected both');
      }
      for (const el of childElements(part, side, XLIFF2_NS)) {
        const inner = inherit(inherit(scope, part), el);
        const lang = inner.lang;
        const sourceSpace = side === 'target' ? childElements(part, 'source', XLIFF2_NS)[0] : undefined;
        if (sourceSpace && inherit(inherit(scope, part), sourceSpace).space !== inner.space) {
          fail(
            el,
            `Unexpected xml:space \`${inner.space}\` on \`<target>\`, expected \`${inherit(inherit(scope, part), sourceSpace).space}\` as on its \`<source>\``,
          );
        }
        const expected = side === 'source' ? srcLang : trgLang;
        if (side === 'target' && trgLang === undefined) fail(el, 'Unexpected `<target>` in a document without `trgLang`, expected `trgLang` on `<xliff>`');
        if (lang !== undefined && expected !== undefined && lang.toLowerCase() !== expected.toLowerCase()) {
          fail(el, `Unexpected xml:lang \`${lang}\` on \`<${side}>\`, expected \`${expected}\``);
        }
        checkInline(el, dataIds, scs, fail);
      }
    }
  }
}

function checkInline(el: XmlElement, dataIds: Set<string>, scs: Set<string>, fail: Fail): void {
  for (const child of childElements(el, undefined, XLIFF2_NS)) {
    for (const name of ['dataRef', 'dataRefStart', 'dataRefEnd']) {
      const ref = attr(child, name);
      if (ref !== undefined && !dataIds.has(ref))
        fail(child, `Unexpected ${name} \`${ref}\` on \`<${child.local}>\`, expected the id of a \`<data>\` in \`<originalData>\``);
    }
    if (attr(child, 'subType') !== undefined && attr(child, 'type') === undefined) fail(child, 'Unexpected `subType` without `type`, expected both');
    if (child.local === 'sc') scs.add(attr(child, 'id') ?? '');
    if (child.local === 'ec' && attr(child, 'isolated') !== 'yes') {
      const ref = attr(child, 'startRef');
      if (ref === undefined) fail(child, 'Unexpected `<ec>` without `startRef` and not isolated, expected `startRef`');
      if (!scs.has(ref)) fail(child, `Unexpected \`<ec startRef="${ref}">\` before its \`<sc>\`, expected the \`<sc>\` first`);
    }
    checkInline(child, dataIds, scs, fail);
  }
}

function isLanguage(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

/** `subFlows`, `subFlowsStart`, `subFlowsEnd` on inline codes name units of the same file. */
function checkSubFlows(el: XmlElement, unitIds: Set<string>, fail: Fail): void {
  for (const name of ['subFlows', 'subFlowsStart', 'subFlowsEnd']) {
    for (const ref of (attr(el, name) ?? '').split(/\s+/).filter(Boolean)) {
      if (!unitIds.has(ref)) fail(el, `Unexpected ${name} \`${ref}\`, expected the id of a \`<unit>\` of the same \`<file>\``);
    }
  }
  for (const child of childElements(el, undefined, XLIFF2_NS)) checkSubFlows(child, unitIds, fail);
}
