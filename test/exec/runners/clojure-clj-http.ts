import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lineDriver } from '../line-driver.js';
import { processScratchDir, type Runner } from '../runner.js';

/** clj-http 2.3 and what it loads (RUNTIMES.md appendix B), with Debian's Clojure. */
const CLASSPATH = ['clojure', 'clj-http', 'httpclient', 'httpcore', 'httpmime', 'commons-logging', 'commons-codec', 'commons-io', 'slingshot', 'potemkin', 'clj-tuple', 'riddley', 'cheshire', 'jackson-core', 'jackson-dataformat-cbor', 'jackson-dataformat-smile', 'tigris'].map(
  (jar) => `/usr/share/java/${jar}.jar`,
);
const DRIVER_DIR = processScratchDir(join(import.meta.dirname, '..', '.work', 'clojure-driver'));
/** Debian's /usr/bin/clojure is `java -cp clojure.jar:<-cp> clojure.main`; the driver adds the flags of a short run (C1 only). */
const runCase = lineDriver('clojure', 'java', ['-XX:TieredStopAtLevel=1', '-Dfile.encoding=UTF-8', '-cp', CLASSPATH.join(':'), 'clojure.main', join(import.meta.dirname, '..', 'clojure-driver.clj')], () => {
  mkdirSync(DRIVER_DIR, { recursive: true });
  return DRIVER_DIR;
});

/**
 * The snippet is the whole script, with no frame, as `clojure snippet.clj` runs it in a directory
 * holding the fixture files. A JVM with Clojure and clj-http loaded takes 7 s to start, so one
 * long-lived JVM (test/exec/clojure-driver.clj) loads the cases one after another, each in a fresh
 * namespace. A JVM cannot change its working directory, and snippets read files by relative path:
 * before each case its work dir's files are copied into the driver's own directory, emptied first.
 */
export const runner: Runner = {
  requires: ['java'],
  missing() {
    const absent = CLASSPATH.filter((jar) => !existsSync(jar));
    return absent.length === 0 ? undefined : `${absent.join(', ')} not found (scripts/install-runtimes.sh installs clojure libclj-http-clojure libcheshire-clojure)`;
  },
  async run(code, workDir) {
    const snippet = join(workDir, 'snippet.clj');
    writeFileSync(snippet, code);
    await runCase(snippet, () => {
      mkdirSync(DRIVER_DIR, { recursive: true });
      for (const entry of readdirSync(DRIVER_DIR)) rmSync(join(DRIVER_DIR, entry), { recursive: true, force: true });
      cpSync(workDir, DRIVER_DIR, { recursive: true });
    });
  },
};
