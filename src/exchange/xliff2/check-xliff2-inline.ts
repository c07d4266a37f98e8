import { attr, childElements, type XmlElement } from '../xml/xml-tree.js';
import { XLIFF2_NS } from './write-xliff2.js';

/** Report a violation at an element (throws). */
export type Fail = (el: XmlElement, message: string) => never;

const CODES = new Set(['ph', 'pc', 'sc', 'ec']);
const PERMISSIONS = ['canCopy', 'canDelete', 'canReorder', 'canOverlap'] as const;
/** `xlf:` subType values and the `type` each requires (core specification, "subType"). */
const XLF_SUBTYPES: Record<string, string> = { 'xlf:lb': 'fmt', 'xlf:pb': 'fmt', 'xlf:b': 'fmt', 'xlf:i': 'fmt', 'xlf:u': 'fmt', 'xlf:var': 'ui' };

/** Every XLIFF element below an element, in document order. */
function descendants(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    for (const c of childElements(e, undefined, XLIFF2_NS)) {
      out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

/**
 * Check the inline constraints of one unit's content that the core XSD cannot express:
 * `<sc>`/`<ec>` pairing (`startRef`, `isolated`, the same `can*` permissions on both), `<sm>`/`<em>`
 * pairing, `copyOf` pointing to a copyable code without data of its own, `<cp>` holding only
 * characters XML forbids, `xlf:` subTypes with their type, comment annotations (`value` or a
 * `ref` to a note of the unit), codes with `canDelete="no"` kept in the target, `canReorder`
 * sequences (`firstNo` then `no`, with `canDelete`/`canCopy` `no`), and `order` values.
 *
 * @param unit the `<unit>` element
 * @param fail reports the violation (throws)
 * @example checkXliff2Inline(unit, fail)
 */
export function checkXliff2Inline(unit: XmlElement, fail: Fail): void {
  const parts = childElements(unit, undefined, XLIFF2_NS).filter((c) => c.local === 'segment' || c.local === 'ignorable');
  const noteIds = new Set(
    childElements(unit, 'notes', XLIFF2_NS)
      .flatMap((n) => childElements(n, 'note', XLIFF2_NS))
      .map((n) => attr(n, 'id')),
  );
  const sides = { source: [] as XmlElement[], target: [] as XmlElement[] };
  for (const part of parts) {
    for (const side of ['source', 'target'] as const) sides[side].push(...childElements(part, side, XLIFF2_NS).flatMap(descendants));
  }
  for (const side of ['source', 'target'] as const) checkSide(sides[side], noteIds, attr(unit, 'id'), fail);
  checkNonRemovable(parts, sides, fail);
  for (const part of parts) checkReorderKept(part, fail);
  checkFsAttributes(sides, fail);
  checkOrder(parts, fail);
}

function checkSide(els: XmlElement[], noteIds: Set<string | undefined>, unitId: string | undefined, fail: Fail): void {
  const codes = new Map<string, XmlElement>();
  for (const el of els) if (CODES.has(el.local) && attr(el, 'id') !== undefined) codes.set(attr(el, 'id') as string, el);
  const ecFor = new Map<string, XmlElement>();
  const sms = new Set<string>();
  const ems = new Set<string>();
  for (const el of els) {
    const id = attr(el, 'id');
    if (el.local === 'sc') {
      if (id !== undefined) ecFor.set(id, el);
    } else if (el.local === 'ec') {
      const ref = attr(el, 'startRef');
      if (attr(el, 'isolated') === 'yes') {
        if (ref !== undefined) fail(el, 'Unexpected `startRef` on an isolated `<ec>`, expected `id`');
        if (id === undefined) fail(el, 'Unexpected isolated `<ec>` without `id`, expected `id`');
      } else if (ref !== undefined) {
        const sc = ecFor.get(ref);
        if (sc && attr(sc, 'isolated') === 'yes')
          fail(sc, `Unexpected \`isolated="yes"\` on \`<sc id="${ref}">\` whose \`<ec>\` is in the unit, expected no \`isolated\``);
        if (sc) {
          for (const p of PERMISSIONS) {
            if ((attr(sc, p) ?? 'yes') !== (attr(el, p) ?? 'yes') && !(p === 'canReorder' && attr(sc, p) === 'firstNo' && attr(el, p) === 'no')) {
              fail(el, `Unexpected ${p} \`${attr(el, p) ?? 'yes'}\` on \`<ec startRef="${ref}">\`, expected \`${attr(sc, p) ?? 'yes'}\` as on its \`<sc>\``);
            }
          }
          ecFor.delete(ref);
        }
      }
    } else if (el.local === 'sm') {
      if (id !== undefined) sms.add(id);
    } else if (el.local === 'em') {
      const ref = attr(el, 'startRef') ?? '';
      if (!sms.has(ref)) fail(el, `Unexpected \`<em startRef="${ref}">\` without an earlier \`<sm id="${ref}">\`, expected the \`<sm>\` first`);
      ems.add(ref);
    } else if (el.local === 'cp') {
      const code = Number.parseInt(attr(el, 'hex') ?? '', 16);
      if (isXmlChar(code))
        fail(
          el,
          `Unexpected \`<cp hex="${attr(el, 'hex') ?? ''}">\` for a character XML allows, expected only characters XML forbids (write the character itself)`,
        );
    } else if (el.local === 'mrk' && attr(el, 'type') === 'comment') {
      const value = attr(el, 'value');
      const ref = attr(el, 'ref');
      if ((value === undefined) === (ref === undefined)) fail(el, 'Unexpected comment annotation, expected exactly one of `value` and `ref`');
      // `#n=id`, or the absolute form through this unit: `#/f=…/g=…/u=<this unit>/n=id`
      const m = ref !== undefined ? /^#(?:\/?f=[^/]+\/(?:g=[^/]+\/)*u=([^/]+)\/)?n=([^/]+)$/.exec(ref) : undefined;
      const ok = m !== null && m !== undefined && (m[1] === undefined || m[1] === unitId) && noteIds.has(m[2]);
      if (ref !== undefined && !ok) fail(el, `Unexpected comment \`ref="${ref}"\`, expected \`#n=<id>\` of a \`<note>\` of the unit`);
    }
    const copyOf = attr(el, 'copyOf');
    if (copyOf !== undefined) {
      const base = codes.get(copyOf);
      if (!base) fail(el, `Unexpected copyOf \`${copyOf}\`, expected the id of a code of the unit`);
      if (attr(base, 'canCopy') === 'no') fail(el, `Unexpected copyOf \`${copyOf}\` of a code with \`canCopy="no"\`, expected a copyable code`);
      if (attr(el, 'dataRef') !== undefined || attr(el, 'dataRefStart') !== undefined || attr(el, 'dataRefEnd') !== undefined)
        fail(el, 'Unexpected `copyOf` with original data, expected one of them');
    }
    const subType = attr(el, 'subType');
    if (subType?.startsWith('xlf:') && XLF_SUBTYPES[subType] !== attr(el, 'type')) {
      fail(
        el,
        `Unexpected subType \`${subType}\` with type \`${attr(el, 'type') ?? ''}\`, expected ${XLF_SUBTYPES[subType] ? `type \`${XLF_SUBTYPES[subType]}\`` : 'one of xlf:lb, xlf:pb, xlf:b, xlf:i, xlf:u, xlf:var'}`,
      );
    }
  }
  for (const [id, sc] of ecFor) {
    if (attr(sc, 'isolated') !== 'yes') fail(sc, `Unexpected \`<sc id="${id}">\` without its \`<ec>\` in the unit, expected \`isolated="yes"\``);
  }
  for (const id of sms)
    if (!ems.has(id))
      fail(
        els.find((e) => e.local === 'sm' && attr(e, 'id') === id) as XmlElement,
        `Unexpected \`<sm id="${id}">\` without its \`<em>\`, expected an \`<em startRef="${id}">\` in the unit`,
      );
  checkReorder(els, fail);
}

/** `firstNo` starts a sequence continued by `no`; such codes may be neither deleted nor copied. */
function checkReorder(els: XmlElement[], fail: Fail): void {
  let inSequence = false;
  for (const el of els) {
    if (!CODES.has(el.local) || el.local === 'ec') continue;
    const value = attr(el, 'canReorder') ?? 'yes';
    if (value !== 'yes' && (attr(el, 'canDelete') !== 'no' || attr(el, 'canCopy') !== 'no')) {
      fail(el, `Unexpected canReorder \`${value}\` on a code that can be deleted or copied, expected \`canDelete="no"\` and \`canCopy="no"\``);
    }
    if (value === 'no' && !inSequence) fail(el, 'Unexpected canReorder `no` without a `firstNo` before it, expected a sequence starting with `firstNo`');
    inSequence = value === 'firstNo' || (value === 'no' && inSequence);
  }
}

/** Codes with `canDelete="no"` in the source of a translated segment must be in the unit's target (in any segment). */
function checkNonRemovable(parts: XmlElement[], sides: { source: XmlElement[]; target: XmlElement[] }, fail: Fail): void {
  const translated = parts.filter((p) => childElements(p, 'target', XLIFF2_NS).length > 0);
  if (translated.length === 0) return;
  const inTarget = new Set(
    sides.target.filter((e) => CODES.has(e.local)).map((e) => `${e.local === 'ec' ? (attr(e, 'startRef') ?? attr(e, 'id')) : attr(e, 'id')}`),
  );
  const sources = translated.flatMap((p) => childElements(p, 'source', XLIFF2_NS).flatMap(descendants));
  for (const el of sources) {
    if (!CODES.has(el.local) || attr(el, 'canDelete') !== 'no') continue;
    const id = el.local === 'ec' ? (attr(el, 'startRef') ?? attr(el, 'id')) : attr(el, 'id');
    if (!inTarget.has(`${id}`)) fail(el, `Unexpected missing code \`${id}\` in the target: it has \`canDelete="no"\`, expected it in the target`);
  }
}

/** `order` of targets: unique positions 1…n, also against the implicit order of targets without it. */
function checkOrder(parts: XmlElement[], fail: Fail): void {
  const used = new Map<number, XmlElement>();
  parts.forEach((part, i) => {
    const target = childElements(part, 'target', XLIFF2_NS)[0];
    const explicit = target ? attr(target, 'order') : undefined;
    const order = explicit !== undefined ? Number(explicit) : i + 1;
    const at = target ?? part;
    if (explicit !== undefined && (!Number.isInteger(order) || order < 1 || order > parts.length))
      fail(at, `Unexpected order \`${explicit}\`, expected 1 to ${parts.length}`);
    if (used.has(order)) fail(at, `Unexpected order ${order} used twice in the unit, expected each position once`);
    used.set(order, at);
  });
}

function isXmlChar(c: number): boolean {
  return c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

const FS = 'urn:oasis:names:tc:xliff:fs:2.0';

/** Format Style: only `fs:fs` and `fs:subFs`, and none on an `<ec>` closing a `<sc>` (it takes its style from there). */
function checkFsAttributes(sides: { source: XmlElement[]; target: XmlElement[] }, fail: Fail): void {
  for (const el of [...sides.source, ...sides.target]) checkFs(el, fail);
}

/**
 * Check the Format Style attributes of an element: only `fs:fs` and `fs:subFs` exist, and an
 * `<ec>` with `startRef` carries none.
 *
 * @example checkFs(group, fail)
 */
export function checkFs(el: XmlElement, fail: Fail): void {
  for (const a of el.attributes) {
    if (a.ns !== FS) continue;
    if (a.local !== 'fs' && a.local !== 'subFs') fail(el, `Unexpected attribute \`${a.name}\`, expected \`fs:fs\` or \`fs:subFs\``);
    if (el.local === 'ec' && attr(el, 'startRef') !== undefined)
      fail(el, `Unexpected \`${a.name}\` on an \`<ec>\` closing a \`<sc>\`, expected it on the \`<sc>\``);
  }
}

/** Codes that cannot be reordered keep their order and nesting in the target of their segment. */
function checkReorderKept(part: XmlElement, fail: Fail): void {
  const target = childElements(part, 'target', XLIFF2_NS)[0];
  const source = childElements(part, 'source', XLIFF2_NS)[0];
  if (!target || !source) return;
  const fixed = (side: XmlElement): string[] => {
    const out: string[] = [];
    const walk = (el: XmlElement, parent: string): void => {
      for (const c of childElements(el, undefined, XLIFF2_NS)) {
        const value = attr(c, 'canReorder');
        if (CODES.has(c.local) && (value === 'firstNo' || value === 'no')) out.push(`${c.local} ${attr(c, 'id') ?? attr(c, 'startRef') ?? ''} in ${parent}`);
        walk(c, c.local === 'pc' ? `pc ${attr(c, 'id') ?? ''}` : parent);
      }
    };
    walk(side, 'text');
    return out;
  };
  const want = fixed(source);
  const got = fixed(target);
  if (want.join('|') !== got.join('|')) {
    fail(
      target,
      `Unexpected order or nesting of codes that cannot be reordered in the target (${got.join(', ') || 'none'}), expected as in the source (${want.join(', ')})`,
    );
  }
}
