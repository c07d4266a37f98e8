/**
 * The parts of a Hunspell affix file (`.aff`) that generating word forms needs: the flag
 * syntax, flag aliases, suffix and prefix rules with their continuation classes, and the
 * special flags that keep a form from standing alone (NEEDAFFIX, ONLYINCOMPOUND, CIRCUMFIX,
 * FORBIDDENWORD). Compounding, suggestions and conversions are not read.
 */

/** One affix rule: strip `strip` from the end (suffix) or start (prefix), add `add`, when `condition` fits. */
export interface AffixRule {
  kind: 'SFX' | 'PFX';
  flag: string;
  /** Whether the rule combines with rules of the other kind (`Y` in the header). */
  cross: boolean;
  strip: string;
  add: string;
  /** Continuation flags of the affixed form (`add/flags`). */
  next: string[];
  /** The condition compiled to a regular expression anchored at the end (suffix) or start (prefix). */
  condition: RegExp;
}

/** How a dictionary writes the flags of a word: one character, two characters, or numbers. */
export type FlagMode = 'char' | 'long' | 'num';

/** A parsed affix file. */
export interface AffixFile {
  flagMode: FlagMode;
  /** Flag aliases (`AF`), 1-based: a word's flags may be an alias number. */
  aliases: string[][];
  suffixes: Map<string, AffixRule[]>;
  prefixes: Map<string, AffixRule[]>;
  needAffix?: string;
  onlyInCompound?: string;
  circumfix?: string;
  forbiddenWord?: string;
  /** Flags of compound parts (COMPOUNDFLAG, COMPOUNDBEGIN, COMPOUNDMIDDLE, COMPOUNDEND): such a form is not a word by itself. */
  compoundParts: string[];
  /** Characters to remove from words and affixes (`IGNORE`, e.g. the Ukrainian stress mark). */
  ignore: string;
}

/**
 * Parse the text of a Hunspell `.aff` file.
 *
 * @param text the affix file (UTF-8)
 * @example parseAffixes('SFX A Y 1\nSFX A 0 s .').suffixes.get('A')?.[0]?.add // 's'
 */
export function parseAffixes(text: string): AffixFile {
  const aff: AffixFile = { flagMode: 'char', aliases: [], suffixes: new Map(), prefixes: new Map(), compoundParts: [], ignore: '' };
  const headers = new Map<string, boolean>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+#.*$/, '').trim();
    if (line === '' || line.startsWith('#')) continue;
    const parts = line.split(/\s+/);
    const [key, a, b, c, d] = parts as [string, string?, string?, string?, string?];
    if (key === 'FLAG' && a) aff.flagMode = a === 'long' ? 'long' : a === 'num' ? 'num' : 'char';
    else if (key === 'AF' && a && b === undefined && /^\d+$/.test(a)) continue;
    else if (key === 'AF' && a) aff.aliases.push(splitFlags(a, aff.flagMode));
    else if (key === 'NEEDAFFIX' && a) aff.needAffix = a;
    else if (key === 'ONLYINCOMPOUND' && a) aff.onlyInCompound = a;
    else if (key === 'CIRCUMFIX' && a) aff.circumfix = a;
    else if (key === 'FORBIDDENWORD' && a) aff.forbiddenWord = a;
    else if (key === 'IGNORE' && a) aff.ignore = a;
    else if (/^COMPOUND(?:FLAG|BEGIN|MIDDLE|END)$/.test(key) && a) aff.compoundParts.push(a);
    else if ((key === 'SFX' || key === 'PFX') && a && b !== undefined) {
      const id = `${key} ${a}`;
      if (!headers.has(id) && (b === 'Y' || b === 'N') && /^\d+$/.test(c ?? '')) {
        headers.set(id, b === 'Y');
        continue;
      }
      if (c === undefined) continue;
      const rule = readRule(key, a, b, c, d ?? '.', headers.get(id) ?? false, aff);
      const into = key === 'SFX' ? aff.suffixes : aff.prefixes;
      const list = into.get(a) ?? [];
      list.push(rule);
      into.set(a, list);
    }
  }
  return aff;
}

/**
 * Split a flag string as the affix file's `FLAG` mode says: `AbC` → `A`, `b`, `C`; long `AaBb`
 * → `Aa`, `Bb`; num `12,7` → `12`, `7`.
 *
 * @example splitFlags('S.', 'long') // ['S.']
 */
export function splitFlags(flags: string, mode: FlagMode): string[] {
  if (mode === 'num') return flags.split(',').filter(Boolean);
  const chars = [...flags];
  if (mode === 'char') return chars;
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += 2) out.push(chars.slice(i, i + 2).join(''));
  return out;
}

function readRule(kind: 'SFX' | 'PFX', flag: string, strip: string, addField: string, condition: string, cross: boolean, aff: AffixFile): AffixRule {
  const slash = addField.indexOf('/');
  const addText = slash >= 0 ? addField.slice(0, slash) : addField;
  const nextText = slash >= 0 ? addField.slice(slash + 1) : '';
  const next = /^\d+$/.test(nextText) && aff.aliases.length > 0 && aff.flagMode !== 'num' ? (aff.aliases[Number(nextText) - 1] ?? []) : splitFlags(nextText, aff.flagMode);
  const clean = (s: string): string => removeIgnored(s === '0' ? '' : s, aff.ignore);
  return { kind, flag, cross, strip: clean(strip), add: clean(addText), next, condition: compileCondition(condition, kind) };
}

/**
 * Remove the `IGNORE` characters from a word.
 *
 * @example removeIgnored('но\u0301та', '\u0301') // 'нота'
 */
export function removeIgnored(word: string, ignore: string): string {
  if (ignore === '') return word;
  let out = '';
  for (const c of word) if (!ignore.includes(c)) out += c;
  return out;
}

/** A Hunspell condition (`.`, `[^aeiou]y`, `[gkl]i`) as an anchored regular expression. */
function compileCondition(condition: string, kind: 'SFX' | 'PFX'): RegExp {
  if (condition === '.' || condition === '') return kind === 'SFX' ? /$/u : /^/u;
  const source = condition.replace(/[.*+?^${}()|\\\]]/g, (m, offset: number) => {
    // Keep brackets and carets inside brackets; escape the rest, a lone `.` stays "any".
    if (m === ']' || m === '.') return m;
    if (m === '^' && condition[offset - 1] === '[') return m;
    return `\\${m}`;
  });
  return new RegExp(kind === 'SFX' ? `(?:${source})$` : `^(?:${source})`, 'u');
}
