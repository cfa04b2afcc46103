import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * How a target's generated snippet is run. One file per target in test/exec/runners/<target-id>.ts
 * exporting `runner`. The snippet was generated for a URL that points at the recording server; the
 * work dir already holds the fixture files (upload.txt, ...).
 */
export interface Runner {
  /** Executables that must be on PATH (or absolute paths); a missing one is a skip locally, a failure in CI. */
  requires: string[];
  /** Extra readiness check (a library, a toolchain root); returns a reason when not ready. */
  missing?(): string | undefined;
  /**
   * For compiled targets whose build costs seconds (C#, Swift): called once with every case of a run
   * before any `run`, to build them all together. `run` of a case left out of a batch (or of a batch
   * whose build failed) builds that case alone, so a single `run` always works.
   */
  prepareBatch?(cases: readonly BatchCase[]): Promise<void>;
  /**
   * Writes the snippet into workDir and runs it to completion; rejects with the output on failure.
   * `options` are the client options the snippet was generated with (test/exec/options-exec.test.ts);
   * without them, the defaults. A runner whose frame depends on them (a complete program needs none,
   * a shell profile its own shell) reads them; the others ignore them.
   */
  run(code: string, workDir: string, options?: Readonly<Record<string, unknown>>): Promise<void>;
}

/** One snippet of a batch, and the work dir its `run` will be called with. */
export interface BatchCase {
  code: string;
  workDir: string;
}

export interface CommandResult {
  stdout: string;
  stderr: string;
}

/** Runs a command, rejecting with its output when it fails or outlives the timeout. */
export function runCommand(command: string, args: string[], options: { cwd: string; timeoutMs?: number; env?: NodeJS.ProcessEnv; input?: string }): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve({ stdout, stderr });
      else reject(new Error(`${command} ${args.join(' ')} exited with ${signal ?? code}\n--- stdout\n${stdout.slice(-2000)}\n--- stderr\n${stderr.slice(-4000)}`));
    });
    // A command that exits without reading its input closes the pipe (EPIPE here); its exit status says what happened.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

/** Where a compiled case lives: the build dir of the program that holds it, and its case number there. */
export interface CompiledCase {
  buildDir: string;
  caseNumber: number;
}

/**
 * Batched builds for compiled targets: every snippet of a batch becomes case 0..n-1 of one program,
 * run as `<program> <case number>`. When the batch fails to compile, the cases whose source file the
 * compiler names are left out and the rest is built again once; a case outside any good batch is
 * built alone when it runs, so its own compile error is what its test reports.
 */
export function batchedBuilds(options: {
  /** Compiles the snippets as cases 0..n-1 of one program in buildDir (created empty); rejects with the compiler's output. */
  compile(buildDir: string, snippets: readonly string[]): Promise<void>;
  /** The file name case i is compiled from, as compiler errors name it. */
  sourceName(caseNumber: number): string;
  /** A fresh directory for a build: `batch` for a batch, otherwise the work dir of the case built alone. */
  buildDir(batchOrWorkDir: string): string;
}): { prepareBatch(cases: readonly BatchCase[]): Promise<void>; compiled(code: string, workDir: string): Promise<CompiledCase> } {
  const built = new Map<string, { code: string; compiled: CompiledCase }>();
  let batches = 0;

  async function compileInto(key: string, snippets: readonly string[]): Promise<string> {
    const dir = options.buildDir(key);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    await options.compile(dir, snippets);
    return dir;
  }

  return {
    async prepareBatch(cases) {
      let remaining = [...cases];
      for (let attempt = 0; attempt < 2 && remaining.length > 0; attempt++) {
        try {
          const buildDir = await compileInto(`batch-${++batches}`, remaining.map((c) => c.code));
          remaining.forEach((c, caseNumber) => built.set(c.workDir, { code: c.code, compiled: { buildDir, caseNumber } }));
          return;
        } catch (error) {
          const output = (error as Error).message;
          const failing = remaining.filter((_, i) => output.includes(options.sourceName(i)));
          if (failing.length === 0) return;
          remaining = remaining.filter((c) => !failing.includes(c));
        }
      }
    },
    async compiled(code, workDir) {
      const known = built.get(workDir);
      if (known !== undefined && known.code === code) return known.compiled;
      return { buildDir: await compileInto(workDir, [code]), caseNumber: 0 };
    },
  };
}

/**
 * Splits a snippet into its leading directives (imports, usings, `#if` lines), which must stay at file
 * level, and the statements after them, which a runner's frame wraps in a function.
 */
export function splitLeadingDirectives(code: string, directive: RegExp): { directives: string; statements: string } {
  const lines = code.split('\n');
  let end = 0;
  while (end < lines.length && (lines[end]!.trim() === '' || directive.test(lines[end]!))) end++;
  return { directives: lines.slice(0, end).join('\n'), statements: lines.slice(end).join('\n') };
}

/**
 * A build directory of this test process under `base` (`base/<pid>`): runs of the suite may overlap
 * (two engineers, two targets) and must not remove each other's builds. Directories of processes that
 * have ended (killed before cleaning up) are removed.
 */
export function processScratchDir(base: string): string {
  if (existsSync(base)) {
    for (const pid of readdirSync(base)) {
      try {
        process.kill(Number(pid), 0);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ESRCH') rmSync(join(base, pid), { recursive: true, force: true });
      }
    }
  }
  return join(base, String(process.pid));
}
