import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lineDriver } from '../line-driver.js';
import { processScratchDir, type Runner } from '../runner.js';

const SCRATCH_DIR = processScratchDir(join(import.meta.dirname, '..', '.work', 'erlang-driver'));
const runCase = lineDriver('escript', 'escript', [join(import.meta.dirname, '..', 'erlang-driver.escript'), SCRATCH_DIR]);

/**
 * The snippet is a whole escript, with no frame, as `escript snippet.escript` runs it in a directory
 * holding the fixture files. An escript start costs 0.6 s, so one long-lived `escript`
 * (test/exec/erlang-driver.escript) runs the cases one after another: each snippet compiled as a module
 * of its own (its shebang line replaced by the module attributes), its main([]) run in a process of
 * its own with its work dir as the current directory.
 */
export const runner: Runner = {
  requires: ['escript'],
  async run(code, workDir) {
    mkdirSync(SCRATCH_DIR, { recursive: true });
    writeFileSync(join(workDir, 'snippet.escript'), code);
    await runCase(workDir);
  },
};
