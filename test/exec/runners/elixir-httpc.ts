import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lineDriver } from '../line-driver.js';
import type { Runner } from '../runner.js';
import { inetsMissing } from './erlang-httpc.js';

const runCase = lineDriver('elixir', 'elixir', [join(import.meta.dirname, '..', 'elixir-driver.exs')]);

/**
 * The snippet is the whole script, with no frame, as `elixir snippet.exs` runs it in a directory
 * holding the fixture files. One long-lived `elixir` (test/exec/elixir-driver.exs) runs the cases one
 * after another, each evaluated in a process of its own with its work dir as the current directory.
 */
export const runner: Runner = {
  requires: ['elixir', 'erl'],
  missing: inetsMissing,
  async run(code, workDir) {
    writeFileSync(join(workDir, 'snippet.exs'), code);
    await runCase(workDir);
  },
};
