/**
 * Bundle the compiled CLI (`build/`, made by `tsc -p tsconfig.build.json`) into
 * `build/cli-bundle/`: one ES module per lazily loaded command instead of hundreds of small files.
 * Node 20's module loader spends about 100 ms resolving, reading and linking those files on every
 * run — a quarter of a check after a one-paragraph edit (docs/performance.md).
 * `bin/diglot.js` runs the bundle; the library (`build/index.js`) is not bundled.
 *
 * The bundle sits two folders below the project, like every module of `build/<dir>/`, so
 * paths made from `import.meta.url` (assets, the code fingerprint) mean the same in both.
 * `az` stays external: it reads its dictionaries from its own package folder.
 */
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

// `node scripts/bundle-cli.mjs [compiled folder]` (default: build/ of this project).
const compiled = resolve(process.argv[2] ?? fileURLToPath(new URL('../build', import.meta.url)));
const outdir = join(compiled, 'cli-bundle');
const entryPoints = { cli: join(compiled, 'cli.js') };
if (!existsSync(entryPoints.cli)) throw new Error(`Cannot bundle the CLI without ${entryPoints.cli}: run \`tsc -p tsconfig.build.json\` first`);
// Worker threads start from their own entry file, next to the chunks that start them.
const worker = join(compiled, 'check', 'check-worker.js');
if (existsSync(worker)) entryPoints['check-worker'] = worker;

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints,
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['az'],
  chunkNames: '[name]-[hash]',
  // CommonJS dependencies bundled into ES modules still call require() for Node's built-ins.
  banner: { js: "import { createRequire as diglotCreateRequire } from 'node:module'; const require = diglotCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
