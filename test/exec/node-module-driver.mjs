// The long-lived process of test/exec/node-modules.ts: imports one snippet module after another, each with
// its work dir as the current directory (the snippets read their files relative to it), and reports when
// its evaluation (top-level await included) has ended. Exits when idle, or when its parent goes.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const IDLE_EXIT_MS = 3_000;
let queue = Promise.resolve();
let idleTimer;
let current;

function armIdleExit() {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => process.disconnect(), IDLE_EXIT_MS);
}

async function runModule({ id, dir }) {
  current = id;
  process.chdir(dir);
  process.send({ id, started: true });
  let error;
  try {
    // The case id makes each import a module of its own: a work dir run again (new code) is not served from the cache.
    await import(`${pathToFileURL(join(dir, 'snippet.mjs')).href}?case=${id}`);
  } catch (thrown) {
    error = thrown instanceof Error ? (thrown.stack ?? thrown.message) + (thrown.cause ? `\ncause: ${thrown.cause.stack ?? thrown.cause}` : '') : String(thrown);
  }
  current = undefined;
  process.send({ id, error });
  armIdleExit();
}

// An error outside the module's evaluation (an event handler's) fails the case that is running.
for (const event of ['uncaughtException', 'unhandledRejection']) {
  process.on(event, (thrown) => {
    process.send({ id: current, error: `${event}: ${thrown?.stack ?? thrown}` }, () => process.exit(1));
  });
}

process.on('message', (message) => {
  clearTimeout(idleTimer);
  queue = queue.then(() => runModule(message));
});
process.on('disconnect', () => process.exit(0));
armIdleExit();
