import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { repoPath, type Version } from './read-git-file.js';

const run = promisify(execFile);

/**
 * The files under a folder of a commit with their blob IDs, in one `git ls-tree -r -z`: two
 * versions of a file are the same exactly when their blob IDs are.
 *
 * @param version the repository and ref (a commit; the working tree has no blob IDs)
 * @param dir folder relative to the repository root, e.g. `content`
 * @returns repository-relative path → blob ID
 * @example (await listBlobs({ root, ref: 'HEAD' }, 'content')).get('content/en/a.md') // '3b18e51…'
 */
export async function listBlobs(version: Version & { ref: string }, dir: string): Promise<Map<string, string>> {
  const rel = repoPath(version.root, dir);
  const { stdout } = await run('git', ['ls-tree', '-r', '-z', version.ref, ...(rel && rel !== '.' ? ['--', `${rel}/`] : [])], {
    cwd: version.root,
    maxBuffer: 64 * 1024 * 1024,
  });
  const out = new Map<string, string>();
  for (const entry of stdout.split('\0')) {
    // `<mode> blob <oid>\t<path>`
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [, type, oid] = entry.slice(0, tab).split(' ');
    if (type === 'blob' && oid) out.set(entry.slice(tab + 1), oid);
  }
  return out;
}

/**
 * The contents of blobs, in one `git cat-file --batch`.
 *
 * @param root the repository's top-level folder
 * @param oids blob IDs
 * @returns blob ID → bytes
 * @example (await readBlobs(root, [oid])).get(oid)?.toString('utf8')
 */
export function readBlobs(root: string, oids: readonly string[]): Promise<Map<string, Buffer>> {
  const wanted = [...new Set(oids)];
  if (wanted.length === 0) return Promise.resolve(new Map());
  return new Promise((resolveBlobs, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`git cat-file --batch failed: ${stderr.trim()}`));
      const data = Buffer.concat(chunks);
      const out = new Map<string, Buffer>();
      let at = 0;
      for (const oid of wanted) {
        const eol = data.indexOf(0x0a, at);
        const header = data.subarray(at, eol).toString('utf8').split(' ');
        if (header[1] === 'missing' || eol < 0) {
          at = eol + 1;
          continue;
        }
        const size = Number(header[2]);
        out.set(oid, data.subarray(eol + 1, eol + 1 + size));
        at = eol + 1 + size + 1;
      }
      resolveBlobs(out);
    });
    child.stdin.end(`${wanted.join('\n')}\n`);
  });
}
