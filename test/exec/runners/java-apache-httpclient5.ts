import { existsSync } from 'node:fs';
import { javac, javaFrame, jvmRunner } from '../jvm.js';
import type { Runner } from '../runner.js';

/** Debian's libhttpclient5-java (Apache HttpClient 5.2.1) and the SLF4J API it logs through (no binding: it stays silent). */
const CLASSPATH = ['httpclient5', 'httpcore5', 'httpcore5-h2', 'slf4j-api'].map((name) => `/usr/share/java/${name}.jar`);

/**
 * Apache HttpClient 5 (classic API). The frame (test/exec/jvm.ts): the snippet's own imports at the
 * top of the file, its statements in `public static void main(String[] args) throws Exception` of a
 * class; nothing else. All cases of a run compile in one javac and run in one JVM.
 */
export const runner: Runner = {
  requires: ['java', 'javac'],
  missing() {
    const absent = CLASSPATH.filter((jar) => !existsSync(jar));
    return absent.length > 0 ? `${absent.join(', ')} not found (scripts/install-runtimes.sh installs libhttpclient5-java)` : undefined;
  },
  ...jvmRunner({
    name: 'java-apache-httpclient5',
    program: { fileName: 'Main.java', mainClass: 'Main' },
    classpath: CLASSPATH,
    source: (code, caseNumber) => ({ fileName: `Case${caseNumber}.java`, text: javaFrame(code, `Case${caseNumber}`), mainClass: `Case${caseNumber}` }),
    compile: javac,
  }),
};
