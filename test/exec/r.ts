import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { caseDriverRunner } from './case-driver.js';
import type { Runner } from './runner.js';

/**
 * The runner of an R client: the snippet is the whole script, with no frame, as `Rscript snippet.R`
 * runs it in a directory holding the fixture files. R takes about a second to start and load httr,
 * so one long-lived Rscript per client (r-driver.R) runs the cases one after another, each sourced
 * with `chdir = TRUE` into a fresh environment (`local = new.env(parent = globalenv())`), its errors
 * caught. `rPackage` is what the client loads; `debianPackage` what scripts/install-runtimes.sh
 * installs for it.
 */
export function rRunner(rPackage: string, debianPackage: string): Runner {
  return caseDriverRunner({
    label: 'Rscript snippet.R',
    command: 'Rscript',
    args: ['--vanilla', join(import.meta.dirname, 'r-driver.R')],
    snippetFile: 'snippet.R',
    requires: ['Rscript'],
    missing() {
      try {
        execFileSync('Rscript', ['--vanilla', '-e', `library(${rPackage})`], { stdio: 'ignore' });
        return undefined;
      } catch {
        return `Rscript cannot load ${rPackage} (scripts/install-runtimes.sh installs ${debianPackage})`;
      }
    },
  });
}
