import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runCommand, type Runner } from './runner.js';

/**
 * The runner of a PHP client: the snippet is the whole script, run as `php snippet.php` in a directory
 * holding the fixture files, with every notice and warning shown on stderr (a snippet that prints
 * one fails). PHP starts in a few milliseconds, so each case runs in a php process of its own.
 *
 * `autoloaders`: for a Composer library the snippet starts with `require 'vendor/autoload.php';`, as a
 * reader's project has it; the frame is a `vendor/autoload.php` in the work dir that requires
 * Debian's autoloaders of those packages instead. `failure`: what the snippet prints when its
 * client reports a failed request instead of throwing.
 */
export function phpRunner({ autoloaders = [], failure }: { autoloaders?: readonly string[]; failure?: RegExp }): Runner {
  return {
    requires: ['php'],
    missing() {
      const absent = autoloaders.find((file) => !existsSync(file));
      return absent === undefined ? undefined : `${absent} not found (scripts/install-runtimes.sh installs it)`;
    },
    async run(code, workDir) {
      await writeFile(join(workDir, 'snippet.php'), code);
      if (autoloaders.length > 0) {
        await mkdir(join(workDir, 'vendor'), { recursive: true });
        await writeFile(join(workDir, 'vendor', 'autoload.php'), `<?php\n${autoloaders.map((file) => `require_once '${file}';\n`).join('')}`);
      }
      const { stdout, stderr } = await runCommand('php', ['-d', 'error_reporting=E_ALL', '-d', 'display_errors=stderr', 'snippet.php'], { cwd: workDir });
      if (stderr !== '' || (failure !== undefined && failure.test(stdout))) throw new Error(`php printed: ${stdout.slice(0, 2000)}\n--- stderr\n${stderr.slice(0, 4000)}`);
    },
  };
}
