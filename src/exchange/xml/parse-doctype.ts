/**
 * Read a DOCTYPE declaration without ever loading anything: an external DTD reference is
 * ignored, internal general entities are collected (their expansion is bounded by the
 * parser), and external or parameter entities are refused outright (XXE).
 */

/** What the DOCTYPE declares: internal entity values by name, and where it ends. */
export interface Doctype {
  entities: Map<string, string>;
  end: number;
}

type Fail = (message: string, at: number) => never;

/**
 * Parse `<!DOCTYPE …>` starting at `start`.
 *
 * @param src the normalised document text
 * @param start offset of `<!DOCTYPE`
 * @param fail reports an error at an offset (throws)
 * @example parseDoctype('<!DOCTYPE a [<!ENTITY x "y">]><a/>', 0, fail).entities.get('x') // 'y'
 */
export function parseDoctype(src: string, start: number, fail: Fail): Doctype {
  const entities = new Map<string, string>();
  let pos = start + '<!DOCTYPE'.length;
  const subsetStart = findSubsetStart(src, pos, fail);
  if (subsetStart < 0) {
    const end = src.indexOf('>', pos);
    if (end < 0) fail('Unexpected end of file in `<!DOCTYPE`, expected `>`', start);
    return { entities, end: end + 1 };
  }
  pos = subsetStart + 1;
  for (;;) {
    while (/\s/.test(src[pos] ?? '')) pos++;
    if (pos >= src.length) fail('Unexpected end of file in the DOCTYPE internal subset, expected `]>`', start);
    if (src[pos] === ']') {
      const end = src.indexOf('>', pos);
      if (end < 0) fail('Unexpected end of file after the DOCTYPE internal subset, expected `>`', pos);
      return { entities, end: end + 1 };
    }
    if (src.startsWith('<!--', pos)) {
      const end = src.indexOf('-->', pos + 4);
      if (end < 0) fail('Unexpected end of file in a comment, expected `-->`', pos);
      pos = end + 3;
    } else if (src.startsWith('<?', pos)) {
      const end = src.indexOf('?>', pos);
      if (end < 0) fail('Unexpected end of file in a processing instruction, expected `?>`', pos);
      pos = end + 2;
    } else if (src.startsWith('<!ENTITY', pos)) {
      pos = entity(src, pos, entities, fail);
    } else if (src[pos] === '%') {
      fail('Unexpected parameter entity reference in the DOCTYPE, expected no parameter entities (diglot never loads external DTDs)', pos);
    } else if (src.startsWith('<!', pos)) {
      pos = skipDeclaration(src, pos, fail);
    } else {
      fail(`Unexpected \`${src[pos]}\` in the DOCTYPE internal subset, expected a declaration`, pos);
    }
  }
}

function findSubsetStart(src: string, pos: number, fail: Fail): number {
  let quote = '';
  for (let i = pos; i < src.length; i++) {
    const c = src[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') return i;
    else if (c === '>') return -1;
  }
  return fail('Unexpected end of file in `<!DOCTYPE`, expected `>`', pos);
}

function entity(src: string, start: number, entities: Map<string, string>, fail: Fail): number {
  const m = /^<!ENTITY\s+(%\s+)?([^\s"'>]+)\s+/.exec(src.slice(start, start + 300));
  if (!m) return fail('Unexpected `<!ENTITY` syntax, expected `<!ENTITY name "value">`', start);
  const [head, percent, name] = m as unknown as [string, string | undefined, string];
  if (percent) fail(`Unexpected parameter entity \`%${name}\`, expected no parameter entities (diglot never loads external DTDs)`, start);
  let pos = start + head.length;
  const quote = src[pos];
  if (quote !== '"' && quote !== "'") {
    const kind = /^(SYSTEM|PUBLIC)/.exec(src.slice(pos, pos + 6))?.[0] ?? src.slice(pos, pos + 10);
    return fail(`Unexpected external entity \`${name}\` (${kind}), expected internal entities only: diglot never loads external entities`, start);
  }
  const end = src.indexOf(quote, pos + 1);
  if (end < 0) fail('Unexpected end of file in an entity value', pos);
  const value = src.slice(pos + 1, end);
  if (value.includes('<')) fail(`Unexpected markup in entity \`${name}\`, expected text only`, pos);
  if (value.includes('%')) fail(`Unexpected parameter entity reference in entity \`${name}\``, pos);
  pos = end + 1;
  while (/\s/.test(src[pos] ?? '')) pos++;
  if (src[pos] !== '>')
    fail(`Unexpected \`${src[pos] ?? 'end of file'}\` in entity \`${name}\`, expected \`>\` (NDATA and external entities are refused)`, pos);
  if (!entities.has(name)) entities.set(name, value);
  return pos + 1;
}

function skipDeclaration(src: string, start: number, fail: Fail): number {
  let quote = '';
  for (let i = start + 2; i < src.length; i++) {
    const c = src[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return fail('Unexpected end of file in a markup declaration, expected `>`', start);
}
