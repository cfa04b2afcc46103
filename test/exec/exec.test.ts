import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSnippet, prepareRequest, targetIds } from '../../src/index.js';
import { FIXTURES_DIR, fixtures as corpus, inlineFixtures, type Fixture } from '../fixtures.js';
import { compareRequest } from './compare.js';
import { limitations } from './limitations.js';
import { formatMatrix, type CaseResult } from './matrix.js';
import { startRecorder } from './recorder.js';
import type { Runner } from './runner.js';
import { availableTargets, loadRunners, missingRuntime, reportedStaticTargets, runRecorded, selectedTargets, staticReason, type RecordedCase } from './targets.js';

/**
 * The execution suite: every target that has a runner (test/exec/runners/<target-id>.ts) × every
 * fixture. Each snippet is generated for a recording server, run in its real runtime, and what
 * arrived on the wire is compared with the model. `SNIPFORGE_EXEC_TARGETS=a,b` narrows the targets
 * (scripts/test-exec.mjs sets it from `--target`).
 */
const WORK_DIR = join(import.meta.dirname, '.work');
const FILES_DIR = join(FIXTURES_DIR, 'files');
const REPO_ROOT = join(import.meta.dirname, '..', '..');
const REPORT = join(REPO_ROOT, 'reports', 'exec-matrix.md');
/** How long one snippet may run (a JVM start included); runCommand kills it at its own timeout. */
const RUN_TIMEOUT_MS = 90_000;
const CI = process.env.CI === 'true';

const targets = selectedTargets ?? availableTargets;
/** The corpus, and the requests a docs page writes inline (issue 18), run the same way. */
const fixtures = [...corpus, ...inlineFixtures];
const runners = await loadRunners(targets);

const results: CaseResult[] = [];

describe('limitations.ts', () => {
  it('names existing targets and fixtures, once each', () => {
    const fixtureNames = fixtures.map((f) => f.name);
    for (const { target, fixture } of limitations) {
      expect(targetIds, `limitation target ${target}`).toContain(target);
      expect(fixtureNames, `limitation fixture ${fixture} (${target})`).toContain(fixture);
    }
    const keys = limitations.map((l) => `${l.target} × ${l.fixture}`);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });
});

describe.each(targets)('%s', (targetId) => {
  const runner = runners.get(targetId)!;
  const missing = missingRuntime(runner);
  let cases: Promise<Map<string, GeneratedCase>> | undefined;
  afterAll(async () => {
    if (cases !== undefined) await Promise.all([...(await cases).values()].map((c) => c.recorder.close()));
  });

  it.concurrent.for(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s', async ([fixtureName, fixture], { skip }) => {
    const limitation = limitations.find((l) => l.target === targetId && l.fixture === fixtureName);
    if (missing !== undefined) {
      results.push({ target: targetId, fixture: fixtureName, status: CI ? 'FAIL' : 'SKIP', reason: `runtime missing: ${missing}` });
      if (CI) throw new Error(`${targetId}: runtime missing in CI: ${missing} (scripts/install-runtimes.sh installs it)`);
      skip(`${targetId}: runtime missing: ${missing}`);
    }
    let failure: string | undefined;
    let notes: string[] = [];
    try {
      cases ??= generateCases(targetId, runner);
      notes = await runCase(runner, (await cases).get(fixtureName)!);
    } catch (error) {
      failure = (error as Error).message;
    }
    if (limitation !== undefined) {
      // The observed failure goes in the report too: a limited case failing for another reason hides a bug.
      results.push({ target: targetId, fixture: fixtureName, status: failure === undefined ? 'XPASS' : 'LIMIT', reason: limitation.reason, observed: failure, notes });
      return;
    }
    results.push({ target: targetId, fixture: fixtureName, status: failure === undefined ? 'PASS' : 'FAIL', reason: failure, notes });
    if (failure !== undefined) throw new Error(failure);
  });
});

afterAll(() => {
  for (const target of reportedStaticTargets) for (const fixture of fixtures) results.push({ target, fixture: fixture.name, status: 'STATIC', reason: staticReason(target) });
  const columns = [...targets, ...reportedStaticTargets];
  const markdown = formatMatrix(columns, fixtures.map((f) => f.name), results);
  console.log('\n' + markdown);
  // A narrowed run (--target, or vitest's -t) must not overwrite the full report.
  const complete = selectedTargets === undefined && results.length === columns.length * fixtures.length;
  const file = complete ? REPORT : join(WORK_DIR, `exec-matrix.${columns.join('+')}.md`);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, markdown);
  console.log(`(written to ${file})`);
});

/** A snippet generated for its own recording server, with the work dir it runs in. */
interface GeneratedCase extends RecordedCase {
  fixture: Fixture;
  vars: Record<string, string>;
}

/**
 * Generates every fixture's snippet of a target, each for a recording server of its own, before any
 * runs: a runner with `prepareBatch` (compiled targets) builds them all at once.
 */
async function generateCases(targetId: string, runner: Runner): Promise<Map<string, GeneratedCase>> {
  const cases = new Map<string, GeneratedCase>();
  for (const fixture of fixtures) {
    const recorder = await startRecorder();
    const origin = { baseUrl: recorder.origin, authPath: recorder.origin };
    const readerValues = READER_FILLED[fixture.name] ?? {};
    // What the model is compared with: the request once the reader's values are in.
    const vars = { ...origin, ...readerValues };
    let generated: ReturnType<typeof generateSnippet>;
    try {
      generated = generateSnippet(fixture.request, targetId, { vars: origin });
    } catch (error) {
      cases.set(fixture.name, { fixture, recorder, code: '', workDir: '', vars, context: '', generationError: (error as Error).message });
      continue;
    }
    const code = fillLikeReader(generated.code, readerValues);
    const { warnings } = generated;
    const workDir = join(WORK_DIR, targetId, fixture.name);
    rmSync(workDir, { recursive: true, force: true });
    mkdirSync(workDir, { recursive: true });
    cpSync(FILES_DIR, workDir, { recursive: true });
    const context = `snippet in ${relative(REPO_ROOT, workDir)}${warnings.length > 0 ? `; generator warnings: ${warnings.join(' / ')}` : ''}`;
    cases.set(fixture.name, { fixture, recorder, code, workDir, vars, context });
  }
  await runner.prepareBatch?.([...cases.values()].filter((c) => c.generationError === undefined));
  return cases;
}

/** Runs and compares one case; returns the accepted variations; throws what differed. */
async function runCase(runner: Runner, generated: GeneratedCase): Promise<string[]> {
  const { fixture, vars, context } = generated;
  const recorded = await runRecorded(runner, generated, RUN_TIMEOUT_MS);
  const prepared = prepareRequest(fixture.request, { vars });
  const comparison = compareRequest(recorded, { prepared, graphql: fixture.request.body?.mode === 'graphql', filesDir: FILES_DIR });
  if (comparison.problems.length > 0) throw new Error(`the request sent differs from the model (${context}):\n- ${comparison.problems.join('\n- ')}`);
  return comparison.notes;
}

/**
 * Only the origin is filled in (with the recording server's): every other {{placeholder}}, in a path,
 * a query, a header, a cookie or a body, stays as generated, as snippets built from a spec are run,
 * to prove each target sends it verbatim. The fixtures listed here are also filled in the way a reader
 * does: each `{{name}}` replaced with its value in the snippet's text (values that need no escaping
 * in any language), which proves that credentials encoded at run time come out right.
 */
const READER_FILLED: Record<string, Record<string, string>> = {
  'auth-basic-reader-filled': { username: 'ann', password: 'p@ss-w0rd' },
};

function fillLikeReader(code: string, values: Readonly<Record<string, string>>): string {
  return Object.entries(values).reduce((text, [name, value]) => text.replaceAll(`{{${name}}}`, value), code);
}
