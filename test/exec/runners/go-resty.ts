import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { batchedBuilds, processScratchDir, runCommand, type Runner } from '../runner.js';

/**
 * resty v2 (Debian's golang-github-go-resty-resty-dev 2.6.0) on Go 1.19, in GOPATH mode: Debian's Go
 * packages live in /usr/share/gocode, and module mode cannot use them offline (RUNTIMES.md). All cases
 * of a run are built by ONE `go build` into one program: the frame turns case N's `package main` into
 * `package caseN` and its `func main()` into `func Main()`, nothing else, and a driver `main` calls the
 * case named on the command line. The program sits in `$G/src/snippets` with a one-line go.mod
 * (`module snippets`), without which GOPATH mode does not resolve the `/v2` import path.
 */
const GOPATH_DIRS = '/usr/share/gocode';
const RESTY = join(GOPATH_DIRS, 'src', 'github.com', 'go-resty', 'resty');
const scratch = processScratchDir(join(import.meta.dirname, '..', '.work', 'go-resty-builds'));
/** Shared with go-native: the standard library and resty are compiled once, not per run. */
const GOCACHE = join(import.meta.dirname, '..', '.work', 'go-cache');

export function caseSource(code: string, caseNumber: number): string {
  return code.replace(/^package main$/m, `package case${caseNumber}`).replace(/^func main\(\) \{$/m, 'func Main() {');
}

function driver(count: number): string {
  const imports = Array.from({ length: count }, (_, i) => `\t"snippets/case${i}"\n`).join('');
  const arms = Array.from({ length: count }, (_, i) => `\tcase "${i}":\n\t\tcase${i}.Main()\n`).join('');
  return `package main\n\nimport (\n\t"os"\n\n${imports})\n\nfunc main() {\n\tswitch os.Args[1] {\n${arms}\tdefault:\n\t\tos.Exit(2)\n\t}\n}\n`;
}

const builds = batchedBuilds({
  sourceName: (caseNumber) => `case${caseNumber}/case.go`,
  buildDir: (key) => (key.startsWith('batch-') ? join(scratch, key) : join(key, 'build')),
  async compile(buildDir, snippets) {
    const program = join(buildDir, 'src', 'snippets');
    mkdirSync(program, { recursive: true });
    writeFileSync(join(program, 'go.mod'), 'module snippets\n');
    writeFileSync(join(program, 'main.go'), driver(snippets.length));
    snippets.forEach((code, i) => {
      mkdirSync(join(program, `case${i}`));
      writeFileSync(join(program, `case${i}`, 'case.go'), caseSource(code, i));
    });
    const env = { GO111MODULE: 'off', GOPROXY: 'off', GOPATH: `${buildDir}:${GOPATH_DIRS}`, GOCACHE };
    await runCommand('go', ['build', '-o', join(buildDir, 'snippets'), '.'], { cwd: program, env, timeoutMs: 600_000 });
  },
});

export const runner: Runner = {
  requires: ['go'],
  missing: () => (existsSync(RESTY) ? undefined : `no resty in ${RESTY} (scripts/install-runtimes.sh installs golang-github-go-resty-resty-dev)`),
  prepareBatch: builds.prepareBatch,
  async run(code, workDir) {
    writeFileSync(join(workDir, 'main.go'), code);
    const { buildDir, caseNumber } = await builds.compiled(code, workDir);
    await runCommand(join(buildDir, 'snippets'), [String(caseNumber)], { cwd: workDir });
  },
};
