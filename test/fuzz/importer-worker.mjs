// The importer fuzz's worker thread: checks each input file it is sent, so that the runner can time it
// and end the thread when a document hangs (a synchronous loop cannot be interrupted on the same thread).
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { checkInputFile } = await import('./importer-check.ts');
parentPort.on('message', async ({ file }) => {
  const problems = await checkInputFile(file).catch((error) => [`the check threw: ${error?.stack ?? String(error)}`]);
  parentPort.postMessage({ problems });
});
parentPort.postMessage({ ready: true });
