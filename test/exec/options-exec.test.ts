import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSnippet, prepareRequest } from '../../src/index.js';
import { optionsJsonSchema } from '../../src/targets/options.js';
import { findTarget } from '../../src/targets/registry.js';
import { FIXTURES_DIR, fixtures } from '../fixtures.js';
import { valuesToRun } from '../option-values.js';
import { compareRequest } from './compare.js';
import { limitations } from './limitations.js';
import { REDIRECT_PREFIX, startRecorder, type Recorder } from './recorder.js';
import type { Runner } from './runner.js';
import { availableTargets, loadRunners, missingRuntime, runRecorded, selectedTargets, withTimeout, type RecordedCase } from './targets.js';

/**
 * Client options executed (issue 13): for every target that has a runner and options, each value of
 * each option other than its default (the default is what exec.test.ts runs) on a GET with a query, a
 * JSON POST and a multipart POST (formatting options on the JSON POST alone), compared with the model like exec.test.ts does; followRedirects both
 * ways against a route of the recorder that answers 302. Options and their values come from the
 * targets' schemas, so a new client's options are run without a line here.
 */
const WORK_DIR = join(import.meta.dirname, '.work', 'options');
const FILES_DIR = join(FIXTURES_DIR, 'files');
const REPO_ROOT = join(import.meta.dirname, '..', '..');
const RUN_TIMEOUT_MS = 90_000;
const CI = process.env.CI === 'true';

const FIXTURES = ['query-in-url', 'json-pretty', 'multipart-file'];
/** Options that change only how the code looks: executed once each, on the fixture with a multi-line body. */
const FORMATTING_OPTIONS = new Set(['indent', 'flags', 'silent']);
const FORMATTING_FIXTURES = ['json-pretty'];
/** Options that change how every value is quoted run on the hostile fixtures too. */
const QUOTING_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  'curl.shell': ['headers-hostile', 'hostile-everywhere', 'invisible-chars', 'query-special', 'urlencoded-special', 'multipart-quoted-names'],
};
/** Option values that cannot run on this machine, and where they are checked instead. */
const NOT_RUNNABLE: Readonly<Record<string, string>> = {
  'curl.shell=cmd': 'Windows cmd.exe: test/escape/cmd.test.ts reads its command lines as cmd.exe and the C runtime do',
};

interface OptionCase {
  option: string;
  value: unknown;
  fixture: string;
}

const targets = (selectedTargets ?? availableTargets).filter((id) => findTarget(id)?.options !== undefined);
const runners = await loadRunners(targets);

function casesOf(targetId: string): OptionCase[] {
  const properties = optionsJsonSchema(findTarget(targetId)!.options).properties ?? {};
  return Object.entries(properties).flatMap(([option, field]) => {
    if (option === 'followRedirects') return [];
    const fixtureNames = [...(FORMATTING_OPTIONS.has(option) ? FORMATTING_FIXTURES : FIXTURES), ...(QUOTING_OPTIONS[`${targetId}.${option}`] ?? [])];
    return valuesToRun(field).flatMap((value) =>
      fixtureNames.filter((fixture) => !limitations.some((l) => l.target === targetId && l.fixture === fixture)).map((fixture) => ({ option, value, fixture })),
    );
  });
}

const recorders: Recorder[] = [];
afterAll(async () => {
  await Promise.all(recorders.map((recorder) => recorder.close()));
});

async function generateCase(targetId: string, request: object, options: Record<string, unknown>, name: string): Promise<RecordedCase> {
  const recorder = await startRecorder();
  recorders.push(recorder);
  const { code, warnings } = generateSnippet(request as never, targetId, { vars: { baseUrl: recorder.origin, authPath: recorder.origin } }, options);
  const workDir = join(WORK_DIR, targetId, name);
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  cpSync(FILES_DIR, workDir, { recursive: true });
  return { recorder, code, workDir, options, context: `snippet in ${relative(REPO_ROOT, workDir)}${warnings.length > 0 ? `; generator warnings: ${warnings.join(' / ')}` : ''}` };
}

describe.each(targets)('%s options', (targetId) => {
  const runner: Runner = runners.get(targetId)!;
  const missing = missingRuntime(runner);
  const skipMissing = (skip: (note: string) => void) => {
    if (missing === undefined) return;
    if (CI) throw new Error(`${targetId}: runtime missing in CI: ${missing}`);
    skip(`${targetId}: runtime missing: ${missing}`);
  };
  const cases = casesOf(targetId);
  const redirects = 'followRedirects' in (optionsJsonSchema(findTarget(targetId)!.options).properties ?? {});
  const redirectRequest = { method: 'GET', url: `{{baseUrl}}${REDIRECT_PREFIX}landed?x=1` };
  let generated: Promise<{ byCase: Map<OptionCase, RecordedCase>; redirect: Map<boolean, RecordedCase> }> | undefined;
  // Every case generated before any runs, so a runner with prepareBatch builds them all at once.
  const generateAll = async () => {
    const byCase = new Map<OptionCase, RecordedCase>();
    for (const c of cases) {
      if (NOT_RUNNABLE[`${targetId}.${c.option}=${String(c.value)}`] !== undefined) continue;
      const fixture = fixtures.find((f) => f.name === c.fixture)!;
      byCase.set(c, await generateCase(targetId, fixture.request, { [c.option]: c.value }, `${c.option}-${String(c.value)}-${c.fixture}`));
    }
    const redirect = new Map<boolean, RecordedCase>();
    if (redirects) for (const follow of [true, false]) redirect.set(follow, await generateCase(targetId, redirectRequest, { followRedirects: follow }, `followRedirects-${follow}`));
    await runner.prepareBatch?.([...byCase.values(), ...redirect.values()]);
    return { byCase, redirect };
  };

  it.concurrent.for(cases.map((c) => [`${c.option}=${String(c.value)} · ${c.fixture}`, c] as const))('%s', async ([, c], { skip }) => {
    const notRunnable = NOT_RUNNABLE[`${targetId}.${c.option}=${String(c.value)}`];
    if (notRunnable !== undefined) skip(notRunnable);
    skipMissing(skip);
    generated ??= generateAll();
    const recordedCase = (await generated).byCase.get(c)!;
    const fixture = fixtures.find((f) => f.name === c.fixture)!;
    const recorded = await runRecorded(runner, recordedCase, RUN_TIMEOUT_MS);
    const prepared = prepareRequest(fixture.request, { vars: { baseUrl: recordedCase.recorder.origin, authPath: recordedCase.recorder.origin } });
    const comparison = compareRequest(recorded, { prepared, graphql: fixture.request.body?.mode === 'graphql', filesDir: FILES_DIR });
    expect(comparison.problems, recordedCase.context).toEqual([]);
    if (c.option === 'timeout') expect(recordedCase.code, 'the timeout is in the snippet').toMatch(/2\.5|2500/);
  });

  it.runIf(redirects).concurrent.for([true, false])('followRedirects=%s against a 302', async (follow, { skip }) => {
    skipMissing(skip);
    generated ??= generateAll();
    const recordedCase = (await generated).redirect.get(follow)!;
    try {
      await withTimeout(runner.run(recordedCase.code, recordedCase.workDir, { followRedirects: follow }), RUN_TIMEOUT_MS, 'the snippet ran too long');
    } catch (error) {
      // Not following, a client may treat the 302 as a failure; what matters is what reached the server.
      if (follow) throw error;
    }
    const targetsSent = recordedCase.recorder.requests.map((r) => r.target);
    expect(targetsSent, recordedCase.context).toEqual(follow ? [`${REDIRECT_PREFIX}landed?x=1`, '/landed?x=1'] : [`${REDIRECT_PREFIX}landed?x=1`]);
  });
});
