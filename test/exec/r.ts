import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Runner } from './runner.js';

const DRIVER = join(import.meta.dirname, 'r-driver.R');
/** One snippet's own limit: past it the driver is killed (a hung snippet would hold up every case behind it). */
const CASE_TIMEOUT_MS = 30_000;

/**
 * The runner of an R client: the snippet is the whole script, with no frame, as `Rscript snippet.R`
 * runs it in a directory holding the fixture files. R takes about a second to start and load httr,
 * so one long-lived Rscript per client (r-driver.R) runs the cases one after another, each sourced
 * with `chdir = TRUE` into a fresh environment (`local = new.env(parent = globalenv())`), its errors
 * caught. `rPackage` is what the client loads; `debianPackage` what scripts/install-runtimes.sh
 * installs for it.
 */
export function rRunner(rPackage: string, debianPackage: string): Runner {
  let driver: ChildProcessWithoutNullStreams | undefined;
  let received = '';
  let errors = '';
  let answer: ((line: string) => void) | undefined;
  // The driver runs one case at a time: each waits for the one before it.
  let queue: Promise<void> = Promise.resolve();

  function start(): ChildProcessWithoutNullStreams {
    const child = spawn('Rscript', ['--vanilla', DRIVER], { stdio: ['pipe', 'pipe', 'pipe'] });
    received = '';
    errors = '';
    child.stdout.on('data', (chunk: Buffer) => {
      received += chunk.toString();
      let end;
      while ((end = received.indexOf('\n')) !== -1) {
        const line = received.slice(0, end);
        received = received.slice(end + 1);
        answer?.(line);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-4000)));
    child.on('exit', () => {
      if (driver === child) driver = undefined;
      answer?.(`exited: the R driver exited (killed after ${CASE_TIMEOUT_MS / 1000} s, or crashed)\n${errors}`);
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
        if (line === 'ok') return resolve();
        let output = '';
        try {
          output = readFileSync(join(workDir, 'snippet.out'), 'utf8').slice(-4000);
        } catch {
          // the driver died before it wrote anything
        }
        reject(new Error(`Rscript snippet.R failed in ${workDir}:\n${output}${line === 'fail' ? '' : line}`));
      };
      child.stdin.write(workDir + '\n');
    });
  }

  return {
    requires: ['Rscript'],
    missing() {
      try {
        execFileSync('Rscript', ['--vanilla', '-e', `library(${rPackage})`], { stdio: 'ignore' });
        return undefined;
      } catch {
        return `Rscript cannot load ${rPackage} (scripts/install-runtimes.sh installs ${debianPackage})`;
      }
    },
    run(code, workDir) {
      writeFileSync(join(workDir, 'snippet.R'), code);
      const result = queue.then(() => runInDriver(workDir));
      queue = result.catch(() => undefined);
      return result;
    },
  };
}
