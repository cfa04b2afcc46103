import { fork, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand, type Runner } from './runner.js';

const DRIVER = join(import.meta.dirname, 'node-module-driver.mjs');
/** One snippet's own limit: past it the driver is killed (a hung module would hold up every case behind it). */
const CASE_TIMEOUT_MS = 30_000;
/** A line continuing a statement with `.then(`: the request is settled by a promise chain, not awaited. */
const PROMISE_CHAIN = /^\s+\.then\(/m;

interface PendingCase {
  id: number;
  workDir: string;
  /** The driver it was sent to. */
  driver?: ChildProcess;
  resolve(): void;
  reject(error: Error): void;
}

/**
 * The runner of the Node.js targets: the snippet is written as `snippet.mjs` in its work dir and run as an ES
 * module, with no frame (a module is a program; top-level await waits for the response). It is what
 * `node snippet.mjs` does in the work dir, but one long-lived node process (node-module-driver.mjs) imports
 * the cases one after another, so a run of ~130 cases pays for one Node start and one load of the library
 * instead of one each. A snippet ending in a `.then()` chain (option async=false) settles after its module has been
 * evaluated, so the driver could not tell when it is done: it runs as its own `node snippet.mjs` process, which exits
 * once the chain has. The work dirs sit under this repository, so `import ... from 'axios'` resolves to its
 * node_modules, as in the reader's project.
 */
export function nodeModuleRunner(): Runner {
  let driver: ChildProcess | undefined;
  let output = '';
  let running: PendingCase | undefined;
  let timer: NodeJS.Timeout | undefined;
  const pending = new Map<number, PendingCase>();
  let nextId = 0;

  function start(): ChildProcess {
    const child = fork(DRIVER, [], { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-6000));
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    child.on('message', (message: { id: number; started?: boolean; error?: string }) => {
      const item = pending.get(message.id);
      if (item === undefined) return;
      if (message.started === true) {
        running = item;
        output = '';
        clearTimeout(timer);
        timer = setTimeout(() => child.kill('SIGKILL'), CASE_TIMEOUT_MS);
        return;
      }
      clearTimeout(timer);
      running = undefined;
      pending.delete(message.id);
      if (message.error === undefined) item.resolve();
      else item.reject(new Error(`node snippet.mjs failed in ${item.workDir}:\n${message.error}\n--- output\n${output}`));
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (driver === child) driver = undefined;
      // The case that was running fails; the ones queued behind it go to a new driver.
      if (running !== undefined) {
        pending.delete(running.id);
        running.reject(new Error(`node snippet.mjs ${signal === 'SIGKILL' ? `ran longer than ${CASE_TIMEOUT_MS / 1000} s` : `exited with ${signal ?? code}`} in ${running.workDir}\n--- output\n${output}`));
        running = undefined;
      }
      for (const item of pending.values()) if (item.driver === child) send(item);
    });
    child.unref();
    (child as unknown as { channel?: { unref(): void } }).channel?.unref();
    return child;
  }

  function send(item: PendingCase): void {
    // A driver that went idle disconnects before it exits.
    if (driver === undefined || !driver.connected) driver = start();
    item.driver = driver;
    // A failed send means the driver is exiting: its exit handler sends the case again.
    driver.send({ id: item.id, dir: item.workDir }, () => undefined);
  }

  return {
    requires: ['node'],
    run(code, workDir) {
      writeFileSync(join(workDir, 'snippet.mjs'), code);
      if (PROMISE_CHAIN.test(code)) return runCommand('node', ['snippet.mjs'], { cwd: workDir, timeoutMs: CASE_TIMEOUT_MS }).then(() => undefined);
      return new Promise((resolve, reject) => {
        const item: PendingCase = { id: nextId++, workDir, resolve, reject };
        pending.set(item.id, item);
        send(item);
      });
    },
  };
}
