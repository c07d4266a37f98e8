import { execFileSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { hasCommand, measure, type Measurement } from './measure.js';

/** The peer tools and whether they can be measured. */
export interface PeerStatus {
  po4a: boolean;
  translateToolkit: boolean;
  /** What was done or what the user should do, for the report. */
  notes: string[];
}

const PO4A = 'po4a-updatepo';
const TXT2PO = 'txt2po';
const POSEGMENT = 'posegment';

/**
 * Make sure po4a and Translate Toolkit are installed: when a command is missing and we run
 * as root on Debian, `apt-get update` once and `apt-get install -y po4a translate-toolkit`;
 * otherwise say how to install them (their rows are then reported as not measured).
 *
 * @example ensurePeers().po4a // true once po4a is installed
 */
export function ensurePeers(log: (line: string) => void): PeerStatus {
  const notes: string[] = [];
  const missing = () => [PO4A, TXT2PO, POSEGMENT].filter((c) => !hasCommand(c));
  if (missing().length > 0) {
    const root = typeof process.getuid === 'function' && process.getuid() === 0;
    if (root && hasCommand('apt-get')) {
      log(`Installing po4a and translate-toolkit (missing: ${missing().join(', ')})…`);
      try {
        execFileSync('apt-get', ['update'], { stdio: 'ignore' });
        execFileSync('apt-get', ['install', '-y', 'po4a', 'translate-toolkit'], {
          stdio: 'ignore',
          env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
        });
        notes.push('po4a and translate-toolkit were installed with apt-get by this run.');
      } catch (error) {
        notes.push(`apt-get install failed: ${(error as Error).message.split('\n')[0]}`);
      }
    }
    if (missing().length > 0)
      notes.push(`Not measured (missing ${missing().join(', ')}): install with \`sudo apt-get install po4a translate-toolkit\` and run again.`);
  }
  return { po4a: hasCommand(PO4A), translateToolkit: hasCommand(TXT2PO) && hasCommand(POSEGMENT), notes };
}

/**
 * po4a extracting every corpus file into one POT, in one process: `po4a-updatepo -f text
 * -o markdown -M UTF-8 -m <file>… -p out.pot` (po4a 0.69's `po4a-gettextize` refuses masters
 * without translations and points to po4a-updatepo, which runs the same extraction).
 *
 * @param files the corpus files
 * @param work an empty scratch folder
 * @returns the measurement and the number of msgids extracted
 */
export async function measurePo4a(files: readonly string[], work: string): Promise<{ run: Measurement; msgids: number }> {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const pot = join(work, 'out.pot');
  const run = await measure(PO4A, ['-f', 'text', '-o', 'markdown', '-M', 'UTF-8', ...files.flatMap((f) => ['-m', f]), '-p', pot]);
  return { run, msgids: countMsgids(readFileSync(pot, 'utf8')) };
}

/**
 * Translate Toolkit on the corpus: `txt2po -P` (corpus folder → one POT per file), then
 * `posegment -P` on the POTs of the first corpus files (in manifest order) holding
 * `posegmentBytes` of Markdown — posegment needs about 10 s per MB on this kind of machine, so
 * the whole corpus five times over would not fit the run; the sentence target compares
 * diglot on exactly these units.
 *
 * @param corpusDir the corpus folder (only its .md files are read)
 * @param entries the corpus files with their sizes, in manifest order
 * @param posegmentBytes how much of the corpus posegment gets (Infinity: all)
 * @param work an empty scratch folder
 */
export async function measureTranslateToolkit(
  corpusDir: string,
  entries: ReadonlyArray<{ file: string; bytes: number }>,
  posegmentBytes: number,
  work: string,
): Promise<{
  txt2po: Measurement;
  posegment: Measurement;
  units: number;
  subsetUnits: number;
  subsetBytes: number;
  subsetFiles: number;
  sentences: number;
  subsetDir: string;
}> {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const pot = join(work, 'pot');
  const subsetDir = join(work, 'pot-subset');
  const seg = join(work, 'seg');
  const quiet = ['--progress', 'none'];
  const txt2po = await measure(TXT2PO, ['-P', ...quiet, '-x', 'manifest.json', '-i', corpusDir, '-o', pot]);
  mkdirSync(subsetDir);
  let subsetBytes = 0;
  let subsetFiles = 0;
  for (const entry of entries) {
    if (subsetBytes >= posegmentBytes) break;
    const name = `${basename(entry.file).replace(/\.md$/, '')}.pot`;
    if (!existsSync(join(pot, name))) continue; // txt2po wrote nothing for a file without text
    linkSync(join(pot, name), join(subsetDir, name));
    subsetBytes += entry.bytes;
    subsetFiles++;
  }
  const posegment = await measure(POSEGMENT, ['-P', ...quiet, '-i', subsetDir, '-o', seg]);
  return { txt2po, posegment, units: countFolder(pot), subsetUnits: countFolder(subsetDir), subsetBytes, subsetFiles, sentences: countFolder(seg), subsetDir };
}

/**
 * The msgids of every POT file in a folder (recursively): the units Translate Toolkit found.
 *
 * @example potUnits('/tmp/tt/pot').length
 */
export function potUnits(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.pot')) continue;
    out.push(...parseMsgids(readFileSync(join(entry.parentPath, entry.name), 'utf8')));
  }
  return out;
}

function parseMsgids(pot: string): string[] {
  const ids: string[] = [];
  const pattern = /^msgid ((?:"(?:[^"\\]|\\.)*"\s*)+)/gm;
  for (const m of pot.matchAll(pattern)) {
    const value = [...(m[1] as string).matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((p) => p[1]).join('');
    if (value) ids.push(value.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t', r: '\r' })[c] ?? c));
  }
  return ids;
}

function countMsgids(pot: string): number {
  return parseMsgids(pot).length;
}

function countFolder(dir: string): number {
  return potUnits(dir).length;
}
