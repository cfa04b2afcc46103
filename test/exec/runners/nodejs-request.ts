import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand, type Runner } from '../runner.js';

const NODE_MODULES = join(import.meta.dirname, '..', '..', '..', 'node_modules');

/**
 * Runs the snippet with node, finding `request` in this repository's node_modules. The file is
 * `.cjs`: the snippet uses require(), and the work dir sits under this ESM package.
 */
export const runner: Runner = {
  requires: ['node'],
  async run(code, workDir) {
    writeFileSync(join(workDir, 'snippet.cjs'), code);
    await runCommand('node', ['snippet.cjs'], { cwd: workDir, env: { NODE_PATH: NODE_MODULES } });
  },
};
