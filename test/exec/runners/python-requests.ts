import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand, type Runner } from '../runner.js';

/**
 * Debian's python3 with its python3-requests (2.28); a python3 earlier on PATH (pyenv) cannot see
 * Debian's modules. upload.txt is read from the work dir.
 */
const PYTHON = '/usr/bin/python3';

export const runner: Runner = {
  requires: [PYTHON],
  missing() {
    try {
      execFileSync(PYTHON, ['-c', 'import requests'], { stdio: 'ignore' });
      return undefined;
    } catch {
      return `${PYTHON} cannot import requests (scripts/install-runtimes.sh installs python3-requests)`;
    }
  },
  async run(code, workDir) {
    writeFileSync(join(workDir, 'snippet.py'), code);
    await runCommand(PYTHON, ['snippet.py'], { cwd: workDir });
  },
};
