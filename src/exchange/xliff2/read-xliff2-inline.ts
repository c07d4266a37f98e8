import { escapeCodedText } from '../../segment/coded-text.js';
import { InputError } from '../../errors.js';
import { oneLine } from '../one-line.js';
import { attr, type XmlElement } from '../xml/xml-tree.js';
import { XLIFF2_NS } from './write-xliff2.js';

/** Numbers for code ids of one unit (foreign files may use ids like `b1`). */
export class CodeNumbers {
  private readonly ids = new Map<string, number>();
  private next = 1000;

  /** The number of a code id: the id itself when numeric, else a stable number ≥ 1000. */
  number(id: string): number {
    if (/^[1-9]\d{0,5}$/.test(id)) return Number(id);
    let n = this.ids.get(id);
    if (n === undefined) this.ids.set(id, (n = this.next++));
    return n;
  }
}

/**
 * Read XLIFF 2 inline content (of a `<source>` or `<target>`) as coded text: `<pc>` →
 * `{N}…{/N}`, `<sc>`/`<ec>` → `{N}`/`{/N}`, `<ph>` → `{N/}`, `<cp>` → its character,
 * annotations (`<mrk>`, `<sm>`, `<em>`) → their content.
 *
 * @param element the `<source>` or `<target>` element
 * @param numbers the unit's code numbering
 * @param file the exchange file, for messages
 * @example readXliff2Inline(sourceEl, new CodeNumbers(), 'a.xlf') // 'a {1}b{/1}'
 */
export function readXliff2Inline(element: XmlElement, numbers: CodeNumbers, file: string): string {
  let out = '';
  for (const child of element.children) {
    if (child.type === 'text') {
      out += escapeCodedText(child.value);
      continue;
    }
    if (child.ns !== XLIFF2_NS) continue;
    const id = attr(child, 'id');
    const need = (): string => {
      if (id === undefined)
        throw new InputError(`Unexpected \`<${child.local}>\` without \`id\`, expected an id`, { file, line: child.line, column: child.column });
      return id;
    };
    switch (child.local) {
      case 'ph':
        out += `{${numbers.number(need())}/}`;
        break;
      case 'pc': {
        const n = numbers.number(need());
        out += `{${n}}${readXliff2Inline(child, numbers, file)}{/${n}}`;
        break;
      }
      case 'sc':
        out += `{${numbers.number(need())}}`;
        break;
      case 'ec': {
        const ref = attr(child, 'startRef') ?? id;
        if (ref === undefined) throw new InputError('Unexpected `<ec>` without `startRef` or `id`', { file, line: child.line, column: child.column });
        out += `{/${numbers.number(ref)}}`;
        break;
      }
      case 'cp':
        out += escapeCodedText(codePointOf(child, file));
        break;
      case 'mrk':
        out += readXliff2Inline(child, numbers, file);
        break;
      default:
        break;
    }
  }
  return out;
}

/** The character of a `<cp hex="…">`: 1 to 6 hex digits naming a Unicode scalar value. */
function codePointOf(cp: XmlElement, file: string): string {
  const hex = attr(cp, 'hex');
  const code = hex !== undefined && /^[0-9A-Fa-f]{1,6}$/.test(hex) ? parseInt(hex, 16) : Number.NaN;
  if (!(code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) {
    throw new InputError(
      `Unexpected \`<cp hex="${oneLine(hex ?? '')}">\`, expected the hex code of a Unicode character (0–10FFFF, not a surrogate)`,
      { file, line: cp.line, column: cp.column },
      {
        expected: 'hex="0" … hex="10FFFF"',
        actual: hex === undefined ? 'no hex' : `hex="${oneLine(hex.slice(0, 40))}"`,
      },
    );
  }
  return String.fromCodePoint(code);
}
