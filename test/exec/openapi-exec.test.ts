import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectInputs } from '../../src/site/build/collect.js';
import { generateSnippet, renderRequests, type RequestInput, type SpecOperation } from '../../src/index.js';
import { FIXTURES_DIR } from '../fixtures.js';
import { openApiLimitations } from './openapi/limitations.js';
import { formatOpenApiMatrix, type OperationResult } from './openapi/matrix.js';
import { SpecValidator } from './openapi/spec-validator.js';
import { startRecorder } from './recorder.js';
import type { Runner } from './runner.js';
import { availableTargets, loadRunners, missingRuntime, reportedStaticTargets, runRecorded, selectedTargets, staticReason, type RecordedCase } from './targets.js';

/**
 * The OpenAPI execution mode: every operation of every spec in test/fixtures/openapi-exec × every target with a runner.
 * Each spec is imported with its server replaced by `{{baseUrl}}`, each snippet generated with only `baseUrl` filled (the
 * recording server's origin; credentials stay placeholders, as a docs site shows them), run in its real runtime with
 * the files it reads in its work dir, and the request that arrived is validated against the spec's operation by two
 * request validator libraries (spec-validator.ts), not against the project's own model. `SNIPFORGE_EXEC_TARGETS` narrows
 * the targets as in exec.test.ts.
 */
/** `SNIPFORGE_OPENAPI_SPECS=<dir>` runs the mode on other specs (the report then goes to the work dir). */
const SPECS_DIR = process.env.SNIPFORGE_OPENAPI_SPECS ?? join(FIXTURES_DIR, 'openapi-exec');
const WORK_DIR = join(import.meta.dirname, '.work', 'openapi');
const REPO_ROOT = join(import.meta.dirname, '..', '..');
const REPORT = join(REPO_ROOT, 'reports', 'openapi-exec-matrix.md');
const RUN_TIMEOUT_MS = 90_000;
const CI = process.env.CI === 'true';
/** What a file the snippet reads holds: text, so a multipart file part validates as any string would. */
const FILE_CONTENT = 'snipforge test file\n';

interface OperationCase {
  /** `<spec file> <operationId or METHOD path>` (+ the media type of one of several variants). */
  name: string;
  spec: string;
  request: RequestInput;
  operation: SpecOperation;
  /** The files its snippets read, as the build's manifest lists them. */
  files: string[];
}

const specFiles = readdirSync(SPECS_DIR)
  .filter((file) => /\.(ya?ml|json)$/.test(file))
  .sort();
const operationCases: OperationCase[] = [];
const operationKey = ({ method, path, mediaType }: SpecOperation) => `${method} ${path} ${mediaType ?? ''}`;
for (const spec of specFiles) {
  const options = { inputs: [join(SPECS_DIR, spec)], server: '{{baseUrl}}' };
  // The requests to generate each target's snippet from with the recorder's origin, and the build's view of them (its files).
  const [{ requests }, built] = await Promise.all([collectInputs(options.inputs, options), renderRequests({ ...options, targets: ['curl'] })]);
  const filesByOperation = new Map(built.requests.map((request) => [operationKey(request.operation!), request.files ?? []]));
  for (const { request, operation } of requests) {
    if (operation === undefined) throw new Error(`${spec}: a request without its operation`);
    const name = `${spec} ${operation.operationId ?? `${operation.method} ${operation.path}`}${operation.mediaType ? ` (${operation.mediaType})` : ''}`;
    operationCases.push({ name, spec, request, operation, files: filesByOperation.get(operationKey(operation)) ?? [] });
  }
}
const validators = new Map(await Promise.all(specFiles.map(async (spec) => [spec, await SpecValidator.load(join(SPECS_DIR, spec))] as const)));

const targets = selectedTargets ?? availableTargets;
const runners = await loadRunners(targets);

const results: OperationResult[] = [];
const seconds: Record<string, number> = {};

describe('openapi-exec fixtures', () => {
  it('hold operations, and limitations name existing cases', () => {
    expect(operationCases.length).toBeGreaterThan(0);
    const names = operationCases.map((c) => c.name);
    for (const { target, operation } of openApiLimitations) {
      expect(availableTargets, `limitation target ${target}`).toContain(target);
      expect(names, `limitation operation ${operation}`).toContain(operation);
    }
  });
});

describe.each(targets)('%s', (targetId) => {
  const runner = runners.get(targetId)!;
  const missing = missingRuntime(runner);
  let started: number | undefined;
  let cases: Promise<Map<string, RecordedCase>> | undefined;
  afterAll(async () => {
    if (started !== undefined) seconds[targetId] = (Date.now() - started) / 1000;
    if (cases !== undefined) await Promise.all([...(await cases).values()].map((c) => c.recorder.close()));
  });

  it.concurrent.for(operationCases.map((c) => [c.name, c] as const))('%s', async ([name, operationCase], { skip }) => {
    if (missing !== undefined) {
      results.push({ target: targetId, operation: name, status: CI ? 'FAIL' : 'SKIP', reason: `runtime missing: ${missing}` });
      if (CI) throw new Error(`${targetId}: runtime missing in CI: ${missing}`);
      skip(`${targetId}: runtime missing: ${missing}`);
    }
    let failure: string | undefined;
    try {
      started ??= Date.now();
      cases ??= generateCases(targetId, runner);
      await runCase(runner, operationCase, (await cases).get(name)!);
    } catch (error) {
      failure = (error as Error).message;
    }
    const limitation = openApiLimitations.find((l) => l.target === targetId && l.operation === name);
    if (limitation !== undefined) {
      results.push({ target: targetId, operation: name, status: failure === undefined ? 'XPASS' : 'LIMIT', reason: `${limitation.reason}${failure ? `\nobserved: ${failure}` : ''}` });
      return;
    }
    results.push({ target: targetId, operation: name, status: failure === undefined ? 'PASS' : 'FAIL', reason: failure });
    if (failure !== undefined) throw new Error(failure);
  });
});

afterAll(() => {
  for (const target of reportedStaticTargets) for (const { name } of operationCases) results.push({ target, operation: name, status: 'STATIC', reason: staticReason(target) });
  const columns = [...targets, ...reportedStaticTargets];
  const markdown = formatOpenApiMatrix(columns, operationCases.map((c) => c.name), results, seconds);
  // A narrowed run (--target, or vitest's -t) must not overwrite the full report.
  const complete = selectedTargets === undefined && process.env.SNIPFORGE_OPENAPI_SPECS === undefined && results.length === columns.length * operationCases.length;
  const file = complete ? REPORT : join(WORK_DIR, `openapi-exec-matrix.${columns.join('+')}.md`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, markdown);
  console.log(`\n${markdown.split('\n## ')[0]}\n(written to ${file})`);
});


/** Every operation's snippet of a target, each for its own recording server, before any runs (compiled targets build them in one batch). */
async function generateCases(targetId: string, runner: Runner): Promise<Map<string, RecordedCase>> {
  const cases = new Map<string, RecordedCase>();
  for (const [index, { name, request, files }] of operationCases.entries()) {
    const recorder = await startRecorder();
    const workDir = join(WORK_DIR, targetId, String(index).padStart(3, '0'));
    try {
      const { code, warnings } = generateSnippet(request, targetId, { vars: { baseUrl: recorder.origin } });
      rmSync(workDir, { recursive: true, force: true });
      mkdirSync(workDir, { recursive: true });
      for (const file of files) {
        mkdirSync(dirname(join(workDir, file)), { recursive: true });
        writeFileSync(join(workDir, file), FILE_CONTENT);
      }
      const context = `snippet in ${relative(REPO_ROOT, workDir)}${warnings.length > 0 ? `; generator warnings: ${warnings.join(' / ')}` : ''}`;
      cases.set(name, { recorder, code, workDir, context });
    } catch (error) {
      cases.set(name, { recorder, code: '', workDir, context: '', generationError: (error as Error).message });
    }
  }
  await runner.prepareBatch?.([...cases.values()].filter((c) => c.generationError === undefined));
  return cases;
}

async function runCase(runner: Runner, { spec, operation }: OperationCase, generated: RecordedCase): Promise<void> {
  const problems = validators.get(spec)!.validate(await runRecorded(runner, generated, RUN_TIMEOUT_MS), operation);
  if (problems.length > 0) throw new Error(`the request sent is not valid for ${operation.method} ${operation.path} (${generated.context}):\n- ${problems.join('\n- ')}`);
}
