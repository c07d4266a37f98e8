import { XML_NS } from '../xml/parse-xml.js';
import { attr, childElements, type XmlElement } from '../xml/xml-tree.js';
import { checkFs, type Fail } from './check-xliff2-inline.js';
import { XLIFF2_NS } from './write-xliff2.js';

const MTC = 'urn:oasis:names:tc:xliff:matches:2.0';
const GLS = 'urn:oasis:names:tc:xliff:glossary:2.0';
const RES = 'urn:oasis:names:tc:xliff:resourcedata:2.0';
const SLR = 'urn:oasis:names:tc:xliff:sizerestriction:2.0';
const VAL = 'urn:oasis:names:tc:xliff:validation:2.0';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const VAL_KINDS = ['isPresent', 'isNotPresent', 'startsWith', 'endsWith'];

/**
 * Check the module and extension constraints the schemas cannot express, for one `<file>`,
 * `<group>` or `<unit>` (module content and attributes below it, not inside nested groups or
 * units): ids of module and extension elements unique per namespace; Translation Candidates
 * (`mtc:match` without `xml:lang`, with `type` when `subType` is set, `ref` = `#id` of a marker of
 * the unit or of a segment); Glossary entries with a translation or definition; Resource Data sources with
 * either `href` or content and the document's source language; Validation rules with exactly
 * one test and `existsInSource` only beside `isPresent`, `startsWith` or `endsWith`; Size and
 * Length Restriction `equivStorage` as an integer, `sizeInfo` and `sizeInfoRef` never together.
 *
 * @param container the `<file>`, `<group>` or `<unit>`
 * @param srcLang the document's source language
 * @param fail reports the violation (throws)
 * @example checkXliff2Modules(unit, 'en', fail)
 */
export function checkXliff2Modules(container: XmlElement, srcLang: string, fail: Fail): void {
  const markers = new Set<string>();
  if (container.local === 'unit') collectMarkers(container, markers);
  const ids = new Map<string, Set<string>>();
  const walk = (el: XmlElement): void => {
    for (const child of childElements(el)) {
      if (child.ns === XLIFF2_NS) {
        if (child.local === 'unit' || child.local === 'group') continue;
        checkSlr(child, fail);
        checkFs(child, fail);
        walk(child);
        continue;
      }
      for (const id of [attr(child, 'id'), attr(child, 'id', XML_NS)]) {
        if (id === undefined) continue;
        const seen = ids.get(child.ns) ?? new Set<string>();
        if (seen.has(id))
          fail(
            child,
            `Unexpected duplicate id \`${id}\` on \`<${child.name}>\`, expected unique ids (\`id\` and \`xml:id\`) per module or extension in the ${container.local}`,
          );
        seen.add(id);
        ids.set(child.ns, seen);
      }
      checkModuleElement(child, srcLang, markers, container.local === 'unit', fail);
      walk(child);
    }
  };
  checkSlr(container, fail);
  checkFs(container, fail);
  walk(container);
}

function collectMarkers(el: XmlElement, out: Set<string>): void {
  for (const c of childElements(el, undefined, XLIFF2_NS)) {
    if ((c.local === 'mrk' || c.local === 'sm' || c.local === 'segment') && attr(c, 'id') !== undefined) out.add(attr(c, 'id') as string);
    collectMarkers(c, out);
  }
}

function checkModuleElement(el: XmlElement, srcLang: string, markers: Set<string>, inUnit: boolean, fail: Fail): void {
  if (el.ns === MTC && el.local === 'match') {
    if (attr(el, 'lang', XML_NS) !== undefined) fail(el, 'Unexpected `xml:lang` on `<mtc:match>`, expected the languages of `<xliff>`');
    if (attr(el, 'subType') !== undefined && attr(el, 'type') === undefined) fail(el, 'Unexpected `subType` without `type`, expected both');
    const ref = attr(el, 'ref') ?? '';
    const id = /^#(?:t=)?([^/=]+)$/.exec(ref)?.[1];
    if (id === undefined) fail(el, `Unexpected ref \`${ref}\` on \`<mtc:match>\`, expected \`#<id>\` of a marker of the unit`);
    if (inUnit && !markers.has(id)) fail(el, `Unexpected ref \`${ref}\` on \`<mtc:match>\`, expected the id of an \`<mrk>\` or \`<sm>\` of the unit`);
  } else if (el.ns === GLS && el.local === 'glossEntry') {
    if (childElements(el, 'translation', GLS).length === 0 && childElements(el, 'definition', GLS).length === 0)
      fail(el, 'Unexpected `<gls:glossEntry>` without `<gls:translation>` or `<gls:definition>`, expected at least one');
  } else if (el.ns === RES && el.local === 'source') {
    const hasContent = el.children.some((c) => c.type === 'element' || c.value.trim() !== '');
    if (attr(el, 'href') !== undefined && hasContent) fail(el, 'Unexpected `<res:source>` with both `href` and content, expected one');
    const lang = attr(el, 'lang', XML_NS);
    if (lang !== undefined && lang.toLowerCase() !== srcLang.toLowerCase())
      fail(el, `Unexpected xml:lang \`${lang}\` on \`<res:source>\`, expected \`${srcLang}\``);
  } else if (el.ns === VAL && el.local === 'rule') {
    const kinds =
      VAL_KINDS.filter((k) => attr(el, k) !== undefined).length +
      el.attributes.filter((a) => a.ns !== '' && a.ns !== VAL && a.ns !== XML_NS && a.ns !== XMLNS_NS && a.name !== 'xmlns' && !a.name.startsWith('xmlns:'))
        .length;
    if (kinds !== 1) fail(el, `Unexpected \`<val:rule>\` with ${kinds} tests, expected exactly one of ${VAL_KINDS.join(', ')} or a custom rule`);
    if (attr(el, 'existsInSource') !== undefined && !['isPresent', 'startsWith', 'endsWith'].some((k) => attr(el, k) !== undefined)) {
      fail(el, 'Unexpected `existsInSource` on a rule without `isPresent`, `startsWith` or `endsWith`, expected one of them');
    }
  }
}

/** Size and Length Restriction attributes on a core element. */
function checkSlr(el: XmlElement, fail: Fail): void {
  const slr = el.attributes.filter((a) => a.ns === SLR);
  if (slr.length === 0) return;
  for (const a of slr) {
    // (`sizeInfo` is not checked: the core suite's valid files carry free text in it)
    if (a.local === 'equivStorage' && !/^\d+$/.test(a.value)) fail(el, `Unexpected slr:${a.local} \`${a.value}\`, expected a non-negative integer`);
  }
  for (const name of ['sizeRestriction', 'storageRestriction']) {
    const value = attr(el, name, SLR);
    if (value !== undefined && !/^(\d+|\*)(,(\d+|\*))?$/.test(value))
      fail(el, `Unexpected slr:${name} \`${value}\`, expected \`max\` or \`min,max\` (numbers, or * for no limit)`);
  }
  if (attr(el, 'sizeInfo', SLR) !== undefined && attr(el, 'sizeInfoRef', SLR) !== undefined)
    fail(el, 'Unexpected `slr:sizeInfo` with `slr:sizeInfoRef`, expected one of them');
}
