import { createHash } from 'node:crypto';
import fc from 'fast-check';
import type { RequestInput } from '../../src/index.js';
import { requestInput } from './arbitraries.js';
import { checkSnippet } from './properties.js';

/** The seed of the quick run in `npm test`, so that it is the same on every machine. */
export const DEFAULT_SEED = 20250605;

export interface FuzzOptions {
  runs: number;
  seed: number;
  /** Called every `every` checked requests (shrinking included) with how many so far. */
  onProgress?: (checked: number) => void;
  every?: number;
}

export interface FuzzResult {
  targetId: string;
  runs: number;
  /** Wall time in milliseconds. */
  ms: number;
  /** The shrunk counterexample as a fixture ready to add, when the property failed. */
  failure: string | undefined;
}

/** Runs the fuzz property for one target: `runs` generated requests from `seed`. */
export async function fuzzTarget(targetId: string, { runs, seed, onProgress, every = 1000 }: FuzzOptions): Promise<FuzzResult> {
  const started = performance.now();
  let checked = 0;
  const property = fc.asyncProperty(requestInput, async (request) => {
    if (onProgress !== undefined && ++checked % every === 0) onProgress(checked);
    const problems = await checkSnippet(targetId, request);
    return problems.length === 0;
  });
  const details = await fc.check(property, { numRuns: runs, seed });
  let failure: string | undefined;
  if (details.failed && details.counterexample !== null) {
    const [request] = details.counterexample;
    const problems = await checkSnippet(targetId, request).catch((error: unknown) => [`the check threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`]);
    failure = formatCounterexample({ targetId, request, problems, seed, path: details.counterexamplePath ?? '' });
  } else if (details.failed) {
    failure = `${targetId}: the fuzz run failed without a counterexample (seed ${seed}): ${String(details.errorInstance)}`;
  }
  return { targetId, runs: details.numRuns, ms: performance.now() - started, failure };
}

export interface Counterexample {
  targetId: string;
  request: RequestInput;
  problems: readonly string[];
  seed: number;
  /** fast-check's path to the shrunk case: with the seed, `fc.check(..., { seed, path })` replays it. */
  path: string;
}

/** Characters that do not show (controls, format characters, spaces other than U+0020; JSON's own line breaks aside): escaped in a fixture. */
const INVISIBLE = /(?![ \n])[\p{Cc}\p{Cf}\p{Z}]/gu;

/**
 * A failing request as a fixture ready to add: its file name (named by a hash of its content), its
 * JSON, the target and the problems. The one format both the quick and the long run print.
 */
export function formatCounterexample({ targetId, request, problems, seed, path }: Counterexample): string {
  const content = JSON.stringify(request, null, 2);
  const name = `fuzz-${createHash('sha256').update(content).digest('hex').slice(0, 8)}`;
  const fixture = JSON.stringify({ name, ...request }, null, 2).replace(INVISIBLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return [
    `${targetId}: the snippet for this request is wrong (replay: seed ${seed}, path "${path}").`,
    `Fixture test/fixtures/requests/${name}.json:`,
    fixture,
    `Problems (${targetId}):`,
    ...problems.map((p) => `  - ${p.replace(/\n/g, '\n    ')}`),
  ].join('\n');
}
