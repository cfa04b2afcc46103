import { writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand, type Runner } from '../runner.js';

/**
 * PEAR's HTTP_Request2 2.6.0 and Net_URL2, vendored read-only beside the project (../shared/vendor/php,
 * see its README), found through the include path before Debian's PEAR base classes (php-pear).
 */
const VENDOR_DIR = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'vendor', 'php');
const INCLUDE_PATH = ['.', VENDOR_DIR, '/usr/share/php'].join(':');

export const runner: Runner = {
  requires: ['php'],
  missing() {
    return existsSync(join(VENDOR_DIR, 'HTTP', 'Request2.php')) ? undefined : `HTTP_Request2 not found in ${VENDOR_DIR}`;
  },
  async run(code, workDir) {
    await writeFile(join(workDir, 'snippet.php'), code);
    const { stdout, stderr } = await runCommand('php', ['-d', `include_path=${INCLUDE_PATH}`, '-d', 'error_reporting=E_ALL', '-d', 'display_errors=stderr', 'snippet.php'], {
      cwd: workDir,
    });
    // The snippet catches HTTP_Request2_Exception and prints it, so php exits 0 on a failed request;
    // a notice or warning is a failure too.
    if (stderr !== '' || /^(Error: |Unexpected HTTP status: )/.test(stdout)) {
      throw new Error(`php printed: ${stdout.slice(0, 2000)}\n--- stderr\n${stderr.slice(0, 4000)}`);
    }
  },
};
