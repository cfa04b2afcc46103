import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lineDriver } from './line-driver.js';
import type { Runner } from './runner.js';

const DRIVER = join(import.meta.dirname, 'ruby-driver.rb');

/**
 * The runner of a Ruby gem client: the snippet is the whole script, with no frame, run as
 * `ruby snippet.rb` in a directory holding the fixture files. One long-lived ruby per client
 * (ruby-driver.rb) runs the cases one after another, each in a forked child that loads the snippet
 * file, so a run of ~130 cases pays for one interpreter start and one load of the gem (http.rb takes
 * seconds) instead of one each. The driver requires `library` before the first case as a warm-up: the
 * snippet requires it itself, which is then a no-op, and requiring it earlier changes nothing a snippet
 * does (none of the gems reads the working directory or the environment when it loads). `loadedOnFirstRequest`
 * are standard libraries the gem itself requires only when it sends its first request (Faraday's Net::HTTP
 * adapter loads net/https, and with it OpenSSL: 0.3 s a case), required once here for the same reason.
 * `debianPackage` is what scripts/install-runtimes.sh installs for it.
 */
export function rubyRunner(library: string, debianPackage: string, loadedOnFirstRequest: readonly string[] = []): Runner {
  const runCase = lineDriver('ruby', 'ruby', [DRIVER, library, ...loadedOnFirstRequest]);
  return {
    requires: ['ruby'],
    missing() {
      try {
        execFileSync('ruby', ['-e', `require ${JSON.stringify(library)}`], { stdio: 'ignore' });
        return undefined;
      } catch {
        return `ruby cannot require ${library} (scripts/install-runtimes.sh installs ${debianPackage})`;
      }
    },
    run(code, workDir) {
      writeFileSync(join(workDir, 'snippet.rb'), code);
      return runCase(workDir);
    },
  };
}
