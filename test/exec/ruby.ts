import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Runner } from './runner.js';

const DRIVER = join(import.meta.dirname, 'ruby-driver.rb');
/** One snippet's own limit: past it the driver is killed (a hung snippet would hold up every case behind it). */
const CASE_TIMEOUT_MS = 30_000;

/**
 * The runner of a Ruby gem client: the snippet is the whole script, with no frame, run as
 * `ruby snippet.rb` in a directory holding the fixture files. One long-lived ruby per client
 * (ruby-driver.rb) runs the cases one after another, each in a forked child that loads the snippet
 * file, so a run of ~130 cases pays for one interpreter start and one load of the gem (http.rb takes
 * seconds) instead of one each. The driver requires `library` before the first case as a warm-up: the
 * snippet requires it itself, which is then a no-op, and requiring it earlier changes nothing a snippet
 * does (none of the gems reads the working directory or the environment when it loads).
 * `debianPackage` is what scripts/install-runtimes.sh installs for it.
 */
export function rubyRunner(library: string, debianPackage: string): Runner {
  let driver: ChildProcessWithoutNullStreams | undefined;
  let received = '';
  let errors = '';
  let answer: ((line: string) => void) | undefined;
  // The driver runs one case at a time: each waits for the one before it.
  let queue: Promise<void> = Promise.resolve();

  function start(): ChildProcessWithoutNullStreams {
    const child = spawn('ruby', [DRIVER, library], { stdio: ['pipe', 'pipe', 'pipe'] });
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
      answer?.(JSON.stringify({ ok: false, output: `the ruby driver exited (killed after ${CASE_TIMEOUT_MS / 1000} s, or crashed)\n${errors}` }));
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
        else reject(new Error(`ruby snippet.rb failed in ${workDir}:\n${output}`));
      };
      child.stdin.write(JSON.stringify({ dir: workDir }) + '\n');
    });
  }

  return {
    requires: ['ruby'],
    missing() {
      try {
        execFileSync('ruby', ['-e', `require ${JSON.stringify(library)}`], { stdio: 'ignore' });
        return undefined;
      } catch {
        return `ruby cannot require ${library} (scripts/install-runtimes.sh installs ${debianPackage})`;
      }
    },
    run(code, workDir) {
      writeFileSync(join(workDir, 'snippet.rb'), code);
      const result = queue.then(() => runInDriver(workDir));
      queue = result.catch(() => undefined);
      return result;
    },
  };
}
