import { accessSync, constants, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findTarget, targetIds } from '../../src/index.js';
import type { RecordedRequest, Recorder } from './recorder.js';
import type { Runner } from './runner.js';

/** Which targets an execution run covers and how their runners are loaded: shared by exec.test.ts and openapi-exec.test.ts. */

const RUNNERS_DIR = join(import.meta.dirname, 'runners');

/** Target ids that have a runner (test/exec/runners/<target-id>.ts), sorted. */
export const availableTargets = readdirSync(RUNNERS_DIR)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -'.ts'.length))
  .sort();

/**
 * Target ids whose info is marked `staticOnly` (no runtime on Linux), sorted: the reports show them as a
 * column of STATIC cells with the reason, so that no client is silently absent.
 */
export const staticTargets = targetIds.filter((id) => findTarget(id)!.info.staticOnly !== undefined).sort();

/** Why a static target is not run, as its report cells say. */
export const staticReason = (id: string) => `${findTarget(id)!.info.staticOnly!}; ${findTarget(id)!.info.executedWith}`;

/** A target id, or a prefix naming exactly one (`go` for go-native, `java` for java-okhttp). */
function resolveTarget(name: string): string {
  const known = [...availableTargets, ...staticTargets];
  if (known.includes(name)) return name;
  const matches = known.filter((id) => id.startsWith(`${name}-`));
  if (matches.length === 1) return matches[0]!;
  throw new Error(`no runner for "${name}" in test/exec/runners${matches.length > 1 ? ` (it could be ${matches.join(' or ')})` : ''}; runners exist for: ${availableTargets.join(', ')}`);
}

const requestedTargets = process.env.SNIPFORGE_EXEC_TARGETS?.split(',')
  .filter((name) => name !== '')
  .map(resolveTarget);

/** The targets with a runner that `SNIPFORGE_EXEC_TARGETS=a,b` names (scripts/test-exec.mjs sets it from `--target`), or undefined for all. */
export const selectedTargets = requestedTargets?.filter((id) => availableTargets.includes(id));

/** The static targets a run reports: all of them, or those `SNIPFORGE_EXEC_TARGETS` names. */
export const reportedStaticTargets = requestedTargets === undefined ? staticTargets : staticTargets.filter((id) => requestedTargets.includes(id));

export async function loadRunners(targets: readonly string[]): Promise<Map<string, Runner>> {
  return new Map(await Promise.all(targets.map(async (id) => [id, ((await import(pathToFileURL(join(RUNNERS_DIR, `${id}.ts`)).href)) as { runner: Runner }).runner] as const)));
}

/** Why the runner cannot run here (an executable not found, or its own check), or undefined. */
export function missingRuntime(runner: Runner): string | undefined {
  const absent = runner.requires.filter((command) => !isExecutable(command));
  if (absent.length > 0) return `${absent.join(', ')} not found on PATH`;
  return runner.missing?.();
}

function isExecutable(command: string): boolean {
  const candidates = command.includes('/') ? [command] : (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, command));
  return candidates.some((path) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A snippet generated for its own recording server, ready to run. */
export interface RecordedCase {
  recorder: Recorder;
  code: string;
  workDir: string;
  /** Where the snippet is and what the generator warned about, for failure messages. */
  context: string;
  /** Why the generator refused the request, when it did. */
  generationError?: string;
  /** The client options it was generated with, passed to the runner (none: the defaults). */
  options?: Readonly<Record<string, unknown>>;
}

/** Runs a case's snippet to completion and returns the one request its recorder received; throws what went wrong instead. */
export async function runRecorded(runner: Runner, { recorder, code, workDir, context, generationError, options }: RecordedCase, timeoutMs: number): Promise<RecordedRequest> {
  if (generationError !== undefined) throw new Error(`generation failed: ${generationError}`);
  try {
    await withTimeout(runner.run(code, workDir, options), timeoutMs, `the snippet ran longer than ${timeoutMs / 1000} s`);
  } catch (error) {
    throw new Error(`run failed (${context}):\n${(error as Error).message}`);
  }
  if (recorder.errors.length > 0) throw new Error(`malformed HTTP from the client: ${recorder.errors.join('; ')} (${context})`);
  if (recorder.requests.length !== 1) throw new Error(`the server received ${recorder.requests.length} requests, expected exactly 1 (${context})`);
  return recorder.requests[0]!;
}
