import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand, type Runner } from '../runner.js';

/**
 * The snippet is a shell script: bash runs it as a file, as a reader pasting it would. WGETRC points
 * at an empty file, away from any ~/.wgetrc or /etc/wgetrc setting the snippet does not have.
 */
export const runner: Runner = {
  requires: ['bash', 'wget'],
  async run(code, workDir) {
    writeFileSync(join(workDir, 'snippet.sh'), code);
    writeFileSync(join(workDir, 'wgetrc'), '');
    await runCommand('bash', ['snippet.sh'], { cwd: workDir, env: { WGETRC: join(workDir, 'wgetrc') } });
  },
};
