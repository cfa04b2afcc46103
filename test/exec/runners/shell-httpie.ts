import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand, type Runner } from '../runner.js';

/**
 * The snippet is a shell command line: bash runs it as a script file, as a reader pasting it would.
 * HTTPIE_CONFIG_DIR points away from any ~/.config/httpie/config.json, whose default options the
 * snippet does not have. stdin is an empty pipe, as in CI: the snippet's --ignore-stdin is what keeps
 * HTTPie from reading a body from it.
 */
export const runner: Runner = {
  requires: ['bash', 'http'],
  async run(code, workDir) {
    writeFileSync(join(workDir, 'snippet.sh'), code);
    await runCommand('bash', ['snippet.sh'], { cwd: workDir, env: { HTTPIE_CONFIG_DIR: workDir } });
  },
};
