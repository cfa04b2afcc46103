import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lineDriver } from '../line-driver.js';
import { processScratchDir, type Runner } from '../runner.js';

const SCRATCH_DIR = processScratchDir(join(import.meta.dirname, '..', '.work', 'erlang-driver'));
const runCase = lineDriver('escript', 'escript', [join(import.meta.dirname, '..', 'erlang-driver.escript'), SCRATCH_DIR]);

/** Why Erlang's httpc cannot be loaded (Debian packages inets apart from the runtime), or undefined. */
export function inetsMissing(): string | undefined {
  try {
    execFileSync('erl', ['-noshell', '-eval', 'halt(case code:which(httpc) of non_existing -> 1; _ -> 0 end).'], { stdio: 'ignore', timeout: 30_000 });
    return undefined;
  } catch {
    return 'Erlang cannot load httpc (scripts/install-runtimes.sh installs erlang-inets)';
  }
}

/**
 * The snippet is a whole escript, with no frame, as `escript snippet.escript` runs it in a directory
 * holding the fixture files. An escript start costs 0.6 s, so one long-lived `escript`
 * (test/exec/erlang-driver.escript) runs the cases one after another: each snippet compiled as a module
 * of its own (its shebang line replaced by the module attributes), its main([]) run in a process of
 * its own with its work dir as the current directory.
 */
export const runner: Runner = {
  requires: ['escript', 'erl'],
  missing: inetsMissing,
  async run(code, workDir) {
    mkdirSync(SCRATCH_DIR, { recursive: true });
    writeFileSync(join(workDir, 'snippet.escript'), code);
    await runCase(workDir);
  },
};
