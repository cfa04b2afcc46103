import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

/** What a driver prints, on a line of its own, when a case ends: `<MARKER> ok`, or `<MARKER> fail <Base64 of the error>`. */
export const DRIVER_MARKER = 'SNIPFORGE-DRIVER';

/** One snippet's own limit: past it the driver is killed (a hung snippet would hold up every case behind it). */
const CASE_TIMEOUT_MS = 30_000;

/**
 * A long-lived interpreter that runs cases one after another (the BEAM and Clojure clients, whose
 * runtimes take 0.5-7 s to start): the runner writes one line per case on its stdin, the driver runs
 * that case and answers with a marker line. What the snippet prints goes to the same stdout, around the
 * marker lines, and is shown when the case fails. Cases wait for each other; a driver that dies (or is
 * killed after a case's timeout) is started again for the next case. `prepare` runs when the case's turn
 * comes, just before its line is written.
 */
export function lineDriver(name: string, command: string, args: readonly string[], cwd?: () => string): (line: string, prepare?: () => void) => Promise<void> {
  let driver: ChildProcessWithoutNullStreams | undefined;
  let pending = '';
  let output = '';
  let errors = '';
  let answer: ((result: { ok: boolean; message: string }) => void) | undefined;
  let queue: Promise<void> = Promise.resolve();

  function start(): ChildProcessWithoutNullStreams {
    const child = spawn(command, args, { cwd: cwd?.(), stdio: ['pipe', 'pipe', 'pipe'] });
    pending = '';
    errors = '';
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        if (!line.startsWith(DRIVER_MARKER + ' ')) {
          output = (output + line + '\n').slice(-4000);
          continue;
        }
        const [status, detail] = line.slice(DRIVER_MARKER.length + 1).split(' ');
        answer?.({ ok: status === 'ok', message: detail === undefined ? '' : Buffer.from(detail, 'base64').toString() });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-4000)));
    child.on('exit', (code, signal) => {
      if (driver === child) driver = undefined;
      answer?.({ ok: false, message: `the ${name} driver exited (${signal ?? code}; killed after ${CASE_TIMEOUT_MS / 1000} s, or crashed)\n${errors}` });
    });
    // The test process may end while the driver waits for its next case.
    child.unref();
    for (const stream of [child.stdin, child.stdout, child.stderr]) (stream as unknown as { unref?(): void }).unref?.();
    return child;
  }

  function runCase(line: string, prepare: (() => void) | undefined): Promise<void> {
    prepare?.();
    driver ??= start();
    const child = driver;
    output = '';
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), CASE_TIMEOUT_MS);
      answer = ({ ok, message }) => {
        clearTimeout(timer);
        answer = undefined;
        if (ok) resolve();
        else reject(new Error(`${name} failed on ${line}:\n--- output\n${output}${pending}\n--- error\n${message}`));
      };
      child.stdin.write(line + '\n');
    });
  }

  return (line, prepare) => {
    const result = queue.then(() => runCase(line, prepare));
    queue = result.catch(() => undefined);
    return result;
  };
}
