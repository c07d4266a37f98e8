/**
 * A small evaluator of GitHub Actions expressions (`${{ … }}`), enough to run action.yml locally:
 * context paths (`inputs.x`, `github.event.pull_request.base.sha`, `steps.a.outputs.b`, with `-`
 * in names), string literals, `==`, `!=`, `&&`, `||`, `!`, parentheses and `always()`/`success()`/
 * `failure()`. Values are strings or undefined; `''` and undefined are falsy, as on GitHub.
 */
export type Context = Record<string, unknown>;

interface State {
  tokens: string[];
  at: number;
  context: Context;
  failed: boolean;
}

/** Evaluate one expression (without `${{ }}`). */
export function evaluate(expression: string, context: Context, failed = false): unknown {
  const tokens = expression.match(/'(?:[^']|'')*'|==|!=|&&|\|\||[()!]|[A-Za-z_][\w.-]*(?:\(\))?|\S/g) ?? [];
  const state: State = { tokens, at: 0, context, failed };
  const value = or(state);
  if (state.at !== tokens.length) throw new Error(`Cannot evaluate \`${expression}\` at \`${tokens[state.at]}\``);
  return value;
}

/** Replace every `${{ … }}` in a string by its value (undefined → ''). */
export function interpolate(text: string, context: Context, failed = false): string {
  return text.replace(/\$\{\{(.*?)\}\}/g, (_, e: string) => String(evaluate(e, context, failed) ?? ''));
}

/** The value of an `if:` (with or without `${{ }}`); GitHub adds `success() &&` when there is no status function. */
export function condition(text: string | undefined, context: Context, failed: boolean): boolean {
  if (text === undefined) return !failed;
  const expression = String(text).replace(/^\s*\$\{\{([\s\S]*)\}\}\s*$/, '$1');
  const status = /\b(always|failure|success|cancelled)\(\)/.test(expression);
  return (status || !failed) && truthy(evaluate(expression, context, failed));
}

function truthy(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '' && value !== false && value !== 0;
}

function or(s: State): unknown {
  let left = and(s);
  while (s.tokens[s.at] === '||') {
    s.at++;
    const right = and(s);
    left = truthy(left) ? left : right;
  }
  return left;
}

function and(s: State): unknown {
  let left = compare(s);
  while (s.tokens[s.at] === '&&') {
    s.at++;
    const right = compare(s);
    left = truthy(left) ? right : left;
  }
  return left;
}

function compare(s: State): unknown {
  const left = unary(s);
  const op = s.tokens[s.at];
  if (op !== '==' && op !== '!=') return left;
  s.at++;
  const right = unary(s);
  const equal = String(left ?? '') === String(right ?? '');
  return op === '==' ? equal : !equal;
}

function unary(s: State): unknown {
  const token = s.tokens[s.at++];
  if (token === undefined) throw new Error('Unexpected end of expression');
  if (token === '!') return !truthy(unary(s));
  if (token === '(') {
    const value = or(s);
    if (s.tokens[s.at++] !== ')') throw new Error('Expected `)`');
    return value;
  }
  if (token.startsWith("'")) return token.slice(1, -1).replace(/''/g, "'");
  if (token === 'true' || token === 'false') return token === 'true';
  if (token === 'always()') return true;
  if (token === 'success()') return !s.failed;
  if (token === 'failure()') return s.failed;
  let value: unknown = s.context;
  for (const part of token.split('.')) value = value === undefined || value === null ? undefined : (value as Record<string, unknown>)[part];
  return value;
}
