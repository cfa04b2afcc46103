import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand, type Runner } from '../runner.js';

/** The snippet is a shell command line: bash runs it as a script file, as a reader pasting it would. */
export const runner: Runner = {
  requires: ['bash', 'curl'],
  async run(code, workDir) {
    writeFileSync(join(workDir, 'snippet.sh'), code);
    // CURL_HOME points away from any ~/.curlrc, which could add options the snippet does not have.
    await runCommand('bash', ['snippet.sh'], { cwd: workDir, env: { CURL_HOME: workDir } });
  },
};
