import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { caseDriverRunner } from './case-driver.js';
import type { Runner } from './runner.js';

/**
 * The runner of a Perl client: the snippet is the whole script, with no frame, as `perl snippet.pl`
 * runs it in a directory holding the fixture files. Loading LWP or Mojo costs more than running a
 * case, so one long-lived perl per client (perl-driver.pl) loads `module` (and the modules `preload`
 * names, which the client loads when it sends) once and runs each case in a forked child with `do`.
 * `debianPackage` is what scripts/install-runtimes.sh installs for the module (none for core modules).
 */
export function perlRunner(module: string, debianPackage: string | undefined, preload: readonly string[] = []): Runner {
  return caseDriverRunner({
    label: 'perl snippet.pl',
    command: 'perl',
    args: [join(import.meta.dirname, 'perl-driver.pl'), module, ...preload],
    snippetFile: 'snippet.pl',
    requires: ['perl'],
    missing() {
      try {
        execFileSync('perl', [`-M${module}`, '-e', '1'], { stdio: 'ignore' });
        return undefined;
      } catch {
        return `perl cannot load ${module}${debianPackage === undefined ? '' : ` (scripts/install-runtimes.sh installs ${debianPackage})`}`;
      }
    },
  });
}
