import type { CodeKind, InlineCode } from '../../segment/types.js';
import { tokenizeCodedText } from '../../segment/coded-text.js';
import { escapeXmlAttribute, escapeXmlText } from '../xml/escape-xml.js';

/** XLIFF 2 `type` and `subType` of each code kind. */
const TYPE: Record<CodeKind, string> = {
  emphasis: 'fmt',
  strong: 'fmt',
  delete: 'fmt',
  link: 'link',
  linkReference: 'link',
  footnoteReference: 'other',
  inlineCode: 'other',
  html: 'other',
  image: 'image',
  imageReference: 'image',
  break: 'fmt',
  templateTag: 'other',
  mdxJsxTextElement: 'other',
  mdxTextExpression: 'other',
};

/**
 * Standard `xlf:` sub-types where XLIFF 2 has one (only xlf:lb, pb, b, i, u with type `fmt` and
 * xlf:var exist: strikethrough has its own `diglot:` sub-type).
 */
const SUBTYPE: Partial<Record<CodeKind, string>> = { emphasis: 'xlf:i', strong: 'xlf:b', delete: 'diglot:s', break: 'xlf:lb' };

/**
 * Write coded text as XLIFF 2 inline content: a paired code whose both ends are in the text
 * becomes `<pc>`, a lone end `<sc>`/`<ec>` (a code spanning sentences), a standalone code `<ph>`.
 * Every code points at its original Markdown through `dataRef*` attributes.
 *
 * @param text coded text in exchange numbering
 * @param codes the codes by number
 * @param dataId the `<data>` id of a code's opening (or whole) data, or of its closing data
 * @example writeXliff2Inline('a {1}b{/1}', codes, id) // 'a <pc id="1" dataRefStart="d1" dataRefEnd="d1e" type="fmt" subType="xlf:b">b</pc>'
 */
export function writeXliff2Inline(text: string, codes: ReadonlyMap<number, InlineCode>, dataId: (id: number, end: boolean) => string): string {
  const tokens = tokenizeCodedText(text);
  const closes = new Set(tokens.filter((t) => t.type === 'close').map((t) => (t as { id: number }).id));
  const opens = new Set(tokens.filter((t) => t.type === 'open').map((t) => (t as { id: number }).id));
  let out = '';
  for (const token of tokens) {
    if (token.type === 'text') {
      out += escapeXmlText(token.value);
      continue;
    }
    const code = codes.get(token.id);
    const kind = code ? ` type="${TYPE[code.kind]}"${SUBTYPE[code.kind] ? ` subType="${SUBTYPE[code.kind]}"` : ''}` : '';
    const disp = code?.value !== undefined ? ` disp="${escapeXmlAttribute(code.value)}"` : '';
    if (token.type === 'ph') out += `<ph id="${token.id}" dataRef="${dataId(token.id, false)}"${kind}${disp}/>`;
    else if (token.type === 'open' && closes.has(token.id)) {
      out += `<pc id="${token.id}" dataRefStart="${dataId(token.id, false)}" dataRefEnd="${dataId(token.id, true)}"${kind}${disp.replace(' disp=', ' dispStart=')}>`;
    } else if (token.type === 'open') out += `<sc id="${token.id}" dataRef="${dataId(token.id, false)}"${kind}${disp}/>`;
    else if (opens.has(token.id)) out += '</pc>';
    else out += `<ec startRef="${token.id}" dataRef="${dataId(token.id, true)}"${kind}/>`;
  }
  return out;
}
