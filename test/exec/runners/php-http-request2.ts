import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runCommand, type Runner } from '../runner.js';

/**
 * PEAR's HTTP_Request2 cannot be installed here, so snippets run against a faithful stand-in
 * (test/exec/standins/http_request2, see its header comment): the include path holds only it, so
 * `require_once 'HTTP/Request2.php'` can find nothing else.
 */
const STANDIN_DIR = join(import.meta.dirname, '..', 'standins', 'http_request2');

export const runner: Runner = {
  requires: ['php'],
  async run(code, workDir) {
    await writeFile(join(workDir, 'snippet.php'), code);
    const { stdout, stderr } = await runCommand('php', ['-d', `include_path=${STANDIN_DIR}`, '-d', 'error_reporting=E_ALL', '-d', 'display_errors=stderr', 'snippet.php'], {
      cwd: workDir,
    });
    // The snippet catches HTTP_Request2_Exception and prints it, so php exits 0 on a failed request;
    // a notice or warning is a failure too.
    if (stderr !== '' || /^(Error: |Unexpected HTTP status: )/.test(stdout)) {
      throw new Error(`php printed: ${stdout.slice(0, 2000)}\n--- stderr\n${stderr.slice(0, 4000)}`);
    }
  },
};
