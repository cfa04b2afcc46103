import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Socket } from 'node:net';
import { dirname, join, relative } from 'node:path';
import { batchedBuilds, processScratchDir, runCommand, splitLeadingDirectives, type BatchCase, type Runner } from './runner.js';

/**
 * Running JVM snippets (Java and Kotlin clients) fast: a JVM start costs 1-2 s and kotlinc 3+ s, so a
 * run compiles every case of a target at once (one javac or kotlinc call, see `batchedBuilds`) and
 * runs them all in ONE long-lived JVM: a driver class (test code, never shown to readers) reads
 * `<run id> <class name>` lines on stdin, calls that class's `main(String[])` on a thread of its own
 * and answers `done <run id>` or `fail <run id> <stack trace>`. A case outside the batch is compiled
 * alone and run in a JVM of its own, in its work dir.
 *
 * A JVM cannot change its working directory, and snippets read their files by relative path: the
 * driver runs in one directory holding every batch case's files (they are the same fixture files in
 * every work dir); a case whose files differ from another's by content is left out of the batch.
 */

/** How one JVM client's snippets are framed, compiled and run. */
export interface JvmClient {
  /** Scratch directory name under test/exec/.work. */
  name: string;
  /** The jars the snippets compile and run against. */
  classpath: readonly string[];
  /** The source file of case `caseNumber`: its name (as compiler errors name it), text and the class whose main runs it. */
  source(code: string, caseNumber: number): { fileName: string; text: string; mainClass: string };
  /** A complete program (`--option boilerplate=program`) as the reader saves it: its file name and the class whose main runs it. */
  program: { fileName: string; mainClass: string };
  /** Compiles the given source files (in buildDir) into buildDir/classes; rejects with the compiler's output. */
  compile(buildDir: string, fileNames: readonly string[], classpath: readonly string[]): Promise<void>;
}

/** The Java frame: the snippet's imports at the top, its statements in `main` of a public class; `extraImports` are what the client's docs assume. */
export function javaFrame(code: string, className: string, extraImports: readonly string[] = []): string {
  const { directives, statements } = splitLeadingDirectives(code, /^import [\w.]+(?:\.\*)?;$/);
  const imports = [...extraImports.map((name) => `import ${name};`), directives.trim()].filter((line) => line !== '').join('\n');
  return `${imports}${imports === '' ? '' : '\n\n'}public class ${className} {
  public static void main(String[] args) throws Exception {
${statements.trimEnd().replace(/^(?=.)/gm, '    ')}
  }
}
`;
}

/** javac for all cases at once, UTF-8 sources. */
export async function javac(buildDir: string, fileNames: readonly string[], classpath: readonly string[]): Promise<void> {
  await runCommand('javac', ['-encoding', 'UTF-8', '-nowarn', '-d', 'classes', '-cp', classpath.join(':'), ...fileNames], { cwd: buildDir, timeoutMs: 300_000 });
}

/** The JVM flags of every snippet run: C1 only (short runs), UTF-8 as the default charset (System.out, source decoding). */
const JVM_FLAGS = ['-XX:TieredStopAtLevel=1', '-Dfile.encoding=UTF-8'];

const DRIVER_CLASS = 'SnipforgeDriver';
const DRIVER_SOURCE = `import java.io.*;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;

/** Runs snippet classes by name, one thread each; snippet output goes to stderr, the protocol to stdout. */
public final class ${DRIVER_CLASS} {
  public static void main(String[] args) throws Exception {
    PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, "UTF-8");
    System.setOut(System.err);
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line; (line = in.readLine()) != null; ) {
      String[] request = line.split(" ", 2);
      Thread thread = new Thread(() -> {
        String answer = "done " + request[0];
        try {
          Class.forName(request[1]).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } catch (Throwable error) {
          Throwable thrown = error instanceof InvocationTargetException ? error.getCause() : error;
          StringWriter trace = new StringWriter();
          thrown.printStackTrace(new PrintWriter(trace));
          answer = "fail " + request[0] + " " + trace.toString().replace("\\\\", "\\\\\\\\").replace("\\n", "\\\\n");
        }
        synchronized (protocol) {
          protocol.println(answer);
        }
      });
      thread.setDaemon(true);
      thread.start();
    }
    // The test process has gone: stop, even with a snippet still hanging.
    Runtime.getRuntime().halt(0);
  }
}
`;

let driverBuild: Promise<string> | undefined;
/** Compiles the driver once per test file (each imports this module afresh); resolves to its classes directory. */
function driverClasses(): Promise<string> {
  driverBuild ??= (async () => {
    mkdirSync(SCRATCH, { recursive: true });
    const dir = mkdtempSync(join(SCRATCH, 'driver-'));
    writeFileSync(join(dir, `${DRIVER_CLASS}.java`), DRIVER_SOURCE);
    await javac(dir, [`${DRIVER_CLASS}.java`], []);
    return join(dir, 'classes');
  })();
  return driverBuild;
}

/** One long-lived driver JVM. */
class DriverProcess {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly pending = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  private nextId = 0;
  private stderrTail = '';
  private exited: string | undefined;

  constructor(classpath: readonly string[], cwd: string) {
    this.child = spawn('java', [...JVM_FLAGS, '-cp', classpath.join(':'), DRIVER_CLASS], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    // The driver must not keep the test process alive; it halts when its stdin closes.
    this.child.unref();
    for (const stream of [this.child.stdin, this.child.stdout, this.child.stderr]) (stream as unknown as Socket).unref();
    let buffered = '';
    this.child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      let newline: number;
      while ((newline = buffered.indexOf('\n')) !== -1) {
        this.answer(buffered.slice(0, newline));
        buffered = buffered.slice(newline + 1);
      }
    });
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderrTail = (this.stderrTail + chunk.toString('utf8')).slice(-4000)));
    this.child.on('error', (error) => this.fail(error.message));
    this.child.on('close', (code, signal) => this.fail(`the driver JVM exited with ${signal ?? code}`));
  }

  run(mainClass: string): Promise<void> {
    if (this.exited !== undefined) return Promise.reject(new Error(this.exited));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.child.stdin.write(`${id} ${mainClass}\n`);
    });
  }

  private answer(line: string): void {
    const [outcome, id, ...rest] = line.split(' ');
    const waiting = this.pending.get(Number(id));
    if (waiting === undefined) return;
    this.pending.delete(Number(id));
    if (outcome === 'done') waiting.resolve();
    else waiting.reject(new Error(`${unescapeTrace(rest.join(' '))}\n--- output of the driver JVM (all cases)\n${this.stderrTail}`));
  }

  private fail(reason: string): void {
    this.exited = `${reason}\n--- stderr\n${this.stderrTail}`;
    for (const { reject } of this.pending.values()) reject(new Error(this.exited));
    this.pending.clear();
  }
}

/** The stack trace of a `fail` answer, its line breaks restored. */
const unescapeTrace = (escapedTrace: string) => escapedTrace.replace(/\\(\\|n)/g, (_, c: string) => (c === 'n' ? '\n' : '\\'));

/** Every file under dir, as paths relative to it. */
function filesUnder(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path, base) : [relative(base, path)];
  });
}

/** Copies the case's files into the shared directory; false (nothing copied) when one differs from a file already there. */
function mergeFiles(workDir: string, sharedDir: string): boolean {
  const files = filesUnder(workDir);
  const conflicts = files.some((file) => existsSync(join(sharedDir, file)) && !readFileSync(join(sharedDir, file)).equals(readFileSync(join(workDir, file))));
  if (conflicts) return false;
  for (const file of files) {
    mkdirSync(dirname(join(sharedDir, file)), { recursive: true });
    copyFileSync(join(workDir, file), join(sharedDir, file));
  }
  return true;
}

/**
 * Builds of this test process. A test file imports the runners afresh: each instance works in
 * directories of its own (mkdtemp), never in one an earlier test file's driver JVM still uses.
 */
const SCRATCH = processScratchDir(join(import.meta.dirname, '.work', 'jvm-builds'));

/** A Runner's prepareBatch and run for a JVM client. */
export function jvmRunner(client: JvmClient): Pick<Runner, 'prepareBatch' | 'run'> {
  let instanceDir: string | undefined;
  const scratch = () => {
    if (instanceDir === undefined) {
      mkdirSync(SCRATCH, { recursive: true });
      instanceDir = mkdtempSync(join(SCRATCH, `${client.name}-`));
    }
    return instanceDir;
  };
  const drivers = new Map<string, DriverProcess>();
  const sharedDirByWorkDir = new Map<string, string>();
  const mainClasses = new Map<string, string>();
  let batches = 0;

  const builds = batchedBuilds({
    sourceName: (caseNumber) => client.source('', caseNumber).fileName,
    buildDir: (key) => (key.startsWith('batch-') ? join(scratch(), key) : join(key, 'build')),
    async compile(buildDir, snippets) {
      const sources = snippets.map((code, i) => client.source(code, i));
      for (const { fileName, text, mainClass } of sources) {
        writeFileSync(join(buildDir, fileName), text);
        mainClasses.set(join(buildDir, fileName), mainClass);
      }
      await client.compile(
        buildDir,
        sources.map((s) => s.fileName),
        client.classpath,
      );
    },
  });

  return {
    async prepareBatch(cases: readonly BatchCase[]) {
      const sharedDir = join(scratch(), `files-${++batches}`);
      mkdirSync(sharedDir, { recursive: true });
      const batched = cases.filter((c) => mergeFiles(c.workDir, sharedDir));
      for (const c of batched) sharedDirByWorkDir.set(c.workDir, sharedDir);
      await builds.prepareBatch(batched);
    },
    async run(code, workDir, options) {
      if (options?.boilerplate === 'program') {
        // A complete file: compiled and run as the reader saves it, no frame.
        const buildDir = join(workDir, 'program');
        mkdirSync(buildDir, { recursive: true });
        writeFileSync(join(buildDir, client.program.fileName), code);
        await client.compile(buildDir, [client.program.fileName], client.classpath);
        await runCommand('java', [...JVM_FLAGS, '-cp', [join(buildDir, 'classes'), ...client.classpath].join(':'), client.program.mainClass], { cwd: workDir });
        return;
      }
      const { buildDir, caseNumber } = await builds.compiled(code, workDir);
      const { fileName } = client.source('', caseNumber);
      const main = mainClasses.get(join(buildDir, fileName))!;
      const classes = join(buildDir, 'classes');
      const sharedDir = sharedDirByWorkDir.get(workDir);
      if (sharedDir !== undefined && buildDir.startsWith(scratch())) {
        let driver = drivers.get(buildDir);
        if (driver === undefined) {
          driver = new DriverProcess([await driverClasses(), classes, ...client.classpath], sharedDir);
          drivers.set(buildDir, driver);
        }
        await driver.run(main);
        return;
      }
      await runCommand('java', [...JVM_FLAGS, '-cp', [classes, ...client.classpath].join(':'), main], { cwd: workDir });
    },
  };
}
