import { javac, javaFrame, jvmRunner } from '../jvm.js';
import type { Runner } from '../runner.js';

/**
 * java.net.http.HttpClient on the JDK (17 here). The frame (test/exec/jvm.ts): the snippet's own
 * imports at the top of the file, its statements in `public static void main(String[] args) throws
 * Exception` of a class; nothing else. All cases of a run compile in one javac and run in one JVM.
 */
export const runner: Runner = {
  requires: ['java', 'javac'],
  ...jvmRunner({
    name: 'java-http-client',
    program: { fileName: 'Main.java', mainClass: 'Main' },
    classpath: [],
    source: (code, caseNumber) => ({ fileName: `Case${caseNumber}.java`, text: javaFrame(code, `Case${caseNumber}`), mainClass: `Case${caseNumber}` }),
    compile: javac,
  }),
};
