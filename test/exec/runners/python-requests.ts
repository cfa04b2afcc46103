import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand, type Runner } from '../runner.js';

/** Runs the snippet with the python3 on PATH, which must have requests; upload.txt is read from the work dir. */
export const runner: Runner = {
  requires: ['python3'],
  missing() {
    try {
      execFileSync('python3', ['-c', 'import requests'], { stdio: 'ignore' });
      return undefined;
    } catch {
      return 'python3 cannot import requests (scripts/install-runtimes.sh installs python3-requests)';
    }
  },
  async run(code, workDir) {
    writeFileSync(join(workDir, 'snippet.py'), code);
    await runCommand('python3', ['snippet.py'], { cwd: workDir });
  },
};
