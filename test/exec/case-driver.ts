import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Runner } from './runner.js';

/** One snippet's own limit: past it the driver is killed (a hung snippet would hold up every case behind it). */
const CASE_TIMEOUT_MS = 30_000;

/**
 * A runner whose cases all run in one long-lived driver process (test/exec/r-driver.R,
 * perl-driver.pl), for interpreters that take long to start or to load the client. The protocol: the
 * runner writes the snippet to `<work dir>/<snippetFile>` and one line, the work dir, to the driver's
 * stdin; the driver runs the snippet there, writes what it printed (and its error) to
 * `<work dir>/snippet.out`, and answers one line, `ok` or `fail`. Cases run one at a time.
 */
export function caseDriverRunner(options: {
  /** What the run is called in failures, e.g. `Rscript snippet.R`. */
  label: string;
  command: string;
  args: readonly string[];
  snippetFile: string;
  requires: string[];
  missing(): string | undefined;
}): Runner {
  let driver: ChildProcessWithoutNullStreams | undefined;
  let received = '';
  let errors = '';
  let answer: ((line: string) => void) | undefined;
  // The driver runs one case at a time: each waits for the one before it.
  let queue: Promise<void> = Promise.resolve();

  function start(): ChildProcessWithoutNullStreams {
    const child = spawn(options.command, [...options.args], { stdio: ['pipe', 'pipe', 'pipe'] });
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
      answer?.(`the driver exited (killed after ${CASE_TIMEOUT_MS / 1000} s, or crashed)\n${errors}`);
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
        reject(new Error(`${options.label} failed in ${workDir}:\n${output}${line === 'fail' ? '' : line}`));
      };
      child.stdin.write(workDir + '\n');
    });
  }

  return {
    requires: options.requires,
    missing: options.missing,
    run(code, workDir) {
      writeFileSync(join(workDir, options.snippetFile), code);
      const result = queue.then(() => runInDriver(workDir));
      queue = result.catch(() => undefined);
      return result;
    },
  };
}
