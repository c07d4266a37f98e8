import { InputError } from '../../errors.js';
import { oneLine } from '../one-line.js';

/** Where a PO entry starts (its `msgctxt`, else its `msgid`), 1-based. */
export interface PoPlace {
  line: number;
  column: number;
}

/** What {@link scanPo} finds: the place of every entry by {@link poEntryKey}. */
export interface PoScan {
  places: Map<string, PoPlace>;
}

const KEYWORD = /^(?:msgctxt|msgid(?:_plural)?|msgstr(?:\[\d+\])?)$/;
const KEY_CHAR = /[\w\-[\]]/;

/**
 * The key of a PO entry: its context and msgid (an empty context is no context, as
 * gettext-parser reads it).
 *
 * @example poEntryKey('u-1', 'Hello')
 */
export function poEntryKey(msgctxt: string | undefined, msgid: string): string {
  return `${msgctxt ?? ''}\u0004${msgid}`;
}

/**
 * Scan a PO file once, in linear time, with the same lexical rules as gettext-parser (strings
 * in `"` or `'`, escapes `\n` `\t` `\r`, `#~` obsolete entries), to give every entry its line
 * and column and to refuse, at their place, what diglot cannot import: an unknown keyword or
 * stray character, an unterminated string, a plural entry, an entry without exactly one
 * `msgstr`, and a second entry with the same context and msgid.
 *
 * @param text the PO text
 * @param file the file name, for messages
 * @returns the place of every (non-obsolete) entry
 * @throws InputError with file:line:column, expected and found
 * @example scanPo('msgctxt "u-1"\nmsgid "a"\nmsgstr "b"\n', 'ru.po').places.get(poEntryKey('u-1', 'a')) // { line: 1, column: 1 }
 */
export function scanPo(text: string, file: string): PoScan {
  const places = new Map<string, PoPlace>();
  let line = 1;
  let lineStart = 0;
  const at = (i: number): PoPlace => ({ line, column: i - lineStart + 1 });
  const fail: (message: string, place: PoPlace, expected: string, actual: string) => never = (message, place, expected, actual) => {
    throw new InputError(`Invalid PO: ${oneLine(message)}`, { file, ...place }, { expected, actual: oneLine(actual) });
  };
  type Key = { name: string; value: string; place: PoPlace; obsolete: boolean };
  let current: Key | undefined;
  let context: Key | undefined;
  let entry: { key: string; place: PoPlace; msgstr: number; obsolete: boolean; plural?: PoPlace } | undefined;
  const finish = (): void => {
    if (!entry) return;
    const e = entry;
    entry = undefined;
    if (e.obsolete) return;
    if (e.plural)
      fail(
        'Unexpected plural entry (`msgid_plural`): diglot does not support plural forms',
        e.plural,
        'one `msgid` and one `msgstr` per unit',
        '`msgid_plural`',
      );
    if (e.msgstr !== 1) fail(`Unexpected entry with ${e.msgstr} \`msgstr\``, e.place, 'one `msgstr`', `${e.msgstr}`);
    const first = places.get(e.key);
    if (first) fail(`Unexpected second entry with the same context and msgid (first at line ${first.line})`, e.place, 'each unit once', 'a repeated entry');
    places.set(e.key, e.place);
  };
  const close = (): void => {
    // A keyword's value is complete: act on it.
    const key = current;
    if (!key) return;
    current = undefined;
    const name = key.name.toLowerCase();
    if (name === 'msgctxt') {
      finish();
      context = key;
    } else if (name === 'msgid') {
      finish();
      const ctx = context?.value ? context.value : undefined;
      entry = { key: poEntryKey(ctx, key.value), place: context?.place ?? key.place, msgstr: 0, obsolete: key.obsolete };
      context = undefined;
    } else if (name === 'msgid_plural') {
      if (entry) entry.plural = key.place;
    } else if (entry) entry.msgstr++;
  };
  let obsolete = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i] as string;
    if (c === '\n') {
      line++;
      lineStart = i + 1;
      continue;
    }
    if (c === '#') {
      if (text[i + 1] === '~') {
        obsolete = true;
        i++;
        continue;
      }
      const end = text.indexOf('\n', i);
      i = (end < 0 ? n : end) - 1;
      continue;
    }
    if (c === '"' || c === "'") {
      const start = at(i);
      let value = '';
      let from = i + 1;
      let j = i + 1;
      for (; j < n; j++) {
        const ch = text[j];
        if (ch === c) break;
        // A string ends on its line (gettext's rule): a new line is written `\n`.
        if (ch === '\n')
          fail('Unexpected end of line in a string', start, `a closing \`${c}\` on the same line (a new line is written \`\\n\`)`, 'end of line');
        if (ch !== '\\' || j + 1 >= n) continue;
        const next = text[++j] as string;
        if (next === '\n')
          fail('Unexpected end of line in a string', start, `a closing \`${c}\` on the same line (a new line is written \`\\n\`)`, 'end of line');
        value += text.slice(from, j - 1) + (next === 't' ? '\t' : next === 'n' ? '\n' : next === 'r' ? '\r' : next);
        from = j + 1;
      }
      value += text.slice(from, j);
      if (j >= n) fail('Unexpected end of file in a string', start, `a closing \`${c}\``, 'end of file');
      if (!current) fail('Unexpected string without a keyword before it', start, '`msgctxt`, `msgid` or `msgstr` first', `\`${c}${value.slice(0, 20)}${c}\``);
      current.value += value;
      obsolete = false;
      i = j;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || /\s/.test(c)) continue;
    if (KEY_CHAR.test(c)) {
      let j = i;
      while (j < n && KEY_CHAR.test(text[j] as string)) j++;
      const name = text.slice(i, j);
      const place = at(i);
      if (!KEYWORD.test(name))
        fail(
          `Unexpected \`${name.slice(0, 40)}\``,
          place,
          '`msgctxt`, `msgid`, `msgid_plural`, `msgstr` or a comment (an unescaped quote in a string?)',
          `\`${name.slice(0, 40)}\``,
        );
      close();
      current = { name, value: '', place, obsolete };
      obsolete = false;
      i = j - 1;
      continue;
    }
    fail(`Unexpected \`${c}\``, at(i), 'a keyword, a quoted string or a comment', `\`${c}\``);
  }
  close();
  finish();
  return { places };
}
