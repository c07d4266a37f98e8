import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readCacheBytes, sweepCacheFolder, writeCacheBytes } from '../cache/cache-file.js';
import { assetLimit } from '../util/project-file.js';

/**
 * The sha256 of some bytes, 64 hex digits (the name of a blob).
 *
 * @example sha256Of('') // 'e3b0c442…'
 */
export function sha256Of(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * A content-addressed store of output files: `<dir>/<sha256>`, each blob holding the bytes
 * whose sha256 is its name. A blob that does not match its name reads as missing. Blobs are
 * read and written without following symbolic links, and the sweep never deletes through one.
 */
export class BlobStore {
  /**
   * @param dir the folder of the blobs (`.diglot-cache/blobs`)
   * @example new BlobStore(join(root, '.diglot-cache', 'blobs'))
   */
  constructor(private readonly dir: string) {}

  /**
   * Store bytes (a no-op when the blob exists) and return their sha256.
   *
   * @example store.put(Buffer.from('<html>…')) // '9f2c…'
   */
  put(data: Uint8Array, sha = sha256Of(data)): string {
    const file = join(this.dir, sha);
    if (!existsSync(file)) writeCacheBytes(file, data);
    return sha;
  }

  /**
   * The bytes of a blob, or undefined when it is missing or corrupt (its hash differs).
   *
   * @example store.get(sha)?.length
   */
  get(sha: string): Buffer | undefined {
    if (!/^[0-9a-f]{64}$/.test(sha)) return undefined;
    const data = readCacheBytes(join(this.dir, sha), assetLimit());
    return data && sha256Of(data) === sha ? data : undefined;
  }

  /**
   * Delete every blob not in `keep` (temporary files of concurrent writes, dot-files, stay).
   * Only files named like blobs are deleted, never through a symbolic link: a `blobs` folder
   * that is a link deletes nothing.
   *
   * @returns the number of blobs deleted
   * @example store.sweep(new Set(entries.flatMap((e) => e.outputs.map((o) => o.sha256))))
   */
  sweep(keep: ReadonlySet<string>): number {
    return sweepCacheFolder(
      this.dir,
      (name) => /^[0-9a-f]{64}$/.test(name),
      (name) => keep.has(name),
    );
  }
}
