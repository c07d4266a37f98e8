import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PR_MARKER } from '../../src/review/format-pr.js';
import { createRepo, type TempRepo } from '../review/git-history.js';
import { repoRoot } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';

interface Request {
  method: string;
  url: string;
  token: string | undefined;
  body: string;
}

/** `npx diglot …` runs the CLI from source; `npm` records its arguments. */
const NPX = `#!/usr/bin/env node
const { spawnSync } = require('node:child_process');
const args = process.argv.slice(2);
if (args[0] !== 'diglot') process.exit(127);
const run = spawnSync(${JSON.stringify(join(repoRoot, 'node_modules', '.bin', 'tsx'))}, [${JSON.stringify(join(repoRoot, 'src', 'cli.ts'))}, ...args.slice(1)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
`;
const NPM = `#!/usr/bin/env node
require('node:fs').appendFileSync(process.env.FAKE_NPM_LOG, JSON.stringify(process.argv.slice(2)) + '\\n');
`;

/** The template's script (or the lines `only` keeps), run by bash as the GitLab runner runs it, against a stub of the GitLab API on localhost. */
async function runJob(
  dir: string,
  api: string,
  env: Record<string, string>,
  only?: (line: string) => boolean,
): Promise<{ status: number; stdout: string; stderr: string }> {
  const template = parse(readFileSync(join(repoRoot, 'ci', 'gitlab-diglot.yml'), 'utf8')) as {
    diglot: { script: string[]; variables: Record<string, string> };
  };
  const bin = mkdtempSync(join(tmpdir(), 'diglot-gitlab-bin-'));
  for (const [name, text] of [
    ['npx', NPX],
    ['npm', NPM],
  ] as const) {
    writeFileSync(join(bin, name), text);
    chmodSync(join(bin, name), 0o755);
  }
  const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', template.diglot.script.filter(only ?? (() => true)).join('\n')], {
    cwd: dir,
    env: {
      HOME: process.env.HOME ?? dir,
      PATH: `${bin}:${process.env.PATH ?? ''}`,
      FAKE_NPM_LOG: join(bin, 'npm.log'),
      CI_API_V4_URL: api,
      CI_PROJECT_ID: '5',
      CI_JOB_URL: 'https://gitlab.example.org/o/r/-/jobs/9',
      ...template.diglot.variables,
      ...env,
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => void (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => void (stderr += d.toString()));
  const status = await new Promise<number>((done) => child.on('close', (code) => done(code ?? 1)));
  return { status, stdout, stderr };
}

describe('ci/gitlab-diglot.yml, its script run locally', () => {
  let repo: TempRepo;
  let server: Server;
  let api: string;
  let base: string;
  const requests: Request[] = [];
  let notes: Array<{ id: number; body: string }> = [];

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (d: Buffer) => void (body += d.toString()));
      req.on('end', () => {
        requests.push({ method: req.method ?? '', url: req.url ?? '', token: req.headers['private-token'] as string | undefined, body });
        res.setHeader('content-type', 'application/json');
        res.end(req.method === 'GET' ? JSON.stringify(notes) : '{}');
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    api = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v4`;
    repo = createRepo();
    expect((await runCli(['update'], repo.dir)).code).toBe(0);
    repo.commit('brief');
    base = repo.git('rev-parse', 'HEAD').trim();
    repo.edit('content/en/brief.md', 'Neither side would give way.', 'Neither side would yield.');
    repo.edit(
      'content/en/brief.md',
      'He arrived in December 1933.\n',
      'He arrived in December 1933.\n\nThe first American consulate opened in Moscow in 1934.\n',
    );
    repo.commit('Edit the English');
  }, 60_000);

  afterAll(() => void server.close());

  it('writes the Code Quality report, posts one note, updates it on the next run and fails on errors', async () => {
    const mr = { CI_MERGE_REQUEST_IID: '3', CI_MERGE_REQUEST_DIFF_BASE_SHA: base, DIGLOT_GITLAB_TOKEN: 'glpat-test' };
    const first = await runJob(repo.dir, api, mr);
    expect(first.status, first.stderr).toBe(1);
    const report = JSON.parse(repo.read('gl-code-quality-report.json')) as Array<{ check_name: string; severity: string; location: { path: string } }>;
    expect(report.some((issue) => issue.check_name.includes('missing-translation') && issue.severity !== 'info')).toBe(true);
    expect(repo.read('diglot-review.html')).toMatch(/<del>give way<\/del><ins>yield<\/ins>/);
    expect(requests.map((r) => [r.method, r.url.replace(/\?.*/, '')])).toEqual([
      ['GET', '/api/v4/projects/5/merge_requests/3/notes'],
      ['POST', '/api/v4/projects/5/merge_requests/3/notes'],
    ]);
    expect(requests.every((r) => r.token === 'glpat-test')).toBe(true);
    const posted = (JSON.parse(requests[1]?.body ?? '{}') as { body: string }).body;
    expect(posted.split('\n')[0]).toBe(PR_MARKER);
    expect(posted).toMatch(/<del>give way<\/del><ins>yield<\/ins>/);
    expect(posted).toContain('[the HTML report](https://gitlab.example.org/o/r/-/jobs/9/artifacts/file/diglot-review.html)');

    notes = [
      { id: 1, body: 'LGTM' },
      { id: 77, body: posted },
    ];
    requests.length = 0;
    // The next push: only the note step runs again (the review file is the one just written).
    const second = await runJob(repo.dir, api, mr, (line) => line.includes('DIGLOT_GITLAB_TOKEN'));
    expect(second.status, second.stderr).toBe(0);
    expect(requests.map((r) => [r.method, r.url.replace(/\?.*/, '')])).toEqual([
      ['GET', '/api/v4/projects/5/merge_requests/3/notes'],
      ['PUT', '/api/v4/projects/5/merge_requests/3/notes/77'],
    ]);
  }, 120_000);
});
