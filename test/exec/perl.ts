import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand, type Runner } from './runner.js';

/**
 * The runner of a Perl client: the snippet is the whole script, with no frame, run as
 * `perl snippet.pl` in a directory holding the fixture files. Perl starts in milliseconds and loads
 * LWP or Mojo in a fraction of a second, so each case is its own process. `module` is what the client
 * loads; `debianPackage` what scripts/install-runtimes.sh installs for it (none for core modules).
 */
export function perlRunner(module: string, debianPackage: string | undefined): Runner {
  return {
    requires: ['perl'],
    missing() {
      try {
        execFileSync('perl', [`-M${module}`, '-e', '1'], { stdio: 'ignore' });
        return undefined;
      } catch {
        return `perl cannot load ${module}${debianPackage === undefined ? '' : ` (scripts/install-runtimes.sh installs ${debianPackage})`}`;
      }
    },
    async run(code, workDir) {
      writeFileSync(join(workDir, 'snippet.pl'), code);
      await runCommand('perl', ['snippet.pl'], { cwd: workDir });
    },
  };
}
