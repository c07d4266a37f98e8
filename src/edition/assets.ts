import { readFileSync } from 'node:fs';

/** The folder of the stylesheet and script (repo `assets/`, same depth from `src/edition` and `build/edition`). */
export const ASSETS_DIR = new URL('../../assets/', import.meta.url);

/** The stylesheet copied to `dist/diglot.css`. */
export const STYLESHEET_NAME = 'diglot.css';

/**
 * Read an asset shipped with diglot.
 *
 * @param name file name inside `assets/`
 * @example readAsset('diglot.css').includes('@media print') // true
 */
export function readAsset(name: 'diglot.css' | 'parallel.js'): string {
  return readFileSync(new URL(name, ASSETS_DIR), 'utf8');
}
