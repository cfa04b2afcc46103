import { spawn } from 'node:child_process';

/**
 * How a target's generated snippet is run. One file per target in test/exec/runners/<target-id>.ts
 * exporting `runner`. The snippet was generated for a URL that points at the recording server; the
 * work dir already holds the fixture files (upload.txt, ...).
 */
export interface Runner {
  /** Executables that must be on PATH (or absolute paths); a missing one is a skip locally, a failure in CI. */
  requires: string[];
  /** Extra readiness check (a library jar present, ...); returns a reason when not ready. */
  missing?(): string | undefined;
  /**
   * For a runtime no reachable registry has (Swift): the test that verifies the snippets instead. A
   * missing runtime is then reported as STATIC with this, not as a skip, and does not fail CI.
   */
  staticVerification?: string;
  /** Writes the snippet into workDir and runs it to completion; rejects with the output on failure. */
  run(code: string, workDir: string): Promise<void>;
  /** One-time setup before the first run of this target (warm a module cache, compile a stand-in). */
  setup?(): Promise<void>;
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
    child.stdin.end(options.input ?? '');
  });
}
