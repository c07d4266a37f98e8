/** Options of `npm run bench`. */
export interface BenchOptions {
  /** Runs per workload (the median is reported). */
  runs: number;
  /** Minimum corpus size in MB. */
  mb: number;
  /** Worker counts to try for segment (besides 1). */
  workers: number[];
  /** Sizes (MB) of the large-input series. */
  large: number[];
  /** Runs per large-input size. */
  largeRuns: number;
  /** MB of the corpus that posegment (and diglot, for the ratio) segments into sentences. */
  posegmentMB: number;
  /** V8 heap cap (MB) for one more run of the largest file; 0: no such run. */
  heapCap: number;
  /** Size (MB) of the repository-scale check/build workload (the real pairs copied); 0: not measured. */
  repoMB: number;
  /** Runs of the repository-scale workload. */
  repoRuns: number;
  /** Write the README block. */
  readme: boolean;
  /** Run only these sections (see {@link SECTIONS}), print their table and write no README block; empty: everything. */
  only: string[];
}

/** Sections `--only` can pick. */
export const SECTIONS: readonly string[] = ['diff', 'lock', 'languages', 'pathological'];

const USAGE =
  'Usage: npm run bench -- [--runs 5] [--mb 10] [--workers 2] [--large 1,2,5,10,25,50] [--large-runs 1] [--posegment-mb 1] [--heap-cap 900] [--repo-mb 10] [--repo-runs 3] [--no-readme] [--only diff,lock,languages,pathological]';

/**
 * Parse the benchmark's arguments.
 *
 * @example parseArgs(['--runs', '7']).runs // 7
 */
export function parseArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = {
    runs: 5,
    mb: 10,
    workers: [2],
    large: [1, 2, 5, 10, 25, 50],
    largeRuns: 1,
    posegmentMB: 1,
    heapCap: 0,
    repoMB: 10,
    repoRuns: 3,
    readme: true,
    only: [],
  };
  const list = (value: string | undefined, flag: string): number[] => {
    const numbers = (value ?? '').split(',').filter(Boolean).map(Number);
    if (numbers.some((n) => !Number.isFinite(n) || n < 0))
      throw new Error(`Unexpected \`${value}\` after \`${flag}\`, expected numbers separated by commas\n${USAGE}`);
    return numbers;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`Expected a value after \`${flag}\`\n${USAGE}`);
      return v;
    };
    if (flag === '--runs') options.runs = Math.max(1, Number(value()));
    else if (flag === '--mb') options.mb = Number(value());
    else if (flag === '--workers') options.workers = list(value(), flag).filter((n) => n > 1);
    else if (flag === '--large') options.large = list(value(), flag).filter((n) => n > 0);
    else if (flag === '--large-runs') options.largeRuns = Math.max(1, Number(value()));
    else if (flag === '--posegment-mb') options.posegmentMB = Number(value());
    else if (flag === '--heap-cap') options.heapCap = Number(value());
    else if (flag === '--repo-mb') options.repoMB = Number(value());
    else if (flag === '--repo-runs') options.repoRuns = Math.max(1, Number(value()));
    else if (flag === '--no-readme') options.readme = false;
    else if (flag === '--only') {
      options.only = value().split(',').filter(Boolean);
      const unknown = options.only.find((s) => !SECTIONS.includes(s));
      if (unknown !== undefined || options.only.length === 0)
        throw new Error(`Unexpected section \`${unknown ?? ''}\` after \`--only\`, expected some of ${SECTIONS.join(', ')}\n${USAGE}`);
    } else if (flag === '--help' || flag === '-h') throw new Error(USAGE);
    else throw new Error(`Unexpected \`${flag}\`\n${USAGE}`);
  }
  if (!Number.isFinite(options.runs) || !Number.isFinite(options.mb)) throw new Error(USAGE);
  return options;
}
