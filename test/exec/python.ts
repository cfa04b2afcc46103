import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand, type Runner } from './runner.js';

/**
 * Debian's python3, which sees Debian's python3-* modules (httpx, aiohttp, urllib3); a python3 earlier
 * on PATH (pyenv) cannot.
 */
export const PYTHON = '/usr/bin/python3';

/**
 * The runner of a Python client: the snippet is the whole script, run as a reader runs it
 * (`python3 snippet.py` in a directory holding the fixture files). `module` is what the client
 * imports; `debianPackage` is what scripts/install-runtimes.sh installs for it.
 */
export function pythonRunner(module: string, debianPackage: string | undefined): Runner {
  return {
    requires: [PYTHON],
    missing() {
      try {
        execFileSync(PYTHON, ['-c', `import ${module}`], { stdio: 'ignore' });
        return undefined;
      } catch {
        return `${PYTHON} cannot import ${module}${debianPackage === undefined ? '' : ` (scripts/install-runtimes.sh installs ${debianPackage})`}`;
      }
    },
    async run(code, workDir) {
      writeFileSync(join(workDir, 'snippet.py'), code);
      await runCommand(PYTHON, ['snippet.py'], { cwd: workDir });
    },
  };
}
