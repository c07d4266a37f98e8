import { escapeCodedText } from '../../segment/coded-text.js';
import { InputError } from '../../errors.js';
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
      if (id === undefined) throw new InputError(`Unexpected \`<${child.local}>\` without \`id\`, expected an id`, { file, line: child.line, column: child.column });
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
      case 'cp': {
        const hex = attr(child, 'hex') ?? '';
        out += escapeCodedText(String.fromCodePoint(parseInt(hex, 16)));
        break;
      }
      case 'mrk':
        out += readXliff2Inline(child, numbers, file);
        break;
      default:
        break;
    }
  }
  return out;
}
