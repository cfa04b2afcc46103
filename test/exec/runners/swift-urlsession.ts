import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { batchedBuilds, processScratchDir, runCommand, splitLeadingDirectives, type Runner } from '../runner.js';

/**
 * Swift 6 on Linux (URLSession through FoundationNetworking). Debian 13 packages it (`swiftlang`); on
 * Debian 12 scripts/install-runtimes.sh puts it in a Debian 13 root, and snippets are compiled and run
 * there with chroot (same network, so the recording server on 127.0.0.1 is reachable). A `swiftc` on
 * PATH is used directly.
 */
const ROOT = process.env.SNIPFORGE_DEBIAN13_ROOT ?? '/var/lib/snipforge/debian13';
const useRoot = !onPath('swiftc');
/** Inside the root, builds and runs happen under its /tmp, the only place both sides see. */
const SCRATCH = processScratchDir(useRoot ? join(ROOT, 'tmp', 'snipforge-exec') : join(import.meta.dirname, '..', '.work', 'swift-urlsession-builds'));

/** A path under SCRATCH as the toolchain sees it. */
function pathInToolchain(path: string): string {
  return useRoot ? path.slice(ROOT.length) : path;
}

/** Runs a command with the toolchain: in the Debian 13 root, or here. */
function toolchain(cwd: string, command: string[], timeoutMs?: number) {
  if (!useRoot) return runCommand(command[0]!, command.slice(1), { cwd, timeoutMs });
  return runCommand('chroot', [ROOT, '/bin/sh', '-c', 'cd "$1" && shift && exec "$@"', 'sh', pathInToolchain(cwd), ...command], { cwd, timeoutMs });
}

/**
 * The frame around a snippet (what a reader runs as main.swift): its import lines stay at the top of
 * a file, its statements become the body of `func snippetN() throws`; main.swift calls the one named
 * on the command line. The snippet's top-level `try` and nested `appendPart` work the same there.
 */
export function caseSource(code: string, caseNumber: number): string {
  const { directives, statements } = splitLeadingDirectives(code, /^(import \w+|#if .*|#endif)$/);
  return `${directives}
func snippet${caseNumber}() throws {
${statements.trimEnd()}
}
`;
}

function dispatcher(count: number): string {
  const arms = Array.from({ length: count }, (_, i) => `case "${i}": try snippet${i}()`);
  return `switch CommandLine.arguments[1] {\n${arms.join('\n')}\ndefault: fatalError("no case " + CommandLine.arguments[1])\n}\n`;
}

const builds = batchedBuilds({
  sourceName: (caseNumber) => `case${caseNumber}.swift`,
  buildDir: (key) => join(SCRATCH, key.startsWith('batch-') ? key : `${basename(dirname(key))}-${basename(key)}`, 'build'),
  async compile(buildDir, snippets) {
    writeFileSync(join(buildDir, 'main.swift'), dispatcher(snippets.length));
    snippets.forEach((code, i) => writeFileSync(join(buildDir, `case${i}.swift`), caseSource(code, i)));
    const sources = ['main.swift', ...snippets.map((_, i) => `case${i}.swift`)];
    await toolchain(buildDir, ['swiftc', '-o', 'snippets', ...sources], 600_000);
  },
});

export const runner: Runner = {
  requires: useRoot ? ['chroot'] : ['swiftc'],
  missing() {
    if (!useRoot) return undefined;
    if (!existsSync(join(ROOT, 'usr', 'bin', 'swiftc'))) return `no swiftc on PATH nor in the Debian 13 root ${ROOT} (scripts/install-runtimes.sh makes it)`;
    if (process.getuid?.() !== 0) return `running Swift in the Debian 13 root ${ROOT} needs root (chroot)`;
    // swiftc and the snippets need /proc and /dev inside the root; mounts do not survive a reboot.
    if (!existsSync(join(ROOT, 'proc', 'self')) || !existsSync(join(ROOT, 'dev', 'null'))) return `proc or dev is not mounted in the Debian 13 root ${ROOT} (scripts/install-runtimes.sh mounts them)`;
    return undefined;
  },
  prepareBatch: builds.prepareBatch,
  async run(code, workDir) {
    writeFileSync(join(workDir, 'main.swift'), code);
    const { buildDir, caseNumber } = await builds.compiled(code, workDir);
    // The snippet reads its files (upload.txt) from the current directory, which must be visible to it.
    const runDir = useRoot ? join(SCRATCH, 'run', basename(dirname(workDir)), basename(workDir)) : workDir;
    if (runDir !== workDir) {
      rmSync(runDir, { recursive: true, force: true });
      mkdirSync(runDir, { recursive: true });
      for (const entry of readdirSync(workDir)) cpSync(join(workDir, entry), join(runDir, entry), { recursive: true });
    }
    await toolchain(runDir, [pathInToolchain(join(buildDir, 'snippets')), String(caseNumber)]);
  },
};

function onPath(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

