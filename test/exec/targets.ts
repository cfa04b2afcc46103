import { accessSync, constants, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Runner } from './runner.js';

/** Which targets an execution run covers and how their runners are loaded: shared by exec.test.ts and openapi-exec.test.ts. */

const RUNNERS_DIR = join(import.meta.dirname, 'runners');

/** Target ids that have a runner (test/exec/runners/<target-id>.ts), sorted. */
export const availableTargets = readdirSync(RUNNERS_DIR)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -'.ts'.length))
  .sort();

/** A target id, or a prefix naming exactly one (`go` for go-native, `java` for java-okhttp). */
function resolveTarget(name: string): string {
  if (availableTargets.includes(name)) return name;
  const matches = availableTargets.filter((id) => id.startsWith(`${name}-`));
  if (matches.length === 1) return matches[0]!;
  throw new Error(`no runner for "${name}" in test/exec/runners${matches.length > 1 ? ` (it could be ${matches.join(' or ')})` : ''}; runners exist for: ${availableTargets.join(', ')}`);
}

/** The targets `SNIPFORGE_EXEC_TARGETS=a,b` names (scripts/test-exec.mjs sets it from `--target`), or undefined for all. */
export const selectedTargets = process.env.SNIPFORGE_EXEC_TARGETS?.split(',')
  .filter((name) => name !== '')
  .map(resolveTarget);

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
