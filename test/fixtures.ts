import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestInput } from '../src/index.js';

export const FIXTURES_DIR = join(import.meta.dirname, 'fixtures');

export interface Fixture {
  name: string;
  request: RequestInput;
}

/** The shared corpus of hard requests: snapshots, syntax checks and execution tests all use it. */
export const fixtures: Fixture[] = readdirSync(join(FIXTURES_DIR, 'requests'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ name: f.replace(/\.json$/, ''), request: JSON.parse(readFileSync(join(FIXTURES_DIR, 'requests', f), 'utf8')) as RequestInput }));
