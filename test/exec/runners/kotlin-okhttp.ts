import { existsSync } from 'node:fs';
import { jvmRunner } from '../jvm.js';
import { runCommand, splitLeadingDirectives, type Runner } from '../runner.js';

/** Debian's libokhttp-java (OkHttp 3.13.1, Okio 1.16) and the Kotlin 1.3 standard library the compiled snippets need. */
const CLASSPATH = ['okhttp', 'okio', 'kotlin-stdlib'].map((name) => `/usr/share/java/${name}.jar`);

/**
 * The frame around a snippet, what a reader writes around it: the snippet's imports at the top of a
 * file, its statements in `fun main()`. Each case is a package of its own (`case<N>`), so that every
 * file can have its own top-level main; Kotlin compiles it to the class `case<N>.Case<N>Kt`.
 */
export function kotlinFrame(code: string, caseNumber: number): string {
  const { directives, statements } = splitLeadingDirectives(code, /^import [\w.]+(?:\.\*)?$/);
  return `package case${caseNumber}

${directives.trim()}

fun main() {
${statements.trimEnd().replace(/^(?=.)/gm, '    ')}
}
`;
}

/** OkHttp from Kotlin, all cases of a run compiled in one kotlinc call and run in one JVM (test/exec/jvm.ts). */
export const runner: Runner = {
  requires: ['kotlinc', 'java'],
  missing() {
    const absent = CLASSPATH.filter((jar) => !existsSync(jar));
    return absent.length > 0 ? `${absent.join(', ')} not found (scripts/install-runtimes.sh installs kotlin and libokhttp-java)` : undefined;
  },
  ...jvmRunner({
    name: 'kotlin-okhttp',
    program: { fileName: 'Main.kt', mainClass: 'MainKt' },
    classpath: CLASSPATH,
    source: (code, caseNumber) => ({ fileName: `Case${caseNumber}.kt`, text: kotlinFrame(code, caseNumber), mainClass: `case${caseNumber}.Case${caseNumber}Kt` }),
    async compile(buildDir, fileNames, classpath) {
      await runCommand('kotlinc', ['-nowarn', '-cp', classpath.join(':'), '-d', 'classes', ...fileNames], { cwd: buildDir, timeoutMs: 600_000 });
    },
  }),
};
