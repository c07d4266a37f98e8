import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PR_MARKER } from '../../src/review/format-pr.js';
import { runCli } from '../support/run-cli.js';
import { createRepo, type TempRepo } from '../review/git-history.js';
import { actionSteps, runAction, type ActionRun, type StepResult } from './run-action.js';

const EN = 'content/en/brief.md';
const ARTIFACT = 'https://github.com/o/r/actions/runs/1/artifacts/2';

function step(run: ActionRun, name: string): StepResult {
  const found = run.steps.find((s) => s.step.id === name || s.step.name === name);
  if (!found) throw new Error(`No step ${name}`);
  return found;
}

describe('action.yml, its steps run locally against a scripted repository', () => {
  let repo: TempRepo;
  let base: string;
  let run: ActionRun;
  const pullRequest = (): Record<string, unknown> => ({
    event_name: 'pull_request',
    repository: 'o/r',
    event: { pull_request: { number: 7, base: { sha: base } } },
  });

  beforeAll(async () => {
    repo = createRepo();
    expect((await runCli(['update'], repo.dir)).code).toBe(0);
    repo.commit('brief: English and Russian, locked');
    base = repo.git('rev-parse', 'HEAD').trim();
    // An edited sentence (stale translation) and a new paragraph without translation (an error).
    repo.edit(EN, 'Neither side would give way.', 'Neither side would yield.');
    repo.edit(EN, 'He arrived in December 1933.\n', 'He arrived in December 1933.\n\nThe first American consulate opened in Moscow in 1934.\n');
    repo.commit('Edit the English');
    run = runAction({ workspace: repo.dir, github: pullRequest(), usesOutputs: { upload: { 'artifact-url': ARTIFACT } } });
  }, 120_000);

  it('runs every step in order and fails the job at the end because check failed', () => {
    const { steps } = actionSteps();
    expect(run.steps.map((s) => s.step.name)).toEqual(steps.map((s) => s.name));
    expect(run.steps.filter((s) => s.skipped).map((s) => s.step.name)).toEqual([]);
    for (const s of run.steps.slice(0, -1)) expect(s.status, `${s.step.name}: ${s.stderr}`).toBe(0);
    expect(step(run, 'check').outputs['exit-code']).toBe('1');
    expect(step(run, 'Result').status).toBe(1);
    expect(step(run, 'Result').stdout).toContain('::error title=diglot::diglot check failed (exit code 1)');
    expect(run.failed).toBe(true);
  });

  it('installs diglot from the action folder and puts it on PATH', () => {
    const npm = run.calls.filter((c) => c.command === 'npm');
    expect(npm.map((c) => [c.args[0], c.cwd])).toEqual([['ci', run.actionPath]]);
    expect(readFileSync(`${run.runnerTemp}/diglot-bin/diglot`, 'utf8')).toContain(`${run.actionPath}/bin/diglot.js`);
    expect(step(run, 'Set up Node.js').with).toEqual({ 'node-version': '20' });
  });

  it('prints workflow commands for the findings', () => {
    const out = step(run, 'check').stdout;
    const error = out.split('\n').find((line) => line.startsWith('::error ')) ?? '';
    expect(error).toMatch(
      /^::error (?=.*title=[^,:]*missing-translation)(?=.*file=content\/(en|ru)\/brief\.md,)(?=.*line=\d+).*::.*The first American consulate/,
    );
    // Most severe first.
    expect(out.indexOf('::error ')).toBe(0);
    const sarif = JSON.parse(readFileSync(step(run, 'check').outputs['sarif-file'] as string, 'utf8')) as {
      version: string;
      runs: Array<{ results: unknown[] }>;
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results.length).toBeGreaterThan(0);
    expect(step(run, 'Upload SARIF').with).toEqual({ sarif_file: `${run.runnerTemp}/diglot.sarif`, checkout_path: '.' });
  });

  it('posts one PR comment with the review body, linking the HTML artifact, and writes the job summary', () => {
    const gh = run.calls.filter((c) => c.command === 'gh');
    expect(gh.map((c) => c.args.slice(0, 3))).toEqual([
      ['api', 'repos/o/r/issues/7/comments', '--paginate'],
      ['api', '--method', 'POST'],
    ]);
    expect(gh[1]?.args[3]).toBe('repos/o/r/issues/7/comments');
    const body = Object.values(gh[1]?.files ?? {})[0] as string;
    expect(body.split('\n')[0]).toBe(PR_MARKER);
    expect(body).toMatch(/<del>give way<\/del><ins>yield<\/ins>/);
    expect(body).toContain('⚠️ stale');
    expect(body).toContain(`[the HTML report](${ARTIFACT})`);
    expect(run.summary).toBe(body);
    const html = step(run, 'upload').with?.path as string;
    expect(readFileSync(html, 'utf8')).toMatch(/<del>give way<\/del><ins>yield<\/ins>/);
  });

  it('updates the earlier comment found by its marker instead of adding one', () => {
    const again = runAction({
      workspace: repo.dir,
      github: pullRequest(),
      only: ['Install diglot', 'comment'],
      usesOutputs: { review: { 'html-file': 'review.html' } },
      env: { FAKE_GH_COMMENT_ID: '42' },
    });
    const gh = again.calls.filter((c) => c.command === 'gh');
    expect(gh.map((c) => c.args.slice(0, 4))).toEqual([
      ['api', 'repos/o/r/issues/7/comments', '--paginate', '--jq'],
      ['api', '--method', 'PATCH', 'repos/o/r/issues/comments/42'],
    ]);
    expect(gh[0]?.args[4]).toContain(`startswith("${PR_MARKER}")`);
    expect(Object.values(gh[1]?.files ?? {})[0]).toMatch(/^<!-- diglot-review -->\n/);
  }, 60_000);

  it('keys the cache by the config, the locks and the glossary, not by the content', () => {
    const key = (): string => {
      const r = runAction({ workspace: repo.dir, github: pullRequest(), only: ['cache-key'] });
      expect(step(r, 'cache-key').status).toBe(0);
      return step(r, 'cache-key').outputs.key as string;
    };
    const first = key();
    expect(first).toMatch(/^diglot-Linux-0\.1\.0-[0-9a-f]{20}$/);
    repo.edit(EN, 'He arrived in December 1933.', 'He arrived in late 1933.');
    repo.commit('content only');
    expect(key()).toBe(first);
    repo.write('glossary/terms.yaml', '[]\n');
    repo.commit('a glossary');
    const withGlossary = key();
    expect(withGlossary).not.toBe(first);
    repo.write('content/brief.lock.json', repo.read('content/brief.lock.json').replace('"version": 2', '"version": 2 '));
    repo.commit('lock changed');
    expect(key()).not.toBe(withGlossary);
    const restored = runAction({ workspace: repo.dir, github: pullRequest(), only: ['cache-key', 'Restore the diglot cache'] });
    expect(step(restored, 'Restore the diglot cache').with).toEqual({ path: './.diglot-cache', key: key(), 'restore-keys': 'diglot-Linux-0.1.0-' });
    expect(existsSync(`${repo.dir}/.diglot-cache`)).toBe(true);
  }, 60_000);

  it('does not review or comment outside a pull request', () => {
    const push = runAction({
      workspace: repo.dir,
      github: { event_name: 'push', repository: 'o/r', event: {} },
      only: ['Install diglot', 'review', 'upload', 'comment'],
    });
    expect(push.steps.filter((s) => !s.skipped).map((s) => s.step.name)).toEqual(['Install diglot']);
    expect(push.calls.filter((c) => c.command === 'gh')).toEqual([]);
  });
});
