/** Prefixes of XLIFF 2 fragment identifiers: core (file, group, unit, note, data, inline) and the registered modules. */
const CONTAINERS = ['f', 'g', 'u'];
const LEAVES = new Set(['n', 'd', 't', 'mtc', 'gls', 'mda', 'res', 'slr', 'val', 'ctr', 'tbx', 'its']);

/**
 * Why a fragment identifier (the part of a `ref` after `#`) breaks the XLIFF 2 syntax
 * (core specification, "Fragment Identification"), or undefined when it is valid: a bare id
 * (`#m1`), or `prefix=id` parts separated by `/` (optionally starting with `/`), with `f=` then
 * `g=`… then `u=` in that order, each at most once (groups excepted), and at most one leaf
 * (`n=`, `d=`, `t=` or a module's prefix) at the end.
 *
 * @param fragment the text after `#`
 * @example fragmentIdProblem('f=f1/d=d1/u=1') // 'the leaf `d=` must come last'
 */
export function fragmentIdProblem(fragment: string): string | undefined {
  if (!fragment.includes('=') && !fragment.includes('/')) return fragment === '' ? 'an empty fragment' : undefined;
  const parts = fragment.replace(/^\//, '').split('/');
  let rank = -1;
  let leaf = false;
  for (const part of parts) {
    const m = /^([A-Za-z_][\w.-]*)=(.+)$/.exec(part);
    if (!m) return `\`${part}\` is not \`prefix=id\``;
    const prefix = m[1] as string;
    if (leaf) return `the leaf before \`${prefix}=\` must come last`;
    const at = CONTAINERS.indexOf(prefix);
    if (at !== -1) {
      if (at < rank || (at === rank && prefix !== 'g')) return `\`${prefix}=\` is out of order or repeated (expected f=, g=…, u=, then one leaf)`;
      rank = at;
    } else if (LEAVES.has(prefix)) {
      leaf = true;
    } else return `unknown prefix \`${prefix}=\``;
  }
  return undefined;
}
