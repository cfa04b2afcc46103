import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Runner } from './runner.js';

/**
 * Debian's python3, which sees Debian's python3-* modules (httpx, aiohttp, urllib3); a python3 earlier
 * on PATH (pyenv) cannot.
 */
export const PYTHON = '/usr/bin/python3';
const DRIVER = join(import.meta.dirname, 'python-driver.py');
/** One snippet's own limit: past it the driver is killed (a hung snippet would hold up every case behind it). */
const CASE_TIMEOUT_MS = 30_000;

/**
 * The runner of a Python client: the snippet is the whole script, with no frame, run as
 * `python3 snippet.py` in a directory holding the fixture files. One long-lived python3 per client
 * (python-driver.py) runs the cases one after another, each as __main__ in a fresh namespace, so a
 * run of ~130 cases pays for one interpreter start and one import of the library instead of one each.
 * `module` is what the client imports; `debianPackage` what scripts/install-runtimes.sh installs for it.
 */
export function pythonRunner(module: string, debianPackage: string | undefined): Runner {
  let driver: ChildProcessWithoutNullStreams | undefined;
  let received = '';
  let errors = '';
  let answer: ((line: string) => void) | undefined;
  // The driver runs one case at a time: each waits for the one before it.
  let queue: Promise<void> = Promise.resolve();

  function start(): ChildProcessWithoutNullStreams {
    const child = spawn(PYTHON, [DRIVER], { stdio: ['pipe', 'pipe', 'pipe'] });
    received = '';
    errors = '';
    child.stdout.on('data', (chunk: Buffer) => {
      received += chunk.toString();
      const end = received.indexOf('\n');
      if (end !== -1) {
        const line = received.slice(0, end);
        received = received.slice(end + 1);
        answer?.(line);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-4000)));
    child.on('exit', () => {
      if (driver === child) driver = undefined;
      answer?.(JSON.stringify({ ok: false, output: `the python driver exited (killed after ${CASE_TIMEOUT_MS / 1000} s, or crashed)\n${errors}` }));
    });
    // The test process may end while the driver waits for its next case.
    child.unref();
    for (const stream of [child.stdin, child.stdout, child.stderr]) (stream as unknown as { unref?(): void }).unref?.();
    return child;
  }

  function runInDriver(workDir: string): Promise<void> {
    driver ??= start();
    const child = driver;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), CASE_TIMEOUT_MS);
      answer = (line) => {
        clearTimeout(timer);
        answer = undefined;
        const { ok, output } = JSON.parse(line) as { ok: boolean; output: string };
        if (ok) resolve();
        else reject(new Error(`python3 snippet.py failed in ${workDir}:\n${output}`));
      };
      child.stdin.write(JSON.stringify({ dir: workDir }) + '\n');
    });
  }

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
    run(code, workDir) {
      writeFileSync(join(workDir, 'snippet.py'), code);
      const result = queue.then(() => runInDriver(workDir));
      queue = result.catch(() => undefined);
      return result;
    },
  };
}
