import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand, type Runner } from '../runner.js';

/** Debian's libokhttp-java: OkHttp 3.13.1 and the Okio 1.16 it needs. */
const CLASSPATH = ['/usr/share/java/okhttp.jar', '/usr/share/java/okio.jar'];

/**
 * The snippet is statements: a reader puts them in a method of a class that imports what docs pages
 * assume for OkHttp fragments, `okhttp3.*` and `java.io.*`, and nothing else; anything more the
 * snippet needs it names itself (a fully qualified name).
 */
export function program(code: string): string {
  const body = code.trimEnd().replace(/^/gm, '    ');
  return `import java.io.*;
import okhttp3.*;

public class Main {
  public static void main(String[] args) throws Exception {
${body}
  }
}
`;
}

export const runner: Runner = {
  requires: ['java'],
  missing() {
    const absent = CLASSPATH.filter((jar) => !existsSync(jar));
    return absent.length > 0 ? `${absent.join(', ')} not found (scripts/install-runtimes.sh installs libokhttp-java)` : undefined;
  },
  async run(code, workDir, options) {
    // `--option boilerplate=program` writes the whole Main.java itself: no frame.
    writeFileSync(join(workDir, 'Main.java'), options?.boilerplate === 'program' ? code : program(code));
    // Source-file mode compiles in memory and runs in the same JVM: one JVM start per case, no javac.
    // file.encoding: the launcher reads the source in the default charset, which may not be UTF-8.
    await runCommand('java', ['-Dfile.encoding=UTF-8', '-XX:TieredStopAtLevel=1', '-cp', CLASSPATH.join(':'), 'Main.java'], { cwd: workDir });
  },
};
